import { defineErrors } from '../common/errors/app-error';

export const siteAdminErrors = defineErrors({
  NOT_SITE_ADMIN: {
    code: 'FORBIDDEN',
    message: 'Only site administrators can see and change site permissions.',
  },
  PERSON_NOT_FOUND: { code: 'NOT_FOUND', message: 'This person does not have an account.' },
  OWN_ADMIN: {
    code: 'BAD_USER_INPUT',
    message: 'You cannot remove your own administrator permission. Ask another administrator to do it.',
  },
  CONFIGURED_ADMIN: {
    code: 'BAD_USER_INPUT',
    message:
      'This person is an administrator through the server setting SITE_ADMIN_EMAILS; remove the address there first.',
  },
  SEARCH_TOO_SHORT: {
    code: 'BAD_USER_INPUT',
    message: 'Type at least 2 characters of a name or email address.',
  },
});
