import type { Tier } from '../vocabulary/vocabulary';
import { MAX_TIER_REASON, validateTierDecision } from './tier-decision';

describe('validateTierDecision', () => {
  it.each<{
    name: string;
    tier: Tier;
    suggestedTier: Tier;
    reason: string;
    paths: string[];
    message?: RegExp;
  }>([
    {
      name: 'a confirmation without reason',
      tier: 'expedited',
      suggestedTier: 'expedited',
      reason: '',
      paths: [],
    },
    {
      name: 'a confirmation with a short note',
      tier: 'full',
      suggestedTier: 'full',
      reason: 'ok',
      paths: [],
    },
    {
      name: 'a confirmation with an overlong reason',
      tier: 'full',
      suggestedTier: 'full',
      reason: 'x'.repeat(MAX_TIER_REASON + 1),
      paths: ['reason'],
      message: /2000 characters/,
    },
    {
      name: 'an override without reason',
      tier: 'full',
      suggestedTier: 'expedited',
      reason: '',
      paths: ['reason'],
      message: /Say why you override the suggested tier/,
    },
    {
      name: 'an override with 9 characters of reason',
      tier: 'exempt',
      suggestedTier: 'expedited',
      reason: '   too low   ',
      paths: ['reason'],
      message: /at least 10 characters/,
    },
    {
      name: 'an override with a 10-character reason',
      tier: 'exempt',
      suggestedTier: 'expedited',
      reason: 'Paper only',
      paths: [],
    },
    {
      name: 'an override with a reason at the limit',
      tier: 'full',
      suggestedTier: 'exempt',
      reason: 'x'.repeat(MAX_TIER_REASON),
      paths: [],
    },
    {
      name: 'an override with an overlong reason',
      tier: 'full',
      suggestedTier: 'exempt',
      reason: 'x'.repeat(MAX_TIER_REASON + 1),
      paths: ['reason'],
      message: /at most 2000/,
    },
    {
      name: 'a tier that does not exist',
      tier: 'light' as Tier,
      suggestedTier: 'exempt',
      reason: 'Feels light enough.',
      paths: ['tier'],
      message: /exempt, expedited or full/,
    },
  ])('$name → $paths', ({ tier, suggestedTier, reason, paths, message }) => {
    const errors = validateTierDecision({ tier, suggestedTier, reason });
    expect(errors.map((error) => error.path)).toEqual(paths);
    if (message) expect(errors[0]?.message).toMatch(message);
  });
});
