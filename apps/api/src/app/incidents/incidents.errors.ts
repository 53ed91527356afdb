import { defineErrors } from '../common/errors/app-error';

export const incidentErrors = defineErrors({
  APPROVAL_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no approved work at this address.' },
  VENUE_NOT_FOUND: { code: 'NOT_FOUND', message: 'This venue does not exist.' },
  INCIDENT_NOT_FOUND: { code: 'NOT_FOUND', message: 'This incident report does not exist.' },
  INVALID_REPORT: { code: 'BAD_USER_INPUT', message: 'The report cannot be sent yet; see the marked fields.' },
  TOO_MANY_REPORTS: { code: 'TOO_MANY_REQUESTS', message: 'Too many reports were sent.' },
  INVALID_LINK: { code: 'NOT_FOUND', message: 'This confirmation link is not valid any more. Send the report again.' },
  INVALID_TRIAGE: { code: 'BAD_USER_INPUT', message: 'The report cannot be handled so; see the marked fields.' },
  STALE: { code: 'CONFLICT', message: 'The report changed in the meantime. Look at it again, then try once more.' },
});
