import {
  checkAffiliationDecision,
  initialAffiliation,
  validateAffiliationNote,
  type AffiliationCheck,
  type AffiliationDecision,
  type AffiliationState,
} from './affiliation.rules';

describe('initialAffiliation', () => {
  it('is approved when a chair of the conference creates the workshop, else pending', () => {
    expect(initialAffiliation(true)).toBe('approved');
    expect(initialAffiliation(false)).toBe('pending');
  });
});

describe('checkAffiliationDecision', () => {
  it.each<[AffiliationState, AffiliationDecision, AffiliationCheck]>([
    ['pending', 'approve', { ok: true, to: 'approved' }],
    ['pending', 'decline', { ok: true, to: 'declined' }],
    ['approved', 'approve', { ok: false, reason: 'already_decided' }],
    ['approved', 'decline', { ok: false, reason: 'already_decided' }],
    ['declined', 'approve', { ok: false, reason: 'already_decided' }],
  ])('%s + %s', (state, decision, expected) => {
    expect(checkAffiliationDecision(state, decision)).toEqual(expected);
  });
});

describe('validateAffiliationNote', () => {
  it.each([
    [null, []],
    ['', []],
    ['Welcome aboard.', []],
    ['x'.repeat(1000), []],
    ['x'.repeat(1001), ['note']],
  ])('%j', (note, paths) => {
    expect(validateAffiliationNote(note).map((e) => e.path)).toEqual(paths);
  });
});
