import type { SubmissionPhase, TierStatus } from '../../gql/graphql';
import { Badge } from '../../components/TierBadge';

const PHASE: Readonly<Record<SubmissionPhase, { label: string; tone: 'neutral' | 'info' | 'success' | 'warning' }>> = {
  draft: { label: 'Draft', tone: 'neutral' },
  submitted: { label: 'Submitted', tone: 'success' },
  revising: { label: 'Revising', tone: 'warning' },
};

const TIER_STATUS: Readonly<Record<TierStatus, { label: string; tone: 'neutral' | 'info' | 'success' | 'warning' }>> = {
  awaiting_submission: { label: 'Awaiting submission', tone: 'neutral' },
  suggested: { label: 'Suggested', tone: 'warning' },
  confirmed: { label: 'Confirmed', tone: 'success' },
  overridden: { label: 'Overridden', tone: 'info' },
};

export function PhaseBadge({ phase }: { phase: SubmissionPhase }) {
  return <Badge tone={PHASE[phase].tone}>{PHASE[phase].label}</Badge>;
}

export function TierStatusBadge({ status }: { status: TierStatus }) {
  return <Badge tone={TIER_STATUS[status].tone}>{TIER_STATUS[status].label}</Badge>;
}

export const TIER_STATUS_LABELS = Object.fromEntries(
  Object.entries(TIER_STATUS).map(([key, value]) => [key, value.label]),
) as Record<TierStatus, string>;
export const PHASE_LABELS = Object.fromEntries(
  Object.entries(PHASE).map(([key, value]) => [key, value.label]),
) as Record<SubmissionPhase, string>;
