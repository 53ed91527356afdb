// Public surface of the invitations feature.
export { InvitationRepository } from './invitation.repository';
export { InvitationService } from './invitation.service';
export { InvitationsModule } from './invitations.module';
