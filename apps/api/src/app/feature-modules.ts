import { AccessModule } from './access';
import { AssignmentModule } from './assignment';
import { ReviewsModule } from './reviews';
import { DiscussionModule } from './discussion';
import { ApprovalsModule } from './approvals';
import { CalendarModule } from './calendar';
import { IncidentsModule } from './incidents';
import { AmendmentsModule } from './amendments';
import { DecisionsModule } from './decisions';
import { MeetingsModule } from './meetings';
import { AccountsModule } from './accounts/accounts.module';
import { ConflictsModule } from './conflicts';
import { HistoryModule } from './history';
import { ReviewersModule } from './reviewers';
import { VenueJobsModule } from './venue-jobs';
import { AuditModule } from './audit';
import { JobsModule } from './jobs';
import { InvitationsModule } from './invitations/invitations.module';
import { MailModule } from './mail/mail.module';
import { MembershipsModule } from './memberships/memberships.module';
import { NotificationsModule } from './notifications';
import { SiteAdminModule } from './site-admin/site-admin.module';
import { SubmissionsModule } from './submissions/submissions.module';
import { UsersModule } from './users/users.module';
import { VenuesModule } from './venues/venues.module';

/** Every domain feature of the API; AppModule imports them all. */
export const FEATURE_MODULES = [UsersModule, MembershipsModule, VenuesModule, AccessModule, JobsModule, AuditModule, MailModule, InvitationsModule, SubmissionsModule, AccountsModule, SiteAdminModule, NotificationsModule, ConflictsModule, HistoryModule, VenueJobsModule, ReviewersModule, AssignmentModule, ReviewsModule, DiscussionModule, ApprovalsModule, DecisionsModule, MeetingsModule, CalendarModule, IncidentsModule, AmendmentsModule];
