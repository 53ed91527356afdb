import { defineErrors } from '../common/errors/app-error';

export const decisionErrors = defineErrors({
  VENUE_NOT_FOUND: { code: 'NOT_FOUND', message: 'This venue does not exist.' },
  NOT_A_CHAIR: { code: 'FORBIDDEN', message: 'Only the chairs of this venue can change its conditions and letters.' },
  TIER_NOT_DECIDED: { code: 'CONFLICT', message: 'Confirm the statement’s tier before deciding on it.' },
  INVALID_DECISION: { code: 'BAD_USER_INPUT', message: 'The decision cannot be recorded; see the marked fields.' },
  NO_DECISION: { code: 'CONFLICT', message: 'Record the decision first; then preview and send its letter.' },
  ALREADY_SENT: { code: 'CONFLICT', message: 'The decision on this version was already sent to the authors.' },
  INVALID_LETTER: { code: 'BAD_USER_INPUT', message: 'The letter cannot be sent; see the marked fields.' },
  INVALID_SETTINGS: { code: 'BAD_USER_INPUT', message: 'This cannot be saved; see the marked fields.' },
  SETTINGS_STALE: { code: 'CONFLICT', message: 'Another chair changed these in the meantime. Reload, then make your change again.' },
});
