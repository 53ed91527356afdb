// Public surface of assignment: bidding, matcher runs with their proposals, and committed assignments.
export { AssignmentModule } from './assignment.module';
export { toAssignment } from './assignment.resolver';
export { ReviewerAssignment, ReviewerKindEnum } from './models/assignment.model';
export { AssignmentService } from './assignment.service';
