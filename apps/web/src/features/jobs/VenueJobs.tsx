import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormError } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import { Badge } from '../../components/TierBadge';
import type { JobState, VenueJobFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { countOf, formatDateTime } from '../../lib/format';
import { RetryJobMutation, VenueJobsQuery } from './jobs.operations';
import './jobs.css';

const PAGE = 20;
const STATES: { value: JobState | ''; label: string }[] = [
  { value: '', label: 'All' },
  { value: 'failed', label: 'Failed' },
  { value: 'waiting', label: 'Waiting' },
  { value: 'running', label: 'Running' },
  { value: 'succeeded', label: 'Done' },
];
const TONE: Record<JobState, 'danger' | 'info' | 'success' | 'warning'> = {
  failed: 'danger',
  waiting: 'warning',
  running: 'info',
  succeeded: 'success',
};
const LABEL: Record<JobState, string> = {
  failed: 'Failed',
  waiting: 'Waiting',
  running: 'Running',
  succeeded: 'Done',
};

/** The venue's background work (its outgoing mail above all), for its chairs: what is stuck, and a retry. */
export function VenueJobs({ venueId }: { venueId: string }) {
  const [state, setState] = useState<JobState | ''>('');
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useQuery(VenueJobsQuery, {
    variables: { venueId, state: state || null, offset, limit: PAGE },
    fetchPolicy: 'cache-and-network',
    // Mail goes out within seconds: keep the page current while it is open.
    pollInterval: 5000,
  });
  const [retry, retrying] = useMutation(RetryJobMutation);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  if (!data) return <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading the venue's jobs…" />;
  const page = data.venueJobs;
  const { counts } = page;
  const total = counts.waiting + counts.running + counts.succeeded + counts.failed;

  return (
    <section className="stack venue-jobs" aria-labelledby="jobs-title">
      <div>
        <h2 id="jobs-title">Outgoing mail and other jobs</h2>
        <p className="muted">
          Invitations and notifications leave through a queue: if the mail server is away they wait and are
          retried, and nothing is lost. A job that failed every attempt stays here with its reason until you
          retry it.
        </p>
      </div>
      <JobsChart counts={counts} total={total} />
      <div role="status" aria-live="polite">
        {notice?.ok ? <p className="alert alert--success">{notice.text}</p> : null}
      </div>
      {notice && !notice.ok ? <FormError message={notice.text} /> : null}
      <div className="segmented" role="group" aria-label="Show jobs">
        {STATES.map((option) => (
          <button
            key={option.value || 'all'}
            type="button"
            className="button button--small"
            aria-pressed={state === option.value}
            onClick={() => {
              setState(option.value);
              setOffset(0);
            }}
          >
            {option.label}
            {option.value ? ` (${counts[option.value]})` : ` (${total})`}
          </button>
        ))}
      </div>
      {page.jobs.length === 0 ? (
        <p className="muted">
          {state ? 'No jobs in this state.' : 'No jobs yet: mail about this venue will show here.'}
        </p>
      ) : (
        <ul className="job-list">
          {page.jobs.map((job) => (
            <JobRow
              key={job.id}
              job={job}
              busy={retrying.loading}
              onRetry={async () => {
                try {
                  await retry({ variables: { id: job.id } });
                  setNotice({ ok: true, text: `Retrying: ${job.summary}` });
                  await refetch();
                } catch (failure) {
                  setNotice({ ok: false, text: describeError(failure).message });
                }
              }}
            />
          ))}
        </ul>
      )}
      {page.total > PAGE ? (
        <nav className="row" aria-label="Job pages">
          <button
            type="button"
            className="button button--small"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE))}
          >
            Newer
          </button>
          <span className="muted small">
            {offset + 1}–{Math.min(offset + PAGE, page.total)} of {page.total}
          </span>
          <button
            type="button"
            className="button button--small"
            disabled={offset + PAGE >= page.total}
            onClick={() => setOffset(offset + PAGE)}
          >
            Older
          </button>
        </nav>
      ) : null}
    </section>
  );
}

function JobRow({ job, busy, onRetry }: { job: VenueJobFieldsFragment; busy: boolean; onRetry: () => void }) {
  return (
    <li className="card job">
      <div className="job__head">
        <Badge tone={TONE[job.state]}>{LABEL[job.state]}</Badge>
        <span className="job__summary">{job.summary}</span>
      </div>
      <p className="muted small">
        {job.state === 'waiting' && job.attempts > 0
          ? `Attempt ${job.attempts} of ${job.maxAttempts} failed; next try ${formatDateTime(job.runAt as string)}.`
          : job.state === 'waiting'
            ? `Due ${formatDateTime(job.runAt as string)}.`
            : job.state === 'succeeded'
              ? `Done ${formatDateTime(job.finishedAt as string | null)}${job.attempts > 1 ? ` after ${countOf(job.attempts, 'attempt')}` : ''}.`
              : job.state === 'failed'
                ? `Gave up ${formatDateTime(job.finishedAt as string | null)} after ${countOf(job.attempts, 'attempt')}.`
                : 'Running now.'}
      </p>
      {job.lastError ? <p className="job__error">Reason: {job.lastError}</p> : null}
      {job.state === 'failed' ? (
        <div>
          <button type="button" className="button button--small" disabled={busy} onClick={onRetry}>
            Retry now
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** One bar split by state: how much of the venue's mail is done, waiting or stuck, at a glance. */
function JobsChart({ counts, total }: { counts: Record<JobState, number>; total: number }) {
  if (total === 0) return null;
  const parts: JobState[] = ['succeeded', 'running', 'waiting', 'failed'];
  const text = parts.map((s) => `${LABEL[s]}: ${counts[s]}`).join(', ');
  return (
    <figure className="jobs-chart">
      <div className="jobs-chart__bar" role="img" aria-label={`Jobs by state. ${text}.`}>
        {parts.map((s) =>
          counts[s] > 0 ? (
            <span
              key={s}
              className={`jobs-chart__part jobs-chart__part--${s}`}
              style={{ flexGrow: counts[s] }}
            />
          ) : null,
        )}
      </div>
      <figcaption className="muted small">{text}</figcaption>
    </figure>
  );
}
