import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  MATCHING_PHASE_LABELS,
  MATCHING_PHASES,
  type BidLevel,
  type MatchingObjective,
  type ReviewerKind,
} from '@impact-review/domain';
import { AccessService, type ReviewerAssignmentRecord } from '../access';
import { Ctx } from '../common/graphql/current-actor.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { Submission, SubmissionRepository, toSubmission, type SubmissionRecord } from '../submissions';
import { User, userById, UserRepository } from '../users';
import { userInVenue, Venue } from '../venues';
import { AssignmentService, type StatementProposal } from './assignment.service';
import { BiddingService } from './bidding.service';
import type { MatchingRunRecord } from './matching-run.repository';
import { MatchingRunService } from './matching-run.service';
import {
  Bid,
  BiddingPage,
  BiddingProgress,
  BiddingProgressPage,
  ReviewerChoice,
  BidLevelEnum,
  CommitResult,
  KindCounts,
  MatchingObjectiveEnum,
  MatchingRun,
  MyAssignment,
  ProposalEditResult,
  ProposalPage,
  ProposedReviewer,
  Replacement,
  ReviewerAssignment,
  ReviewerKindEnum,
  StatementProposal as StatementProposalModel,
  UncoveredSlot,
} from './models/assignment.model';

async function personIn(ctx: RequestContext, users: UserRepository, id: string, venueId: string): Promise<User> {
  const user = await ctx.loaders.of(userById, users).load(id);
  return user ? userInVenue(ctx.actor, user, venueId) : { id, name: 'Former member', email: null };
}

function toRun(record: MatchingRunRecord): MatchingRun {
  return {
    id: record.id,
    venueId: record.venueId,
    state: record.state,
    phase: record.phase,
    phaseLabel: MATCHING_PHASE_LABELS[record.phase],
    percent: record.percent,
    objective: record.objective,
    cancelRequested: record.cancelRequested,
    error: record.error,
    createdAt: record.createdAt,
    finishedAt: record.finishedAt,
    committedAt: record.committedAt,
    startedById: record.startedById,
    uncoveredRows: record.result?.uncovered ?? [],
    result: record.result
      ? {
          ...record.result,
          phaseSeconds: MATCHING_PHASES.filter((p) => record.result?.seconds[p] !== undefined).map((phase) => ({
            phase,
            seconds: record.result?.seconds[phase] ?? 0,
          })),
        }
      : null,
  };
}

export function toAssignment(record: ReviewerAssignmentRecord): ReviewerAssignment {
  return {
    id: record.id,
    kind: record.kind,
    state: record.state,
    origin: record.origin,
    score: record.score,
    terms: record.reasons.terms,
    areas: record.reasons.areas,
    bid: record.reasons.bid,
    assignedAt: record.assignedAt,
    dueAt: record.dueAt,
    respondedAt: record.respondedAt,
    declineReason: record.declineReason,
    reviewerId: record.reviewerId,
    submissionId: record.submissionId,
    venueId: record.venueId,
  };
}

/** Matcher runs, proposals and their commit, for the venue's chairs. */
@Resolver(() => MatchingRun)
export class MatchingRunResolver {
  constructor(
    private readonly runs: MatchingRunService,
    private readonly assignments: AssignmentService,
    private readonly submissions: SubmissionRepository,
    private readonly access: AccessService,
    private readonly users: UserRepository,
  ) {}

  @Query(() => MatchingRun, { description: 'One matcher run (the venue’s chairs); NOT_FOUND for everyone else.' })
  async matchingRun(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<MatchingRun> {
    return toRun(await this.runs.visibleRun(ctx.actor, id));
  }

  @Mutation(() => MatchingRun, {
    description:
      'Starts the matcher for the statements that need reviewers (a chair). Runs as a job; read its progress from matchingRun. CONFLICT while another run is going.',
  })
  async startMatchingRun(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('objective', { type: () => MatchingObjectiveEnum, defaultValue: 'total' }) objective: MatchingObjective,
    @Ctx() ctx: RequestContext,
  ): Promise<MatchingRun> {
    return toRun(await this.runs.start(ctx.actor, venueId, objective));
  }

  @Mutation(() => MatchingRun, { description: 'Asks a queued or running matcher run to stop; it ends as cancelled within a second.' })
  async cancelMatchingRun(@Args('runId', { type: () => ID }) runId: string, @Ctx() ctx: RequestContext): Promise<MatchingRun> {
    return toRun(await this.runs.cancel(ctx.actor, runId));
  }

  @Mutation(() => ProposalEditResult, {
    description:
      'Adds a reviewer to a statement in the proposal by hand (kept for later runs). CONFLICT for a conflicted pair; overload and kinds come back as warnings.',
  })
  async addProposedReviewer(
    @Args('runId', { type: () => ID }) runId: string,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('reviewerId', { type: () => ID }) reviewerId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ProposalEditResult> {
    const result = await this.assignments.addToProposal(ctx.actor, runId, submissionId, reviewerId);
    return { warnings: result.warnings, statement: this.toStatement(result.statement, ctx) };
  }

  @Mutation(() => ProposalEditResult, {
    description: 'Takes a reviewer off a statement in the proposal (and out of later runs); warns when the statement is left short.',
  })
  async removeProposedReviewer(
    @Args('runId', { type: () => ID }) runId: string,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('reviewerId', { type: () => ID }) reviewerId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ProposalEditResult> {
    const result = await this.assignments.removeFromProposal(ctx.actor, runId, submissionId, reviewerId);
    return { warnings: result.warnings, statement: this.toStatement(result.statement, ctx) };
  }

  @Mutation(() => CommitResult, {
    description: 'Commits the proposal: its pairs become assignments and the reviewers are told. Once per run.',
  })
  async commitMatchingRun(@Args('runId', { type: () => ID }) runId: string, @Ctx() ctx: RequestContext): Promise<CommitResult> {
    const result = await this.assignments.commit(ctx.actor, runId);
    return { run: toRun(result.run), committed: result.committed, skipped: result.skipped };
  }

  @ResolveField(() => ProposalPage, {
    description: 'The proposal by statement, in pages (statements you are conflicted with left out).',
  })
  async proposal(
    @Parent() run: MatchingRun,
    @Args('after', { type: () => ID, nullable: true }) after: string | null,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ProposalPage> {
    const record = await this.runs.visibleRun(ctx.actor, run.id);
    if (record.state !== 'succeeded') return { statements: [], nextAfter: null };
    const page = await this.assignments.proposalPage(ctx.actor, record, after ?? null, limit, ctx.loaders);
    return { statements: page.statements.map((s) => this.toStatement(s, ctx)), nextAfter: page.nextAfter };
  }

  @ResolveField(() => StatementProposalModel, { nullable: true, description: 'One statement of the proposal.' })
  async proposalFor(
    @Parent() run: MatchingRun,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<StatementProposalModel | null> {
    const record = await this.runs.visibleRun(ctx.actor, run.id);
    const statement = await this.assignments.proposalOf(ctx.actor, record, submissionId);
    return statement ? this.toStatement(statement, ctx) : null;
  }

  @ResolveField(() => [UncoveredSlot], {
    description: 'The first open slots (up to 200), each with the constraint that binds it; statements you are conflicted with left out.',
  })
  async uncovered(@Parent() run: MatchingRun, @Ctx() ctx: RequestContext): Promise<UncoveredSlot[]> {
    const records = new Map(
      (await this.submissions.findManyByIds([...new Set(run.uncoveredRows.map((u) => u.statementId))])).map((s) => [s.id, s]),
    );
    const slots: UncoveredSlot[] = [];
    for (const row of run.uncoveredRows) {
      const record = records.get(row.statementId);
      if (!record || !this.access.can(ctx.actor, 'assignment.view', await this.access.submission(record, ctx.loaders))) continue;
      slots.push({ submission: toSubmission(record, ctx.actor), kind: row.kind, missing: row.missing, explanation: row.explanation });
    }
    return slots;
  }

  @ResolveField(() => User, { description: 'The chair who started the run.' })
  startedBy(@Parent() run: MatchingRun, @Ctx() ctx: RequestContext): Promise<User> {
    return personIn(ctx, this.users, run.startedById, run.venueId);
  }

  private toStatement(statement: StatementProposal, ctx: RequestContext): StatementProposalModel {
    const held = { expert: 0, community: 0 };
    for (const row of statement.rows) held[row.kind] += 1;
    return {
      submission: toSubmission(statement.submission, ctx.actor),
      demand: statement.demand,
      missing: {
        expert: Math.max(0, statement.demand.expert - held.expert),
        community: Math.max(0, statement.demand.community - held.community),
      },
      reviewers: statement.rows.map(
        (row) =>
          ({
            reviewerId: row.reviewerId,
            venueId: row.venueId,
            kind: row.kind,
            score: row.score,
            origin: row.origin,
            terms: row.terms,
            areas: row.areas,
            bid: row.bid as BidLevel | null,
          }) as unknown as ProposedReviewer,
      ),
    };
  }
}

/** The reviewer of a proposal row, seen as the venue shows people. */
@Resolver(() => ProposedReviewer)
export class ProposedReviewerResolver {
  constructor(private readonly users: UserRepository) {}

  @ResolveField(() => User)
  reviewer(@Parent() row: ProposedReviewer & { reviewerId: string; venueId: string }, @Ctx() ctx: RequestContext): Promise<User> {
    return personIn(ctx, this.users, row.reviewerId, row.venueId);
  }
}

@Resolver(() => ReviewerAssignment)
export class ReviewerAssignmentResolver {
  constructor(
    private readonly assignments: AssignmentService,
    private readonly users: UserRepository,
  ) {}

  @ResolveField(() => User)
  reviewer(@Parent() assignment: ReviewerAssignment, @Ctx() ctx: RequestContext): Promise<User> {
    return personIn(ctx, this.users, assignment.reviewerId, assignment.venueId);
  }

  @Query(() => [MyAssignment], { description: 'The statements you are asked to review at a venue, newest first.' })
  async myAssignments(@Args('venueId', { type: () => ID }) venueId: string, @Ctx() ctx: RequestContext): Promise<MyAssignment[]> {
    const rows = await this.assignments.mine(ctx.actor, venueId);
    return rows.map(({ assignment, submission }) => ({
      assignment: toAssignment(assignment),
      submission: assignment.state === 'declined' ? null : toSubmission(submission, ctx.actor),
      title: submission.submitted?.title ?? '',
    }));
  }

  @Mutation(() => ReviewerAssignment, {
    description:
      'Accepts or declines your assignment; a decline needs a reason (BAD_USER_INPUT with field errors) and reopens the slot. CONFLICT once answered.',
  })
  async respondToAssignment(
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('accept') accept: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewerAssignment> {
    return toAssignment(await this.assignments.respond(ctx.actor, assignmentId, accept, reason));
  }

  @Mutation(() => ReviewerAssignment, {
    description: 'Assigns a reviewer to an open slot of a statement (a chair who is not conflicted) and tells them.',
  })
  async assignReplacement(
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('reviewerId', { type: () => ID }) reviewerId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewerAssignment> {
    return toAssignment(await this.assignments.assignReplacement(ctx.actor, submissionId, reviewerId));
  }
}

@Resolver(() => Replacement)
export class ReplacementResolver {
  constructor(private readonly users: UserRepository) {}

  @ResolveField(() => User)
  reviewer(@Parent() replacement: Replacement & { userId: string; venueId: string }, @Ctx() ctx: RequestContext): Promise<User> {
    return personIn(ctx, this.users, replacement.userId, replacement.venueId);
  }
}

@Resolver(() => ReviewerChoice)
export class ReviewerChoiceResolver {
  constructor(private readonly users: UserRepository) {}

  @ResolveField(() => User)
  reviewer(@Parent() choice: ReviewerChoice & { userId: string; venueId: string }, @Ctx() ctx: RequestContext): Promise<User> {
    return personIn(ctx, this.users, choice.userId, choice.venueId);
  }
}

/** Bidding: the reviewers' page and their bids. */
@Resolver(() => BiddingProgress)
export class BiddingResolver {
  constructor(
    private readonly bidding: BiddingService,
    private readonly users: UserRepository,
  ) {}

  @Query(() => BiddingPage, {
    description:
      'The statements you may bid on at a venue, best match to your profile first (reviewers, while bidding is open; FORBIDDEN otherwise).',
  })
  async biddingStatements(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<BiddingPage> {
    const page = await this.bidding.statements(ctx.actor, venueId, offset, limit);
    return {
      total: page.total,
      items: page.items.map((item) => ({ ...item, submission: toSubmission(item.submission, ctx.actor) })),
    };
  }

  @Mutation(() => Bid, { description: 'Sets your bid on a statement while bidding is open; the last click counts.' })
  async placeBid(
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('level', { type: () => BidLevelEnum }) level: BidLevel,
    @Ctx() ctx: RequestContext,
  ): Promise<Bid> {
    const bid = await this.bidding.place(ctx.actor, submissionId, level);
    return { submissionId: bid.submissionId, level: bid.level, updatedAt: bid.updatedAt };
  }

  @ResolveField(() => User)
  reviewer(@Parent() row: BiddingProgress & { userId: string; venueId: string }, @Ctx() ctx: RequestContext): Promise<User> {
    return personIn(ctx, this.users, row.userId, row.venueId);
  }
}

/** Venue.matchingRun and Venue.biddingProgress live here so that venues need not know about assignment. */
@Resolver(() => Venue)
export class VenueAssignmentResolver {
  constructor(
    private readonly assignments: AssignmentService,
    private readonly runs: MatchingRunService,
    private readonly bidding: BiddingService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => MatchingRun, { nullable: true, description: 'The latest matcher run (the venue’s chairs; null for everyone else).' })
  async matchingRun(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<MatchingRun | null> {
    if (!this.access.can(ctx.actor, 'assignment.run', { kind: 'venue', venueId: venue.id })) return null;
    // A chair opened the Assignment tab: the reviewer pool its picker and replacements need is
    // read now, in the background, rather than when they first click.
    this.assignments.warmPool(venue.id);
    const run = await this.runs.latest(venue.id);
    return run ? toRun(run) : null;
  }

  @ResolveField(() => [ReviewerChoice], {
    description:
      'Reviewers of the venue whose name or e-mail contains `search` (at least 2 characters), for adding one by hand (the venue’s chairs; [] for everyone else).',
  })
  async reviewerChoices(
    @Parent() venue: Venue,
    @Args('search') search: string,
    @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewerChoice[]> {
    if (!this.access.can(ctx.actor, 'assignment.run', { kind: 'venue', venueId: venue.id })) return [];
    const found = await this.assignments.reviewerChoices(venue.id, search, limit);
    return found.map((c) => ({ userId: c.userId, venueId: venue.id, kind: c.kind }) as unknown as ReviewerChoice);
  }

  @ResolveField(() => BiddingProgressPage, {
    nullable: true,
    description: 'Bids per reviewer, fewest first, in pages, with the venue’s totals (the venue’s chairs; null for everyone else).',
  })
  async biddingProgress(
    @Parent() venue: Venue,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<BiddingProgressPage | null> {
    if (!this.access.can(ctx.actor, 'assignment.run', { kind: 'venue', venueId: venue.id })) return null;
    const page = await this.bidding.progress(ctx.actor, venue.id, offset, limit);
    return {
      total: page.total,
      reviewersWithBids: page.reviewersWithBids,
      bids: page.bids,
      rows: page.rows.map(
        (row) =>
          ({
            userId: row.userId,
            venueId: venue.id,
            kind: row.kind,
            bids: row.bids,
            veryHigh: row.byLevel.very_high,
            high: row.byLevel.high,
            neutral: row.byLevel.neutral,
            low: row.byLevel.low,
            veryLow: row.byLevel.very_low,
            lastBidAt: row.lastBidAt,
          }) as unknown as BiddingProgress,
      ),
    };
  }
}

/** Submission.assignments, openSlots and replacements: the committee's view of who reviews it. */
@Resolver(() => Submission)
export class SubmissionAssignmentsResolver {
  constructor(
    private readonly assignmentService: AssignmentService,
    private readonly access: AccessService,
    private readonly submissions: SubmissionRepository,
  ) {}

  @ResolveField(() => [ReviewerAssignment], {
    description: 'Its reviewers and their answers (the venue’s chairs who are not conflicted; [] for everyone else).',
  })
  async assignments(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<ReviewerAssignment[]> {
    const record = await this.record(submission.id);
    if (!record) return [];
    const target = await this.access.submission(record, ctx.loaders);
    return (await this.assignmentService.forSubmission(ctx.actor, record, target)).map(toAssignment);
  }

  @ResolveField(() => KindCounts, {
    nullable: true,
    description: 'Reviewers its tier still needs by kind, after the assignments holding a slot (null for those who may not see its assignments).',
  })
  async openSlots(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<KindCounts | null> {
    const record = await this.record(submission.id);
    if (!record) return null;
    const target = await this.access.submission(record, ctx.loaders);
    if (!this.access.can(ctx.actor, 'assignment.view', target)) return null;
    const venue = await this.assignmentService.venue(record.venueId);
    return this.assignmentService.openSlots(venue, record, await this.assignmentService.forSubmission(ctx.actor, record, target));
  }

  @ResolveField(() => [Replacement], {
    description: 'The five best reviewers of a kind for an open slot: affinity, no conflict, spare load ([] unless you manage its reviewers).',
  })
  async replacements(
    @Parent() submission: Submission,
    @Args('kind', { type: () => ReviewerKindEnum }) kind: ReviewerKind,
    @Ctx() ctx: RequestContext,
  ): Promise<Replacement[]> {
    const record = await this.record(submission.id);
    if (!record) return [];
    const target = await this.access.submission(record, ctx.loaders);
    const rows = await this.assignmentService.replacements(ctx.actor, record, target, kind);
    return rows.map((r) => ({ userId: r.userId, venueId: record.venueId, affinity: r.affinity, load: r.load, maxLoad: r.maxLoad }) as unknown as Replacement);
  }

  private record(id: string): Promise<SubmissionRecord | null> {
    return this.submissions.findById(id);
  }
}
