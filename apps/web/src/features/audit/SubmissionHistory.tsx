import { useQuery } from '@apollo/client/react';
import { AuditEventList } from './AuditEventList';
import { SubmissionHistoryQuery } from './audit.operations';
import './audit.css';

/** A submission's own history, as the reader may see it (the API decides which events). */
export function SubmissionHistory({ submissionId }: { submissionId: string }) {
  const { data, loading, error } = useQuery(SubmissionHistoryQuery, {
    variables: { id: submissionId },
    fetchPolicy: 'cache-and-network',
  });
  if (error || (loading && !data)) return null;
  const events = data?.submission.history ?? [];
  return (
    <section className="card" aria-labelledby="submission-history-title">
      <details>
        <summary>
          <h2 id="submission-history-title" className="inline-heading">
            History ({events.length})
          </h2>
        </summary>
        {events.length === 0 ? (
          <p className="muted">Nothing recorded yet.</p>
        ) : (
          <AuditEventList events={events} />
        )}
      </details>
    </section>
  );
}
