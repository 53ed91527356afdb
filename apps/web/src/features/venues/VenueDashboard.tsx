// The chair's dashboard: submitted statements with filters, search, sort and pages. The state
// lives in the URL so a view can be bookmarked, shared and restored with the back button. Every
// filter offers only what can match (chairs never see drafts), and the tier column and the tier
// filter use the same tier: the one in force.
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { labelOf, TIERS } from '@impact-review/domain';
import type {
  SortDirection,
  SubmissionPhase,
  SubmissionSortField,
  Tier,
  TierStatus,
} from '../../gql/graphql';
import { SelectField, TextField } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import { countOf, formatDateTime } from '../../lib/format';
import {
  EffectiveTierBadge,
  LISTED_PHASES,
  LISTED_TIER_STATUSES,
  newSuggestionText,
  PHASE_LABELS,
  PhaseBadge,
  TIER_STATUS_LABELS,
  TierStatusBadge,
} from '../submissions/SubmissionBadges';
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

function actionLabel(status: TierStatus | null): string {
  if (status === 'needs_confirmation') return 'Decide again';
  return status === 'confirmed' || status === 'overridden' ? 'Change tier' : 'Review tier';
}

export function VenueDashboard({ venueId }: { venueId: string }) {
  const [params, setParams] = useSearchParams();
  const tier = oneOf<Tier>(TIERS, params.get('tier'));
  const tierStatus = oneOf<TierStatus>(LISTED_TIER_STATUSES, params.get('status'));
  const phase = oneOf<SubmissionPhase>(LISTED_PHASES, params.get('phase'));
  const search = params.get('q') ?? '';
  const sortField = oneOf(SORT_FIELDS, params.get('sort')) ?? 'updatedAt';
  const direction: SortDirection = params.get('dir') === 'asc' ? 'asc' : 'desc';
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
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
  const goToPage = (n: number) => setParam({ page: n <= 1 ? null : String(n) });

  // Search as the chair types, after a short pause.
  useEffect(() => {
    if (searchText === search) return;
    const timer = setTimeout(() => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          // One letter finds nearly everything, so the search starts with the second.
          if (searchText.trim().length >= 2) next.set('q', searchText.trim());
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
  const items = data?.venueSubmissions.items ?? [];
  const beyondLastPage = data !== undefined && items.length === 0 && page > pages;
  const sortBy = (field: SubmissionSortField) =>
    setParam({ sort: field, dir: field === sortField && direction === 'desc' ? 'asc' : 'desc' });
  const ariaSort = (field: SubmissionSortField) =>
    field === sortField ? (direction === 'asc' ? 'ascending' : 'descending') : undefined;

  return (
    <section className="card" aria-labelledby="dashboard-title">
      <div className="card__header">
        <h2 id="dashboard-title">Submitted statements</h2>
        <p className="muted small" aria-live="polite">
          {data ? countOf(total, 'statement') : ''}
        </p>
      </div>
      <div role="status" aria-live="polite">
        {notice ? <p className="alert alert--success">{notice}</p> : null}
      </div>
      <form
        className="filters"
        role="search"
        aria-label="Filter statements"
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          label="Search titles and authors"
          hint="Finds words starting with what you type, in titles and author names."
          type="search"
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
        />
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
          options={LISTED_TIER_STATUSES.map((value) => ({ value, label: TIER_STATUS_LABELS[value] }))}
          value={tierStatus ?? ''}
          onChange={(e) => setParam({ status: e.target.value })}
        />
        <SelectField
          label="Phase"
          placeholder="Any phase"
          options={LISTED_PHASES.map((value) => ({ value, label: PHASE_LABELS[value] }))}
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

      {data?.venueSubmissions.searchCapped ? (
        <p className="alert alert--info" role="note">
          This search matches too many statements to rank them all; the list shows some of them. Add a
          word to narrow it.
        </p>
      ) : null}
      {!data ? (
        <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading statements…" />
      ) : beyondLastPage ? (
        <div className="empty">
          <p>
            There is no page {page}: {total === 0 ? 'no statement matches' : `the last page is ${pages}`}.
          </p>
          <button type="button" className="button" onClick={() => goToPage(total === 0 ? 1 : pages)}>
            {total === 0 ? 'Back to the first page' : `Go to page ${pages}`}
          </button>
        </div>
      ) : data && items.length === 0 ? (
        <p className="empty">No submitted statements match.</p>
      ) : data ? (
        <div className="table-wrap">
          <table className="table table--stack">
            <caption className="visually-hidden">
              Submitted statements, sorted by {SORT_LABELS[sortField]}{' '}
              {direction === 'asc' ? 'ascending' : 'descending'}
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
              {items.map((item) => {
                const latestVersion = item.versions.length;
                return (
                  <tr key={item.id}>
                    <td data-label="Title">
                      <Link to={`/submissions/${item.id}`}>{item.title}</Link>
                      <br />
                      <span className="muted small">Version {latestVersion}</span>
                    </td>
                    <td data-label="Authors">{item.authors.map((a) => a.name).join(', ')}</td>
                    <td data-label="Phase">
                      <PhaseBadge phase={item.phase} />
                    </td>
                    <td data-label="Tier">
                      <EffectiveTierBadge tier={item.tier} status={item.tierStatus} />
                    </td>
                    <td data-label="Tier status">
                      <TierStatusBadge status={item.tierStatus} />
                      {item.tierStatus === 'needs_confirmation' ? (
                        <span className="small block">
                          {newSuggestionText(latestVersion, item.tierSuggestion?.tier ?? null)}
                          {item.tierDecision
                            ? ` (was ${labelOf(item.tierDecision.tier)} for version ${item.tierDecision.forVersion})`
                            : ''}
                        </span>
                      ) : null}
                    </td>
                    <td data-label="Submitted">{formatDateTime(item.submittedAt)}</td>
                    <td data-label="Actions">
                      {/* Submissions the chair is conflicted with (their own too) never reach this list. */}
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`${actionLabel(item.tierStatus)} of ${item.title}`}
                        onClick={() => {
                          setNotice('');
                          setDialogFor({ ...item, latestVersion });
                        }}
                      >
                        {actionLabel(item.tierStatus)}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {data && total > 0 ? (
        <nav className="pagination" aria-label="Pages">
          <button
            type="button"
            className="button button--small"
            disabled={page <= 1}
            onClick={() => goToPage(Math.min(page - 1, pages))}
          >
            Previous page
          </button>
          <span>
            {beyondLastPage ? `Page ${page} (the last page is ${pages})` : `Page ${page} of ${pages}`}
          </span>
          <button
            type="button"
            className="button button--small"
            disabled={page >= pages}
            onClick={() => goToPage(page + 1)}
          >
            Next page
          </button>
        </nav>
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
