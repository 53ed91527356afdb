// The authors' response to the released reviews. Authors write it while the venue's response phase
// is open (one response per statement, shared by the co-authors, within the venue's word limit);
// chairs and reviewers read it. The word count is the domain's, so the page and the server agree.
import { useId, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { countWords, validateResponse } from '@impact-review/domain';
import type {
  AuthorResponseFieldsFragment,
  AuthorResponseQuery as AuthorResponseData,
} from '../../gql/graphql';
import { FormError } from '../../components/FormFields';
import { countOf, formatDateTime } from '../../lib/format';
import { useDomainForm } from '../../lib/useDomainForm';
import { AuthorResponseQuery, SubmitAuthorResponseMutation } from './discussion.operations';
import { readerTimeText, venueTimeText } from './venueTime';
import './discussion.css';

type ResponseWindow = NonNullable<AuthorResponseData['submission']['responseWindow']>;
type Response = AuthorResponseFieldsFragment;

export function AuthorResponseSection({ submissionId }: { submissionId: string }) {
  const { data, refetch } = useQuery(AuthorResponseQuery, {
    variables: { id: submissionId },
    fetchPolicy: 'cache-and-network',
  });
  // Bumped to start the form over from the response as the server has it (after a co-author saved).
  const [formKey, setFormKey] = useState(0);
  const submission = data?.submission;
  if (!submission) return null;
  const responseWindow = submission.responseWindow;
  const response = submission.authorResponse;
  const timeZone = submission.venue.timeZone;

  // Authors (the only ones with a window): once there is something to respond to.
  if (responseWindow) {
    if (!submission.reviewsReleased && !response && !responseWindow.open) return null;
    return (
      <section className="card stack" aria-labelledby="response-title">
        <h2 id="response-title">Your response to the reviews</h2>
        {responseWindow.open && submission.viewerCan.respond ? (
          <ResponseForm
            key={formKey}
            submissionId={submission.id}
            responseWindow={responseWindow}
            response={response}
            timeZone={timeZone}
            onReload={async () => {
              await refetch();
              setFormKey((k) => k + 1);
            }}
          />
        ) : (
          <>
            <p className="alert alert--info">
              {responseWindow.reason ?? 'The response phase is not open.'}
              {responseWindow.deadline && new Date(responseWindow.deadline).getTime() <= Date.now()
                ? ` The deadline was ${venueTimeText(responseWindow.deadline, timeZone)}.`
                : ''}
            </p>
            {response ? (
              <ResponseText response={response} heading="Your response" />
            ) : (
              <p className="muted">You have not written a response.</p>
            )}
          </>
        )}
      </section>
    );
  }

  // Chairs and reviewers read it; nothing to show before the reviews went to the authors.
  if (!response && !submission.reviewsReleased) return null;
  return (
    <section className="card stack" aria-labelledby="response-title">
      <h2 id="response-title">Authors’ response</h2>
      {response ? (
        <ResponseText response={response} />
      ) : (
        <p className="muted">The authors have not responded to the reviews.</p>
      )}
    </section>
  );
}

function ResponseText({ response, heading }: { response: Response; heading?: string }) {
  return (
    <div>
      {heading ? <h3>{heading}</h3> : null}
      <p className="muted small">
        {countOf(response.wordCount, 'word')} · saved {formatDateTime(response.submittedAt)}
      </p>
      <blockquote className="response-text prose break-anywhere">{response.text}</blockquote>
    </div>
  );
}

/** The live count under the response: words used of the limit, and how far over it. */
export function WordCount({ id, words, limit }: { id: string; words: number; limit: number }) {
  const over = words - limit;
  return (
    <>
      <p id={id} className={`word-count${over > 0 ? ' word-count--over' : ''}`}>
        {words} of {limit} words
        {over > 0 ? ` — ${countOf(over, 'word')} over the limit` : ''}
      </p>
      {/* Announced only when the response crosses the limit, not on every keystroke. */}
      <p className="visually-hidden" aria-live="polite">
        {over > 0 ? 'The response is over the word limit.' : ''}
      </p>
    </>
  );
}

export function ResponseForm({
  submissionId,
  responseWindow,
  response,
  timeZone,
  onReload,
}: {
  submissionId: string;
  responseWindow: ResponseWindow;
  response: Response | null;
  timeZone: string;
  onReload: () => void | Promise<void>;
}) {
  const client = useApolloClient();
  const [submit] = useMutation(SubmitAuthorResponseMutation);
  const [saved, setSaved] = useState(false);
  const ids = useId();
  const form = useDomainForm({ text: response?.text ?? '' }, (values) =>
    validateResponse(values.text, responseWindow.wordLimit),
  );
  const field = form.field('text');
  const words = countWords(field.value);
  const conflict = form.lastError?.code === 'CONFLICT';
  const deadline = responseWindow.deadline ? venueTimeText(responseWindow.deadline, timeZone) : null;
  const readerTime = readerTimeText(responseWindow.deadline, timeZone);
  const hintId = `${ids}-hint`;
  const countId = `${ids}-count`;
  const errorId = `${ids}-error`;
  const inputId = `${ids}-text`;

  return (
    <form
      noValidate
      ref={form.formRef}
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void form.submit({
          mutate: () =>
            submit({
              variables: { submissionId, text: form.values.text, expectedRevision: response?.revision ?? 0 },
            }),
          onSuccess: (result) => {
            const next = result.data?.submitAuthorResponse;
            if (next)
              client.cache.updateQuery(
                { query: AuthorResponseQuery, variables: { id: submissionId } },
                (data) =>
                  data ? { ...data, submission: { ...data.submission, authorResponse: next } } : data,
              );
            setSaved(true);
          },
        });
      }}
    >
      <p>
        Answer the reviewers in up to {responseWindow.wordLimit} words.{' '}
        {deadline ? (
          <>
            You and your co-authors can change the response until <strong>{deadline}</strong>
            {readerTime ? ` (${readerTime})` : ''}.
          </>
        ) : (
          'You and your co-authors can change it while the response phase is open.'
        )}
      </p>
      {conflict ? (
        <div className="alert alert--warning" role="alert">
          <p>{form.formError}</p>
          <button type="button" className="button button--small" onClick={() => void onReload()}>
            Load the latest response
          </button>
        </div>
      ) : (
        <FormError message={form.formError} />
      )}
      <div className={`field${field.error ? ' field--invalid' : ''}`}>
        <label htmlFor={inputId} className="field__label">
          Your response
        </label>
        <p id={hintId} className="field__hint">
          Reviewers and chairs read it beside the reviews. Reviewers may change their reviews afterwards.
        </p>
        <textarea
          id={inputId}
          className="input textarea"
          rows={10}
          name={field.name}
          value={field.value}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={[hintId, countId, field.error ? errorId : ''].filter(Boolean).join(' ')}
          onChange={(event) => {
            setSaved(false);
            field.onChange(event);
          }}
        />
        <WordCount id={countId} words={words} limit={responseWindow.wordLimit} />
        {field.error ? (
          <p id={errorId} className="field__error">
            {field.error}
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : response ? 'Save the changes' : 'Save the response'}
        </button>
        <span role="status" aria-live="polite">
          {saved && !form.lastError ? (
            <span className="save-status save-status--saved">Response saved.</span>
          ) : response ? (
            <span className="muted small">Last saved {formatDateTime(response.submittedAt)}.</span>
          ) : null}
        </span>
      </div>
    </form>
  );
}
