import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { MembershipsModule } from '../memberships';
import { ReviewsModule } from '../reviews';
import { SubmissionsModule } from '../submissions';
import { UsersModule } from '../users';
import { VenuesModule } from '../venues';
import { DiscussionParticipantResolver, SubmissionDiscussionResolver } from './discussion.resolver';
import { DiscussionRepository } from './discussion.repository';
import {
  AUTHOR_RESPONSE_MODEL,
  authorResponseSchema,
  DISCUSSION_COMMENT_MODEL,
  DISCUSSION_READ_MODEL,
  discussionCommentSchema,
  discussionReadSchema,
} from './discussion.schema';
import { DiscussionService } from './discussion.service';

/** The discussion of a statement among its chairs and reviewers, and the authors' response. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: DISCUSSION_COMMENT_MODEL, schema: discussionCommentSchema },
      { name: DISCUSSION_READ_MODEL, schema: discussionReadSchema },
      { name: AUTHOR_RESPONSE_MODEL, schema: authorResponseSchema },
    ]),
    SubmissionsModule,
    ReviewsModule,
    MembershipsModule,
    UsersModule,
    VenuesModule,
  ],
  providers: [DiscussionRepository, DiscussionService, SubmissionDiscussionResolver, DiscussionParticipantResolver],
})
export class DiscussionModule {}
