import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ApprovalState } from '@impact-review/domain';
import { Submission } from '../../submissions/models/submission.model';
import { ApprovalStateEnum } from './approval.model';

@ObjectType({ description: 'How many approvals are in a state.' })
export class ApprovalStateCount {
  @Field(() => ApprovalStateEnum)
  state: ApprovalState;

  @Field()
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Approvals by state at one instant (a month’s end, or now).' })
export class ApprovalStatePoint {
  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => [ApprovalStateCount])
  counts: ApprovalStateCount[];
}

@ObjectType({ description: 'An approval in one of the dashboard’s lists.' })
export class ApprovalListItemModel {
  @Field(() => ID)
  approvalId: string;

  @Field(() => Submission)
  submission: Submission;

  @Field(() => ApprovalStateEnum)
  state: ApprovalState;

  @Field()
  stateLabel: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Int, { nullable: true })
  daysUntilExpiry: number | null;

  @Field({ description: 'Under re-evaluation: the authors filed their report.' })
  reportFiled: boolean;
}

@ObjectType({ description: 'A venue’s continuing review at a glance (chairs).' })
export class ContinuingReviewDashboard {
  @Field(() => [ApprovalStateCount], { description: 'Approvals by state now.' })
  counts: ApprovalStateCount[];

  @Field(() => [ApprovalStatePoint], { description: 'Approvals by state at the end of each of the last 12 months, the last point now.' })
  series: ApprovalStatePoint[];

  @Field(() => [ApprovalListItemModel], { description: 'Holding approvals that expire in the next 90 days, soonest first.' })
  dueSoon: ApprovalListItemModel[];

  @Field(() => [ApprovalListItemModel], { description: 'Approvals that lapsed without a continuing-review decision.' })
  lapsed: ApprovalListItemModel[];

  @Field(() => [ApprovalListItemModel])
  suspended: ApprovalListItemModel[];

  @Field(() => [ApprovalListItemModel])
  underReevaluation: ApprovalListItemModel[];
}
