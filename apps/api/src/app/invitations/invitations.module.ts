import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuthModule } from '../auth';
import { MembershipsModule } from '../memberships';
import { UsersModule } from '../users';
import { NotificationsModule } from '../notifications';
import { VenuesModule } from '../venues';
import { INVITATION_MODEL, invitationSchema } from './invitation.schema';
import { InvitationRepository } from './invitation.repository';
import { InvitationResolver, VenueInvitationsResolver } from './invitation.resolver';
import { InvitationService } from './invitation.service';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: INVITATION_MODEL, schema: invitationSchema }]),
    AuthModule,
    UsersModule,
    MembershipsModule,
    VenuesModule,
    NotificationsModule,
  ],
  providers: [InvitationRepository, InvitationService, InvitationResolver, VenueInvitationsResolver],
  exports: [InvitationRepository, InvitationService],
})
export class InvitationsModule {}
