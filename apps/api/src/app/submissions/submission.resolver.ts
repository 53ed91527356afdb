import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubmissionTarget, Tier, TierStatus } from '@impact-review/domain';
import { AccessService } from '../access';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { Ctx } from '../common/graphql/current-actor.decorator';
import { alignTo, defineLoader, groupTo } from '../common/graphql/loaders';
import type { RequestContext } from '../common/graphql/request-context';
import { User, UserRepository, userById } from '../users';
import { Venue, userInVenue, venueById, VenueRepository, TierPolicyInput } from '../venues';
import { DraftInput, SubmissionInput } from './dto/submission.input';
import { SubmissionSort, VenueSubmissionsFilter } from './dto/venue-submissions.args';
import { TierEnum, TierStatusEnum } from './models/statement-enums';
import {
  SectionComparison,
  SectionStatus,
  StatementDraft,
  StatementVersion,
  StatementVersionSummary,
} from './models/statement.model';
import { Submission, SubmissionPage, SubmissionViewerPermissions, TierPolicyImpact } from './models/submission.model';
import { TierDecisionModel, TierSuggestionModel } from './models/tier.model';
import { StatementService } from './statement.service';
import { StatementVersionRepository, type StatementVersionRecord } from './statement-version.repository';
import { recordOf, toStatementVersion, toSubmission, toTierDecision, type VersionVisibility } from './submission.mapper';
import { SubmissionRepository } from './submission.repository';
import { SubmissionService } from './submission.service';
import { submissionErrors } from './submissions.errors';
import { TierDecisionService } from './tier-decision.service';

const versionKey = (submissionId: string, number: number): string => `${submissionId}#${number}`;

const versionSummariesOf = defineLoader(
  'submissions.versionSummaries',
  (versions: StatementVersionRepository) => async (ids: readonly string[]) =>
    groupTo(ids, await versions.summariesOf(ids), (v) => v.submissionId),
);

const versionByKey = defineLoader(
  'submissions.versionByKey',
  (versions: StatementVersionRepository) => async (keys: readonly string[]) => {
    const pairs = keys.map((key) => {
      const [submissionId = '', number = '0'] = key.split('#');
      return { submissionId, number: Number(number) };
    });
    const found = await versions.findMany(pairs);
    return alignTo(keys, found, (v) => versionKey(v.submissionId, v.number), null);
  },
);

export const submissionById = defineLoader(
  'submissions.byId',
  (submissions: SubmissionRepository) => async (ids: readonly string[]) =>
    alignTo(ids, await submissions.findManyByIds(ids), (s) => s.id, null),
);

/** People by id, in order, as the actor may see them at the venue; a deleted account keeps its place. */
async function peopleInVenue(
  ctx: RequestContext,
  users: UserRepository,
  ids: readonly string[],
  venueId: string,
): Promise<User[]> {
  const people = await ctx.loaders.of(userById, users).loadMany(ids);
  return ids.map((id, i) => {
    const person = people[i];
    if (!person || person instanceof Error) return { id, name: 'Former member', email: null };
    return userInVenue(ctx.actor, person, venueId);
  });
}

/**
 * Submissions and their statements. Every read goes through the access policy: the operation
 * (via the services) for the submission itself, and each field resolver for what only some of
 * those who see a submission may read (drafts: authors; versions: canViewStatementVersion).
 */
@Resolver(() => Submission)
export class SubmissionResolver {
  constructor(
    private readonly submissions: SubmissionService,
    private readonly statements: StatementService,
    private readonly tiers: TierDecisionService,
    private readonly versionRepository: StatementVersionRepository,
    private readonly venueRepository: VenueRepository,
    private readonly users: UserRepository,
    private readonly access: AccessService,
  ) {}

  /** The access facts of a submission being resolved, loaded once per request with its siblings'. */
  private target(submission: Submission, ctx: RequestContext): Promise<SubmissionTarget> {
    return this.access.submission(submission, ctx.loaders);
  }

  @Query(() => [Submission], {
    description: 'Submissions the signed-in person authors, most recently changed first.',
  })
  async mySubmissions(@Ctx() ctx: RequestContext): Promise<Submission[]> {
    return (await this.submissions.listMine(ctx.actor, ctx.loaders)).map((record) => toSubmission(record, ctx.actor));
  }

  @Query(() => Submission, { description: 'NOT_FOUND when missing or not visible to the signed-in person.' })
  async submission(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Submission> {
    return toSubmission(await this.submissions.getVisible(ctx.actor, id, ctx.loaders), ctx.actor);
  }

  @Query(() => SubmissionPage, {
    description: "A venue's submitted statements (chairs of the venue only); drafts never appear.",
  })
  async venueSubmissions(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('filter', { type: () => VenueSubmissionsFilter, nullable: true })
    filter: VenueSubmissionsFilter | null,
    @Args('sort', { type: () => SubmissionSort, nullable: true }) sort: SubmissionSort | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset: number | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 20 }) limit: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SubmissionPage> {
    // An explicit null means the default, as an omitted argument does.
    const request = { filter, sort, offset: offset ?? 0, limit: limit ?? 20 };
    const page = await this.submissions.listForVenue(ctx.actor, venueId, request, ctx.loaders);
    return {
      items: page.items.map((record) => toSubmission(record, ctx.actor)),
      total: page.total,
      offset: request.offset,
      limit: request.limit,
      searchCapped: page.searchCapped,
    };
  }

  @Query(() => [TierPolicyImpact], {
    description:
      "What replacing the venue's tier policy with `policy` would change (chairs of the venue): per changed tier, the fields and the submitted statements it affects.",
  })
  async tierPolicyImpact(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('policy', { type: () => TierPolicyInput }) policy: TierPolicyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TierPolicyImpact[]> {
    const impact = await this.submissions.tierPolicyImpact(ctx.actor, venueId, policy, ctx.loaders);
    return impact.map((entry) => ({ ...entry, examples: entry.examples.map((record) => toSubmission(record, ctx.actor)) }));
  }

  @Mutation(() => Submission, {
    description:
      'Registers work at a venue: the creator becomes its author and gets a draft holding these details. The venue role comes with the first submitted version.',
  })
  async createSubmission(
    @Args('input') input: SubmissionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Submission> {
    const actor = ctx.actor;
    if (!actor) fail(commonErrors, 'NOT_SIGNED_IN');
    return toSubmission(await this.submissions.create(actor, input), actor);
  }

  @Mutation(() => StatementDraft, {
    description:
      'Autosaves the whole draft, details and statement (authors). BAD_USER_INPUT with paths when the input is not storable; NOT_FOUND, FORBIDDEN, or CONFLICT when the draft is closed or changed since expectedDraftRevision. One database write when it succeeds.',
  })
  saveDraft(
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('draft', { type: () => DraftInput }) draft: DraftInput,
    @Args('expectedDraftRevision', { type: () => Int }) expectedDraftRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<StatementDraft> {
    return this.statements.saveDraft(
      ctx.actor,
      submissionId,
      draft as unknown as Record<string, unknown>,
      expectedDraftRevision,
    );
  }

  @Mutation(() => Submission, {
    description:
      'Freezes the draft as a new version; BAD_USER_INPUT with every missing field, and nothing changed, when incomplete.',
  })
  async submitStatement(
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('expectedDraftRevision', { type: () => Int }) expectedDraftRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Submission> {
    return toSubmission(
      await this.statements.submit(ctx.actor, submissionId, expectedDraftRevision),
      ctx.actor,
    );
  }

  @Mutation(() => Submission, {
    description: 'Opens a draft copied from the latest submitted version, details and statement (authors).',
  })
  async startRevision(
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Submission> {
    return toSubmission(await this.statements.startRevision(ctx.actor, submissionId), ctx.actor);
  }

  @Mutation(() => Submission, {
    description:
      "Confirms or overrides the latest version's suggested tier (a venue chair who is not an author); overrides need a reason. Every decision is kept in tierHistory.",
  })
  async confirmTier(
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('tier', { type: () => TierEnum }) tier: Tier,
    @Args('reason') reason: string,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Submission> {
    return toSubmission(
      await this.tiers.confirm(ctx.actor, submissionId, tier, reason, expectedRevision),
      ctx.actor,
    );
  }

  @ResolveField(() => Venue)
  async venue(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<Venue> {
    const venue = await ctx.loaders.of(venueById, this.venueRepository).load(submission.venueId);
    if (!venue) throw new Error(`Venue ${submission.venueId} of submission ${submission.id} is missing`);
    return venue;
  }

  @ResolveField(() => [User], {
    description: "The latest submitted version's authors (before the first submission: the draft's).",
  })
  async authors(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<User[]> {
    // A double-blind venue's reviewers see the statement without its authors.
    if (!this.access.can(ctx.actor, 'submission.viewAuthors', await this.target(submission, ctx))) return [];
    return peopleInVenue(ctx, this.users, submission.shownAuthorIds, submission.venueId);
  }

  @ResolveField(() => StatementDraft, {
    nullable: true,
    description: 'The open draft; authors only (null for everyone else).',
  })
  async draft(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<StatementDraft | null> {
    return this.statements.draftFor(ctx.actor, recordOf(submission), await this.target(submission, ctx));
  }

  @ResolveField(() => TierSuggestionModel, {
    nullable: true,
    description: 'From the latest submitted version; null when the venue does not show tiers to you.',
  })
  async tierSuggestion(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<TierSuggestionModel | null> {
    return (await this.versionVisibility(submission, ctx)).tier ? submission.tierSuggestion : null;
  }

  @ResolveField(() => TierStatusEnum, {
    nullable: true,
    description: 'Where the tier decision stands; null when the venue does not show tiers to you.',
  })
  async tierStatus(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<TierStatus | null> {
    return (await this.versionVisibility(submission, ctx)).tier ? submission.tierStatus : null;
  }

  @ResolveField(() => TierEnum, {
    nullable: true,
    description:
      'The tier in force: the decision while it stands (confirmed, overridden), else the latest suggestion. Lists filter and sort by it. Null when the venue does not show tiers to you.',
  })
  async tier(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<Tier | null> {
    return (await this.versionVisibility(submission, ctx)).tier ? submission.tier : null;
  }

  @ResolveField(() => SubmissionViewerPermissions)
  async viewerCan(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<SubmissionViewerPermissions> {
    const target = await this.target(submission, ctx);
    return {
      edit: this.access.can(ctx.actor, 'submission.edit', target),
      decideTier: this.access.can(ctx.actor, 'tier.decide', target),
      declareConflict: this.access.can(ctx.actor, 'conflict.declare', target),
      pinConflict: this.access.can(ctx.actor, 'conflict.pin', target),
      bid: this.access.can(ctx.actor, 'bid.place', target),
      manageAssignments: this.access.can(ctx.actor, 'assignment.manage', target),
      writeReview: this.access.can(ctx.actor, 'review.write', target),
      releaseReviews: this.access.can(ctx.actor, 'review.release', target),
      comment: this.access.can(ctx.actor, 'discussion.post', target),
      respond: this.access.can(ctx.actor, 'response.write', target),
      decide: this.access.can(ctx.actor, 'decision.record', target),
    };
  }

  private async versionVisibility(submission: Submission, ctx: RequestContext): Promise<VersionVisibility> {
    const target = await this.target(submission, ctx);
    return {
      tier: this.access.can(ctx.actor, 'tier.view', target),
      authors: this.access.can(ctx.actor, 'submission.viewAuthors', target),
    };
  }

  @ResolveField(() => StatementVersion, { nullable: true })
  async latestVersion(
    @Parent() submission: Submission,
    @Ctx() ctx: RequestContext,
  ): Promise<StatementVersion | null> {
    const target = await this.target(submission, ctx);
    if (submission.latestVersionNumber === 0 || !this.statements.canReadVersions(ctx.actor, target)) return null;
    const version = await this.versionLoader(ctx).load(
      versionKey(submission.id, submission.latestVersionNumber),
    );
    return version ? toStatementVersion(version, submission.venueId, await this.versionVisibility(submission, ctx)) : null;
  }

  @ResolveField(() => [StatementVersionSummary], { description: 'Every submitted version, oldest first.' })
  async versions(
    @Parent() submission: Submission,
    @Ctx() ctx: RequestContext,
  ): Promise<StatementVersionSummary[]> {
    if (
      submission.latestVersionNumber === 0 ||
      !this.statements.canReadVersions(ctx.actor, await this.target(submission, ctx))
    )
      return [];
    const summaries = await ctx.loaders.of(versionSummariesOf, this.versionRepository).load(submission.id);
    // A number above the latest belongs to a submit still in flight (or undone): not a version yet.
    return summaries
      .filter((v) => v.number <= submission.latestVersionNumber)
      .map((v) => ({ number: v.number, submittedAt: v.submittedAt }));
  }

  @ResolveField(() => StatementVersion, {
    description: 'One submitted version; NOT_FOUND when missing or not visible.',
  })
  async version(
    @Parent() submission: Submission,
    @Args('number', { type: () => Int }) number: number,
    @Ctx() ctx: RequestContext,
  ): Promise<StatementVersion> {
    const version = await this.visibleVersion(submission, number, ctx);
    return toStatementVersion(version, submission.venueId, await this.versionVisibility(submission, ctx));
  }

  @ResolveField(() => [SectionComparison], {
    description: 'What changed from version `from` to version `to`, section by section.',
  })
  async compareVersions(
    @Parent() submission: Submission,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
    @Ctx() ctx: RequestContext,
  ): Promise<SectionComparison[]> {
    const [before, after] = await Promise.all([
      this.visibleVersion(submission, from, ctx),
      this.visibleVersion(submission, to, ctx),
    ]);
    const people = await peopleInVenue(
      ctx,
      this.users,
      [...new Set([...before.authorIds, ...after.authorIds])],
      submission.venueId,
    );
    const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? 'Former member';
    return this.statements.compare(before, after, nameOf);
  }

  @ResolveField(() => TierDecisionModel, {
    nullable: true,
    description:
      'The latest decision, which may be for an earlier version; it is in force only while tierStatus is confirmed or overridden.',
  })
  async tierDecision(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<TierDecisionModel | null> {
    if (!submission.decision || !(await this.versionVisibility(submission, ctx)).tier) return null;
    return toTierDecision(submission.decision, submission.venueId);
  }

  @ResolveField(() => [TierDecisionModel], {
    description: "Every tier decision, oldest first (the venue's chairs only; [] for everyone else).",
  })
  async tierHistory(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<TierDecisionModel[]> {
    if (!this.access.can(ctx.actor, 'tier.viewHistory', await this.target(submission, ctx))) return [];
    return submission.decisions.map((decision) => toTierDecision(decision, submission.venueId));
  }

  private async visibleVersion(
    submission: Submission,
    number: number,
    ctx: RequestContext,
  ): Promise<StatementVersionRecord> {
    const exists = Number.isInteger(number) && number >= 1 && number <= submission.latestVersionNumber;
    if (!exists || !this.statements.canReadVersions(ctx.actor, await this.target(submission, ctx)))
      return this.access.notFound('statementVersion');
    const version = await this.versionLoader(ctx).load(versionKey(submission.id, number));
    if (!version) fail(submissionErrors, 'VERSION_NOT_FOUND');
    return version;
  }

  private versionLoader(ctx: RequestContext) {
    return ctx.loaders.of(versionByKey, this.versionRepository);
  }
}

@Resolver(() => StatementVersion)
export class StatementVersionResolver {
  constructor(private readonly users: UserRepository) {}

  @ResolveField(() => [User], { description: 'The authors as this version lists them.' })
  authors(@Parent() version: StatementVersion, @Ctx() ctx: RequestContext): Promise<User[]> {
    return peopleInVenue(ctx, this.users, version.authorIds, version.venueId);
  }

  @ResolveField(() => User)
  async submittedBy(@Parent() version: StatementVersion, @Ctx() ctx: RequestContext): Promise<User> {
    if (version.submittedById === '') return { id: 'anonymous-author', name: 'An author (hidden from reviewers)', email: null };
    const user = await ctx.loaders.of(userById, this.users).load(version.submittedById);
    if (!user) return { id: version.submittedById, name: 'Former member', email: null };
    return userInVenue(ctx.actor, user, version.venueId);
  }
}

@Resolver(() => TierDecisionModel)
export class TierDecisionResolver {
  constructor(private readonly users: UserRepository) {}

  @ResolveField(() => User)
  async decidedBy(@Parent() decision: TierDecisionModel, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.of(userById, this.users).load(decision.decidedById);
    if (!user) return { id: decision.decidedById, name: 'Former member', email: null };
    return userInVenue(ctx.actor, user, decision.venueId);
  }
}

/**
 * What the editor shows beside a draft, computed only when a client asks for it: the autosave
 * answer normally needs just the new revision.
 */
@Resolver(() => StatementDraft)
export class StatementDraftResolver {
  constructor(
    private readonly statements: StatementService,
    private readonly submissions: SubmissionRepository,
  ) {}

  @ResolveField(() => [SectionStatus], { description: 'Completeness of each section, for the editor.' })
  sectionStatus(@Parent() draft: StatementDraft): SectionStatus[] {
    return this.statements.sectionStatusOf(draft);
  }

  @ResolveField(() => TierSuggestionModel, { description: 'Live preview of the tier the draft would get.' })
  suggestedTier(@Parent() draft: StatementDraft): TierSuggestionModel {
    return this.statements.tierPreviewOf(draft);
  }

  @ResolveField(() => Int, { nullable: true, description: 'The submitted version this revision started from.' })
  async basedOnVersion(@Parent() draft: StatementDraft, @Ctx() ctx: RequestContext): Promise<number | null> {
    if (draft.basedOnVersion !== undefined) return draft.basedOnVersion;
    // After an autosave, which does not read the draft back: the same draft, read once per request.
    const submission = await ctx.loaders.of(submissionById, this.submissions).load(draft.submissionId);
    return submission?.draft?.basedOnVersion ?? null;
  }
}
