import { defineErrors } from '../common/errors/app-error';

export const calendarErrors = defineErrors({
  NOT_A_CHAIR: { code: 'FORBIDDEN', message: 'Only the chairs of this venue can have its calendar feed.' },
});
