import { defineErrors } from '../common/errors/app-error';

export const reviewErrors = defineErrors({
  VENUE_NOT_FOUND: { code: 'NOT_FOUND', message: 'This venue does not exist.' },
  NOT_ACCEPTED: {
    code: 'CONFLICT',
    message: 'Accept the assignment first (on your Reviewing page); then write the review.',
  },
  STALE: {
    code: 'CONFLICT',
    message: 'Your review was saved elsewhere in the meantime (another tab?). Reload to see the latest text, then try again.',
  },
  ALREADY_SUBMITTED: {
    code: 'CONFLICT',
    message: 'This review is submitted: submit your changes as a new version instead of saving a draft.',
  },
  LOCKED: { code: 'CONFLICT', message: 'This review can no longer be changed.' },
  INVALID_REVIEW: { code: 'BAD_USER_INPUT', message: 'Some answers need attention before the review can be submitted.' },
  INVALID_DRAFT: { code: 'BAD_USER_INPUT', message: 'Some fields need attention.' },
  INVALID_FORM: { code: 'BAD_USER_INPUT', message: 'Some questions need attention.' },
  FORM_STALE: {
    code: 'CONFLICT',
    message: 'The form changed in the meantime (another chair, or new answers). Reload it, then make your change again.',
  },
  NOT_A_CHAIR: { code: 'FORBIDDEN', message: 'Only the chairs of this venue can change its review forms.' },
});
