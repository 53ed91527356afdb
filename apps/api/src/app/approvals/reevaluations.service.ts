import { Injectable } from '@nestjs/common';
import {
  approvalExpiry,
  applyApprovalAction,
  decisionRefusal,
  DEFAULT_CONTINUING_REVIEW_POLICY,
  formatInZone,
  REEVALUATION_OUTCOMES,
  type ApprovalAction,
  validateContinuingReviewReport,
  validateAdvance,
  nextGates,
  type ReleasePlanItem,
  validateDecisionConditions,
  validateRecommendation,
  validateAnswers,
  type Actor,
  type ContinuingReviewReport,
  type ReevaluationOutcome,
  type ReevaluationTrigger,
  type SubmissionTarget,
} from '@impact-review/domain';
import { AccessService } from '../access';
import { AuditLog } from '../audit';
import { auditEvent } from '../audit/pending-events';
import { Clock } from '../common/clock';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { ReviewsService } from '../reviews';
import { SubmissionRepository, type SubmissionRecord } from '../submissions';
import { VenueRepository } from '../venues';
import { ApprovalRepository, type ApprovalRecord } from './approval.repository';
import { approvalErrors } from './approvals.errors';
import { ApprovalsService } from './approvals.service';
import { ReevaluationRepository, type ReevaluationRecord } from './reevaluation.repository';

export interface ReevaluationDecisionInput {
  outcome: ReevaluationOutcome;
  reason: string;
  withoutReportReason: string;
  /** modify_conditions only: the approval's conditions from now on. */
  conditions: ApprovalRecord['conditions'];
  /** advance_stage only: the artifacts whose next gate passes. */
  advanceArtifactKeys: string[];
  expectedRevision: number;
}

/**
 * Re-evaluations (continuing review) of approvals: the one opened whenever an approval goes under
 * re-evaluation, the authors' report, the reviewers of record's recommendations and the chair's
 * decision, which moves the approval on through its state machine (ApprovalsService.write).
 */
@Injectable()
export class ReevaluationsService {
  constructor(
    private readonly reevaluations: ReevaluationRepository,
    private readonly approvals: ApprovalRepository,
    private readonly lifecycle: ApprovalsService,
    private readonly submissions: SubmissionRepository,
    private readonly venues: VenueRepository,
    private readonly access: AccessService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly reviews: ReviewsService,
  ) {
    // The lifecycle opens a re-evaluation record whenever it puts an approval under re-evaluation.
    lifecycle.onReevaluationOpened = (approval, trigger) => this.opened(approval, trigger);
    lifecycle.onReevaluationClosed = (approval, action, reason, withoutReportReason, actorId, at) =>
      this.closed(approval, action, reason, withoutReportReason, actorId, at);
  }

  /**
   * Records the decision of the open re-evaluation the approval just left (by a re-evaluation's
   * decision, or a suspension or termination by hand). A lapse leaves it undecided.
   */
  async closed(approval: ApprovalRecord, action: ApprovalAction, reason: string, withoutReportReason: string, actorId: string | null, at: Date): Promise<void> {
    if (!(REEVALUATION_OUTCOMES as readonly string[]).includes(action)) return;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const latest = await this.reevaluations.latestOf(approval.id);
      if (!latest || latest.state !== 'open') return;
      const decision = { outcome: action as ReevaluationOutcome, reason, withoutReportReason: latest.report ? '' : withoutReportReason.trim(), decidedAt: at, decidedBy: actorId };
      if (await this.reevaluations.update(latest.id, latest.revision, { state: 'decided', decision }, [])) return;
    }
  }

  /**
   * The approval's current re-evaluation (the open one while it is under re-evaluation, else the
   * latest). One missing for an approval under re-evaluation (a crash after the approval's write)
   * is opened here, once.
   */
  async currentOf(approval: ApprovalRecord): Promise<ReevaluationRecord | null> {
    const latest = await this.reevaluations.latestOf(approval.id);
    if (approval.state !== 'under_reevaluation') return latest;
    const opening = approval.lastTransition;
    if (latest && latest.state === 'open') return latest;
    if (latest && latest.openedAt.getTime() >= opening.at.getTime()) return latest;
    return this.reevaluations.open({
      venueId: approval.venueId,
      submissionId: approval.submissionId,
      approvalId: approval.id,
      approvalRevision: approval.revision,
      trigger: opening.actor === 'system' ? 'schedule' : 'chair',
      reason: opening.reason,
      openedAt: opening.at,
    });
  }

  /** Opens the re-evaluation of an approval that just went under re-evaluation (ApprovalsService calls it). */
  async opened(approval: ApprovalRecord, trigger: ReevaluationTrigger): Promise<void> {
    await this.reevaluations.open({
      venueId: approval.venueId,
      submissionId: approval.submissionId,
      approvalId: approval.id,
      approvalRevision: approval.revision,
      trigger,
      reason: approval.lastTransition.reason,
      openedAt: approval.lastTransition.at,
    });
  }

  /** The authors file (or, while it is open, change) their continuing-review report. */
  async submitReport(actor: Actor, approvalId: string, report: ContinuingReviewReport, expectedRevision: number): Promise<ReevaluationRecord> {
    const { approval, submission, target } = await this.load(actor, approvalId);
    this.access.require(actor, 'approval.report', target);
    const current = await this.openOne(approval);
    if (current.revision !== expectedRevision) fail(approvalErrors, 'REEVALUATION_STALE');
    const tidy = {
      progress: report.progress.trim(),
      changes: report.changes.trim(),
      incidents: report.incidents.trim(),
      replication: report.replication.trim(),
      milestones: report.milestones.trim(),
      conditions: report.conditions.map((c) => ({ status: c.status, note: c.note.trim() })),
    };
    const errors = validateContinuingReviewReport(tidy, approval.conditions.length);
    if (errors.length > 0) fail(approvalErrors, 'INVALID_REPORT', errors);
    const now = this.clock.now();
    const event = auditEvent({
      venueId: approval.venueId,
      kind: 'approval.report_submitted',
      objectType: 'submission',
      objectId: approval.submissionId,
      actorId: actor?.userId ?? null,
      summary: { approvalId: approval.id, reevaluationId: current.id, conditions: tidy.conditions.map((c) => c.status) },
      at: now,
      notification: {
        kind: 'continuing_review_report',
        venueId: approval.venueId,
        submissionId: approval.submissionId,
        authorIds: submission.authorIds,
        phase: submission.phase,
        title: submission.submitted?.title ?? '',
        approvalId: approval.id,
        reevaluationId: current.id,
        revision: current.revision + 1,
        actorId: actor?.userId ?? null,
      },
    });
    const saved = await this.reevaluations.update(current.id, current.revision, { report: { ...tidy, submittedAt: now, submittedBy: actor?.userId ?? '' } }, [event]);
    if (!saved) return fail(approvalErrors, 'REEVALUATION_STALE');
    await this.audit.recorded('reevaluations', saved.id, [event]);
    return saved;
  }

  /** A reviewer of record recommends an outcome (a second recommendation replaces their first). */
  async recommend(
    actor: Actor,
    approvalId: string,
    input: { outcome: ReevaluationOutcome; comment: string; answers?: readonly { questionId: string; rating: string | null; text: string }[] },
  ): Promise<ReevaluationRecord> {
    const { approval, target } = await this.load(actor, approvalId);
    this.access.require(actor, 'approval.recommend', target);
    // The venue's lighter rubric for continuing review, answered as a review is.
    const rubric = await this.reviews.formFor(approval.venueId, 'continuing');
    const answers = (input.answers ?? []).map((a) => ({ questionId: a.questionId, rating: a.rating || null, text: a.text.trim() }));
    const errors = [
      ...validateRecommendation(input),
      ...validateAnswers(rubric, Object.fromEntries(answers.map((a) => [a.questionId, { rating: a.rating, text: a.text }]))),
    ];
    if (errors.length > 0) fail(approvalErrors, 'INVALID_RECOMMENDATION', errors);
    const userId = actor?.userId ?? '';
    const now = this.clock.now();
    // Two recommendations at once (two tabs): the later write re-reads and keeps the other's.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const current = await this.openOne(approval);
      const recommendations = [
        ...current.recommendations.filter((r) => r.reviewerId !== userId),
        { reviewerId: userId, outcome: input.outcome, comment: input.comment.trim(), answers, at: now },
      ];
      const event = auditEvent({
        venueId: approval.venueId,
        kind: 'approval.recommended',
        objectType: 'submission',
        objectId: approval.submissionId,
        actorId: userId,
        summary: { approvalId: approval.id, reevaluationId: current.id, outcome: input.outcome },
        at: now,
      });
      const saved = await this.reevaluations.update(current.id, current.revision, { recommendations }, [event]);
      if (saved) {
        await this.audit.recorded('reevaluations', saved.id, [event]);
        await this.reviews.noteFormAnswered(approval.venueId, 'continuing', answers.filter((a) => a.rating !== null || a.text !== '').map((a) => a.questionId));
        return saved;
      }
    }
    return fail(approvalErrors, 'REEVALUATION_STALE');
  }

  /**
   * The chair decides the re-evaluation: the approval continues for a new period (with modified
   * conditions when so decided), or is suspended or terminated. Needs the authors' report, or the
   * reason the committee decides without it.
   */
  async decide(actor: Actor, approvalId: string, input: ReevaluationDecisionInput): Promise<ApprovalRecord> {
    const { approval, submission, target } = await this.load(actor, approvalId);
    this.access.require(actor, 'approval.manage', target);
    if (approval.revision !== input.expectedRevision) fail(approvalErrors, 'STALE');
    const current = await this.openOne(approval);
    const refusal = decisionRefusal({ outcome: input.outcome, reportSubmitted: current.report !== null, withoutReportReason: input.withoutReportReason });
    if (refusal) fail(approvalErrors, 'INVALID_CHANGE', [refusal]);
    const now = this.clock.now();
    const venue = await this.venues.findById(approval.venueId);
    const conditions = input.outcome === 'modify_conditions' ? input.conditions.map((c) => ({ ...c, text: c.text.trim() })) : approval.conditions;
    if (input.outcome === 'modify_conditions') {
      const errors = validateDecisionConditions(
        conditions.map((c) => ({ libraryId: c.libraryId, text: c.text, artifactId: c.artifactKey, dueOn: c.dueOn })),
        { artifactIds: this.lifecycle.artifactsOf(submission, approval).map((a) => a.key), today: formatInZone(now, venue?.timeZone ?? 'UTC').slice(0, 10) },
      );
      // The domain names the artifact field artifactId; the input calls it artifactKey.
      if (errors.length > 0) fail(approvalErrors, 'INVALID_CHANGE', errors.map((e) => ({ ...e, path: e.path.replace(/\.artifactId$/, '.artifactKey') })));
    }
    let stageOpenings: ApprovalRecord['stageOpenings'] | undefined;
    if (input.outcome === 'advance_stage') {
      const gates = nextGates(approval.releasePlan as ReleasePlanItem[], approval.stageOpenings);
      const chosen = [...new Set(input.advanceArtifactKeys)].map((artifactKey) => ({ artifactKey }));
      const errors = validateAdvance(chosen, gates);
      if (errors.length > 0) fail(approvalErrors, 'INVALID_CHANGE', errors);
      const opened = gates.filter((g) => chosen.some((c) => c.artifactKey === g.artifactKey));
      stageOpenings = [...approval.stageOpenings, ...opened.map((g) => ({ artifactKey: g.artifactKey, stage: g.stage, gatePassedAt: now, reevaluationId: current.id }))];
    }
    const result = applyApprovalAction(approval, input.outcome, 'chair', {
      reason: input.reason,
      now,
      newExpiresAt: approvalExpiry(now, approval.tier, venue?.continuingReviewPolicy ?? DEFAULT_CONTINUING_REVIEW_POLICY),
      knownArtifactKeys: this.lifecycle.artifactsOf(submission, approval).map((a) => a.key),
    });
    if (!result.ok) return fail(approvalErrors, 'INVALID_CHANGE', result.errors);
    // The approval moves on first (the state people act on); the re-evaluation records the decision
    // next (closed), and the page reads it from the approval's last change if a crash fell between.
    return this.lifecycle.write(approval, submission, input.outcome, 'chair', actor?.userId ?? null, input.reason.trim(), result.next, now, { conditions, withoutReportReason: input.withoutReportReason, ...(stageOpenings ? { stageOpenings } : {}) });
  }

  private async openOne(approval: ApprovalRecord): Promise<ReevaluationRecord> {
    if (approval.state !== 'under_reevaluation')
      fail(approvalErrors, 'NOT_UNDER_REEVALUATION');
    const current = await this.currentOf(approval);
    if (!current || current.state !== 'open') return fail(approvalErrors, 'NOT_UNDER_REEVALUATION');
    return current;
  }

  private async load(actor: Actor, approvalId: string): Promise<{ approval: ApprovalRecord; submission: SubmissionRecord; target: SubmissionTarget }> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const approval = await this.approvals.findById(approvalId);
    const submission = approval ? await this.submissions.findById(approval.submissionId) : null;
    if (!approval || !submission) return this.access.notFound('submission');
    const target = await this.access.submission(submission);
    this.access.require(actor, 'decision.view', target);
    return { approval, submission, target };
  }
}
