import { completeContent, fixtureArtifacts, NOW } from '../statement/statement-content.fixture';
import { DEFAULT_TIER_POLICY } from '../tier/tier-policy.rules';
import type { Tier } from '../vocabulary/vocabulary';
import { DEFAULT_CONDITION_LIBRARY } from './decision-conditions.rules';
import { checkDecision, missingReviewsText, type DecisionContext, type DecisionInput } from './decision-record.rules';

const artifacts = fixtureArtifacts();
const plan = completeContent().releasePlan;
const context = (tier: Tier, change: Partial<DecisionContext> = {}): DecisionContext => ({
  tier,
  policy: DEFAULT_TIER_POLICY,
  submittedReviews: { expert: 2, community: 1 },
  artifacts,
  today: '2030-01-15',
  now: NOW,
  library: DEFAULT_CONDITION_LIBRARY,
  viaMeeting: tier === 'full',
  ...change,
});
const input = (change: Partial<DecisionInput> = {}): DecisionInput => ({
  outcome: 'approved',
  conditions: [],
  releasePlan: plan,
  withoutReviewsReason: '',
  ...change,
});
const condition = { libraryId: null, text: 'Watermark generated audio.', artifactId: null, dueOn: null };
const paths = (check: ReturnType<typeof checkDecision>) => (check.kind === 'invalid' ? check.errors.map((e) => e.path) : []);

describe('checkDecision', () => {
  it.each<[string, DecisionInput, DecisionContext, string, string[]]>([
    ['an expedited approval with its review', input(), context('expedited'), 'ok', []],
    ['an expedited disapproval goes to full review', input({ outcome: 'not_approved' }), context('expedited'), 'refer_to_full', []],
    ['full review outside a meeting', input(), context('full', { viaMeeting: false }), 'invalid', ['outcome']],
    ['full review at a meeting may disapprove', input({ outcome: 'not_approved' }), context('full'), 'ok', []],
    ['exempt for an expedited statement', input({ outcome: 'exempt' }), context('expedited'), 'invalid', ['outcome']],
    ['an exempt statement decided exempt', input({ outcome: 'exempt', releasePlan: [] }), context('exempt'), 'ok', []],
    ['missing reviews without a reason', input(), context('expedited', { submittedReviews: { expert: 0, community: 0 } }), 'invalid', ['withoutReviewsReason']],
    [
      'missing reviews with a reason',
      input({ withoutReviewsReason: 'The only expert withdrew; the chairs read it together.' }),
      context('expedited', { submittedReviews: { expert: 0, community: 0 } }),
      'ok',
      [],
    ],
    ['approval with conditions but none', input({ outcome: 'approved_with_conditions' }), context('expedited'), 'invalid', ['conditions']],
    ['approval with conditions', input({ outcome: 'approved_with_conditions', conditions: [condition] }), context('expedited'), 'ok', []],
    ['conditions on a plain approval', input({ conditions: [condition] }), context('expedited'), 'invalid', ['conditions']],
    ['an approval without a release plan', input({ releasePlan: [] }), context('expedited'), 'invalid', ['releasePlan']],
    ['revise and resubmit needs no plan', input({ outcome: 'revise_and_resubmit', releasePlan: [] }), context('expedited'), 'ok', []],
    [
      'a condition naming an unknown artifact',
      input({ outcome: 'approved_with_conditions', conditions: [{ ...condition, artifactId: 'nope' }] }),
      context('expedited'),
      'invalid',
      ['conditions.0.artifactId'],
    ],
  ])('%s', (_label, given, ctx, kind, expectedPaths) => {
    const check = checkDecision(given, ctx);
    expect(check.kind).toBe(kind);
    expect(paths(check)).toEqual(expect.arrayContaining(expectedPaths));
    if (check.kind === 'invalid') expect(new Set(paths(check)).size).toBe(expectedPaths.length);
  });

  it('a decided plan that differs from the authors’ is checked like theirs', () => {
    const [first, ...rest] = plan;
    if (!first) throw new Error('the fixture plans at least one artifact');
    const withheld = { ...first, contentLevel: 'withheld' as const, timing: 'timed' as const, embargoUntil: null };
    expect(paths(checkDecision(input({ releasePlan: [withheld, ...rest] }), context('expedited')))).toEqual(['releasePlan.0.embargoUntil']);
  });
});

describe('missingReviewsText', () => {
  it.each<[Tier, number, number, string]>([
    ['full', 2, 1, ''],
    ['full', 1, 0, 'The full review policy asks for 1 expert review and 1 community review more than are submitted.'],
    ['full', 0, 1, 'The full review policy asks for 2 expert reviews more than are submitted.'],
    ['exempt', 0, 0, ''],
  ])('%s with %i expert and %i community', (tier, expert, community, text) => {
    expect(missingReviewsText(tier, DEFAULT_TIER_POLICY, { expert, community })).toBe(text);
  });
});
