import { defineErrors } from '../common/errors/app-error';

export const reviewerErrors = defineErrors({
  NOT_A_REVIEWER: {
    code: 'FORBIDDEN',
    message: 'Only a reviewer of this venue can keep a reviewer profile here.',
  },
  PROFILE_HIDDEN: {
    code: 'FORBIDDEN',
    message: "Only the reviewer and the venue's chairs can read this profile.",
  },
  INVALID_PROFILE: { code: 'BAD_USER_INPUT', message: 'The profile cannot be saved; see the marked fields.' },
  BAD_PAGE: { code: 'BAD_USER_INPUT', message: 'Ask for between 1 and 100 profiles from a position of 0 or more.' },
  UNREADABLE_PUBLICATIONS: { code: 'BAD_USER_INPUT', message: 'These publications could not be read.' },
  IMPORT_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such pool import.' },
});
