import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { SubmissionPhase } from '@impact-review/domain';
import type { DraftRecord, TierDecisionRecord } from '../submission.repository';
import type { SubmissionLinks, Tier, TierStatus } from '@impact-review/domain';
import { ArtifactModel } from './statement-content.model';
import { SubmissionPhaseEnum, TierEnum } from './statement-enums';
import type { TierSuggestionModel } from './tier.model';

@ObjectType('SubmissionLinks', { description: 'Where the work lives; an empty string means none.' })
@InputType('SubmissionLinksInput')
export class SubmissionLinksModel implements SubmissionLinks {
  @Field()
  paperUrl: string;

  @Field()
  openReviewUrl: string;

  @Field()
  doi: string;

  @Field()
  repositoryUrl: string;
}

/** Title, abstract, links and artifacts: what a draft holds and a version freezes beside the statement. */
@ObjectType({ isAbstract: true })
@InputType({ isAbstract: true })
export abstract class SubmissionDetailsFields {
  @Field()
  title: string;

  @Field()
  abstract: string;

  @Field(() => SubmissionLinksModel)
  links: SubmissionLinksModel;

  @Field(() => [ArtifactModel])
  artifacts: ArtifactModel[];
}

const SHOWN_METADATA =
  "the latest submitted version's (what everyone who may see the submission sees); before the first submission, which only its authors can see, the draft's";

/**
 * A research output registered at a venue. venue, authors, draft, versions, version,
 * latestVersion, compareVersions, tierDecision and tierHistory are resolved by SubmissionResolver,
 * which applies the access policy to each.
 */
@ObjectType({ description: 'A research output registered at a venue, with its impact statement.' })
export class Submission {
  @Field(() => ID)
  id: string;

  @Field({ description: `The title: ${SHOWN_METADATA}.` })
  title: string;

  @Field({ description: `The abstract: ${SHOWN_METADATA}.` })
  abstract: string;

  @Field(() => SubmissionLinksModel, { description: `The links: ${SHOWN_METADATA}.` })
  links: SubmissionLinksModel;

  @Field(() => [ArtifactModel], { description: `The artifacts: ${SHOWN_METADATA}.` })
  artifacts: ArtifactModel[];

  @Field(() => SubmissionPhaseEnum)
  phase: SubmissionPhase;

  /** Resolved by SubmissionResolver (tier.view). */
  tierSuggestion: TierSuggestionModel | null;
  tierStatus: TierStatus;
  tier: Tier | null;

  @Field(() => Int, {
    description: 'Moves with each submitted version and tier decision; pass to confirmTier.',
  })
  revision: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, {
    description:
      'Last change: for authors any change, for everyone else the last version or tier decision (drafts never show).',
  })
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the latest version was submitted.' })
  submittedAt: Date | null;

  // Not exposed directly: read by the field resolvers.
  venueId: string;
  /** Who may edit (access decisions). */
  authorIds: string[];
  /** Whom `authors` lists: the latest submitted version's authors, or the editors before one exists. */
  shownAuthorIds: string[];
  latestVersionNumber: number;
  openDraft: DraftRecord | null;
  decision: TierDecisionRecord | null;
  decisions: TierDecisionRecord[];
}

@ObjectType({
  description: 'What the signed-in person may do with a submission, as the access layer decides (clients show actions from this).',
})
export class SubmissionViewerPermissions {
  @Field({ description: 'Save the draft, submit, start a revision (submission.edit).' })
  edit: boolean;

  @Field({ description: 'Confirm or override the tier (tier.decide).' })
  decideTier: boolean;

  @Field({ description: 'Declare or withdraw conflicts (conflict.declare).' })
  declareConflict: boolean;

  @Field({ description: 'Pin or remove administrative conflicts (conflict.pin).' })
  pinConflict: boolean;

  @Field({ description: 'Bid on reviewing it, or declare one’s own conflict, while bidding is open (bid.place).' })
  bid: boolean;

  @Field({ description: 'Change its reviewers by hand and assign replacements (assignment.manage).' })
  manageAssignments: boolean;

  @Field({ description: 'Write one’s own review of it (review.write).' })
  writeReview: boolean;

  @Field({ description: 'Release its reviews to the authors or withdraw them (review.release).' })
  releaseReviews: boolean;

  @Field({ description: 'Comment in its discussion (discussion.post).' })
  comment: boolean;

  @Field({ description: 'Respond to its released reviews as an author (response.write).' })
  respond: boolean;

  @Field({ description: 'Record the committee’s decision and send its letter (decision.record).' })
  decide: boolean;
}

@ObjectType({ description: "What a new tier policy would change for one tier, and the statements it affects." })
export class TierPolicyImpact {
  @Field(() => TierEnum)
  tier: Tier;

  @Field(() => [String], { description: 'The fields of this tier that change, e.g. expertReviewers.' })
  changedFields: string[];

  @Field(() => Int, { description: 'Submitted statements whose tier in force is this tier (those you may see).' })
  statements: number;

  @Field(() => [Submission], { description: 'A few of them, most recently changed first.' })
  examples: Submission[];
}

@ObjectType({ description: 'One page of a list of submissions.' })
export class SubmissionPage {
  @Field(() => [Submission])
  items: Submission[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  total: number;

  @Field(() => Int)
  offset: number;

  @Field(() => Int)
  limit: number;

  @Field({
    description:
      'True when a search matched too many statements to rank them all: only some were looked at; narrow the search.',
  })
  searchCapped: boolean;
}
