import { Injectable } from '@nestjs/common';
import {
  AMENDMENT_CHANGE_LABELS,
  amendmentChanges,
  amendmentDecisionErrors,
  amendmentTier,
  approvalTakesAmendments,
  validateAmendment,
  validateAmendmentRecommendation,
  type Actor,
  type AmendmentDecision,
  type AmendmentProposal,
  type ReleasePlanItem,
  type SubmissionTarget,
} from '@impact-review/domain';
import { AccessService } from '../access';
import { ApprovalRepository, ApprovalsService, type ApprovalRecord } from '../approvals';
import { AuditLog } from '../audit';
import { auditEvent, type PendingEvent } from '../audit/pending-events';
import { Clock } from '../common/clock';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { StatementVersionRepository, SubmissionRepository, type SubmissionRecord } from '../submissions';
import { AmendmentRepository, type AmendmentRecord } from './amendment.repository';
import { amendmentErrors } from './amendments.errors';

interface Loaded {
  approval: ApprovalRecord;
  submission: SubmissionRecord;
  target: SubmissionTarget;
}

/**
 * Amendments of approved release plans: the authors request one (expedited by default, full when
 * the tier rubric raises it), the reviewers of record recommend, a chair approves or declines. The
 * approved plan, artifacts and conditions change only through an approving decision: one
 * conditional write on the approval that carries the amendment's log event and notice, after which
 * the amendment records its decision (a crash in between is read back from the approval).
 */
@Injectable()
export class AmendmentsService {
  constructor(
    private readonly amendments: AmendmentRepository,
    private readonly approvalRecords: ApprovalRepository,
    private readonly approvals: ApprovalsService,
    private readonly submissions: SubmissionRepository,
    private readonly versions: StatementVersionRepository,
    private readonly access: AccessService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** The approval's amendments, newest first, for whoever may read its decision. */
  async ofApproval(actor: Actor, approval: ApprovalRecord, target: SubmissionTarget): Promise<AmendmentRecord[]> {
    if (!this.access.can(actor, 'decision.view', target)) return [];
    const list = await this.amendments.ofApproval(approval.id);
    // An approved amendment the approval does not carry yet (a crash after the decision): applied now, once.
    for (const a of list) if (a.state === 'approved' && !approval.appliedAmendmentIds.includes(a.id)) await this.apply(a);
    return list;
  }

  /** The authors ask to change the approved plan. */
  async request(actor: Actor, approvalId: string, proposal: AmendmentProposal): Promise<AmendmentRecord> {
    const { approval, submission, target } = await this.load(actor, approvalId);
    this.access.require(actor, 'approval.amend', target);
    if (!approvalTakesAmendments(approval.state)) fail(amendmentErrors, 'NOT_AMENDABLE');
    const now = this.clock.now();
    const currentPlan = approval.releasePlan as ReleasePlanItem[];
    const artifacts = this.approvals.artifactsOf(submission, approval);
    const tidy: AmendmentProposal = {
      reason: proposal.reason.trim(),
      releasePlan: proposal.releasePlan.map((item) => ({ ...item, accessConditions: item.accessConditions.trim(), releaseEvent: item.releaseEvent.trim() })),
      newArtifacts: proposal.newArtifacts.map((a) => ({ ...a, key: a.key.trim(), name: a.name.trim(), description: a.description.trim() })),
    };
    const errors = validateAmendment(tidy, { currentPlan, artifacts, now });
    if (errors.length > 0) fail(amendmentErrors, 'INVALID_AMENDMENT', errors);
    const version = await this.versions.find(submission.id, approval.forVersion);
    const tier = version
      ? amendmentTier({ content: { ...version.content, releasePlan: currentPlan }, artifacts, releasePlan: tidy.releasePlan, newArtifacts: tidy.newArtifacts })
      : { tier: 'expedited' as const, reasons: [] };
    const changes = amendmentChanges(currentPlan, tidy.releasePlan, tidy.newArtifacts);
    const names = new Map([...artifacts, ...tidy.newArtifacts].map((a) => [a.key, a.name]));
    const changeText = changes.map((c) => `${AMENDMENT_CHANGE_LABELS[c.kind]}: ${names.get(c.artifactKey) ?? c.artifactKey}.`).join(' ');
    const id = this.amendments.newId();
    const event = this.event(approval, submission, 'amendment.requested', actor?.userId ?? null, now, { amendmentId: id, tier: tier.tier, changes: changeText, reason: tidy.reason }, 'requested', tier.tier);
    const saved = await this.amendments.request(
      id,
      {
        venueId: approval.venueId,
        submissionId: approval.submissionId,
        approvalId: approval.id,
        reason: tidy.reason,
        previousPlan: currentPlan,
        releasePlan: [...tidy.releasePlan],
        newArtifacts: [...tidy.newArtifacts],
        changes,
        tier: tier.tier,
        tierReasons: [...tier.reasons],
        requestedBy: actor?.userId ?? '',
        requestedAt: now,
      },
      [event],
    );
    if (!saved) return fail(amendmentErrors, 'ALREADY_OPEN');
    await this.audit.recorded('amendments', saved.id, [event]);
    return saved;
  }

  /** The authors withdraw their amendment while it is under review. */
  async withdraw(actor: Actor, amendmentId: string, expectedRevision: number): Promise<AmendmentRecord> {
    const { amendment, approval, submission, target } = await this.loadAmendment(actor, amendmentId);
    this.access.require(actor, 'approval.amend', target);
    if (amendment.state !== 'requested') fail(amendmentErrors, 'NOT_UNDER_REVIEW');
    if (amendment.revision !== expectedRevision) fail(amendmentErrors, 'STALE');
    const now = this.clock.now();
    const event = this.event(approval, submission, 'amendment.withdrawn', actor?.userId ?? null, now, { amendmentId: amendment.id }, 'withdrawn', amendment.tier);
    const saved = await this.amendments.update(amendment.id, amendment.revision, { state: 'withdrawn', slot: amendment.id }, [event]);
    if (!saved) return fail(amendmentErrors, 'STALE');
    await this.audit.recorded('amendments', saved.id, [event]);
    return saved;
  }

  /** A reviewer of record recommends approving or declining (a second recommendation replaces the first). */
  async recommend(actor: Actor, amendmentId: string, input: { decision: AmendmentDecision; comment: string }): Promise<AmendmentRecord> {
    const { amendment, approval, target } = await this.loadAmendment(actor, amendmentId);
    this.access.require(actor, 'approval.recommend', target);
    const errors = validateAmendmentRecommendation(input);
    if (errors.length > 0) fail(amendmentErrors, 'INVALID_RECOMMENDATION', errors);
    const userId = actor?.userId ?? '';
    const now = this.clock.now();
    let current = amendment;
    // Two recommendations at once: the later write re-reads and keeps the other's.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (current.state !== 'requested') fail(amendmentErrors, 'NOT_UNDER_REVIEW');
      const recommendations = [...current.recommendations.filter((r) => r.reviewerId !== userId), { reviewerId: userId, decision: input.decision, comment: input.comment.trim(), at: now }];
      const event = auditEvent({
        venueId: approval.venueId,
        kind: 'amendment.recommended',
        objectType: 'submission',
        objectId: approval.submissionId,
        actorId: userId,
        summary: { approvalId: approval.id, amendmentId: current.id, decision: input.decision },
        at: now,
      });
      const saved = await this.amendments.update(current.id, current.revision, { recommendations }, [event]);
      if (saved) {
        await this.audit.recorded('amendments', saved.id, [event]);
        return saved;
      }
      current = (await this.amendments.findById(amendment.id)) ?? current;
    }
    return fail(amendmentErrors, 'STALE');
  }

  /**
   * A chair approves (the approval takes the amended plan, its new artifacts, and the conditions
   * given) or declines with the reason. A full-tier amendment waits for the reviewers of record.
   */
  async decide(
    actor: Actor,
    amendmentId: string,
    input: { decision: AmendmentDecision; reason: string; expectedRevision: number; approvalRevision: number },
  ): Promise<AmendmentRecord> {
    const { amendment, approval, submission, target } = await this.loadAmendment(actor, amendmentId);
    this.access.require(actor, 'approval.manage', target);
    if (amendment.state !== 'requested') fail(amendmentErrors, 'NOT_UNDER_REVIEW');
    if (amendment.revision !== input.expectedRevision || approval.revision !== input.approvalRevision) fail(amendmentErrors, 'STALE');
    const errors = amendmentDecisionErrors({
      decision: input.decision,
      reason: input.reason,
      tier: amendment.tier,
      recommendations: amendment.recommendations.length,
      reviewersOfRecord: target.submittedReviewerIds.length,
    });
    if (errors.length > 0) fail(amendmentErrors, 'INVALID_DECISION', errors);
    const now = this.clock.now();
    const reason = input.reason.trim();
    const decision = { decision: input.decision, reason, decidedBy: actor?.userId ?? '', decidedAt: now };
    if (input.decision === 'decline') {
      const event = this.event(approval, submission, 'amendment.declined', actor?.userId ?? null, now, { amendmentId: amendment.id, reason }, 'declined', amendment.tier);
      const saved = await this.amendments.update(amendment.id, amendment.revision, { state: 'declined', slot: amendment.id, decision }, [event]);
      if (!saved) return fail(amendmentErrors, 'STALE');
      await this.audit.recorded('amendments', saved.id, [event]);
      return saved;
    }
    if (!approvalTakesAmendments(approval.state)) fail(amendmentErrors, 'NOT_AMENDABLE');
    // The plan it amends must still be the approval's plan.
    if (JSON.stringify(approval.releasePlan) !== JSON.stringify(amendment.previousPlan)) fail(amendmentErrors, 'STALE');
    // The amendment's conditional write decides (of an approval and a decline at once, one wins) and
    // carries the log event; the approval follows, once (and is brought up to date on the next read
    // if a crash fell between).
    const event = this.event(approval, submission, 'amendment.approved', actor?.userId ?? null, now, { amendmentId: amendment.id, reason }, 'approved', amendment.tier);
    const saved = await this.amendments.update(amendment.id, amendment.revision, { state: 'approved', slot: amendment.id, decision }, [event]);
    if (!saved) return fail(amendmentErrors, 'STALE');
    await this.audit.recorded('amendments', saved.id, [event]);
    await this.apply(saved);
    return saved;
  }

  /** Brings the approval up to date with an approved amendment (once). */
  private async apply(amendment: AmendmentRecord): Promise<void> {
    await this.approvalRecords.amend(amendment.approvalId, { amendmentId: amendment.id, releasePlan: amendment.releasePlan, addedArtifacts: amendment.newArtifacts });
  }

  private event(
    approval: ApprovalRecord,
    submission: SubmissionRecord,
    kind: 'amendment.requested' | 'amendment.approved' | 'amendment.declined' | 'amendment.withdrawn',
    actorId: string | null,
    at: Date,
    summary: Record<string, unknown>,
    stage: 'requested' | 'approved' | 'declined' | 'withdrawn',
    tier: 'expedited' | 'full',
  ): PendingEvent {
    return auditEvent({
      venueId: approval.venueId,
      kind,
      objectType: 'submission',
      objectId: approval.submissionId,
      actorId,
      summary: { approvalId: approval.id, ...summary },
      at,
      notification: {
        kind: 'amendment',
        venueId: approval.venueId,
        submissionId: approval.submissionId,
        authorIds: submission.authorIds,
        phase: submission.phase,
        title: submission.submitted?.title ?? '',
        approvalId: approval.id,
        amendmentId: String(summary['amendmentId'] ?? ''),
        stage,
        tier,
        reason: String(summary['reason'] ?? ''),
        actorId,
      },
    });
  }

  private async load(actor: Actor, approvalId: string): Promise<Loaded> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const approval = await this.approvalRecords.findById(approvalId);
    const submission = approval ? await this.submissions.findById(approval.submissionId) : null;
    if (!approval || !submission) return this.access.notFound('submission');
    const target = await this.access.submission(submission);
    this.access.require(actor, 'decision.view', target);
    return { approval, submission, target };
  }

  private async loadAmendment(actor: Actor, amendmentId: string): Promise<Loaded & { amendment: AmendmentRecord }> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const amendment = await this.amendments.findById(amendmentId);
    if (!amendment) return this.access.notFound('submission');
    return { amendment, ...(await this.load(actor, amendment.approvalId)) };
  }
}
