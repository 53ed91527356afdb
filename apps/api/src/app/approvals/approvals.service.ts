import { Injectable } from '@nestjs/common';
import {
  APPROVAL_ACTION_EVENTS,
  APPROVAL_TRANSITIONS,
  DEFAULT_CONTINUING_REVIEW_POLICY,
  applyApprovalAction,
  approvalExpiry,
  availableApprovalActions,
  isAuthorOf,
  type Actor,
  type Artifact,
  type ApprovalAction,
  type ApprovalActor,
  type DecisionOutcome,
  type ReevaluationTrigger,
  type SubmissionTarget,
  type Tier,
} from '@impact-review/domain';
import { AccessService } from '../access';
import { AuditLog } from '../audit';
import { auditEvent } from '../audit/pending-events';
import { Clock } from '../common/clock';
import { AppError, fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { SubmissionRepository, type SubmissionRecord } from '../submissions';
import { VenueRepository } from '../venues';
import { ApprovalRepository, type ApprovalRecord } from './approval.repository';
import { approvalErrors } from './approvals.errors';

/** What people change by hand; continuing (and modifying) comes with a re-evaluation's decision, lapsing with the schedule. */
export const HAND_ACTIONS: readonly ApprovalAction[] = ['open_reevaluation', 'suspend', 'reinstate', 'terminate', 'close'];

/** What a transition writes besides the state, and whether it announces itself. */
export interface ApprovalWriteOptions {
  /** False when another notice says it already (the first reminder announces the opened re-evaluation). */
  announce?: boolean;
  /** A re-evaluation's modified conditions; absent: as they are. */
  conditions?: ApprovalRecord['conditions'];
  /** A re-evaluation decided without the authors' report: why. */
  withoutReportReason?: string;
  /** What opens a re-evaluation, when this does (default: the schedule or a chair). */
  trigger?: ReevaluationTrigger;
  /** An "advance" decision: the gate openings from now on (the old ones and those it adds). */
  stageOpenings?: ApprovalRecord['stageOpenings'];
}

/** What a sent positive decision hands over to make the approval. */
export interface ApprovalGrant {
  venueId: string;
  submissionId: string;
  decisionId: string;
  forVersion: number;
  tier: Tier;
  outcome: DecisionOutcome;
  conditions: ApprovalRecord['conditions'];
  releasePlan: unknown[];
  approvedAt: Date;
  actorId: string | null;
}

/**
 * Approvals and their lifecycle (libs/domain's state machine): created by a sent positive decision
 * with the period the venue's continuing-review policy gives its tier, and changed by chairs
 * (re-evaluation, continuation, suspension whole or partial, reinstatement, termination), by the
 * authors (closing it when the work is finished) and by the schedule (ApprovalSchedule). Each change
 * is one conditional write carrying its log event, whose notice reaches the people the rule names.
 */
@Injectable()
export class ApprovalsService {
  /** Set by ReevaluationsService: opens the re-evaluation record of an approval just put under re-evaluation. */
  onReevaluationOpened: ((approval: ApprovalRecord, trigger: ReevaluationTrigger) => Promise<void>) | null = null;
  /** Set by ReevaluationsService: records the decision of the re-evaluation an approval just left. */
  onReevaluationClosed:
    | ((approval: ApprovalRecord, action: ApprovalAction, reason: string, withoutReportReason: string, actorId: string | null, at: Date) => Promise<void>)
    | null = null;

  constructor(
    private readonly approvals: ApprovalRepository,
    private readonly submissions: SubmissionRepository,
    private readonly venues: VenueRepository,
    private readonly access: AccessService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Creates the approval of a sent positive decision, once (a retried send finds it). */
  async grant(input: ApprovalGrant): Promise<ApprovalRecord> {
    const venue = await this.venues.findById(input.venueId);
    const expiresAt = approvalExpiry(input.approvedAt, input.tier, venue?.continuingReviewPolicy ?? DEFAULT_CONTINUING_REVIEW_POLICY);
    const event = auditEvent({
      venueId: input.venueId,
      kind: 'approval.created',
      objectType: 'submission',
      objectId: input.submissionId,
      actorId: input.actorId,
      summary: { decisionId: input.decisionId, tier: input.tier, outcome: input.outcome, expiresAt },
      at: input.approvedAt,
    });
    const { approval, created } = await this.approvals.create(
      {
        venueId: input.venueId,
        submissionId: input.submissionId,
        decisionId: input.decisionId,
        forVersion: input.forVersion,
        tier: input.tier,
        state: 'active',
        outcome: input.outcome,
        conditions: input.conditions,
        releasePlan: input.releasePlan,
        approvedAt: input.approvedAt,
        expiresAt,
        lastTransition: { action: 'created', actor: 'chair', actorId: input.actorId, reason: '', at: input.approvedAt },
      },
      [event],
    );
    if (created) await this.audit.recorded('approvals', approval.id, [event]);
    return approval;
  }

  byId(id: string): Promise<ApprovalRecord | null> {
    return this.approvals.findById(id);
  }

  /** The statement's approval as `actor` may see it: for whoever may read its decision. */
  async visible(actor: Actor, submission: SubmissionRecord, target: SubmissionTarget): Promise<ApprovalRecord | null> {
    if (!this.access.can(actor, 'decision.view', target) || submission.decisionSentForVersion === 0) return null;
    return this.approvals.latestOf(submission.id);
  }

  /** The changes `actor` may make now (the page's buttons). */
  actionsFor(actor: Actor, target: SubmissionTarget, approval: ApprovalRecord): ApprovalAction[] {
    const as = this.actorKind(actor, target);
    return as ? availableApprovalActions(approval.state, as).filter((a) => HAND_ACTIONS.includes(a)) : [];
  }

  /**
   * Changes the approval as `action` says, at the revision the person loaded. Someone who may not
   * read the statement's decision gets NOT_FOUND, as for a missing approval.
   */
  async change(
    actor: Actor,
    approvalId: string,
    input: { action: ApprovalAction; reason: string; artifactKeys: string[]; expectedRevision: number; trigger?: ReevaluationTrigger },
  ): Promise<ApprovalRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const approval = await this.approvals.findById(approvalId);
    const submission = approval ? await this.submissions.findById(approval.submissionId) : null;
    if (!approval || !submission) return this.access.notFound('submission');
    const target = await this.access.submission(submission);
    this.access.require(actor, 'decision.view', target);
    const as = this.actorKind(actor, target);
    if (!as) this.access.require(actor, 'approval.manage', target);
    if (!HAND_ACTIONS.includes(input.action))
      fail(approvalErrors, 'INVALID_CHANGE', [{ path: 'action', message: 'This change comes with a re-evaluation’s decision, not by hand.' }]);
    if (approval.revision !== input.expectedRevision) fail(approvalErrors, 'STALE');
    const now = this.clock.now();
    const venue = await this.venues.findById(approval.venueId);
    const result = applyApprovalAction(approval, input.action, as as ApprovalActor, {
      reason: input.reason,
      now,
      artifactKeys: input.artifactKeys,
      knownArtifactKeys: this.artifactKeysOf(approval, submission),
      newExpiresAt: approvalExpiry(now, approval.tier, venue?.continuingReviewPolicy ?? DEFAULT_CONTINUING_REVIEW_POLICY),
    });
    if (!result.ok) {
      const [first] = result.errors;
      // Not theirs to do, or not from this state: said in the domain's sentence, with the right code.
      if (first?.path === 'action' && !APPROVAL_TRANSITIONS[input.action].by.includes(as as ApprovalActor))
        throw new AppError('FORBIDDEN', first.message, [], 'FORBIDDEN');
      if (first?.path === 'action') throw new AppError('CONFLICT', first.message, [], 'WRONG_STATE');
      return fail(approvalErrors, 'INVALID_CHANGE', result.errors);
    }
    return this.write(approval, submission, input.action, as as ApprovalActor, actor.userId, input.reason.trim(), result.next, now, { trigger: input.trigger });
  }

  /**
   * Writes one transition the domain allowed, with its event and notice; null when someone else
   * changed the approval first (the caller says so, or the schedule tries again next run).
   */
  async write(
    approval: ApprovalRecord,
    submission: SubmissionRecord,
    action: ApprovalAction,
    by: ApprovalActor,
    actorId: string | null,
    reason: string,
    next: { state: ApprovalRecord['state']; expiresAt: Date | null; suspendedArtifactKeys: readonly string[] },
    now: Date,
    options: ApprovalWriteOptions = {},
  ): Promise<ApprovalRecord> {
    const { announce = true, conditions, withoutReportReason = '', trigger, stageOpenings } = options;
    const renewed = (next.expiresAt?.getTime() ?? null) !== (approval.expiresAt?.getTime() ?? null);
    const names = this.artifactNames(submission, approval);
    const event = auditEvent({
      venueId: approval.venueId,
      kind: APPROVAL_ACTION_EVENTS[action],
      objectType: 'submission',
      objectId: approval.submissionId,
      actorId,
      summary: {
        approvalId: approval.id,
        by,
        from: approval.state,
        to: next.state,
        reason,
        ...(next.suspendedArtifactKeys.length > 0 ? { artifactKeys: [...next.suspendedArtifactKeys] } : {}),
        ...(renewed ? { expiresAt: next.expiresAt } : {}),
        ...(stageOpenings ? { stagesOpened: stageOpenings.slice(approval.stageOpenings.length).map((o) => ({ artifactKey: o.artifactKey, stage: o.stage })) } : {}),
      },
      at: now,
      notification: announce ? {
        kind: 'approval_changed',
        venueId: approval.venueId,
        submissionId: approval.submissionId,
        authorIds: submission.authorIds,
        phase: submission.phase,
        title: submission.submitted?.title ?? '',
        approvalId: approval.id,
        action,
        state: next.state,
        reason,
        notify: [...APPROVAL_TRANSITIONS[action].notify],
        suspendedArtifactNames: next.suspendedArtifactKeys.map((k) => names.get(k) ?? k),
        expiresAt: next.expiresAt ? next.expiresAt.toISOString() : null,
        revision: approval.revision + 1,
        actorId,
      } : undefined,
    });
    const written = await this.approvals.transition(
      approval.id,
      approval.revision,
      {
        state: next.state,
        expiresAt: next.expiresAt,
        suspendedArtifactKeys: [...next.suspendedArtifactKeys],
        lastTransition: { action, actor: by, actorId, reason, at: now },
        ...(renewed ? { remindersSent: [] } : {}),
        ...(conditions ? { conditions } : {}),
        ...(stageOpenings ? { stageOpenings } : {}),
      },
      [event],
    );
    if (!written) return fail(approvalErrors, 'STALE');
    await this.audit.recorded('approvals', written.id, [event]);
    if (written.state === 'under_reevaluation') await this.onReevaluationOpened?.(written, trigger ?? (by === 'system' ? 'schedule' : 'chair'));
    else if (approval.state === 'under_reevaluation') await this.onReevaluationClosed?.(written, action, reason, withoutReportReason, actorId, now);
    return written;
  }

  /** A chair not conflicted with the statement acts as 'chair'; its authors as 'author'; else nobody. */
  private actorKind(actor: Actor, target: SubmissionTarget): ApprovalActor | null {
    if (this.access.can(actor, 'approval.manage', target)) return 'chair';
    if (actor && isAuthorOf(actor, target) && this.access.can(actor, 'approval.close', target)) return 'author';
    return null;
  }

  private artifactKeysOf(approval: ApprovalRecord, submission: SubmissionRecord): string[] {
    const planned = (approval.releasePlan as { artifactKey?: string }[]).map((p) => p.artifactKey ?? '').filter(Boolean);
    return planned.length > 0 ? planned : this.artifactsOf(submission, approval).map((a) => a.key);
  }

  /** The approval's artifacts: the statement's, and those approved amendments added. */
  artifactsOf(submission: SubmissionRecord, approval: ApprovalRecord | null = null): Artifact[] {
    return [...(submission.submitted?.artifacts ?? []), ...(approval?.addedArtifacts ?? [])];
  }

  artifactNames(submission: SubmissionRecord, approval: ApprovalRecord | null = null): Map<string, string> {
    return new Map(this.artifactsOf(submission, approval).map((a) => [a.key, a.name]));
  }
}
