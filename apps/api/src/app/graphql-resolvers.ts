import { AccountResolver } from './accounts/account.resolver';
import {
  BiddingResolver,
  MatchingRunResolver,
  ProposedReviewerResolver,
  ReplacementResolver,
  ReviewerChoiceResolver,
  ReviewerAssignmentResolver,
  SubmissionAssignmentsResolver,
  VenueAssignmentResolver,
} from './assignment/assignment.resolver';
import { AuditResolver, SubmissionHistoryResolver } from './history/history.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { ReviewerProfileResolver, VenueReviewerProfilesResolver } from './reviewers/reviewer-profile.resolver';
import { ConflictResolver, SubmissionConflictsResolver } from './conflicts/conflict.resolver';
import { VenueJobsResolver } from './venue-jobs/venue-jobs.resolver';
import { NotificationSettingsResolver } from './notifications/notification-settings.resolver';
import { SiteAdminResolver } from './site-admin/site-admin.resolver';
import { InvitationResolver, VenueInvitationsResolver } from './invitations/invitation.resolver';
import {
  StatementDraftResolver,
  StatementVersionResolver,
  SubmissionResolver,
  TierDecisionResolver,
} from './submissions/submission.resolver';
import { VenueResolver } from './venues/venue.resolver';
import { ReviewResolver, SubmissionReviewsResolver, VenueReviewsResolver } from './reviews/reviews.resolver';
import { DiscussionParticipantResolver, SubmissionDiscussionResolver } from './discussion/discussion.resolver';
import { DecisionResolver, SubmissionDecisionResolver, VenueDecisionSettingsResolver } from './decisions/decisions.resolver';
import { MeetingResolver, VenueMeetingsResolver } from './meetings/meetings.resolver';
import { ApprovalTimelineResolver, SubmissionApprovalResolver, VenueApprovalsResolver } from './approvals/approvals.resolver';
import { AmendmentsResolver } from './amendments/amendments.resolver';
import { CalendarResolver } from './calendar/calendar.resolver';
import { IncidentsResolver, VenueIncidentsResolver } from './incidents/incidents.resolver';

/**
 * Every GraphQL resolver class. The schema printer builds the committed schema from this list
 * without booting the app, and a test checks it matches the resolvers the modules provide.
 */
export type ResolverClass = abstract new (...args: never[]) => unknown;

export const GRAPHQL_RESOLVERS: ResolverClass[] = [
  AuthResolver,
  VenueResolver,
  InvitationResolver,
  VenueInvitationsResolver,
  SubmissionResolver,
  StatementVersionResolver,
  TierDecisionResolver,
  StatementDraftResolver,
  AccountResolver,
  SiteAdminResolver,
  NotificationSettingsResolver,
  VenueJobsResolver,
  AuditResolver,
  SubmissionHistoryResolver,
  ConflictResolver,
  SubmissionConflictsResolver,
  MatchingRunResolver,
  ProposedReviewerResolver,
  ReviewerAssignmentResolver,
  ReplacementResolver,
  ReviewerChoiceResolver,
  BiddingResolver,
  VenueAssignmentResolver,
  SubmissionAssignmentsResolver,
  ReviewerProfileResolver,
  VenueReviewerProfilesResolver,
  SubmissionReviewsResolver,
  ReviewResolver,
  VenueReviewsResolver,
  SubmissionDiscussionResolver,
  DiscussionParticipantResolver,
  SubmissionDecisionResolver,
  DecisionResolver,
  VenueDecisionSettingsResolver,
  SubmissionApprovalResolver,
  VenueApprovalsResolver,
  ApprovalTimelineResolver,
  AmendmentsResolver,
  CalendarResolver,
  IncidentsResolver,
  VenueIncidentsResolver,
  MeetingResolver,
  VenueMeetingsResolver,
];
