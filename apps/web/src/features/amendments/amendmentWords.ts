// The words and tones of amendments: states, review tiers, the two plans side by side, and the key
// a new artifact gets from its name.
import type { AmendmentState } from '@impact-review/domain';
import type { PlanCompareWords } from '../decisions/PlanComparison';

type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export const AMENDMENT_STATE_TONES: Readonly<Record<AmendmentState, Tone>> = {
  requested: 'info',
  approved: 'success',
  declined: 'danger',
  withdrawn: 'neutral',
};

export const AMENDMENT_TIER_LABELS: Readonly<Record<string, string>> = {
  expedited: 'Expedited review',
  full: 'Full review',
};

/** The approved plan (left) beside the plan the amendment asks for (right). */
export const AMENDMENT_PLAN_WORDS: PlanCompareWords = {
  proposedTitle: 'Approved plan',
  decidedTitle: 'Amended plan',
  statusLabels: {
    unchanged: 'As approved',
    changed: 'Changed',
    added: 'New artifact',
    dropped: 'Dropped',
  },
  notProposed: 'Not in the approved plan.',
  notDecided: 'Not in the amended plan.',
  empty: 'The amendment holds no release plan.',
};

/** "Waiting for 1 of 2 recommendations": those still missing, of those a chair waits for. */
export function waitingText(count: number, needed: number): string {
  const missing = Math.max(0, needed - count);
  return `Waiting for ${missing} of ${needed} recommendation${needed === 1 ? '' : 's'}`;
}

const MAX_KEY_LENGTH = 40;

/**
 * A key for a new artifact from its name ("Voice model v2" → "voice-model-v2"), not used by any
 * other artifact: plans refer to artifacts by key, and an approved one's key may not be reused.
 */
export function artifactKeyFrom(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const full = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = full || fallback;
  if (slug.length > MAX_KEY_LENGTH) {
    // A long name is cut after a whole word where it can be.
    const cut = slug.slice(0, MAX_KEY_LENGTH + 1);
    const lastDash = cut.lastIndexOf('-');
    slug = lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_KEY_LENGTH);
  }
  let key = slug;
  for (let n = 2; taken.has(key); n += 1) key = `${slug}-${n}`;
  return key;
}
