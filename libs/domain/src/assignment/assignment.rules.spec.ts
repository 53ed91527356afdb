import { DEFAULT_TIER_POLICY } from '../tier/tier-policy.rules';
import {
  affinityTextOf,
  areasMentioned,
  checkAddition,
  checkRemoval,
  demandOfTier,
  holdsSlot,
  isBidLevel,
  loadHistogram,
  openDemand,
  rankReplacements,
  reviewerKindOfRole,
  runPercent,
  scoreHistogram,
  sharedAreas,
  validateDeclineReason,
  type HandEditFacts,
  type ReplacementCandidate,
} from './assignment.rules';

describe('demand from the tier policy', () => {
  it.each([
    ['exempt', { expert: 0, community: 0 }],
    ['expedited', { expert: 1, community: 0 }],
    ['full', { expert: 2, community: 1 }],
  ] as const)('%s needs %o', (tier, expected) => {
    expect(demandOfTier(tier, DEFAULT_TIER_POLICY)).toEqual(expected);
  });

  it.each([
    [{ expert: 2, community: 1 }, { expert: 0, community: 0 }, { expert: 2, community: 1 }],
    [{ expert: 2, community: 1 }, { expert: 1, community: 1 }, { expert: 1, community: 0 }],
    [{ expert: 1, community: 0 }, { expert: 2, community: 1 }, { expert: 0, community: 0 }],
  ])('open demand of %o holding %o is %o', (demand, held, expected) => {
    expect(openDemand(demand, held)).toEqual(expected);
  });

  it.each([
    ['expert_reviewer', 'expert'],
    ['community_reviewer', 'community'],
    ['chair', null],
    ['author', null],
  ])('role %s reviews as %s', (role, kind) => {
    expect(reviewerKindOfRole(role)).toBe(kind);
  });

  it('a declined assignment gives its slot back', () => {
    expect([holdsSlot('assigned'), holdsSlot('accepted'), holdsSlot('declined')]).toEqual([true, true, false]);
  });
});

describe('bids and declines', () => {
  it.each([
    ['very_high', true],
    ['very_low', true],
    ['very-high', false],
    ['', false],
    [null, false],
  ])('isBidLevel(%p) is %p', (value, expected) => {
    expect(isBidLevel(value)).toBe(expected);
  });

  it.each([
    ['', 1],
    ['   ', 1],
    ['On leave in March', 0],
    ['x'.repeat(1001), 1],
  ])('decline reason %p has %i errors', (reason, count) => {
    expect(validateDeclineReason(reason)).toHaveLength(count);
  });
});

describe('run progress', () => {
  it.each([
    ['loading', 0, 0],
    ['loading', 1, 15],
    ['affinity', 0.5, 35],
    ['solving', 0, 60],
    ['writing', 1, 100],
    ['writing', 7, 100],
    ['affinity', Number.NaN, 15],
  ] as const)('%s at %p is %i%%', (phase, fraction, percent) => {
    expect(runPercent(phase, fraction)).toBe(percent);
  });
});

describe('hand edits', () => {
  const base: HandEditFacts = {
    reviewerName: 'Ada Lovelace',
    statementTitle: 'Voice cloning',
    conflicted: false,
    alreadyAssigned: false,
    reviewerKind: 'expert',
    loadAfter: 2,
    maxLoad: 3,
    heldAfter: { expert: 2, community: 1 },
    demand: { expert: 2, community: 1 },
  };

  it('refuses a conflicted pair and names both', () => {
    const check = checkAddition({ ...base, conflicted: true });
    expect(check.refusal).toContain('Ada Lovelace');
    expect(check.refusal).toContain('Voice cloning');
  });

  it('refuses a reviewer already on the statement', () => {
    expect(checkAddition({ ...base, alreadyAssigned: true }).refusal).toContain('already reviews');
  });

  it('allows a good addition without warnings', () => {
    expect(checkAddition(base)).toEqual({ refusal: null, warnings: [] });
  });

  it('warns on overload with the person and the statement', () => {
    const check = checkAddition({ ...base, loadAfter: 4 });
    expect(check.refusal).toBeNull();
    expect(check.warnings).toEqual([
      'Ada Lovelace would review 4 statements, over their maximum of 3 (with “Voice cloning”).',
    ]);
  });

  it('warns on one reviewer of a kind more than the tier asks for', () => {
    const check = checkAddition({ ...base, heldAfter: { expert: 3, community: 1 } });
    expect(check.warnings).toEqual([
      '“Voice cloning” would have 3 expert reviewers; its tier asks for 2 (Ada Lovelace is one more).',
    ]);
  });

  it('warns when a kind is still missing', () => {
    const check = checkAddition({ ...base, heldAfter: { expert: 2, community: 0 } });
    expect(check.warnings).toEqual(['“Voice cloning” is missing 1 community reviewer.']);
  });

  it('warns when a removal leaves the statement short', () => {
    expect(checkRemoval({ statementTitle: 'Voice cloning', heldAfter: { expert: 0, community: 1 }, demand: { expert: 2, community: 1 } }).warnings).toEqual([
      '“Voice cloning” is missing 2 expert reviewers.',
    ]);
  });
});

describe('replacements', () => {
  const candidate = (userId: string, over: Partial<ReplacementCandidate> = {}): ReplacementCandidate => ({
    userId,
    kind: 'expert',
    affinity: 0.5,
    conflicted: false,
    load: 1,
    maxLoad: 3,
    onStatement: false,
    sharesInstitution: false,
    ...over,
  });

  it('keeps only eligible people of the kind, best affinity then least loaded, at most five', () => {
    const ranked = rankReplacements(
      [
        candidate('a', { affinity: 0.9 }),
        candidate('b', { conflicted: true, affinity: 1 }),
        candidate('c', { load: 3 }),
        candidate('d', { kind: 'community', affinity: 1 }),
        candidate('e', { onStatement: true, affinity: 1 }),
        candidate('f', { sharesInstitution: true, affinity: 1 }),
        candidate('g', { affinity: 0.5, load: 2 }),
        candidate('h', { affinity: 0.5, load: 0 }),
        candidate('i', { affinity: 0.1 }),
        candidate('j', { affinity: 0.2 }),
        candidate('k', { affinity: 0.05 }),
      ],
      'expert',
    );
    expect(ranked.map((c) => c.userId)).toEqual(['a', 'h', 'g', 'j', 'i']);
  });
});

describe('figures', () => {
  it('counts reviewers per load, zero included', () => {
    expect(loadHistogram([0, 2, 2, 3]).map((bin) => [bin.label, bin.count])).toEqual([
      ['0', 1],
      ['1', 0],
      ['2', 2],
      ['3', 1],
    ]);
  });

  it('bins scores evenly, the highest in the last bin', () => {
    const bins = scoreHistogram([0, 0.5, 1, 1], 2);
    expect(bins.map((bin) => bin.count)).toEqual([1, 3]);
    expect(scoreHistogram([])).toEqual([]);
    expect(scoreHistogram([0.4, 0.4])).toEqual([{ from: 0.4, to: 0.4, count: 2, label: '0.40' }]);
  });
});

describe('areas', () => {
  const taxonomy = {
    areas: [
      { label: 'Speech', subAreas: ['Voice cloning', 'Recognition'] },
      { label: 'Computer vision', subAreas: ['Faces'] },
    ],
    communities: [],
  };

  it('finds the areas and sub-areas whose words all occur', () => {
    expect(areasMentioned('We release a voice cloning model for speech; no faces.', taxonomy)).toEqual([
      'Speech',
      'Speech / Voice cloning',
      'Computer vision / Faces',
    ]);
    expect(areasMentioned('computer graphics', taxonomy)).toEqual([]);
  });

  it('shares an area when the statement names its sub-area', () => {
    expect(sharedAreas(['Computer vision', 'Speech / Recognition'], ['Computer vision / Faces', 'Speech'])).toEqual([
      'Computer vision',
    ]);
  });
});

describe('what the matcher reads of a statement', () => {
  const hazard = (description: string) => ({ kind: 'product_hazard' as const, description, severity: null });
  it.each([
    ['every part, one per line', 'Voice cloning.', { summary: 'A model.', hazards: [hazard('Fraud calls'), hazard('Impersonation')], affectedGroups: ['voice actors'] }, 'Voice cloning.\nA model.\nFraud calls\nImpersonation\nvoice actors'],
    ['blank parts left out, spaces trimmed', '  ', { summary: ' A model. ', hazards: [hazard('')], affectedGroups: ['', 'journalists'] }, 'A model.\njournalists'],
    ['nothing written', '', { summary: '', hazards: [], affectedGroups: [] }, ''],
  ])('%s', (_name, abstract, content, text) => {
    expect(affinityTextOf(abstract, content)).toBe(text);
  });
});
