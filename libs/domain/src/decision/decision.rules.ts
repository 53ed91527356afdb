// Decisions on a statement and the convened meeting that makes full-review decisions, as an IRB
// makes them (45 CFR 46.108(b), 46.110): what a tier's review may decide (an expedited review may
// approve or ask for revisions, and refers a disapproval to full review), when a meeting has quorum
// (a majority of the voting members, at least one community member, recused members not counted for
// that item), and when a motion passes (a majority of the members present, not merely more yes than
// no). The API and the pages apply these; nothing here reads or writes.
import type { TierPolicy } from '../tier/tier-policy.rules';
import type { Tier } from '../vocabulary/vocabulary';

// --- Outcomes ------------------------------------------------------------------------------------

export const DECISION_OUTCOMES = [
  'exempt',
  'approved',
  'approved_with_conditions',
  'revise_and_resubmit',
  'not_approved',
] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const DECISION_OUTCOME_LABELS: Readonly<Record<DecisionOutcome, string>> = {
  exempt: 'Exempt',
  approved: 'Approved',
  approved_with_conditions: 'Approved with conditions',
  revise_and_resubmit: 'Revise and resubmit',
  not_approved: 'Not approved',
};

/** Outcomes that create the statement's Approval (the continuing-review issue gives it its lifecycle). */
export function createsApproval(outcome: DecisionOutcome): boolean {
  return outcome === 'approved' || outcome === 'approved_with_conditions';
}

/** What happens to an outcome a tier's review proposes: it stands, it is refused, or it goes to full review. */
export type ProposedOutcomeRuling =
  | { readonly kind: 'decide'; readonly outcome: DecisionOutcome }
  | { readonly kind: 'refer_to_full'; readonly reason: string }
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * The ruling on `outcome` proposed by the review of a statement in `tier`. Exempt is only for exempt
 * statements (a chair's check) and exempt statements take nothing else but revisions. A tier whose
 * policy says `refer_to_full` cannot disapprove: its "not approved" goes to a convened meeting.
 */
export function ruleOnProposedOutcome(
  tier: Tier,
  outcome: DecisionOutcome,
  policy: TierPolicy,
): ProposedOutcomeRuling {
  if (outcome === 'exempt') {
    return tier === 'exempt'
      ? { kind: 'decide', outcome }
      : {
          kind: 'refused',
          reason: `Only an exempt statement can be decided exempt; this one is in ${tier} review.`,
        };
  }
  if (tier === 'exempt' && outcome !== 'revise_and_resubmit') {
    return {
      kind: 'refused',
      reason:
        'An exempt statement is exempt or sent back for revision; to decide more, change its tier to expedited or full first.',
    };
  }
  if (outcome === 'not_approved' && policy[tier].disapproval === 'refer_to_full') {
    return {
      kind: 'refer_to_full',
      reason: `${tier === 'expedited' ? 'An expedited' : 'This'} review cannot disapprove: the statement goes to full review, where a convened meeting decides.`,
    };
  }
  return { kind: 'decide', outcome };
}

// --- Convened meetings ---------------------------------------------------------------------------

export interface MeetingMember {
  readonly userId: string;
  /** Community members count toward the community part of the quorum. */
  readonly community: boolean;
  /** Members who vote (chairs may convene without voting). */
  readonly voting: boolean;
}

export interface QuorumFacts {
  readonly members: readonly MeetingMember[];
  readonly present: ReadonlySet<string>;
  /** Conflicted with this item: taken off it, not counted toward its quorum. */
  readonly recused: ReadonlySet<string>;
  /** The venue's setting: at least one community member among those counted (default true). */
  readonly requireCommunityMember: boolean;
}

export interface QuorumVerdict {
  readonly met: boolean;
  /** Voting members counted for the item: present and not recused. */
  readonly counted: number;
  /** A majority of the voting members who are not recused from the item. */
  readonly needed: number;
  readonly communityCounted: number;
  /** Why it is not met, in plain words ('' when it is). */
  readonly explanation: string;
}

/**
 * Quorum for one agenda item: a majority of the venue's voting members who are not recused from it
 * are present, and (when the venue asks) at least one of those counted is a community member.
 */
export function quorumFor(facts: QuorumFacts): QuorumVerdict {
  const eligible = facts.members.filter((m) => m.voting && !facts.recused.has(m.userId));
  const counted = eligible.filter((m) => facts.present.has(m.userId));
  const needed = Math.floor(eligible.length / 2) + 1;
  const communityCounted = counted.filter((m) => m.community).length;
  const reasons: string[] = [];
  if (eligible.length === 0) reasons.push('no voting member may take part in this item');
  else if (counted.length < needed)
    reasons.push(`${counted.length} of ${eligible.length} voting members present; ${needed} needed`);
  if (facts.requireCommunityMember && communityCounted === 0) reasons.push('no community member present');
  return {
    met: reasons.length === 0,
    counted: counted.length,
    needed: eligible.length === 0 ? 1 : needed,
    communityCounted,
    explanation: reasons.length === 0 ? '' : `No quorum: ${reasons.join('; ')}.`,
  };
}

export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export interface MotionVerdict {
  readonly passes: boolean;
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  /** Present, voting, not recused members who did not vote: they count against a majority too. */
  readonly silent: number;
  readonly needed: number;
  readonly explanation: string;
}

/**
 * A motion passes with a majority of the voting members present for the item (recused members
 * neither vote nor count): 2 for, 1 against and 2 abstentions does not pass (2 of 5). Votes from
 * members who are absent, recused or not voting members are ignored. Without quorum nothing passes.
 */
export function motionOutcome(facts: QuorumFacts, votes: ReadonlyMap<string, VoteChoice>): MotionVerdict {
  const quorum = quorumFor(facts);
  const counted = facts.members.filter(
    (m) => m.voting && !facts.recused.has(m.userId) && facts.present.has(m.userId),
  );
  const tally = { for: 0, against: 0, abstain: 0 };
  for (const member of counted) {
    const vote = votes.get(member.userId);
    if (vote) tally[vote] += 1;
  }
  const silent = counted.length - tally.for - tally.against - tally.abstain;
  const needed = Math.floor(counted.length / 2) + 1;
  const passes = quorum.met && tally.for >= needed;
  const explanation = !quorum.met
    ? quorum.explanation
    : passes
      ? `Passed: ${tally.for} of ${counted.length} members present voted for (${needed} needed).`
      : `Not passed: ${tally.for} of ${counted.length} members present voted for; ${needed} needed.`;
  return { passes, ...tally, silent, needed, explanation };
}
