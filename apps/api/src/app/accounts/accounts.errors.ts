import { defineErrors } from '../common/errors/app-error';

export const accountErrors = defineErrors({
  // Unknown, used and expired links all read the same.
  LINK_NOT_USABLE: {
    code: 'NOT_FOUND',
    message: 'This link does not work any more: it was already used, or it has expired. Ask for a new one.',
  },
  INVALID_INPUT: { code: 'BAD_USER_INPUT', message: 'Some fields need attention.' },
  // The messages say when to try again; see AccountService.
  TOO_MANY_MAILS_FOR_ADDRESS: {
    code: 'TOO_MANY_REQUESTS',
    message: 'Too many emails were asked for this address.',
  },
  TOO_MANY_MAILS_FROM_NETWORK: {
    code: 'TOO_MANY_REQUESTS',
    message: 'Too many emails were asked from your network.',
  },
});
