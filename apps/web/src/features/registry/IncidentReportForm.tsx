// The incident report anyone can send, no account needed: about one approved work (its public
// page) or about a venue in general (its registry). The same domain check the server runs goes
// first; the report only counts once the reporter opens the link mailed to them.
import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { MAX_INCIDENT_TEXT, MIN_INCIDENT_TEXT, validateIncidentReport } from '@impact-review/domain';
import { FormError, TextAreaField, TextField } from '../../components/FormFields';
import { countOf } from '../../lib/format';
import { useMutationForm } from '../../lib/useMutationForm';
import { EvidenceLinksField, LINK_PATH, linkRow, type LinkRow } from './EvidenceLinksField';
import { ReportIncidentMutation } from './registry.operations';
import './registry.css';

/** What the report is about: one approved work, or the venue in general. */
export type IncidentReportTarget =
  { approvalId: string; venueId?: never } | { venueId: string; approvalId?: never };

/** "12 characters — 18 more needed" while short, the limit once enough is written. */
export function characterCount(text: string): { text: string; ok: boolean } {
  const n = text.trim().length;
  if (n < MIN_INCIDENT_TEXT)
    return { text: `${countOf(n, 'character')} — ${MIN_INCIDENT_TEXT - n} more needed`, ok: false };
  const max = MAX_INCIDENT_TEXT.toLocaleString('en');
  if (n > MAX_INCIDENT_TEXT)
    return {
      text: `${countOf(n, 'character')} — ${(n - MAX_INCIDENT_TEXT).toLocaleString('en')} over the limit of ${max}`,
      ok: false,
    };
  return { text: `${countOf(n, 'character')} (at most ${max})`, ok: true };
}

export function IncidentReportForm({
  target,
  venueShortName,
  title,
  children,
}: {
  target: IncidentReportTarget;
  /** Whose chairs read the report, for the privacy note. */
  venueShortName: string;
  title: string;
  /** What to report here, under the heading. */
  children?: ReactNode;
}) {
  const ids = useId();
  const [report] = useMutation(ReportIncidentMutation);
  const form = useMutationForm();
  const [whatHappened, setWhatHappened] = useState('');
  const [links, setLinks] = useState<LinkRow[]>(() => [linkRow()]);
  const [email, setEmail] = useState('');
  const [shareWithAuthors, setShareWithAuthors] = useState(false);
  const [receipt, setReceipt] = useState<string | null>(null);
  const receiptRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (receipt) receiptRef.current?.focus();
  }, [receipt]);

  const values = () => ({
    whatHappened,
    // Empty rows go too: the server skips them, and each row keeps the index its errors name.
    evidenceLinks: links.map((row) => row.url.trim()),
    email: email.trim(),
    shareWithAuthors,
  });

  const count = characterCount(whatHappened);
  const shown = (path: string) =>
    ['whatHappened', 'email', 'evidenceLinks'].includes(path) || LINK_PATH.test(path);
  const unplaced = Object.entries(form.fieldErrors)
    .filter(([path]) => !shown(path))
    .map(([, message]) => message);

  return (
    <section className="card incident-report" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{title}</h2>
      {children}
      <div role="status" aria-live="polite">
        {receipt ? (
          <div ref={receiptRef} tabIndex={-1} className="alert alert--success">
            <h3 className="h3">Check your inbox</h3>
            <p>{receipt}</p>
            <p className="small">The mail can take a few minutes; look in your spam folder too.</p>
          </div>
        ) : null}
      </div>
      <div className="incident-report__body">
        <form
          noValidate
          ref={form.formRef}
          onSubmit={(event) => {
            event.preventDefault();
            setReceipt(null);
            const input = values();
            void form.submit({
              validate: () => validateIncidentReport(input),
              mutate: () =>
                report({
                  variables: {
                    input: {
                      approvalId: target.approvalId ?? null,
                      venueId: target.venueId ?? null,
                      ...input,
                    },
                  },
                }),
              pathPrefix: 'input.',
              onSuccess: (result) => {
                if (!result.data) return;
                setWhatHappened('');
                setLinks([linkRow()]);
                setEmail('');
                setShareWithAuthors(false);
                setReceipt(result.data.reportIncident.message);
              },
            });
          }}
        >
          <FormError message={form.formError} problems={unplaced} />
          <TextAreaField
            label="What happened"
            name="whatHappened"
            required
            rows={6}
            hint={
              <>
                {target.approvalId
                  ? 'What you saw, where and when, and how it relates to this work.'
                  : 'What you saw, where and when, and which work it concerns.'}{' '}
                <span className={`incident-count${count.ok ? '' : ' incident-count--short'}`}>
                  {count.text}
                </span>
              </>
            }
            value={whatHappened}
            error={form.errorFor('whatHappened')}
            onChange={(event) => {
              setWhatHappened(event.target.value);
              form.clearField('whatHappened');
            }}
          />

          <EvidenceLinksField
            rows={links}
            onChange={setLinks}
            errorFor={form.errorFor}
            clearErrors={(index) => {
              if (index !== 'all') return form.clearField(`evidenceLinks.${index}`);
              for (const path of Object.keys(form.fieldErrors))
                if (LINK_PATH.test(path)) form.clearField(path);
              form.clearField('evidenceLinks');
            }}
          />

          <TextField
            label="Your e-mail address"
            type="email"
            name="email"
            autoComplete="email"
            required
            hint="We send a link to confirm the report here, and the committee’s answer."
            value={email}
            error={form.errorFor('email')}
            onChange={(event) => {
              setEmail(event.target.value);
              form.clearField('email');
            }}
          />
          <div className="field">
            <label className="choice incident-share">
              <input
                type="checkbox"
                name="shareWithAuthors"
                checked={shareWithAuthors}
                aria-describedby={`${ids}-share-hint`}
                onChange={(event) => setShareWithAuthors(event.target.checked)}
              />
              <span>The authors may learn my e-mail address</span>
            </label>
            <p id={`${ids}-share-hint`} className="field__hint">
              Leave this unticked to stay unknown to the authors. Tick it if they may write to you about the
              report when the committee asks them about it.
            </p>
          </div>
          <p className="incident-privacy small">
            Your report is confidential to the chairs of {venueShortName}. Your address is used only to
            confirm the report and to answer you.
          </p>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={form.submitting}>
              {form.submitting ? 'Sending…' : 'Send the report'}
            </button>
          </div>
        </form>
        <aside className="incident-report__next" aria-labelledby={`${ids}-next`}>
          <h3 id={`${ids}-next`}>What happens next</h3>
          <ol>
            <li>We email you a link. The report counts once you open it, within 48 hours.</li>
            <li>The chairs of {venueShortName} read it; it is confidential to them.</li>
            <li>
              They may ask the authors about it (without your address, unless you ticked the box), review the
              approval again or suspend releases. They answer you by email.
            </li>
          </ol>
        </aside>
      </div>
    </section>
  );
}
