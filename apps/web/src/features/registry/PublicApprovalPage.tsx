// An approved work's public page (`/approvals/:id`), for anyone, signed in or not: what the
// committee approved and how each artifact may be released, its state in words, and the form to
// report misuse or a new risk to the venue's chairs.
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { QueryState } from '../../components/QueryState';
import { Badge } from '../../components/TierBadge';
import { describeError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { APPROVAL_STATE_TONES } from '../approvals/approvalWords';
import { IncidentReportForm } from './IncidentReportForm';
import { PublicNotFound } from './PublicNotFound';
import { publicStateSentence } from './publicWords';
import { PublicApprovalQuery } from './registry.operations';
import { ReleasePlanTable } from './ReleasePlanTable';
import './registry.css';

export function PublicApprovalPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PublicApprovalQuery, { variables: { id } });
  useDocumentTitle(data?.publicApproval.title ?? 'Approved work');

  if (!data) {
    if (error && describeError(error).code === 'NOT_FOUND') {
      return (
        <PublicNotFound title="No such approved work">
          <p>
            No approved work has this address. The link may be incomplete; check it against the one you were
            given.
          </p>
        </PublicNotFound>
      );
    }
    return <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading the approved work…" />;
  }
  const approval = data.publicApproval;
  const tone = APPROVAL_STATE_TONES[approval.state];
  const sentence = publicStateSentence(approval);
  const registry = `/registry/${approval.venueId}`;

  return (
    <div className="stack public-approval">
      <header className="page-header">
        <div>
          <p className="public-approval__eyebrow">
            <Link to={registry}>Release registry of {approval.venueShortName}</Link>
          </p>
          <h1>{approval.title}</h1>
          <p className="public-approval__summary">
            <Badge tone={tone}>{approval.stateLabel}</Badge>
          </p>
        </div>
      </header>

      <section className="card stack" aria-labelledby="public-approval-title">
        <h2 id="public-approval-title">Approval</h2>
        {sentence ? (
          <p className={`public-approval__consequence public-approval__consequence--${tone}`}>{sentence}</p>
        ) : null}
        <dl className="details public-approval__facts">
          <dt>Venue</dt>
          <dd>
            {approval.venueName} ({approval.venueShortName})
          </dd>
          <dt>Decision</dt>
          <dd>{approval.outcomeLabel}</dd>
          <dt>Approved on</dt>
          <dd>{formatDate(approval.approvedAt)}</dd>
        </dl>
        <p className="muted small">
          The registry shows the decision and the release plan; the impact statement and its reviews stay with
          the committee. <Link to={registry}>All approved work of {approval.venueShortName}</Link>
        </p>
      </section>

      <section className="card" aria-labelledby="release-plan-title">
        <h2 id="release-plan-title">Release plan</h2>
        <p className="muted">
          What the committee approved for each artifact: what is released, when, and to whom.
        </p>
        <ReleasePlanTable approval={approval} />
      </section>

      <IncidentReportForm
        target={{ approvalId: approval.id }}
        venueShortName={approval.venueShortName}
        title="Report misuse or a new risk"
      >
        <p>
          Seen this work misused, or learned of a risk the committee should know about? Tell the chairs of{' '}
          {approval.venueShortName}. You need no account.
        </p>
      </IncidentReportForm>
    </div>
  );
}
