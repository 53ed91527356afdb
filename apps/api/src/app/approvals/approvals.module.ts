import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { REEVALUATION_MODEL, reevaluationSchema } from './reevaluation.schema';
import { ReevaluationRepository } from './reevaluation.repository';
import { ReevaluationsService } from './reevaluations.service';
import { SubmissionsModule } from '../submissions';
import { HistoryModule } from '../history';
import { ReviewsModule } from '../reviews';
import { UsersModule } from '../users';
import { VenuesModule } from '../venues';
import { ApprovalSchedule } from './approval-schedule';
import { APPROVAL_MODEL, approvalSchema } from './approval.schema';
import { ApprovalRepository } from './approval.repository';
import { ApprovalDashboardService } from './approval-dashboard.service';
import { ExternalEventsService } from './external-events.service';
import { ApprovalTimelineResolver, SubmissionApprovalResolver, VenueApprovalsResolver } from './approvals.resolver';
import { ApprovalsService } from './approvals.service';

/** Approvals and continuing review: the lifecycle, its schedule (reminders, re-evaluations, lapses), notices. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: APPROVAL_MODEL, schema: approvalSchema },
      { name: REEVALUATION_MODEL, schema: reevaluationSchema },
    ]), HistoryModule, ReviewsModule, SubmissionsModule, UsersModule, VenuesModule],
  providers: [
    ApprovalRepository,
    ReevaluationRepository,
    ApprovalsService,
    ReevaluationsService,
    ApprovalDashboardService,
    ExternalEventsService,
    ApprovalSchedule,
    SubmissionApprovalResolver,
    ApprovalTimelineResolver,
    VenueApprovalsResolver,
  ],
  exports: [ApprovalsService, ApprovalRepository],
})
export class ApprovalsModule {}
