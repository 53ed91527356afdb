import { defineErrors } from '../common/errors/app-error';

export const notificationErrors = defineErrors({
  VENUE_NOT_FOUND: { code: 'NOT_FOUND', message: 'This venue does not exist or you have no part in it.' },
  INVALID_UNSUBSCRIBE_LINK: {
    code: 'NOT_FOUND',
    message:
      'This unsubscribe link is not valid. Open your notification settings to choose which emails you get.',
  },
  BUSY: {
    code: 'CONFLICT',
    message: 'Your notification settings changed several times at once. Try again.',
  },
});
