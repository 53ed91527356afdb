import type { StatementVersion } from './models/statement.model';
import type { Submission } from './models/submission.model';
import type { TierDecisionModel } from './models/tier.model';
import type { StatementVersionRecord } from './statement-version.repository';
import type { SubmissionRecord } from './submission.repository';

/** The GraphQL view of a submission; the fields needing the policy are resolved by SubmissionResolver. */
export function toSubmission(record: SubmissionRecord): Submission {
  return {
    id: record.id,
    title: record.title,
    abstract: record.abstract,
    links: record.links,
    artifacts: record.artifacts,
    phase: record.phase,
    tierSuggestion: record.tierSuggestion,
    tierStatus: record.tierStatus,
    revision: record.revision,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    submittedAt: record.submittedAt,
    venueId: record.venueId,
    authorIds: record.authorIds,
    latestVersionNumber: record.latestVersionNumber,
    openDraft: record.draft,
    decision: record.tierDecision,
  };
}

export function toStatementVersion(record: StatementVersionRecord, venueId: string): StatementVersion {
  return {
    number: record.number,
    content: record.content,
    artifacts: record.artifacts,
    submittedAt: record.submittedAt,
    tierSuggestion: record.tierSuggestion,
    submittedById: record.submittedBy,
    venueId,
  };
}

export function toTierDecision(
  record: NonNullable<SubmissionRecord['tierDecision']>,
  venueId: string,
): TierDecisionModel {
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
): Pick<SubmissionRecord, 'id' | 'venueId' | 'authorIds' | 'latestVersionNumber' | 'artifacts' | 'draft'> {
  return {
    id: submission.id,
    venueId: submission.venueId,
    authorIds: submission.authorIds,
    latestVersionNumber: submission.latestVersionNumber,
    artifacts: submission.artifacts,
    draft: submission.openDraft,
  };
}
