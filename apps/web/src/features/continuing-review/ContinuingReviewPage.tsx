// The chairs' continuing-review page of a venue: its approvals by state now (tiles) and over the
// last 12 months (stacked bars), the approvals that need the committee (due in the next 90 days,
// under re-evaluation, lapsed, suspended), the incident reports with their triage, and the external
// events that re-open approvals waiting for them.
import { useQuery } from '@apollo/client/react';
import { APPROVAL_STATE_LABELS, APPROVAL_STATES } from '@impact-review/domain';
import { QueryState } from '../../components/QueryState';
import { countOf, formatDate } from '../../lib/format';
import { ApprovalList, expiresIn, ReportFiled } from './ApprovalList';
import { ApprovalStateChart, countsAt } from './ApprovalStateChart';
import { ContinuingReviewQuery } from './continuing-review.operations';
import { ExternalEventForm } from './ExternalEventForm';
import { IncidentReports } from './IncidentReports';
import './continuing-review.css';

export function ContinuingReviewPage({ venueId }: { venueId: string }) {
  const query = useQuery(ContinuingReviewQuery, { variables: { venueId }, fetchPolicy: 'cache-and-network' });
  const { data, refetch } = query;
  if (!data) return <QueryState query={query} loadingLabel="Loading the continuing review…" />;
  const dashboard = data.venue.continuingReview;
  if (!dashboard)
    return (
      <p className="alert alert--info" role="status">
        Only the chairs of {data.venue.shortName} see its continuing review and incident reports.
      </p>
    );
  const counts = countsAt(dashboard);
  const total = APPROVAL_STATES.reduce((sum, s) => sum + counts[s], 0);
  const everHad = dashboard.series.some((point) => point.counts.some((c) => c.count > 0));

  return (
    <div className="stack continuing-review-page">
      <section className="card stack" aria-labelledby="continuing-review-page-title">
        <div className="card__header">
          <h2 id="continuing-review-page-title">Continuing review</h2>
          <p className="muted small">{countOf(total, 'approval')}</p>
        </div>
        <p className="muted small">Approvals of statements you wrote or are conflicted with are left out.</p>
        <ul className="plain-list stat-tiles" aria-label="Approvals by state now">
          {APPROVAL_STATES.map((state) => (
            <li key={state} className="stat-tile">
              <span className={`stat-tile__swatch state-part--${state}`} aria-hidden="true" />
              <span className="stat-tile__count">{counts[state]}</span>
              <span className="stat-tile__label">{APPROVAL_STATE_LABELS[state]}</span>
            </li>
          ))}
        </ul>
        {everHad ? (
          <ApprovalStateChart series={dashboard.series} />
        ) : (
          <p className="muted">
            No approvals in the last 12 months. Once a decision sent to authors creates one, this shows how
            the venue’s approvals move between states month by month.
          </p>
        )}
      </section>

      <div className="approval-lists">
        <ApprovalList
          id="due-soon-title"
          title="Due in the next 90 days"
          items={dashboard.dueSoon}
          empty="No approval expires in the next 90 days."
          detail={(item) => (
            <>
              {expiresIn(item)} <ReportFiled filed={item.reportFiled} />
            </>
          )}
        />
        <ApprovalList
          id="under-reevaluation-title"
          title="Under re-evaluation"
          items={dashboard.underReevaluation}
          empty="No approval is under re-evaluation."
          detail={(item) => (
            <>
              <ReportFiled filed={item.reportFiled} />{' '}
              {item.expiresAt ? `Decide before ${formatDate(item.expiresAt)}.` : ''}
            </>
          )}
        />
        <ApprovalList
          id="lapsed-title"
          title="Lapsed"
          items={dashboard.lapsed}
          empty="No approval lapsed: every continuing review was decided in time."
          detail={(item) =>
            `Lapsed on ${formatDate(item.expiresAt)} without a continuing-review decision; work under it is paused.`
          }
        />
        <ApprovalList
          id="suspended-title"
          title="Suspended"
          items={dashboard.suspended}
          empty="No approval is suspended."
          detail={(item) => `${expiresIn(item)}. Reinstate or terminate it from its statement.`}
        />
      </div>

      <IncidentReports incidents={data.venue.incidents} onStale={refetch} />

      <ExternalEventForm venueId={venueId} approvals={data.venue.eventedApprovals} />
    </div>
  );
}
