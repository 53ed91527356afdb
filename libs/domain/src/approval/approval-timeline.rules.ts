// An approval's timeline: its decision, re-evaluations, incidents, amendments and release-stage
// openings, oldest first, in words. Built from the log entries the reader may read (the access layer
// filters them before they come here) and from the release points of the plan, so the timeline
// shows authors no more than their statement's history does.
import { AUDIT_EVENT_LABELS, type AuditEventKind } from '../audit/audit-events';
import { DECISION_OUTCOME_LABELS } from '../decision/decision.rules';
import { TRIAGE_ACTION_LABELS } from '../incident/incident.rules';
import { REEVALUATION_OUTCOME_LABELS } from './reevaluation.rules';
import type { ReleasePoint } from './release-stages.rules';

export const TIMELINE_CATEGORIES = ['decision', 'reevaluation', 'incident', 'amendment', 'release', 'notice'] as const;
export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];

export const TIMELINE_CATEGORY_LABELS: Readonly<Record<TimelineCategory, string>> = {
  decision: 'Decision',
  reevaluation: 'Re-evaluation',
  incident: 'Incident',
  amendment: 'Amendment',
  release: 'Release',
  notice: 'Notice',
};

export interface TimelineLogEntry {
  readonly kind: AuditEventKind;
  readonly at: Date;
  readonly summary: Readonly<Record<string, unknown>>;
  /** Who acted, as the reader may see them; null for the schedule. */
  readonly actorName: string | null;
}

export interface TimelineEntry {
  /** The instant, or for a release the start of its day (UTC). */
  readonly at: Date;
  readonly category: TimelineCategory;
  readonly title: string;
  readonly detail: string;
  readonly actorName: string | null;
}

const CATEGORY_OF: Readonly<Partial<Record<AuditEventKind, TimelineCategory>>> = {
  'decision.sent': 'decision',
  'approval.created': 'decision',
  'approval.reevaluation_opened': 'reevaluation',
  'approval.report_submitted': 'reevaluation',
  'approval.recommended': 'reevaluation',
  'approval.continued': 'reevaluation',
  'approval.conditions_modified': 'reevaluation',
  'approval.stage_advanced': 'release',
  'approval.suspended': 'decision',
  'approval.reinstated': 'decision',
  'approval.terminated': 'decision',
  'approval.lapsed': 'notice',
  'approval.closed': 'decision',
  'approval.reminder_sent': 'notice',
  'amendment.requested': 'amendment',
  'amendment.recommended': 'amendment',
  'amendment.approved': 'amendment',
  'amendment.declined': 'amendment',
  'amendment.withdrawn': 'amendment',
  'incident.reported': 'incident',
  'incident.triaged': 'incident',
};

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function labelIn(labels: Readonly<Record<string, string>>, value: unknown): string {
  const key = text(value);
  return (labels[key] ?? key).toLowerCase();
}

function day(value: unknown): string {
  return typeof value === 'string' || value instanceof Date ? new Date(value).toISOString().slice(0, 10) : '';
}

function detailOf(entry: TimelineLogEntry, names: ReadonlyMap<string, string>): string {
  const s = entry.summary;
  const named = (keys: unknown) => (Array.isArray(keys) ? keys.map((k) => names.get(String(k)) ?? String(k)).join(', ') : '');
  switch (entry.kind) {
    case 'decision.sent':
      return `Outcome: ${labelIn(DECISION_OUTCOME_LABELS, s['outcome'])}.`;
    case 'approval.created':
      return s['expiresAt'] ? `Holds until ${day(s['expiresAt'])}.` : 'Does not expire.';
    case 'approval.reminder_sent':
      return `The reminder ${String(s['days'] ?? '')} days before expiry (on ${day(s['expiresAt'])}).`;
    case 'approval.report_submitted':
      return 'The authors filed their continuing-review report.';
    case 'approval.recommended':
      return `Recommended: ${labelIn(REEVALUATION_OUTCOME_LABELS, s['outcome'])}.`;
    case 'approval.stage_advanced': {
      const opened = Array.isArray(s['stagesOpened']) ? (s['stagesOpened'] as { artifactKey: string; stage: number }[]) : [];
      const which = opened.map((o) => `${names.get(o.artifactKey) ?? o.artifactKey}${o.stage > 0 ? `, stage ${o.stage + 1}` : ''}`).join('; ');
      return [which ? `Gate passed: ${which}.` : '', text(s['reason'])].filter(Boolean).join(' ');
    }
    case 'approval.suspended': {
      const which = named(s['artifactKeys']);
      return [which ? `Release suspended for: ${which}.` : 'The whole approval is suspended.', text(s['reason'])].filter(Boolean).join(' ');
    }
    case 'amendment.requested':
      return [text(s['changes']), text(s['tier']) === 'full' ? 'Needs full review.' : 'Reviewed as expedited.'].filter(Boolean).join(' ');
    case 'amendment.recommended':
      return `Recommended: ${text(s['decision']) === 'approve' ? 'approve' : 'decline'}.`;
    case 'incident.reported':
      return 'A member of the public reported an incident and confirmed their address.';
    case 'incident.triaged':
      return `Handled: ${labelIn(TRIAGE_ACTION_LABELS, s['action'])}.`;
    default:
      return text(s['reason']);
  }
}

/** Every entry, oldest first; entries at the same instant keep the log's order. */
export function approvalTimeline(input: {
  readonly log: readonly TimelineLogEntry[];
  readonly releasePoints: readonly ReleasePoint[];
  readonly artifactNames: ReadonlyMap<string, string>;
  /** Releases on the day of the grant (or of the decision passing their gate) are shown after it, not at the day's start. */
  readonly approvedAt?: Date;
}): TimelineEntry[] {
  const latest = (...dates: (Date | null | undefined)[]) =>
    dates.reduce<Date>((a, b) => (b && b.getTime() > a.getTime() ? b : a), new Date(0));
  const entries: TimelineEntry[] = [];
  for (const entry of input.log) {
    const category = CATEGORY_OF[entry.kind];
    if (!category) continue;
    entries.push({ at: entry.at, category, title: AUDIT_EVENT_LABELS[entry.kind], detail: detailOf(entry, input.artifactNames), actorName: entry.actorName });
  }
  for (const point of input.releasePoints) {
    const name = input.artifactNames.get(point.artifactKey) ?? point.artifactKey;
    const what = point.stage === null ? name : `${name}, ${point.label.charAt(0).toLowerCase()}${point.label.slice(1)}`;
    if (point.openedOn)
      // After what opened it: the grant, or the decision that passed its gate that day.
      entries.push({ at: latest(new Date(`${point.openedOn}T00:00:00Z`), input.approvedAt, point.gatePassedAt), category: 'release', title: `Release opened: ${what}`, detail: point.reason, actorName: null });
    else if (point.status === 'blocked' && point.date)
      entries.push({ at: new Date(`${point.date}T00:00:00Z`), category: 'release', title: `Release blocked: ${what}`, detail: point.reason, actorName: null });
  }
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => a.entry.at.getTime() - b.entry.at.getTime() || a.order - b.order)
    .map(({ entry }) => entry);
}
