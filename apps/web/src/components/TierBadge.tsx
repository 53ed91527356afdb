import { labelOf } from '@impact-review/domain';
import type { Tier } from '@impact-review/domain';

const TIER_HINTS: Readonly<Record<Tier, string>> = {
  exempt: 'minimal risk',
  expedited: 'slightly more than minimal risk',
  full: 'full committee review',
};

/**
 * A tier as a badge. The colour is never the only signal: the tier's name is always written, and
 * `suggested` badges say so (a chair has not confirmed them yet).
 */
export function TierBadge({ tier, suggested = false }: { tier: Tier | null | undefined; suggested?: boolean }) {
  if (!tier) {
    return <span className="badge badge--neutral">No tier yet</span>;
  }
  const label = `${labelOf(tier)}${suggested ? ' (suggested)' : ''}`;
  return (
    <span className={`badge badge--tier-${tier}${suggested ? ' badge--suggested' : ''}`} title={TIER_HINTS[tier]}>
      {label}
    </span>
  );
}

export function Badge({ children, tone = 'neutral' }: { children: string; tone?: 'neutral' | 'info' | 'success' | 'warning' | 'danger' }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
