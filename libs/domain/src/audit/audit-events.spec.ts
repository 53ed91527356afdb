import {
  AUDIT_EVENT_KINDS,
  auditKindsHiddenFromChairs,
  canViewAuditEvent,
  isAuditEventKind,
} from './audit-events';

describe('canViewAuditEvent', () => {
  const chair = { chairsVenue: true, authorsSubject: false };
  const author = { chairsVenue: false, authorsSubject: true };
  const chairAndAuthor = { chairsVenue: true, authorsSubject: true };
  const nobody = { chairsVenue: false, authorsSubject: false };
  test.each([
    ['chair', chair, 'tier.overridden', true],
    ['chair', chair, 'submission.version_submitted', true],
    ['chair', chair, 'submission.registered', false],
    ['chair', chair, 'submission.revision_started', false],
    ['author', author, 'submission.registered', true],
    ['author', author, 'tier.overridden', true],
    ['chair who is the author', chairAndAuthor, 'submission.registered', true],
    ['anyone else', nobody, 'venue.changed', false],
    ['anyone else', nobody, 'tier.confirmed', false],
  ] as const)('%s sees %s: %s', (_who, facts, kind, expected) => {
    expect(canViewAuditEvent(facts, kind)).toBe(expected);
  });

  test('a chair sees every kind but the draft ones', () => {
    expect(AUDIT_EVENT_KINDS.filter((kind) => !canViewAuditEvent(chair, kind))).toEqual(
      auditKindsHiddenFromChairs(),
    );
  });

  test.each([
    ['tier.confirmed', true],
    ['tier', false],
    [1, false],
  ])('isAuditEventKind(%p)', (value, expected) => expect(isAuditEventKind(value)).toBe(expected));
});
