// The assigned reviewer's page at /submissions/:id/review (reminder mails link here): the venue's
// form for their kind, autosaved as a draft only they read, then submitted. A submitted review can
// be changed by submitting a new version while the deadline allows; every version is kept and listed.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { reviewTimeliness } from '@impact-review/domain';
import type { FormQuestion, ReviewerKind } from '@impact-review/domain';
import type { ReviewFieldsFragment, ReviewTaskQuery as ReviewTaskData } from '../../gql/graphql';
import { QueryState } from '../../components/QueryState';
import { SaveStatus } from '../../components/SaveStatus';
import { fieldId, focusField } from '../../lib/fieldIds';
import { formatDateTime } from '../../lib/format';
import { useAutosave } from '../../lib/useAutosave';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ReviewForm } from './ReviewForm';
import { REVIEW_KIND_TITLES } from './reviewLabels';
import { ReviewTextView, TimelinessBadge } from './ReviewTextView';
import { draftFromText, toReviewInput } from './reviewDraft';
import type { ArtifactRef, ReviewDraftState, ReviewUpdate } from './reviewDraft';
import { ReviewTaskQuery, SaveReviewDraftMutation } from './reviews.operations';
import { useReviewSubmit } from './useReviewSubmit';
import type { ReviewSubmit } from './useReviewSubmit';
import './reviews.css';

type Submission = ReviewTaskData['submission'];
type Task = NonNullable<Submission['reviewTask']>;

export function ReviewPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ReviewTaskQuery, { variables: { id }, fetchPolicy: 'network-only' });
  // Remounting the editor starts it over from the server's review (after a conflict or a submit).
  const [editorKey, setEditorKey] = useState(0);
  const [flash, setFlash] = useState<string | null>(null);
  // After a submit the page says so, and the reviewer is taken there (the form they were in is gone).
  const flashRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!flash) return;
    flashRef.current?.scrollIntoView?.({ block: 'center' });
    flashRef.current?.focus({ preventScroll: true });
  }, [flash]);
  const reload = useCallback(async () => {
    try {
      await refetch();
      setEditorKey((key) => key + 1);
    } catch {
      // A failure shows in the query's own error state; an abort means the page is gone.
    }
  }, [refetch]);
  useDocumentTitle(data ? `Review: ${data.submission.title}` : 'Review');

  if (!data) return <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading your review…" />;
  const submission = data.submission;
  const task = submission.reviewTask;
  return (
    <div>
      <header className="page-header">
        <div>
          <p className="muted small">
            <Link to={`/venues/${submission.venue.id}`}>{submission.venue.shortName}</Link>
            {task ? ` · ${REVIEW_KIND_TITLES[task.assignment.kind]}` : ''}
          </p>
          <h1>{submission.title}</h1>
          {task ? <Deadline task={task} /> : null}
        </div>
        <Link className="button" to={`/submissions/${submission.id}`}>
          Read the statement
        </Link>
      </header>
      <div role="status" aria-live="polite">
        {flash ? (
          <p ref={flashRef} className="alert alert--success" tabIndex={-1}>
            {flash}
          </p>
        ) : null}
      </div>
      <TaskBody
        key={editorKey}
        submission={submission}
        onReload={reload}
        onNewVersion={() => setFlash(null)}
        onSubmitted={(review) => {
          setFlash(`Your review is submitted (version ${review.versions.length}).`);
          void reload();
        }}
      />
    </div>
  );
}

function Deadline({ task }: { task: Task }) {
  const dueAt = task.assignment.dueAt;
  const review = task.review;
  const timeliness = reviewTimeliness(
    review?.firstSubmittedAt ? new Date(review.firstSubmittedAt) : null,
    new Date(dueAt),
    new Date(),
  );
  return (
    <p className="row">
      <TimelinessBadge timeliness={timeliness} />
      <span>
        Deadline <strong>{formatDateTime(dueAt)}</strong>
        {timeliness === 'late' ? ': a late review is still better than none.' : ''}
      </span>
    </p>
  );
}

function TaskBody({
  submission,
  onReload,
  onNewVersion,
  onSubmitted,
}: {
  submission: Submission;
  onReload: () => Promise<void>;
  onNewVersion: () => void;
  onSubmitted: (review: ReviewFieldsFragment) => void;
}) {
  const task = submission.reviewTask;
  const [newVersion, setNewVersion] = useState(false);
  // Back from a cancelled new version, the focus returns to the button that started it.
  const [cancelled, setCancelled] = useState(false);
  if (!task) {
    return (
      <section className="card narrow">
        <p>You are not asked to review this statement, so there is no review of yours to write here.</p>
        <Link to={`/submissions/${submission.id}`}>Read the statement</Link>
      </section>
    );
  }
  if (task.assignment.state !== 'accepted') {
    return (
      <section className="card narrow" aria-labelledby="accept-first-title">
        <h2 id="accept-first-title">Accept the review first</h2>
        <p>You are asked to review this statement, but have not accepted yet. Accept it on your Reviewing page, then come back to write the review.</p>
        <Link className="button button--primary" to={`/venues/${submission.venue.id}/reviewing`}>
          Go to my reviewing
        </Link>
      </section>
    );
  }
  const props = {
    submissionId: submission.id,
    kind: task.assignment.kind,
    questions: task.form.questions,
    artifacts: submission.artifacts,
    namingAllowed: submission.venue.reviewVisibility.identitiesToAuthors === 'reviewer_choice',
    onReload,
    onSubmitted,
  };
  const review = task.review;
  if (!review || review.state === 'draft') return <DraftEditor {...props} review={review} />;
  if (newVersion && task.editable)
    return (
      <NewVersionEditor
        {...props}
        review={review}
        onCancel={() => {
          setNewVersion(false);
          setCancelled(true);
        }}
      />
    );
  return (
    <SubmittedReview
      task={task}
      review={review}
      focusNewVersion={cancelled}
      onNewVersion={() => {
        onNewVersion();
        setNewVersion(true);
      }}
    />
  );
}

interface EditorProps {
  submissionId: string;
  kind: ReviewerKind;
  questions: readonly FormQuestion[];
  artifacts: readonly ArtifactRef[];
  namingAllowed: boolean;
  onReload: () => Promise<void>;
  onSubmitted: (review: ReviewFieldsFragment) => void;
}

/** Closing the tab with unsaved work asks first. */
function useWarnBeforeLeaving(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}

function DraftEditor({ review, ...props }: EditorProps & { review: ReviewFieldsFragment | null }) {
  const { submissionId, kind, questions, artifacts, onReload } = props;
  const [state, setState] = useState<ReviewDraftState>(() => draftFromText(review?.text, artifacts));
  const [savedAt, setSavedAt] = useState<string | null>(review?.updatedAt ?? null);
  const [saveDraft] = useMutation(SaveReviewDraftMutation);
  const save = useCallback(
    async (value: ReviewDraftState, revision: number) => {
      const result = await saveDraft({
        variables: { submissionId, expectedRevision: revision, review: toReviewInput(value, kind, questions, artifacts) },
      });
      const saved = result.data?.saveReviewDraft;
      if (!saved) throw new Error('The server did not return the saved review.');
      setSavedAt(saved.updatedAt);
      return saved.revision;
    },
    [saveDraft, submissionId, kind, questions, artifacts],
  );
  const autosave = useAutosave({ value: state, revision: review?.revision ?? 0, save });
  useWarnBeforeLeaving(autosave.status !== 'saved');
  const update: ReviewUpdate = useCallback((change) => setState((s) => change(s)), []);
  const submit = useReviewSubmit({
    ...props,
    state,
    prepare: async () => ((await autosave.flush()) ? autosave.currentRevision() : null),
  });

  return (
    <EditorLayout
      {...props}
      state={state}
      update={update}
      submit={submit}
      submitLabel="Submit review"
      status={
        <SaveStatus
          status={autosave.status}
          errorCode={autosave.error?.code}
          detail={autosave.error?.message}
          savedAt={savedAt}
          onReload={() => void onReload()}
          onRetry={() => void autosave.flush()}
        />
      }
      blocked={autosave.status === 'conflict'}
      notice={
        autosave.status === 'conflict' ? (
          <div className="alert alert--warning" role="alert">
            <p>{autosave.error?.message} Your latest edits were not saved.</p>
            <button type="button" className="button button--small" onClick={() => void onReload()}>
              Reload the review
            </button>
          </div>
        ) : (
          <p className="muted small">
            Your draft saves as you type; only you can read it until you submit it. Once submitted, the chairs read it
            (and, as the venue allows, the other reviewers and, once released, the authors).
          </p>
        )
      }
    />
  );
}

function NewVersionEditor({ review, onCancel, ...props }: EditorProps & { review: ReviewFieldsFragment; onCancel: () => void }) {
  const { artifacts } = props;
  const [initial] = useState<ReviewDraftState>(() => draftFromText(review.text, artifacts));
  const [state, setState] = useState(initial);
  useWarnBeforeLeaving(state !== initial);
  const update: ReviewUpdate = useCallback((change) => setState((s) => change(s)), []);
  const submit = useReviewSubmit({ ...props, state, prepare: () => Promise.resolve(review.revision) });
  const next = review.versions.length + 1;
  // The button that opened this editor is gone: the keyboard starts at the first answer.
  const { containerRef } = submit;
  useEffect(() => {
    containerRef.current?.querySelector<HTMLElement>('.card input, .card textarea, .card select')?.focus();
  }, [containerRef]);
  return (
    <EditorLayout
      {...props}
      state={state}
      update={update}
      submit={submit}
      submitLabel={`Submit version ${next}`}
      status={
        <p className="save-status save-status--pending" role="status">
          {state === initial ? `Editing version ${next}` : 'Not saved until you submit it'}
        </p>
      }
      extraAction={
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      }
      notice={
        <p className="muted small">
          Your submitted review stands until you submit this new version; both are kept. Changes here are not saved as a
          draft: submit them, or cancel.
        </p>
      }
    />
  );
}

function EditorLayout({
  kind,
  questions,
  artifacts,
  namingAllowed,
  onReload,
  state,
  update,
  submit,
  submitLabel,
  status,
  notice,
  extraAction,
  blocked = false,
}: EditorProps & {
  state: ReviewDraftState;
  update: ReviewUpdate;
  submit: ReviewSubmit;
  submitLabel: string;
  status: ReactNode;
  notice: ReactNode;
  extraAction?: ReactNode;
  blocked?: boolean;
}) {
  return (
    <div ref={submit.containerRef} className="review-editor">
      {/* Always in view while the reviewer scrolls: what is saved, and the way to submit. */}
      <div className="editor-bar" role="region" aria-label="Saving and submitting">
        {status}
        <div className="editor-bar__actions">
          {extraAction}
          <button
            type="button"
            className="button button--primary"
            disabled={submit.submitting || blocked}
            onClick={() => void submit.submit()}
          >
            {submit.submitting ? 'Submitting…' : submitLabel}
          </button>
        </div>
      </div>
      {notice}
      <ReviewProblems submit={submit} onReload={onReload} />
      <ReviewForm
        kind={kind}
        questions={questions}
        artifacts={artifacts}
        value={state}
        update={update}
        errorFor={submit.errorFor}
        namingAllowed={namingAllowed}
      />
    </div>
  );
}

/** What stops the submission, each problem a link to its input; a refusal without fields alone. */
function ReviewProblems({ submit, onReload }: { submit: ReviewSubmit; onReload: () => Promise<void> }) {
  const { failure, problems, summaryRef } = submit;
  if (!failure && problems.length === 0) return null;
  return (
    <div ref={summaryRef} className="alert alert--error error-summary" role="alert" tabIndex={-1} data-testid="review-problems">
      <p>
        <strong>{failure?.message ?? 'Some answers need attention before the review can be submitted.'}</strong>
      </p>
      {problems.length > 0 ? (
        <ul>
          {problems.map((problem, i) => (
            <li key={`${problem.path}-${i}`}>
              <a
                href={`#${fieldId(problem.path)}`}
                onClick={(event) => {
                  if (focusField(problem.path, 'review-questions-title')) event.preventDefault();
                }}
              >
                {problem.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {failure?.code === 'CONFLICT' ? (
        <button type="button" className="button button--small" onClick={() => void onReload()}>
          Reload the review
        </button>
      ) : null}
    </div>
  );
}

function SubmittedReview({
  task,
  review,
  focusNewVersion,
  onNewVersion,
}: {
  task: Task;
  review: ReviewFieldsFragment;
  focusNewVersion: boolean;
  onNewVersion: () => void;
}) {
  const current = review.versions[0];
  const newVersionRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusNewVersion) newVersionRef.current?.focus();
  }, [focusNewVersion]);
  const earlier = useMemo(() => review.versions.slice(1), [review.versions]);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="own-review-title">
        <div className="card__header">
          <h2 id="own-review-title">Your submitted review</h2>
          <p className="muted small">
            Version {current?.number ?? 1}, submitted {formatDateTime(review.submittedAt)}
          </p>
        </div>
        {task.editable ? (
          <div className="row review-new-version">
            <p>You can change it until the deadline ({formatDateTime(task.assignment.dueAt)}) by submitting a new version; every version is kept.</p>
            <button ref={newVersionRef} type="button" className="button button--primary" onClick={onNewVersion}>
              Submit a new version
            </button>
          </div>
        ) : (
          <p className="alert alert--info">{task.lockedReason ?? 'This review can no longer be changed.'}</p>
        )}
        <ReviewTextView text={review.text} />
      </section>
      {review.versions.length > 0 ? (
        <section className="card" aria-labelledby="review-versions-title">
          <h2 id="review-versions-title">Versions</h2>
          <ol className="plain-list stack stack--tight">
            {current ? (
              <li>
                Version {current.number} — submitted {formatDateTime(current.submittedAt)}{' '}
                <span className="muted small">(shown above; on statement version {current.statementVersion})</span>
              </li>
            ) : null}
            {earlier.map((version) => (
              <li key={version.number}>
                <details className="review-version">
                  <summary>
                    Version {version.number} — submitted {formatDateTime(version.submittedAt)}
                  </summary>
                  <ReviewTextView text={version.text} headingLevel={4} />
                </details>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
