import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AMENDMENT_CHANGE_KINDS, AMENDMENT_DECISIONS, AMENDMENT_STATES, type AmendmentChangeKind, type AmendmentDecision, type AmendmentState } from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';
import { ReleasePlanChange } from '../../decisions/models/decision.model';
import { ArtifactModel } from '../../submissions/models/statement-content.model';
import { User } from '../../users/models/user.model';

export const AmendmentStateEnum = enumFromValues(AMENDMENT_STATES);
registerEnumType(AmendmentStateEnum, { name: 'AmendmentState', description: 'requested (under review), approved, declined, withdrawn.' });

export const AmendmentDecisionEnum = enumFromValues(AMENDMENT_DECISIONS);
registerEnumType(AmendmentDecisionEnum, { name: 'AmendmentDecision', description: 'Approve or decline an amendment.' });

export const AmendmentChangeKindEnum = enumFromValues(AMENDMENT_CHANGE_KINDS);
registerEnumType(AmendmentChangeKindEnum, { name: 'AmendmentChangeKind', description: 'What an amendment changes: an earlier release, a new artifact, a wider distribution, more of an artifact, or another change.' });

@ObjectType({ description: 'One change an amendment makes to one artifact’s plan.' })
export class AmendmentChange {
  @Field(() => AmendmentChangeKindEnum)
  kind: AmendmentChangeKind;

  @Field()
  label: string;

  @Field()
  artifactKey: string;

  @Field()
  artifactName: string;
}

@ObjectType({ description: 'A reviewer of record’s recommendation on an amendment (chairs see all; a reviewer their own; authors none).' })
export class AmendmentRecommendation {
  @Field(() => User, { nullable: true, description: 'The reviewer (chairs only).' })
  reviewer: User | null;

  @Field()
  mine: boolean;

  @Field(() => AmendmentDecisionEnum)
  decision: AmendmentDecision;

  @Field()
  comment: string;

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType()
export class AmendmentDecisionRecord {
  @Field(() => AmendmentDecisionEnum)
  decision: AmendmentDecision;

  @Field()
  label: string;

  @Field()
  reason: string;

  @Field(() => GraphQLISODateTime)
  decidedAt: Date;
}

@ObjectType()
export class AmendmentPermissions {
  @Field({ description: 'Withdraw it (its authors, while under review).' })
  withdraw: boolean;

  @Field({ description: 'Recommend (reviewers of record, while under review).' })
  recommend: boolean;

  @Field({ description: 'Decide it (a chair, while under review).' })
  decide: boolean;
}

@ObjectType({ description: 'The authors’ request to change an approved release plan, its review and its decision.' })
export class Amendment {
  @Field(() => ID)
  id: string;

  @Field(() => AmendmentStateEnum)
  state: AmendmentState;

  @Field()
  stateLabel: string;

  @Field({ description: 'The authors’ reason.' })
  reason: string;

  @Field({ description: 'expedited (a chair decides) or full (the reviewers of record recommend first).' })
  tier: string;

  @Field(() => [String], { description: 'Why the tier rubric raised it to full review.' })
  tierReasons: string[];

  @Field(() => [AmendmentChange])
  changes: AmendmentChange[];

  @Field(() => [ReleasePlanChange], { description: 'The approved plan beside the amended one, artifact by artifact.' })
  planChanges: ReleasePlanChange[];

  @Field(() => [ArtifactModel])
  newArtifacts: ArtifactModel[];

  @Field(() => GraphQLISODateTime)
  requestedAt: Date;

  @Field(() => User, { nullable: true })
  requestedBy: User | null;

  @Field(() => [AmendmentRecommendation])
  recommendations: AmendmentRecommendation[];

  @Field(() => Int, { description: 'Recommendations a chair waits for before deciding (0 when expedited).' })
  recommendationsNeeded: number;

  @Field(() => Int, { description: 'Recommendations made so far (everyone who may read the amendment sees the count).' })
  recommendationCount: number;

  @Field(() => AmendmentDecisionRecord, { nullable: true })
  decision: AmendmentDecisionRecord | null;

  @Field(() => AmendmentPermissions)
  viewerCan: AmendmentPermissions;

  @Field(() => Int)
  revision: number;
}
