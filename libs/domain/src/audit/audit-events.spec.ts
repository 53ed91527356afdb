import { AUDIT_EVENT_KINDS, AUDIT_EVENT_LABELS, isAuditEventKind } from './audit-events';

describe('audit event kinds', () => {
  test('every kind has a label', () => {
    expect(AUDIT_EVENT_KINDS.filter((kind) => !AUDIT_EVENT_LABELS[kind])).toEqual([]);
  });

  test.each([
    ['tier.confirmed', true],
    ['conflict.declared', true],
    ['tier', false],
    [1, false],
  ])('isAuditEventKind(%p)', (value, expected) => expect(isAuditEventKind(value)).toBe(expected));
});
