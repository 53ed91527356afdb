// The review tier of a submission: the tier in force and why, the rubric's suggestion, and (for
// chairs) every decision ever made, each for the version it was made on.
import { labelOf } from '@impact-review/domain';
import type { Tier, TierStatus } from '../../gql/graphql';
import { SuggestionDetails } from '../../components/TierPreview';
import type { TierSuggestionView } from '../../components/TierPreview';
import { formatDateTime } from '../../lib/format';
import { EffectiveTierBadge, isDecided, needsConfirmationText } from './SubmissionBadges';

export interface TierDecisionView {
  tier: Tier;
  suggestedTier: Tier;
  reason: string;
  decidedAt: string;
  forVersion: number;
  decidedBy: { name: string };
}

const confirmed = (decision: TierDecisionView) => decision.tier === decision.suggestedTier;

/** The decision in force, beside its badge: "Overridden (suggested: Expedited) by … for version 2." */
function currentSentence(decision: TierDecisionView): string {
  const what = confirmed(decision)
    ? 'Confirmed'
    : `Overridden (suggested: ${labelOf(decision.suggestedTier)})`;
  return `${what} by ${decision.decidedBy.name} on ${formatDateTime(decision.decidedAt)} for version ${decision.forVersion}.`;
}

/** One entry of the record: "Version 1: Full (suggested: Expedited), overridden by … on …". */
function historySentence(decision: TierDecisionView): string {
  const tier = confirmed(decision)
    ? `${labelOf(decision.tier)}, confirmed`
    : `${labelOf(decision.tier)} (suggested: ${labelOf(decision.suggestedTier)}), overridden`;
  return `Version ${decision.forVersion}: ${tier} by ${decision.decidedBy.name} on ${formatDateTime(decision.decidedAt)}.`;
}

export function TierPanel({
  tier,
  status,
  latestVersion,
  suggestion,
  decision,
  history,
}: {
  tier: Tier | null;
  status: TierStatus | null;
  latestVersion: number;
  suggestion: TierSuggestionView | null;
  decision: TierDecisionView | null;
  history: readonly TierDecisionView[];
}) {
  return (
    <section className="card" aria-labelledby="tier-title">
      <h2 id="tier-title">Review tier</h2>
      {status === null ? (
        <p className="muted">This venue does not show review tiers to authors.</p>
      ) : null}
      <p className="row">
        <EffectiveTierBadge tier={tier} status={status} />
        {status === 'awaiting_submission' ? (
          <span className="muted">The tier is suggested once the statement is submitted.</span>
        ) : null}
        {status === 'suggested' ? <span>A chair has not confirmed the tier yet.</span> : null}
        {status === 'needs_confirmation' ? (
          <strong>{needsConfirmationText(latestVersion, suggestion?.tier ?? null)}</strong>
        ) : null}
      </p>
      {decision && isDecided(status) ? (
        <>
          <p>{currentSentence(decision)}</p>
          {decision.reason ? <p className="prose">Reason: {decision.reason}</p> : null}
        </>
      ) : null}
      {decision && status === 'needs_confirmation' ? (
        <p className="muted">
          The earlier decision ({labelOf(decision.tier)}, for version {decision.forVersion}) no longer stands:
          a chair must decide again for version {latestVersion}.
        </p>
      ) : null}
      {suggestion ? (
        <>
          <h3>Suggestion from the rubric</h3>
          <SuggestionDetails suggestion={suggestion} />
        </>
      ) : null}
      {history.length > 0 ? (
        <>
          <h3>Tier decisions</h3>
          <ol className="history" aria-label="Tier decisions, oldest first">
            {history.map((entry, i) => (
              <li key={`${entry.decidedAt}-${i}`}>
                <p>{historySentence(entry)}</p>
                {entry.reason ? <p className="prose muted">Reason: {entry.reason}</p> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
