import { defineErrors } from '../common/errors/app-error';

export const venueErrors = defineErrors({
  VENUE_NOT_FOUND: { code: 'NOT_FOUND', message: 'This venue does not exist.' },
  NOT_A_CHAIR: { code: 'FORBIDDEN', message: 'Only the chairs of this venue can change it.' },
  INVALID_VENUE: { code: 'BAD_USER_INPUT', message: 'Some fields need attention.' },
});
