import { defineErrors } from '../common/errors/app-error';

export const amendmentErrors = defineErrors({
  INVALID_AMENDMENT: { code: 'BAD_USER_INPUT', message: 'The amendment cannot be requested yet; see the marked fields.' },
  INVALID_DECISION: { code: 'BAD_USER_INPUT', message: 'The amendment cannot be decided so; see the marked fields.' },
  INVALID_RECOMMENDATION: { code: 'BAD_USER_INPUT', message: 'The recommendation cannot be saved; see the marked fields.' },
  ALREADY_OPEN: { code: 'CONFLICT', message: 'An amendment of this approval is already under review: wait for its decision, or withdraw it first.' },
  NOT_AMENDABLE: { code: 'CONFLICT', message: 'Only an approval that holds (active, or under re-evaluation) can be amended.' },
  NOT_UNDER_REVIEW: { code: 'CONFLICT', message: 'The amendment is no longer under review.' },
  STALE: { code: 'CONFLICT', message: 'The amendment or its approval changed in the meantime. Look at it again, then try once more.' },
});
