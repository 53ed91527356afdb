// The chair's dashboard: submitted statements with filters, search, sort and pages. The state
// lives in the URL so a view can be bookmarked, shared and restored with the back button.
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { labelOf, TIERS } from '@impact-review/domain';
import type { SortDirection, SubmissionPhase, SubmissionSortField, Tier, TierStatus } from '../../gql/graphql';
import { ErrorState } from '../../components/ErrorState';
import { SelectField, TextField } from '../../components/FormFields';
import { Loading } from '../../components/Loading';
import { TierBadge } from '../../components/TierBadge';
import { formatDateTime } from '../../lib/format';
import { PHASE_LABELS, PhaseBadge, TIER_STATUS_LABELS, TierStatusBadge } from '../submissions/SubmissionBadges';
import { VenueSubmissionsQuery } from '../submissions/submission.operations';
import { TierConfirmDialog } from './TierConfirmDialog';
import type { TierDialogSubmission } from './TierConfirmDialog';

export const PAGE_SIZE = 20;
const SORT_FIELDS: readonly SubmissionSortField[] = ['updatedAt', 'submittedAt', 'title', 'tier'];
const SORT_LABELS: Record<SubmissionSortField, string> = {
  updatedAt: 'Last change',
  submittedAt: 'Submitted',
  title: 'Title',
  tier: 'Tier',
};

function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;
}

export function VenueDashboard({ venueId }: { venueId: string }) {
  const [params, setParams] = useSearchParams();
  const tier = oneOf<Tier>(TIERS, params.get('tier'));
  const tierStatus = oneOf<TierStatus>(Object.keys(TIER_STATUS_LABELS) as TierStatus[], params.get('status'));
  const phase = oneOf<SubmissionPhase>(Object.keys(PHASE_LABELS) as SubmissionPhase[], params.get('phase'));
  const search = params.get('q') ?? '';
  const sortField = oneOf(SORT_FIELDS, params.get('sort')) ?? 'updatedAt';
  const direction: SortDirection = params.get('dir') === 'asc' ? 'asc' : 'desc';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [searchText, setSearchText] = useState(search);
  const [dialogFor, setDialogFor] = useState<TierDialogSubmission | null>(null);
  const [notice, setNotice] = useState('');

  const setParam = (changes: Record<string, string | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        // Any change of filter or sort starts again at the first page.
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };

  // Search as the chair types, after a short pause.
  useEffect(() => {
    if (searchText === search) return;
    const timer = setTimeout(() => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (searchText.trim()) next.set('q', searchText.trim());
          else next.delete('q');
          next.delete('page');
          return next;
        },
        { replace: true },
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [searchText, search, setParams]);

  const { data, loading, error, refetch } = useQuery(VenueSubmissionsQuery, {
    variables: {
      venueId,
      filter: { tier, tierStatus, phase, search: search || null },
      sort: { field: sortField, direction },
      offset: (page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });

  const total = data?.venueSubmissions.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const sortBy = (field: SubmissionSortField) =>
    setParam({ sort: field, dir: field === sortField && direction === 'desc' ? 'asc' : 'desc' });
  const ariaSort = (field: SubmissionSortField) =>
    field === sortField ? (direction === 'asc' ? 'ascending' : 'descending') : undefined;

  return (
    <section className="card" aria-labelledby="dashboard-title">
      <div className="card__header">
        <h2 id="dashboard-title">Submitted statements</h2>
        <p className="muted small" aria-live="polite">
          {data ? `${total} ${total === 1 ? 'statement' : 'statements'}` : ''}
        </p>
      </div>
      <div role="status" aria-live="polite">
        {notice ? <p className="alert alert--success">{notice}</p> : null}
      </div>
      <form className="filters" role="search" aria-label="Filter statements" onSubmit={(e) => e.preventDefault()}>
        <TextField label="Search" type="search" value={searchText} onChange={(e) => setSearchText(e.target.value)} />
        <SelectField
          label="Tier"
          placeholder="Any tier"
          options={TIERS.map((t) => ({ value: t, label: labelOf(t) }))}
          value={tier ?? ''}
          onChange={(e) => setParam({ tier: e.target.value })}
        />
        <SelectField
          label="Tier status"
          placeholder="Any status"
          options={Object.entries(TIER_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
          value={tierStatus ?? ''}
          onChange={(e) => setParam({ status: e.target.value })}
        />
        <SelectField
          label="Phase"
          placeholder="Any phase"
          options={Object.entries(PHASE_LABELS).map(([value, label]) => ({ value, label }))}
          value={phase ?? ''}
          onChange={(e) => setParam({ phase: e.target.value })}
        />
        <SelectField
          label="Sort by"
          options={SORT_FIELDS.map((f) => ({ value: f, label: SORT_LABELS[f] }))}
          value={sortField}
          onChange={(e) => setParam({ sort: e.target.value })}
        />
        <SelectField
          label="Order"
          options={[
            { value: 'desc', label: 'Descending' },
            { value: 'asc', label: 'Ascending' },
          ]}
          value={direction}
          onChange={(e) => setParam({ dir: e.target.value })}
        />
      </form>

      {loading && !data ? (
        <Loading label="Loading statements…" />
      ) : error && !data ? (
        <ErrorState error={error} />
      ) : data && data.venueSubmissions.items.length === 0 ? (
        <p className="empty">No submitted statements match.</p>
      ) : data ? (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">
                Submitted statements, sorted by {SORT_LABELS[sortField]} {direction === 'asc' ? 'ascending' : 'descending'}
              </caption>
              <thead>
                <tr>
                  <th scope="col" aria-sort={ariaSort('title')}>
                    <button type="button" className="sort-button" onClick={() => sortBy('title')}>
                      Title
                    </button>
                  </th>
                  <th scope="col">Authors</th>
                  <th scope="col">Phase</th>
                  <th scope="col" aria-sort={ariaSort('tier')}>
                    <button type="button" className="sort-button" onClick={() => sortBy('tier')}>
                      Tier
                    </button>
                  </th>
                  <th scope="col">Tier status</th>
                  <th scope="col" aria-sort={ariaSort('submittedAt')}>
                    <button type="button" className="sort-button" onClick={() => sortBy('submittedAt')}>
                      Submitted
                    </button>
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.venueSubmissions.items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <Link to={`/submissions/${item.id}`}>{item.title}</Link>
                      <br />
                      <span className="muted small">Version {item.versions.length}</span>
                    </td>
                    <td>{item.authors.map((a) => a.name).join(', ')}</td>
                    <td>
                      <PhaseBadge phase={item.phase} />
                    </td>
                    <td>
                      {item.tierDecision ? (
                        <TierBadge tier={item.tierDecision.tier} />
                      ) : (
                        <TierBadge tier={item.tierSuggestion?.tier} suggested />
                      )}
                    </td>
                    <td>
                      <TierStatusBadge status={item.tierStatus} />
                    </td>
                    <td>{formatDateTime(item.submittedAt)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`${item.tierDecision ? 'Change tier' : 'Review tier'} of ${item.title}`}
                        onClick={() => {
                          setNotice('');
                          setDialogFor(item);
                        }}
                      >
                        {item.tierDecision ? 'Change tier' : 'Review tier'}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pagination" aria-label="Pages">
            <button
              type="button"
              className="button button--small"
              disabled={page <= 1}
              onClick={() => setParam({ page: String(page - 1) })}
            >
              Previous page
            </button>
            <span>
              Page {Math.min(page, pages)} of {pages}
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={page >= pages}
              onClick={() => setParam({ page: String(page + 1) })}
            >
              Next page
            </button>
          </nav>
        </>
      ) : null}
      {dialogFor ? (
        <TierConfirmDialog
          submission={dialogFor}
          onClose={() => setDialogFor(null)}
          onDone={(message) => {
            setDialogFor(null);
            setNotice(message);
            void refetch();
          }}
        />
      ) : null}
    </section>
  );
}
