import { defineErrors } from '../common/errors/app-error';

export const discussionErrors = defineErrors({
  INVALID_COMMENT: { code: 'BAD_USER_INPUT', message: 'The comment cannot be posted; see the marked fields.' },
  INVALID_RESPONSE: { code: 'BAD_USER_INPUT', message: 'The response cannot be saved; see the marked field.' },
  RESPONSE_CLOSED: { code: 'CONFLICT', message: 'Responses are not taken now.' },
  RESPONSE_STALE: {
    code: 'CONFLICT',
    message: 'A co-author saved the response in the meantime. Reload to read it, then make your change again.',
  },
});
