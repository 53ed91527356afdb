import { effectiveTier, isAuthorOf, type Actor } from '@impact-review/domain';
import type { StatementVersion } from './models/statement.model';
import type { Submission } from './models/submission.model';
import type { TierDecisionModel } from './models/tier.model';
import type { StatementVersionRecord } from './statement-version.repository';
import type { SubmissionMetadataRecord, SubmissionRecord, TierDecisionRecord } from './submission.repository';

const NO_METADATA: SubmissionMetadataRecord = {
  title: '',
  abstract: '',
  links: { paperUrl: '', openReviewUrl: '', doi: '', repositoryUrl: '' },
  artifacts: [],
};

/**
 * The GraphQL view of a submission as `actor` may see it; the fields needing the policy are
 * resolved by SubmissionResolver. Title, abstract, links, artifacts and authors are the latest
 * submitted version's, for everyone: an open revision's edits stay in its draft. Only before the
 * first submission (when nobody but the authors can see the submission) are they the draft's.
 */
export function toSubmission(record: SubmissionRecord, actor: Actor): Submission {
  const shown = record.submitted ?? record.draft ?? NO_METADATA;
  const isAuthor = isAuthorOf(actor, record);
  return {
    id: record.id,
    title: shown.title,
    abstract: shown.abstract,
    links: shown.links,
    artifacts: shown.artifacts,
    phase: record.phase,
    tierSuggestion: record.tierSuggestion,
    tierStatus: record.tierStatus,
    tier: effectiveTier(
      record.tierStatus,
      record.tierDecision?.tier ?? null,
      record.tierSuggestion?.tier ?? null,
    ),
    revision: record.revision,
    createdAt: record.createdAt,
    // Autosaves move the document's own time; others see only changes they can see.
    updatedAt: isAuthor ? record.updatedAt : (record.listedAt ?? record.updatedAt),
    submittedAt: record.submittedAt,
    venueId: record.venueId,
    authorIds: record.authorIds,
    shownAuthorIds: record.submitted?.authorIds ?? record.authorIds,
    latestVersionNumber: record.latestVersionNumber,
    openDraft: record.draft,
    decision: record.tierDecision,
    decisions: record.tierDecisions,
  };
}

/** What the viewer may see of a version beside its text: the tier it suggested, who wrote it. */
export interface VersionVisibility {
  tier: boolean;
  authors: boolean;
}

export function toStatementVersion(record: StatementVersionRecord, venueId: string, visible: VersionVisibility): StatementVersion {
  return {
    number: record.number,
    title: record.title,
    abstract: record.abstract,
    links: record.links,
    artifacts: record.artifacts,
    // A double-blind venue's reviewers read the statement without its authors.
    authorIds: visible.authors ? record.authorIds : [],
    content: record.content,
    submittedAt: record.submittedAt,
    tierSuggestion: visible.tier ? record.tierSuggestion : null,
    submittedById: visible.authors ? record.submittedBy : '',
    venueId,
  };
}

export function toTierDecision(record: TierDecisionRecord, venueId: string): TierDecisionModel {
  return {
    tier: record.tier,
    suggestedTier: record.suggestedTier,
    reason: record.reason,
    decidedAt: record.decidedAt,
    forVersion: record.forVersion,
    decidedById: record.decidedBy,
    venueId,
  };
}

/** What the statement service needs of a Submission a field resolver received as its parent. */
export function recordOf(
  submission: Submission,
): Pick<SubmissionRecord, 'id' | 'venueId' | 'authorIds' | 'latestVersionNumber' | 'draft'> {
  return {
    id: submission.id,
    venueId: submission.venueId,
    authorIds: submission.authorIds,
    latestVersionNumber: submission.latestVersionNumber,
    draft: submission.openDraft,
  };
}
