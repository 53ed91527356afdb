import { useState } from 'react';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { AUDIT_EVENT_KINDS, AUDIT_EVENT_LABELS, auditKindsHiddenFromChairs } from '@impact-review/domain';
import { FormError, SelectField } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { AuditEventList } from './AuditEventList';
import { VenueHistoryQuery, VenueLogExportQuery } from './audit.operations';
import './audit.css';

const PAGE = 50;
const hidden = new Set<string>(auditKindsHiddenFromChairs());
const KIND_OPTIONS = [
  { value: '', label: 'Every kind' },
  ...AUDIT_EVENT_KINDS.filter((kind) => !hidden.has(kind)).map((kind) => ({
    value: kind,
    label: AUDIT_EVENT_LABELS[kind],
  })),
];

interface PickedFilter {
  actorId?: string;
  objectId?: string;
  label: string;
}

/** The venue's tamper-evident history for its chairs: filters, the signed checkpoint, and the export. */
export function VenueHistory({ venueId, shortName }: { venueId: string; shortName: string }) {
  const [kind, setKind] = useState('');
  const [picked, setPicked] = useState<PickedFilter | null>(null);
  const [offset, setOffset] = useState(0);
  const filter = { kind: kind || null, actorId: picked?.actorId ?? null, objectId: picked?.objectId ?? null };
  const { data, loading, error, refetch } = useQuery(VenueHistoryQuery, {
    variables: { venueId, filter, offset, limit: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [fetchExport, exported] = useLazyQuery(VenueLogExportQuery, { fetchPolicy: 'network-only' });
  const [downloadError, setDownloadError] = useState<string | null>(null);

  if (!data) return <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading the history…" />;
  const { venueHistory: page, venueLog } = data;
  const checkpoint = venueLog.checkpoint;

  const download = async () => {
    setDownloadError(null);
    try {
      const result = await fetchExport({ variables: { venueId } });
      const text = result.data?.venueLogExport;
      if (!text) throw result.error ?? new Error('The log could not be exported.');
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `impact-review-log-${shortName.replace(/[^A-Za-z0-9-]+/g, '-')}-${checkpoint?.size ?? 0}.json`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (failure) {
      setDownloadError(describeError(failure).message);
    }
  };

  return (
    <section className="stack venue-history" aria-labelledby="history-title">
      <div>
        <h2 id="history-title">History</h2>
        <p className="muted">
          Every change to this venue and its statements, in a log that cannot be altered without it showing:
          each entry is signed with the tree of everything before it.
        </p>
      </div>
      <div className="card stack">
        {checkpoint ? (
          <p className="small">
            <strong>{checkpoint.size}</strong> entries, last signed {formatDateTime(checkpoint.timestamp)}.
            Root <code title={checkpoint.root}>{checkpoint.root.slice(0, 16)}…</code>, key{' '}
            <code title={checkpoint.publicKey}>{checkpoint.publicKey.slice(0, 12)}…</code>
          </p>
        ) : (
          <p className="muted small">The log is empty.</p>
        )}
        <div className="row">
          <button
            type="button"
            className="button"
            onClick={download}
            disabled={exported.loading || !checkpoint}
          >
            {exported.loading ? 'Preparing…' : 'Download the log'}
          </button>
          <span className="muted small">
            Check it anywhere with <code>npm run audit:verify -- FILE</code>.
          </span>
        </div>
        <FormError message={downloadError} />
      </div>
      <div className="history-filters">
        <SelectField
          label="Kind of change"
          value={kind}
          options={KIND_OPTIONS}
          onChange={(event) => {
            setKind(event.target.value);
            setOffset(0);
          }}
        />
        {picked ? (
          <p className="chip" role="status">
            Only changes {picked.actorId ? picked.label : `to ${picked.label}`}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => setPicked(null)}
              aria-label="Show all changes again"
            >
              ✕
            </button>
          </p>
        ) : (
          <p className="muted small">Pick a name or an object in the list to see only its changes.</p>
        )}
      </div>
      <p className="muted small" aria-live="polite">
        {page.total === 0
          ? 'No changes match.'
          : `${offset + 1}–${Math.min(offset + PAGE, page.total)} of ${page.total} changes`}
      </p>
      <AuditEventList
        events={page.events}
        onFilter={(next) => {
          setPicked(next);
          setOffset(0);
        }}
      />
      {page.total > PAGE ? (
        <nav className="row" aria-label="History pages">
          <button
            type="button"
            className="button button--small"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE))}
          >
            Newer
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={offset + PAGE >= page.total}
            onClick={() => setOffset(offset + PAGE)}
          >
            Older
          </button>
        </nav>
      ) : null}
    </section>
  );
}
