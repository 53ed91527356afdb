import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  approvalInPeriod,
  releaseSchedule,
  holdsSlot,
  isPermitted,
  renderCalendar,
  type Actor,
  type CalendarEvent,
  type ReleasePlanItem,
} from '@impact-review/domain';
import { AccessService, ReviewerAssignmentRepository } from '../access';
import { ApprovalRepository, type ApprovalRecord } from '../approvals';
import { Clock } from '../common/clock';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MeetingRepository } from '../meetings';
import { VenueRoleRepository } from '../memberships';
import { SubmissionAuthorRepository, SubmissionRepository, type SubmissionRecord } from '../submissions';
import { VenueRepository, type VenueRecord } from '../venues';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { calendarErrors } from './calendar.errors';

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** What one feed of the person shows: their own, or a venue's (chairs). */
export interface CalendarFeedStatus {
  venue: VenueRecord | null;
  createdAt: Date | null;
}

/**
 * Private calendar feeds (iCalendar): a person's own (their venues' deadlines, reviews they owe,
 * meetings they sit in, the continuing reviews and release dates of their approvals) and, for a
 * chair, a venue's (deadlines, meetings, every approval's continuing review, conflicts left out).
 * The address carries a random token; only its hash is stored; a new address revokes the old.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly feeds: CalendarFeedRepository,
    private readonly roles: VenueRoleRepository,
    private readonly venues: VenueRepository,
    private readonly assignments: ReviewerAssignmentRepository,
    private readonly submissions: SubmissionRepository,
    private readonly submissionAuthors: SubmissionAuthorRepository,
    private readonly approvals: ApprovalRepository,
    private readonly meetings: MeetingRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The person's feed and one per venue they chair, each with when its address was made (null: none yet). */
  async statusOf(actor: Actor): Promise<CalendarFeedStatus[]> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const own = await this.feeds.ofUser(actor.userId);
    const chaired = actor.roles.filter((r) => r.role === 'chair').map((r) => r.venueId);
    const venues = await this.venues.findByIds([...new Set(chaired)]);
    const made = (venueId: string) => own.find((f) => f.venueId === venueId)?.createdAt ?? null;
    return [{ venue: null, createdAt: made('') }, ...venues.map((venue) => ({ venue, createdAt: made(venue.id) }))];
  }

  /** A new private address (the old one stops working). A venue's feed is for its chairs. */
  async create(actor: Actor, venueId: string | null): Promise<{ url: string; createdAt: Date }> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    if (venueId !== null && !this.access.can(actor, 'venue.manage', { kind: 'venue', venueId })) fail(calendarErrors, 'NOT_A_CHAIR');
    const token = randomBytes(24).toString('base64url');
    const feed = await this.feeds.replace(actor.userId, venueId ?? '', hashOf(token), this.clock.now());
    return { url: `${this.config.publicWebUrl}/calendar/${token}.ics`, createdAt: feed.createdAt };
  }

  async revoke(actor: Actor, venueId: string | null): Promise<boolean> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    return this.feeds.remove(actor.userId, venueId ?? '');
  }

  /** The feed at this token as iCalendar text; null when there is none (or a chair's is no longer theirs). */
  async render(token: string): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
    const feed = await this.feeds.byTokenHash(hashOf(token));
    if (!feed) return null;
    const roles = await this.roles.rolesOfUser(feed.userId);
    const actor: Actor = { userId: feed.userId, roles: roles.map((r) => ({ venueId: r.venueId, role: r.role })) };
    if (feed.venueId !== '') {
      const venue = await this.venues.findById(feed.venueId);
      if (!venue || !isPermitted(actor, 'venue.manage', { kind: 'venue', venueId: venue.id })) return null;
      return renderCalendar({ name: `Impact Review: ${venue.shortName}`, generatedAt: this.clock.now(), events: await this.venueEvents(actor, venue) });
    }
    return renderCalendar({ name: 'Impact Review', generatedAt: this.clock.now(), events: await this.personalEvents(actor) });
  }

  private async personalEvents(actor: NonNullable<Actor>): Promise<CalendarEvent[]> {
    const venues = await this.venues.findByIds([...new Set(actor.roles.map((r) => r.venueId))]);
    const events: CalendarEvent[] = venues.flatMap((venue) => this.deadlines(venue));
    for (const venue of venues) {
      const owed = (await this.assignments.forReviewer(venue.id, actor.userId)).filter((a) => holdsSlot(a.state) && !a.reviewSubmittedAt);
      const titles = new Map((await this.submissions.findManyByIds(owed.map((a) => a.submissionId))).map((s) => [s.id, s]));
      for (const assignment of owed) {
        const submission = titles.get(assignment.submissionId);
        if (!submission) continue;
        events.push({
          uid: `review-${assignment.id}@impact-review`,
          summary: `Review due: ${titleOf(submission)}`,
          description: `Your review for ${venue.name} (${venue.shortName}).`,
          url: `${this.config.publicWebUrl}/submissions/${submission.id}/review`,
          start: assignment.dueAt,
        });
      }
      for (const meeting of await this.meetings.forVenue(venue.id))
        if (meeting.state !== 'ended' && meeting.members.some((m) => m.userId === actor.userId)) events.push(this.meetingEvent(venue, meeting));
    }
    const mine = await this.submissions.findManyByIds(await this.submissionAuthors.submissionIdsOf(actor.userId));
    for (const submission of mine) {
      const approval = await this.approvals.latestOf(submission.id);
      if (approval) events.push(...this.approvalEvents(approval, submission, true));
    }
    return events;
  }

  private async venueEvents(actor: NonNullable<Actor>, venue: VenueRecord): Promise<CalendarEvent[]> {
    const events = this.deadlines(venue);
    for (const meeting of await this.meetings.forVenue(venue.id)) if (meeting.state !== 'ended') events.push(this.meetingEvent(venue, meeting));
    const hidden = new Set([...(await this.access.conflictedIn(actor, venue.id)), ...(await this.submissionAuthors.submissionIdsOf(actor.userId))]);
    const latest = new Map<string, ApprovalRecord>();
    for (const approval of await this.approvals.ofVenue(venue.id))
      if (!hidden.has(approval.submissionId) && !latest.has(approval.submissionId)) latest.set(approval.submissionId, approval);
    const submissions = new Map((await this.submissions.findManyByIds([...latest.keys()])).map((s) => [s.id, s]));
    for (const approval of latest.values()) {
      const submission = submissions.get(approval.submissionId);
      if (submission) events.push(...this.approvalEvents(approval, submission, false));
    }
    return events;
  }

  private deadlines(venue: VenueRecord): CalendarEvent[] {
    return venue.deadlines.map((deadline, i) => ({
      uid: `deadline-${venue.id}-${i}@impact-review`,
      summary: `${venue.shortName}: ${deadline.label}`,
      description: `${venue.name}: ${deadline.label} (${deadline.dueLocal.replace('T', ' ')} ${venue.timeZone}).`,
      url: `${this.config.publicWebUrl}/venues/${venue.id}`,
      start: deadline.dueAt,
    }));
  }

  private meetingEvent(venue: VenueRecord, meeting: { id: string; title: string; scheduledFor: Date }): CalendarEvent {
    return {
      uid: `meeting-${meeting.id}@impact-review`,
      summary: `Meeting: ${meeting.title}`,
      description: `${venue.name} (${venue.shortName}).`,
      url: `${this.config.publicWebUrl}/venues/${venue.id}/meetings/${meeting.id}`,
      start: meeting.scheduledFor,
    };
  }

  /** An approval's continuing review while it holds; for its authors also the release dates it allows. */
  private approvalEvents(approval: ApprovalRecord, submission: SubmissionRecord, withReleases: boolean): CalendarEvent[] {
    const holds = approvalInPeriod(approval.state);
    if (!holds) return [];
    const url = `${this.config.publicWebUrl}/submissions/${submission.id}`;
    const title = titleOf(submission);
    const events: CalendarEvent[] = [];
    if (approval.expiresAt)
      events.push({
        uid: `approval-${approval.id}-expiry-${approval.expiresAt.getTime()}@impact-review`,
        summary: `Continuing review due: ${title}`,
        description: 'The approval lapses at this time unless the committee decides its continuing review.',
        url,
        start: approval.expiresAt,
      });
    if (!withReleases) return events;
    const names = new Map([...(submission.submitted?.artifacts ?? []), ...approval.addedArtifacts].map((a) => [a.key, a.name]));
    // The days UTC (an all-day entry has no zone); each release point says whether its gate passed.
    const dayOf = (at: Date) => at.toISOString().slice(0, 10);
    const points = releaseSchedule({
      plan: approval.releasePlan as ReleasePlanItem[],
      approval,
      approvedOn: dayOf(approval.approvedAt),
      openings: approval.stageOpenings,
      today: dayOf(this.clock.now()),
      dayOf,
    });
    for (const point of points) {
      // A held release (suspended artifact) has no release date until the approval is reinstated.
      if (!point.date || point.status === 'held' || point.status === 'withheld') continue;
      const name = names.get(point.artifactKey) ?? point.artifactKey;
      const staged = point.stage !== null;
      events.push({
        uid: staged ? `approval-${approval.id}-stage-${point.artifactKey}-${point.stage}@impact-review` : `approval-${approval.id}-release-${point.artifactKey}@impact-review`,
        summary: `${staged ? 'Release stage' : 'Release'}: ${name} (${title})`,
        description: `${point.label}. ${point.reason}`,
        url,
        start: point.date,
      });
    }
    return events;
  }
}

function titleOf(submission: SubmissionRecord): string {
  return submission.submitted?.title ?? submission.draft?.title ?? 'Untitled';
}
