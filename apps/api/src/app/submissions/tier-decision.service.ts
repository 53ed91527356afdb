import { Injectable } from '@nestjs/common';
import { tierRank, validateTierDecision, type Actor, type Tier } from '@impact-review/domain';
import { AccessService } from '../access';
import { Clock } from '../common/clock';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { SubmissionRepository, type SubmissionRecord } from './submission.repository';
import { AuditLog, auditEvent } from '../audit';
import type { NotificationEvent } from '../notifications';
import { submissionErrors } from './submissions.errors';

@Injectable()
export class TierDecisionService {
  constructor(
    private readonly clock: Clock,
    private readonly submissions: SubmissionRepository,
    private readonly audit: AuditLog,
    private readonly access: AccessService,
  ) {}

  /**
   * A chair (not an author) confirms the suggested tier or overrides it with a reason, for the
   * latest version. Every decision is kept: it is appended to the history and becomes the current
   * one, on the revision the chair saw (so two chairs deciding at once cannot both win).
   */
  async confirm(
    actor: Actor,
    submissionId: string,
    tier: Tier,
    reason: string,
    expectedRevision: number,
  ): Promise<SubmissionRecord> {
    const submission = await this.submissions.findById(submissionId);
    if (!submission) return this.access.notFound('submission');
    const target = await this.access.submission(submission);
    this.access.require(actor, 'tier.decide', target, () => fail(submissionErrors, 'CANNOT_DECIDE_TIER'));
    const suggested = submission.tierSuggestion?.tier;
    if (!actor || !suggested) return fail(submissionErrors, 'CANNOT_DECIDE_TIER');
    if (submission.revision !== expectedRevision) fail(commonErrors, 'VERSION_CONFLICT');
    const errors = validateTierDecision({ tier, reason, suggestedTier: suggested });
    if (errors.length > 0) fail(submissionErrors, 'INVALID_TIER_DECISION', errors);
    const decision = {
      tier,
      suggestedTier: suggested,
      reason: reason.trim(),
      decidedBy: actor.userId,
      decidedAt: this.clock.now(),
      forVersion: submission.latestVersionNumber,
    };
    const status = tier === suggested ? 'confirmed' : 'overridden';
    const notification: NotificationEvent = {
      kind: 'tier_decided',
      venueId: submission.venueId,
      submissionId: submission.id,
      title: submission.submitted?.title ?? '',
      // Only the authors the venue shows tiers to hear about the decision.
      authorIds: await this.access.recipientsWith('tier.view', target, submission.authorIds),
      versionNumber: decision.forVersion,
      tier,
      outcome: status,
      reason: decision.reason,
      decidedAt: decision.decidedAt.toISOString(),
      actorId: actor.userId,
    };
    const event = auditEvent({
      venueId: submission.venueId,
      kind: status === 'confirmed' ? 'tier.confirmed' : 'tier.overridden',
      objectType: 'submission',
      objectId: submission.id,
      actorId: actor.userId,
      summary: { version: decision.forVersion, tier, suggestedTier: suggested, reason: decision.reason },
      notification,
    });
    const updated = await this.submissions.recordTierDecision(
      submission.id,
      expectedRevision,
      decision,
      status,
      tierRank(tier),
      [event],
    );
    if (updated) {
      await this.audit.recorded('submissions', updated.id, [event]);
      return updated;
    }
    if (!(await this.submissions.findById(submission.id))) return this.access.notFound('submission');
    // The revision moved: another decision, or a new version the chair has not seen yet.
    return fail(commonErrors, 'VERSION_CONFLICT');
  }
}
