import { Injectable } from '@nestjs/common';
import {
  approvalInPeriod,
  APPROVAL_STATES,
  approvalStatesOver,
  daysUntil,
  monthEnds,
  type Actor,
  type ApprovalState,
} from '@impact-review/domain';
import { AccessService } from '../access';
import { Clock } from '../common/clock';
import { SubmissionAuthorRepository, SubmissionRepository, type SubmissionRecord } from '../submissions';
import { ApprovalRepository, type ApprovalRecord } from './approval.repository';
import { ReevaluationRepository } from './reevaluation.repository';

const DUE_WINDOW_DAYS = 90;
const MONTHS = 12;
const DAY = 86_400_000;

export interface ApprovalListItem {
  approval: ApprovalRecord;
  submission: SubmissionRecord;
  daysUntilExpiry: number | null;
  reportFiled: boolean;
}

export interface ContinuingReviewDashboardRecord {
  counts: Record<ApprovalState, number>;
  series: { at: Date; counts: Record<ApprovalState, number> }[];
  dueSoon: ApprovalListItem[];
  lapsed: ApprovalListItem[];
  suspended: ApprovalListItem[];
  underReevaluation: ApprovalListItem[];
}

/**
 * The chairs' continuing-review dashboard of a venue: approvals by state now and month by month,
 * what falls due in the next 90 days, what has lapsed, what is suspended or under re-evaluation.
 * Statements the chair is conflicted with or wrote are left out of every list and count.
 */
@Injectable()
export class ApprovalDashboardService {
  constructor(
    private readonly approvals: ApprovalRepository,
    private readonly reevaluations: ReevaluationRepository,
    private readonly submissions: SubmissionRepository,
    private readonly submissionAuthors: SubmissionAuthorRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async of(actor: Actor, venueId: string): Promise<ContinuingReviewDashboardRecord | null> {
    if (!actor || !this.access.can(actor, 'venue.viewSubmissions', { kind: 'venue', venueId })) return null;
    const [all, conflicted, own] = await Promise.all([
      this.approvals.ofVenue(venueId),
      this.access.conflictedIn(actor, venueId),
      this.submissionAuthors.submissionIdsOf(actor.userId),
    ]);
    const hidden = new Set([...conflicted, ...own]);
    // The latest approval of each statement the chair may see.
    const latest = new Map<string, ApprovalRecord>();
    for (const approval of all) if (!hidden.has(approval.submissionId) && !latest.has(approval.submissionId)) latest.set(approval.submissionId, approval);
    const approvals = [...latest.values()];
    const now = this.clock.now();
    const counts = Object.fromEntries(APPROVAL_STATES.map((s) => [s, 0])) as Record<ApprovalState, number>;
    for (const approval of approvals) counts[approval.state] += 1;
    const series = approvalStatesOver(
      approvals.map((a) => a.stateHistory),
      monthEnds(now, MONTHS),
    );
    const holding = (a: ApprovalRecord) => approvalInPeriod(a.state);
    const horizon = now.getTime() + DUE_WINDOW_DAYS * DAY;
    const byExpiry = (a: ApprovalRecord, b: ApprovalRecord) => (a.expiresAt?.getTime() ?? 0) - (b.expiresAt?.getTime() ?? 0) || a.id.localeCompare(b.id);
    const due = approvals.filter((a) => holding(a) && a.expiresAt !== null && a.expiresAt.getTime() <= horizon).sort(byExpiry);
    const lapsed = approvals.filter((a) => a.state === 'expired').sort(byExpiry);
    const suspended = approvals.filter((a) => a.state === 'suspended').sort(byExpiry);
    const reevaluating = approvals.filter((a) => a.state === 'under_reevaluation').sort(byExpiry);
    const listed = [...new Set([...due, ...lapsed, ...suspended, ...reevaluating])];
    const submissions = new Map((await this.submissions.findManyByIds(listed.map((a) => a.submissionId))).map((s) => [s.id, s]));
    const reports = new Map(
      await Promise.all(reevaluating.map(async (a) => [a.id, (await this.reevaluations.latestOf(a.id))?.report != null] as const)),
    );
    const items = (list: ApprovalRecord[]): ApprovalListItem[] =>
      list.flatMap((approval) => {
        const submission = submissions.get(approval.submissionId);
        return submission
          ? [{ approval, submission, daysUntilExpiry: approval.expiresAt ? daysUntil(approval.expiresAt, now) : null, reportFiled: reports.get(approval.id) ?? false }]
          : [];
      });
    return { counts, series, dueSoon: items(due), lapsed: items(lapsed), suspended: items(suspended), underReevaluation: items(reevaluating) };
  }
}
