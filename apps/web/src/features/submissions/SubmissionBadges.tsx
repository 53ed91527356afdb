import { labelOf } from '@impact-review/domain';
import type { SubmissionPhase, Tier, TierStatus } from '../../gql/graphql';
import { Badge, TierBadge } from '../../components/TierBadge';

type Tone = 'neutral' | 'info' | 'success' | 'warning';

const PHASE: Readonly<Record<SubmissionPhase, { label: string; tone: Tone }>> = {
  draft: { label: 'Draft', tone: 'neutral' },
  submitted: { label: 'Submitted', tone: 'success' },
  revising: { label: 'Revising', tone: 'warning' },
};

const TIER_STATUS: Readonly<Record<TierStatus, { label: string; tone: Tone }>> = {
  awaiting_submission: { label: 'Awaiting submission', tone: 'neutral' },
  suggested: { label: 'Suggested', tone: 'warning' },
  needs_confirmation: { label: 'Needs confirmation', tone: 'warning' },
  confirmed: { label: 'Confirmed', tone: 'success' },
  overridden: { label: 'Overridden', tone: 'info' },
};

export function PhaseBadge({ phase }: { phase: SubmissionPhase }) {
  return <Badge tone={PHASE[phase].tone}>{PHASE[phase].label}</Badge>;
}

/** A null status: the venue does not show tiers to this reader (authors, when the chairs chose so). */
export function TierStatusBadge({ status }: { status: TierStatus | null }) {
  if (status === null) return <Badge>Tier not shown</Badge>;
  return <Badge tone={TIER_STATUS[status].tone}>{TIER_STATUS[status].label}</Badge>;
}

/** Whether the tier in force is a chair's standing decision (otherwise it is the rubric's suggestion). */
export function isDecided(status: TierStatus | null): boolean {
  return status === 'confirmed' || status === 'overridden';
}

/** The tier in force, marked "(suggested)" until a chair's decision stands. */
export function EffectiveTierBadge({ tier, status }: { tier: Tier | null; status: TierStatus | null }) {
  if (status === null) return <Badge>Tier not shown</Badge>;
  return <TierBadge tier={tier} suggested={!isDecided(status)} />;
}

function suggestionSince(latestVersion: number, suggested: Tier | null): string {
  return `version ${latestVersion} suggests ${suggested ? labelOf(suggested) : 'another tier'}`;
}

/** What changed since the decision, beside a "Needs confirmation" badge: "Version 2 suggests Full". */
export function newSuggestionText(latestVersion: number, suggested: Tier | null): string {
  const text = suggestionSince(latestVersion, suggested);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Why a chair has to look again, in one sentence: "Needs confirmation: version 2 suggests Full". */
export function needsConfirmationText(latestVersion: number, suggested: Tier | null): string {
  return `Needs confirmation: ${suggestionSince(latestVersion, suggested)}`;
}

/** Phases and statuses a chair can meet on the dashboard: never a draft (chairs never see one). */
export const LISTED_PHASES: readonly SubmissionPhase[] = ['submitted', 'revising'];
export const LISTED_TIER_STATUSES: readonly TierStatus[] = [
  'suggested',
  'needs_confirmation',
  'confirmed',
  'overridden',
];

export const TIER_STATUS_LABELS = Object.fromEntries(
  Object.entries(TIER_STATUS).map(([key, value]) => [key, value.label]),
) as Record<TierStatus, string>;
export const PHASE_LABELS = Object.fromEntries(
  Object.entries(PHASE).map(([key, value]) => [key, value.label]),
) as Record<SubmissionPhase, string>;
