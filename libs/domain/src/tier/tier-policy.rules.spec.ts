import {
  DEFAULT_TIER_POLICY,
  tidyTaxonomy,
  tierPolicyChanges,
  validateTierPolicy,
  validateVenueTaxonomy,
  type TierPolicy,
} from './tier-policy.rules';

const withTier = (tier: keyof TierPolicy, change: Record<string, unknown>) => ({
  ...DEFAULT_TIER_POLICY,
  [tier]: { ...DEFAULT_TIER_POLICY[tier], ...change },
});

describe('validateTierPolicy', () => {
  test.each([
    ['the defaults', DEFAULT_TIER_POLICY, []],
    ['three experts for full review', withTier('full', { expertReviewers: 3 }), []],
    ['a negative number of reviewers', withTier('expedited', { expertReviewers: -1 }), ['expedited.expertReviewers']],
    ['a fraction of a reviewer', withTier('full', { communityReviewers: 1.5 }), ['full.communityReviewers']],
    ['eleven experts', withTier('full', { expertReviewers: 11 }), ['full.expertReviewers']],
    ['a review period of 0 days', withTier('expedited', { reviewDays: 0 }), ['expedited.reviewDays']],
    ['a period over a year', withTier('full', { reviewDays: 366 }), ['full.reviewDays']],
    ['nobody reviewing expedited work', withTier('expedited', { expertReviewers: 0 }), ['expedited.expertReviewers']],
    ['exempt work without the chair’s check or reviewers', withTier('exempt', { chairCheck: false }), ['exempt.expertReviewers']],
    ['full review referring disapprovals', withTier('full', { disapproval: 'refer_to_full' }), ['full.disapproval']],
    ['an unknown disapproval rule', withTier('expedited', { disapproval: 'veto' }), ['expedited.disapproval']],
    ['a missing tier', { exempt: DEFAULT_TIER_POLICY.exempt, expedited: DEFAULT_TIER_POLICY.expedited }, ['full']],
    ['nothing at all', null, ['exempt', 'expedited', 'full']],
  ])('%s', (_what, policy, paths) => {
    expect(validateTierPolicy(policy).map((e) => e.path)).toEqual(paths);
  });
});

describe('tierPolicyChanges', () => {
  test('names the tiers and fields that changed, in tier order', () => {
    const after = { ...withTier('full', { expertReviewers: 3, reviewDays: 21 }), expedited: { ...DEFAULT_TIER_POLICY.expedited, chairCheck: true } };
    expect(tierPolicyChanges(DEFAULT_TIER_POLICY, after)).toEqual([
      { tier: 'expedited', fields: ['chairCheck'] },
      { tier: 'full', fields: ['expertReviewers', 'reviewDays'] },
    ]);
    expect(tierPolicyChanges(DEFAULT_TIER_POLICY, DEFAULT_TIER_POLICY)).toEqual([]);
  });
});

describe('validateVenueTaxonomy', () => {
  const areas = [
    { label: 'Speech synthesis', subAreas: ['Voice cloning', 'Prosody'] },
    { label: 'Computer vision', subAreas: [] },
  ];
  test.each([
    ['areas and communities', { areas, communities: ['Voice actors', 'Journalists and fact-checkers'] }, []],
    ['an empty area', { areas: [{ label: '  ', subAreas: [] }], communities: [] }, ['areas.0.label']],
    ['an area twice, in other case and spacing', { areas: [...areas, { label: ' speech  SYNTHESIS', subAreas: [] }], communities: [] }, ['areas.2.label']],
    ['a sub-area twice', { areas: [{ label: 'Vision', subAreas: ['Faces', 'faces'] }], communities: [] }, ['areas.0.subAreas.1']],
    ['a community twice', { areas: [], communities: ['Voice actors', 'Voice Actors'] }, ['communities.1']],
    ['a label too long', { areas: [], communities: ['x'.repeat(121)] }, ['communities.0']],
    ['too many communities', { areas: [], communities: Array.from({ length: 101 }, (_, i) => `Community ${i}`) }, ['communities']],
  ])('%s', (_what, taxonomy, paths) => {
    expect(validateVenueTaxonomy(taxonomy).map((e) => e.path)).toEqual(paths);
  });

  test('tidyTaxonomy trims and collapses spaces', () => {
    expect(tidyTaxonomy({ areas: [{ label: ' Speech   synthesis ', subAreas: [' Voice  cloning'] }], communities: [' Voice actors '] })).toEqual({
      areas: [{ label: 'Speech synthesis', subAreas: ['Voice cloning'] }],
      communities: ['Voice actors'],
    });
  });
});
