import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ApprovalsModule } from '../approvals';
import { SubmissionsModule } from '../submissions';
import { UsersModule } from '../users';
import { AMENDMENT_MODEL, amendmentSchema } from './amendment.schema';
import { AmendmentRepository } from './amendment.repository';
import { AmendmentsResolver } from './amendments.resolver';
import { AmendmentsService } from './amendments.service';

/** Amendments of approved release plans: requests by the authors, recommendations, a chair's decision. */
@Module({
  imports: [MongooseModule.forFeature([{ name: AMENDMENT_MODEL, schema: amendmentSchema }]), ApprovalsModule, SubmissionsModule, UsersModule],
  providers: [AmendmentRepository, AmendmentsService, AmendmentsResolver],
})
export class AmendmentsModule {}
