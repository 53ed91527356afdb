import { Injectable } from '@nestjs/common';
import {
  countWords,
  responseWindow,
  unreadCount,
  validateComment,
  validateResponse,
  type Actor,
  type ResponseWindow,
  type SubmissionTarget,
} from '@impact-review/domain';
import { AccessService } from '../access';
import { AuditLog } from '../audit';
import { auditEvent } from '../audit/pending-events';
import { Clock } from '../common/clock';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { VenueRoleRepository } from '../memberships';
import { ReviewsService } from '../reviews';
import { SubmissionRepository, type SubmissionRecord } from '../submissions';
import { VenueRepository, type VenueRecord } from '../venues';
import { DiscussionRepository, type AuthorResponseRecord, type DiscussionCommentRecord } from './discussion.repository';
import { discussionErrors } from './discussion.errors';

/** Someone in a statement's discussion, as one reader may see them. */
export interface ParticipantView {
  userId: string;
  /** Null when the reader may not know who it is (the label is then a pseudonym). */
  namedId: string | null;
  label: string;
  role: 'chair' | 'reviewer';
}

export interface DiscussionView {
  comments: { comment: DiscussionCommentRecord; author: ParticipantView; mentions: ParticipantView[] }[];
  unread: number;
  /** Who a comment can mention: everyone else who may read the discussion. */
  participants: ParticipantView[];
}

/**
 * The discussion of a statement among its chairs and reviewers (who joins when is the access
 * layer's: discussion.view), and the authors' response to released reviews. Every name shown goes
 * through the review identity rules, so a comment never unmasks a reviewer the reviews hide.
 */
@Injectable()
export class DiscussionService {
  constructor(
    private readonly repository: DiscussionRepository,
    private readonly submissions: SubmissionRepository,
    private readonly venues: VenueRepository,
    private readonly roles: VenueRoleRepository,
    private readonly reviews: ReviewsService,
    private readonly access: AccessService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** The discussion as `actor` reads it; null unless they may. */
  async discussion(actor: Actor, submission: SubmissionRecord, target: SubmissionTarget): Promise<DiscussionView | null> {
    if (!actor || !this.access.can(actor, 'discussion.view', target)) return null;
    const [comments, lastReadAt, people] = await Promise.all([
      this.repository.commentsOf(submission.id),
      this.repository.lastReadAt(submission.id, actor.userId),
      this.people(actor, submission, target),
    ]);
    const view = (userId: string): ParticipantView => people.get(userId) ?? { userId, namedId: null, label: 'Former participant', role: 'reviewer' };
    const readers = await this.readers(people, target);
    return {
      comments: comments.map((comment) => ({ comment, author: view(comment.authorId), mentions: comment.mentions.map(view) })),
      unread: unreadCount(comments, actor.userId, lastReadAt),
      participants: [...people.values()].filter((p) => p.userId !== actor.userId && readers.has(p.userId)),
    };
  }

  async post(actor: Actor, submissionId: string, body: string, mentions: readonly string[]): Promise<DiscussionCommentRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const submission = await this.submissions.findById(submissionId);
    if (!submission) return this.access.notFound('submission');
    const target = await this.access.submission(submission);
    this.access.require(actor, 'discussion.post', target);
    const people = await this.people(actor, submission, target);
    const unique = [...new Set(mentions)];
    const errors = validateComment(body, unique, await this.readers(people, target));
    if (errors.length > 0) fail(discussionErrors, 'INVALID_COMMENT', errors);
    const now = this.clock.now();
    const id = this.repository.newId();
    const event = auditEvent({
      venueId: submission.venueId,
      kind: 'discussion.commented',
      objectType: 'submission',
      objectId: submission.id,
      actorId: actor.userId,
      summary: { mentions: unique.length },
      at: now,
      notification: {
        kind: 'discussion_comment',
        venueId: submission.venueId,
        submissionId: submission.id,
        authorIds: submission.authorIds,
        phase: submission.phase,
        title: submission.submitted?.title ?? '',
        commentId: id,
        mentions: unique,
        actorId: actor.userId,
      },
    });
    const comment = await this.repository.addComment(
      id,
      { venueId: submission.venueId, submissionId: submission.id, authorId: actor.userId, body: body.trim(), mentions: unique, createdAt: now },
      [event],
    );
    await this.audit.recorded('discussion_comments', comment.id, [event]);
    await this.repository.markRead(submission.id, actor.userId, now);
    return comment;
  }

  async markRead(actor: Actor, submissionId: string): Promise<void> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const submission = await this.submissions.findById(submissionId);
    if (!submission) return this.access.notFound('submission');
    this.access.require(actor, 'discussion.view', await this.access.submission(submission));
    await this.repository.markRead(submission.id, actor.userId, this.clock.now());
  }

  // --- The authors' response ---

  async response(actor: Actor, submission: SubmissionRecord, target: SubmissionTarget): Promise<AuthorResponseRecord | null> {
    if (!this.access.can(actor, 'response.view', target)) return null;
    return this.repository.responseOf(submission.id);
  }

  /** Whether the actor (an author) may write the response now; null for everyone else. */
  async window(actor: Actor, submission: SubmissionRecord, target: SubmissionTarget): Promise<{ window: ResponseWindow; venue: VenueRecord } | null> {
    if (!this.access.can(actor, 'response.write', target)) return null;
    const venue = await this.venues.findById(submission.venueId);
    if (!venue) return null;
    return { window: responseWindow(venue.responsePhase, target.reviewsReleased, this.clock.now()), venue };
  }

  async respond(actor: Actor, submissionId: string, text: string, expectedRevision: number): Promise<AuthorResponseRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const submission = await this.submissions.findById(submissionId);
    if (!submission) return this.access.notFound('submission');
    const target = await this.access.submission(submission);
    this.access.require(actor, 'response.write', target);
    const found = await this.window(actor, submission, target);
    if (!found) return this.access.notFound('submission');
    if (!found.window.open) fail(discussionErrors, 'RESPONSE_CLOSED', [{ path: 'text', message: found.window.reason }]);
    const errors = validateResponse(text, found.venue.responsePhase.wordLimit);
    if (errors.length > 0) fail(discussionErrors, 'INVALID_RESPONSE', errors);
    const now = this.clock.now();
    const event = auditEvent({
      venueId: submission.venueId,
      kind: 'response.submitted',
      objectType: 'submission',
      objectId: submission.id,
      actorId: actor.userId,
      summary: { words: countWords(text), revision: expectedRevision + 1 },
      at: now,
      notification: {
        kind: 'author_responded',
        venueId: submission.venueId,
        submissionId: submission.id,
        authorIds: submission.authorIds,
        phase: submission.phase,
        title: submission.submitted?.title ?? '',
        revision: expectedRevision + 1,
        actorId: actor.userId,
      },
    });
    const saved = await this.repository.saveResponse(
      { venueId: submission.venueId, submissionId: submission.id, text: text.trim(), wordCount: countWords(text), updatedById: actor.userId, submittedAt: now },
      expectedRevision,
      [event],
    );
    if (!saved) return fail(discussionErrors, 'RESPONSE_STALE');
    await this.audit.recorded('author_responses', saved.id, [event]);
    return saved;
  }

  // --- Helpers ---

  /**
   * The statement's chairs and reviewers as `actor` may see them: chairs by name; reviewers by
   * name where the review identity rules allow it, else by their pseudonym on this statement.
   */
  private async people(actor: Actor, submission: SubmissionRecord, target: SubmissionTarget): Promise<Map<string, ParticipantView>> {
    const [reviewers, members] = await Promise.all([this.reviews.reviewersOf(submission.id), this.roles.membersOfVenue(submission.venueId)]);
    const people = new Map<string, ParticipantView>();
    for (const member of members)
      if (member.role === 'chair' && !reviewers.has(member.userId))
        people.set(member.userId, { userId: member.userId, namedId: member.userId, label: 'Chair', role: 'chair' });
    for (const [userId, { kind, pseudonym }] of reviewers) {
      const named =
        actor?.userId === userId ||
        this.access.can(actor, 'review.viewReviewer', {
          kind: 'review',
          submission: target,
          reviewerId: userId,
          reviewerKind: kind,
          submitted: true,
          namedToAuthors: false,
        });
      people.set(userId, { userId, namedId: named ? userId : null, label: pseudonym, role: 'reviewer' });
    }
    return people;
  }

  /** Who among the statement's people may read its discussion now (the access layer decides). */
  private async readers(people: Map<string, ParticipantView>, target: SubmissionTarget): Promise<Set<string>> {
    return new Set(await this.access.recipientsWith('discussion.view', target, [...people.keys()]));
  }
}
