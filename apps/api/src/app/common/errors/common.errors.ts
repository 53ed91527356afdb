import { defineErrors } from './app-error';

export const commonErrors = defineErrors({
  NOT_SIGNED_IN: { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' },
  VERSION_CONFLICT: {
    code: 'CONFLICT',
    message: 'Someone else changed this in the meantime. Reload to see the latest version, then try again.',
  },
});
