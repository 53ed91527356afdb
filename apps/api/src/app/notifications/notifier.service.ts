import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  APPROVAL_ACTION_LABELS,
  APPROVAL_STATE_LABELS,
  approvalConsequence,
  isRequiredNotice,
  type ApprovalAction,
  type ApprovalNoticeRecipient,
  type ApprovalState,
  digestDayOf,
  groupDigestItems,
  labelOf,
  NOTIFICATION_KIND_LABELS,
  nextDigestAt,
  REVIEWER_KIND_LABELS,
  type ReviewerKind,
  type SubmissionPhase,
  type Tier,
  type VenueRole,
} from '@impact-review/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobQueue, type JobContext } from '../jobs';
import { MailService, type MailContent, approvalChangedMail, approvalExpiringMail, continuingReviewReportMail, amendmentMail, incidentReportedMail, revisionToReviewMail, authorRespondedMail, discussionCommentMail, reviewReminderMail, reviewsReleasedMail, reviewSubmittedMail, assignmentDeclinedMail, reviewerAssignedMail, dailyDigestMail, invitationAnsweredMail, submissionRegisteredMail, tierDecidedMail, versionSubmittedMail, type NotificationFooter } from '../mail';
import { AccessService } from '../access';
import { AuditLog } from '../audit';
import { VenueRoleRepository } from '../memberships';
import { UserRepository, type UserRecord } from '../users';
import { VenueRepository, type VenueRecord } from '../venues';
import { DigestItemRepository } from './digest-item.repository';
import { NotificationSettingsService } from './notification-settings.service';

interface SubmissionFacts {
  venueId: string;
  submissionId: string;
  title: string;
  /** The authors at the time of the change: the people told about it. */
  authorIds: string[];
  actorId: string;
}

/** What every notice about an approval carries. */
interface ApprovalFacts {
  venueId: string;
  submissionId: string;
  authorIds: string[];
  phase: SubmissionPhase;
  title: string;
  approvalId: string;
  actorId: string | null;
}

/** A change people may be told about; `key` names the change, so it is announced once. */
export type NotificationEvent =
  | ({ kind: 'submission_registered' } & SubmissionFacts)
  | ({ kind: 'version_submitted'; versionNumber: number; submittedAt: string } & SubmissionFacts)
  | ({
      kind: 'tier_decided';
      versionNumber: number;
      tier: Tier;
      outcome: 'confirmed' | 'overridden';
      reason: string;
      decidedAt: string;
    } & SubmissionFacts)
  | {
      kind: 'invitation_answered';
      venueId: string;
      invitationId: string;
      inviterId: string;
      inviteeName: string;
      inviteeEmail: string;
      role: VenueRole;
      answer: 'accepted' | 'declined';
      actorId: string | null;
    }
  | {
      kind: 'reviewer_assigned';
      venueId: string;
      submissionId: string;
      authorIds: string[];
      phase: SubmissionPhase;
      assignmentId: string;
      title: string;
      reviewerId: string;
      reviewerKind: ReviewerKind;
      dueAt: string;
      actorId: string | null;
    }
  | {
      kind: 'assignment_declined';
      venueId: string;
      submissionId: string;
      authorIds: string[];
      phase: SubmissionPhase;
      assignmentId: string;
      title: string;
      reviewerId: string;
      reason: string;
      actorId: string | null;
    }
  | {
      kind: 'review_submitted';
      venueId: string;
      submissionId: string;
      authorIds: string[];
      phase: SubmissionPhase;
      title: string;
      reviewerKind: ReviewerKind;
      version: number;
      actorId: string | null;
    }
  | {
      kind: 'reviews_released';
      venueId: string;
      submissionId: string;
      authorIds: string[];
      title: string;
      releasedAt: string;
      actorId: string | null;
    }
  | {
      kind: 'discussion_comment';
      venueId: string;
      submissionId: string;
      authorIds: string[];
      phase: SubmissionPhase;
      title: string;
      commentId: string;
      mentions: string[];
      actorId: string | null;
    }
  | {
      kind: 'author_responded';
      venueId: string;
      submissionId: string;
      authorIds: string[];
      phase: SubmissionPhase;
      title: string;
      revision: number;
      actorId: string | null;
    }
  | {
      kind: 'revision_to_review';
      venueId: string;
      submissionId: string;
      authorIds: string[];
      phase: SubmissionPhase;
      title: string;
      versionNumber: number;
      dueAt: string;
      actorId: string | null;
    }
  | {
      kind: 'review_reminder';
      venueId: string;
      submissionId: string;
      authorIds: string[];
      phase: SubmissionPhase;
      assignmentId: string;
      title: string;
      reviewerId: string;
      dueAt: string;
      reminder: string;
      actorId: string | null;
    }
  | ({
      kind: 'approval_changed';
      action: ApprovalAction;
      state: ApprovalState;
      reason: string;
      notify: ApprovalNoticeRecipient[];
      suspendedArtifactNames: string[];
      expiresAt: string | null;
      revision: number;
    } & ApprovalFacts)
  | ({ kind: 'approval_expiring'; days: number; daysLeft: number; expiresAt: string } & ApprovalFacts)
  | ({ kind: 'continuing_review_report'; reevaluationId: string; revision: number } & ApprovalFacts)
  | ({
      kind: 'amendment';
      amendmentId: string;
      stage: 'requested' | 'approved' | 'declined' | 'withdrawn';
      tier: 'expedited' | 'full';
      reason: string;
    } & ApprovalFacts)
  | {
      kind: 'incident_reported';
      venueId: string;
      /** Null for a report about the venue in general. */
      submissionId: string | null;
      authorIds: string[];
      phase: SubmissionPhase | null;
      title: string;
      incidentId: string;
      actorId: null;
    };

const AMENDMENT_STAGE_WORDS: Readonly<Record<'requested' | 'approved' | 'declined' | 'withdrawn', string>> = {
  requested: 'requested',
  approved: 'approved',
  declined: 'declined',
  withdrawn: 'withdrawn',
};

const FAN_OUT_JOB = 'notify.fan-out';

/**
 * The venue whose chairs see this notification's jobs: none for a registration, because a draft
 * stays with its authors until they submit it (its mail must not reveal it on the jobs page).
 */
function jobsPageVenue(event: NotificationEvent): string | null {
  return event.kind === 'submission_registered' ? null : event.venueId;
}
const DIGEST_JOB = 'notify.digest';

/** The submission a notification is about (its jobs are hidden from chairs conflicted with it). */
function subjectOf(event: NotificationEvent): string | null {
  return event.kind === 'invitation_answered' ? null : event.submissionId;
}

function eventKey(event: NotificationEvent): string {
  switch (event.kind) {
    case 'submission_registered':
      return `${event.kind}:${event.submissionId}`;
    case 'version_submitted':
      return `${event.kind}:${event.submissionId}:${event.versionNumber}`;
    case 'tier_decided':
      return `${event.kind}:${event.submissionId}:${event.decidedAt}`;
    case 'invitation_answered':
      return `${event.kind}:${event.invitationId}`;
    case 'reviewer_assigned':
    case 'assignment_declined':
      return `${event.kind}:${event.assignmentId}`;
    case 'review_submitted':
      // The reviewer is left out of the key too: it names the statement and the version count only.
      return `${event.kind}:${event.submissionId}:${event.reviewerKind}:${event.actorId ?? ''}:${event.version}`;
    case 'reviews_released':
      return `${event.kind}:${event.submissionId}:${event.releasedAt}`;
    case 'review_reminder':
      return `${event.kind}:${event.assignmentId}:${event.reminder}`;
    case 'discussion_comment':
      return `${event.kind}:${event.commentId}`;
    case 'author_responded':
      return `${event.kind}:${event.submissionId}:${event.revision}`;
    case 'revision_to_review':
      return `${event.kind}:${event.submissionId}:${event.versionNumber}`;
    case 'approval_changed':
      return `${event.kind}:${event.approvalId}:${event.revision}`;
    case 'approval_expiring':
      return `${event.kind}:${event.approvalId}:${event.expiresAt}:${event.days}`;
    case 'continuing_review_report':
      return `${event.kind}:${event.reevaluationId}:${event.revision}`;
    case 'amendment':
      return `${event.kind}:${event.amendmentId}:${event.stage}`;
    case 'incident_reported':
      return `${event.kind}:${event.incidentId}`;
  }
}

/**
 * Tells people about changes to work they are part of, each the way they chose: a mail at once,
 * a line in their daily digest, or nothing. The caller only enqueues the event (one insert after
 * its change); a job works out the recipients and their choices, so a slow mail server or a crash
 * never costs the change, and a job run twice sends nothing twice (every mail has a key).
 */
@Injectable()
export class Notifier implements OnModuleInit {
  private readonly logger = new Logger(Notifier.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly mail: MailService,
    private readonly settings: NotificationSettingsService,
    private readonly digestItems: DigestItemRepository,
    private readonly users: UserRepository,
    private readonly venues: VenueRepository,
    private readonly access: AccessService,
    private readonly audit: AuditLog,
    private readonly roles: VenueRoleRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // A logged event that carries a notification is announced before it leaves its document.
    this.audit.onLogged(async (logged) => {
      if (logged.notification) await this.announce(logged.notification as unknown as NotificationEvent);
    });
    this.queue.register(FAN_OUT_JOB, (payload) => this.fanOut(payload as unknown as NotificationEvent));
    this.queue.register(DIGEST_JOB, (payload, context) =>
      this.sendDigest(String(payload['userId']), context),
    );
    this.queue.registerRecurring(
      'housekeeping.digests',
      '41 3 * * *',
      'UTC',
      'Remove digest items sent long ago',
      async () => {
        await this.digestItems.deleteSentBefore(
          new Date(Date.now() - this.config.jobs.retentionHours * 3_600_000),
        );
      },
    );
  }

  /**
   * Announces a change again (a retry); never throws. Changes announce themselves: their log event
   * carries the notification (`auditEvent({ ..., notification })`), and the fan-out is queued once
   * the event is in the log, so a crash right after the change delays the mail but never loses it.
   */
  async notify(event: NotificationEvent): Promise<void> {
    try {
      await this.announce(event);
    } catch (error) {
      this.logger.error(`Could not queue the notification ${eventKey(event)}: ${String(error)}`);
    }
  }

  /** Queues the fan-out once per change (the key names it); throws when the queue cannot take it. */
  private async announce(event: NotificationEvent): Promise<void> {
    await this.queue.enqueue({
      name: FAN_OUT_JOB,
      key: `notify:${eventKey(event)}`,
      venueId: jobsPageVenue(event),
      subjectId: subjectOf(event),
      summary: `Notify about: ${NOTIFICATION_KIND_LABELS[event.kind].toLowerCase()}`,
      payload: event as unknown as Record<string, unknown>,
    });
  }

  private async recipientsOf(event: NotificationEvent): Promise<string[]> {
    if (event.kind === 'incident_reported') {
      const chairs = (await this.roles.membersOfVenue(event.venueId)).filter((m) => m.role === 'chair').map((m) => m.userId);
      if (event.submissionId === null || event.phase === null) return chairs;
      // A chair conflicted with the work (or one of its authors) is not told.
      const target = await this.access.submission({ id: event.submissionId, venueId: event.venueId, authorIds: event.authorIds, phase: event.phase, decisionSentForVersion: 1 });
      return this.access.recipientsWith('approval.manage', target, chairs);
    }
    if (event.kind === 'approval_changed' || event.kind === 'approval_expiring' || event.kind === 'continuing_review_report' || event.kind === 'amendment') {
      // An approval exists only once its decision was sent.
      const target = await this.access.submission({ id: event.submissionId, venueId: event.venueId, authorIds: event.authorIds, phase: event.phase, decisionSentForVersion: 1 });
      const notify: readonly ApprovalNoticeRecipient[] =
        event.kind === 'approval_changed'
          ? event.notify
          : event.kind === 'approval_expiring'
            ? ['authors', 'chairs']
            : event.kind === 'amendment' && (event.stage === 'approved' || event.stage === 'declined')
              ? ['authors', 'chairs', 'reviewers']
              : ['chairs', 'reviewers'];
      const chairs = (await this.roles.membersOfVenue(event.venueId)).filter((m) => m.role === 'chair').map((m) => m.userId);
      const people = [
        ...(notify.includes('authors') ? event.authorIds : []),
        ...(notify.includes('chairs') ? await this.access.recipientsWith('approval.manage', target, chairs) : []),
        // The reviewers of record: those who submitted a review and still may read the decision.
        ...(notify.includes('reviewers') ? await this.access.recipientsWith('decision.view', target, target.submittedReviewerIds) : []),
      ];
      return [...new Set(people)];
    }
    if (event.kind === 'review_submitted' || event.kind === 'review_reminder') {
      const target = await this.access.submission({ id: event.submissionId, venueId: event.venueId, authorIds: event.authorIds, phase: event.phase });
      // A reminder only while the reviewer may still write the review.
      if (event.kind === 'review_reminder') return this.access.recipientsWith('review.write', target, [event.reviewerId]);
      const chairs = (await this.roles.membersOfVenue(event.venueId)).filter((m) => m.role === 'chair').map((m) => m.userId);
      return this.access.recipientsWith('review.release', target, chairs);
    }
    if (event.kind === 'reviews_released') return [...new Set(event.authorIds)];
    if (event.kind === 'revision_to_review') {
      const target = await this.access.submission({ id: event.submissionId, venueId: event.venueId, authorIds: event.authorIds, phase: event.phase });
      return this.access.recipientsWith('review.write', target, target.assignedUserIds);
    }
    if (event.kind === 'discussion_comment' || event.kind === 'author_responded') {
      const target = await this.access.submission({ id: event.submissionId, venueId: event.venueId, authorIds: event.authorIds, phase: event.phase });
      const chairs = (await this.roles.membersOfVenue(event.venueId)).filter((m) => m.role === 'chair').map((m) => m.userId);
      const people = [...chairs, ...target.assignedUserIds].filter((id) => id !== event.actorId);
      // Everyone who may read the discussion now (a mention never reaches anyone else).
      if (event.kind === 'discussion_comment') return this.access.recipientsWith('discussion.view', target, people);
      const reviewers = await this.access.recipientsWith('review.write', target, target.assignedUserIds);
      const committee = await this.access.recipientsWith('review.release', target, chairs);
      return [...new Set([...reviewers, ...committee])];
    }
    if (event.kind === 'reviewer_assigned' || event.kind === 'assignment_declined') {
      // Current conflicts and assignments decide, over the authors and phase of the change.
      const target = await this.access.submission({
        id: event.submissionId,
        venueId: event.venueId,
        authorIds: event.authorIds,
        phase: event.phase,
      });
      if (event.kind === 'reviewer_assigned') {
        // Only while the reviewer still holds the slot and has no conflict with the statement.
        return this.access.recipientsWith('assignment.respond', target, [event.reviewerId]);
      }
      const chairs = (await this.roles.membersOfVenue(event.venueId)).filter((m) => m.role === 'chair').map((m) => m.userId);
      return this.access.recipientsWith('assignment.manage', target, chairs);
    }
    if (event.kind !== 'invitation_answered') return [...new Set(event.authorIds)];
    // Only someone who still manages the venue's invitations hears the answer.
    return this.access.recipientsWith('invitation.manage', { kind: 'venue', venueId: event.venueId }, [event.inviterId]);
  }

  private async fanOut(event: NotificationEvent): Promise<void> {
    const recipientIds = await this.recipientsOf(event);
    if (recipientIds.length === 0) return;
    const [venue] = await this.venues.findByIds([event.venueId]);
    if (!venue) return;
    const actorId = event.actorId ?? '';
    const people = new Map((await this.users.findByIds([...recipientIds, actorId])).map((u) => [u.id, u]));
    const actorName = people.get(actorId)?.name ?? 'A co-author';
    const choices = await this.settings.deliveriesFor(recipientIds, event.venueId, event.kind);
    const key = eventKey(event);
    for (const userId of recipientIds) {
      const person = people.get(userId);
      const choice = choices.get(userId);
      if (!person || !choice || choice.delivery === 'never') continue;
      if (choice.delivery === 'immediately') {
        const links = await this.settings.linksFor(userId, event.venueId, event.kind);
        const required = isRequiredNotice(event.kind);
        const footer: NotificationFooter = { reason: this.reasonFor(event), ...links, required };
        await this.mail.enqueue({
          key: `notify:${key}:${userId}`,
          to: person.email,
          content: this.render(event, person, venue, footer, actorName),
          venueId: jobsPageVenue(event),
          subjectId: subjectOf(event),
          // A required notice cannot be unsubscribed from.
          ...(required
            ? {}
            : {
                headers: {
                  'List-Unsubscribe': `<${links.oneClickUnsubscribeUrl}>`,
                  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
                },
              }),
        });
      } else {
        await this.digestItems.add({
          id: `${key}:${userId}`,
          userId,
          venueId: event.venueId,
          kind: event.kind,
          text: this.digestLine(event),
          link: this.linkFor(event),
          at: new Date(),
        });
        await this.scheduleDigest(userId, choice.settings.timeZone ?? 'UTC', choice.settings.digestHour);
      }
    }
  }

  private async scheduleDigest(userId: string, timeZone: string, hour: number): Promise<void> {
    const sendAt = nextDigestAt(new Date(), timeZone, hour);
    await this.queue.enqueue({
      name: DIGEST_JOB,
      key: `digest:${userId}:${digestDayOf(sendAt, timeZone)}`,
      summary: 'Daily digest',
      payload: { userId },
      runAt: sendAt,
    });
  }

  private async sendDigest(userId: string, context: JobContext): Promise<void> {
    const items = await this.digestItems.pendingFor(userId);
    const person = await this.users.findById(userId);
    if (items.length > 0 && person) {
      const venues = new Map(
        (await this.venues.findByIds([...new Set(items.map((i) => i.venueId))])).map((v) => [v.id, v]),
      );
      const grouped = groupDigestItems(items).filter((group) => venues.has(group.venueId));
      const clock = await this.settings.digestClockOf(userId);
      const links = await this.settings.linksFor(userId, null, items[0]!.kind);
      const content = dailyDigestMail({
        recipientName: person.name,
        day: digestDayOf(new Date(), clock.timeZone),
        venues: grouped.map((group) => ({
          venue: venues.get(group.venueId) as VenueRecord,
          sections: group.sections.map((section) => ({
            heading: NOTIFICATION_KIND_LABELS[section.kind],
            lines: section.items.map((item) => ({ text: item.text, link: item.link })),
          })),
        })),
        footer: { reason: 'you chose a daily digest for these kinds of email', ...links },
      });
      await this.mail.enqueue({
        key: `${context.job.key}`,
        to: person.email,
        content,
        headers: {
          'List-Unsubscribe': `<${links.oneClickUnsubscribeUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      });
      await this.digestItems.markSent(
        items.map((i) => i.id),
        context.job.key,
      );
    }
    // Items that arrived while this digest was being put together wait for the next one.
    if (person && (await this.digestItems.countPending(userId)) > 0) {
      const clock = await this.settings.digestClockOf(userId);
      await this.scheduleDigest(userId, clock.timeZone, clock.digestHour);
    }
  }

  private linkFor(event: NotificationEvent): string {
    const base = this.config.publicWebUrl;
    if (event.kind === 'incident_reported') return `${base}/venues/${event.venueId}/continuing-review#incident-${event.incidentId}`;
    if (event.kind === 'invitation_answered') return `${base}/venues/${event.venueId}/members`;
    if (event.kind === 'reviewer_assigned') return `${base}/venues/${event.venueId}/reviewing`;
    if (event.kind === 'review_reminder' || event.kind === 'revision_to_review') return `${base}/submissions/${event.submissionId}/review`;
    return `${base}/submissions/${event.submissionId}`;
  }

  private reasonFor(event: NotificationEvent): string {
    if (event.kind === 'invitation_answered') return 'you sent this invitation';
    if (event.kind === 'reviewer_assigned') return 'you are a reviewer at this venue';
    if (event.kind === 'assignment_declined' || event.kind === 'review_submitted') return 'you chair this venue';
    if (event.kind === 'review_reminder' || event.kind === 'revision_to_review') return 'you review this statement';
    if (event.kind === 'discussion_comment') return 'you take part in this discussion';
    if (event.kind === 'author_responded') return 'you review or chair this statement';
    if (event.kind === 'approval_changed' || event.kind === 'approval_expiring') return 'you hold, chair or reviewed this approved work';
    if (event.kind === 'continuing_review_report') return 'you chair or reviewed this approved work';
    if (event.kind === 'amendment') return 'you hold, chair or reviewed this approved work';
    if (event.kind === 'incident_reported') return 'you chair this venue';
    return 'you are an author of this submission';
  }

  private digestLine(event: NotificationEvent): string {
    switch (event.kind) {
      case 'submission_registered':
        return `“${event.title}” registered`;
      case 'version_submitted':
        return `“${event.title}”: version ${event.versionNumber} submitted`;
      case 'tier_decided':
        return `“${event.title}”, version ${event.versionNumber}: tier ${event.outcome === 'confirmed' ? 'confirmed' : 'set'} as ${labelOf(event.tier)}`;
      case 'invitation_answered':
        return `${event.inviteeName} ${event.answer} your invitation (${labelOf(event.role)})`;
      case 'reviewer_assigned':
        return `Please review “${event.title}” (${REVIEWER_KIND_LABELS[event.reviewerKind]})`;
      case 'assignment_declined':
        return `A reviewer declined “${event.title}”: ${event.reason}`;
      case 'review_submitted':
        return `“${event.title}”: review submitted (${REVIEWER_KIND_LABELS[event.reviewerKind]}, version ${event.version})`;
      case 'reviews_released':
        return `The reviews of “${event.title}” are released to you`;
      case 'review_reminder':
        return `Your review of “${event.title}” is due ${event.dueAt.slice(0, 16).replace('T', ' ')} UTC`;
      case 'discussion_comment':
        return `New comment in the discussion of “${event.title}”`;
      case 'author_responded':
        return `The authors of “${event.title}” responded to the reviews`;
      case 'revision_to_review':
        return `“${event.title}” came back revised (version ${event.versionNumber}): please review it again`;
      case 'approval_changed':
        return `The approval of “${event.title}”: ${APPROVAL_ACTION_LABELS[event.action].toLowerCase()}`;
      case 'approval_expiring':
        return `The approval of “${event.title}” expires ${event.expiresAt.slice(0, 10)}: continuing review is due`;
      case 'continuing_review_report':
        return `The authors of “${event.title}” filed their continuing-review report`;
      case 'amendment':
        return `An amendment of “${event.title}”: ${AMENDMENT_STAGE_WORDS[event.stage]}`;
      case 'incident_reported':
        return event.submissionId ? `Incident reported about “${event.title}”` : 'Incident reported about the venue';
    }
  }

  private render(
    event: NotificationEvent,
    person: UserRecord,
    venue: VenueRecord,
    footer: NotificationFooter,
    actorName: string,
  ): MailContent {
    const venueRef = { name: venue.name, shortName: venue.shortName };
    switch (event.kind) {
      case 'submission_registered':
        return submissionRegisteredMail({
          recipientName: person.name,
          venue: venueRef,
          submissionTitle: event.title,
          submissionLink: this.linkFor(event),
          footer,
        });
      case 'version_submitted':
        return versionSubmittedMail({
          recipientName: person.name,
          venue: venueRef,
          submissionTitle: event.title,
          submissionLink: this.linkFor(event),
          footer,
          versionNumber: event.versionNumber,
          submittedAt: new Date(event.submittedAt),
          submittedByName: event.actorId === person.id ? 'You' : actorName,
        });
      case 'tier_decided':
        return tierDecidedMail({
          recipientName: person.name,
          venue: venueRef,
          submissionTitle: event.title,
          submissionLink: this.linkFor(event),
          footer,
          versionNumber: event.versionNumber,
          tierLabel: labelOf(event.tier),
          outcome: event.outcome,
          reason: event.reason,
        });
      case 'invitation_answered':
        return invitationAnsweredMail({
          recipientName: person.name,
          venue: venueRef,
          inviteeName: event.inviteeName,
          inviteeEmail: event.inviteeEmail,
          roleLabel: labelOf(event.role),
          answer: event.answer,
          membersLink: this.linkFor(event),
          footer,
        });
      case 'reviewer_assigned':
        return reviewerAssignedMail({
          recipientName: person.name,
          venue: venueRef,
          submissionTitle: event.title,
          kindLabel: `${/^[aeiou]/.test(REVIEWER_KIND_LABELS[event.reviewerKind]) ? 'an' : 'a'} ${REVIEWER_KIND_LABELS[event.reviewerKind]}`,
          dueAt: new Date(event.dueAt),
          assignmentsLink: this.linkFor(event),
          footer,
        });
      case 'review_submitted':
        return reviewSubmittedMail({
          recipientName: person.name,
          venue: venueRef,
          submissionTitle: event.title,
          kindLabel: REVIEWER_KIND_LABELS[event.reviewerKind].toLowerCase(),
          version: event.version,
          submissionLink: this.linkFor(event),
          footer,
        });
      case 'reviews_released':
        return reviewsReleasedMail({
          recipientName: person.name,
          venue: venueRef,
          submissionTitle: event.title,
          submissionLink: this.linkFor(event),
          footer,
        });
      case 'discussion_comment':
        return discussionCommentMail({
          recipientName: person.name,
          venue: venueRef,
          submissionTitle: event.title,
          mentioned: event.mentions.includes(person.id),
          discussionLink: `${this.linkFor(event)}#discussion`,
          footer,
        });
      case 'author_responded':
        return authorRespondedMail({
          recipientName: person.name,
          venue: venueRef,
          submissionTitle: event.title,
          submissionLink: this.linkFor(event),
          footer,
        });
      case 'revision_to_review':
        return revisionToReviewMail({
          recipientName: person.name,
          venue: venueRef,
          submissionTitle: event.title,
          versionNumber: event.versionNumber,
          dueAt: new Date(event.dueAt),
          reviewLink: this.linkFor(event),
          footer,
        });
      case 'approval_changed':
        return approvalChangedMail({
          recipientName: person.name,
          venue: venueRef,
          submissionTitle: event.title,
          approvalLink: this.linkFor(event),
          footer,
          actionLabel: APPROVAL_ACTION_LABELS[event.action],
          stateLabel: APPROVAL_STATE_LABELS[event.state],
          consequence: approvalConsequence(event.state, event.suspendedArtifactNames.length > 0),
          reason: event.reason,
          suspendedArtifactNames: event.suspendedArtifactNames,
          expiresAt: event.expiresAt ? new Date(event.expiresAt) : null,
        });
      case 'approval_expiring':
        return approvalExpiringMail({
          recipientName: person.name,
          venue: venueRef,
          submissionTitle: event.title,
          approvalLink: this.linkFor(event),
          footer,
          days: event.daysLeft,
          expiresAt: new Date(event.expiresAt),
        });
      case 'incident_reported':
        return incidentReportedMail({
          recipientName: person.name,
          venue: venueRef,
          about: event.submissionId ? `“${event.title}”` : 'the venue',
          incidentLink: this.linkFor(event),
          footer,
        });
      case 'amendment':
        return amendmentMail({
          recipientName: person.name,
          venue: venueRef,
          submissionTitle: event.title,
          approvalLink: this.linkFor(event),
          footer,
          stage: event.stage,
          tier: event.tier,
          reason: event.reason,
        });
      case 'continuing_review_report':
        return continuingReviewReportMail({
          recipientName: person.name,
          venue: venueRef,
          submissionTitle: event.title,
          approvalLink: this.linkFor(event),
          footer,
        });
      case 'review_reminder':
        return reviewReminderMail({
          recipientName: person.name,
          venue: venueRef,
          submissionTitle: event.title,
          dueAt: new Date(event.dueAt),
          reviewLink: this.linkFor(event),
          footer,
        });
      case 'assignment_declined':
        return assignmentDeclinedMail({
          recipientName: person.name,
          venue: venueRef,
          submissionTitle: event.title,
          reviewerName: actorName,
          reason: event.reason,
          submissionLink: this.linkFor(event),
          footer,
        });
    }
  }
}
