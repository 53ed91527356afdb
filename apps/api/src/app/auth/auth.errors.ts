import { defineErrors } from '../common/errors/app-error';

export const authErrors = defineErrors({
  EMAIL_TAKEN: { code: 'BAD_USER_INPUT', message: 'An account with this email already exists. Sign in instead.' },
  INVALID_CREDENTIALS: { code: 'UNAUTHENTICATED', message: 'The email or password is not right.' },
  INVALID_INPUT: { code: 'BAD_USER_INPUT', message: 'Some fields need attention.' },
});
