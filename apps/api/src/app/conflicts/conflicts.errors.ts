import { defineErrors } from '../common/errors/app-error';

export const conflictErrors = defineErrors({
  INVALID_CONFLICT: { code: 'BAD_USER_INPUT', message: 'Some fields need attention.' },
  ALREADY_DECLARED: { code: 'CONFLICT', message: 'A conflict with this person is already recorded on this submission.' },
  CONFLICT_NOT_FOUND: { code: 'NOT_FOUND', message: 'This conflict does not exist or was already withdrawn.' },
  CANNOT_WITHDRAW: {
    code: 'FORBIDDEN',
    message: 'Only a chair of this venue who is not conflicted with the submission can remove an administrative conflict.',
  },
});
