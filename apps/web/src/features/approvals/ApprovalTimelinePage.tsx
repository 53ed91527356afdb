// An approval's timeline (`/submissions/:id/timeline`) for its authors, chairs and reviewers: what
// happened to it, oldest first (decision, re-evaluations, incidents, amendments, releases opened or
// blocked, notices), as far as the server lets the reader see, with toggles to show some categories only.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { TIMELINE_CATEGORIES, TIMELINE_CATEGORY_LABELS, type TimelineCategory } from '@impact-review/domain';
import { QueryState } from '../../components/QueryState';
import { Badge } from '../../components/TierBadge';
import type { ApprovalTimelineViewQuery as Data } from '../../gql/graphql';
import { formatDateTime, formatDay } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ApprovalTimelineViewQuery } from './approvals.operations';
import { APPROVAL_STATE_TONES, type Tone } from './approvalWords';
import './approvals.css';

type Entry = NonNullable<Data['submission']['approval']>['timeline'][number];

/** Incidents stand out; decisions and re-evaluations are the committee's; releases are what opened. */
export const TIMELINE_CATEGORY_TONES: Readonly<Record<TimelineCategory, Tone>> = {
  decision: 'info',
  reevaluation: 'info',
  incident: 'danger',
  amendment: 'neutral',
  release: 'success',
  notice: 'neutral',
};

/**
 * When an entry happened. A release opens (or is blocked) on a calendar day, which the server dates
 * at that day's start in UTC: written as a time, it would read as the evening before west of UTC.
 */
export function entryWhen(entry: Pick<Entry, 'at' | 'category'>): string {
  return entry.category === 'release' && /T00:00:00(\.000)?Z$/.test(entry.at)
    ? formatDay(entry.at.slice(0, 10))
    : formatDateTime(entry.at);
}

/** How many entries each category has, in the domain's order, leaving out those with none. */
export function categoryCounts(entries: readonly Pick<Entry, 'category'>[]) {
  return TIMELINE_CATEGORIES.map((category) => ({
    category,
    label: TIMELINE_CATEGORY_LABELS[category],
    count: entries.filter((e) => e.category === category).length,
  })).filter((c) => c.count > 0);
}

export function ApprovalTimelinePage() {
  const { id = '' } = useParams();
  const query = useQuery(ApprovalTimelineViewQuery, {
    variables: { submissionId: id },
    fetchPolicy: 'cache-and-network',
  });
  const submission = query.data?.submission;
  useDocumentTitle(submission ? `Approval timeline of ${submission.title}` : 'Approval timeline');

  const back = `/submissions/${id}`;
  if (!submission) {
    return (
      <QueryState
        query={{ data: query.data, loading: query.loading, error: query.error, refetch: query.refetch }}
        loadingLabel="Loading the approval timeline…"
        errorAction={
          <p>
            <Link to={back}>Back to the statement</Link>
          </p>
        }
      />
    );
  }
  const approval = submission.approval;
  return (
    <div className="stack approval-history">
      <header className="page-header">
        <div>
          <p className="muted small">
            <Link to={back} className="break-anywhere">
              {submission.title}
            </Link>
          </p>
          <h1>Approval timeline</h1>
          {approval ? <Badge tone={APPROVAL_STATE_TONES[approval.state]}>{approval.stateLabel}</Badge> : null}
        </div>
      </header>
      {approval ? (
        <TimelineEntries entries={approval.timeline} />
      ) : (
        <div className="card empty" role="status">
          <p>
            This statement has no approval to show: it has none yet, or its decision is not yours to read.
          </p>
          <p>
            <Link to={back}>Back to the statement</Link>
          </p>
        </div>
      )}
    </div>
  );
}

/** The entries as a vertical timeline, with a toggle per category (none pressed: all shown). */
export function TimelineEntries({ entries }: { entries: readonly Entry[] }) {
  const [shown, setShown] = useState<readonly TimelineCategory[]>([]);
  const counts = categoryCounts(entries);
  // Entries carry no id: their place in the whole list keys them, whatever the filter.
  const visible = entries
    .map((entry, order) => ({ entry, order }))
    .filter(({ entry }) => shown.length === 0 || shown.includes(entry.category));
  const toggle = (category: TimelineCategory) =>
    setShown((current) =>
      current.includes(category) ? current.filter((c) => c !== category) : [...current, category],
    );

  if (entries.length === 0) {
    return (
      <div className="card empty" role="status">
        <p>Nothing has happened to this approval yet.</p>
      </div>
    );
  }
  return (
    <section className="card" aria-labelledby="approval-history-entries">
      <h2 id="approval-history-entries" className="visually-hidden">
        Timeline entries
      </h2>
      <div className="approval-history__filters" role="group" aria-label="Show categories">
        <button
          type="button"
          className="button button--small"
          aria-pressed={shown.length === 0}
          onClick={() => setShown([])}
        >
          All ({entries.length})
        </button>
        {counts.map((c) => (
          <button
            key={c.category}
            type="button"
            className="button button--small"
            aria-pressed={shown.includes(c.category)}
            onClick={() => toggle(c.category)}
          >
            {c.label} ({c.count})
          </button>
        ))}
      </div>
      <p className="muted small" role="status" aria-live="polite">
        {visible.length === entries.length
          ? `Showing all ${entries.length} entries, oldest first.`
          : `Showing ${visible.length} of ${entries.length} entries, oldest first.`}
      </p>
      <ol className="approval-history__list" aria-labelledby="approval-history-entries">
        {visible.map(({ entry, order }) => (
          <li
            key={order}
            className={`approval-event approval-event--${TIMELINE_CATEGORY_TONES[entry.category]}`}
          >
            <span className="approval-event__dot" aria-hidden="true" />
            <div className="approval-event__body">
              <p className="approval-event__meta">
                <time dateTime={entry.at}>{entryWhen(entry)}</time>
                <Badge tone={TIMELINE_CATEGORY_TONES[entry.category]}>{entry.categoryLabel}</Badge>
              </p>
              <h3 className="approval-event__title break-anywhere">{entry.title}</h3>
              {entry.detail ? <p className="approval-event__detail break-anywhere">{entry.detail}</p> : null}
              {entry.actorName ? <p className="approval-event__actor">by {entry.actorName}</p> : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
