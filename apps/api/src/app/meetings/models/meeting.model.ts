import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MEETING_STATES, MOTION_STATES, VOTE_CHOICES, type DecisionOutcome, type MeetingState, type MotionState, type VoteChoice } from '@impact-review/domain';
import { enumFromValues } from '../../common/graphql/enum-from-values';
import { DecisionOutcomeEnum } from '../../decisions/models/decision.model';
import { Submission } from '../../submissions/models/submission.model';
import { User } from '../../users/models/user.model';

export const MeetingStateEnum = enumFromValues(MEETING_STATES);
registerEnumType(MeetingStateEnum, { name: 'MeetingState' });
export const MotionStateEnum = enumFromValues(MOTION_STATES);
registerEnumType(MotionStateEnum, { name: 'MotionState' });
export const VoteChoiceEnum = enumFromValues(VOTE_CHOICES);
registerEnumType(VoteChoiceEnum, { name: 'VoteChoice', description: 'For, against, or abstain.' });

@ObjectType({ description: 'A member of a meeting.' })
export class MeetingMember {
  @Field(() => User)
  person: User;

  @Field({ description: 'Counts toward the community part of the quorum.' })
  community: boolean;

  @Field()
  voting: boolean;

  @Field()
  present: boolean;
}

@ObjectType({ description: 'Quorum for one agenda item, as an IRB counts it.' })
export class Quorum {
  @Field()
  met: boolean;

  @Field(() => Int, { description: 'Voting members present and not recused.' })
  counted: number;

  @Field(() => Int)
  needed: number;

  @Field(() => Int)
  communityCounted: number;

  @Field({ description: 'Why there is no quorum, in words (empty when there is).' })
  explanation: string;
}

@ObjectType({ description: 'A statement on a meeting’s agenda, as you may see it.' })
export class AgendaItem {
  @Field(() => Int)
  position: number;

  @Field(() => Submission, { nullable: true, description: 'Null when you are conflicted with it (recused).' })
  submission: Submission | null;

  @Field({ description: 'decided, deferred or pending.' })
  state: string;

  @Field({ description: 'You are conflicted with it: you see nothing of it and do not vote on it.' })
  recused: boolean;

  @Field(() => Int, { description: 'Members recused from it.' })
  recusedCount: number;

  @Field(() => Quorum)
  quorum: Quorum;

  @Field(() => DecisionOutcomeEnum, { nullable: true })
  outcome: DecisionOutcome | null;
}

@ObjectType({ description: 'A recorded vote (shown once the motion is closed).' })
export class MotionVote {
  @Field(() => User)
  person: User;

  @Field(() => VoteChoiceEnum)
  choice: VoteChoice;
}

@ObjectType({ description: 'A motion on an agenda item: a proposed decision the members vote on.' })
export class Motion {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  submissionId: string;

  @Field()
  text: string;

  @Field(() => MotionStateEnum)
  state: MotionState;

  @Field(() => DecisionOutcomeEnum)
  proposedOutcome: DecisionOutcome;

  @Field()
  proposedOutcomeLabel: string;

  @Field(() => [String], { description: 'The conditions it proposes.' })
  conditions: string[];

  @Field(() => Int, { description: 'Votes cast so far.' })
  votesCast: number;

  @Field(() => VoteChoiceEnum, { nullable: true, description: 'Your vote, if you cast one.' })
  myVote: VoteChoice | null;

  @Field(() => Int, { nullable: true, description: 'Null while the motion is open.' })
  for: number | null;

  @Field(() => Int, { nullable: true })
  against: number | null;

  @Field(() => Int, { nullable: true })
  abstain: number | null;

  @Field(() => String, { nullable: true, description: 'Why it passed or failed, in numbers.' })
  result: string | null;

  @Field(() => [MotionVote], { description: 'Who voted how, once closed ([] while open).' })
  votes: MotionVote[];
}

@ObjectType({ description: 'What you may do in a meeting.' })
export class MeetingViewerPermissions {
  @Field({ description: 'Run it (meeting.manage).' })
  manage: boolean;

  @Field({ description: 'Check in and vote (meeting.vote).' })
  vote: boolean;
}

@ObjectType({ description: 'A convened meeting of the venue for full review.' })
export class Meeting {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => GraphQLISODateTime)
  scheduledFor: Date;

  @Field(() => MeetingStateEnum)
  state: MeetingState;

  @Field()
  requireCommunityMember: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endedAt: Date | null;

  @Field(() => [MeetingMember])
  members: MeetingMember[];

  @Field(() => [AgendaItem])
  items: AgendaItem[];

  @Field(() => AgendaItem, { nullable: true, description: 'The item being discussed (follow it by polling).' })
  currentItem: AgendaItem | null;

  @Field(() => Motion, { nullable: true, description: 'The motion open now (not shown to members recused from its item).' })
  openMotion: Motion | null;

  @Field(() => [Motion], { description: 'Every motion of the items you are not recused from, oldest first.' })
  motions: Motion[];

  @Field(() => String, { nullable: true, description: 'The minutes as a document (plain text), once the meeting ended.' })
  minutes: string | null;

  @Field(() => MeetingViewerPermissions)
  viewerCan: MeetingViewerPermissions;

  @Field({ description: 'You are checked in.' })
  viewerPresent: boolean;
}

@InputType()
export class ConveneMeetingInput {
  @Field()
  title: string;

  @Field(() => GraphQLISODateTime)
  scheduledFor: Date;

  @Field(() => [ID])
  memberIds: string[];

  @Field(() => [ID], { defaultValue: [] })
  submissionIds: string[];

  @Field({ defaultValue: true, description: 'Quorum needs at least one community member.' })
  requireCommunityMember: boolean;
}
