import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CONDITION_STATUSES,
  REEVALUATION_OUTCOMES,
  REEVALUATION_TRIGGERS,
  type ConditionStatus,
  type ReevaluationOutcome,
  type ReevaluationTrigger,
} from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';
import { FormQuestion, ReviewAnswer } from '../../reviews/models/review.model';
import { User } from '../../users/models/user.model';

export const ReevaluationTriggerEnum = enumFromValues(REEVALUATION_TRIGGERS);
registerEnumType(ReevaluationTriggerEnum, { name: 'ReevaluationTrigger', description: 'What opened a re-evaluation.' });

export const ReevaluationOutcomeEnum = enumFromValues(REEVALUATION_OUTCOMES);
registerEnumType(ReevaluationOutcomeEnum, {
  name: 'ReevaluationOutcome',
  description: 'What a re-evaluation decides: continue for a new period, continue with modified conditions, advance a release stage (pass its gate), suspend, terminate.',
});

export const ConditionStatusEnum = enumFromValues(CONDITION_STATUSES);
registerEnumType(ConditionStatusEnum, { name: 'ConditionStatus', description: 'Whether a condition of approval was met.' });

@ObjectType({ description: 'The authors’ answer for one condition of the approval.' })
export class ReportConditionAnswer {
  @Field({ description: 'The condition, as the approval states it.' })
  condition: string;

  @Field(() => ConditionStatusEnum)
  status: ConditionStatus;

  @Field()
  statusLabel: string;

  @Field()
  note: string;
}

@ObjectType({ description: 'The authors’ continuing-review report.' })
export class ContinuingReviewReportModel {
  @Field()
  progress: string;

  @Field()
  changes: string;

  @Field()
  incidents: string;

  @Field()
  replication: string;

  @Field()
  milestones: string;

  @Field(() => [ReportConditionAnswer])
  conditions: ReportConditionAnswer[];

  @Field(() => GraphQLISODateTime)
  submittedAt: Date;

  @Field(() => User, { nullable: true })
  submittedBy: User | null;
}

@ObjectType({ description: 'A reviewer of record’s recommendation.' })
export class ReevaluationRecommendationModel {
  @Field(() => User, { nullable: true, description: 'The reviewer (chairs; null for others).' })
  reviewer: User | null;

  @Field({ description: 'Your own recommendation.' })
  mine: boolean;

  @Field(() => ReevaluationOutcomeEnum)
  outcome: ReevaluationOutcome;

  @Field()
  outcomeLabel: string;

  @Field()
  comment: string;

  @Field(() => [ReviewAnswer], { description: 'The answers to the venue’s continuing-review rubric, in its order.' })
  answers: ReviewAnswer[];

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType({ description: 'How many reviewers recommend an outcome.' })
export class RecommendationCount {
  @Field(() => ReevaluationOutcomeEnum)
  outcome: ReevaluationOutcome;

  @Field()
  outcomeLabel: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'The decision of a re-evaluation.' })
export class ReevaluationDecisionModel {
  @Field(() => ReevaluationOutcomeEnum)
  outcome: ReevaluationOutcome;

  @Field()
  outcomeLabel: string;

  @Field()
  reason: string;

  @Field({ description: 'Why the committee decided without the authors’ report (empty when it had it).' })
  withoutReportReason: string;

  @Field(() => GraphQLISODateTime)
  decidedAt: Date;
}

@ObjectType({ description: 'What you may do on this re-evaluation now.' })
export class ReevaluationPermissions {
  @Field({ description: 'File or change the continuing-review report (its authors, while it is open).' })
  report: boolean;

  @Field({ description: 'Recommend an outcome (the reviewers of record, while it is open).' })
  recommend: boolean;

  @Field({ description: 'Decide it (chairs not conflicted with the statement, while it is open).' })
  decide: boolean;
}

@ObjectType({ description: 'A re-evaluation (continuing review) of an approval.' })
export class Reevaluation {
  @Field(() => ID)
  id: string;

  @Field(() => ReevaluationTriggerEnum)
  trigger: ReevaluationTrigger;

  @Field()
  triggerLabel: string;

  @Field()
  reason: string;

  @Field(() => GraphQLISODateTime)
  openedAt: Date;

  @Field({ description: 'open, decided, or closed without a decision (the approval lapsed).' })
  state: string;

  @Field(() => ContinuingReviewReportModel, { nullable: true, description: 'The authors’ report (null until filed).' })
  report: ContinuingReviewReportModel | null;

  @Field(() => [ReevaluationRecommendationModel], { description: 'All of them for chairs; their own for a reviewer; none for authors.' })
  recommendations: ReevaluationRecommendationModel[];

  @Field(() => [RecommendationCount], { description: 'The recommendations counted by outcome (chairs; [] for others).' })
  tally: RecommendationCount[];

  @Field(() => [FormQuestion], { description: 'The venue’s continuing-review rubric, the questions asked now (for chairs and the reviewers of record; [] for others).' })
  rubric: FormQuestion[];

  @Field(() => ReevaluationDecisionModel, { nullable: true })
  decision: ReevaluationDecisionModel | null;

  @Field(() => ReevaluationPermissions)
  viewerCan: ReevaluationPermissions;

  @Field(() => Int)
  revision: number;
}
