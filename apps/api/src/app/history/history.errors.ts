import { defineErrors } from '../common/errors/app-error';

export const auditErrors = defineErrors({
  NOT_A_CHAIR: { code: 'FORBIDDEN', message: "Only the venue's chairs can read its whole history." },
  BAD_PAGE: { code: 'BAD_USER_INPUT', message: 'Ask for 1 to 200 events from offset 0 or more.' },
  BAD_KIND: { code: 'BAD_USER_INPUT', message: 'This is not a kind of change the log records.' },
  BAD_PROOF: { code: 'BAD_USER_INPUT', message: 'The log has no such entry or size.' },
});
