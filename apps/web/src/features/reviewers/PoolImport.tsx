// Chairs invite a whole reviewer pool at once from a CSV (a file or pasted text) and read what
// happened to each line.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { TextAreaField } from '../../components/FormFields';
import type { ImportReviewerPoolMutation as ImportResult } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { ImportReviewerPoolMutation } from './reviewers.operations';

type Report = ImportResult['importReviewerPool'];

export function PoolImport({ venueId }: { venueId: string }) {
  const [csv, setCsv] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The members tab's list of invitations shows the new ones.
  const [importPool, { loading }] = useMutation(ImportReviewerPoolMutation, { refetchQueries: ['VenueMembers'] });

  const run = async () => {
    setFailure(null);
    setReport(null);
    try {
      const result = await importPool({ variables: { venueId, csv } });
      if (result.data) setReport(result.data.importReviewerPool);
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
        <button type="button" className="button button--primary" disabled={csv.trim() === '' || loading} onClick={() => void run()}>
          {loading ? 'Sending invitations…' : 'Send the invitations'}
        </button>
      </div>
      {failure ? (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      ) : null}
      {report ? (
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
