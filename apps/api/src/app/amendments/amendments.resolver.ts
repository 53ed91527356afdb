import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AMENDMENT_CHANGE_LABELS,
  AMENDMENT_DECISION_LABELS,
  AMENDMENT_STATE_LABELS,
  recommendationsNeeded,
  type SubmissionTarget,
} from '@impact-review/domain';
import { AccessService } from '../access';
import { Approval, ApprovalsService, type ApprovalRecord } from '../approvals';
import { Ctx } from '../common/graphql/current-actor.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { SubmissionRepository, type SubmissionRecord } from '../submissions';
import { userById, UserRepository } from '../users';
import { userInVenue } from '../venues';
import type { AmendmentRecord } from './amendment.repository';
import { AmendmentsService } from './amendments.service';
import { AmendmentDecisionInput, AmendmentRecommendationInput, AmendmentRequestInput } from './dto/amendment.input';
import { Amendment } from './models/amendment.model';
import { toReleasePlanChanges } from '../decisions/models/decision.model';

/** Amendments of an approval: listed on it, requested, withdrawn, recommended on and decided. */
@Resolver(() => Approval)
export class AmendmentsResolver {
  constructor(
    private readonly service: AmendmentsService,
    private readonly approvals: ApprovalsService,
    private readonly submissions: SubmissionRepository,
    private readonly users: UserRepository,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => [Amendment], { description: 'Its amendments, newest first (for whoever may read its decision).' })
  async amendments(@Parent() parent: Approval, @Ctx() ctx: RequestContext): Promise<Amendment[]> {
    const loaded = await this.loadApproval(parent.id, ctx);
    if (!loaded) return [];
    const list = await this.service.ofApproval(ctx.actor, loaded.approval, loaded.target);
    return Promise.all(list.map((a) => this.toAmendment(a, loaded.approval, loaded.submission, loaded.target, ctx)));
  }

  @Mutation(() => Amendment, {
    description:
      'The authors ask to change the approved release plan (an earlier release, a new artifact, a wider distribution), with the reason. Reviewed as expedited unless the tier rubric raises it. BAD_USER_INPUT on the fields; CONFLICT when one is already under review or the approval does not hold.',
  })
  async requestAmendment(@Args('input') input: AmendmentRequestInput, @Ctx() ctx: RequestContext): Promise<Amendment> {
    const saved = await this.service.request(ctx.actor, input.approvalId, input);
    return this.reload(saved, ctx);
  }

  @Mutation(() => Amendment, { description: 'The authors withdraw their amendment while it is under review. CONFLICT when it changed or was decided.' })
  async withdrawAmendment(
    @Args('amendmentId', { type: () => ID }) amendmentId: string,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Amendment> {
    return this.reload(await this.service.withdraw(ctx.actor, amendmentId, expectedRevision), ctx);
  }

  @Mutation(() => Amendment, { description: 'A reviewer of record recommends approving or declining an amendment, with the reason (a second one replaces the first).' })
  async recommendOnAmendment(@Args('input') input: AmendmentRecommendationInput, @Ctx() ctx: RequestContext): Promise<Amendment> {
    return this.reload(await this.service.recommend(ctx.actor, input.amendmentId, input), ctx);
  }

  @Mutation(() => Amendment, {
    description:
      'A chair approves an amendment (the approval takes the amended plan and artifacts) or declines it with the reason. A full-tier amendment waits for the reviewers of record (BAD_USER_INPUT on decision); CONFLICT when it or the approval changed since the revisions given.',
  })
  async decideAmendment(@Args('input') input: AmendmentDecisionInput, @Ctx() ctx: RequestContext): Promise<Amendment> {
    return this.reload(await this.service.decide(ctx.actor, input.amendmentId, input), ctx);
  }

  private async reload(amendment: AmendmentRecord, ctx: RequestContext): Promise<Amendment> {
    const loaded = (await this.loadApproval(amendment.approvalId, ctx)) as NonNullable<Awaited<ReturnType<AmendmentsResolver['loadApproval']>>>;
    const fresh = (await this.service.ofApproval(ctx.actor, loaded.approval, loaded.target)).find((a) => a.id === amendment.id) ?? amendment;
    return this.toAmendment(fresh, loaded.approval, loaded.submission, loaded.target, ctx);
  }

  private async loadApproval(approvalId: string, ctx: RequestContext): Promise<{ approval: ApprovalRecord; submission: SubmissionRecord; target: SubmissionTarget } | null> {
    const approval = await this.approvals.byId(approvalId);
    const submission = approval ? await this.submissions.findById(approval.submissionId) : null;
    if (!approval || !submission) return null;
    return { approval, submission, target: await this.access.submission(submission, ctx.loaders) };
  }

  private async toAmendment(a: AmendmentRecord, approval: ApprovalRecord, submission: SubmissionRecord, target: SubmissionTarget, ctx: RequestContext): Promise<Amendment> {
    const names = new Map([...this.approvals.artifactsOf(submission, approval), ...a.newArtifacts].map((x) => [x.key, x.name]));
    const users = ctx.loaders.of(userById, this.users);
    const person = async (id: string | null) => {
      const user = id ? await users.load(id) : null;
      return user ? userInVenue(ctx.actor, user, approval.venueId) : null;
    };
    const chair = this.access.can(ctx.actor, 'approval.manage', target);
    const reviewer = this.access.can(ctx.actor, 'approval.recommend', target);
    const author = this.access.can(ctx.actor, 'approval.amend', target);
    const me = ctx.actor?.userId ?? '';
    const open = a.state === 'requested';
    return {
      id: a.id,
      state: a.state,
      stateLabel: AMENDMENT_STATE_LABELS[a.state],
      reason: a.reason,
      tier: a.tier,
      tierReasons: a.tierReasons,
      changes: a.changes.map((c) => ({ ...c, label: AMENDMENT_CHANGE_LABELS[c.kind], artifactName: names.get(c.artifactKey) ?? c.artifactKey })),
      planChanges: toReleasePlanChanges(a.previousPlan, a.releasePlan, names),
      newArtifacts: a.newArtifacts,
      requestedAt: a.requestedAt,
      requestedBy: await person(a.requestedBy),
      recommendations: await Promise.all(
        a.recommendations
          .filter((r) => chair || (reviewer && r.reviewerId === me))
          .map(async (r) => ({ reviewer: chair ? await person(r.reviewerId) : null, mine: r.reviewerId === me, decision: r.decision, comment: r.comment, at: r.at })),
      ),
      recommendationsNeeded: recommendationsNeeded(a.tier, target.submittedReviewerIds.length),
      recommendationCount: a.recommendations.length,
      decision: a.decision ? { decision: a.decision.decision, label: AMENDMENT_DECISION_LABELS[a.decision.decision], reason: a.decision.reason, decidedAt: a.decision.decidedAt } : null,
      viewerCan: { withdraw: open && author, recommend: open && reviewer, decide: open && chair },
      revision: a.revision,
    };
  }
}
