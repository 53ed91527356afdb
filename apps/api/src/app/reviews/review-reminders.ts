import { Injectable, type OnModuleInit } from '@nestjs/common';
import { REVIEW_REMINDERS, reminderDue } from '@impact-review/domain';
import { ReviewerAssignmentRepository } from '../access';
import { Clock } from '../common/clock';
import { ANNOUNCE_VENUE_RELEASE_JOB, JobQueue } from '../jobs';
import { Notifier } from '../notifications';
import { SubmissionRepository } from '../submissions';
import { ReviewsService } from './reviews.service';

const HOUR = 3_600_000;
const LONGEST_NOTICE_HOURS = Math.max(...REVIEW_REMINDERS.map((r) => r.hoursBefore));

/**
 * Reminds reviewers before their review deadline (three days and one day before, through their
 * notification choices). Every ten minutes it looks at the open reviews due within three days;
 * each reminder is announced under its own key and then marked sent, so a run twice (or two API
 * processes) sends it once.
 */
@Injectable()
export class ReviewReminders implements OnModuleInit {
  constructor(
    private readonly queue: JobQueue,
    private readonly assignments: ReviewerAssignmentRepository,
    private readonly submissions: SubmissionRepository,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly reviews: ReviewsService,
  ) {}

  onModuleInit(): void {
    this.queue.registerRecurring('reviews.remind', '*/10 * * * *', 'UTC', 'Remind reviewers of deadlines', async () => {
      await this.sendDue();
    });
    // A venue-wide release is announced to each statement's authors by a job, so that it survives a crash.
    this.queue.register(ANNOUNCE_VENUE_RELEASE_JOB, async (payload) => {
      await this.reviews.announceVenueRelease(String(payload['venueId']));
    });
  }

  /** Announces every reminder whose time has come; returns how many it announced. */
  async sendDue(): Promise<number> {
    const now = this.clock.now();
    const open = await this.assignments.openReviewsDueBetween(now, new Date(now.getTime() + LONGEST_NOTICE_HOURS * HOUR));
    const due = open
      .map((assignment) => ({ assignment, reminder: reminderDue(assignment.dueAt, now, assignment.reviewSubmittedAt != null) }))
      .filter((d): d is { assignment: (typeof open)[number]; reminder: NonNullable<typeof d.reminder> } => d.reminder !== null && !(d.assignment.remindersSent ?? []).includes(d.reminder));
    if (due.length === 0) return 0;
    const submissions = new Map((await this.submissions.findManyByIds([...new Set(due.map((d) => d.assignment.submissionId))])).map((s) => [s.id, s]));
    let sent = 0;
    for (const { assignment, reminder } of due) {
      const submission = submissions.get(assignment.submissionId);
      if (!submission) continue;
      await this.notifier.notify({
        kind: 'review_reminder',
        venueId: assignment.venueId,
        submissionId: submission.id,
        authorIds: submission.authorIds,
        phase: submission.phase,
        assignmentId: assignment.id,
        title: submission.submitted?.title ?? '',
        reviewerId: assignment.reviewerId,
        dueAt: assignment.dueAt.toISOString(),
        reminder,
        actorId: null,
      });
      if (await this.assignments.markReminderSent(assignment.id, reminder)) sent += 1;
    }
    return sent;
  }
}
