// Where a submission's statement stands. Submitted versions are frozen, so changing a submitted
// statement always means opening a new draft on top of it (a revision) and submitting that.

export const SUBMISSION_PHASES = ['draft', 'submitted', 'revising'] as const;
/**
 * draft: never submitted; submitted: the latest version is submitted and no draft is open;
 * revising: a draft is open on top of a submitted version.
 */
export type SubmissionPhase = (typeof SUBMISSION_PHASES)[number];

export interface SubmissionPhaseFacts {
  hasSubmittedVersion: boolean;
  hasOpenDraft: boolean;
}

export function phaseOf(facts: SubmissionPhaseFacts): SubmissionPhase {
  // Before a first submission the submission is a draft whether or not content was saved yet.
  if (!facts.hasSubmittedVersion) return 'draft';
  return facts.hasOpenDraft ? 'revising' : 'submitted';
}

/** Saving needs an open draft; in 'submitted' the author starts a revision first. */
export function canSaveDraft(phase: SubmissionPhase): boolean {
  return phase === 'draft' || phase === 'revising';
}

export function canSubmit(phase: SubmissionPhase): boolean {
  return phase === 'draft' || phase === 'revising';
}

/** Only one draft may be open at a time, and only on top of a submitted version. */
export function canStartRevision(phase: SubmissionPhase): boolean {
  return phase === 'submitted';
}

/** A version was submitted: the committee may see the submission (drafts stay with their authors). */
export function hasSubmittedVersion(phase: SubmissionPhase): boolean {
  return phase !== phaseOf({ hasSubmittedVersion: false, hasOpenDraft: true });
}
