// A venue's public release registry (`/registry/:venueId`): the work it approved, newest first,
// each with its state and how its releases stand, and a form for reports about the venue in general.
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Loading } from '../../components/Loading';
import { QueryState } from '../../components/QueryState';
import { Badge } from '../../components/TierBadge';
import type { PublicApprovalFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { APPROVAL_STATE_TONES } from '../approvals/approvalWords';
import { IncidentReportForm } from './IncidentReportForm';
import { PublicNotFound } from './PublicNotFound';
import { releaseSummary } from './publicWords';
import { PublicApprovalsQuery, RegistryVenuesQuery } from './registry.operations';
import './registry.css';

export function RegistryPage() {
  const { venueId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PublicApprovalsQuery, { variables: { venueId } });
  const approvals = data?.publicApprovals;
  // The approvals name their venue; an empty registry needs the public venue list for its name.
  const venues = useQuery(RegistryVenuesQuery, { skip: !approvals || approvals.length > 0 });
  const first = approvals?.[0];
  const listed = venues.data?.venues.find((v) => v.id === venueId);
  const venue = first
    ? { name: first.venueName, shortName: first.venueShortName }
    : listed
      ? { name: listed.name, shortName: listed.shortName }
      : null;
  useDocumentTitle(venue ? `Release registry of ${venue.shortName}` : 'Release registry');

  if (!approvals) {
    if (error && describeError(error).code === 'NOT_FOUND') {
      return (
        <PublicNotFound title="No such venue">
          <p>No venue has this address, so there is no release registry here.</p>
        </PublicNotFound>
      );
    }
    return (
      <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading the release registry…" />
    );
  }
  if (!venue && venues.loading) return <Loading label="Loading the release registry…" />;
  const shortName = venue?.shortName ?? 'this venue';

  return (
    <div className="stack registry">
      <header className="page-header">
        <div>
          <p className="public-approval__eyebrow muted">Release registry</p>
          <h1>
            {venue ? (
              <>
                {venue.name} <span className="muted">({venue.shortName})</span>
              </>
            ) : (
              'Release registry'
            )}
          </h1>
          <p className="muted">
            The work {shortName} approved, newest first, with how each artifact may be released. Anyone may
            read it and report misuse.
          </p>
        </div>
      </header>

      {approvals.length === 0 ? (
        <div className="card empty" role="status">
          <h2>No approved work yet</h2>
          <p>When the committee approves work, it appears here with its release plan.</p>
        </div>
      ) : (
        <section className="card" aria-labelledby="registry-title">
          <h2 id="registry-title">
            {approvals.length === 1 ? 'One approved work' : `${approvals.length} approved works`}
          </h2>
          <RegistryTable approvals={approvals} />
        </section>
      )}

      <IncidentReportForm
        target={{ venueId }}
        venueShortName={shortName}
        title="Report a concern about this venue"
      >
        <p>
          For a concern that is not about one approved work: for example, work from {shortName} released
          without review. About one approved work? Use the form on its page.
        </p>
      </IncidentReportForm>
    </div>
  );
}

function RegistryTable({ approvals }: { approvals: readonly PublicApprovalFieldsFragment[] }) {
  return (
    <div className="table-wrap">
      <table className="table table--stack registry-list">
        <thead>
          <tr>
            <th scope="col">Approved work</th>
            <th scope="col">Decision</th>
            <th scope="col">State</th>
            <th scope="col">Approved on</th>
            <th scope="col">Releases</th>
          </tr>
        </thead>
        <tbody>
          {approvals.map((approval) => {
            const releases = releaseSummary(approval);
            return (
              <tr key={approval.id}>
                <td data-label="Approved work" className="break-anywhere">
                  <Link to={`/approvals/${approval.id}`}>{approval.title}</Link>
                </td>
                <td data-label="Decision">{approval.outcomeLabel}</td>
                <td data-label="State">
                  <Badge tone={APPROVAL_STATE_TONES[approval.state]}>{approval.stateLabel}</Badge>
                </td>
                <td data-label="Approved on">{formatDate(approval.approvedAt)}</td>
                <td data-label="Releases">
                  <span className="registry-list__releases">
                    {releases.artifacts}
                    {releases.suspended ? <Badge tone="warning">{releases.suspended}</Badge> : null}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
