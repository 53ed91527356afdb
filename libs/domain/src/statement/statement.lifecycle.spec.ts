import type { SubmissionPhase } from './statement.lifecycle';
import { canSaveDraft, canStartRevision, canSubmit, hasSubmittedVersion, phaseOf } from './statement.lifecycle';

describe('phaseOf', () => {
  it.each<[boolean, boolean, SubmissionPhase]>([
    // hasSubmittedVersion, hasOpenDraft, phase
    [false, false, 'draft'],
    [false, true, 'draft'],
    [true, false, 'submitted'],
    [true, true, 'revising'],
  ])('submitted version %s, open draft %s → %s', (hasSubmittedVersion, hasOpenDraft, phase) => {
    expect(phaseOf({ hasSubmittedVersion, hasOpenDraft })).toBe(phase);
  });
});

describe('what each phase allows', () => {
  it.each<[SubmissionPhase, boolean, boolean, boolean]>([
    // phase, save draft, submit, start revision
    ['draft', true, true, false],
    ['submitted', false, false, true],
    ['revising', true, true, false],
  ])('%s: save %s, submit %s, start revision %s', (phase, save, submit, revise) => {
    expect([canSaveDraft(phase), canSubmit(phase), canStartRevision(phase)]).toEqual([save, submit, revise]);
  });
});

describe('hasSubmittedVersion', () => {
  test.each([
    ['draft', false],
    ['submitted', true],
    ['revising', true],
  ] as const)('%s: %s', (phase, expected) => expect(hasSubmittedVersion(phase)).toBe(expected));
});
