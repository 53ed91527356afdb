import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { TextAreaField } from '../../components/FormFields';
import type { AffiliationDecision, WorkshopRequestsQuery as WorkshopRequestsData } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { DecideWorkshopRequestMutation, VenueQuery, WorkshopRequestsQuery } from './venue.operations';
import './workshop-requests.css';

type Request = WorkshopRequestsData['venue']['workshopRequests'][number];

/** For chairs of a conference: workshops asking to be held at it, each to approve or decline. */
export function WorkshopRequests({ conferenceId }: { conferenceId: string }) {
  const { data } = useQuery(WorkshopRequestsQuery, { variables: { id: conferenceId } });
  const [notice, setNotice] = useState('');
  const requests = data?.venue.workshopRequests ?? [];
  if (requests.length === 0 && !notice) return null;

  return (
    <section className="card" aria-labelledby="requests-title">
      <h2 id="requests-title">Workshop requests</h2>
      <p className="muted">
        These workshops ask to be held at this conference. Until a chair approves, each is listed on its own.
      </p>
      <div aria-live="polite" role="status">
        {notice ? <p className="alert alert--success">{notice}</p> : null}
      </div>
      <ul className="request-list">
        {requests.map((request) => (
          <WorkshopRequestItem
            key={request.id}
            conferenceId={conferenceId}
            request={request}
            onDecided={setNotice}
          />
        ))}
      </ul>
    </section>
  );
}

function WorkshopRequestItem({
  conferenceId,
  request,
  onDecided,
}: {
  conferenceId: string;
  request: Request;
  onDecided: (notice: string) => void;
}) {
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [decide, { loading }] = useMutation(DecideWorkshopRequestMutation, {
    refetchQueries: [
      { query: WorkshopRequestsQuery, variables: { id: conferenceId } },
      { query: VenueQuery, variables: { id: conferenceId } },
    ],
  });
  const titleId = `request-${request.id}`;

  const answer = async (decision: AffiliationDecision) => {
    setProblem(null);
    try {
      await decide({ variables: { workshopId: request.id, decision, note: note.trim() || null } });
      onDecided(
        decision === 'approve'
          ? `${request.shortName} is now held at this conference.`
          : `You declined ${request.shortName}.`,
      );
    } catch (error) {
      const info = describeError(error);
      setProblem(info.fieldErrors[0]?.message ?? info.message);
    }
  };

  return (
    <li className="request-list__item" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {request.shortName} — {request.name}
      </h3>
      <p className="small muted">Asked on {formatDate(request.createdAt)}</p>
      {request.description ? <p>{request.description}</p> : null}
      <TextAreaField
        label={`Note to the chairs of ${request.shortName} (optional)`}
        name="note"
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      {problem ? (
        <p role="alert" className="alert alert--error">
          {problem}
        </p>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={loading}
          onClick={() => void answer('approve')}
        >
          Approve {request.shortName}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={loading}
          onClick={() => void answer('decline')}
        >
          Decline<span className="visually-hidden"> {request.shortName}</span>
        </button>
      </div>
    </li>
  );
}
