import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { APPROVAL_ACTIONS, APPROVAL_ACTORS, APPROVAL_STATES, type ApprovalAction, type ApprovalActor, type ApprovalState, type DecisionOutcome, type Tier } from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';
import { DecidedCondition, DecisionOutcomeEnum } from '../../decisions/models/decision.model';
import { ReleasePlanItemModel } from '../../submissions/models/statement-content.model';
import { TierEnum } from '../../submissions/models/statement-enums';
import { User } from '../../users/models/user.model';
import { Reevaluation } from './reevaluation.model';
import { ReleaseGate, ReleasePoint } from './release-schedule.model';

export const ApprovalStateEnum = enumFromValues(APPROVAL_STATES);
registerEnumType(ApprovalStateEnum, {
  name: 'ApprovalState',
  description: 'Active, under re-evaluation, suspended (whole or partly), terminated, expired (lapsed without continuing review), closed (the work is finished).',
});

export const ApprovalActionEnum = enumFromValues(APPROVAL_ACTIONS);
registerEnumType(ApprovalActionEnum, {
  name: 'ApprovalAction',
  description: 'A transition of an approval. By hand: open_reevaluation, continue, suspend, reinstate, terminate, close; lapse is the schedule’s.',
});

export const ApprovalActorEnum = enumFromValues(APPROVAL_ACTORS);
registerEnumType(ApprovalActorEnum, { name: 'ApprovalActor', description: 'Who made a transition: a chair, a convened meeting, the authors, or the schedule.' });

@ObjectType({ description: 'An artifact of the approved work, by key and name.' })
export class ApprovalArtifact {
  @Field()
  key: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'The last change to an approval: what, by whom, when and why.' })
export class ApprovalTransition {
  @Field({ description: 'An ApprovalAction, or "created" for the grant.' })
  action: string;

  @Field({ description: 'The change in words, e.g. "Suspended".' })
  label: string;

  @Field(() => ApprovalActorEnum)
  by: ApprovalActor;

  @Field(() => User, { nullable: true, description: 'The person who acted (null for the schedule).' })
  actor: User | null;

  @Field()
  reason: string;

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType({ description: 'The statement’s approval: what the authors may release, when, to whom, on which conditions, and for how long.' })
export class Approval {
  @Field(() => ID)
  id: string;

  @Field(() => ApprovalStateEnum)
  state: ApprovalState;

  @Field({ description: 'The state in words.' })
  stateLabel: string;

  @Field({ description: 'What the state asks of the authors, in a sentence.' })
  consequence: string;

  @Field(() => DecisionOutcomeEnum)
  outcome: DecisionOutcome;

  @Field(() => TierEnum, { description: 'The tier it was decided in (its period follows from it).' })
  tier: Tier;

  @Field(() => Int)
  forVersion: number;

  @Field(() => GraphQLISODateTime)
  approvedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it lapses without a continuing-review decision (null: it does not expire).' })
  expiresAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Whole days until it expires (null without expiry; 0 once passed).' })
  daysUntilExpiry: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its continuing review opens by itself (with the first reminder).' })
  reevaluationOpensAt: Date | null;

  @Field(() => [ApprovalArtifact], { description: 'While partly suspended: the artifacts whose release is suspended ([] otherwise, and for a whole suspension).' })
  suspendedArtifacts: ApprovalArtifact[];

  @Field(() => ApprovalTransition)
  lastChange: ApprovalTransition;

  @Field(() => [DecidedCondition])
  conditions: DecidedCondition[];

  @Field(() => [ReleasePlanItemModel])
  releasePlan: ReleasePlanItemModel[];

  @Field(() => [ApprovalArtifact], { description: 'Its artifacts: the statement’s, and those approved amendments added.' })
  artifacts: ApprovalArtifact[];

  @Field(() => [ReleasePoint], { description: 'Each release of the plan (each stage of a staged one), and whether it is open, scheduled, awaiting its gate, blocked or held.' })
  releaseSchedule: ReleasePoint[];

  @Field(() => [ReleaseGate], { description: 'The gates an "advance" decision may pass now.' })
  nextGates: ReleaseGate[];

  @Field(() => [ApprovalActionEnum], { description: 'What you may change now (chairs: re-evaluate, continue, suspend, …; authors: close).' })
  availableActions: ApprovalAction[];

  @Field(() => [Int], { description: 'Reminders already sent for the current expiry, in days before it.' })
  remindersSent: number[];

  @Field(() => Int)
  revision: number;

  @Field(() => Reevaluation, { nullable: true, description: 'Its current re-evaluation (the open one, else the latest); null before the first.' })
  reevaluation: Reevaluation | null;
}
