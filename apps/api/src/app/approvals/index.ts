// Public surface of approvals: a statement's approval after a positive decision, and its lifecycle.
export { ApprovalsModule } from './approvals.module';
export { ApprovalsService, type ApprovalGrant } from './approvals.service';
export { ApprovalSchedule, type ScheduleRun } from './approval-schedule';
export { ApprovalRepository, type ApprovalRecord } from './approval.repository';
export { Approval } from './models/approval.model';
