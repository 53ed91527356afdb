// What a committee decides about a statement: an outcome its tier's review may reach, the reviews
// its policy asks for (or a recorded reason to go without), conditions with an approval with
// conditions, and the release plan an approval holds the authors to. Full review decides at a
// convened meeting; an expedited review refers a disapproval there instead of deciding it.
import { demandOfTier, openDemand, totalOf, type KindCounts } from '../assignment/assignment.rules';
import { isOneOf, meaningfulLength } from '../shared/field-checks.util';
import type { Artifact, FieldError, ReleasePlanItem } from '../statement/impact-statement.types';
import { validateReleasePlan } from '../statement/statement.validation';
import type { TierPolicy } from '../tier/tier-policy.rules';
import type { Tier } from '../vocabulary/vocabulary';
import { validateDecisionConditions, type ConditionLibraryEntry, type DecidedCondition } from './decision-conditions.rules';
import { createsApproval, DECISION_OUTCOMES, ruleOnProposedOutcome, type DecisionOutcome } from './decision.rules';

export interface DecisionInput {
  readonly outcome: DecisionOutcome;
  readonly conditions: readonly DecidedCondition[];
  /** The decided plan per artifact (approvals only); it may differ from the authors'. */
  readonly releasePlan: readonly ReleasePlanItem[];
  /** Why the committee decides without all the reviews the policy asks for ('' when it has them). */
  readonly withoutReviewsReason: string;
}

export interface DecisionContext {
  readonly tier: Tier;
  readonly policy: TierPolicy;
  /** Submitted reviews by kind, for the statement's current round. */
  readonly submittedReviews: KindCounts;
  readonly artifacts: readonly Artifact[];
  /** YYYY-MM-DD in the venue's time zone. */
  readonly today: string;
  readonly now: Date;
  readonly library: readonly ConditionLibraryEntry[];
  /** Decided by a motion of a convened meeting (full review decides nowhere else). */
  readonly viaMeeting: boolean;
}

export type DecisionCheck =
  | { readonly kind: 'ok' }
  | { readonly kind: 'refer_to_full'; readonly reason: string }
  | { readonly kind: 'invalid'; readonly errors: FieldError[] };

export const MIN_WITHOUT_REVIEWS_REASON = 20;

/** The reviews the tier's policy asks for that are not submitted, in words; '' when none are missing. */
export function missingReviewsText(tier: Tier, policy: TierPolicy, submitted: KindCounts): string {
  const missing = openDemand(demandOfTier(tier, policy), submitted);
  if (totalOf(missing) === 0) return '';
  const parts = [
    missing.expert > 0 ? `${missing.expert} expert review${missing.expert === 1 ? '' : 's'}` : '',
    missing.community > 0 ? `${missing.community} community review${missing.community === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return `The ${tier} review policy asks for ${parts.join(' and ')} more than are submitted.`;
}

/**
 * Whether the committee may record `input` for a statement in `context`: the decision stands, goes
 * to full review (an expedited disapproval), or has field errors to show.
 */
export function checkDecision(input: DecisionInput, context: DecisionContext): DecisionCheck {
  const errors: FieldError[] = [];
  if (!isOneOf(DECISION_OUTCOMES, input.outcome)) return { kind: 'invalid', errors: [{ path: 'outcome', message: 'Choose an outcome.' }] };
  if (context.tier === 'full' && !context.viaMeeting)
    return {
      kind: 'invalid',
      errors: [{ path: 'outcome', message: 'A full review is decided by a convened meeting: put the statement on a meeting’s agenda.' }],
    };
  const ruling = ruleOnProposedOutcome(context.tier, input.outcome, context.policy);
  if (ruling.kind === 'refer_to_full') return ruling;
  if (ruling.kind === 'refused') errors.push({ path: 'outcome', message: ruling.reason });
  const missing = missingReviewsText(context.tier, context.policy, context.submittedReviews);
  if (missing !== '' && meaningfulLength(input.withoutReviewsReason) < MIN_WITHOUT_REVIEWS_REASON)
    errors.push({
      path: 'withoutReviewsReason',
      message: `${missing} Record why the committee decides without them (at least ${MIN_WITHOUT_REVIEWS_REASON} characters).`,
    });
  if (input.outcome === 'approved_with_conditions') {
    if (input.conditions.length === 0)
      errors.push({ path: 'conditions', message: 'An approval with conditions needs at least one condition.' });
    errors.push(
      ...validateDecisionConditions(input.conditions, {
        artifactIds: context.artifacts.map((a) => a.key),
        today: context.today,
        library: context.library,
      }),
    );
  } else if (input.conditions.length > 0)
    errors.push({ path: 'conditions', message: 'Only an approval with conditions carries conditions; remove them or change the outcome.' });
  if (createsApproval(input.outcome)) errors.push(...validateReleasePlan(input.releasePlan, context.artifacts, context.now));
  return errors.length > 0 ? { kind: 'invalid', errors } : { kind: 'ok' };
}
