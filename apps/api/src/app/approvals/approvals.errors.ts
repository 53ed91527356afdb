import { defineErrors } from '../common/errors/app-error';

export const approvalErrors = defineErrors({
  INVALID_CHANGE: { code: 'BAD_USER_INPUT', message: 'The approval cannot be changed so; see the marked fields.' },
  STALE: { code: 'CONFLICT', message: 'The approval changed in the meantime. Look at it again, then try once more.' },
});
