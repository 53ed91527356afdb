import type { Artifact, ReleasePlanItem } from '../statement/impact-statement.types';
import { completeContent, fixtureArtifacts } from '../statement/statement-content.fixture';
import {
  amendmentChanges,
  amendmentDecisionErrors,
  amendmentTier,
  approvalTakesAmendments,
  recommendationsNeeded,
  validateAmendment,
  validateAmendmentRecommendation,
  type AmendmentChangeKind,
} from './amendment.rules';

const item = (artifactKey: string, change: Partial<ReleasePlanItem> = {}): ReleasePlanItem => ({
  artifactKey,
  contentLevel: 'reduced',
  timing: 'timed',
  distribution: 'ask_for_access',
  embargoUntil: '2027-09-01',
  reviewEveryMonths: null,
  releaseEvent: '',
  stages: [],
  accessConditions: 'Accredited researchers only.',
  ...change,
});
const artifact = (key: string, change: Partial<Artifact> = {}): Artifact => ({ key, kind: 'source_code', name: `The ${key}`, description: '', powerLevel: 'reduced', ...change });
const CURRENT = [item('code'), item('paper', { contentLevel: 'full', timing: 'immediate', distribution: 'public', embargoUntil: null })];
const NOW = new Date('2027-03-01T00:00:00Z');

describe('amendmentChanges', () => {
  it.each<[string, ReleasePlanItem[], Artifact[], [AmendmentChangeKind, string][]]>([
    ['an earlier embargo', [item('code', { embargoUntil: '2027-05-01' }), CURRENT[1] as ReleasePlanItem], [], [['earlier_release', 'code']]],
    ['released at once instead of on a date', [item('code', { timing: 'immediate', embargoUntil: null }), CURRENT[1] as ReleasePlanItem], [], [['earlier_release', 'code']]],
    ['to the public instead of on request', [item('code', { distribution: 'public' }), CURRENT[1] as ReleasePlanItem], [], [['wider_distribution', 'code']]],
    ['in full instead of reduced', [item('code', { contentLevel: 'full' }), CURRENT[1] as ReleasePlanItem], [], [['more_content', 'code']]],
    ['narrower access is another change', [item('code', { distribution: 'access_communities' }), CURRENT[1] as ReleasePlanItem], [], [['other_change', 'code']]],
    ['a new artifact', [...CURRENT, item('demo')], [artifact('demo')], [['new_artifact', 'demo']]],
    ['wider and earlier at once', [item('code', { distribution: 'public', embargoUntil: '2027-04-01' }), CURRENT[1] as ReleasePlanItem], [], [['earlier_release', 'code'], ['wider_distribution', 'code']]],
    ['nothing changed', [...CURRENT], [], []],
  ])('%s', (_name, proposed, added, expected) => {
    expect(amendmentChanges(CURRENT, proposed, added).map((c) => [c.kind, c.artifactKey])).toEqual(expected);
  });
});

describe('validateAmendment', () => {
  const context = { currentPlan: CURRENT, artifacts: [artifact('code'), artifact('paper', { kind: 'paper_concept' })], now: NOW };
  const reason = 'An equivalent model is already public; nothing is gained by waiting.';
  it.each<[string, { reason: string; releasePlan: ReleasePlanItem[]; newArtifacts: Artifact[] }, string[]]>([
    ['an earlier release with a reason', { reason, releasePlan: [item('code', { embargoUntil: '2027-04-01' }), CURRENT[1] as ReleasePlanItem], newArtifacts: [] }, []],
    ['no reason', { reason: 'sooner', releasePlan: [item('code', { embargoUntil: '2027-04-01' }), CURRENT[1] as ReleasePlanItem], newArtifacts: [] }, ['reason']],
    ['the approved plan unchanged', { reason, releasePlan: [...CURRENT], newArtifacts: [] }, ['releasePlan']],
    ['an embargo already past', { reason, releasePlan: [item('code', { embargoUntil: '2027-02-01' }), CURRENT[1] as ReleasePlanItem], newArtifacts: [] }, ['releasePlan.0.embargoUntil']],
    ['a new artifact without its plan', { reason, releasePlan: [...CURRENT], newArtifacts: [artifact('demo')] }, ['releasePlan']],
    ['a new artifact with its plan', { reason, releasePlan: [...CURRENT, item('demo')], newArtifacts: [artifact('demo')] }, []],
    ['a new artifact reusing a key', { reason, releasePlan: [...CURRENT], newArtifacts: [artifact('code')] }, ['newArtifacts.0.key']],
    ['a new artifact without a name', { reason, releasePlan: [...CURRENT, item('demo')], newArtifacts: [artifact('demo', { name: '' })] }, ['newArtifacts.0.name']],
  ])('%s', (_name, proposal, paths) => {
    expect(validateAmendment(proposal, context).map((e) => e.path)).toEqual(paths);
  });

  it('does not hold an unchanged past embargo to today', () => {
    const past = [item('code', { embargoUntil: '2027-01-01' }), CURRENT[1] as ReleasePlanItem];
    const proposed = [item('code', { embargoUntil: '2027-01-01', distribution: 'public' }), CURRENT[1] as ReleasePlanItem];
    expect(validateAmendment({ reason, releasePlan: proposed, newArtifacts: [] }, { ...context, currentPlan: past })).toEqual([]);
  });
});

describe('amendmentTier', () => {
  const statement = { content: completeContent(), artifacts: fixtureArtifacts() };
  const base = { content: statement.content, artifacts: statement.artifacts };
  it('stays expedited for a change that adds no risk by the rubric', () => {
    expect(amendmentTier({ ...base, releasePlan: statement.content.releasePlan, newArtifacts: [] })).toEqual({ tier: 'expedited', reasons: [] });
  });

  it('is raised to full when a working model goes to everyone at once with a real hazard', () => {
    const model = artifact('weights', { kind: 'trained_model', powerLevel: 'full', name: 'Full model weights' });
    const open = item('weights', { contentLevel: 'full', timing: 'immediate', distribution: 'public', embargoUntil: null });
    const hazardous = { ...statement.content, hazards: [{ kind: 'product_hazard' as const, description: 'Voice cloning for fraud.', severity: 'high' as const }] };
    const raised = amendmentTier({ content: hazardous, artifacts: statement.artifacts, releasePlan: [...hazardous.releasePlan, open], newArtifacts: [model] });
    expect(raised.tier).toBe('full');
    expect(raised.reasons.join(' ')).toContain('Full model weights');
  });
});

describe('deciding an amendment', () => {
  it.each<[string, Parameters<typeof amendmentDecisionErrors>[0], string[]]>([
    ['an expedited approval by a chair alone', { decision: 'approve', reason: '', tier: 'expedited', recommendations: 0, reviewersOfRecord: 3 }, []],
    ['a decline needs the reason', { decision: 'decline', reason: 'no', tier: 'expedited', recommendations: 0, reviewersOfRecord: 3 }, ['reason']],
    ['full review waits for two recommendations', { decision: 'approve', reason: '', tier: 'full', recommendations: 1, reviewersOfRecord: 3 }, ['decision']],
    ['full review with two', { decision: 'approve', reason: '', tier: 'full', recommendations: 2, reviewersOfRecord: 3 }, []],
    ['full review with the only reviewer of record', { decision: 'approve', reason: '', tier: 'full', recommendations: 1, reviewersOfRecord: 1 }, []],
  ])('%s', (_name, input, paths) => {
    expect(amendmentDecisionErrors(input).map((e) => e.path)).toEqual(paths);
  });

  it.each([
    ['expedited', 3, 0],
    ['full', 3, 2],
    ['full', 1, 1],
    ['full', 0, 0],
  ] as const)('%s with %i reviewers of record needs %i recommendations', (tier, reviewers, needed) => {
    expect(recommendationsNeeded(tier, reviewers)).toBe(needed);
  });

  it('checks a recommendation', () => {
    expect(validateAmendmentRecommendation({ decision: 'approve', comment: 'The weights are public elsewhere already.' })).toEqual([]);
    expect(validateAmendmentRecommendation({ decision: 'approve', comment: 'ok' }).map((e) => e.path)).toEqual(['comment']);
  });

  it.each([
    ['active', true],
    ['under_reevaluation', true],
    ['suspended', false],
    ['expired', false],
    ['terminated', false],
    ['closed', false],
  ])('an approval %s takes amendments: %s', (state, takes) => {
    expect(approvalTakesAmendments(state)).toBe(takes);
  });
});
