// The single place deciding who may see and do what. Every permission is in PERMISSIONS with the
// kind of object it is about; a rule is a pure function of the person asking and the access facts
// of that object (roles, authorship, conflicts, venue settings; later issues add assignments).
// Callers treat a refusal to view exactly like "not found" (as HotCRP does), so confidentiality
// also hides whether something exists.
import type { ReviewerKind } from '../assignment/assignment.rules';
import type { AuditEventKind } from '../audit/audit-events';
import { reviewViewFor, type ReviewReader, type ReviewVisibilitySettings } from '../review/review-visibility.rules';
import { hasSubmittedVersion, type SubmissionPhase } from '../statement/statement.lifecycle';
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

/** What the policy knows about a venue. */
export interface VenueTarget {
  kind: 'venue';
  venueId: string;
}

/** What the policy knows about a submission. */
export interface SubmissionTarget {
  kind: 'submission';
  venueId: string;
  authorIds: readonly string[];
  phase: SubmissionPhase;
  /** People with a declared conflict (authors are conflicted without one). */
  conflictedUserIds: readonly string[];
  /** The venue's setting: authors see their tier and the decisions on it. */
  tiersVisibleToAuthors: boolean;
  /** Reviewers holding one of its slots (assigned or accepted; not declined). */
  assignedUserIds: readonly string[];
  /** The venue's bidding phase is open: its reviewers see the statements they may bid on. */
  biddingOpen: boolean;
  /** The venue hides authors from reviewers. */
  doubleBlind: boolean;
  /** The venue's settings for who reads which reviews under which name. */
  reviewVisibility: ReviewVisibilitySettings;
  /** Reviewers holding a slot who have submitted their review (they may read the others, by setting). */
  submittedReviewerIds: readonly string[];
  /** A chair released the reviews to the authors (this statement, or the whole venue at once). */
  reviewsReleased: boolean;
  /** A decision on it was sent to its authors (its letter is on the statement). */
  decisionSent: boolean;
  /** Members of convened meetings (not yet ended) with it on their agenda. */
  agendaMemberIds: readonly string[];
}

/** A convened meeting of a venue: its members decide the full-review statements on its agenda. */
export interface MeetingTarget {
  kind: 'meeting';
  venueId: string;
  memberIds: readonly string[];
}

/** One review of a submission: who wrote it, of which kind, whether submitted and named to authors. */
export interface ReviewTarget {
  kind: 'review';
  submission: SubmissionTarget;
  reviewerId: string;
  reviewerKind: ReviewerKind;
  submitted: boolean;
  namedToAuthors: boolean;
}

export interface StatementVersionTarget {
  kind: 'statementVersion';
  submission: SubmissionTarget;
  versionState: StatementState;
}

/** A person seen in the context of a venue (a member, invitee or author there). */
export interface PersonTarget {
  kind: 'person';
  venueId: string;
  personId: string;
}

/** One event of a venue's log; `submission` when the event is about a submission. */
export interface AuditEventTarget {
  kind: 'auditEvent';
  venueId: string;
  eventKind: AuditEventKind;
  submission: SubmissionTarget | null;
}

/** The whole site, with the asking person's site-wide flags (site/site-permissions.ts). */
export interface SiteTarget {
  kind: 'site';
  siteAdmin: boolean;
  canCreateVenues: boolean;
}

export type AccessTarget =
  | SiteTarget
  | VenueTarget
  | SubmissionTarget
  | StatementVersionTarget
  | PersonTarget
  | AuditEventTarget
  | ReviewTarget
  | MeetingTarget;
export type AccessTargetKind = AccessTarget['kind'];

/**
 * The catalogue. `target` is the kind of object the permission is about; `view` marks the
 * permissions whose refusal must look like the object does not exist.
 */
export const PERMISSIONS = {
  'site.administer': { target: 'site', view: false, description: 'Find people and grant or revoke site-wide permissions.' },
  'venue.create': { target: 'site', view: false, description: 'Create conferences and workshops.' },
  'venue.manage': { target: 'venue', view: false, description: "Change the venue's settings and decide workshop requests." },
  'venue.viewMembers': { target: 'venue', view: false, description: 'See who holds which role at the venue.' },
  'venue.viewSubmissions': {
    target: 'venue',
    view: false,
    description: "List, count and search the venue's submitted statements (each one still needs submission.view).",
  },
  'venue.viewHistory': { target: 'venue', view: false, description: "Read the venue's log, its checkpoints, proofs and export." },
  'venue.viewJobs': { target: 'venue', view: false, description: "See the venue's background jobs and retry failed ones." },
  'invitation.manage': { target: 'venue', view: false, description: 'Invite people to the venue, resend and revoke invitations.' },
  'submission.view': { target: 'submission', view: true, description: 'See that the submission exists and its submitted details.' },
  'submission.edit': { target: 'submission', view: false, description: 'Save the draft, submit it, start a revision.' },
  'submission.viewDraft': { target: 'submission', view: true, description: 'Read the open draft.' },
  'statement.viewVersion': { target: 'statementVersion', view: true, description: 'Read one version of the statement.' },
  'submission.viewAuthors': { target: 'submission', view: false, description: "See who wrote the submission (reviewers only where the venue is not double-blind)." },
  'tier.view': { target: 'submission', view: true, description: 'See the suggested and decided tier.' },
  'tier.viewHistory': { target: 'submission', view: true, description: 'See every tier decision with its reason.' },
  'tier.decide': { target: 'submission', view: false, description: 'Confirm or override the suggested tier.' },
  'conflict.view': { target: 'submission', view: true, description: "See the submission's declared conflicts." },
  'conflict.declare': {
    target: 'submission',
    view: false,
    description: 'Declare or withdraw a conflict between a venue member and the submission.',
  },
  'conflict.pin': { target: 'submission', view: false, description: 'Pin or remove an administrative conflict.' },
  'conflict.declareOwn': {
    target: 'submission',
    view: false,
    description: 'Declare one’s own conflict with a statement while bidding (a reviewer).',
  },
  'bid.place': { target: 'submission', view: false, description: 'Bid on reviewing the statement while bidding is open.' },
  'assignment.view': { target: 'submission', view: true, description: "See the statement's reviewers and the state of their assignments." },
  'assignment.manage': {
    target: 'submission',
    view: false,
    description: "Add or remove the statement's reviewers by hand, assign a replacement.",
  },
  'assignment.respond': { target: 'submission', view: false, description: 'Accept or decline one’s own assignment to the statement.' },
  'assignment.run': {
    target: 'venue',
    view: false,
    description: "Open and close bidding, run the matcher, edit and commit the venue's proposal.",
  },
  'review.write': {
    target: 'submission',
    view: false,
    description: 'Write, submit and change one’s own review of the statement (its assigned reviewer).',
  },
  'review.view': { target: 'review', view: true, description: 'Read a review (answers, recommendation, comments for the authors).' },
  'review.viewConfidential': { target: 'review', view: false, description: 'Read the comments a reviewer left for the chairs only.' },
  'review.viewReviewer': { target: 'review', view: false, description: 'See who wrote a review (else a pseudonym such as “Expert A”).' },
  'review.viewVersions': { target: 'review', view: false, description: 'Read every submitted version of a review.' },
  'review.release': { target: 'submission', view: false, description: 'Release the statement’s reviews to its authors, or withdraw them.' },
  'discussion.view': {
    target: 'submission',
    view: true,
    description: 'Read the statement’s discussion (its chairs; its reviewers once they may read each other’s reviews).',
  },
  'discussion.post': { target: 'submission', view: false, description: 'Comment in the statement’s discussion and mention its participants.' },
  'response.view': { target: 'submission', view: true, description: 'Read the authors’ response to the reviews.' },
  'response.write': { target: 'submission', view: false, description: 'Write the authors’ response to the released reviews.' },
  'decision.view': {
    target: 'submission',
    view: true,
    description: 'See the decision, its conditions, decided release plan and letter (chairs; the authors and reviewers once it is sent).',
  },
  'decision.record': {
    target: 'submission',
    view: false,
    description: 'Record the committee’s decision and send its letter (a chair not conflicted with the statement).',
  },
  'approval.manage': {
    target: 'submission',
    view: false,
    description: 'Act on the statement’s approval: open its re-evaluation, continue, suspend, reinstate, terminate, close (a chair not conflicted with it).',
  },
  'approval.report': {
    target: 'submission',
    view: false,
    description: 'File the continuing-review report of the statement’s approval (its authors).',
  },
  'approval.recommend': {
    target: 'submission',
    view: false,
    description: 'Recommend an outcome of the approval’s re-evaluation (the reviewers of record who reviewed it).',
  },
  'approval.amend': {
    target: 'submission',
    view: false,
    description: 'Request (and withdraw) an amendment of the statement’s approved release plan (its authors).',
  },
  'approval.close': {
    target: 'submission',
    view: false,
    description: 'Close the approval when the work is finished (its authors, or a chair not conflicted with it).',
  },
  'meeting.convene': { target: 'venue', view: false, description: 'Convene a meeting, list the statements awaiting a full-review decision.' },
  'meeting.view': { target: 'meeting', view: true, description: 'Follow a meeting: its agenda (items one is not recused from), attendance, motions and minutes.' },
  'meeting.manage': {
    target: 'meeting',
    view: false,
    description: 'Run a meeting: agenda, attendance, the current item, motions, the end and its minutes (the venue’s chairs).',
  },
  'meeting.vote': { target: 'meeting', view: false, description: 'Check in and vote on motions (a member of the meeting).' },
  'person.viewEmail': { target: 'person', view: true, description: "Read a person's email address." },
  'reviewerProfile.view': { target: 'person', view: true, description: "Read a reviewer's profile at the venue." },
  'reviewerProfile.edit': { target: 'person', view: false, description: 'Change a reviewer profile at the venue (its reviewer only).' },
  'auditEvent.view': { target: 'auditEvent', view: true, description: 'Read one event of a venue log.' },
} as const satisfies Record<string, { target: AccessTargetKind; view: boolean; description: string }>;

export type Permission = keyof typeof PERMISSIONS;
type TargetKindOf<P extends Permission> = (typeof PERMISSIONS)[P]['target'];
export type TargetOf<P extends Permission> = Extract<AccessTarget, { kind: TargetKindOf<P> }>;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(PERMISSIONS, value);
}

export function hasVenueRole(actor: Actor, venueId: string, role: VenueRole): boolean {
  if (actor === null || venueId === '') return false;
  return actor.roles.some((entry) => entry.venueId === venueId && entry.role === role);
}

/** Authorship comes from the submission's author list, not from a venue role. */
export function isAuthorOf(actor: Actor, submission: Pick<SubmissionTarget, 'authorIds'>): boolean {
  // An empty user id is nobody: it must never match a blank entry in an author list.
  return actor !== null && actor.userId !== '' && submission.authorIds.includes(actor.userId);
}

/** Authors are conflicted with their own submission; others when a conflict names them. */
export function isConflicted(actor: Actor, submission: SubmissionTarget): boolean {
  if (actor === null || actor.userId === '') return false;
  return isAuthorOf(actor, submission) || submission.conflictedUserIds.includes(actor.userId);
}

/** A chair of the submission's venue who is not conflicted: sees it as the committee does. */
function isChairFor(actor: Actor, submission: SubmissionTarget): boolean {
  return hasVenueRole(actor, submission.venueId, 'chair') && !isConflicted(actor, submission);
}

/** Drafts are private to their authors: the committee only sees a submission once it was submitted. */
function chairSees(actor: Actor, submission: SubmissionTarget): boolean {
  return isChairFor(actor, submission) && hasSubmittedVersion(submission.phase);
}

export function isReviewerAt(actor: Actor, venueId: string): boolean {
  return hasVenueRole(actor, venueId, 'expert_reviewer') || hasVenueRole(actor, venueId, 'community_reviewer');
}

/** A reviewer holding one of the submission's slots. */
function isAssignedTo(actor: Actor, submission: SubmissionTarget): boolean {
  return actor !== null && actor.userId !== '' && submission.assignedUserIds.includes(actor.userId);
}

/**
 * A reviewer of the venue sees a submitted statement while bidding is open, and afterwards the
 * statements they review; never one they are conflicted with.
 */
function reviewerSees(actor: Actor, submission: SubmissionTarget): boolean {
  return (
    isReviewerAt(actor, submission.venueId) &&
    !isConflicted(actor, submission) &&
    hasSubmittedVersion(submission.phase) &&
    (submission.biddingOpen || isAssignedTo(actor, submission))
  );
}

/** A member of a meeting with the statement on its agenda reads it, unless conflicted with it. */
function memberSees(actor: Actor, submission: SubmissionTarget): boolean {
  return (
    actor !== null &&
    actor.userId !== '' &&
    submission.agendaMemberIds.includes(actor.userId) &&
    !isConflicted(actor, submission) &&
    hasSubmittedVersion(submission.phase)
  );
}

/** A reviewer who may bid on the statement now. */
function reviewerBids(actor: Actor, submission: SubmissionTarget): boolean {
  return submission.biddingOpen && reviewerSees(actor, submission);
}

const chairOfVenue = (actor: Actor, target: VenueTarget): boolean => hasVenueRole(actor, target.venueId, 'chair');

/**
 * How `actor` stands to the reviews of a submission. Authorship comes first: a chair who wrote the
 * statement reads its reviews as an author (when released, without names), never as a chair. Anyone
 * else conflicted reads nothing.
 */
export function reviewReaderOf(actor: Actor, s: SubmissionTarget): ReviewReader {
  if (actor === null) return { kind: 'other' };
  if (isAuthorOf(actor, s)) return { kind: 'author', reviewsReleased: s.reviewsReleased && hasSubmittedVersion(s.phase) };
  if (isConflicted(actor, s)) return { kind: 'other' };
  if (chairSees(actor, s)) return { kind: 'chair' };
  if (isAssignedTo(actor, s) && hasSubmittedVersion(s.phase))
    return { kind: 'reviewer', userId: actor.userId, submittedOwn: s.submittedReviewerIds.includes(actor.userId) };
  if (memberSees(actor, s)) return { kind: 'member' };
  return { kind: 'other' };
}

/**
 * The discussion goes with the reviews: its chairs read it, and its reviewers once the venue lets
 * them read each other's reviews (the comments would tell what the reviews say).
 */
function readsDiscussion(actor: Actor, s: SubmissionTarget): boolean {
  const reader = reviewReaderOf(actor, s);
  if (reader.kind === 'chair') return true;
  if (reader.kind !== 'reviewer') return false;
  const other = s.reviewVisibility.otherReviews;
  return other === 'always' || (other === 'after_own' && reader.submittedOwn);
}

const reviewView = (actor: Actor, r: ReviewTarget) =>
  reviewViewFor(
    reviewReaderOf(actor, r.submission),
    { reviewerId: r.reviewerId, reviewerKind: r.reviewerKind, submitted: r.submitted, namedToAuthors: r.namedToAuthors },
    r.submission.reviewVisibility,
  );

const RULES: { [P in Permission]: (actor: Actor, target: TargetOf<P>) => boolean } = {
  'site.administer': (actor, site) => actor !== null && site.siteAdmin,
  'venue.create': (actor, site) => actor !== null && site.canCreateVenues,
  'venue.manage': chairOfVenue,
  'venue.viewMembers': chairOfVenue,
  'venue.viewSubmissions': chairOfVenue,
  'venue.viewHistory': chairOfVenue,
  'venue.viewJobs': chairOfVenue,
  'invitation.manage': chairOfVenue,
  'submission.view': (actor, s) => isAuthorOf(actor, s) || chairSees(actor, s) || reviewerSees(actor, s) || memberSees(actor, s),
  'submission.viewAuthors': (actor, s) =>
    isAuthorOf(actor, s) || chairSees(actor, s) || (!s.doubleBlind && reviewerSees(actor, s)),
  'submission.edit': (actor, s) => isAuthorOf(actor, s),
  'submission.viewDraft': (actor, s) => isAuthorOf(actor, s),
  'statement.viewVersion': (actor, v) =>
    // A draft stays with its authors even while an earlier submitted version is under review.
    isAuthorOf(actor, v.submission) ||
    (v.versionState === 'submitted' &&
      (chairSees(actor, v.submission) || reviewerSees(actor, v.submission) || memberSees(actor, v.submission))),
  'tier.view': (actor, s) =>
    chairSees(actor, s) || reviewerSees(actor, s) || memberSees(actor, s) || (isAuthorOf(actor, s) && s.tiersVisibleToAuthors),
  'tier.viewHistory': (actor, s) => chairSees(actor, s),
  // A chair who authors the submission is conflicted: they may not rule on their own tier.
  'tier.decide': (actor, s) => chairSees(actor, s),
  'conflict.view': (actor, s) => isAuthorOf(actor, s) || chairSees(actor, s),
  'conflict.declare': (actor, s) => isAuthorOf(actor, s) || chairSees(actor, s),
  'conflict.pin': (actor, s) => chairSees(actor, s),
  'conflict.declareOwn': reviewerBids,
  'bid.place': reviewerBids,
  // Who reviews what stays with the committee: authors never learn their reviewers from here.
  'assignment.view': (actor, s) => chairSees(actor, s),
  'assignment.manage': (actor, s) => chairSees(actor, s),
  'assignment.respond': (actor, s) => isAssignedTo(actor, s) && !isConflicted(actor, s) && hasSubmittedVersion(s.phase),
  'assignment.run': chairOfVenue,
  'review.write': (actor, s) => isAssignedTo(actor, s) && !isConflicted(actor, s) && hasSubmittedVersion(s.phase),
  'review.view': (actor, r) => reviewView(actor, r).visible,
  'review.viewConfidential': (actor, r) => reviewView(actor, r).confidential,
  'review.viewReviewer': (actor, r) => reviewView(actor, r).visible && reviewView(actor, r).identity === 'name',
  // The history of a review is its reviewer's and the committee's; others read its latest version.
  'review.viewVersions': (actor, r) => {
    const reader = reviewReaderOf(actor, r.submission);
    return reviewView(actor, r).visible && (reader.kind === 'chair' || (reader.kind === 'reviewer' && reader.userId === r.reviewerId));
  },
  'review.release': (actor, s) => chairSees(actor, s),
  'discussion.view': (actor, s) => readsDiscussion(actor, s),
  'discussion.post': (actor, s) => readsDiscussion(actor, s),
  // The authors, the committee, and the statement's reviewers (who may update their reviews after it).
  'response.view': (actor, s) => {
    const reader = reviewReaderOf(actor, s);
    return reader.kind === 'author' ? hasSubmittedVersion(s.phase) : reader.kind === 'chair' || reader.kind === 'reviewer';
  },
  'response.write': (actor, s) => isAuthorOf(actor, s) && hasSubmittedVersion(s.phase),
  // Before its letter goes out a decision is the committee's alone.
  'decision.view': (actor, s) => {
    const reader = reviewReaderOf(actor, s);
    if (reader.kind === 'chair') return true;
    return s.decisionSent && hasSubmittedVersion(s.phase) && (reader.kind === 'author' || reader.kind === 'reviewer');
  },
  'decision.record': (actor, s) => chairSees(actor, s),
  'approval.manage': (actor, s) => chairSees(actor, s),
  'approval.report': (actor, s) => isAuthorOf(actor, s) && hasSubmittedVersion(s.phase),
  'approval.recommend': (actor, s) => {
    const reader = reviewReaderOf(actor, s);
    return reader.kind === 'reviewer' && reader.submittedOwn && s.decisionSent;
  },
  'approval.amend': (actor, s) => isAuthorOf(actor, s) && hasSubmittedVersion(s.phase),
  'approval.close': (actor, s) => (isAuthorOf(actor, s) && hasSubmittedVersion(s.phase)) || chairSees(actor, s),
  'meeting.convene': chairOfVenue,
  'meeting.view': (actor, m) => hasVenueRole(actor, m.venueId, 'chair') || (actor !== null && actor.userId !== '' && m.memberIds.includes(actor.userId)),
  'meeting.manage': (actor, m) => hasVenueRole(actor, m.venueId, 'chair'),
  'meeting.vote': (actor, m) => actor !== null && actor.userId !== '' && m.memberIds.includes(actor.userId),
  'person.viewEmail': (actor, p) =>
    actor !== null && ((p.personId !== '' && actor.userId === p.personId) || hasVenueRole(actor, p.venueId, 'chair')),
  'reviewerProfile.view': (actor, p) =>
    actor !== null && ((p.personId !== '' && actor.userId === p.personId) || hasVenueRole(actor, p.venueId, 'chair')),
  'reviewerProfile.edit': (actor, p) =>
    actor !== null &&
    p.personId !== '' &&
    actor.userId === p.personId &&
    (hasVenueRole(actor, p.venueId, 'expert_reviewer') || hasVenueRole(actor, p.venueId, 'community_reviewer')),
  'auditEvent.view': (actor, e) => {
    if (e.submission === null) return hasVenueRole(actor, e.venueId, 'chair');
    // Tier events tell the tier: they follow tier.view (a venue may hide tiers from authors).
    if (e.eventKind.startsWith('tier.') && !RULES['tier.view'](actor, e.submission)) return false;
    // Bids and assignments say who reviews the statement: the committee's business only.
    if (COMMITTEE_ONLY_EVENTS.has(e.eventKind)) return isChairFor(actor, e.submission);
    if (isAuthorOf(actor, e.submission)) return true;
    // Draft work stays with its authors: chairs never learn from the log that a draft exists.
    return isChairFor(actor, e.submission) && !AUTHORS_ONLY_EVENTS.has(e.eventKind);
  },
};

/** Events about drafts, which only the submission's authors read. */
export const AUTHORS_ONLY_EVENTS: ReadonlySet<AuditEventKind> = new Set<AuditEventKind>([
  'submission.registered',
  'submission.revision_started',
]);

/** Events about a submission that its authors do not read: bids and assignments name its reviewers. */
export const COMMITTEE_ONLY_EVENTS: ReadonlySet<AuditEventKind> = new Set<AuditEventKind>([
  'bid.placed',
  'assignment.proposed_edit',
  'assignment.committed',
  'assignment.accepted',
  'assignment.declined',
  'review.submitted',
  'discussion.commented',
  'decision.recorded',
  // A recommendation names the reviewer who made it.
  'approval.recommended',
  'amendment.recommended',
  // Incident reports are confidential: the committee's until it asks the authors.
  'incident.reported',
  'incident.triaged',
]);

/** The kinds a chair's view of the venue log leaves out (for queries and counts). */
export function auditKindsHiddenFromChairs(): AuditEventKind[] {
  return [...AUTHORS_ONLY_EVENTS];
}

/** The access facts of a submission, from its record and the facts loaded beside it. */
export function submissionTarget(
  submission: { venueId: string; authorIds: readonly string[]; phase: SubmissionPhase },
  facts: {
    conflictedUserIds: readonly string[];
    tiersVisibleToAuthors: boolean;
    assignedUserIds: readonly string[];
    biddingOpen: boolean;
    doubleBlind: boolean;
    reviewVisibility: ReviewVisibilitySettings;
    submittedReviewerIds: readonly string[];
    reviewsReleased: boolean;
    decisionSent: boolean;
    agendaMemberIds?: readonly string[];
  },
): SubmissionTarget {
  return {
    kind: 'submission',
    venueId: submission.venueId,
    authorIds: submission.authorIds,
    phase: submission.phase,
    conflictedUserIds: facts.conflictedUserIds,
    tiersVisibleToAuthors: facts.tiersVisibleToAuthors,
    assignedUserIds: facts.assignedUserIds,
    biddingOpen: facts.biddingOpen,
    doubleBlind: facts.doubleBlind,
    reviewVisibility: facts.reviewVisibility,
    submittedReviewerIds: facts.submittedReviewerIds,
    reviewsReleased: facts.reviewsReleased,
    decisionSent: facts.decisionSent,
    agendaMemberIds: facts.agendaMemberIds ?? [],
  };
}

/** Whether `actor` holds `permission` on `target`. */
export function isPermitted<P extends Permission>(actor: Actor, permission: P, target: TargetOf<P>): boolean {
  if (target.kind !== PERMISSIONS[permission].target) {
    throw new Error(`${permission} is about a ${PERMISSIONS[permission].target}, not a ${target.kind}`);
  }
  return RULES[permission](actor, target);
}

/** The permission whose refusal hides an object of this kind altogether (null: the kind is public). */
export const VIEW_PERMISSION_OF: Readonly<Record<AccessTargetKind, Permission | null>> = {
  site: null,
  venue: null,
  submission: 'submission.view',
  statementVersion: 'statement.viewVersion',
  person: null,
  auditEvent: 'auditEvent.view',
  review: 'review.view',
  meeting: 'meeting.view',
};
