// The single place deciding who may see and do what with submissions. Callers must treat a
// refusal to view exactly like "not found" (as HotCRP does), so that confidentiality also hides
// whether something exists. Reviewer access comes from assignments, which this module does not
// know about; here, reviewers have no access by their role alone.
import type { StatementState, VenueRole } from '../vocabulary/vocabulary';

export interface ActorRole {
  venueId: string;
  role: VenueRole;
}

export interface SignedInActor {
  userId: string;
  roles: ActorRole[];
}

/** The person asking; null is anonymous (the public). */
export type Actor = SignedInActor | null;

export interface SubmissionAccessFacts {
  venueId: string;
  authorIds: string[];
  /** Chairs only see a submission once its authors submitted a version: drafts are private. */
  hasSubmittedVersion: boolean;
}

export interface SubmissionVisibilityScope {
  /** Submissions this user authors (all phases); null for nobody. */
  authorUserId: string | null;
  /**
   * Venues whose submissions the user sees as chair — only those with a submitted version, so a
   * list query must combine `venueId in chairVenueIds` with `hasSubmittedVersion`.
   */
  chairVenueIds: string[];
}

export function hasVenueRole(actor: Actor, venueId: string, role: VenueRole): boolean {
  if (actor === null || venueId === '') return false;
  return actor.roles.some((entry) => entry.venueId === venueId && entry.role === role);
}

/** Authorship comes from the submission's author list, not from a venue role. */
function isAuthor(actor: Actor, submission: SubmissionAccessFacts): boolean {
  // An empty user id is nobody: it must never match a blank entry in an author list.
  return actor !== null && actor.userId !== '' && submission.authorIds.includes(actor.userId);
}

function isChairOf(actor: Actor, submission: SubmissionAccessFacts): boolean {
  return hasVenueRole(actor, submission.venueId, 'chair');
}

export function canManageVenue(actor: Actor, venueId: string): boolean {
  return hasVenueRole(actor, venueId, 'chair');
}

export function canViewSubmission(actor: Actor, submission: SubmissionAccessFacts): boolean {
  return isAuthor(actor, submission) || (isChairOf(actor, submission) && submission.hasSubmittedVersion);
}

export function canEditSubmission(actor: Actor, submission: SubmissionAccessFacts): boolean {
  return isAuthor(actor, submission);
}

export function canViewStatementVersion(
  actor: Actor,
  submission: SubmissionAccessFacts,
  versionState: StatementState,
): boolean {
  if (isAuthor(actor, submission)) return true;
  // A draft stays with its authors even while an earlier submitted version is under review.
  return versionState === 'submitted' && isChairOf(actor, submission);
}

/** A chair who is also an author of the submission may not rule on their own tier. */
export function canConfirmTier(actor: Actor, submission: SubmissionAccessFacts): boolean {
  return isChairOf(actor, submission) && submission.hasSubmittedVersion && !isAuthor(actor, submission);
}

export function canInvite(actor: Actor, venueId: string): boolean {
  return hasVenueRole(actor, venueId, 'chair');
}

export function submissionVisibilityScope(actor: Actor): SubmissionVisibilityScope {
  if (actor === null || actor.userId === '') return { authorUserId: null, chairVenueIds: [] };
  const chairVenueIds = [
    ...new Set(
      actor.roles.filter((entry) => entry.role === 'chair' && entry.venueId !== '').map((e) => e.venueId),
    ),
  ].sort();
  return { authorUserId: actor.userId, chairVenueIds };
}
