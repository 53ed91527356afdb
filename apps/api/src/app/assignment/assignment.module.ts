import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { MembershipsModule } from '../memberships';
import { ReviewersModule } from '../reviewers';
import { SubmissionsModule } from '../submissions';
import { UsersModule } from '../users';
import { VenuesModule } from '../venues';
import {
  BiddingResolver,
  MatchingRunResolver,
  ProposedReviewerResolver,
  ReplacementResolver,
  ReviewerChoiceResolver,
  ReviewerAssignmentResolver,
  SubmissionAssignmentsResolver,
  VenueAssignmentResolver,
} from './assignment.resolver';
import { AssignmentService } from './assignment.service';
import { BidRepository } from './bid.repository';
import { BID_MODEL, bidSchema } from './bid.schema';
import { BiddingService } from './bidding.service';
import { MatchingInputLoader } from './matching-input.loader';
import { MatchingRunRepository } from './matching-run.repository';
import {
  MATCHING_RUN_MODEL,
  matchingRunSchema,
  PROPOSED_ASSIGNMENT_MODEL,
  proposedAssignmentSchema,
} from './matching-run.schema';
import { MatchingRunService } from './matching-run.service';
import { PairRuleRepository } from './pair-rule.repository';
import { PAIR_RULE_MODEL, pairRuleSchema } from './pair-rule.schema';
import { ReviewerPoolCache } from './reviewer-pool.cache';

/** Reviewers to statements: bidding, the matcher run from the venue, the proposal, its commit and the answers. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: BID_MODEL, schema: bidSchema },
      { name: PAIR_RULE_MODEL, schema: pairRuleSchema },
      { name: MATCHING_RUN_MODEL, schema: matchingRunSchema },
      { name: PROPOSED_ASSIGNMENT_MODEL, schema: proposedAssignmentSchema },
    ]),
    SubmissionsModule,
    ReviewersModule,
    MembershipsModule,
    UsersModule,
    VenuesModule,
  ],
  providers: [
    BidRepository,
    PairRuleRepository,
    MatchingRunRepository,
    MatchingInputLoader,
    MatchingRunService,
    AssignmentService,
    BiddingService,
    ReviewerPoolCache,
    MatchingRunResolver,
    ProposedReviewerResolver,
    ReviewerAssignmentResolver,
    ReplacementResolver,
    ReviewerChoiceResolver,
    BiddingResolver,
    VenueAssignmentResolver,
    SubmissionAssignmentsResolver,
  ],
  exports: [AssignmentService],
})
export class AssignmentModule {}
