import { Injectable } from '@nestjs/common';
import {
  alignReleasePlan,
  canEditSubmission,
  canStartRevision,
  canViewStatementVersion,
  compareStatementContents,
  sectionStatus,
  suggestTier,
  validateArtifacts,
  validateDraft,
  validateForSubmission,
  type Actor,
  type Artifact,
  type SectionComparison,
  type SectionStatus,
  type TierSuggestion,
} from '@impact-review/domain';
import { Clock } from '../common/clock';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { contentFromInput, suggestionForStorage } from './statement-content.mapper';
import {
  StatementVersionRepository,
  type NewStatementVersion,
  type StatementVersionRecord,
} from './statement-version.repository';
import { SubmissionRepository, type DraftRecord, type SubmissionRecord } from './submission.repository';
import { accessFactsOf, effectiveTier, tierRank, tierStatusAfterSubmission } from '@impact-review/domain';
import { SubmissionService } from './submission.service';
import { submissionErrors } from './submissions.errors';

/** What reading a draft or versions needs of a submission. */
export type StatementOwner = Pick<
  SubmissionRecord,
  'venueId' | 'authorIds' | 'latestVersionNumber' | 'artifacts' | 'draft'
>;

export interface DraftView extends DraftRecord {
  sectionStatus: SectionStatus[];
  suggestedTier: TierSuggestion;
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
  ) {}

  /** The open draft with its live section status and tier preview, for its authors only. */
  draftFor(actor: Actor, submission: StatementOwner): DraftView | null {
    // Drafts stay with their authors, even while a chair reads the submitted versions.
    if (!submission.draft || !canEditSubmission(actor, accessFactsOf(submission))) return null;
    return this.viewOf(submission.draft, submission.artifacts);
  }

  /** Whether `actor` may read submitted versions of this submission. */
  canReadVersions(actor: Actor, submission: StatementOwner): boolean {
    return canViewStatementVersion(actor, accessFactsOf(submission), 'submitted');
  }

  /** Autosave: validateDraft (BAD_USER_INPUT with paths), then only onto the revision the client saw. */
  async saveDraft(
    actor: Actor,
    submissionId: string,
    input: unknown,
    expectedDraftRevision: number,
  ): Promise<DraftView> {
    const submission = await this.submissionService.getEditable(actor, submissionId);
    if (!submission.draft) fail(submissionErrors, 'NO_OPEN_DRAFT');
    const content = contentFromInput(input);
    const errors = validateDraft(content, submission.artifacts);
    if (errors.length > 0) fail(submissionErrors, 'INVALID_DRAFT', errors);
    if (submission.draft.revision !== expectedDraftRevision) fail(commonErrors, 'VERSION_CONFLICT');
    const saved = await this.submissions.saveDraft(
      submission.id,
      expectedDraftRevision,
      alignReleasePlan(content, submission.artifacts),
      this.clock.now(),
    );
    if (!saved?.draft) return this.explainLostDraftUpdate(submission.id);
    return this.viewOf(saved.draft, saved.artifacts);
  }

  /**
   * Freezes the draft as the next version. Everything is validated before anything is written; then
   * the version is inserted (its unique number stops a concurrent double submit) and the submission
   * is updated on the draft revision; if that update loses, the version is removed again.
   */
  async submit(actor: Actor, submissionId: string, expectedDraftRevision: number): Promise<SubmissionRecord> {
    const submission = await this.submissionService.getEditable(actor, submissionId);
    if (!submission.draft) fail(submissionErrors, 'NO_OPEN_DRAFT');
    if (submission.draft.revision !== expectedDraftRevision) fail(commonErrors, 'VERSION_CONFLICT');
    const now = this.clock.now();
    const { content } = submission.draft;
    const errors = [
      ...validateArtifacts(submission.artifacts),
      ...validateForSubmission(content, submission.artifacts, now),
    ];
    if (errors.length > 0) fail(submissionErrors, 'INCOMPLETE_STATEMENT', errors);

    const suggestion = suggestionForStorage(suggestTier(content, submission.artifacts));
    const number = submission.latestVersionNumber + 1;
    const version = await this.insertVersion(submission, {
      submissionId: submission.id,
      number,
      content,
      artifacts: submission.artifacts,
      submittedAt: now,
      submittedBy: actor?.userId ?? '',
      tierSuggestion: suggestion,
    });
    const decided = submission.tierDecision;
    const tierStatus = tierStatusAfterSubmission(decided, submission.tierStatus, suggestion.tier);
    const updated = await this.submissions.markSubmitted(submission.id, expectedDraftRevision, {
      versionNumber: number,
      submittedAt: now,
      tierSuggestion: suggestion,
      tierStatus,
      tierRank: tierRank(effectiveTier(tierStatus, decided?.tier ?? null, suggestion.tier)),
    });
    if (updated) return updated;
    await this.versions.deleteById(version.id);
    return this.explainLostDraftUpdate(submission.id);
  }

  /** Opens a new draft, a copy of the latest version, on a submitted statement. */
  async startRevision(actor: Actor, submissionId: string): Promise<SubmissionRecord> {
    const submission = await this.submissionService.getEditable(actor, submissionId);
    if (!canStartRevision(submission.phase)) fail(submissionErrors, 'NOT_REVISABLE');
    const latest = await this.versions.find(submission.id, submission.latestVersionNumber);
    if (!latest)
      throw new Error(`Submission ${submission.id} has no version ${submission.latestVersionNumber}`);
    const opened = await this.submissions.openDraft(submission.id, submission.revision, {
      content: alignReleasePlan(latest.content, submission.artifacts),
      // Continues the numbering of the previous draft, so a tab still holding it can never save into this one.
      revision: submission.lastDraftRevision + 1,
      updatedAt: this.clock.now(),
      basedOnVersion: latest.number,
    });
    if (opened) return opened;
    const again = await this.submissions.findById(submission.id);
    if (!again) fail(submissionErrors, 'SUBMISSION_NOT_FOUND');
    if (!canStartRevision(again.phase)) fail(submissionErrors, 'NOT_REVISABLE');
    return fail(commonErrors, 'VERSION_CONFLICT');
  }

  /** Changes between two visible versions, section by section. */
  compare(from: StatementVersionRecord, to: StatementVersionRecord): SectionComparison[] {
    const artifacts: Artifact[] = [
      ...to.artifacts,
      ...from.artifacts.filter((a) => !to.artifacts.some((b) => b.key === a.key)),
    ];
    return compareStatementContents(from.content, to.content, artifacts);
  }

  private viewOf(draft: DraftRecord, artifacts: Artifact[]): DraftView {
    return {
      ...draft,
      sectionStatus: sectionStatus(draft.content, artifacts, this.clock.now()),
      suggestedTier: suggestTier(draft.content, artifacts),
    };
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

  /** A conditional draft update matched nothing: say whether the submission, its draft or the revision is gone. */
  private async explainLostDraftUpdate(submissionId: string): Promise<never> {
    const again = await this.submissions.findById(submissionId);
    if (!again) fail(submissionErrors, 'SUBMISSION_NOT_FOUND');
    if (!again.draft) fail(submissionErrors, 'NO_OPEN_DRAFT');
    return fail(commonErrors, 'VERSION_CONFLICT');
  }
}
