import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  APPROVAL_ACTION_LABELS,
  APPROVAL_STATE_LABELS,
  approvalConsequence,
  daysUntil,
  reevaluationOpensAt,
  DEFAULT_CONTINUING_REVIEW_POLICY,
  type SubmissionTarget,
} from '@impact-review/domain';
import { AccessService } from '../access';
import { Clock } from '../common/clock';
import { Ctx } from '../common/graphql/current-actor.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { Submission, SubmissionRepository, type SubmissionRecord } from '../submissions';
import { userById, UserRepository } from '../users';
import { userInVenue, VenueRepository } from '../venues';
import type { ApprovalRecord } from './approval.repository';
import { ApprovalsService } from './approvals.service';
import { ChangeApprovalInput } from './dto/change-approval.input';
import { Approval } from './models/approval.model';

/** A statement's approval, and the changes to it made by hand. */
@Resolver(() => Submission)
export class SubmissionApprovalResolver {
  constructor(
    private readonly approvals: ApprovalsService,
    private readonly submissions: SubmissionRepository,
    private readonly venues: VenueRepository,
    private readonly users: UserRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => Approval, { nullable: true, description: 'Its approval, once a positive decision was sent (null before, and for those who may not see its decision).' })
  async approval(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<Approval | null> {
    const record = await this.submissions.findById(submission.id);
    if (!record) return null;
    const target = await this.access.submission(record, ctx.loaders);
    const approval = await this.approvals.visible(ctx.actor, record, target);
    return approval ? this.toApproval(approval, record, target, ctx) : null;
  }

  @Mutation(() => Approval, {
    description:
      'Changes an approval by hand: a chair opens its re-evaluation, continues it for a new period, suspends it (whole or some artifacts’ releases), reinstates or terminates it; its authors or a chair close it. A reason is needed to open, suspend, reinstate or terminate (BAD_USER_INPUT on reason); CONFLICT when it changed since expectedRevision; NOT_FOUND for whoever may not read the statement’s decision.',
  })
  async changeApproval(@Args('input') input: ChangeApprovalInput, @Ctx() ctx: RequestContext): Promise<Approval> {
    const changed = await this.approvals.change(ctx.actor, input.approvalId, input);
    const record = (await this.submissions.findById(changed.submissionId)) as SubmissionRecord;
    return this.toApproval(changed, record, await this.access.submission(record), ctx);
  }

  private async toApproval(approval: ApprovalRecord, submission: SubmissionRecord, target: SubmissionTarget, ctx: RequestContext): Promise<Approval> {
    const names = this.approvals.artifactNames(submission);
    const venue = await this.venues.findById(approval.venueId);
    const policy = venue?.continuingReviewPolicy ?? DEFAULT_CONTINUING_REVIEW_POLICY;
    const actorUser = approval.lastTransition.actorId ? await ctx.loaders.of(userById, this.users).load(approval.lastTransition.actorId) : null;
    const holds = approval.state === 'active' || approval.state === 'under_reevaluation' || approval.state === 'suspended';
    return {
      id: approval.id,
      state: approval.state,
      stateLabel: APPROVAL_STATE_LABELS[approval.state],
      consequence: approvalConsequence(approval.state, approval.suspendedArtifactKeys.length > 0),
      outcome: approval.outcome,
      tier: approval.tier,
      forVersion: approval.forVersion,
      approvedAt: approval.approvedAt,
      expiresAt: approval.expiresAt,
      daysUntilExpiry: approval.expiresAt ? daysUntil(approval.expiresAt, this.clock.now()) : null,
      reevaluationOpensAt: holds ? reevaluationOpensAt(approval.expiresAt, policy.reminderDays) : null,
      suspendedArtifacts: approval.suspendedArtifactKeys.map((key) => ({ key, name: names.get(key) ?? key })),
      lastChange: {
        action: approval.lastTransition.action,
        label: approval.lastTransition.action === 'created' ? 'Approved' : APPROVAL_ACTION_LABELS[approval.lastTransition.action],
        by: approval.lastTransition.actor,
        actor: actorUser ? userInVenue(ctx.actor, actorUser, approval.venueId) : null,
        reason: approval.lastTransition.reason,
        at: approval.lastTransition.at,
      },
      conditions: approval.conditions.map((c) => ({ ...c, artifactName: c.artifactKey ? (names.get(c.artifactKey) ?? c.artifactKey) : null })),
      releasePlan: approval.releasePlan as Approval['releasePlan'],
      availableActions: this.approvals.actionsFor(ctx.actor, target, approval),
      remindersSent: [...approval.remindersSent].sort((a, b) => b - a),
      revision: approval.revision,
    };
  }
}
