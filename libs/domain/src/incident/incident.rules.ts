// Incident reports from the public: anyone reports misuse of, or new risk from, approved work,
// without an account; the report counts once its e-mail address is confirmed by a link; a chair
// triages it (dismiss with a reason, ask the authors, open a re-evaluation, suspend at once) and
// the reporter gets a final answer. Reporters stay unknown to the authors unless they agree.
import { validateEmail } from '../account/account.rules';
import type { FieldError } from '../statement/impact-statement.types';

export const INCIDENT_STATES = ['unconfirmed', 'open', 'asked_authors', 'reevaluating', 'resolved', 'dismissed'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

export const INCIDENT_STATE_LABELS: Readonly<Record<IncidentState, string>> = {
  unconfirmed: 'Waiting for the reporter to confirm the e-mail address',
  open: 'Open',
  asked_authors: 'The authors were asked',
  reevaluating: 'Under re-evaluation',
  resolved: 'Resolved',
  dismissed: 'Dismissed',
};

export const TRIAGE_ACTIONS = ['dismiss', 'ask_authors', 'open_reevaluation', 'suspend', 'resolve'] as const;
export type TriageAction = (typeof TRIAGE_ACTIONS)[number];

export const TRIAGE_ACTION_LABELS: Readonly<Record<TriageAction, string>> = {
  dismiss: 'Dismiss',
  ask_authors: 'Ask the authors',
  open_reevaluation: 'Open a re-evaluation',
  suspend: 'Suspend at once',
  resolve: 'Resolve with a final answer',
};

interface TriageRule {
  readonly from: readonly IncidentState[];
  readonly to: IncidentState;
  /** Needs an approval (a report about a venue in general cannot suspend anything). */
  readonly needsApproval: boolean;
  /** Ends the report: the reporter gets the final answer. */
  readonly final: boolean;
}

export const TRIAGE_RULES: Readonly<Record<TriageAction, TriageRule>> = {
  dismiss: { from: ['open', 'asked_authors', 'reevaluating'], to: 'dismissed', needsApproval: false, final: true },
  ask_authors: { from: ['open'], to: 'asked_authors', needsApproval: true, final: false },
  open_reevaluation: { from: ['open', 'asked_authors'], to: 'reevaluating', needsApproval: true, final: false },
  suspend: { from: ['open', 'asked_authors', 'reevaluating'], to: 'resolved', needsApproval: true, final: true },
  resolve: { from: ['open', 'asked_authors', 'reevaluating'], to: 'resolved', needsApproval: false, final: true },
};

export interface IncidentReportInput {
  readonly whatHappened: string;
  readonly evidenceLinks: readonly string[];
  readonly email: string;
  readonly shareWithAuthors: boolean;
}

export const MIN_INCIDENT_TEXT = 30;
export const MAX_INCIDENT_TEXT = 5000;
export const MAX_EVIDENCE_LINKS = 10;
export const MAX_TRIAGE_TEXT = 4000;

function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Every reason a report cannot be taken, on paths like `whatHappened` and `evidenceLinks.2`. */
export function validateIncidentReport(input: IncidentReportInput): FieldError[] {
  const errors: FieldError[] = [];
  const text = input.whatHappened.trim();
  if (text.length < MIN_INCIDENT_TEXT)
    errors.push({ path: 'whatHappened', message: `Say what happened, in a few sentences (at least ${MIN_INCIDENT_TEXT} characters).` });
  else if (text.length > MAX_INCIDENT_TEXT)
    errors.push({ path: 'whatHappened', message: `Keep the report under ${MAX_INCIDENT_TEXT.toLocaleString('en')} characters; link to the rest.` });
  const links = input.evidenceLinks.map((l) => l.trim()).filter((l) => l !== '');
  if (links.length > MAX_EVIDENCE_LINKS)
    errors.push({ path: 'evidenceLinks', message: `Give at most ${MAX_EVIDENCE_LINKS} links.` });
  input.evidenceLinks.forEach((link, i) => {
    if (link.trim() !== '' && !isWebLink(link.trim()))
      errors.push({ path: `evidenceLinks.${i}`, message: 'Give a web address starting with https:// (or http://).' });
  });
  errors.push(...validateEmail(input.email));
  return errors;
}

export interface TriageInput {
  readonly action: TriageAction;
  /** For the committee's record (and the authors, when asked). */
  readonly reason: string;
  /** The final answer the reporter gets (dismiss, suspend, resolve). */
  readonly answer: string;
}

/** Whether a chair may take `action` on a report in `state` (about an approval or not), and what it needs. */
export function validateTriage(state: IncidentState, hasApproval: boolean, input: TriageInput): FieldError[] {
  const rule = TRIAGE_RULES[input.action];
  if (!rule) return [{ path: 'action', message: 'Choose what to do with the report.' }];
  if (!rule.from.includes(state))
    return [{ path: 'action', message: `A report that is ${INCIDENT_STATE_LABELS[state].toLowerCase()} cannot be handled so.` }];
  if (rule.needsApproval && !hasApproval)
    return [{ path: 'action', message: 'This report is about the venue in general, not an approved work: it can only be answered.' }];
  const errors: FieldError[] = [];
  const reason = input.reason.trim();
  if (reason.length < 10) errors.push({ path: 'reason', message: 'Give the reason, in a sentence or more (at least 10 characters).' });
  else if (reason.length > MAX_TRIAGE_TEXT) errors.push({ path: 'reason', message: `Keep this under ${MAX_TRIAGE_TEXT.toLocaleString('en')} characters.` });
  const answer = input.answer.trim();
  if (rule.final && answer.length < 10)
    errors.push({ path: 'answer', message: 'Write the answer the reporter gets (at least 10 characters).' });
  else if (answer.length > MAX_TRIAGE_TEXT) errors.push({ path: 'answer', message: `Keep this under ${MAX_TRIAGE_TEXT.toLocaleString('en')} characters.` });
  return errors;
}
