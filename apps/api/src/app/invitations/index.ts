// Public surface of the invitations feature.
export { InvitationRepository } from './invitation.repository';
export { InvitationsModule } from './invitations.module';
