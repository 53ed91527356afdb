import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { SubmissionsModule } from '../submissions';
import { UsersModule } from '../users';
import { VenuesModule } from '../venues';
import { ApprovalSchedule } from './approval-schedule';
import { APPROVAL_MODEL, approvalSchema } from './approval.schema';
import { ApprovalRepository } from './approval.repository';
import { SubmissionApprovalResolver } from './approvals.resolver';
import { ApprovalsService } from './approvals.service';

/** Approvals and continuing review: the lifecycle, its schedule (reminders, re-evaluations, lapses), notices. */
@Module({
  imports: [MongooseModule.forFeature([{ name: APPROVAL_MODEL, schema: approvalSchema }]), SubmissionsModule, UsersModule, VenuesModule],
  providers: [ApprovalRepository, ApprovalsService, ApprovalSchedule, SubmissionApprovalResolver],
  exports: [ApprovalsService],
})
export class ApprovalsModule {}
