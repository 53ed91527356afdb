// Submitting a review: the domain's checks first (the same the server runs, so a message is written
// once), then the mutation; problems land on the inputs their paths name, the first of them takes
// the focus. After a first attempt the checks run on every edit, so a fixed answer loses its error
// at once; problems that are only a draft's (too long) always show.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useMutation } from '@apollo/client/react';
import { validateReviewDraft, validateReviewSubmission } from '@impact-review/domain';
import type { FormQuestion, ReviewerKind } from '@impact-review/domain';
import type { ReviewFieldsFragment } from '../../gql/graphql';
import { describeError, fieldErrorMap } from '../../lib/errors';
import type { AppErrorInfo, FieldProblem } from '../../lib/errors';
import { sentReleaseKeys, toContent, toFormPaths, toReviewInput } from './reviewDraft';
import type { ArtifactRef, ReviewDraftState } from './reviewDraft';
import { SubmitReviewMutation } from './reviews.operations';

export const REVIEW_PROBLEMS_MESSAGE = 'Some answers need attention before the review can be submitted.';

export interface ReviewSubmit {
  errorFor: (path: string) => string | undefined;
  /** Every problem to list above the form: after an attempt to submit, or a refusal. */
  problems: FieldProblem[];
  /** The sentence above the list (or alone, for a refusal without field errors). */
  failure: AppErrorInfo | null;
  submitting: boolean;
  submit: () => Promise<void>;
  /** Put on the element around the form: the first invalid input in it takes the focus. */
  containerRef: RefObject<HTMLDivElement | null>;
  /** Put on the problem list, which takes the focus when no input is to blame. */
  summaryRef: RefObject<HTMLDivElement | null>;
}

function dedupe(problems: readonly FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function useReviewSubmit({
  submissionId,
  kind,
  questions,
  artifacts,
  state,
  prepare,
  onSubmitted,
}: {
  submissionId: string;
  kind: ReviewerKind;
  questions: readonly FormQuestion[];
  artifacts: readonly ArtifactRef[];
  state: ReviewDraftState;
  /** Resolves with the revision to submit over, or null when that cannot be had (a draft not saved). */
  prepare: () => Promise<number | null>;
  onSubmitted: (review: ReviewFieldsFragment) => void;
}): ReviewSubmit {
  const [submitReview] = useMutation(SubmitReviewMutation);
  const [attempted, setAttempted] = useState(false);
  // The server's problems are about what was sent: once the reviewer edits, the live checks judge.
  const [server, setServer] = useState<{ about: ReviewDraftState; problems: FieldProblem[] } | null>(null);
  const serverProblems = useMemo(() => (server && server.about === state ? server.problems : []), [server, state]);
  const [failure, setFailure] = useState<AppErrorInfo | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const containerRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const artifactKeys = useMemo(() => artifacts.map((a) => a.key), [artifacts]);

  const live = useMemo(() => {
    const { content, releaseKeys } = toContent(state, kind, questions, artifacts, attempted ? 'submission' : 'draft');
    const problems = attempted
      ? validateReviewSubmission(kind, { questions }, content, artifactKeys)
      : validateReviewDraft(content, artifactKeys);
    return toFormPaths(problems, releaseKeys);
  }, [state, kind, questions, artifacts, artifactKeys, attempted]);

  const problems = useMemo(() => dedupe([...live, ...serverProblems]), [live, serverProblems]);
  const errors = useMemo(() => fieldErrorMap(problems), [problems]);
  const errorFor = useCallback((path: string) => errors[path], [errors]);

  // After React has drawn the errors: the first invalid input in the page's order, else the list.
  useEffect(() => {
    if (focusRequest === 0) return;
    const target = containerRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? summaryRef.current;
    target?.scrollIntoView?.({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [focusRequest]);

  const submit = async () => {
    if (submitting) return;
    setFailure(null);
    setServer(null);
    setAttempted(true);
    const { content } = toContent(state, kind, questions, artifacts, 'submission');
    if (validateReviewSubmission(kind, { questions }, content, artifactKeys).length > 0) {
      setFailure({ code: 'BAD_USER_INPUT', message: REVIEW_PROBLEMS_MESSAGE, fieldErrors: [] });
      setFocusRequest((n) => n + 1);
      return;
    }
    setSubmitting(true);
    const sentKeys = sentReleaseKeys(state, artifacts);
    try {
      const revision = await prepare();
      if (revision === null) {
        setFailure({
          code: 'UNKNOWN',
          message: 'The draft could not be saved, so the review was not submitted. See the save status above.',
          fieldErrors: [],
        });
        setFocusRequest((n) => n + 1);
        return;
      }
      const result = await submitReview({
        variables: { submissionId, expectedRevision: revision, review: toReviewInput(state, kind, questions, artifacts) },
      });
      const review = result.data?.submitReview;
      if (!review) throw new Error('The server did not return the submitted review.');
      onSubmitted(review);
    } catch (caught) {
      const info = describeError(caught);
      setServer({ about: state, problems: toFormPaths(info.fieldErrors, sentKeys) });
      setFailure(info);
      setFocusRequest((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  };

  const listed = attempted || serverProblems.length > 0 ? problems : [];
  return {
    errorFor,
    problems: listed,
    // "Some answers need attention" goes once every answer is fixed; other refusals stay.
    failure: failure?.code === 'BAD_USER_INPUT' && listed.length === 0 ? null : failure,
    submitting,
    submit,
    containerRef,
    summaryRef,
  };
}
