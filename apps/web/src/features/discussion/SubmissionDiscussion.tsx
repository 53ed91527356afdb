// A statement's discussion among its chairs and reviewers (reviewers join once they may read each
// other's reviews; the authors never see it). Comments read oldest first under the names or
// pseudonyms the server chose; those new since the reader's last visit are marked, and the
// discussion counts as read once it has been on screen. Mails link here as #discussion.
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { validateComment } from '@impact-review/domain';
import type { DiscussionFieldsFragment, DiscussionParticipantFieldsFragment } from '../../gql/graphql';
import { FormError, TextAreaField } from '../../components/FormFields';
import { countOf, formatDateTime } from '../../lib/format';
import { useDomainForm } from '../../lib/useDomainForm';
import {
  MarkDiscussionReadMutation,
  PostCommentMutation,
  SubmissionDiscussionQuery,
} from './discussion.operations';
import './discussion.css';

export const DISCUSSION_ANCHOR = 'discussion';

type Discussion = DiscussionFieldsFragment;
type Participant = DiscussionParticipantFieldsFragment;

export function SubmissionDiscussion({ submissionId }: { submissionId: string }) {
  const { data } = useQuery(SubmissionDiscussionQuery, {
    variables: { id: submissionId },
    fetchPolicy: 'cache-and-network',
  });
  const submission = data?.submission;
  // Null for everyone who may not read it (the authors, reviewers before they may read the others).
  if (!submission?.discussion) return null;
  return (
    <DiscussionPanel
      submissionId={submission.id}
      discussion={submission.discussion}
      canComment={submission.viewerCan.comment}
    />
  );
}

/** The ids of comments by others that are newer than the reader's last visit: the last `unread` of them. */
export function unreadIds(discussion: Discussion): string[] {
  if (discussion.unread <= 0) return [];
  return discussion.comments
    .filter((comment) => !comment.mine)
    .slice(-discussion.unread)
    .map((comment) => comment.id);
}

export function DiscussionPanel({
  submissionId,
  discussion,
  canComment,
}: {
  submissionId: string;
  discussion: Discussion;
  canComment: boolean;
}) {
  const client = useApolloClient();
  const location = useLocation();
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [markRead] = useMutation(MarkDiscussionReadMutation);
  // Comments that were new when the reader came keep their marker for the whole visit, even after
  // the discussion counts as read.
  const [newIds, setNewIds] = useState<ReadonlySet<string>>(() => new Set(unreadIds(discussion)));
  const currentUnread = unreadIds(discussion);
  if (currentUnread.some((id) => !newIds.has(id))) setNewIds(new Set([...newIds, ...currentUnread]));

  // A mail's link (#discussion) lands here once the section exists: the browser could not scroll
  // to it before the data came. Sections above it may still be loading and push it down, so it is
  // kept in view while the page settles, until the reader scrolls or types themselves.
  const wantsAnchor = location.hash === `#${DISCUSSION_ANCHOR}`;
  useEffect(() => {
    const section = sectionRef.current;
    if (!wantsAnchor || !section) return;
    const scroll = () => section.scrollIntoView?.({ block: 'start' });
    scroll();
    headingRef.current?.focus({ preventScroll: true });
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(scroll);
    observer.observe(document.body);
    const release = () => {
      observer.disconnect();
      for (const type of ['wheel', 'touchstart', 'keydown'] as const)
        window.removeEventListener(type, release);
    };
    for (const type of ['wheel', 'touchstart', 'keydown'] as const)
      window.addEventListener(type, release, { passive: true });
    const timer = setTimeout(release, 3000);
    return () => {
      clearTimeout(timer);
      release();
    };
  }, [wantsAnchor]);

  // Read once seen: when the newest comment comes into view (at once where the browser cannot tell).
  const newestRef = useRef<HTMLLIElement>(null);
  const unread = discussion.unread;
  useEffect(() => {
    if (unread === 0) return;
    let done = false;
    const mark = () => {
      if (done) return;
      done = true;
      void markRead({ variables: { submissionId } })
        .then(() =>
          client.cache.updateQuery(
            { query: SubmissionDiscussionQuery, variables: { id: submissionId } },
            (data) =>
              data?.submission.discussion
                ? {
                    ...data,
                    submission: {
                      ...data.submission,
                      discussion: { ...data.submission.discussion, unread: 0 },
                    },
                  }
                : data,
          ),
        )
        .catch(() => {
          // Not marked this time; the next visit tries again, and nothing else depends on it.
        });
    };
    const newest = newestRef.current;
    if (!newest || typeof IntersectionObserver === 'undefined') {
      mark();
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        mark();
      }
    });
    observer.observe(newest);
    return () => observer.disconnect();
  }, [unread, submissionId, markRead, client]);

  const comments = discussion.comments;
  return (
    <section
      ref={sectionRef}
      id={DISCUSSION_ANCHOR}
      className="card stack discussion"
      aria-labelledby="discussion-title"
    >
      <div className="card__header">
        <h2 id="discussion-title" ref={headingRef} tabIndex={-1}>
          Discussion
        </h2>
        <p className="muted small">
          {countOf(comments.length, 'comment')}
          {newIds.size > 0 ? ` · ${newIds.size} new` : ''}
        </p>
      </div>
      <p className="muted small">
        Between the chairs and the statement’s reviewers. The authors never read it.
      </p>
      {comments.length === 0 ? (
        <p className="muted">No comments yet.</p>
      ) : (
        <ol className="comment-list" aria-label="Comments, oldest first">
          {comments.map((comment, i) => (
            <li key={comment.id} ref={i === comments.length - 1 ? newestRef : undefined}>
              <CommentView comment={comment} isNew={newIds.has(comment.id)} />
            </li>
          ))}
        </ol>
      )}
      {canComment ? (
        <CommentComposer submissionId={submissionId} participants={discussion.participants} />
      ) : null}
    </section>
  );
}

function CommentView({ comment, isNew }: { comment: Discussion['comments'][number]; isNew: boolean }) {
  const name = comment.mine ? `${comment.author.label} (you)` : comment.author.label;
  return (
    <article className={`comment${isNew ? ' comment--new' : ''}`} aria-label={`Comment by ${name}`}>
      <header className="comment__meta">
        <strong className="break-anywhere">{comment.author.label}</strong>
        {comment.mine ? <span className="badge badge--neutral">You</span> : null}
        <time className="muted small" dateTime={comment.createdAt}>
          {formatDateTime(comment.createdAt)}
        </time>
        {isNew ? <span className="badge badge--info">New</span> : null}
      </header>
      <p className="prose break-anywhere comment__body">{comment.body}</p>
      {comment.mentions.length > 0 ? (
        <p className="comment__mentions">
          <span className="muted small">Mentions:</span>
          <span className="chips">
            {comment.mentions.map((person) => (
              <span key={person.id} className="chip">
                @{person.label}
              </span>
            ))}
          </span>
        </p>
      ) : null}
    </article>
  );
}

interface CommentValues {
  body: string;
  mentions: string[];
}

/** A new comment, and whom it mentions: only people who can read the discussion can be chosen. */
export function CommentComposer({
  submissionId,
  participants,
}: {
  submissionId: string;
  participants: readonly Participant[];
}) {
  const client = useApolloClient();
  const [postComment] = useMutation(PostCommentMutation);
  const [notice, setNotice] = useState('');
  const readers = new Set(participants.map((p) => p.id));
  const form = useDomainForm<CommentValues>({ body: '', mentions: [] }, (values) =>
    validateComment(values.body, values.mentions, readers),
  );
  const { values } = form;
  // A refused mention names its place in the list sent; the checkbox of that person shows it.
  const mentionError = (id: string) => {
    const index = values.mentions.indexOf(id);
    return index >= 0 ? form.errorFor(`mentions.${index}`) : undefined;
  };
  const groupError =
    form.errorFor('mentions') ?? values.mentions.map((_, i) => form.errorFor(`mentions.${i}`)).find(Boolean);

  const toggle = (id: string, on: boolean) => {
    // Errors by position no longer match once the list changes.
    values.mentions.forEach((_, i) => form.clearField(`mentions.${i}`));
    form.set(
      'mentions',
      on
        ? participants.map((p) => p.id).filter((pid) => pid === id || values.mentions.includes(pid))
        : values.mentions.filter((m) => m !== id),
    );
  };

  return (
    <form
      noValidate
      ref={form.formRef}
      className="comment-composer"
      aria-labelledby="comment-composer-title"
      onSubmit={(event) => {
        event.preventDefault();
        setNotice('');
        void form.submit({
          mutate: () =>
            postComment({ variables: { submissionId, body: values.body.trim(), mentions: values.mentions } }),
          onSuccess: (result) => {
            const discussion = result.data?.postComment;
            if (discussion)
              client.cache.updateQuery(
                { query: SubmissionDiscussionQuery, variables: { id: submissionId } },
                (data) => (data ? { ...data, submission: { ...data.submission, discussion } } : data),
              );
            const mentioned = values.mentions.length;
            form.set('body', '');
            form.set('mentions', []);
            setNotice(
              mentioned > 0
                ? `Comment posted; ${countOf(mentioned, 'person', 'people')} mentioned ${mentioned === 1 ? 'is' : 'are'} told by email.`
                : 'Comment posted.',
            );
          },
        });
      }}
    >
      <h3 id="comment-composer-title">Add a comment</h3>
      <FormError message={form.formError} />
      <TextAreaField label="Your comment" rows={4} {...form.field('body')} />
      <fieldset className={`mention-picker${groupError ? ' mention-picker--invalid' : ''}`}>
        <legend>Mention</legend>
        <p className="field__hint" id="mention-hint">
          The people you mention are told by email. Everyone here can read the discussion.
        </p>
        {participants.length === 0 ? (
          <p className="muted small">Nobody else can read this discussion yet.</p>
        ) : (
          <div className="chips chips--choices">
            {participants.map((person) => {
              const error = mentionError(person.id);
              return (
                <label key={person.id} className={`chip chip--choice${error ? ' chip--invalid' : ''}`}>
                  <input
                    type="checkbox"
                    checked={values.mentions.includes(person.id)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? 'mention-error' : 'mention-hint'}
                    onChange={(event) => toggle(person.id, event.target.checked)}
                  />
                  {person.label}
                  {person.role === 'reviewer' && !person.person ? (
                    <span className="visually-hidden"> (reviewer)</span>
                  ) : null}
                </label>
              );
            })}
          </div>
        )}
        {groupError ? (
          <p id="mention-error" className="field__error">
            {groupError}
          </p>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Posting…' : 'Post comment'}
        </button>
        <span role="status" aria-live="polite" className="small">
          {notice}
        </span>
      </div>
    </form>
  );
}
