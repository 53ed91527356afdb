import { DEFAULT_TIER_POLICY, type TierPolicy } from '../tier/tier-policy.rules';
import type { Tier } from '../vocabulary/vocabulary';
import {
  createsApproval,
  DECISION_OUTCOMES,
  motionOutcome,
  quorumFor,
  ruleOnProposedOutcome,
  type DecisionOutcome,
  type MeetingMember,
  type VoteChoice,
} from './decision.rules';

describe('what a review may decide', () => {
  const strict: TierPolicy = {
    ...DEFAULT_TIER_POLICY,
    expedited: { ...DEFAULT_TIER_POLICY.expedited, disapproval: 'refer_to_full' },
  };
  const lenient: TierPolicy = {
    ...DEFAULT_TIER_POLICY,
    expedited: { ...DEFAULT_TIER_POLICY.expedited, disapproval: 'decide' },
  };
  it.each<[Tier, DecisionOutcome, TierPolicy, string]>([
    ['exempt', 'exempt', strict, 'decide'],
    ['exempt', 'revise_and_resubmit', strict, 'decide'],
    ['exempt', 'approved', strict, 'refused'],
    ['exempt', 'not_approved', strict, 'refused'],
    ['expedited', 'exempt', strict, 'refused'],
    ['expedited', 'approved', strict, 'decide'],
    ['expedited', 'approved_with_conditions', strict, 'decide'],
    ['expedited', 'revise_and_resubmit', strict, 'decide'],
    ['expedited', 'not_approved', strict, 'refer_to_full'],
    ['expedited', 'not_approved', lenient, 'decide'],
    ['full', 'not_approved', strict, 'decide'],
    ['full', 'approved_with_conditions', strict, 'decide'],
    ['full', 'exempt', strict, 'refused'],
  ])('%s review proposing %s (%#): %s', (tier, outcome, policy, kind) => {
    const ruling = ruleOnProposedOutcome(tier, outcome, policy);
    expect(ruling.kind).toBe(kind);
    if (ruling.kind === 'decide') expect(ruling.outcome).toBe(outcome);
    else expect(ruling.reason.length).toBeGreaterThan(20);
  });

  it('the default policy refers an expedited disapproval to full review', () => {
    expect(ruleOnProposedOutcome('expedited', 'not_approved', DEFAULT_TIER_POLICY)).toMatchObject({
      kind: 'refer_to_full',
    });
  });

  it.each(DECISION_OUTCOMES.map((o) => [o, o === 'approved' || o === 'approved_with_conditions'] as const))(
    '%s creates an approval: %s',
    (outcome, creates) => {
      expect(createsApproval(outcome)).toBe(creates);
    },
  );
});

const member = (userId: string, community = false, voting = true): MeetingMember => ({
  userId,
  community,
  voting,
});
// Five voting members (one of them a community member) and a chair who does not vote.
const members = [
  member('a'),
  member('b'),
  member('c'),
  member('d'),
  member('e', true),
  member('chair', false, false),
];
const facts = (present: string[], recused: string[] = [], requireCommunityMember = true) => ({
  members,
  present: new Set(present),
  recused: new Set(recused),
  requireCommunityMember,
});

describe('quorum for an item', () => {
  it.each<[string, string[], string[], boolean, boolean, number, number, string]>([
    ['a majority with a community member', ['a', 'b', 'e'], [], true, true, 3, 3, ''],
    [
      'a majority without a community member',
      ['a', 'b', 'c'],
      [],
      true,
      false,
      3,
      3,
      'No quorum: no community member present.',
    ],
    ['the same when the venue does not ask for one', ['a', 'b', 'c'], [], false, true, 3, 3, ''],
    [
      'too few present',
      ['a', 'e'],
      [],
      true,
      false,
      2,
      3,
      'No quorum: 2 of 5 voting members present; 3 needed.',
    ],
    [
      'the chair who does not vote is not counted',
      ['a', 'e', 'chair'],
      [],
      true,
      false,
      2,
      3,
      'No quorum: 2 of 5 voting members present; 3 needed.',
    ],
    // Recused members leave the item: 4 eligible, 3 needed; the recused one present is not counted.
    ['a recusal lowers what is needed and is not counted', ['a', 'b', 'e', 'c'], ['c'], true, true, 3, 3, ''],
    [
      'recusing the only community member',
      ['a', 'b', 'c', 'e'],
      ['e'],
      true,
      false,
      3,
      3,
      'No quorum: no community member present.',
    ],
    ['two recusals', ['a', 'e'], ['b', 'c'], true, true, 2, 2, ''],
  ])('%s', (_name, present, recused, requireCommunity, met, counted, needed, explanation) => {
    const verdict = quorumFor(facts(present, recused, requireCommunity));
    expect(verdict).toMatchObject({ met, counted, needed, explanation });
  });

  it('nobody left to take part', () => {
    expect(quorumFor(facts(['a'], ['a', 'b', 'c', 'd', 'e'])).explanation).toBe(
      'No quorum: no voting member may take part in this item; no community member present.',
    );
  });
});

describe('a motion', () => {
  const votes = (entries: [string, VoteChoice][]) => new Map(entries);
  it.each<[string, string[], string[], [string, VoteChoice][], boolean, string]>([
    [
      '3 of 5 present for',
      ['a', 'b', 'c', 'd', 'e'],
      [],
      [
        ['a', 'for'],
        ['b', 'for'],
        ['e', 'for'],
        ['c', 'against'],
      ],
      true,
      'Passed: 3 of 5 members present voted for (3 needed).',
    ],
    // The Common Rule's point: a majority of those present, not more yes than no.
    [
      '2 for, 1 against, 2 abstain does not pass',
      ['a', 'b', 'c', 'd', 'e'],
      [],
      [
        ['a', 'for'],
        ['b', 'for'],
        ['c', 'against'],
        ['d', 'abstain'],
        ['e', 'abstain'],
      ],
      false,
      'Not passed: 2 of 5 members present voted for; 3 needed.',
    ],
    [
      'silence counts like an abstention',
      ['a', 'b', 'c', 'd', 'e'],
      [],
      [
        ['a', 'for'],
        ['b', 'for'],
      ],
      false,
      'Not passed: 2 of 5 members present voted for; 3 needed.',
    ],
    [
      'a recused member’s vote is ignored',
      ['a', 'b', 'c', 'e'],
      ['c'],
      [
        ['a', 'for'],
        ['e', 'for'],
        ['c', 'for'],
      ],
      true,
      'Passed: 2 of 3 members present voted for (2 needed).',
    ],
    [
      'absent members’ votes are ignored',
      ['a', 'b', 'e'],
      [],
      [
        ['a', 'for'],
        ['d', 'for'],
        ['c', 'for'],
      ],
      false,
      'Not passed: 1 of 3 members present voted for; 2 needed.',
    ],
    [
      'without quorum nothing passes',
      ['a', 'b', 'c'],
      [],
      [
        ['a', 'for'],
        ['b', 'for'],
        ['c', 'for'],
      ],
      false,
      'No quorum: no community member present.',
    ],
  ])('%s', (_name, present, recused, cast, passes, explanation) => {
    expect(motionOutcome(facts(present, recused), votes(cast))).toMatchObject({ passes, explanation });
  });

  it('counts the votes and the silent members', () => {
    const verdict = motionOutcome(
      facts(['a', 'b', 'c', 'd', 'e']),
      votes([
        ['a', 'for'],
        ['b', 'against'],
        ['c', 'abstain'],
      ]),
    );
    expect(verdict).toMatchObject({ for: 1, against: 1, abstain: 1, silent: 2, needed: 3 });
  });
});
