// Chairs invite a whole reviewer pool at once from a CSV (a file or pasted text) and read what
// happened to each line. The invitations go out in a job: the page follows its progress (a large
// pool takes most of a minute) and then shows the report.
import { useEffect, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { TextAreaField } from '../../components/FormFields';
import type { PoolImportFieldsFragment as Report } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { ImportReviewerPoolMutation, PoolImportQuery } from './reviewers.operations';

export function PoolImport({ venueId }: { venueId: string }) {
  const [csv, setCsv] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const client = useApolloClient();
  const [importPool, { loading }] = useMutation(ImportReviewerPoolMutation);
  const running = report?.state === 'running';
  const progress = useQuery(PoolImportQuery, { variables: { id: report?.id ?? '' }, skip: !running, pollInterval: 1000 });
  const polled = progress.data?.poolImport;
  useEffect(() => {
    if (!polled || polled.id !== report?.id || report.state !== 'running') return;
    setReport(polled);
    // Finished: the members tab's list of invitations shows the new ones.
    if (polled.state !== 'running') void client.refetchQueries({ include: ['VenueMembers'] });
  }, [polled, report, client]);

  const run = async () => {
    setFailure(null);
    setReport(null);
    try {
      const result = await importPool({ variables: { venueId, csv } });
      const started = result.data?.importReviewerPool;
      if (started) {
        setReport(started);
        if (started.state !== 'running') void client.refetchQueries({ include: ['VenueMembers'] });
      }
    } catch (error) {
      setFailure(describeError(error).message);
    }
  };

  return (
    <section className="card" aria-labelledby="pool-import-title">
      <h2 id="pool-import-title">Invite a reviewer pool</h2>
      <p className="muted small">
        A CSV with the columns <code>name,email,kind,areas</code>: kind is expert or community; areas are the venue’s, separated by
        semicolons. Each good line gets an invitation; the areas start the reviewer’s profile.
      </p>
      <div className="field">
        <label className="field__label" htmlFor="pool-file">
          CSV file
        </label>
        <input
          id="pool-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void file.text().then(setCsv);
          }}
        />
      </div>
      <TextAreaField label="Or paste it" rows={5} value={csv} onChange={(event) => setCsv(event.target.value)} />
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={csv.trim() === '' || loading || running} onClick={() => void run()}>
          {loading || running ? 'Sending invitations…' : 'Send the invitations'}
        </button>
      </div>
      {failure ? (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      ) : null}
      {report && running ? (
        <div role="status" className="stack">
          <label htmlFor="pool-import-progress">
            Sending invitations: {report.done} of {report.total} lines handled
            {report.refused.length > 0 ? ` (${report.refused.length} refused already)` : ''}.
          </label>
          <progress id="pool-import-progress" max={Math.max(1, report.total)} value={report.done} />
        </div>
      ) : null}
      {report && report.state === 'failed' ? (
        <p className="alert alert--error" role="alert">
          The import stopped after {report.done} of {report.total} lines: {report.error}. The invitations sent are listed below; import the
          file again to send the rest (those already invited are skipped).
        </p>
      ) : null}
      {report && !running ? (
        <div role="status" className="stack">
          <p>
            <strong>{report.sent.length}</strong> sent, <strong>{report.skipped.length}</strong> skipped,{' '}
            <strong>{report.refused.length}</strong> refused.
          </p>
          {[
            ['Sent', report.sent.map((l) => ({ line: l.line, text: `${l.detail} <${l.email}>` }))],
            ['Skipped', report.skipped.map((l) => ({ line: l.line, text: `${l.email}: ${l.detail}` }))],
            ['Refused', report.refused.map((l) => ({ line: l.line, text: l.detail }))],
          ].map(([title, lines]) =>
            (lines as { line: number; text: string }[]).length > 0 ? (
              <div key={title as string}>
                <h3>{title as string}</h3>
                <ul>
                  {(lines as { line: number; text: string }[]).map((l) => (
                    <li key={l.line}>
                      Line {l.line}: {l.text}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null,
          )}
        </div>
      ) : null}
    </section>
  );
}
