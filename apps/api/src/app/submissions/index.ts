// Public surface of the submissions feature: submissions, their statements and tier decisions.
export { submissionErrors } from './submissions.errors';
export { Submission } from './models/submission.model';
export { toSubmission } from './submission.mapper';
export { SubmissionRepository, type DecisionRecord, type SubmissionRecord } from './submission.repository';
export { SubmissionAuthorRepository } from './submission-author.repository';
export { StatementVersionRepository, type StatementVersionRecord } from './statement-version.repository';
export { SubmissionService } from './submission.service';
export { StatementService } from './statement.service';
export { TierDecisionService } from './tier-decision.service';
export { SubmissionsModule } from './submissions.module';
