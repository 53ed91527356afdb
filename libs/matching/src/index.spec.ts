import * as matching from './index';

// The exported pieces compose end to end:
// affinity -> bids -> conflicts -> exact assignment.
describe('@impact-review/matching public API', () => {
  it('goes from texts and people to a verified optimal assignment', () => {
    const statements = [
      { id: 'voice', title: 'Voice cloning risks', abstract: 'Synthetic speech impersonates speakers.' },
      {
        id: 'graphs',
        title: 'Graph networks for molecules',
        abstract: 'Drug discovery with message passing.',
      },
    ];
    const reviewers = [
      {
        id: 'ana',
        publications: [
          { title: 'Detecting cloned speech', abstract: 'Audio deepfake detection of synthetic voices.' },
        ],
      },
      {
        id: 'bo',
        publications: [
          { title: 'Molecular graph neural networks', abstract: 'Message passing for drug discovery.' },
        ],
      },
      {
        id: 'cy',
        publications: [{ title: 'Speech synthesis for speakers', abstract: 'Voice cloning text-to-speech.' }],
      },
    ];
    const affinity = matching.computeAffinityCandidates(statements, reviewers, { topK: 3 });
    const candidates = matching.scoreCandidatePairs(
      affinity,
      [{ statement: 1, reviewer: 0, level: 'very-high' }],
      reviewers.length,
    );
    // ana co-authored with the voice statement's author.
    const conflicts = matching.detectConflicts(
      [
        { id: 'voice', authors: [{ id: 'author-1', coauthorIds: ['ana'] }] },
        { id: 'graphs', authors: [{ id: 'author-2' }] },
      ],
      reviewers.map((r) => ({ id: r.id })),
      { currentYear: 2025 },
    );
    const result = matching.solveMatching({
      statements: statements.map((s) => ({ id: s.id, demand: { expert: 1, community: 0 } })),
      reviewers: reviewers.map((r) => ({ id: r.id, kind: 'expert' as const, maxLoad: 1 })),
      candidates,
      forbidden: conflicts,
    });
    expect(result.status).toBe('optimal');
    expect(result.optimalityVerified).toBe(true);
    const byStatement = Object.fromEntries(
      result.assignments.map((a) => [statements[a.statement].id, reviewers[a.reviewer].id]),
    );
    expect(byStatement.voice).toBe('cy'); // ana is conflicted
    expect(byStatement.graphs).not.toBe('cy');
  });
});
