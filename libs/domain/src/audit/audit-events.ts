// Every change to a venue's work is an event in the venue's tamper-evident log. This is the
// catalogue of kinds, what each is called, and who may read which: the log holds everything, each
// reader sees the events the policy allows (others' entries are exported as hashes only).

export const AUDIT_EVENT_KINDS = [
  'venue.created',
  'venue.changed',
  'venue.affiliation_decided',
  'invitation.sent',
  'invitation.resent',
  'invitation.accepted',
  'invitation.declined',
  'invitation.revoked',
  'role.granted',
  'submission.registered',
  'submission.revision_started',
  'submission.version_submitted',
  'tier.suggested',
  'tier.confirmed',
  'tier.overridden',
] as const;
export type AuditEventKind = (typeof AUDIT_EVENT_KINDS)[number];

export const AUDIT_OBJECT_TYPES = ['venue', 'invitation', 'membership', 'submission'] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

export const AUDIT_EVENT_LABELS: Readonly<Record<AuditEventKind, string>> = {
  'venue.created': 'Venue created',
  'venue.changed': 'Venue settings changed',
  'venue.affiliation_decided': 'Workshop request decided',
  'invitation.sent': 'Invitation sent',
  'invitation.resent': 'Invitation sent again',
  'invitation.accepted': 'Invitation accepted',
  'invitation.declined': 'Invitation declined',
  'invitation.revoked': 'Invitation revoked',
  'role.granted': 'Role granted',
  'submission.registered': 'Submission registered',
  'submission.revision_started': 'Revision started',
  'submission.version_submitted': 'Version submitted',
  'tier.suggested': 'Tier suggested',
  'tier.confirmed': 'Tier confirmed',
  'tier.overridden': 'Tier overridden',
};

/** Draft work stays with its authors: chairs never learn from the log that a draft exists. */
const AUTHORS_ONLY: ReadonlySet<AuditEventKind> = new Set([
  'submission.registered',
  'submission.revision_started',
]);

export function isAuditEventKind(value: unknown): value is AuditEventKind {
  return typeof value === 'string' && (AUDIT_EVENT_KINDS as readonly string[]).includes(value);
}

/** What the policy needs to know about the reader and one event. */
export interface AuditViewFacts {
  /** The reader chairs the venue of the event. */
  chairsVenue: boolean;
  /** The event is about a submission, and the reader is one of its authors. */
  authorsSubject: boolean;
}

/**
 * Chairs read the venue's log except draft events; authors read every event about their own
 * submissions (and nothing else); everyone else reads nothing.
 */
export function canViewAuditEvent(facts: AuditViewFacts, kind: AuditEventKind): boolean {
  if (facts.authorsSubject) return true;
  return facts.chairsVenue && !AUTHORS_ONLY.has(kind);
}

/** The kinds a chair's view of the venue log leaves out (for queries and counts). */
export function auditKindsHiddenFromChairs(): AuditEventKind[] {
  return AUDIT_EVENT_KINDS.filter((kind) => AUTHORS_ONLY.has(kind));
}
