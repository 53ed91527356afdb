import { Injectable } from '@nestjs/common';
import {
  affinityTextOf,
  alignReleasePlan,
  canSaveDraft,
  canStartRevision,
  canSubmit,
  compareVersions,
  effectiveTier,
  normalizeSearchText,
  searchTextOf,
  sectionStatus,
  suggestTier,
  tierRank,
  tierStatusAfterSubmission,
  validateDraft,
  validateDraftMetadata,
  validateForSubmission,
  validateMetadataForSubmission,
  type Actor,
  type SectionComparison,
  type SectionStatus,
  type SubmissionTarget,
  type TierSuggestion,
} from '@impact-review/domain';
import { AccessService, ReviewerAssignmentRepository } from '../access';
import { Clock } from '../common/clock';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { UserRepository } from '../users';
import { contentFromInput, metadataFromInput, suggestionForStorage } from './statement-content.mapper';
import {
  StatementVersionRepository,
  type NewStatementVersion,
  type StatementVersionRecord,
} from './statement-version.repository';
import { SubmissionRepository, type DraftRecord, type SubmissionRecord } from './submission.repository';
import { SubmissionSearchTermRepository } from './submission-search-term.repository';
import { AuditLog, auditEvent } from '../audit';
import { RoleGrants } from '../memberships';
import { Notifier, type NotificationEvent } from '../notifications';
import { VenueRepository } from '../venues';
import { SubmissionService } from './submission.service';
import { submissionErrors } from './submissions.errors';

/** What reading a draft or versions needs of a submission. */
export type StatementOwner = Pick<
  SubmissionRecord,
  'id' | 'venueId' | 'authorIds' | 'latestVersionNumber' | 'draft'
>;

/**
 * A draft as the API shows it. Section status and the tier preview are computed only when a
 * client asks for them (the autosave answer usually does not); `basedOnVersion` is undefined after
 * an autosave, which does not read it back, and then looked up only if asked for.
 */
export interface DraftView extends Omit<DraftRecord, 'basedOnVersion'> {
  submissionId: string;
  basedOnVersion: number | null | undefined;
}

/**
 * A version left behind by a submit that crashed between inserting it and updating the submission
 * is older than this; a younger one may belong to a submit still in flight.
 */
const ORPHANED_VERSION_AGE_MS = 5 * 60_000;

@Injectable()
export class StatementService {
  constructor(
    private readonly clock: Clock,
    private readonly submissionService: SubmissionService,
    private readonly submissions: SubmissionRepository,
    private readonly versions: StatementVersionRepository,
    private readonly users: UserRepository,
    private readonly searchTerms: SubmissionSearchTermRepository,
    private readonly grants: RoleGrants,
    private readonly audit: AuditLog,
    private readonly access: AccessService,
    private readonly assignments: ReviewerAssignmentRepository,
    private readonly venues: VenueRepository,
    private readonly notifier: Notifier,
  ) {}

  /** The open draft with its live section status and tier preview, for its authors only. */
  draftFor(actor: Actor, submission: StatementOwner, target: SubmissionTarget): DraftView | null {
    // Drafts stay with their authors, even while a chair reads the submitted versions.
    if (!submission.draft || !this.access.can(actor, 'submission.viewDraft', target)) return null;
    return { ...submission.draft, submissionId: submission.id };
  }

  /** Whether `actor` may read submitted versions of this submission. */
  canReadVersions(actor: Actor, target: SubmissionTarget): boolean {
    return this.access.can(actor, 'statement.viewVersion', { kind: 'statementVersion', submission: target, versionState: 'submitted' });
  }

  /**
   * Autosave of the whole draft (details and statement). Cheap on purpose, because everyone saves
   * at the deadline: the input is validated on its own (BAD_USER_INPUT with paths, nothing read),
   * then one conditional update writes it if the submission exists, the actor authors it and the
   * draft is still at `expectedDraftRevision`. Only when that matches nothing is the submission
   * read, once, to say why.
   */
  async saveDraft(
    actor: Actor,
    submissionId: string,
    input: { content?: unknown } & Record<string, unknown>,
    expectedDraftRevision: number,
  ): Promise<DraftView> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const metadata = metadataFromInput(input);
    const content = contentFromInput(input.content);
    const errors = [...validateDraftMetadata(metadata), ...validateDraft(content, metadata.artifacts)];
    if (errors.length > 0) fail(submissionErrors, 'INVALID_DRAFT', errors);
    const draft = { ...metadata, content: alignReleasePlan(content, metadata.artifacts) };
    const saved = Number.isInteger(expectedDraftRevision)
      ? await this.submissions.saveDraft(
          submissionId,
          actor.userId,
          expectedDraftRevision,
          draft,
          this.clock.now(),
        )
      : null;
    if (!saved) return this.explainLostDraftUpdate(actor, submissionId);
    return { ...draft, ...saved, submissionId, basedOnVersion: undefined };
  }

  /**
   * Freezes the draft, details and statement, as the next version. Everything is validated before
   * anything is written; then the version is inserted (its unique number stops a concurrent double
   * submit) and the submission is updated on the draft revision; if that update loses, the version
   * is removed again. The first submitted version makes its authors authors of the venue.
   */
  async submit(actor: Actor, submissionId: string, expectedDraftRevision: number): Promise<SubmissionRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const submission = await this.submissionService.getEditable(actor, submissionId);
    const draft = submission.draft;
    if (!draft || !canSubmit(submission.phase)) return fail(submissionErrors, 'NO_OPEN_DRAFT');
    if (draft.revision !== expectedDraftRevision) fail(commonErrors, 'VERSION_CONFLICT');
    const now = this.clock.now();
    const errors = [
      ...validateMetadataForSubmission(draft),
      ...validateForSubmission(draft.content, draft.artifacts, now),
    ];
    if (errors.length > 0) fail(submissionErrors, 'INCOMPLETE_STATEMENT', errors);

    const suggestion = suggestionForStorage(suggestTier(draft.content, draft.artifacts));
    const number = submission.latestVersionNumber + 1;
    const authorIds = [...submission.authorIds];
    const version = await this.insertVersion(submission, {
      submissionId: submission.id,
      number,
      title: draft.title,
      abstract: draft.abstract,
      links: draft.links,
      artifacts: draft.artifacts,
      authorIds,
      content: draft.content,
      submittedAt: now,
      submittedBy: actor.userId,
      tierSuggestion: suggestion,
    });
    const decided = submission.tierDecision;
    const tierStatus = tierStatusAfterSubmission(decided, suggestion.tier);
    const searchText = searchTextOf(draft.title, await this.authorNames(authorIds));
    // The search index learns the new words first: if the submit then loses, the extra words only
    // make this submission a candidate that its own search text then rules out.
    await this.searchTerms.index(submission.venueId, submission.id, searchText);
    const events = [
      auditEvent({
        venueId: submission.venueId,
        kind: 'submission.version_submitted',
        objectType: 'submission',
        objectId: submission.id,
        actorId: actor.userId,
        summary: { version: number, title: draft.title, authorIds },
        notification: {
          kind: 'version_submitted',
          venueId: submission.venueId,
          submissionId: submission.id,
          title: draft.title,
          authorIds,
          versionNumber: number,
          submittedAt: now.toISOString(),
          actorId: actor.userId,
        } satisfies NotificationEvent,
      }),
      auditEvent({
        venueId: submission.venueId,
        kind: 'tier.suggested',
        objectType: 'submission',
        objectId: submission.id,
        actorId: null,
        summary: { version: number, tier: suggestion.tier, tierStatus },
      }),
    ];
    const updated = await this.submissions.markSubmitted(submission.id, actor.userId, expectedDraftRevision, {
      versionNumber: number,
      submittedAt: now,
      submitted: {
        title: draft.title,
        abstract: draft.abstract,
        links: draft.links,
        artifacts: draft.artifacts,
        authorIds,
        affinityText: affinityTextOf(draft.abstract, draft.content),
      },
      searchText,
      titleKey: normalizeSearchText(draft.title),
      tierSuggestion: suggestion,
      tierStatus,
      tierRank: tierRank(effectiveTier(tierStatus, decided?.tier ?? null, suggestion.tier)),
    }, events);
    if (!updated) {
      await this.versions.deleteById(version.id);
      return this.explainLostDraftUpdate(actor, submission.id);
    }
    await this.audit.recorded('submissions', submission.id, events);
    await this.returnToReviewers(submission, updated, now);
    // Idempotent grants: a retry after a crash here simply grants again.
    await Promise.all(authorIds.map((id) => this.grants.grant(id, submission.venueId, 'author', actor.userId)));
    return updated;
  }

  /**
   * A version answering a sent "revise and resubmit" goes back to the same reviewers: a new round
   * with the tier's review period from now, and a mail to each (as they chose).
   */
  private async returnToReviewers(before: SubmissionRecord, after: SubmissionRecord, now: Date): Promise<void> {
    const answered = before.decisions.at(-1);
    if (!answered || answered.outcome !== 'revise_and_resubmit' || answered.sentAt === null || answered.forVersion !== before.latestVersionNumber) return;
    const venue = await this.venues.findById(after.venueId);
    const dueAt = new Date(now.getTime() + (venue?.tierPolicy[answered.tier].reviewDays ?? 14) * 86_400_000);
    await this.assignments.startNextRound(after.id, dueAt);
    await this.notifier.notify({
      kind: 'revision_to_review',
      venueId: after.venueId,
      submissionId: after.id,
      authorIds: after.authorIds,
      phase: after.phase,
      title: after.submitted?.title ?? '',
      versionNumber: after.latestVersionNumber,
      dueAt: dueAt.toISOString(),
      actorId: null,
    });
  }

  /** Opens a new draft, a copy of the latest version (details and statement), on a submitted statement. */
  async startRevision(actor: Actor, submissionId: string): Promise<SubmissionRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const submission = await this.submissionService.getEditable(actor, submissionId);
    if (!canStartRevision(submission.phase)) fail(submissionErrors, 'NOT_REVISABLE');
    const latest = await this.versions.find(submission.id, submission.latestVersionNumber);
    if (!latest)
      throw new Error(`Submission ${submission.id} has no version ${submission.latestVersionNumber}`);
    const started = auditEvent({
      venueId: submission.venueId,
      kind: 'submission.revision_started',
      objectType: 'submission',
      objectId: submission.id,
      actorId: actor.userId,
      summary: { basedOnVersion: latest.number },
    });
    const opened = await this.submissions.openDraft(submission.id, actor.userId, {
      title: latest.title,
      abstract: latest.abstract,
      links: latest.links,
      artifacts: latest.artifacts,
      content: alignReleasePlan(latest.content, latest.artifacts),
      // Continues the numbering of the previous draft, so a tab still holding it can never save into this one.
      revision: submission.lastDraftRevision + 1,
      updatedAt: this.clock.now(),
      basedOnVersion: latest.number,
    }, [started]);
    if (opened) {
      await this.audit.recorded('submissions', submission.id, [started]);
      return opened;
    }
    const again = await this.submissions.findById(submission.id);
    if (!again) return this.access.notFound('submission');
    if (!canStartRevision(again.phase)) fail(submissionErrors, 'NOT_REVISABLE');
    return fail(commonErrors, 'VERSION_CONFLICT');
  }

  /** Changes between two visible versions: their details, then the statement section by section. */
  compare(
    from: StatementVersionRecord,
    to: StatementVersionRecord,
    nameOf: (userId: string) => string,
  ): SectionComparison[] {
    const comparable = (version: StatementVersionRecord) => ({
      ...version,
      authorNames: version.authorIds.map(nameOf),
    });
    return compareVersions(comparable(from), comparable(to));
  }

  /** Completeness of each section of a draft, as of now. */
  sectionStatusOf(draft: DraftView): SectionStatus[] {
    return sectionStatus(draft.content, draft.artifacts, this.clock.now());
  }

  tierPreviewOf(draft: DraftView): TierSuggestion {
    return suggestTier(draft.content, draft.artifacts);
  }

  private async authorNames(authorIds: readonly string[]): Promise<string[]> {
    const people = await this.users.findByIds(authorIds);
    return authorIds.map((id) => people.find((person) => person.id === id)?.name ?? '');
  }

  private async insertVersion(
    submission: SubmissionRecord,
    version: NewStatementVersion,
  ): Promise<StatementVersionRecord> {
    const inserted = await this.versions.insert(version);
    if (inserted) return inserted;
    // The number is taken: by a concurrent submit (CONFLICT), or by a submit that crashed halfway.
    const existing = await this.versions.find(version.submissionId, version.number);
    const orphaned =
      existing !== null &&
      existing.submittedAt.getTime() < version.submittedAt.getTime() - ORPHANED_VERSION_AGE_MS &&
      (await this.submissions.findById(submission.id))?.latestVersionNumber === version.number - 1;
    if (!orphaned) return fail(commonErrors, 'VERSION_CONFLICT');
    await this.versions.deleteById(existing.id);
    return (await this.versions.insert(version)) ?? fail(commonErrors, 'VERSION_CONFLICT');
  }

  /**
   * A conditional draft update matched nothing: one read says whether the submission is missing
   * (or not the actor's to see: the same answer), not theirs to edit, without a draft, or moved on.
   */
  private async explainLostDraftUpdate(actor: Actor, submissionId: string): Promise<never> {
    const again = await this.submissions.findById(submissionId);
    if (!again) return this.access.notFound('submission');
    this.access.require(actor, 'submission.edit', await this.access.submission(again), () =>
      fail(submissionErrors, 'NOT_AN_AUTHOR'),
    );
    if (!again.draft || !canSaveDraft(again.phase)) fail(submissionErrors, 'NO_OPEN_DRAFT');
    return fail(commonErrors, 'VERSION_CONFLICT');
  }
}
