import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  approvalInPeriod,
  APPROVAL_ACTION_LABELS,
  APPROVAL_STATES,
  type ApprovalState,
  APPROVAL_STATE_LABELS,
  approvalConsequence,
  daysUntil,
  reevaluationOpensAt,
  DEFAULT_CONTINUING_REVIEW_POLICY,
  CONDITION_STATUS_LABELS,
  REEVALUATION_OUTCOME_LABELS,
  REEVALUATION_OUTCOMES,
  REEVALUATION_TRIGGER_LABELS,
  tallyRecommendations,
  type ReevaluationOutcome,
  type SubmissionTarget,
  approvalTimeline,
  formatInZone,
  nextGates,
  releaseSchedule,
  RELEASE_POINT_STATUS_LABELS,
  TIMELINE_CATEGORY_LABELS,
  type AuditEventKind,
  type CriterionRating,
  type ReleasePlanItem,
} from '@impact-review/domain';
import { AuditHistoryService } from '../history';
import { ReviewsService } from '../reviews';
import { AccessService } from '../access';
import { Clock } from '../common/clock';
import { Ctx } from '../common/graphql/current-actor.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { Submission, SubmissionRepository, toSubmission, type SubmissionRecord } from '../submissions';
import { userById, UserRepository } from '../users';
import { userInVenue, Venue, VenueRepository } from '../venues';
import { ApprovalDashboardService, type ApprovalListItem } from './approval-dashboard.service';
import { ContinuingReviewDashboard } from './models/approval-dashboard.model';
import { EventedApproval, ExternalEventResult } from './models/external-event.model';
import { ExternalEventsService } from './external-events.service';
import type { ApprovalRecord } from './approval.repository';
import { ApprovalsService } from './approvals.service';
import { ChangeApprovalInput } from './dto/change-approval.input';
import { Approval } from './models/approval.model';
import { ApprovalTimelineEntry } from './models/release-schedule.model';
import { ContinuingReviewReportInput, RecommendationInput, ReevaluationDecisionInput } from './dto/reevaluation.input';
import { Reevaluation } from './models/reevaluation.model';
import { ReevaluationsService } from './reevaluations.service';

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
    private readonly reevaluations: ReevaluationsService,
    private readonly reviews: ReviewsService,
  ) {}

  @ResolveField(() => Approval, { nullable: true, description: 'Its approval, once a positive decision was sent (null before, and for those who may not see its decision).' })
  async approval(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<Approval | null> {
    const record = await this.submissions.findById(submission.id);
    if (!record) return null;
    const target = await this.access.submission(record, ctx.loaders);
    const approval = await this.approvals.visible(ctx.actor, record, target);
    return approval ? this.toApproval(approval, record, target, ctx) : null;
  }

  @Mutation(() => Reevaluation, {
    description:
      'Files (or, while the re-evaluation is open, changes) the continuing-review report of an approval (its authors): progress, changes, incidents, replication, milestones, and for each condition whether it was met. BAD_USER_INPUT on the answers; CONFLICT when the re-evaluation changed since expectedRevision or is not open.',
  })
  async submitContinuingReviewReport(@Args('input') input: ContinuingReviewReportInput, @Ctx() ctx: RequestContext): Promise<Reevaluation> {
    const saved = await this.reevaluations.submitReport(ctx.actor, input.approvalId, input, input.expectedRevision);
    return this.reevaluationFor(saved.approvalId, ctx);
  }

  @Mutation(() => Reevaluation, {
    description: 'A reviewer of record recommends an outcome of the open re-evaluation, with the reason (a second one replaces the first).',
  })
  async recommendOnReevaluation(@Args('input') input: RecommendationInput, @Ctx() ctx: RequestContext): Promise<Reevaluation> {
    const saved = await this.reevaluations.recommend(ctx.actor, input.approvalId, input);
    return this.reevaluationFor(saved.approvalId, ctx);
  }

  @Mutation(() => Approval, {
    description:
      'A chair decides the open re-evaluation: continue for a new period, continue with modified conditions, advance a release stage (the gates of advanceArtifactKeys pass), suspend or terminate. Needs the authors’ report or withoutReportReason, and a reason to modify, suspend or terminate (BAD_USER_INPUT on the field); CONFLICT when the approval changed since expectedRevision.',
  })
  async decideReevaluation(@Args('input') input: ReevaluationDecisionInput, @Ctx() ctx: RequestContext): Promise<Approval> {
    const moved = await this.reevaluations.decide(ctx.actor, input.approvalId, input);
    const record = (await this.submissions.findById(moved.submissionId)) as SubmissionRecord;
    return this.toApproval(moved, record, await this.access.submission(record), ctx);
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
    const names = this.approvals.artifactNames(submission, approval);
    const venue = await this.venues.findById(approval.venueId);
    const policy = venue?.continuingReviewPolicy ?? DEFAULT_CONTINUING_REVIEW_POLICY;
    const actorUser = approval.lastTransition.actorId ? await ctx.loaders.of(userById, this.users).load(approval.lastTransition.actorId) : null;
    const holds = approvalInPeriod(approval.state);
    const zone = venue?.timeZone ?? 'UTC';
    const dayOf = (at: Date) => formatInZone(at, zone).slice(0, 10);
    const plan = approval.releasePlan as ReleasePlanItem[];
    const points = releaseSchedule({ plan, approval, approvedOn: dayOf(approval.approvedAt), openings: approval.stageOpenings, today: dayOf(this.clock.now()), dayOf });
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
      artifacts: this.approvals.artifactsOf(submission, approval).map((a) => ({ key: a.key, name: a.name })),
      releaseSchedule: points.map((p) => ({ ...p, artifactName: names.get(p.artifactKey) ?? p.artifactKey, statusLabel: RELEASE_POINT_STATUS_LABELS[p.status] })),
      nextGates: nextGates(plan, approval.stageOpenings).map((g) => ({ ...g, artifactName: names.get(g.artifactKey) ?? g.artifactKey })),
      availableActions: this.approvals.actionsFor(ctx.actor, target, approval),
      remindersSent: [...approval.remindersSent].sort((a, b) => b - a),
      revision: approval.revision,
      reevaluation: await this.toReevaluation(approval, target, ctx),
    };
  }

  private async reevaluationFor(approvalId: string, ctx: RequestContext): Promise<Reevaluation> {
    const approval = (await this.approvals.byId(approvalId)) as ApprovalRecord;
    const record = (await this.submissions.findById(approval.submissionId)) as SubmissionRecord;
    return (await this.toReevaluation(approval, await this.access.submission(record), ctx)) as Reevaluation;
  }

  /** The current re-evaluation as the reader may see it: the report for authors, chairs and reviewers of record; recommendations for chairs (a reviewer sees their own). */
  private async toReevaluation(approval: ApprovalRecord, target: SubmissionTarget, ctx: RequestContext): Promise<Reevaluation | null> {
    const current = await this.reevaluations.currentOf(approval);
    if (!current) return null;
    const chair = this.access.can(ctx.actor, 'approval.manage', target);
    const reviewer = this.access.can(ctx.actor, 'approval.recommend', target);
    const author = this.access.can(ctx.actor, 'approval.report', target);
    const open = current.state === 'open' && approval.state === 'under_reevaluation';
    const users = ctx.loaders.of(userById, this.users);
    const person = async (id: string | null) => {
      const user = id ? await users.load(id) : null;
      return user ? userInVenue(ctx.actor, user, approval.venueId) : null;
    };
    const report = current.report && (chair || reviewer || author)
      ? {
          progress: current.report.progress,
          changes: current.report.changes,
          incidents: current.report.incidents,
          replication: current.report.replication,
          milestones: current.report.milestones,
          conditions: current.report.conditions.map((c, i) => ({ condition: approval.conditions[i]?.text ?? '', status: c.status, statusLabel: CONDITION_STATUS_LABELS[c.status], note: c.note })),
          submittedAt: current.report.submittedAt,
          submittedBy: await person(current.report.submittedBy),
        }
      : null;
    const me = ctx.actor?.userId ?? '';
    const visible = current.recommendations.filter((r) => chair || (reviewer && r.reviewerId === me));
    const rubric = chair || reviewer ? await this.reviews.formFor(approval.venueId, 'continuing') : null;
    const questions = new Map((rubric?.questions ?? []).map((q, i) => [q.id, { ...q, order: i }]));
    const decided = current.decision ?? (open ? null : decisionFromTransition(approval));
    return {
      id: current.id,
      trigger: current.trigger,
      triggerLabel: REEVALUATION_TRIGGER_LABELS[current.trigger],
      reason: current.reason,
      openedAt: current.openedAt,
      state: open ? 'open' : decided ? 'decided' : 'closed',
      report,
      recommendations: await Promise.all(
        visible.map(async (r) => ({
          reviewer: chair ? await person(r.reviewerId) : null,
          mine: r.reviewerId === me,
          outcome: r.outcome,
          outcomeLabel: REEVALUATION_OUTCOME_LABELS[r.outcome],
          comment: r.comment,
          answers: [...(r.answers ?? [])]
            .sort((a, b) => (questions.get(a.questionId)?.order ?? Infinity) - (questions.get(b.questionId)?.order ?? Infinity))
            .map((a) => {
              const question = questions.get(a.questionId);
              return {
                questionId: a.questionId,
                prompt: question?.prompt ?? '(a question since removed)',
                kind: question?.kind ?? (a.rating ? 'rating' : 'text'),
                retired: question?.retired ?? true,
                rating: a.rating as CriterionRating | null,
                text: a.text,
              };
            }),
          at: r.at,
        })),
      ),
      rubric: (rubric?.questions ?? []).filter((q) => !q.retired),
      tally: chair ? tallyRecommendations(current.recommendations).map((t) => ({ ...t, outcomeLabel: REEVALUATION_OUTCOME_LABELS[t.outcome] })) : [],
      decision: decided ? { ...decided, outcomeLabel: REEVALUATION_OUTCOME_LABELS[decided.outcome] } : null,
      viewerCan: { report: open && author, recommend: open && reviewer, decide: open && chair },
      revision: current.revision,
    };
  }
}

/** An approval's timeline: decisions, re-evaluations, incidents, amendments and release openings. */
@Resolver(() => Approval)
export class ApprovalTimelineResolver {
  constructor(
    private readonly approvals: ApprovalsService,
    private readonly submissions: SubmissionRepository,
    private readonly venues: VenueRepository,
    private readonly history: AuditHistoryService,
    private readonly users: UserRepository,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => [ApprovalTimelineEntry], {
    description: 'What happened to it, oldest first: its decision, re-evaluations, incidents, amendments, release openings and blocked stages, as far as you may read its statement’s history (incident reports are the committee’s).',
  })
  async timeline(@Parent() parent: Approval, @Ctx() ctx: RequestContext): Promise<ApprovalTimelineEntry[]> {
    const approval = await this.approvals.byId(parent.id);
    const submission = approval ? await this.submissions.findById(approval.submissionId) : null;
    if (!approval || !submission) return [];
    const log = await this.history.submissionHistory(ctx.actor, submission, ctx.loaders);
    const venue = await this.venues.findById(approval.venueId);
    const dayOf = (at: Date) => formatInZone(at, venue?.timeZone ?? 'UTC').slice(0, 10);
    const names = this.approvals.artifactNames(submission, approval);
    const loader = ctx.loaders.of(userById, this.users);
    const actorName = async (id: string | null) => {
      const user = id ? await loader.load(id) : null;
      return user ? userInVenue(ctx.actor, user, approval.venueId).name : null;
    };
    // Entries before this approval's grant belong to an earlier decision (a statement approved twice).
    const since = approval.approvedAt.getTime() - 60_000;
    const entries = approvalTimeline({
      log: await Promise.all(
        [...log]
          .reverse()
          .filter((e) => e.at.getTime() >= since)
          .map(async (e) => ({ kind: e.kind as AuditEventKind, at: e.at, summary: parseSummary(e.summary), actorName: await actorName(e.actorId) })),
      ),
      releasePoints: releaseSchedule({
        plan: approval.releasePlan as ReleasePlanItem[],
        approval,
        approvedOn: dayOf(approval.approvedAt),
        openings: approval.stageOpenings,
        today: dayOf(this.clock.now()),
        dayOf,
      }),
      artifactNames: names,
      approvedAt: approval.approvedAt,
    });
    return entries.map((e) => ({ ...e, categoryLabel: TIMELINE_CATEGORY_LABELS[e.category] }));
  }
}

function parseSummary(summary: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(summary);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A re-evaluation whose decision record was not written (a crash after the approval moved on): read it from the approval's last change. */
function decisionFromTransition(approval: ApprovalRecord): { outcome: ReevaluationOutcome; reason: string; withoutReportReason: string; decidedAt: Date } | null {
  const action = approval.lastTransition.action;
  if (!(REEVALUATION_OUTCOMES as readonly string[]).includes(action)) return null;
  return { outcome: action as ReevaluationOutcome, reason: approval.lastTransition.reason, withoutReportReason: '', decidedAt: approval.lastTransition.at };
}

/** A venue's continuing review at a glance, and the external events that re-open approvals, for its chairs. */
@Resolver(() => Venue)
export class VenueApprovalsResolver {
  constructor(
    private readonly dashboard: ApprovalDashboardService,
    private readonly events: ExternalEventsService,
  ) {}

  @ResolveField(() => [EventedApproval], {
    description: 'Its approvals whose plan releases an artifact on an external event (chairs; statements you are conflicted with or wrote are left out). [] for everyone else.',
  })
  async eventedApprovals(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<EventedApproval[]> {
    return (await this.events.eventedOf(ctx.actor, venue.id)).map((item) => ({
      approvalId: item.approval.id,
      submission: toSubmission(item.submission, ctx.actor),
      state: item.approval.state,
      stateLabel: APPROVAL_STATE_LABELS[item.approval.state],
      events: item.events.map((e) => ({ artifactName: e.artifactName, releaseEvent: e.releaseEvent })),
    }));
  }

  @Mutation(() => ExternalEventResult, {
    description:
      'A chair records an external event (for example “an equivalent model was released elsewhere”): each chosen approval whose plan waits for an event goes under re-evaluation, with the event as its reason. BAD_USER_INPUT without a description or approvals; the result says which were opened and why the others were not.',
  })
  recordExternalEvent(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('description') description: string,
    @Args('approvalIds', { type: () => [ID] }) approvalIds: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<ExternalEventResult> {
    return this.events.record(ctx.actor, venueId, description, approvalIds);
  }

  @ResolveField(() => ContinuingReviewDashboard, {
    nullable: true,
    description: 'Its approvals by state now and over the last year, and those due, lapsed, suspended or under re-evaluation (chairs; statements you are conflicted with or wrote are left out). Null for everyone else.',
  })
  async continuingReview(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<ContinuingReviewDashboard | null> {
    const board = await this.dashboard.of(ctx.actor, venue.id);
    if (!board) return null;
    const counted = (counts: Record<ApprovalState, number>) => APPROVAL_STATES.map((state) => ({ state, label: APPROVAL_STATE_LABELS[state], count: counts[state] }));
    const items = (list: ApprovalListItem[]) =>
      list.map((item) => ({
        approvalId: item.approval.id,
        submission: toSubmission(item.submission, ctx.actor),
        state: item.approval.state,
        stateLabel: APPROVAL_STATE_LABELS[item.approval.state],
        expiresAt: item.approval.expiresAt,
        daysUntilExpiry: item.daysUntilExpiry,
        reportFiled: item.reportFiled,
      }));
    return {
      counts: counted(board.counts),
      series: board.series.map((point) => ({ at: point.at, counts: counted(point.counts) })),
      dueSoon: items(board.dueSoon),
      lapsed: items(board.lapsed),
      suspended: items(board.suspended),
      underReevaluation: items(board.underReevaluation),
    };
  }
}
