// The venue's authors' response phase, in its settings: open or closed, until when (a wall-clock
// time in the venue's zone, like its other deadlines), how many words a response may have, and until
// when reviewers may change their submitted reviews after reading the responses.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { MAX_WORD_LIMIT, MIN_WORD_LIMIT, validateResponsePhase } from '@impact-review/domain';
import type { ResponsePhaseQuery as ResponsePhaseData } from '../../gql/graphql';
import { FormError, TextField } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import type { FieldProblem } from '../../lib/errors';
import { useDomainForm } from '../../lib/useDomainForm';
import { ResponsePhaseQuery, UpdateResponsePhaseMutation } from './discussion.operations';
import { localInputOf, parseLocalInput, venueTimeText } from './venueTime';

type Venue = ResponsePhaseData['venue'];

interface PhaseValues {
  open: boolean;
  deadline: string;
  wordLimit: string;
  reviewsReopenedUntil: string;
}

/** The values as the mutation takes them, or the problems to show (messages from the domain). */
export function readPhase(
  values: PhaseValues,
  timeZone: string,
  now: Date,
): { problems: FieldProblem[]; deadline: Date | null; reopened: Date | null; wordLimit: number } {
  const problems: FieldProblem[] = [];
  const deadline = parseLocalInput(values.deadline, timeZone);
  const reopened = parseLocalInput(values.reviewsReopenedUntil, timeZone);
  const wordLimit = values.wordLimit.trim() === '' ? Number.NaN : Number(values.wordLimit);
  if (!deadline.ok) problems.push({ path: 'deadline', message: deadline.message });
  if (!reopened.ok) problems.push({ path: 'reviewsReopenedUntil', message: reopened.message });
  problems.push(
    ...validateResponsePhase(
      { open: values.open, deadline: deadline.ok ? deadline.date : null, wordLimit },
      now,
    ).filter((problem) => problem.path !== 'deadline' || deadline.ok),
  );
  return {
    problems,
    deadline: deadline.ok ? deadline.date : null,
    reopened: reopened.ok ? reopened.date : null,
    wordLimit,
  };
}

export function ResponsePhaseSettings({ venueId }: { venueId: string }) {
  const { data, loading, error, refetch } = useQuery(ResponsePhaseQuery, { variables: { venueId } });
  // Bumped to start the form over from what the server has (after another chair saved).
  const [formKey, setFormKey] = useState(0);
  if (!data)
    return (
      <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading the response phase…" />
    );
  return (
    <ResponsePhaseForm
      key={formKey}
      venue={data.venue}
      onReload={async () => {
        await refetch();
        setFormKey((k) => k + 1);
      }}
    />
  );
}

function ResponsePhaseForm({ venue, onReload }: { venue: Venue; onReload: () => Promise<void> }) {
  const [update] = useMutation(UpdateResponsePhaseMutation);
  const [saved, setSaved] = useState(false);
  const timeZone = venue.timeZone;
  const form = useDomainForm<PhaseValues>(
    {
      open: venue.responsePhase.open,
      deadline: localInputOf(venue.responsePhase.deadline, timeZone),
      wordLimit: String(venue.responsePhase.wordLimit),
      reviewsReopenedUntil: localInputOf(venue.reviewsReopenedUntil, timeZone),
    },
    (values) => readPhase(values, timeZone, new Date()).problems,
  );
  const conflict = form.lastError?.code === 'CONFLICT';
  const phase = venue.responsePhase;

  return (
    <section className="card" aria-labelledby="response-phase-title">
      <h2 id="response-phase-title">Response phase</h2>
      <p className="muted small">
        While it is open, authors answer their released reviews, within the word limit, until the deadline.
        Reviewers and chairs read the responses beside the reviews.
      </p>
      <p>
        Now:{' '}
        <strong>
          {phase.open
            ? `open until ${venueTimeText(phase.deadline, timeZone)}, up to ${phase.wordLimit} words`
            : 'closed'}
        </strong>
        .
      </p>
      <div aria-live="polite">
        {saved && !form.lastError ? <p className="alert alert--success">Response phase saved.</p> : null}
      </div>
      {conflict ? (
        <div className="alert alert--warning" role="alert">
          <p>
            Another chair changed the venue’s settings while you were editing. Reload to see theirs; your
            changes here will be discarded.
          </p>
          <button type="button" className="button button--small" onClick={() => void onReload()}>
            Reload the response phase
          </button>
        </div>
      ) : null}
      <form
        noValidate
        ref={form.formRef}
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          const read = readPhase(form.values, timeZone, new Date());
          void form.submit({
            mutate: () =>
              update({
                variables: {
                  venueId: venue.id,
                  expectedRevision: venue.revision,
                  phase: {
                    open: form.values.open,
                    deadline: read.deadline?.toISOString() ?? null,
                    wordLimit: read.wordLimit,
                  },
                  reviewsReopenedUntil: read.reopened?.toISOString() ?? null,
                },
              }),
            pathPrefix: 'phase.',
            onSuccess: () => setSaved(true),
          });
        }}
      >
        {conflict ? null : <FormError message={form.formError} />}
        <label className="choice">
          <input
            type="checkbox"
            name="open"
            checked={form.values.open}
            aria-describedby="response-open-hint"
            onChange={(event) => form.set('open', event.target.checked)}
          />
          Open: authors may respond to their released reviews
        </label>
        <p id="response-open-hint" className="field__hint">
          Authors of statements whose reviews are not released yet can respond once they are.
        </p>
        <div className="grid-2">
          <TextField
            label="Deadline"
            type="datetime-local"
            hint={`In the venue’s time zone, ${timeZone}.`}
            required={form.values.open}
            {...form.field('deadline')}
          />
          <TextField
            label="Word limit"
            type="number"
            inputMode="numeric"
            min={MIN_WORD_LIMIT}
            max={MAX_WORD_LIMIT}
            hint={`Between ${MIN_WORD_LIMIT} and ${MAX_WORD_LIMIT.toLocaleString('en-GB')} words.`}
            {...form.field('wordLimit')}
          />
        </div>
        <TextField
          label="Reviews reopened until"
          type="datetime-local"
          hint={`Reviewers may change their submitted reviews until then, after reading the responses; leave empty to keep them closed. In ${timeZone}.`}
          {...form.field('reviewsReopenedUntil')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {form.submitting ? 'Saving…' : 'Save the response phase'}
          </button>
        </div>
      </form>
    </section>
  );
}
