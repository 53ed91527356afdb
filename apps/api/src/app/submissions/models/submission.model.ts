import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { SubmissionPhase } from '@impact-review/domain';
import type { DraftRecord, TierDecisionRecord } from '../submission.repository';
import type { SubmissionLinks, TierStatus } from '@impact-review/domain';
import { ArtifactModel } from './statement-content.model';
import { SubmissionPhaseEnum, TierStatusEnum } from './statement-enums';
import { TierSuggestionModel } from './tier.model';

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

/**
 * A research output registered at a venue. venue, authors, draft, versions, version,
 * latestVersion, compareVersions and tierDecision are resolved by SubmissionResolver, which
 * applies the access policy to each.
 */
@ObjectType({ description: 'A research output registered at a venue, with its impact statement.' })
export class Submission {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  abstract: string;

  @Field(() => SubmissionLinksModel)
  links: SubmissionLinksModel;

  @Field(() => [ArtifactModel])
  artifacts: ArtifactModel[];

  @Field(() => SubmissionPhaseEnum)
  phase: SubmissionPhase;

  @Field(() => TierSuggestionModel, { nullable: true, description: 'From the latest submitted version.' })
  tierSuggestion: TierSuggestionModel | null;

  @Field(() => TierStatusEnum)
  tierStatus: TierStatus;

  @Field(() => Int)
  revision: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the latest version was submitted.' })
  submittedAt: Date | null;

  // Not exposed directly: read by the field resolvers.
  venueId: string;
  authorIds: string[];
  latestVersionNumber: number;
  openDraft: DraftRecord | null;
  decision: TierDecisionRecord | null;
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
}
