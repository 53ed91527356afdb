import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { MembershipsModule } from '../memberships';
import { VenuesModule } from '../venues';
import { AccessService } from './access.service';
import { AGENDA_MEMBERSHIP_MODEL, agendaMembershipSchema } from './agenda-membership.schema';
import { AgendaMembershipRepository } from './agenda-membership.repository';
import { CONFLICT_MODEL, conflictSchema } from './conflict.schema';
import { ConflictRepository } from './conflict.repository';
import { REVIEWER_ASSIGNMENT_MODEL, reviewerAssignmentSchema } from './reviewer-assignment.schema';
import { ReviewerAssignmentRepository } from './reviewer-assignment.repository';

/** The access layer: global, because every feature asks it before reading or changing anything. */
@Global()
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: CONFLICT_MODEL, schema: conflictSchema },
      { name: REVIEWER_ASSIGNMENT_MODEL, schema: reviewerAssignmentSchema },
      { name: AGENDA_MEMBERSHIP_MODEL, schema: agendaMembershipSchema },
    ]),
    VenuesModule,
    MembershipsModule,
  ],
  providers: [AccessService, ConflictRepository, ReviewerAssignmentRepository, AgendaMembershipRepository],
  exports: [AccessService, ConflictRepository, ReviewerAssignmentRepository, AgendaMembershipRepository],
})
export class AccessModule {}
