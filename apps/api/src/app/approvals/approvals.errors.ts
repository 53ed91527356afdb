import { defineErrors } from '../common/errors/app-error';

export const approvalErrors = defineErrors({
  INVALID_CHANGE: { code: 'BAD_USER_INPUT', message: 'The approval cannot be changed so; see the marked fields.' },
  INVALID_REPORT: { code: 'BAD_USER_INPUT', message: 'The report cannot be filed yet; see the marked answers.' },
  INVALID_RECOMMENDATION: { code: 'BAD_USER_INPUT', message: 'The recommendation cannot be saved; see the marked fields.' },
  NOT_UNDER_REEVALUATION: { code: 'CONFLICT', message: 'The approval is not under re-evaluation now.' },
  REEVALUATION_STALE: { code: 'CONFLICT', message: 'The re-evaluation changed in the meantime. Look at it again, then try once more.' },
  STALE: { code: 'CONFLICT', message: 'The approval changed in the meantime. Look at it again, then try once more.' },
});
