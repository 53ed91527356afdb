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
  'conflict.declared',
  'conflict.withdrawn',
  'reviewer_profile.changed',
  'bid.placed',
  'matching.started',
  'matching.finished',
  'matching.cancelled',
  'assignment.proposed_edit',
  'assignment.committed',
  'assignment.accepted',
  'assignment.declined',
  'review.submitted',
  'review.released',
  'review.withdrawn',
  'review_form.changed',
  'discussion.commented',
  'response.submitted',
  'decision.recorded',
  'decision.referred',
  'decision.sent',
  'venue.decision_settings_changed',
] as const;
export type AuditEventKind = (typeof AUDIT_EVENT_KINDS)[number];

export const AUDIT_OBJECT_TYPES = ['venue', 'invitation', 'membership', 'submission', 'matching_run'] as const;
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
  'conflict.declared': 'Conflict declared',
  'conflict.withdrawn': 'Conflict withdrawn',
  'reviewer_profile.changed': 'Reviewer profile changed',
  'bid.placed': 'Bid placed',
  'matching.started': 'Matcher run started',
  'matching.finished': 'Matcher run finished',
  'matching.cancelled': 'Matcher run cancelled',
  'assignment.proposed_edit': 'Proposal edited by hand',
  'assignment.committed': 'Reviewer assigned',
  'assignment.accepted': 'Assignment accepted',
  'assignment.declined': 'Assignment declined',
  'review.submitted': 'Review submitted',
  'review.released': 'Reviews released to the authors',
  'review.withdrawn': 'Reviews withdrawn from the authors',
  'review_form.changed': 'Review form changed',
  'discussion.commented': 'Comment in the discussion',
  'response.submitted': 'Authors’ response submitted',
  'decision.recorded': 'Decision recorded',
  'decision.referred': 'Referred to full review',
  'decision.sent': 'Decision letter sent',
  'venue.decision_settings_changed': 'Conditions library or letter templates changed',
};

export function isAuditEventKind(value: unknown): value is AuditEventKind {
  return typeof value === 'string' && (AUDIT_EVENT_KINDS as readonly string[]).includes(value);
}
