import { defineErrors, failSaying } from '../common/errors/app-error';

export const invitationErrors = defineErrors({
  // Also what a non-chair gets for an invitation of a venue they do not chair.
  INVITATION_NOT_FOUND: { code: 'NOT_FOUND', message: 'This invitation does not exist.' },
  NOT_A_CHAIR: { code: 'FORBIDDEN', message: 'Only the chairs of this venue can invite people.' },
  INVALID_INVITATION: { code: 'BAD_USER_INPUT', message: 'Some fields need attention.' },
  ALREADY_MEMBER: { code: 'BAD_USER_INPUT', message: 'This person already holds this role at the venue.' },
  // The messages name what happened (see InvitationService.noLongerPending).
  NO_LONGER_PENDING: {
    code: 'BAD_USER_INPUT',
    message: 'This invitation was already answered or withdrawn.',
  },
  WITHDRAWN: { code: 'BAD_USER_INPUT', message: 'The chair withdrew this invitation.' },
  ALREADY_INVITED: {
    code: 'CONFLICT',
    message: 'This person already has an open invitation for this role. Resend it, or revoke it first to write a new one.',
  },
  EXPIRED: { code: 'BAD_USER_INPUT', message: 'This invitation has expired. Ask the chair to send a new one.' },
  WRONG_ACCOUNT: { code: 'FORBIDDEN', message: 'This invitation was sent to another address.' },
  SIGN_IN_REQUIRED: { code: 'UNAUTHENTICATED', message: 'Sign in with the invited address to accept.' },
});

/** Like `fail`, with a message naming the address (the code and reason stay those of the table). */
export function failInvitation(name: keyof typeof invitationErrors, message?: string): never {
  return failSaying(invitationErrors, name, message ?? invitationErrors[name].message);
}
