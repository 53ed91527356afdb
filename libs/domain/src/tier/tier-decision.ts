// A chair confirms the suggested tier or overrides it. An override is a judgement against the
// rubric, so it must be explained for the record (and for audits); a confirmation may be.
import { TIERS } from '../vocabulary/vocabulary';
import type { Tier } from '../vocabulary/vocabulary';
import { isOneOf, meaningfulLength, textOf } from '../shared/field-checks.util';
import type { FieldError } from '../statement/impact-statement.types';

export const MIN_OVERRIDE_REASON = 10;
export const MAX_TIER_REASON = 2000;

export interface TierDecisionInput {
  tier: Tier;
  reason: string;
  suggestedTier: Tier;
}

export function validateTierDecision(input: TierDecisionInput): FieldError[] {
  const errors: FieldError[] = [];
  if (!isOneOf(TIERS, input.tier)) {
    errors.push({ path: 'tier', message: 'Choose exempt, expedited or full review.' });
  }
  const reason = textOf(input.reason);
  if (reason.length > MAX_TIER_REASON) {
    errors.push({
      path: 'reason',
      message: `Shorten the reason to at most ${MAX_TIER_REASON} characters (it has ${reason.length}).`,
    });
  } else if (input.tier !== input.suggestedTier && meaningfulLength(reason) < MIN_OVERRIDE_REASON) {
    errors.push({
      path: 'reason',
      message: `Say why you override the suggested tier, in at least ${MIN_OVERRIDE_REASON} characters.`,
    });
  }
  return errors;
}
