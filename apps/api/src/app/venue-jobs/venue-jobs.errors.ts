import { defineErrors } from '../common/errors/app-error';

export const jobErrors = defineErrors({
  NOT_A_CHAIR: { code: 'FORBIDDEN', message: "Only the venue's chairs can see and retry its jobs." },
  JOB_NOT_FOUND: { code: 'NOT_FOUND', message: 'This job does not exist.' },
  NOT_FAILED: {
    code: 'CONFLICT',
    message: 'Only a failed job can be retried; this one is already waiting, running or done.',
  },
  BAD_PAGE: { code: 'BAD_USER_INPUT', message: 'Ask for 1 to 100 jobs from offset 0 or more.' },
});
