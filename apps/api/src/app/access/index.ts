// Public surface of the access layer: ask it before every read and change of a protected object.
export { AccessModule } from './access.module';
export { AccessService, type SubmissionFactsSource } from './access.service';
export { accessErrors } from './access.errors';
export { ConflictRepository, type ConflictRecord } from './conflict.repository';
export {
  ReviewerAssignmentRepository,
  type NewReviewerAssignment,
  type ReviewerAssignmentRecord,
} from './reviewer-assignment.repository';
export { AgendaMembershipRepository, type AgendaMembershipRecord } from './agenda-membership.repository';
