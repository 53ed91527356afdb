import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ConditionStatus, ReevaluationOutcome } from '@impact-review/domain';
import { DecidedConditionInput } from '../../decisions/dto/decision.input';
import { ReviewAnswerInput } from '../../reviews/dto/review.input';
import { ConditionStatusEnum, ReevaluationOutcomeEnum } from '../models/reevaluation.model';

@InputType()
export class ReportConditionInput {
  @Field(() => ConditionStatusEnum)
  status: ConditionStatus;

  @Field({ defaultValue: '' })
  note: string;
}

@InputType({ description: 'The authors’ continuing-review report, at the re-evaluation revision they loaded.' })
export class ContinuingReviewReportInput {
  @Field(() => ID)
  approvalId: string;

  @Field()
  progress: string;

  @Field({ defaultValue: '' })
  changes: string;

  @Field()
  incidents: string;

  @Field({ defaultValue: '' })
  replication: string;

  @Field({ defaultValue: '' })
  milestones: string;

  @Field(() => [ReportConditionInput], { description: 'One answer per condition of the approval, in its order.' })
  conditions: ReportConditionInput[];

  @Field(() => Int)
  expectedRevision: number;
}

@InputType()
export class RecommendationInput {
  @Field(() => ID)
  approvalId: string;

  @Field(() => ReevaluationOutcomeEnum)
  outcome: ReevaluationOutcome;

  @Field()
  comment: string;

  @Field(() => [ReviewAnswerInput], { defaultValue: [], description: 'Answers to the venue’s continuing-review rubric (Venue.reviewForms, kind continuing).' })
  answers: ReviewAnswerInput[];
}

@InputType({ description: 'A chair’s decision on the open re-evaluation, at the approval revision loaded.' })
export class ReevaluationDecisionInput {
  @Field(() => ID)
  approvalId: string;

  @Field(() => ReevaluationOutcomeEnum)
  outcome: ReevaluationOutcome;

  @Field({ defaultValue: '', description: 'Why (needed to modify the conditions, suspend or terminate).' })
  reason: string;

  @Field({ defaultValue: '', description: 'Needed when the authors have not filed their report.' })
  withoutReportReason: string;

  @Field(() => [DecidedConditionInput], { defaultValue: [], description: 'modify_conditions only: the conditions from now on.' })
  conditions: DecidedConditionInput[];

  @Field(() => [String], { defaultValue: [], description: 'advance_stage only: the artifacts whose next release stage (or evented release) opens.' })
  advanceArtifactKeys: string[];

  @Field(() => Int)
  expectedRevision: number;
}
