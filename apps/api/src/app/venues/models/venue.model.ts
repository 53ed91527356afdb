import { ContinuingReviewPolicyModel } from './continuing-review-policy.model';
import { TierPolicyModel, VenueTaxonomyModel } from './tier-policy.model';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ResponsePhase, ReviewVisibility } from './review-visibility.model';
import { AFFILIATION_DECISIONS, AFFILIATION_STATES, VENUE_KINDS, type AffiliationState, type VenueKind } from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';

export const VenueKindEnum = enumFromValues(VENUE_KINDS);
registerEnumType(VenueKindEnum, { name: 'VenueKind', description: 'A conference, or a workshop held at one.' });

export const AffiliationStateEnum = enumFromValues(AFFILIATION_STATES);
registerEnumType(AffiliationStateEnum, {
  name: 'AffiliationState',
  description: "Where a workshop's request to be held at a conference stands.",
});

export const AffiliationDecisionEnum = enumFromValues(AFFILIATION_DECISIONS);
registerEnumType(AffiliationDecisionEnum, { name: 'AffiliationDecision', description: "A conference chair's answer to a workshop's request." });

@ObjectType({ description: 'A deadline: the local wall time in the venue’s zone and the exact instant it means.' })
export class Deadline {
  @Field()
  label: string;

  @Field({ description: "'YYYY-MM-DDTHH:mm' in the venue's time zone." })
  dueLocal: string;

  @Field(() => GraphQLISODateTime, { description: 'The UTC instant of dueLocal.' })
  dueAt: Date;
}

/**
 * A conference or a workshop. parentVenue, workshops, myRoles, members and invitations are
 * resolved by VenueResolver (members and invitations only for the venue's chairs).
 */
@ObjectType({ description: 'A conference, or a workshop held at one.' })
export class Venue {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  shortName: string;

  @Field(() => VenueKindEnum)
  kind: VenueKind;

  /** Not exposed directly: GraphQL clients follow parentVenue, awaitingApprovalBy and conferenceRequest. */
  parentVenueId: string | null;
  parentApproval: AffiliationState | null;
  parentDecision: { decidedById: string; decidedAt: Date; note: string } | null;

  @Field({ description: 'IANA time zone deadlines are entered in.' })
  timeZone: string;

  @Field()
  description: string;

  @Field(() => [Deadline])
  deadlines: Deadline[];

  @Field({ description: 'Authors see their tier and the decisions on it (a venue setting).' })
  tiersVisibleToAuthors: boolean;

  @Field({ description: 'The bidding phase is open: reviewers see the submitted statements and bid on them.' })
  biddingOpen: boolean;

  @Field({ description: 'Reviewers do not see who wrote a statement.' })
  doubleBlind: boolean;

  @Field(() => ReviewVisibility, { description: 'Who reads which reviews under which name (chairs change it with updateReviewSettings).' })
  reviewVisibility: ReviewVisibility;

  @Field({ description: 'A chair released every statement’s reviews to its authors at once.' })
  reviewsReleased: boolean;

  @Field(() => ResponsePhase)
  responsePhase: ResponsePhase;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Reviewers may change their submitted reviews until then (after the authors’ response).' })
  reviewsReopenedUntil: Date | null;

  @Field(() => TierPolicyModel, { description: 'What each review tier needs (chairs edit it with updateTierPolicy).' })
  tierPolicy: TierPolicyModel;

  @Field(() => ContinuingReviewPolicyModel, {
    description: 'How long approvals hold and when their holders are reminded (chairs edit it with updateContinuingReviewPolicy).',
  })
  continuingReviewPolicy: ContinuingReviewPolicyModel;

  @Field(() => VenueTaxonomyModel)
  taxonomy: VenueTaxonomyModel;

  @Field(() => Int)
  revision: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType({ description: "A workshop's request to be held at a conference, as the chairs of either venue see it." })
export class ConferenceRequest {
  @Field(() => Venue)
  conference: Venue;

  @Field(() => AffiliationStateEnum)
  state: AffiliationState;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Name of the chair who decided.' })
  decidedByName: string | null;

  @Field({ description: "The deciding chair's note; empty for none." })
  note: string;
}
