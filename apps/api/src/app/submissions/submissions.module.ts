import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { MembershipsModule } from '../memberships';
import { NotificationsModule } from '../notifications';
import { UsersModule } from '../users';
import { VenuesModule } from '../venues';
import { LegacySubmissionRepository } from './legacy-submission.repository';
import { StatementService } from './statement.service';
import { SubmissionMigration } from './submission-migration';
import { STATEMENT_VERSION_MODEL, statementVersionSchema } from './statement-version.schema';
import { StatementVersionRepository } from './statement-version.repository';
import {
  StatementDraftResolver,
  StatementVersionResolver,
  SubmissionResolver,
  TierDecisionResolver,
} from './submission.resolver';
import { SUBMISSION_MODEL, submissionSchema } from './submission.schema';
import { SubmissionAuthorRepository } from './submission-author.repository';
import { SubmissionSearchTermRepository } from './submission-search-term.repository';
import { SUBMISSION_SEARCH_TERM_MODEL, submissionSearchTermSchema } from './submission-search-term.schema';
import { SUBMISSION_AUTHOR_MODEL, submissionAuthorSchema } from './submission-author.schema';
import { SubmissionRepository } from './submission.repository';
import { SubmissionService } from './submission.service';
import { TierDecisionService } from './tier-decision.service';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: SUBMISSION_MODEL, schema: submissionSchema },
      { name: STATEMENT_VERSION_MODEL, schema: statementVersionSchema },
      { name: SUBMISSION_AUTHOR_MODEL, schema: submissionAuthorSchema },
      { name: SUBMISSION_SEARCH_TERM_MODEL, schema: submissionSearchTermSchema },
    ]),
    UsersModule,
    MembershipsModule,
    NotificationsModule,
    VenuesModule,
  ],
  providers: [
    SubmissionRepository,
    SubmissionAuthorRepository,
    SubmissionSearchTermRepository,
    StatementVersionRepository,
    LegacySubmissionRepository,
    SubmissionMigration,
    SubmissionService,
    StatementService,
    TierDecisionService,
    SubmissionResolver,
    StatementVersionResolver,
    TierDecisionResolver,
    StatementDraftResolver,
  ],
  exports: [
    SubmissionRepository,
    SubmissionAuthorRepository,
    StatementVersionRepository,
    SubmissionService,
    StatementService,
    TierDecisionService,
    SubmissionMigration,
  ],
})
export class SubmissionsModule {}
