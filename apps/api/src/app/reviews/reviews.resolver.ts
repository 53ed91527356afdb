import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { QUESTION_KINDS, reviewReaderOf, type ReviewerKind, type ReviewFormKind } from '@impact-review/domain';
import { AccessService } from '../access';
import { toAssignment } from '../assignment';
import { Ctx } from '../common/graphql/current-actor.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { Submission, SubmissionRepository, toSubmission, type SubmissionRecord } from '../submissions';
import { User, userById, UserRepository } from '../users';
import { userInVenue, Venue } from '../venues';
import { FormQuestionInput, ReviewInput } from './dto/review.input';
import { Review, ReviewForm, ReviewFormKindEnum, ReviewProgress, ReviewTask, type ReviewText } from './models/review.model';
import type { ReviewFormRecord } from './review-form.repository';
import type { ReviewContentRecord, ReviewRecord } from './review.repository';
import { ReviewsService, type ReviewInputValue, type VisibleReview } from './reviews.service';

const REMOVED_QUESTION = '(a question since removed from the form)';

function toForm(form: ReviewFormRecord): ReviewForm {
  return { kind: form.kind, questions: form.questions, answeredQuestionIds: form.answeredQuestionIds, revision: form.revision };
}

/** A review's text with each answer beside its question as the form asks it now. */
function toText(content: ReviewContentRecord, form: ReviewFormRecord, submission: SubmissionRecord, confidential: boolean): ReviewText {
  const questions = new Map(form.questions.map((q) => [q.id, q]));
  const artifacts = new Map((submission.submitted?.artifacts ?? []).map((a) => [a.key, a.name]));
  const order = new Map(form.questions.map((q, i) => [q.id, i]));
  return {
    answers: [...content.answers]
      .sort((a, b) => (order.get(a.questionId) ?? Infinity) - (order.get(b.questionId) ?? Infinity))
      .map((a) => {
        const question = questions.get(a.questionId);
        return {
          questionId: a.questionId,
          prompt: question?.prompt ?? REMOVED_QUESTION,
          kind: question?.kind ?? (a.rating ? QUESTION_KINDS[0] : QUESTION_KINDS[1]),
          retired: question?.retired ?? true,
          rating: a.rating,
          text: a.text,
        };
      }),
    recommendation: content.recommendation,
    releaseRecommendations: content.releaseRecommendations.map((r) => ({ ...r, artifactName: artifacts.get(r.artifactKey) ?? r.artifactKey })),
    requiredMitigations: content.requiredMitigations,
    commentsForAuthors: content.commentsForAuthors,
    confidentialComments: confidential ? content.confidentialComments : null,
    namedToAuthors: content.namedToAuthors,
  };
}

interface ReviewShape {
  review: ReviewRecord;
  label: string;
  reviewerId: string | null;
  confidential: boolean;
  versions: boolean;
  timeliness: VisibleReview['timeliness'] | null;
}

type ReviewModel = Review & { reviewerId: string | null; venueId: string };

function toReview(shape: ReviewShape, form: ReviewFormRecord, submission: SubmissionRecord): ReviewModel {
  const { review } = shape;
  return {
    id: review.id,
    kind: review.kind,
    label: shape.label,
    reviewer: null,
    reviewerId: shape.reviewerId,
    venueId: review.venueId,
    state: review.state,
    round: review.round,
    statementVersion: review.statementVersion,
    submittedAt: review.submittedAt,
    firstSubmittedAt: review.firstSubmittedAt,
    updatedAt: review.updatedAt,
    timeliness: shape.timeliness,
    revision: review.revision,
    text: toText(review.content, form, submission, shape.confidential),
    versions: shape.versions
      ? [...review.versions]
          .reverse()
          .map((v) => ({ number: v.number, submittedAt: v.submittedAt, statementVersion: v.statementVersion, text: toText(v.content, form, submission, shape.confidential) }))
      : [],
  };
}

/** A statement's reviews as each reader may see them, the assigned reviewer's own work, and their release. */
@Resolver(() => Submission)
export class SubmissionReviewsResolver {
  constructor(
    private readonly service: ReviewsService,
    private readonly access: AccessService,
    private readonly submissions: SubmissionRepository,
  ) {}

  @ResolveField(() => [Review], {
    description:
      'Its submitted reviews you may read, as the venue’s visibility settings allow (chairs not conflicted with it; its reviewers; its authors once released) — [] for everyone else.',
  })
  async reviews(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<Review[]> {
    const record = await this.submissions.findById(submission.id);
    if (!record) return [];
    const target = await this.access.submission(record, ctx.loaders);
    const visible = await this.service.visible(ctx.actor, record, target);
    const forms = new Map<ReviewerKind, ReviewFormRecord>();
    for (const kind of new Set(visible.map((v) => v.review.kind))) forms.set(kind, await this.service.formFor(record.venueId, kind));
    const authorReads = reviewReaderOf(ctx.actor, target).kind === 'author';
    return visible.map((v) =>
      toReview(
        {
          review: v.review,
          label: v.pseudonym,
          reviewerId: v.named ? v.review.reviewerId : null,
          confidential: v.confidential,
          versions: v.versions,
          // Authors are not told which reviews came in late.
          timeliness: authorReads ? null : v.timeliness,
        },
        forms.get(v.review.kind) as ReviewFormRecord,
        record,
      ),
    );
  }

  @ResolveField(() => Review, {
    nullable: true,
    description: 'One of its submitted reviews, by id, as you may see it (for its earlier versions); null when there is none you may read.',
  })
  async review(@Parent() submission: Submission, @Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Review | null> {
    const all = await this.reviews(submission, ctx);
    return all.find((r) => r.id === id) ?? null;
  }

  @ResolveField(() => ReviewTask, { nullable: true, description: 'Your review of it, if you are one of its reviewers (null otherwise).' })
  async reviewTask(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<ReviewTask | null> {
    const record = await this.submissions.findById(submission.id);
    if (!record) return null;
    const target = await this.access.submission(record, ctx.loaders);
    const task = await this.service.task(ctx.actor, record, target);
    if (!task) return null;
    return {
      round: task.round,
      previousVersion: task.previousVersion,
      assignment: toAssignment(task.assignment),
      form: toForm(task.form),
      review: task.review
        ? toReview({ review: task.review, label: 'Your review', reviewerId: task.review.reviewerId, confidential: true, versions: true, timeliness: null }, task.form, record)
        : null,
      editable: task.editability.editable,
      lockedReason: task.editability.editable ? null : task.editability.reason,
    };
  }

  @ResolveField(() => Boolean, { description: 'Whether a chair released its reviews to its authors (this statement, or the whole venue).' })
  async reviewsReleased(@Parent() submission: Submission, @Ctx() ctx: RequestContext): Promise<boolean> {
    const record = await this.submissions.findById(submission.id);
    if (!record) return false;
    return (await this.access.submission(record, ctx.loaders)).reviewsReleased;
  }

  @Mutation(() => Review, {
    description:
      'Saves your review as a draft (only you read it) at the revision you loaded (0 for the first save). CONFLICT when it changed meanwhile, once submitted, or before you accept the assignment.',
  })
  async saveReviewDraft(
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Args('review', { type: () => ReviewInput }) input: ReviewInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Review> {
    const review = await this.service.saveDraft(ctx.actor, submissionId, expectedRevision, input as ReviewInputValue);
    return this.own(review);
  }

  @Mutation(() => Review, {
    description:
      'Submits your review (or a new version of it until the deadline), checked against the venue’s form: BAD_USER_INPUT with a field error per answer that needs attention; CONFLICT when it changed meanwhile or can no longer change.',
  })
  async submitReview(
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Args('review', { type: () => ReviewInput }) input: ReviewInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Review> {
    const review = await this.service.submit(ctx.actor, submissionId, expectedRevision, input as ReviewInputValue);
    return this.own(review);
  }

  @Mutation(() => Submission, {
    description: 'Releases the statement’s reviews to its authors, or withdraws them (a chair not conflicted with it). Confidential comments are never released.',
  })
  async releaseReviews(
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('released') released: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Submission> {
    return toSubmission(await this.service.release(ctx.actor, submissionId, released), ctx.actor);
  }

  /** The reviewer's own review as the mutation returns it (they read all of it). */
  private async own(review: ReviewRecord): Promise<Review> {
    const [form, submission] = await Promise.all([this.service.formFor(review.venueId, review.kind), this.submissions.findById(review.submissionId)]);
    if (!submission) return this.access.notFound('submission');
    return toReview({ review, label: 'Your review', reviewerId: review.reviewerId, confidential: true, versions: true, timeliness: null }, form, submission);
  }
}

/** Who wrote a review, where the reader may know. */
@Resolver(() => Review)
export class ReviewResolver {
  constructor(private readonly users: UserRepository) {}

  @ResolveField(() => User, { nullable: true })
  async reviewer(@Parent() review: ReviewModel, @Ctx() ctx: RequestContext): Promise<User | null> {
    if (!review.reviewerId) return null;
    const user = await ctx.loaders.of(userById, this.users).load(review.reviewerId);
    return user ? userInVenue(ctx.actor, user, review.venueId) : null;
  }

  @ResolveField(() => String)
  async label(@Parent() review: ReviewModel, @Ctx() ctx: RequestContext): Promise<string> {
    if (!review.reviewerId || review.label === 'Your review') return review.label;
    const user = await ctx.loaders.of(userById, this.users).load(review.reviewerId);
    return user?.name ?? review.label;
  }
}

/** The venue's review forms and its reviews against their deadlines, for the chairs. */
@Resolver(() => Venue)
export class VenueReviewsResolver {
  constructor(private readonly reviews: ReviewsService) {}

  @ResolveField(() => [ReviewForm], { description: 'The expert and community review forms and the continuing-review rubric (chairs of the venue; [] for everyone else).' })
  async reviewForms(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<ReviewForm[]> {
    return (await this.reviews.formsOf(ctx.actor, venue.id)).map(toForm);
  }

  @ResolveField(() => ReviewProgress, {
    nullable: true,
    description: 'Its reviews against their deadlines, late ones first (chairs; statements you are conflicted with or wrote are left out). Null for everyone else.',
  })
  async reviewProgress(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<ReviewProgress | null> {
    const progress = await this.reviews.progress(ctx.actor, venue.id);
    if (!progress) return null;
    return {
      counts: progress.counts,
      pressing: progress.rows.map((row) => ({
        assignment: toAssignment(row.assignment),
        submission: toSubmission(row.submission, ctx.actor),
        timeliness: row.timeliness,
      })),
    };
  }

  @Mutation(() => ReviewForm, {
    description:
      'Replaces the questions of a kind of reviewer’s form at the venue (chairs), at the revision loaded. A question with answers can be reworded or retired, not deleted or changed in kind (BAD_USER_INPUT); CONFLICT when the form changed meanwhile.',
  })
  async updateReviewForm(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('kind', { type: () => ReviewFormKindEnum }) kind: ReviewFormKind,
    @Args('questions', { type: () => [FormQuestionInput] }) questions: FormQuestionInput[],
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewForm> {
    return toForm(await this.reviews.saveForm(ctx.actor, venueId, kind, questions, expectedRevision));
  }
}
