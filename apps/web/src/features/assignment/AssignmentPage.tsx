// The chairs' assignment page: open or close bidding and watch it, run the matcher with a progress
// bar (it is a job: the page can be reloaded), read the proposal with its reasons and figures,
// edit it by hand, and commit it.
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { BID_LEVEL_LABELS, MATCHING_OBJECTIVE_LABELS, MATCHING_OBJECTIVES, REVIEWER_KIND_LABELS } from '@impact-review/domain';
import type {
  AssignmentPanelQuery as PanelData,
  MatchingObjective,
  MatchingRunFieldsFragment,
  StatementProposalFieldsFragment,
} from '../../gql/graphql';
import { QueryState } from '../../components/QueryState';
import { TierBadge } from '../../components/TierBadge';
import { FormError } from '../../components/FormFields';
import { describeError } from '../../lib/errors';
import { countOf, formatDateTime } from '../../lib/format';
import { Histogram } from './Histogram';
import {
  AddProposedReviewerMutation,
  AssignmentPanelQuery,
  BiddingProgressQuery,
  CancelMatchingRunMutation,
  CommitMatchingRunMutation,
  MatchingRunProgressQuery,
  ProposalQuery,
  RemoveProposedReviewerMutation,
  ReviewerChoicesQuery,
  StartMatchingRunMutation,
  UpdateReviewSettingsMutation,
} from './assignment.operations';
import './assignment.css';

const ACTIVE = new Set(['queued', 'running']);
const PROPOSAL_PAGE = 20;
const PROGRESS_PAGE = 20;

type Venue = PanelData['venue'];

export function AssignmentPage({ venueId }: { venueId: string }) {
  const { data, loading, error, refetch } = useQuery(AssignmentPanelQuery, { variables: { venueId } });
  const reload = useCallback(() => void refetch(), [refetch]);
  if (!data) return <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading the assignment…" />;
  const venue = data.venue;
  return (
    <div className="stack">
      <BiddingCard venue={venue} />
      <MatcherCard venue={venue} onRunEnded={reload} />
    </div>
  );
}

function BiddingCard({ venue }: { venue: Venue }) {
  const [save, { loading }] = useMutation(UpdateReviewSettingsMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const change = async (biddingOpen: boolean, doubleBlind: boolean) => {
    setFailure(null);
    try {
      await save({ variables: { venueId: venue.id, biddingOpen, doubleBlind, expectedRevision: venue.revision }, refetchQueries: ['AssignmentPanel'] });
    } catch (e) {
      setFailure(describeError(e).message);
    }
  };
  return (
    <section className="card stack" aria-labelledby="bidding-title">
      <div className="row row--between">
        <h2 id="bidding-title">Bidding</h2>
        <span className={`badge ${venue.biddingOpen ? 'badge--success' : ''}`}>{venue.biddingOpen ? 'Open' : 'Closed'}</span>
      </div>
      <p className="muted small">
        While bidding is open, the venue’s reviewers see the submitted statements they have no conflict with, best match to their
        profile first, and say how much they want to review each one. The matcher counts the bids.
      </p>
      <div className="row">
        <button type="button" className="button button--primary" disabled={loading} onClick={() => void change(!venue.biddingOpen, venue.doubleBlind)}>
          {venue.biddingOpen ? 'Close bidding' : 'Open bidding'}
        </button>
        <label className="choice">
          <input type="checkbox" checked={venue.doubleBlind} disabled={loading} onChange={(e) => void change(venue.biddingOpen, e.target.checked)} />
          Hide the authors from reviewers (double-blind)
        </label>
      </div>
      <FormError message={failure} />
      <BiddingProgressTable venueId={venue.id} />
    </section>
  );
}

/**
 * Finds a venue reviewer by name or e-mail as the chair types (from 2 characters) and adds the
 * one picked: a venue of 15,000 reviewers never loads them all into the page.
 */
function ReviewerPicker({
  venueId,
  statementTitle,
  inputId,
  exclude,
  disabled,
  onPick,
}: {
  venueId: string;
  statementTitle: string;
  inputId: string;
  exclude: ReadonlySet<string>;
  disabled: boolean;
  onPick: (reviewerId: string) => void;
}) {
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const query = useQuery(ReviewerChoicesQuery, { variables: { venueId, search }, skip: search.length < 2 });
  const found = query.data?.venue.reviewerChoices ?? [];
  const choices = found.filter((c) => !exclude.has(c.reviewer.id));
  const resultsId = `${inputId}-results`;
  return (
    <div className="reviewer-picker stack stack--tight">
      <label className="small" htmlFor={inputId}>
        Add a reviewer to <span className="visually-hidden">{statementTitle}</span>
        <span aria-hidden="true">this statement</span>
      </label>
      <input
        id={inputId}
        className="input"
        type="search"
        placeholder="Name or e-mail"
        autoComplete="off"
        value={text}
        aria-describedby={resultsId}
        onChange={(e) => setText(e.target.value)}
      />
      <div id={resultsId} role="status" className="small">
        {search.length < 2 || text.trim().length < 2 ? null : query.loading ? (
          <span className="muted">Searching the reviewers…</span>
        ) : query.error ? (
          <span className="text-danger">{describeError(query.error).message}</span>
        ) : choices.length === 0 ? (
          <span className="muted">
            {found.length > 0 ? `Everyone matching “${search}” is on this statement already.` : `No reviewer of the venue matches “${search}”.`}
          </span>
        ) : (
          <ul className="plain-list">
            {choices.map((c) => (
              <li key={c.reviewer.id}>
                <button
                  type="button"
                  className="button button--small"
                  disabled={disabled}
                  onClick={() => {
                    onPick(c.reviewer.id);
                    setText('');
                  }}
                >
                  Add {c.reviewer.name}
                </button>{' '}
                <span className="muted">{REVIEWER_KIND_LABELS[c.kind]}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** Who bid how much, fewest first, a page at a time: the counts come from the venue's bids (seconds at 100,000). */
function BiddingProgressTable({ venueId }: { venueId: string }) {
  const [offset, setOffset] = useState(0);
  const query = useQuery(BiddingProgressQuery, { variables: { venueId, offset } });
  const page = query.data?.venue.biddingProgress;
  return (
    <>
      <h3>Progress</h3>
      {!page ? (
        <QueryState query={query} loadingLabel="Counting the venue’s bids…" />
      ) : page.total === 0 ? (
        <p className="muted">No reviewers yet: invite a pool on the Members tab.</p>
      ) : (
        <>
          <p>
            {page.reviewersWithBids} of {countOf(page.total, 'reviewer')} bid so far ({countOf(page.bids, 'bid')}).
          </p>
          <div className="table-wrap">
            <table className="table table--stack" aria-busy={query.loading}>
              <caption className="visually-hidden">Reviewers by bids placed, fewest first</caption>
              <thead>
                <tr>
                  <th scope="col">Reviewer</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Bids</th>
                  <th scope="col">By level</th>
                  <th scope="col">Last bid</th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((p) => (
                  <tr key={p.reviewer.id}>
                    <td data-label="Reviewer">{p.reviewer.name}</td>
                    <td data-label="Kind">{REVIEWER_KIND_LABELS[p.kind]}</td>
                    <td data-label="Bids">{p.bids}</td>
                    <td data-label="By level">
                      <BidBar counts={[p.veryHigh, p.high, p.neutral, p.low, p.veryLow]} />
                    </td>
                    <td data-label="Last bid">{p.lastBidAt ? formatDateTime(p.lastBidAt) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {page.total > PROGRESS_PAGE ? (
            <div className="row">
              <button type="button" className="button" disabled={offset === 0 || query.loading} onClick={() => setOffset(Math.max(0, offset - PROGRESS_PAGE))}>
                Previous
              </button>
              <span className="muted small">
                {offset + 1}–{Math.min(page.total, offset + PROGRESS_PAGE)} of {page.total}
              </span>
              <button
                type="button"
                className="button"
                disabled={offset + PROGRESS_PAGE >= page.total || query.loading}
                onClick={() => setOffset(offset + PROGRESS_PAGE)}
              >
                Next
              </button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}

const LEVELS = ['very_high', 'high', 'neutral', 'low', 'very_low'] as const;

/** One stacked bar per reviewer: their bids by level. */
function BidBar({ counts }: { counts: number[] }) {
  const total = counts.reduce((a, b) => a + b, 0);
  const text = LEVELS.map((level, i) => `${BID_LEVEL_LABELS[level]}: ${counts[i]}`).join(', ');
  if (total === 0) return <span className="muted">none</span>;
  return (
    <span className="bid-bar" role="img" aria-label={text} title={text}>
      {LEVELS.map((level, i) =>
        counts[i] ? <span key={level} className={`bid-bar__part bid-bar__part--${level}`} style={{ flexGrow: counts[i] }} /> : null,
      )}
    </span>
  );
}

function MatcherCard({ venue, onRunEnded }: { venue: Venue; onRunEnded: () => void }) {
  const [objective, setObjective] = useState<MatchingObjective>('total');
  const [start, { loading: starting }] = useMutation(StartMatchingRunMutation);
  const [cancel, { loading: cancelling }] = useMutation(CancelMatchingRunMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const latest = venue.matchingRun;
  const active = latest !== null && ACTIVE.has(latest.state);
  // While a run is going, ask for its progress every second; the job goes on if the page closes.
  const progress = useQuery(MatchingRunProgressQuery, {
    variables: { id: latest?.id ?? '' },
    skip: !active,
    pollInterval: active ? 1000 : 0,
  });
  const run: MatchingRunFieldsFragment | null = progress.data?.matchingRun ?? latest;
  // Once the job ends, the page reads the venue again (the run's result, the bidding figures).
  useEffect(() => {
    if (active && run && !ACTIVE.has(run.state)) onRunEnded();
  }, [active, run, onRunEnded]);

  const startRun = async () => {
    setFailure(null);
    try {
      await start({ variables: { venueId: venue.id, objective }, refetchQueries: ['AssignmentPanel'] });
    } catch (e) {
      setFailure(describeError(e).message);
    }
  };
  const running = run !== null && ACTIVE.has(run.state);
  return (
    <section className="card stack" aria-labelledby="matcher-title">
      <h2 id="matcher-title">Matcher</h2>
      <p className="muted small">
        The matcher gives every statement with a confirmed tier the reviewers its tier asks for: by affinity to their profiles and
        their bids, never to someone conflicted (declared, or found: the same institution in the last three years, a shared
        publication), at most one reviewer per institution, within each reviewer’s maximum load. Assignments already committed stay.
      </p>
      <fieldset className="stack stack--tight">
        <legend>Objective</legend>
        {MATCHING_OBJECTIVES.map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="objective" value={value} checked={objective === value} disabled={running} onChange={() => setObjective(value)} />
            {MATCHING_OBJECTIVE_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <button type="button" className="button button--primary" disabled={running || starting} onClick={() => void startRun()}>
          {running ? 'Running…' : 'Run the matcher'}
        </button>
        {running && run ? (
          <button
            type="button"
            className="button"
            disabled={cancelling || run.cancelRequested}
            onClick={() => void cancel({ variables: { runId: run.id } }).catch((e: unknown) => setFailure(describeError(e).message))}
          >
            {run.cancelRequested ? 'Cancelling…' : 'Cancel'}
          </button>
        ) : null}
      </div>
      <FormError message={failure} />
      {run ? <RunStatus run={run} /> : <p className="muted">The matcher has not run at this venue yet.</p>}
      {run && run.state === 'succeeded' && run.result ? <ProposalView venue={venue} run={run} /> : null}
    </section>
  );
}

function RunStatus({ run }: { run: MatchingRunFieldsFragment }) {
  if (ACTIVE.has(run.state)) {
    return (
      <div className="run-progress" aria-live="polite">
        <div className="row row--between small">
          <span>{run.state === 'queued' ? 'Waiting to start…' : run.phaseLabel}</span>
          <span>{run.percent}%</span>
        </div>
        <div className="progress" role="progressbar" aria-label="Matcher progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={run.percent} aria-valuetext={`${run.phaseLabel}: ${run.percent}%`}>
          <div className="progress__bar" style={{ width: `${run.percent}%` }} />
        </div>
      </div>
    );
  }
  if (run.state === 'failed') return <p className="alert alert--error">The last run failed: {run.error}</p>;
  if (run.state === 'cancelled') return <p className="alert alert--info">The last run, started {formatDateTime(run.createdAt)}, was cancelled.</p>;
  return null;
}

function ProposalView({ venue, run }: { venue: Venue; run: MatchingRunFieldsFragment }) {
  const result = run.result;
  const [commit, { loading: committing }] = useMutation(CommitMatchingRunMutation);
  const [committed, setCommitted] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (!result) return null;
  const open = run.committedAt === null;
  const doCommit = async () => {
    setFailure(null);
    try {
      const answer = await commit({ variables: { runId: run.id }, refetchQueries: ['AssignmentPanel'] });
      const r = answer.data?.commitMatchingRun;
      if (r) setCommitted(`${countOf(r.committed, 'assignment')} made; the reviewers are told by mail.${r.skipped ? ` ${r.skipped} left out (conflicted since the run).` : ''}`);
    } catch (e) {
      setFailure(describeError(e).message);
    }
  };
  return (
    <div className="stack">
      <h3>{open ? 'Proposal' : `Committed on ${formatDateTime(run.committedAt)}`}</h3>
      <dl className="details">
        <dt>Result</dt>
        <dd>{result.status === 'optimal' ? 'Optimal: every slot filled, the best total proven.' : result.status === 'infeasible' ? 'Not every slot can be filled: the best partial proposal.' : result.status}</dd>
        <dt>Statements</dt>
        <dd>
          {result.statements} needing reviewers; {countOf(result.proposed, 'new pair')}, {result.kept} kept from earlier commits.
        </dd>
        <dt>Objective</dt>
        <dd>
          {result.objective.toFixed(2)} in all; the weakest statement scores {result.minStatementScore.toFixed(2)}.
        </dd>
        <dt>Conflicts found</dt>
        <dd>{result.detectedConflicts} (same institution within three years, or a shared publication).</dd>
        <dt>Time</dt>
        <dd>{result.phaseSeconds.map((p) => `${p.phase} ${p.seconds.toFixed(1)} s`).join(' · ')}</dd>
      </dl>
      {result.diagnosis ? (
        <div className="alert alert--warning" role="status">
          <p>{result.diagnosis}</p>
        </div>
      ) : null}
      <div className="histograms">
        <Histogram title="Reviewer loads" bars={result.loadHistogram} xLabel="Statements per reviewer" yLabel="Reviewers" />
        <Histogram title="Statement scores" bars={result.scoreHistogram} xLabel="Total score of a statement" yLabel="Statements" />
      </div>
      {open ? (
        <div className="row">
          <button type="button" className="button button--primary" disabled={committing} onClick={() => void doCommit()}>
            {committing ? 'Committing…' : 'Commit and tell the reviewers'}
          </button>
          <span className="muted small">Until then no reviewer sees any of it.</span>
        </div>
      ) : null}
      {committed ? (
        <p className="alert alert--success" role="status">
          {committed}
        </p>
      ) : null}
      <FormError message={failure} />
      <ProposalTable venue={venue} runId={run.id} editable={open} />
    </div>
  );
}

function ProposalTable({ venue, runId, editable }: { venue: Venue; runId: string; editable: boolean }) {
  const [cursor, setCursor] = useState<(string | null)[]>([null]);
  const after = cursor[cursor.length - 1] ?? null;
  const { data, loading, error, refetch } = useQuery(ProposalQuery, { variables: { id: runId, after, limit: PROPOSAL_PAGE } });
  if (!data) return <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading the proposal…" />;
  const page = data.matchingRun.proposal;
  const uncovered = data.matchingRun.uncovered;
  return (
    <div className="stack">
      {uncovered.length > 0 ? (
        <details className="card card--muted">
          <summary>{countOf(uncovered.length, 'open slot')} and why</summary>
          <ul>
            {uncovered.map((u) => (
              <li key={`${u.submission?.id}-${u.kind}`}>
                <strong>{u.submission?.title ?? 'A statement'}</strong>: {u.missing} {REVIEWER_KIND_LABELS[u.kind]}
                {u.missing === 1 ? '' : 's'} missing. {u.explanation}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="table-wrap">
        <table className="table table--stack proposal-table">
          <caption>Reviewers by statement</caption>
          <thead>
            <tr>
              <th scope="col">Statement</th>
              <th scope="col">Reviewers, with why</th>
              {editable ? <th scope="col">Add a reviewer</th> : null}
            </tr>
          </thead>
          <tbody>
            {page.statements.map((statement) => (
              <ProposalRow key={statement.submission.id} venue={venue} runId={runId} statement={statement} editable={editable} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="pagination">
        <button type="button" className="button" disabled={cursor.length === 1} onClick={() => setCursor(cursor.slice(0, -1))}>
          Previous
        </button>
        <span className="muted small">Page {cursor.length}</span>
        <button type="button" className="button" disabled={!page.nextAfter} onClick={() => setCursor([...cursor, page.nextAfter])}>
          Next
        </button>
      </div>
    </div>
  );
}

function ProposalRow({ venue, runId, statement: initial, editable }: { venue: Venue; runId: string; statement: StatementProposalFieldsFragment; editable: boolean }) {
  const [statement, setStatement] = useState(initial);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [add, { loading: adding }] = useMutation(AddProposedReviewerMutation, { refetchQueries: ['AssignmentPanel'] });
  const [remove, { loading: removing }] = useMutation(RemoveProposedReviewerMutation, { refetchQueries: ['AssignmentPanel'] });
  useEffect(() => setStatement(initial), [initial]);
  const onStatement = new Set(statement.reviewers.map((r) => r.reviewer.id));
  const edit = async (action: 'add' | 'remove', reviewerId: string) => {
    setFailure(null);
    setWarnings([]);
    try {
      const variables = { runId, submissionId: statement.submission.id, reviewerId };
      const answer = action === 'add' ? (await add({ variables })).data?.addProposedReviewer : (await remove({ variables })).data?.removeProposedReviewer;
      if (answer) {
        setStatement(answer.statement);
        setWarnings(answer.warnings);
      }
    } catch (e) {
      setFailure(describeError(e).message);
    }
  };
  const missing = [statement.missing.expert ? `${statement.missing.expert} expert` : '', statement.missing.community ? `${statement.missing.community} community` : '']
    .filter(Boolean)
    .join(', ');
  return (
    <tr>
      <td data-label="Statement">
        <Link to={`/submissions/${statement.submission.id}`}>{statement.submission.title}</Link>
        <div className="row small">
          <TierBadge tier={statement.submission.tier} />
          <span className="muted">
            needs {statement.demand.expert} expert, {statement.demand.community} community
          </span>
        </div>
        {missing ? <p className="text-warning small">Missing: {missing}</p> : null}
      </td>
      <td data-label="Reviewers">
        <ul className="plain-list">
          {statement.reviewers.map((r) => (
            <li key={r.reviewer.id} className="proposed-reviewer">
              <strong>{r.reviewer.name}</strong> <span className="muted small">({REVIEWER_KIND_LABELS[r.kind]}, score {r.score.toFixed(2)})</span>
              {r.origin !== 'optimised' ? <span className="badge">{r.origin === 'kept' ? 'committed' : r.origin === 'chair' ? 'added by hand' : 'forced'}</span> : null}
              <div className="small muted">
                {r.terms.length > 0 ? <>matched: {r.terms.join(', ')}</> : 'no words in common'}
                {r.areas.length > 0 ? <> · areas: {r.areas.join(', ')}</> : null}
                {r.bid ? <> · bid: {BID_LEVEL_LABELS[r.bid]}</> : null}
              </div>
              {editable && r.origin !== 'kept' ? (
                <button type="button" className="button button--small" disabled={removing} onClick={() => void edit('remove', r.reviewer.id)}>
                  Remove {r.reviewer.name}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        {warnings.length > 0 ? (
          <ul className="alert alert--warning small" role="status">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ) : null}
        {failure ? (
          <p className="alert alert--error small" role="alert">
            {failure}
          </p>
        ) : null}
      </td>
      {editable ? (
        <td data-label="Add a reviewer">
          <ReviewerPicker
            venueId={venue.id}
            statementTitle={statement.submission.title}
            inputId={`add-${statement.submission.id}`}
            exclude={onStatement}
            disabled={adding}
            onPick={(reviewerId) => void edit('add', reviewerId)}
          />
        </td>
      ) : null}
    </tr>
  );
}
