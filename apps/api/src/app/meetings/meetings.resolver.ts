import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DECISION_OUTCOME_LABELS, type DecisionOutcome, type VoteChoice } from '@impact-review/domain';
import { Ctx } from '../common/graphql/current-actor.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { DecisionInput } from '../decisions/dto/decision.input';
import type { DecisionInputValue } from '../decisions';
import { Submission, toSubmission } from '../submissions';
import { userById, UserRepository, type User } from '../users';
import { userInVenue, Venue } from '../venues';
import { AccessService } from '../access';
import type { MeetingRecord } from './meeting.repository';
import { MeetingsService, type ItemView, type MotionView } from './meetings.service';
import { AgendaItem, ConveneMeetingInput, Meeting, Motion, VoteChoiceEnum } from './models/meeting.model';

/** Meetings: followed by their members (polling), run by the venue's chairs. */
@Resolver(() => Meeting)
export class MeetingResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly users: UserRepository,
    private readonly access: AccessService,
  ) {}

  @Query(() => Meeting, { description: 'A meeting (its members and the venue’s chairs); NOT_FOUND for everyone else.' })
  async meeting(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return this.toMeeting(await this.meetings.visible(ctx.actor, id), ctx);
  }

  @Mutation(() => Meeting, {
    description: 'Convenes a meeting with members and an agenda of statements awaiting a full-review decision (chairs); members are mailed. BAD_USER_INPUT with paths.',
  })
  async conveneMeeting(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('input', { type: () => ConveneMeetingInput }) input: ConveneMeetingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Meeting> {
    return this.toMeeting(await this.meetings.convene(ctx.actor, venueId, input), ctx);
  }

  @Mutation(() => Meeting, { description: 'Starts the meeting (chairs).' })
  async startMeeting(@Args('meetingId', { type: () => ID }) meetingId: string, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return this.toMeeting(await this.meetings.start(ctx.actor, meetingId), ctx);
  }

  @Mutation(() => Meeting, { description: 'Marks a member present or absent (chairs for anyone; a member checks in themself).' })
  async setAttendance(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('present') present: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Meeting> {
    return this.toMeeting(await this.meetings.attendance(ctx.actor, meetingId, userId, present), ctx);
  }

  @Mutation(() => Meeting, { description: 'Takes up an agenda item: members conflicted with it are recused automatically (chairs).' })
  async takeAgendaItem(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Meeting> {
    return this.toMeeting(await this.meetings.takeItem(ctx.actor, meetingId, submissionId), ctx);
  }

  @Mutation(() => Meeting, { description: 'Defers an agenda item to a later meeting (chairs).' })
  async deferAgendaItem(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Meeting> {
    return this.toMeeting(await this.meetings.deferItem(ctx.actor, meetingId, submissionId), ctx);
  }

  @Mutation(() => Meeting, {
    description:
      'Opens a motion on the current item proposing a decision, checked as a decision is (chairs not conflicted with it; needs quorum: CONFLICT with the reason otherwise).',
  })
  async openMotion(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('text') text: string,
    @Args('decision', { type: () => DecisionInput }) decision: DecisionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Meeting> {
    await this.meetings.openMotion(ctx.actor, meetingId, text, decision as DecisionInputValue);
    return this.toMeeting(await this.meetings.visible(ctx.actor, meetingId), ctx);
  }

  @Mutation(() => Meeting, { description: 'Your vote on the open motion (members present and not recused; the last vote counts).' })
  async castVote(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('motionId', { type: () => ID }) motionId: string,
    @Args('choice', { type: () => VoteChoiceEnum }) choice: VoteChoice,
    @Ctx() ctx: RequestContext,
  ): Promise<Meeting> {
    await this.meetings.vote(ctx.actor, meetingId, motionId, choice);
    return this.toMeeting(await this.meetings.visible(ctx.actor, meetingId), ctx);
  }

  @Mutation(() => Meeting, {
    description:
      'Closes (or withdraws) the open motion: it passes with a majority of the members present for the item, and a passed motion records the decision (chairs).',
  })
  async closeMotion(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('motionId', { type: () => ID }) motionId: string,
    @Args('withdraw', { defaultValue: false }) withdraw: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Meeting> {
    await this.meetings.closeMotion(ctx.actor, meetingId, motionId, withdraw);
    return this.toMeeting(await this.meetings.visible(ctx.actor, meetingId), ctx);
  }

  @Mutation(() => Meeting, { description: 'Ends the meeting and writes its minutes (chairs).' })
  async endMeeting(@Args('meetingId', { type: () => ID }) meetingId: string, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return this.toMeeting(await this.meetings.end(ctx.actor, meetingId), ctx);
  }

  private async person(ctx: RequestContext, userId: string, venueId: string): Promise<User> {
    const user = await ctx.loaders.of(userById, this.users).load(userId);
    return user ? userInVenue(ctx.actor, user, venueId) : { id: userId, name: 'Former member', email: null };
  }

  private toItem(view: ItemView, ctx: RequestContext): AgendaItem {
    return {
      position: view.position,
      submission: view.submission ? toSubmission(view.submission, ctx.actor) : null,
      state: view.item.state,
      recused: view.recusedFromIt,
      recusedCount: view.item.recusedUserIds.length,
      quorum: view.quorum,
      outcome: view.recusedFromIt ? null : ((view.item.outcome as DecisionOutcome | null) ?? null),
    };
  }

  private async toMotion(view: MotionView, ctx: RequestContext, venueId: string): Promise<Motion> {
    const { motion, votes } = view;
    const proposal = motion.proposal as unknown as DecisionInputValue;
    const closed = motion.state !== 'open';
    return {
      id: motion.id,
      submissionId: motion.submissionId,
      text: motion.text,
      state: motion.state,
      proposedOutcome: proposal.outcome,
      proposedOutcomeLabel: DECISION_OUTCOME_LABELS[proposal.outcome],
      conditions: (proposal.conditions ?? []).map((c) => c.text),
      votesCast: votes.length,
      myVote: votes.find((v) => v.userId === ctx.actor?.userId)?.choice ?? null,
      for: closed ? (motion.result?.for ?? 0) : null,
      against: closed ? (motion.result?.against ?? 0) : null,
      abstain: closed ? (motion.result?.abstain ?? 0) : null,
      result: motion.result?.reason ?? null,
      votes: closed ? await Promise.all(votes.map(async (v) => ({ person: await this.person(ctx, v.userId, venueId), choice: v.choice }))) : [],
    };
  }

  private async toMeeting(meeting: MeetingRecord, ctx: RequestContext): Promise<Meeting> {
    const [items, motions] = await Promise.all([this.meetings.items(ctx.actor, meeting), this.meetings.motions(ctx.actor, meeting)]);
    const target = { kind: 'meeting' as const, venueId: meeting.venueId, memberIds: meeting.members.map((m) => m.userId) };
    const current = items.find((i) => i.item.submissionId === meeting.currentSubmissionId) ?? null;
    const open = motions.find((m) => m.motion.id === meeting.openMotionId) ?? null;
    return {
      id: meeting.id,
      title: meeting.title,
      scheduledFor: meeting.scheduledFor,
      state: meeting.state,
      requireCommunityMember: meeting.requireCommunityMember,
      startedAt: meeting.startedAt,
      endedAt: meeting.endedAt,
      members: await Promise.all(
        meeting.members.map(async (m) => ({ person: await this.person(ctx, m.userId, meeting.venueId), community: m.community, voting: m.voting, present: meeting.presentIds.includes(m.userId) })),
      ),
      items: items.map((i) => this.toItem(i, ctx)),
      currentItem: current ? this.toItem(current, ctx) : null,
      openMotion: open ? await this.toMotion(open, ctx, meeting.venueId) : null,
      motions: await Promise.all(motions.map((m) => this.toMotion(m, ctx, meeting.venueId))),
      minutes: await this.meetings.minutesFor(ctx.actor, meeting),
      viewerCan: { manage: this.access.can(ctx.actor, 'meeting.manage', target), vote: this.access.can(ctx.actor, 'meeting.vote', target) },
      viewerPresent: ctx.actor !== null && meeting.presentIds.includes(ctx.actor.userId),
    };
  }
}

/** A venue's meetings and the statements awaiting a full-review decision. */
@Resolver(() => Venue)
export class VenueMeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly meetingResolver: MeetingResolver,
  ) {}

  @ResolveField(() => [Meeting], { description: 'Its meetings you may follow (chairs: all; members: theirs), newest first.' })
  async meetings(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<Meeting[]> {
    const records = await this.service.ofVenue(ctx.actor, venue.id);
    return Promise.all(records.map((m) => this.meetingResolver.meeting(m.id, ctx)));
  }

  @ResolveField(() => [Submission], { description: 'Statements awaiting a full-review decision, for an agenda (chairs; [] for everyone else).' })
  async meetingCandidates(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<Submission[]> {
    return (await this.service.candidates(ctx.actor, venue.id)).map((s) => toSubmission(s, ctx.actor));
  }
}
