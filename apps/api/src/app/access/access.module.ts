import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { MembershipsModule } from '../memberships';
import { VenuesModule } from '../venues';
import { AccessService } from './access.service';
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
    ]),
    VenuesModule,
    MembershipsModule,
  ],
  providers: [AccessService, ConflictRepository, ReviewerAssignmentRepository],
  exports: [AccessService, ConflictRepository, ReviewerAssignmentRepository],
})
export class AccessModule {}
