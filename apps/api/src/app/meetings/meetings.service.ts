import { Inject, Injectable } from '@nestjs/common';
import {
  DECISION_OUTCOME_LABELS,
  isConflicted,
  minutesAsText,
  minutesOf,
  motionOutcome,
  quorumFor,
  tierRank,
  validateMeeting,
  validateMotionText,
  voteRefusal,
  type Actor,
  type DecisionOutcome,
  type MeetingTarget,
  type QuorumVerdict,
  type VoteChoice,
} from '@impact-review/domain';
import { AccessService, AgendaMembershipRepository } from '../access';
import { AuditLog } from '../audit';
import { auditEvent } from '../audit/pending-events';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { DecisionsService, type DecisionInputValue } from '../decisions';
import { MailService, meetingInvitationMail } from '../mail';
import { VenueRoleRepository } from '../memberships';
import { SubmissionAuthorRepository, SubmissionRepository, type SubmissionRecord } from '../submissions';
import { UserRepository } from '../users';
import { VenueRepository } from '../venues';
import { MeetingRepository, type MeetingRecord, type MotionRecord, type VoteRecord } from './meeting.repository';
import type { AgendaItemDocument } from './meeting.schema';
import { meetingErrors } from './meetings.errors';

export interface ConveneInput {
  title: string;
  scheduledFor: Date;
  memberIds: string[];
  submissionIds: string[];
  requireCommunityMember: boolean;
}

/** One agenda item as a reader may see it: the statement unless they are conflicted with it. */
export interface ItemView {
  position: number;
  item: AgendaItemDocument;
  submission: SubmissionRecord | null;
  recusedFromIt: boolean;
  quorum: QuorumVerdict;
}

export interface MotionView {
  motion: MotionRecord;
  votes: VoteRecord[];
}

const target = (meeting: MeetingRecord): MeetingTarget => ({ kind: 'meeting', venueId: meeting.venueId, memberIds: meeting.members.map((m) => m.userId) });

/**
 * Convened meetings for full review: a chair convenes members with an agenda, runs the meeting
 * (attendance, the current item with its automatic recusals, motions), members vote, a passed
 * motion records the decision, and the end writes the minutes. Members follow it by polling.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly agendas: AgendaMembershipRepository,
    private readonly submissions: SubmissionRepository,
    private readonly submissionAuthors: SubmissionAuthorRepository,
    private readonly roles: VenueRoleRepository,
    private readonly venues: VenueRepository,
    private readonly users: UserRepository,
    private readonly decisions: DecisionsService,
    private readonly mail: MailService,
    private readonly access: AccessService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // --- Reading ---

  async visible(actor: Actor, id: string): Promise<MeetingRecord> {
    const meeting = await this.meetings.findById(id);
    if (!meeting || !this.access.can(actor, 'meeting.view', target(meeting))) return this.access.notFound('meeting');
    return meeting;
  }

  /** The venue's meetings the actor may follow (chairs: all; members: theirs). */
  async ofVenue(actor: Actor, venueId: string): Promise<MeetingRecord[]> {
    return (await this.meetings.forVenue(venueId)).filter((m) => this.access.can(actor, 'meeting.view', target(m)));
  }

  /** Statements awaiting a full-review decision, for a chair building an agenda (never their own or conflicted ones). */
  async candidates(actor: Actor, venueId: string): Promise<SubmissionRecord[]> {
    if (!actor || !this.access.can(actor, 'meeting.convene', { kind: 'venue', venueId })) return [];
    const [page, conflicted, own] = await Promise.all([
      this.submissions.findPageForVenue({ venueId, tier: 'full', tierStatus: null, phase: null, sort: { field: 'title', direction: 'asc' }, offset: 0, limit: 100 }),
      this.access.conflictedIn(actor, venueId),
      this.submissionAuthors.submissionIdsOf(actor.userId),
    ]);
    const hidden = new Set([...conflicted, ...own]);
    return page.items.filter(
      (s) => !hidden.has(s.id) && s.tierRank === tierRank('full') && (s.tierStatus === 'confirmed' || s.tierStatus === 'overridden') && s.decisionSentForVersion !== s.latestVersionNumber,
    );
  }

  async items(actor: Actor, meeting: MeetingRecord): Promise<ItemView[]> {
    const records = new Map((await this.submissions.findManyByIds(meeting.items.map((i) => i.submissionId))).map((s) => [s.id, s]));
    const views: ItemView[] = [];
    for (const [position, item] of meeting.items.entries()) {
      const record = records.get(item.submissionId) ?? null;
      const facts = record ? await this.access.submission(record) : null;
      const sees = facts !== null && this.access.can(actor, 'submission.view', facts);
      // Conflicted (an author, or a declared conflict): recused, and shown nothing of the item. After
      // the meeting the others keep its record in the minutes, though the statement itself is closed.
      const conflicted = facts === null || isConflicted(actor, facts);
      views.push({
        position: position + 1,
        item,
        submission: sees ? record : null,
        recusedFromIt: conflicted,
        quorum: quorumFor({
          members: meeting.members,
          present: new Set(meeting.presentIds),
          recused: new Set(item.recusedUserIds),
          requireCommunityMember: meeting.requireCommunityMember,
        }),
      });
    }
    return views;
  }

  /**
   * The minutes as `actor` may read them: the record of an item they are recused from (or may not
   * see) is left out, so that a conflicted member never learns its discussion or decision here.
   */
  async minutesFor(actor: Actor, meeting: MeetingRecord): Promise<string | null> {
    if (!meeting.minutes) return null;
    const items = await this.items(actor, meeting);
    const general = meeting.minutes.sections.length - meeting.items.length;
    const sections = meeting.minutes.sections.map((section, i) => {
      const item = items[i - general];
      if (i < general || !item || !item.recusedFromIt) return section;
      return { heading: `Item ${item.position}`, lines: ['You were recused from this item: its record is not shown to you.'] };
    });
    return minutesAsText({ title: meeting.minutes.title, sections });
  }

  /** The motions of the meeting with their votes, for items the actor is not recused from. */
  async motions(actor: Actor, meeting: MeetingRecord): Promise<MotionView[]> {
    const visibleItems = new Set((await this.items(actor, meeting)).filter((i) => !i.recusedFromIt).map((i) => i.item.submissionId));
    const motions = (await this.meetings.motionsOf(meeting.id)).filter((m) => visibleItems.has(m.submissionId));
    const votes = await this.meetings.votesOf(motions.map((m) => m.id));
    return motions.map((motion) => ({ motion, votes: votes.filter((v) => v.motionId === motion.id) }));
  }

  // --- Running the meeting ---

  async convene(actor: Actor, venueId: string, input: ConveneInput): Promise<MeetingRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const venue = await this.venues.findById(venueId);
    if (!venue) return fail(meetingErrors, 'VENUE_NOT_FOUND');
    this.access.require(actor, 'meeting.convene', { kind: 'venue', venueId });
    const errors = validateMeeting(input);
    const grants = await this.roles.membersOfVenue(venueId);
    const rolesOf = (userId: string) => grants.filter((g) => g.userId === userId).map((g) => g.role);
    input.memberIds.forEach((userId, i) => {
      const roles = rolesOf(userId);
      if (!roles.some((r) => r === 'chair' || r === 'expert_reviewer' || r === 'community_reviewer'))
        errors.push({ path: `memberIds.${i}`, message: 'Members are the venue’s chairs and reviewers.' });
    });
    const candidates = new Set((await this.candidates(actor, venueId)).map((s) => s.id));
    input.submissionIds.forEach((id, i) => {
      if (!candidates.has(id)) errors.push({ path: `submissionIds.${i}`, message: 'This statement is not awaiting a full-review decision you may take.' });
    });
    if (errors.length > 0) fail(meetingErrors, 'INVALID_MEETING', errors);
    const members = input.memberIds.map((userId) => {
      const roles = rolesOf(userId);
      return { userId, community: roles.includes('community_reviewer') && !roles.includes('expert_reviewer'), voting: true };
    });
    const event = auditEvent({
      venueId,
      kind: 'meeting.convened',
      objectType: 'meeting',
      objectId: venueId,
      actorId: actor.userId,
      summary: { title: input.title.trim(), scheduledFor: input.scheduledFor, members: members.length, items: input.submissionIds.length },
    });
    const meeting = await this.meetings.create(
      {
        venueId,
        title: input.title.trim(),
        scheduledFor: input.scheduledFor,
        state: 'scheduled',
        members,
        presentIds: [],
        joinedAt: {},
        items: input.submissionIds.map((submissionId) => ({ submissionId, state: 'pending', recusedUserIds: [], outcome: null })),
        currentSubmissionId: null,
        openMotionId: null,
        requireCommunityMember: input.requireCommunityMember,
        startedAt: null,
        endedAt: null,
        minutes: null,
        createdById: actor.userId,
      },
      [event],
    );
    await this.audit.recorded('meetings', meeting.id, [event]);
    await this.agendas.replaceForMeeting(meeting.id, venueId, input.submissionIds, input.memberIds);
    const people = await this.users.findByIds(input.memberIds);
    for (const person of people)
      await this.mail.enqueue({
        key: `meeting-invitation:${meeting.id}:${person.id}`,
        to: person.email,
        content: meetingInvitationMail({
          recipientName: person.name,
          venue: { name: venue.name, shortName: venue.shortName },
          title: meeting.title,
          scheduledFor: meeting.scheduledFor,
          items: meeting.items.length,
          meetingLink: `${this.publicUrl()}/venues/${venueId}/meetings/${meeting.id}`,
        }),
        venueId,
      });
    return meeting;
  }

  async start(actor: Actor, id: string): Promise<MeetingRecord> {
    const meeting = await this.managed(actor, id);
    if (meeting.state !== 'scheduled') fail(meetingErrors, 'ALREADY_STARTED');
    return this.change(actor, meeting, { state: 'scheduled' }, { $set: { state: 'in_session', startedAt: this.clock.now() } }, 'meeting.started', {});
  }

  /** Marks a member present or absent: chairs for anyone, a member for themself. */
  async attendance(actor: Actor, id: string, userId: string, present: boolean): Promise<MeetingRecord> {
    const meeting = await this.visible(actor, id);
    const self = actor?.userId === userId;
    if (!(this.access.can(actor, 'meeting.manage', target(meeting)) || (self && this.access.can(actor, 'meeting.vote', target(meeting)))))
      this.access.require(actor, 'meeting.manage', target(meeting));
    if (meeting.state !== 'in_session') fail(meetingErrors, 'NOT_IN_SESSION');
    if (!meeting.members.some((m) => m.userId === userId)) fail(meetingErrors, 'NOT_A_MEMBER');
    const update = present
      ? { $addToSet: { presentIds: userId }, $set: { [`joinedAt.${userId}`]: this.clock.now() } }
      : { $pull: { presentIds: userId } };
    return this.change(actor, meeting, { state: 'in_session' }, update, 'meeting.attendance', { userId, present });
  }

  /** Takes up an agenda item: it becomes current, with its conflicted members recused. */
  async takeItem(actor: Actor, id: string, submissionId: string): Promise<MeetingRecord> {
    const meeting = await this.managed(actor, id);
    if (meeting.state !== 'in_session') fail(meetingErrors, 'NOT_IN_SESSION');
    if (meeting.openMotionId) fail(meetingErrors, 'MOTION_OPEN');
    const index = meeting.items.findIndex((i) => i.submissionId === submissionId);
    const submission = index >= 0 ? await this.submissions.findById(submissionId) : null;
    if (!submission) return fail(meetingErrors, 'NOT_ON_AGENDA');
    const facts = await this.access.submission(submission);
    // Authors and everyone with a declared conflict are recused: off the item, not counted.
    const recused = meeting.members.map((m) => m.userId).filter((userId) => isConflicted({ userId, roles: [] }, facts));
    const items = meeting.items.map((item, i) => (i === index ? { ...item, recusedUserIds: recused } : item));
    return this.change(actor, meeting, { revision: meeting.revision }, { $set: { items, currentSubmissionId: submissionId } }, 'meeting.item_taken', {
      submissionId,
      recused: items[index]?.recusedUserIds.length ?? 0,
    });
  }

  async deferItem(actor: Actor, id: string, submissionId: string): Promise<MeetingRecord> {
    const meeting = await this.managed(actor, id);
    if (meeting.openMotionId) fail(meetingErrors, 'MOTION_OPEN');
    if (!meeting.items.some((i) => i.submissionId === submissionId)) fail(meetingErrors, 'NOT_ON_AGENDA');
    const items = meeting.items.map((item) => (item.submissionId === submissionId && item.state === 'pending' ? { ...item, state: 'deferred' as const } : item));
    return this.change(
      actor,
      meeting,
      { revision: meeting.revision },
      { $set: { items, currentSubmissionId: meeting.currentSubmissionId === submissionId ? null : meeting.currentSubmissionId } },
      'meeting.item_deferred',
      { submissionId },
    );
  }

  /** Opens a motion on the current item proposing a decision (checked now); needs quorum. */
  async openMotion(actor: Actor, id: string, text: string, proposal: DecisionInputValue): Promise<MotionRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const meeting = await this.managed(actor, id);
    if (meeting.state !== 'in_session') fail(meetingErrors, 'NOT_IN_SESSION');
    if (meeting.openMotionId) fail(meetingErrors, 'MOTION_OPEN');
    const item = meeting.items.find((i) => i.submissionId === meeting.currentSubmissionId);
    const submission = item ? await this.submissions.findById(item.submissionId) : null;
    if (!item || !submission) return fail(meetingErrors, 'NOT_ON_AGENDA');
    // Only a chair who may decide on the statement puts a motion on it.
    this.access.require(actor, 'decision.record', await this.access.submission(submission));
    const quorum = quorumFor({ members: meeting.members, present: new Set(meeting.presentIds), recused: new Set(item.recusedUserIds), requireCommunityMember: meeting.requireCommunityMember });
    if (!quorum.met) fail(meetingErrors, 'NO_QUORUM', [{ path: 'quorum', message: quorum.explanation }]);
    const errors = [...validateMotionText(text), ...(await this.decisions.problemsOfProposal(submission, proposal))];
    if (errors.length > 0) fail(meetingErrors, 'INVALID_MOTION', errors);
    const motionId = this.meetings.newMotionId();
    const now = this.clock.now();
    await this.change(actor, meeting, { openMotionId: null, currentSubmissionId: item.submissionId }, { $set: { openMotionId: motionId } }, 'meeting.motion_opened', {
      submissionId: item.submissionId,
      motionId,
      outcome: proposal.outcome,
    });
    return this.meetings.createMotion(motionId, {
      meetingId: meeting.id,
      venueId: meeting.venueId,
      submissionId: item.submissionId,
      text: text.trim(),
      proposal: proposal as unknown as Record<string, unknown>,
      state: 'open',
      proposedById: actor.userId,
      openedAt: now,
      closedAt: null,
      result: null,
    });
  }

  /** A member's vote on the open motion (changed freely while it is open). */
  async vote(actor: Actor, id: string, motionId: string, choice: VoteChoice): Promise<MotionRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const meeting = await this.visible(actor, id);
    this.access.require(actor, 'meeting.vote', target(meeting));
    const motion = await this.meetings.motion(motionId);
    const item = meeting.items.find((i) => i.submissionId === motion?.submissionId);
    const member = meeting.members.find((m) => m.userId === actor.userId);
    const refusal = voteRefusal({
      member: member !== undefined,
      voting: member?.voting ?? false,
      present: meeting.presentIds.includes(actor.userId),
      recused: item?.recusedUserIds.includes(actor.userId) ?? true,
      motionOpen: motion !== null && motion.state === 'open' && meeting.openMotionId === motion.id && motion.meetingId === meeting.id,
    });
    if (refusal || !motion) return fail(meetingErrors, 'CANNOT_VOTE', [{ path: 'choice', message: refusal ?? 'There is no open motion to vote on.' }]);
    const now = this.clock.now();
    await this.meetings.vote(motion.id, meeting.id, actor.userId, choice, now);
    const event = auditEvent({ venueId: meeting.venueId, kind: 'meeting.vote_cast', objectType: 'meeting', objectId: meeting.id, actorId: actor.userId, summary: { motionId, choice }, at: now });
    await this.change(actor, meeting, {}, {}, null, {}, [event]);
    return motion;
  }

  /**
   * Closes the open motion: it passes with a majority of the members present and counted (not
   * merely more for than against), and a passed motion records the decision.
   */
  async closeMotion(actor: Actor, id: string, motionId: string, withdraw = false): Promise<MotionRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const meeting = await this.managed(actor, id);
    const motion = await this.meetings.motion(motionId);
    if (!motion || motion.state !== 'open' || meeting.openMotionId !== motion.id) return fail(meetingErrors, 'NO_OPEN_MOTION');
    const item = meeting.items.find((i) => i.submissionId === motion.submissionId);
    const submission = await this.submissions.findById(motion.submissionId);
    if (!item || !submission) return fail(meetingErrors, 'NOT_ON_AGENDA');
    this.access.require(actor, 'decision.record', await this.access.submission(submission));
    const votes = await this.meetings.votesOf([motion.id]);
    const facts = { members: meeting.members, present: new Set(meeting.presentIds), recused: new Set(item.recusedUserIds), requireCommunityMember: meeting.requireCommunityMember };
    const verdict = motionOutcome(facts, new Map(votes.map((v) => [v.userId, v.choice])));
    const now = this.clock.now();
    const state = withdraw ? 'withdrawn' : verdict.passes ? 'passed' : 'failed';
    const result = { passed: !withdraw && verdict.passes, reason: withdraw ? 'Withdrawn.' : verdict.explanation, for: verdict.for, against: verdict.against, abstain: verdict.abstain };
    const event = auditEvent({ venueId: meeting.venueId, kind: 'meeting.motion_closed', objectType: 'meeting', objectId: meeting.id, actorId: actor.userId, summary: { motionId, state, ...result }, at: now });
    const closed = await this.meetings.closeMotion(motion.id, state, result, now, [event]);
    if (!closed) return fail(meetingErrors, 'NO_OPEN_MOTION');
    await this.audit.recorded('meeting_motions', closed.id, [event]);
    let items = meeting.items;
    if (result.passed) {
      const proposal = motion.proposal as unknown as DecisionInputValue;
      await this.decisions.record(actor, submission.id, submission.revision, proposal, meeting.id);
      items = meeting.items.map((i) => (i.submissionId === submission.id ? { ...i, state: 'decided' as const, outcome: proposal.outcome } : i));
    }
    await this.meetings.change(meeting.id, { openMotionId: motion.id }, { $set: { openMotionId: null, items } }, []);
    return closed;
  }

  /** Ends the meeting and writes its minutes from what was recorded. */
  async end(actor: Actor, id: string): Promise<MeetingRecord> {
    const meeting = await this.managed(actor, id);
    if (meeting.state !== 'in_session') fail(meetingErrors, 'NOT_IN_SESSION');
    if (meeting.openMotionId) fail(meetingErrors, 'MOTION_OPEN');
    const endedAt = this.clock.now();
    const minutes = await this.minutes({ ...meeting, endedAt });
    const ended = await this.change(actor, meeting, { state: 'in_session', openMotionId: null }, { $set: { state: 'ended', endedAt, currentSubmissionId: null, minutes } }, 'meeting.ended', {
      items: meeting.items.length,
    });
    await this.agendas.removeMeeting(meeting.id);
    return ended;
  }

  private async minutes(meeting: MeetingRecord): Promise<NonNullable<MeetingRecord['minutes']>> {
    const [venue, people, records, motions] = await Promise.all([
      this.venues.findById(meeting.venueId),
      this.users.findByIds(meeting.members.map((m) => m.userId)),
      this.submissions.findManyByIds(meeting.items.map((i) => i.submissionId)),
      this.meetings.motionsOf(meeting.id),
    ]);
    const votes = await this.meetings.votesOf(motions.map((m) => m.id));
    const names = new Map(people.map((p) => [p.id, p.name]));
    const titles = new Map(records.map((r) => [r.id, r.submitted?.title ?? 'Untitled statement']));
    const document = minutesOf({
      meeting: {
        title: meeting.title,
        venueName: venue?.name ?? '',
        scheduledFor: meeting.scheduledFor.toISOString(),
        startedAt: (meeting.startedAt ?? meeting.scheduledFor).toISOString(),
        endedAt: meeting.endedAt?.toISOString() ?? null,
        timeZone: venue?.timeZone ?? 'UTC',
      },
      members: meeting.members.map((m) => ({ userId: m.userId, name: names.get(m.userId) ?? 'Former member', community: m.community, voting: m.voting })),
      attendance: meeting.presentIds.map((userId) => ({ userId, joinedAt: meeting.joinedAt[userId] ? new Date(meeting.joinedAt[userId] as Date).toISOString() : null })),
      items: meeting.items.map((item) => ({
        submissionTitle: titles.get(item.submissionId) ?? 'Untitled statement',
        recusedUserIds: item.recusedUserIds,
        motions: motions
          .filter((m) => m.submissionId === item.submissionId && m.state !== 'open')
          .map((m) => ({
            text: m.text,
            proposedOutcome: DECISION_OUTCOME_LABELS[(m.proposal as { outcome: DecisionOutcome }).outcome],
            votes: votes.filter((v) => v.motionId === m.id).map((v) => ({ userId: v.userId, choice: v.choice })),
            result: { passed: m.result?.passed ?? false, reason: m.result?.reason ?? '' },
          })),
        outcome: item.outcome ? DECISION_OUTCOME_LABELS[item.outcome as DecisionOutcome] : null,
      })),
      requireCommunityMember: meeting.requireCommunityMember,
    });
    return { title: document.title, sections: document.sections.map((s) => ({ heading: s.heading, lines: [...s.lines] })), text: minutesAsText(document) };
  }

  private async managed(actor: Actor, id: string): Promise<MeetingRecord> {
    const meeting = await this.visible(actor, id);
    this.access.require(actor, 'meeting.manage', target(meeting));
    return meeting;
  }

  /** One guarded change with its log event; STALE when the meeting moved under it. */
  private async change(
    actor: Actor,
    meeting: MeetingRecord,
    filter: Record<string, unknown>,
    update: Record<string, unknown>,
    kind: Parameters<typeof auditEvent>[0]['kind'] | null,
    summary: Record<string, unknown>,
    extra: ReturnType<typeof auditEvent>[] = [],
  ): Promise<MeetingRecord> {
    const events = [
      ...(kind ? [auditEvent({ venueId: meeting.venueId, kind, objectType: 'meeting', objectId: meeting.id, actorId: actor?.userId ?? null, summary })] : []),
      ...extra,
    ];
    const changed = await this.meetings.change(meeting.id, filter, update, events);
    if (!changed) return fail(meetingErrors, 'STALE');
    await this.audit.recorded('meetings', changed.id, events);
    return changed;
  }

  private publicUrl(): string {
    return this.config.publicWebUrl;
  }
}
