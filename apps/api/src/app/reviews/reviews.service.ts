import { Injectable } from '@nestjs/common';
import {
  holdsSlot,
  previousRoundVersion,
  reviewEditability,
  reviewRoundOf,
  reviewerPseudonyms,
  reviewTimeliness,
  validateReviewDraft,
  validateReviewSubmission,
  checkFormEdit,
  type Actor,
  type FormQuestion,
  type ReviewContent,
  type ReviewEditability,
  type ReviewerKind,
  type ReviewFormKind,
  type ReviewTarget,
  type ReviewTimeliness,
  type SubmissionTarget,
} from '@impact-review/domain';
import { AccessService, ReviewerAssignmentRepository, type ReviewerAssignmentRecord } from '../access';
import { AuditLog } from '../audit';
import { auditEvent } from '../audit/pending-events';
import { Clock } from '../common/clock';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { SubmissionAuthorRepository, SubmissionRepository, type SubmissionRecord } from '../submissions';
import { VenueRepository } from '../venues';
import { ReviewFormRepository, type ReviewFormRecord } from './review-form.repository';
import { ReviewRepository, type ReviewContentRecord, type ReviewRecord } from './review.repository';
import { reviewErrors } from './reviews.errors';

/** The statement's current round of reviews (revise and resubmit opens the next one). */
export function roundOf(submission: Pick<SubmissionRecord, 'decisions' | 'latestVersionNumber'>): number {
  return reviewRoundOf(submission.decisions, submission.latestVersionNumber);
}

/** What a reviewer sends: the domain's content, with answers as a list (GraphQL has no maps). */
export interface ReviewInputValue extends Omit<ReviewContent, 'answers'> {
  answers: readonly { questionId: string; rating: string | null; text: string }[];
}

/** The assigned reviewer's work on a statement: the form, their review, and whether it can change. */
export interface ReviewTaskRecord {
  round: number;
  /** The version the previous round reviewed (to show what changed), or null in the first round. */
  previousVersion: number | null;
  assignment: ReviewerAssignmentRecord;
  form: ReviewFormRecord;
  review: ReviewRecord | null;
  editability: ReviewEditability;
}

/** A review as one reader may see it: what the access layer allows, decided once here. */
export interface VisibleReview {
  review: ReviewRecord;
  /** The name to show when the reviewer may not be named (per statement, e.g. "Expert A"). */
  pseudonym: string;
  named: boolean;
  confidential: boolean;
  versions: boolean;
  timeliness: ReviewTimeliness;
}

export interface ReviewProgressRow {
  assignment: ReviewerAssignmentRecord;
  submission: SubmissionRecord;
  timeliness: ReviewTimeliness;
}

export interface ReviewProgressRecord {
  counts: Record<ReviewTimeliness, number>;
  /** Late and due-soon reviews, most overdue first (at most PROGRESS_ROWS). */
  rows: ReviewProgressRow[];
}

export const PROGRESS_ROWS = 100;

function toContent(input: ReviewInputValue): ReviewContent {
  return {
    ...input,
    recommendation: input.recommendation ?? null,
    releaseRecommendations: input.releaseRecommendations ?? [],
    answers: Object.fromEntries(input.answers.map((a) => [a.questionId, { rating: a.rating, text: a.text }])),
  };
}

function toDocumentContent(input: ReviewInputValue, kind: ReviewerKind): ReviewContentRecord {
  return {
    answers: input.answers.map((a) => ({ questionId: a.questionId, rating: (a.rating || null) as never, text: a.text.trim() })),
    recommendation: kind === 'expert' ? (input.recommendation ?? null) : null,
    releaseRecommendations: kind === 'expert' ? (input.releaseRecommendations ?? []).map((r) => ({ ...r })) : [],
    requiredMitigations: input.requiredMitigations.trim(),
    commentsForAuthors: input.commentsForAuthors.trim(),
    confidentialComments: input.confidentialComments.trim(),
    // Only community feedback can be named to the authors.
    namedToAuthors: kind === 'community' && input.namedToAuthors,
  };
}

/**
 * Reviews: the assigned reviewer writes (drafts, then submitted versions until the deadline), the
 * access layer decides who reads what (reviews, names, confidential comments, versions), chairs
 * release them to the authors and edit the venue's forms.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly forms: ReviewFormRepository,
    private readonly submissions: SubmissionRepository,
    private readonly submissionAuthors: SubmissionAuthorRepository,
    private readonly assignments: ReviewerAssignmentRepository,
    private readonly venues: VenueRepository,
    private readonly access: AccessService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  // --- Reading ---

  /** The actor's own review work on the statement; null unless they may write a review of it. */
  async task(actor: Actor, submission: SubmissionRecord, target: SubmissionTarget): Promise<ReviewTaskRecord | null> {
    if (!actor || !this.access.can(actor, 'review.write', target)) return null;
    const assignment = await this.ownAssignment(actor.userId, submission.id);
    if (!assignment) return null;
    const [form, review, venue] = await Promise.all([
      this.forms.get(submission.venueId, assignment.kind),
      this.reviews.find(submission.id, actor.userId, roundOf(submission)),
      this.venues.findById(submission.venueId),
    ]);
    // A submit that stopped between its two writes is finished here: the review is the truth.
    if (review?.state === 'submitted' && !assignment.reviewSubmittedAt && review.firstSubmittedAt)
      await this.assignments.markReviewSubmitted(assignment.id, review.firstSubmittedAt);
    return {
      round: roundOf(submission),
      previousVersion: previousRoundVersion(submission.decisions, submission.latestVersionNumber),
      assignment,
      form,
      review,
      editability: this.editability(review, assignment, venue?.reviewsReopenedUntil ?? null),
    };
  }

  /** The submitted reviews of a statement that `actor` may read, in the order of their assignment. */
  async visible(actor: Actor, submission: SubmissionRecord, target: SubmissionTarget): Promise<VisibleReview[]> {
    const [reviews, assignments] = await Promise.all([
      this.reviews.forSubmission(submission.id),
      this.assignments.forSubmissions([submission.id]),
    ]);
    const ordered = [...assignments].sort((a, b) => a.assignedAt.getTime() - b.assignedAt.getTime() || a.id.localeCompare(b.id));
    const pseudonyms = reviewerPseudonyms(ordered.map((a) => ({ userId: a.reviewerId, kind: a.kind })));
    const order = new Map(ordered.map((a, i) => [a.reviewerId, i]));
    const dueAt = new Map(assignments.map((a) => [a.reviewerId, a.dueAt]));
    const now = this.clock.now();
    // The current round first; within a round, in the order of assignment.
    return reviews
      .filter((review) => review.state === 'submitted')
      .map((review) => ({ review, target: this.reviewTarget(target, review) }))
      .filter(({ target: t }) => this.access.can(actor, 'review.view', t))
      .sort((a, b) => b.review.round - a.review.round || (order.get(a.review.reviewerId) ?? 0) - (order.get(b.review.reviewerId) ?? 0))
      .map(({ review, target: t }) => ({
        review,
        pseudonym: pseudonyms.get(review.reviewerId) ?? (review.kind === 'expert' ? 'Expert reviewer' : 'Community reviewer'),
        named: this.access.can(actor, 'review.viewReviewer', t),
        confidential: this.access.can(actor, 'review.viewConfidential', t),
        versions: this.access.can(actor, 'review.viewVersions', t),
        timeliness: reviewTimeliness(review.firstSubmittedAt, dueAt.get(review.reviewerId) ?? now, now),
      }));
  }

  /** Submitted reviews of the statement's current round, by kind (what a decision counts). */
  async submittedCounts(submission: Pick<SubmissionRecord, 'id' | 'decisions' | 'latestVersionNumber'>): Promise<{ expert: number; community: number }> {
    const counts = { expert: 0, community: 0 };
    const round = roundOf(submission);
    for (const review of await this.reviews.forSubmission(submission.id))
      if (review.state === 'submitted' && review.round === round) counts[review.kind] += 1;
    return counts;
  }

  /** The comments for the authors of the submitted reviews, under their pseudonyms (for a letter). */
  async forLetter(submission: Pick<SubmissionRecord, 'id' | 'decisions' | 'latestVersionNumber'>): Promise<{ label: string; text: string }[]> {
    const [reviews, reviewers] = await Promise.all([this.reviews.forSubmission(submission.id), this.reviewersOf(submission.id)]);
    const order = [...reviewers.keys()];
    const round = roundOf(submission);
    return reviews
      .filter((r) => r.state === 'submitted' && r.round === round && r.content.commentsForAuthors !== '')
      .sort((a, b) => order.indexOf(a.reviewerId) - order.indexOf(b.reviewerId))
      .map((r) => ({ label: reviewers.get(r.reviewerId)?.pseudonym ?? 'Reviewer', text: r.content.commentsForAuthors }));
  }

  /** The statement's reviewers (holding a slot or not) with their kinds and per-statement pseudonyms. */
  async reviewersOf(submissionId: string): Promise<Map<string, { kind: ReviewerKind; pseudonym: string }>> {
    const assignments = await this.assignments.forSubmissions([submissionId]);
    const ordered = [...assignments].sort((a, b) => a.assignedAt.getTime() - b.assignedAt.getTime() || a.id.localeCompare(b.id));
    const pseudonyms = reviewerPseudonyms(ordered.map((a) => ({ userId: a.reviewerId, kind: a.kind })));
    return new Map(ordered.map((a) => [a.reviewerId, { kind: a.kind, pseudonym: pseudonyms.get(a.reviewerId) ?? a.kind }]));
  }

  /** The form each kind of reviewer fills in at the venue (chairs, to edit them). */
  async formsOf(actor: Actor, venueId: string): Promise<ReviewFormRecord[]> {
    if (!this.access.can(actor, 'venue.manage', { kind: 'venue', venueId })) return [];
    return Promise.all([this.forms.get(venueId, 'expert'), this.forms.get(venueId, 'community'), this.forms.get(venueId, 'continuing')]);
  }

  /** Marks questions of a venue's form as answered (they can be retired then, not deleted). */
  noteFormAnswered(venueId: string, kind: ReviewFormKind, questionIds: readonly string[]): Promise<void> {
    return this.forms.noteAnswered(venueId, kind, questionIds);
  }

  /** The form a review was written on (for its questions' prompts). */
  formFor(venueId: string, kind: ReviewFormKind): Promise<ReviewFormRecord> {
    return this.forms.get(venueId, kind);
  }

  /**
   * Where the venue's reviews stand against their deadlines, for its chairs: counts, and the late
   * and nearly late ones. Statements the chair is conflicted with or wrote are left out of both.
   */
  async progress(actor: Actor, venueId: string): Promise<ReviewProgressRecord | null> {
    if (!actor || !this.access.can(actor, 'venue.viewSubmissions', { kind: 'venue', venueId })) return null;
    const [assignments, conflicted, own] = await Promise.all([
      this.assignments.forVenue(venueId),
      this.access.conflictedIn(actor, venueId),
      this.submissionAuthors.submissionIdsOf(actor.userId),
    ]);
    const hidden = new Set([...conflicted, ...own]);
    const now = this.clock.now();
    const counts: Record<ReviewTimeliness, number> = { submitted: 0, submitted_late: 0, due: 0, due_soon: 0, late: 0 };
    const pressing: { assignment: ReviewerAssignmentRecord; timeliness: ReviewTimeliness }[] = [];
    for (const assignment of assignments) {
      if (!holdsSlot(assignment.state) || hidden.has(assignment.submissionId)) continue;
      const timeliness = reviewTimeliness(assignment.reviewSubmittedAt ?? null, assignment.dueAt, now);
      counts[timeliness] += 1;
      if (timeliness === 'late' || timeliness === 'due_soon') pressing.push({ assignment, timeliness });
    }
    pressing.sort((a, b) => a.assignment.dueAt.getTime() - b.assignment.dueAt.getTime() || a.assignment.id.localeCompare(b.assignment.id));
    const shown = pressing.slice(0, PROGRESS_ROWS);
    const submissions = new Map((await this.submissions.findManyByIds([...new Set(shown.map((p) => p.assignment.submissionId))])).map((s) => [s.id, s]));
    const rows: ReviewProgressRow[] = [];
    for (const { assignment, timeliness } of shown) {
      const submission = submissions.get(assignment.submissionId);
      if (submission) rows.push({ assignment, submission, timeliness });
    }
    return { counts, rows };
  }

  // --- Writing ---

  /** Saves the actor's draft at `expectedRevision` (0 before the first save). */
  async saveDraft(actor: Actor, submissionId: string, expectedRevision: number, input: ReviewInputValue): Promise<ReviewRecord> {
    const { submission, assignment } = await this.writable(actor, submissionId);
    const errors = validateReviewDraft(toContent(input), this.artifactKeysOf(submission));
    if (errors.length > 0) fail(reviewErrors, 'INVALID_DRAFT', errors);
    const content = toDocumentContent(input, assignment.kind);
    const current = await this.reviews.find(submission.id, assignment.reviewerId, roundOf(submission));
    if (current?.state === 'submitted') fail(reviewErrors, 'ALREADY_SUBMITTED');
    if ((current?.revision ?? 0) !== expectedRevision) fail(reviewErrors, 'STALE');
    const result = current
      ? await this.reviews.saveDraft(current.id, expectedRevision, content, submission.latestVersionNumber)
      : await this.reviews.create(this.newReview(submission, assignment), content, null, []);
    if (!result.ok) return fail(reviewErrors, 'STALE');
    return result.review;
  }

  /**
   * Submits the review (the first time, or a new version until the deadline): checked against the
   * venue's form, kept as a version, logged, and then an access fact (the reviewer may read the
   * others' reviews, as the venue allows).
   */
  async submit(actor: Actor, submissionId: string, expectedRevision: number, input: ReviewInputValue): Promise<ReviewRecord> {
    const { submission, assignment } = await this.writable(actor, submissionId);
    const [form, current, venue] = await Promise.all([
      this.forms.get(submission.venueId, assignment.kind),
      this.reviews.find(submission.id, assignment.reviewerId, roundOf(submission)),
      this.venues.findById(submission.venueId),
    ]);
    if ((current?.revision ?? 0) !== expectedRevision) fail(reviewErrors, 'STALE');
    const editable = this.editability(current, assignment, venue?.reviewsReopenedUntil ?? null);
    if (!editable.editable) fail(reviewErrors, 'LOCKED', [{ path: 'review', message: editable.reason }]);
    const errors = validateReviewSubmission(assignment.kind, form, toContent(input), this.artifactKeysOf(submission));
    if (errors.length > 0) fail(reviewErrors, 'INVALID_REVIEW', errors);
    const content = toDocumentContent(input, assignment.kind);
    const now = this.clock.now();
    const version = (current?.versions.length ?? 0) + 1;
    const event = auditEvent({
      venueId: submission.venueId,
      kind: 'review.submitted',
      objectType: 'submission',
      objectId: submission.id,
      actorId: assignment.reviewerId,
      summary: { reviewerKind: assignment.kind, round: roundOf(submission), version, statementVersion: submission.latestVersionNumber, recommendation: content.recommendation },
      at: now,
      notification: {
        kind: 'review_submitted',
        venueId: submission.venueId,
        submissionId: submission.id,
        authorIds: submission.authorIds,
        phase: submission.phase,
        title: submission.submitted?.title ?? '',
        reviewerKind: assignment.kind,
        version,
        actorId: assignment.reviewerId,
      },
    });
    const result = current
      ? await this.reviews.submit(current, content, submission.latestVersionNumber, now, [event])
      : await this.reviews.create(this.newReview(submission, assignment), content, now, [event]);
    if (!result.ok) return fail(reviewErrors, 'STALE');
    await this.audit.recorded('reviews', result.review.id, [event]);
    await this.assignments.markReviewSubmitted(assignment.id, result.review.firstSubmittedAt ?? now);
    await this.forms.noteAnswered(
      submission.venueId,
      assignment.kind,
      content.answers.filter((a) => a.rating !== null || a.text !== '').map((a) => a.questionId),
    );
    // Under a venue-wide release, the first submitted review is news for the authors.
    if (venue?.reviewsReleased) await this.announceVenueRelease(submission.venueId, submission.id);
    return result.review;
  }

  /**
   * After a chair released every review of the venue: tells each statement's authors, once, that they
   * may read its reviews (statements with a submitted review whose reviews were not released one by
   * one). Run by a job when the release is saved and after each submitted review; a second run, or
   * a second process, finds nothing left to announce.
   */
  async announceVenueRelease(venueId: string, onlySubmissionId?: string): Promise<number> {
    const venue = await this.venues.findById(venueId);
    if (!venue?.reviewsReleased) return 0;
    const ids = onlySubmissionId ? [onlySubmissionId] : await this.reviews.submissionsWithSubmittedReviews(venueId);
    let announced = 0;
    for (const submission of await this.submissions.findReleaseUnannounced(venueId, ids)) {
      const now = this.clock.now();
      const event = auditEvent({
        venueId,
        kind: 'review.released',
        objectType: 'submission',
        objectId: submission.id,
        actorId: null,
        summary: { venueWide: true },
        at: now,
        notification: {
          kind: 'reviews_released',
          venueId,
          submissionId: submission.id,
          authorIds: submission.authorIds,
          title: submission.submitted?.title ?? '',
          releasedAt: now.toISOString(),
          actorId: null,
        },
      });
      const changed = await this.submissions.markReleaseAnnounced(submission.id, now, [event]);
      if (!changed) continue;
      await this.audit.recorded('submissions', changed.id, [event]);
      announced += 1;
    }
    return announced;
  }

  /** Releases a statement's reviews to its authors, or withdraws them (a chair not conflicted with it). */
  async release(actor: Actor, submissionId: string, released: boolean): Promise<SubmissionRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const submission = await this.submissions.findById(submissionId);
    if (!submission) return this.access.notFound('submission');
    const target = await this.access.submission(submission);
    this.access.require(actor, 'review.release', target);
    const now = this.clock.now();
    const event = auditEvent({
      venueId: submission.venueId,
      kind: released ? 'review.released' : 'review.withdrawn',
      objectType: 'submission',
      objectId: submission.id,
      actorId: actor.userId,
      summary: {},
      at: now,
      ...(released
        ? {
            notification: {
              kind: 'reviews_released',
              venueId: submission.venueId,
              submissionId: submission.id,
              authorIds: submission.authorIds,
              title: submission.submitted?.title ?? '',
              releasedAt: now.toISOString(),
              actorId: actor.userId,
            },
          }
        : {}),
    });
    const changed = await this.submissions.setReviewsReleased(submission.id, released ? now : null, [event]);
    // Already so (another chair was first): nothing to record.
    if (!changed) return (await this.submissions.findById(submission.id)) ?? submission;
    await this.audit.recorded('submissions', changed.id, [event]);
    return changed;
  }

  /** Replaces a kind of reviewer's form at the venue (chairs); answered questions are retired, not removed. */
  async saveForm(actor: Actor, venueId: string, kind: ReviewFormKind, questions: FormQuestion[], expectedRevision: number): Promise<ReviewFormRecord> {
    const venue = await this.venues.findById(venueId);
    if (!venue) return fail(reviewErrors, 'VENUE_NOT_FOUND');
    if (!this.access.can(actor, 'venue.manage', { kind: 'venue', venueId })) return fail(reviewErrors, 'NOT_A_CHAIR');
    const current = await this.forms.get(venueId, kind);
    if (current.revision !== expectedRevision) fail(reviewErrors, 'FORM_STALE');
    const tidy = questions.map((q) => ({ ...q, id: q.id.trim(), prompt: q.prompt.trim(), help: q.help.trim() }));
    const errors = checkFormEdit(current, { questions: tidy }, new Set(current.answeredQuestionIds));
    if (errors.length > 0) fail(reviewErrors, 'INVALID_FORM', errors);
    const event = auditEvent({
      venueId,
      kind: 'review_form.changed',
      objectType: 'venue',
      objectId: venueId,
      actorId: actor?.userId ?? null,
      summary: { reviewerKind: kind, questions: tidy.length, retired: tidy.filter((q) => q.retired).length },
    });
    const saved = await this.forms.save(venueId, kind, tidy, expectedRevision, [event]);
    if (!saved?.id) return fail(reviewErrors, 'FORM_STALE');
    await this.audit.recorded('review_forms', saved.id, [event]);
    return saved;
  }

  // --- Helpers ---

  /** The access facts of one review, from its statement's facts. */
  reviewTarget(submission: SubmissionTarget, review: Pick<ReviewRecord, 'reviewerId' | 'kind' | 'state' | 'content'>): ReviewTarget {
    return {
      kind: 'review',
      submission,
      reviewerId: review.reviewerId,
      reviewerKind: review.kind,
      submitted: review.state === 'submitted',
      namedToAuthors: review.content.namedToAuthors,
    };
  }

  private editability(review: ReviewRecord | null, assignment: ReviewerAssignmentRecord, reopenedUntil: Date | null): ReviewEditability {
    return reviewEditability({
      state: review?.state ?? null,
      dueAt: assignment.dueAt,
      reopenedUntil,
      versions: review?.versions.length ?? 0,
      now: this.clock.now(),
    });
  }

  private async ownAssignment(userId: string, submissionId: string): Promise<ReviewerAssignmentRecord | null> {
    const assignments = await this.assignments.forSubmissions([submissionId]);
    return assignments.find((a) => a.reviewerId === userId && holdsSlot(a.state)) ?? null;
  }

  /** The statement and the actor's accepted assignment to it, or the refusal. */
  private async writable(actor: Actor, submissionId: string): Promise<{ submission: SubmissionRecord; assignment: ReviewerAssignmentRecord }> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const submission = await this.submissions.findById(submissionId);
    if (!submission) return this.access.notFound('submission');
    const target = await this.access.submission(submission);
    this.access.require(actor, 'review.write', target);
    const assignment = await this.ownAssignment(actor.userId, submission.id);
    if (!assignment) return this.access.notFound('submission');
    if (assignment.state !== 'accepted') fail(reviewErrors, 'NOT_ACCEPTED');
    return { submission, assignment };
  }

  private artifactKeysOf(submission: SubmissionRecord): string[] {
    return (submission.submitted?.artifacts ?? []).map((a) => a.key);
  }

  private newReview(submission: SubmissionRecord, assignment: ReviewerAssignmentRecord) {
    return {
      venueId: submission.venueId,
      submissionId: submission.id,
      reviewerId: assignment.reviewerId,
      assignmentId: assignment.id,
      kind: assignment.kind,
      round: roundOf(submission),
      statementVersion: submission.latestVersionNumber,
    };
  }
}
