// The venue's confirmed incident reports, newest first, confidential to the chairs: each an
// <article id="incident-<id>"> (the chairs' notification mail links to it, and the page scrolls
// there), with what it is about, what happened, the evidence, the reporter and whether they may be
// named to the authors, the triage so far and the final answer; then the steps a chair may take.
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { TRIAGE_ACTION_LABELS, type IncidentState, type TriageAction } from '@impact-review/domain';
import { Badge } from '../../components/TierBadge';
import type { IncidentFieldsFragment } from '../../gql/graphql';
import { countOf, formatDateTime } from '../../lib/format';
import type { Tone } from '../approvals/approvalWords';
import { IncidentTriageForm } from './IncidentTriageForm';
// The approval panel's facts and action buttons, shared with the reports.
import '../approvals/approvals.css';

/** Amber while a chair has to act, blue while someone else is asked, settled once answered. */
const INCIDENT_STATE_TONES: Readonly<Record<IncidentState, Tone>> = {
  unconfirmed: 'neutral',
  open: 'warning',
  asked_authors: 'info',
  reevaluating: 'info',
  resolved: 'success',
  dismissed: 'neutral',
};

/** Newest first, whatever order they came in. */
export function newestFirst<T extends { createdAt: string }>(incidents: readonly T[]): T[] {
  return [...incidents].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function IncidentReports({
  incidents,
  onStale,
}: {
  incidents: readonly IncidentFieldsFragment[];
  /** Reloads the page after the server said a report changed in the meantime. */
  onStale: () => unknown;
}) {
  const { hash } = useLocation();
  const sorted = newestFirst(incidents);

  // A link to #incident-<id> (the chairs' mail) arrives before the reports do: once they are here,
  // the report it names is scrolled to and takes the focus.
  const loaded = incidents.length > 0;
  useEffect(() => {
    if (!loaded || !hash.startsWith('#incident-')) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView?.({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [hash, loaded]);

  return (
    <section className="card stack" aria-labelledby="incidents-title">
      <div className="card__header">
        <h2 id="incidents-title">Incident reports</h2>
        <p className="muted small">{countOf(incidents.length, 'confirmed report')}</p>
      </div>
      <p className="muted small">
        Confidential to the chairs. Reports about statements you wrote or are conflicted with are left out;
        reporters are named to the authors only when they agreed.
      </p>
      {sorted.length === 0 ? (
        <p className="muted">
          No incident reports. When someone reports misuse of, or a new risk from, an approved work (and
          confirms their address), the report appears here and the chairs are told by email.
        </p>
      ) : (
        sorted.map((incident) => (
          <IncidentArticle
            key={incident.id}
            incident={incident}
            targeted={hash === `#incident-${incident.id}`}
            onStale={onStale}
          />
        ))
      )}
    </section>
  );
}

function IncidentArticle({
  incident,
  targeted,
  onStale,
}: {
  incident: IncidentFieldsFragment;
  targeted: boolean;
  onStale: () => unknown;
}) {
  const [open, setOpen] = useState<TriageAction | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const base = `incident-${incident.id}`;
  // A form stays open only while the report (perhaps reloaded) still allows its step.
  const shown = open && incident.availableActions.includes(open) ? open : null;

  useEffect(() => {
    if (notice?.tone === 'success') noticeRef.current?.focus();
  }, [notice]);

  return (
    <article
      id={base}
      tabIndex={-1}
      className={`incident incident--${INCIDENT_STATE_TONES[incident.state]}${targeted ? ' incident--targeted' : ''}`}
      aria-labelledby={`${base}-title`}
    >
      <header className="incident__header">
        <h3 id={`${base}-title`}>{incident.reference}</h3>
        <Badge tone={INCIDENT_STATE_TONES[incident.state]}>{incident.stateLabel}</Badge>
      </header>
      <div role="status" aria-live="polite">
        {notice ? (
          <p ref={noticeRef} tabIndex={-1} className={`alert alert--${notice.tone}`}>
            {notice.text}
          </p>
        ) : null}
      </div>
      <dl className="approval__facts">
        <div>
          <dt>About</dt>
          <dd>
            {incident.submission ? (
              <Link to={`/submissions/${incident.submission.id}`} className="break-anywhere">
                {incident.submission.title}
              </Link>
            ) : (
              'The venue in general'
            )}
          </dd>
        </div>
        <div>
          <dt>Reported</dt>
          <dd>
            {formatDateTime(incident.createdAt)}
            {incident.confirmedAt ? `; address confirmed ${formatDateTime(incident.confirmedAt)}` : ''}
          </dd>
        </div>
        <div>
          <dt>Reporter</dt>
          <dd>
            <a href={`mailto:${incident.reporterEmail}`} className="break-anywhere">
              {incident.reporterEmail}
            </a>
            <span className="block small muted">
              {incident.shareWithAuthors
                ? 'Agreed to be named to the authors.'
                : 'Not to be named to the authors.'}
            </span>
          </dd>
        </div>
      </dl>

      <h4>What happened</h4>
      <p className="prose break-anywhere incident__text">{incident.whatHappened}</p>
      <h4>Evidence</h4>
      {incident.evidenceLinks.length === 0 ? (
        <p className="muted">No links were given.</p>
      ) : (
        <ul className="incident__links">
          {incident.evidenceLinks.map((link) => (
            <li key={link}>
              {/* Links from the public: never followed for ranking, never given this page. */}
              <a href={link} target="_blank" rel="noopener noreferrer nofollow" className="break-anywhere">
                {link}
              </a>
            </li>
          ))}
        </ul>
      )}

      <h4>Handled so far</h4>
      {incident.triage.length === 0 ? (
        <p className="muted">Nothing yet: no chair has acted on the report.</p>
      ) : (
        <ol className="incident__triage">
          {incident.triage.map((step, i) => (
            <li key={i}>
              <strong>{step.label}</strong>
              <span className="muted small">
                {' '}
                {step.by ? `by ${step.by.name}, ` : ''}
                {formatDateTime(step.at)}
              </span>
              <span className="block prose break-anywhere">{step.reason}</span>
            </li>
          ))}
        </ol>
      )}
      {incident.answer ? (
        <>
          <h4>Answer sent to the reporter</h4>
          <p className="prose break-anywhere incident__answer">{incident.answer}</p>
        </>
      ) : null}

      {incident.availableActions.length > 0 ? (
        <div
          ref={actionsRef}
          className="approval__actions"
          role="group"
          aria-label={`Handle ${incident.reference}`}
        >
          {incident.availableActions.map((action) => (
            <button
              key={action}
              type="button"
              data-action={action}
              className={`button button--small${action === 'suspend' ? ' button--danger' : ''}`}
              aria-expanded={shown === action}
              onClick={() => {
                setNotice(null);
                setOpen(shown === action ? null : action);
              }}
            >
              {TRIAGE_ACTION_LABELS[action]}…
            </button>
          ))}
        </div>
      ) : null}
      {shown ? (
        <IncidentTriageForm
          key={shown}
          incident={incident}
          action={shown}
          onDone={(text) => {
            setOpen(null);
            setNotice({ tone: 'success', text });
          }}
          onCancel={() => {
            setOpen(null);
            actionsRef.current?.querySelector<HTMLButtonElement>(`[data-action="${shown}"]`)?.focus();
          }}
          onStale={(message) => {
            setNotice({ tone: 'warning', text: `${message} What you see here is the report as it is now.` });
            void onStale();
          }}
        />
      ) : null}
    </article>
  );
}
