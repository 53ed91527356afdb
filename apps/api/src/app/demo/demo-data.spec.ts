import { suggestTier, validateArtifacts, validateForSubmission } from '@impact-review/domain';
import { DEMO_SUBMISSIONS } from './demo-data';

describe('demo data', () => {
  const now = new Date('2026-11-26T12:00:00Z');

  it('covers every tier', () => {
    expect(new Set(DEMO_SUBMISSIONS.map((s) => s.expectedTier))).toEqual(new Set(['exempt', 'expedited', 'full']));
  });

  it.each(DEMO_SUBMISSIONS.map((s) => [s.title, s] as const))('"%s" is complete and lands in its tier', (_title, submission) => {
    const content = submission.content(now);
    expect(validateArtifacts(submission.artifacts)).toEqual([]);
    expect(validateForSubmission(content, submission.artifacts, now)).toEqual([]);
    expect(suggestTier(content, submission.artifacts).tier).toBe(submission.expectedTier);
  });
});
