import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  applyApprovalAction,
  daysUntil,
  DEFAULT_CONTINUING_REVIEW_POLICY,
  expiryReminderDue,
  formatInZone,
  MAX_REMINDER_DAYS,
  reevaluationOpensAt,
  type ContinuingReviewPolicy,
} from '@impact-review/domain';
import { AuditLog } from '../audit';
import { auditEvent } from '../audit/pending-events';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { JobQueue } from '../jobs';
import { SubmissionRepository } from '../submissions';
import { VenueRepository, type VenueRecord } from '../venues';
import { ApprovalRepository, type ApprovalRecord } from './approval.repository';
import { ApprovalsService } from './approvals.service';

const DAY = 86_400_000;

/** What one run did. */
export interface ScheduleRun {
  reminded: number;
  opened: number;
  lapsed: number;
}

/**
 * Continuing review on the clock (the app's Clock, which tests move): every five minutes it looks at
 * the approvals expiring within a year and, for each, opens the re-evaluation with the first
 * reminder, sends the reminder due (60, 30, 14, 7 and 1 days before, as the venue says) and lapses
 * the approval at expiry. Each step is a conditional write carrying its log event and notice, so a
 * second run or a second process finds nothing left to do, and a crash right after a write still
 * gets its notice out (the event's notification is announced when the event is logged).
 */
@Injectable()
export class ApprovalSchedule implements OnModuleInit {
  constructor(
    private readonly queue: JobQueue,
    private readonly approvals: ApprovalRepository,
    private readonly service: ApprovalsService,
    private readonly submissions: SubmissionRepository,
    private readonly venues: VenueRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.queue.registerRecurring('approvals.schedule', '*/5 * * * *', 'UTC', 'Continuing review: reminders, re-evaluations, lapses', async () => {
      await this.runDue();
    });
    // A test clock moved ahead: reminders, re-evaluations and lapses due by then happen now.
    this.clock.onJump(() => void this.runDue().catch(() => undefined));
  }

  async runDue(): Promise<ScheduleRun> {
    const now = this.clock.now();
    const run: ScheduleRun = { reminded: 0, opened: 0, lapsed: 0 };
    const due = await this.approvals.expiringBefore(new Date(now.getTime() + MAX_REMINDER_DAYS * DAY));
    const venues = new Map((await this.venues.findByIds([...new Set(due.map((a) => a.venueId))])).map((v) => [v.id, v]));
    for (const approval of due) {
      const venue = venues.get(approval.venueId);
      const policy = venue?.continuingReviewPolicy ?? DEFAULT_CONTINUING_REVIEW_POLICY;
      try {
        await this.step(approval, venue ?? null, policy, now, run);
      } catch (error) {
        // Someone changed it meanwhile: the next run looks again.
        if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
      }
    }
    return run;
  }

  private async step(approval: ApprovalRecord, venue: VenueRecord | null, policy: ContinuingReviewPolicy, now: Date, run: ScheduleRun): Promise<void> {
    const expiresAt = approval.expiresAt;
    if (!expiresAt) return;
    const submission = await this.submissions.findById(approval.submissionId);
    if (!submission) return;
    if (now.getTime() >= expiresAt.getTime()) {
      const lapse = applyApprovalAction(approval, 'lapse', 'system', { reason: '', now });
      if (lapse.ok) {
        await this.service.write(approval, submission, 'lapse', 'system', null, 'No continuing-review decision by the expiry date.', lapse.next, now);
        run.lapsed += 1;
      }
      return;
    }
    let current = approval;
    const opensAt = reevaluationOpensAt(expiresAt, policy.reminderDays);
    if (current.state === 'active' && opensAt && now.getTime() >= opensAt.getTime()) {
      const on = venue ? formatInZone(expiresAt, venue.timeZone).slice(0, 10) : expiresAt.toISOString().slice(0, 10);
      const reason = `Continuing review is due before the approval expires on ${on}.`;
      const open = applyApprovalAction(current, 'open_reevaluation', 'system', { reason, now });
      if (open.ok) {
        // The reminder below says the review is open: no second mail for it.
        current = await this.service.write(current, submission, 'open_reevaluation', 'system', null, reason, open.next, now, { announce: false });
        run.opened += 1;
      }
    }
    const days = expiryReminderDue(expiresAt, now, policy.reminderDays, current.remindersSent);
    if (days === null) return;
    const event = auditEvent({
      venueId: current.venueId,
      kind: 'approval.reminder_sent',
      objectType: 'submission',
      objectId: current.submissionId,
      actorId: null,
      summary: { approvalId: current.id, days, expiresAt },
      at: now,
      notification: {
        kind: 'approval_expiring',
        venueId: current.venueId,
        submissionId: current.submissionId,
        authorIds: submission.authorIds,
        phase: submission.phase,
        title: submission.submitted?.title ?? '',
        approvalId: current.id,
        days,
        daysLeft: daysUntil(expiresAt, now),
        expiresAt: expiresAt.toISOString(),
        actorId: null,
      },
    });
    if (await this.approvals.markReminderSent(current.id, expiresAt, days, [event])) {
      await this.audit.recorded('approvals', current.id, [event]);
      run.reminded += 1;
    }
  }
}
