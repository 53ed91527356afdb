import {
  INDIRECT_HARM_KINDS,
  MITIGATION_CHALLENGE_KINDS,
  PATH_TO_HARM_FACTORS,
} from '../vocabulary/vocabulary';
import type { Artifact, ImpactStatementContent, ReleasePlanItem } from './impact-statement.types';
import { alignReleasePlan, emptyStatementContent, newHazard } from './statement-content.factory';
import { NOW, completeContent, fixtureArtifacts } from './statement-content.fixture';
import { validateDraft, validateForSubmission } from './statement.validation';

const artifacts = fixtureArtifacts();
const dataset: Artifact = {
  key: 'data',
  kind: 'training_data',
  name: 'Clips',
  description: '',
  powerLevel: 'full',
};

describe('emptyStatementContent', () => {
  const content = emptyStatementContent(artifacts);

  it.each<{ field: keyof ImpactStatementContent; value: unknown }>([
    { field: 'summary', value: '' },
    { field: 'hazards', value: [] },
    { field: 'accessRatchetStage', value: null },
    { field: 'accessRatchetJustification', value: '' },
    { field: 'benefits', value: '' },
    { field: 'affectedGroups', value: [] },
    { field: 'mitigations', value: [] },
  ])('starts $field empty', ({ field, value }) => {
    expect(content[field]).toEqual(value);
  });

  it('has one not-yet-rated, unjustified row per path-to-harm factor, in vocabulary order', () => {
    expect(content.pathToHarm).toEqual(
      PATH_TO_HARM_FACTORS.map((factor) => ({ factor, rating: null, justification: '' })),
    );
  });

  it.each([
    ['indirectHarms', INDIRECT_HARM_KINDS],
    ['mitigationChallenges', MITIGATION_CHALLENGE_KINDS],
  ] as const)(
    'leaves every kind of %s unanswered (neither "applies" nor "does not apply")',
    (field, kinds) => {
      expect(content[field]).toEqual(kinds.map((kind) => ({ kind, applies: null, description: '' })));
    },
  );

  it('adds hazards unrated, so an added row changes nothing until the author rates it', () => {
    expect(newHazard()).toEqual({ kind: 'product_hazard', severity: null, description: '' });
    expect(newHazard()).not.toBe(newHazard());
  });

  it('plans to withhold every artifact, in artifact order', () => {
    expect(content.releasePlan).toEqual(
      ['paper', 'model', 'code'].map((artifactKey) => ({
        artifactKey,
        contentLevel: 'withheld',
        timing: 'immediate',
        distribution: 'ask_for_access',
        embargoUntil: null,
        reviewEveryMonths: null,
        releaseEvent: '',
        stages: [],
        accessConditions: '',
      })),
    );
  });

  it('is a valid draft but not a submittable statement (the author must still answer)', () => {
    expect(validateDraft(content, artifacts)).toEqual([]);
    expect(validateForSubmission(content, artifacts, NOW).length).toBeGreaterThan(0);
  });

  it('returns fresh rows each time, so editing one statement never changes another', () => {
    const first = emptyStatementContent(artifacts);
    first.pathToHarm[0].rating = 'high';
    expect(emptyStatementContent(artifacts).pathToHarm[0].rating).toBeNull();
  });
});

describe('alignReleasePlan', () => {
  const keys = (plan: ReleasePlanItem[]): string[] => plan.map((item) => item.artifactKey);

  it.each<{ name: string; artifacts: Artifact[]; keys: string[] }>([
    { name: 'the same artifacts', artifacts, keys: ['paper', 'model', 'code'] },
    {
      name: 'an artifact added',
      artifacts: [...artifacts, dataset],
      keys: ['paper', 'model', 'code', 'data'],
    },
    { name: 'an artifact removed', artifacts: [artifacts[0], artifacts[2]], keys: ['paper', 'code'] },
    {
      name: 'artifacts reordered',
      artifacts: [artifacts[2], artifacts[0], artifacts[1]],
      keys: ['code', 'paper', 'model'],
    },
    { name: 'a repeated artifact key', artifacts: [artifacts[0], artifacts[0]], keys: ['paper'] },
    { name: 'no artifacts', artifacts: [], keys: [] },
  ])('keeps one item per artifact in artifact order: $name', ({ artifacts: list, keys: expected }) => {
    expect(keys(alignReleasePlan(completeContent(), list).releasePlan)).toEqual(expected);
  });

  it('keeps the existing items unchanged and adds the cautious default for a new artifact', () => {
    const before = completeContent();
    const aligned = alignReleasePlan(before, [dataset, ...artifacts]);
    expect(aligned.releasePlan.slice(1)).toEqual(before.releasePlan);
    expect(aligned.releasePlan[0]).toMatchObject({ artifactKey: 'data', contentLevel: 'withheld' });
  });

  it('keeps the first item when an artifact has two', () => {
    const content = completeContent();
    content.releasePlan.push({ ...content.releasePlan[0], contentLevel: 'reduced' });
    expect(alignReleasePlan(content, artifacts).releasePlan[0].contentLevel).toBe('full');
  });

  it('restores missing rows, drops duplicate and unknown ones, and orders rows by the vocabulary', () => {
    const content = completeContent();
    const reproducibility = content.pathToHarm[3];
    content.pathToHarm = [
      { factor: 'vibes' as never, rating: 'high', justification: 'Unknown factor.' },
      reproducibility,
      { ...reproducibility, rating: 'low', justification: 'A second answer.' },
    ];
    content.indirectHarms = [content.indirectHarms[1], content.indirectHarms[1]];
    content.mitigationChallenges = [];
    const aligned = alignReleasePlan(content, artifacts);
    expect(aligned.pathToHarm.map((row) => row.factor)).toEqual([...PATH_TO_HARM_FACTORS]);
    expect(aligned.pathToHarm[3]).toBe(reproducibility);
    expect(aligned.pathToHarm.filter((row) => row.justification !== '')).toEqual([reproducibility]);
    expect(aligned.indirectHarms).toEqual([
      { kind: 'disinformation_ratchet', applies: null, description: '' },
      content.indirectHarms[1],
    ]);
    expect(aligned.mitigationChallenges.map((row) => row.kind)).toEqual([...MITIGATION_CHALLENGE_KINDS]);
  });

  it('leaves the other sections alone and does not modify its input', () => {
    const content = completeContent();
    const snapshot = structuredClone(content);
    const aligned = alignReleasePlan(content, [dataset]);
    expect(content).toEqual(snapshot);
    expect({ ...aligned, releasePlan: snapshot.releasePlan }).toEqual(snapshot);
  });

  it('repairs content saved without the keyed sections', () => {
    const bare = {
      ...completeContent(),
      pathToHarm: undefined,
      releasePlan: undefined,
    } as unknown as ImpactStatementContent;
    const aligned = alignReleasePlan(bare, artifacts);
    expect(aligned.pathToHarm).toHaveLength(PATH_TO_HARM_FACTORS.length);
    expect(keys(aligned.releasePlan)).toEqual(['paper', 'model', 'code']);
  });
});
