import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  DECISION_OUTCOME_LABELS,
  DECISION_OUTCOMES,
  LETTER_VARIABLES,
  type DecisionOutcome,
} from '@impact-review/domain';
import { AccessService } from '../access';
import { Ctx } from '../common/graphql/current-actor.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { StatementVersionRepository, Submission, SubmissionRepository, toSubmission, type DecisionRecord, type SubmissionRecord } from '../submissions';
import { User, userById, UserRepository } from '../users';
import { userInVenue, Venue } from '../venues';
import type { DecisionSettingsRecord } from './decision-settings.repository';
import { DecisionsService, type DecisionInputValue } from './decisions.service';
import { ConditionLibraryEntryInput, DecisionInput, LetterInput } from './dto/decision.input';
import {
  ConditionLibraryEntryModel,
  Decision,
  DecisionLetter,
  DecisionOutcomeEnum,
  DecisionResult,
  DecisionSettings,
  toReleasePlanChanges,
  type DecidedCondition,
} from './models/decision.model';

export function conditionsOf(conditions: DecisionRecord['conditions'], submission: SubmissionRecord): DecidedCondition[] {
  const names = new Map((submission.submitted?.artifacts ?? []).map((a) => [a.key, a.name]));
  return conditions.map((c) => ({ ...c, artifactName: c.artifactKey ? (names.get(c.artifactKey) ?? c.artifactKey) : null }));
}

function toSettings(settings: DecisionSettingsRecord): DecisionSettings {
  return {
    conditionLibrary: settings.conditionLibrary.map((e) => ({ ...e })),
    letterTemplates: DECISION_OUTCOMES.map((outcome) => ({ outcome, ...settings.letterTemplates[outcome] })),
    variables: LETTER_VARIABLES.map((v) => ({ name: v.name, description: v.description })),
    revision: settings.revision,
  };
}

type DecisionModel = Decision & { decidedById: string; venueId: string };

/** A statement's decision, its letter and its approval. */
@Resolver(() => Submission)
export class SubmissionDecisionResolver {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly access: AccessService,
    private readonly submissions: SubmissionRepository,
    private readonly versions: StatementVersionRepository,
  ) {}

  @ResolveField(() => Decision, {
    nullable: true,
    description: 'The decision: the one recorded (chairs not conflicted with it), else the last one sent (its authors and reviewers). Null before.',
  })
  async decision(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<Decision | null> {
    const record = await this.submissions.findById(submission.id);
    if (!record) return null;
    const decision = this.decisions.visibleDecision(ctx.actor, record, await this.access.submission(record, ctx.loaders));
    return decision ? this.toDecision(decision, record) : null;
  }

  @ResolveField(() => [Decision], { description: 'Every decision whose letter was sent, oldest first ([] for those who may not see its decision).' })
  async decisionHistory(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<Decision[]> {
    const record = await this.submissions.findById(submission.id);
    if (!record) return [];
    if (!this.access.can(ctx.actor, 'decision.view', await this.access.submission(record, ctx.loaders))) return [];
    return Promise.all(record.decisions.map((d) => this.toDecision(d, record)));
  }

  @ResolveField(() => DecisionLetter, {
    nullable: true,
    description: 'The letter of the recorded decision from the venue’s template, for the chair to preview and edit before sending (chairs; null before a decision).',
  })
  async letterDraft(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<DecisionLetter | null> {
    const record = await this.submissions.findById(submission.id);
    if (!record) return null;
    return this.decisions.letterDraft(ctx.actor, record, await this.access.submission(record, ctx.loaders));
  }

  @ResolveField(() => [ConditionLibraryEntryModel], { description: 'The venue’s standard conditions, for a chair deciding on it ([] for everyone else).' })
  async conditionLibrary(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<ConditionLibraryEntryModel[]> {
    const record = await this.submissions.findById(submission.id);
    if (!record) return [];
    return this.decisions.libraryFor(ctx.actor, await this.access.submission(record, ctx.loaders));
  }

  @Mutation(() => DecisionResult, {
    description:
      'Records the committee’s decision on the latest version (a chair; full review decides at a meeting). An expedited disapproval is not recorded: the statement goes to full review (referredToFull). BAD_USER_INPUT with field errors; CONFLICT when the statement changed since expectedRevision or its decision was sent.',
  })
  async recordDecision(
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Args('decision', { type: () => DecisionInput }) decision: DecisionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DecisionResult> {
    const result = await this.decisions.record(ctx.actor, submissionId, expectedRevision, decision as DecisionInputValue);
    return {
      submission: toSubmission(result.submission, ctx.actor),
      referredToFull: result.kind === 'referred',
      referral: result.kind === 'referred' ? result.reason : null,
    };
  }

  @Mutation(() => Submission, {
    description:
      'Sends the recorded decision with this letter to the authors (through the outbox), keeps the letter on the statement, and creates its Approval when positive. Once per version (CONFLICT after).',
  })
  async sendDecision(
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Args('letter', { type: () => LetterInput }) letter: LetterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Submission> {
    return toSubmission(await this.decisions.send(ctx.actor, submissionId, expectedRevision, letter), ctx.actor);
  }

  private async toDecision(decision: DecisionRecord, submission: SubmissionRecord): Promise<DecisionModel> {
    const version = await this.versions.find(submission.id, decision.forVersion);
    const proposed = version?.content.releasePlan ?? [];
    const names = new Map((version?.artifacts ?? submission.submitted?.artifacts ?? []).map((a) => [a.key, a.name]));
    return {
      id: decision.id,
      forVersion: decision.forVersion,
      tier: decision.tier,
      outcome: decision.outcome,
      outcomeLabel: DECISION_OUTCOME_LABELS[decision.outcome],
      conditions: conditionsOf(decision.conditions, submission),
      releasePlan: decision.releasePlan,
      releasePlanComparison:
        decision.releasePlan.length === 0
          ? []
          : toReleasePlanChanges(proposed, decision.releasePlan, names),
      withoutReviewsReason: decision.withoutReviewsReason,
      reviewsCounted: decision.reviewsCounted,
      meetingId: decision.meetingId,
      decidedAt: decision.decidedAt,
      decidedBy: null,
      decidedById: decision.decidedById,
      venueId: submission.venueId,
      sent: decision.sentAt !== null,
      sentAt: decision.sentAt,
      letter: decision.letter,
    };
  }
}

/** Who decided: a chair's name for whoever sees the decision. */
@Resolver(() => Decision)
export class DecisionResolver {
  constructor(private readonly users: UserRepository) {}

  @ResolveField(() => User, { nullable: true })
  async decidedBy(@Parent() decision: DecisionModel, @Ctx() ctx: RequestContext): Promise<User | null> {
    const user = await ctx.loaders.of(userById, this.users).load(decision.decidedById);
    return user ? userInVenue(ctx.actor, user, decision.venueId) : null;
  }
}

/** The venue's standard conditions and letter templates. */
@Resolver(() => Venue)
export class VenueDecisionSettingsResolver {
  constructor(private readonly decisions: DecisionsService) {}

  @ResolveField(() => DecisionSettings, { nullable: true, description: 'Its standard conditions and letter templates (chairs; null for everyone else).' })
  async decisionSettings(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<DecisionSettings | null> {
    const settings = await this.decisions.settingsOf(ctx.actor, venue.id);
    return settings ? toSettings(settings) : null;
  }

  @Mutation(() => DecisionSettings, { description: 'Replaces the venue’s library of standard conditions (chairs); BAD_USER_INPUT with paths; CONFLICT when changed meanwhile.' })
  async updateConditionLibrary(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('entries', { type: () => [ConditionLibraryEntryInput] }) entries: ConditionLibraryEntryInput[],
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<DecisionSettings> {
    return toSettings(await this.decisions.saveLibrary(ctx.actor, venueId, entries, expectedRevision));
  }

  @Mutation(() => DecisionSettings, {
    description: 'Replaces the letter template of an outcome, or (template null) goes back to the default (chairs); unknown variables are BAD_USER_INPUT.',
  })
  async updateLetterTemplate(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('outcome', { type: () => DecisionOutcomeEnum }) outcome: DecisionOutcome,
    @Args('template', { type: () => LetterInput, nullable: true }) template: LetterInput | null,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<DecisionSettings> {
    return toSettings(await this.decisions.saveTemplate(ctx.actor, venueId, outcome, template ?? null, expectedRevision));
  }
}
