import { defineErrors } from '../common/errors/app-error';

export const authErrors = defineErrors({
  EMAIL_TAKEN: { code: 'BAD_USER_INPUT', message: 'An account with this email already exists. Sign in instead.' },
  INVALID_CREDENTIALS: { code: 'UNAUTHENTICATED', message: 'The email or password is not right.' },
  INVALID_INPUT: { code: 'BAD_USER_INPUT', message: 'Some fields need attention.' },
  // The messages say when to try again; see AuthService.login.
  TOO_MANY_FAILED_SIGN_INS: { code: 'TOO_MANY_REQUESTS', message: 'Too many failed sign-in attempts for this email address.' },
  TOO_MANY_FAILED_SIGN_INS_FROM_NETWORK: { code: 'TOO_MANY_REQUESTS', message: 'Too many failed sign-in attempts from your network.' },
});
