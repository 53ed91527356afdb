import type { Severity, Tier } from '../vocabulary/vocabulary';
import type { Artifact, ImpactStatementContent, ReleasePlanItem } from '../statement/impact-statement.types';
import { emptyStatementContent, newHazard } from '../statement/statement-content.factory';
import { completeContent, fixtureArtifacts } from '../statement/statement-content.fixture';
import { compareTiers, maxTier, suggestTier } from './tier.rubric';

const artifacts: Artifact[] = [
  ...fixtureArtifacts(),
  { key: 'demo', kind: 'runnable_system', name: 'Web demo', description: '', powerLevel: 'full' },
  { key: 'data', kind: 'training_data', name: 'Clips', description: '', powerLevel: 'full' },
];

/** A statement with nothing that scores: no hazards, no factor rated, nothing released. */
function quiet(change: (content: ImpactStatementContent) => void = () => undefined): ImpactStatementContent {
  const content = emptyStatementContent(artifacts);
  change(content);
  return content;
}

const hazard = (severity: Severity) => ({
  kind: 'product_hazard' as const,
  severity,
  description: 'A hazard.',
});
const hazards = (...severities: Severity[]) => severities.map(hazard);

/** Releases the artifact with this key in full, publicly and immediately. */
function openRelease(content: ImpactStatementContent, key: string): void {
  const item = content.releasePlan.find((entry) => entry.artifactKey === key) as ReleasePlanItem;
  Object.assign(item, { contentLevel: 'full', distribution: 'public', timing: 'immediate' });
}

describe('suggestTier: score, thresholds and floors', () => {
  it.each<{ name: string; content: ImpactStatementContent; score: number; tier: Tier }>([
    { name: 'nothing that scores', content: quiet(), score: 0, tier: 'exempt' },
    // Rows the author has not filled in never move the tier, whatever they hold.
    {
      name: 'a hazard just added (not yet rated)',
      content: quiet((c) => (c.hazards = [newHazard()])),
      score: 0,
      tier: 'exempt',
    },
    {
      name: 'a rated hazard without a description (left blank)',
      content: quiet((c) => (c.hazards = [{ kind: 'data_hazard', severity: 'low', description: '  ' }])),
      score: 0,
      tier: 'exempt',
    },
    {
      name: 'a severe hazard without a description (no floor either)',
      content: quiet((c) => (c.hazards = [{ kind: 'data_hazard', severity: 'severe', description: '' }])),
      score: 0,
      tier: 'exempt',
    },
    {
      name: 'a described hazard not yet rated',
      content: quiet((c) => (c.hazards = [{ ...newHazard(), description: 'Phone scams.' }])),
      score: 0,
      tier: 'exempt',
    },
    {
      name: 'factors not yet rated and indirect harms not yet answered',
      content: quiet((c) => {
        c.pathToHarm.forEach((row) => (row.rating = null));
        c.indirectHarms.forEach((row) => (row.applies = null));
      }),
      score: 0,
      tier: 'exempt',
    },
    {
      name: 'factors rated low (an answer worth nothing)',
      content: quiet((c) => c.pathToHarm.forEach((row) => (row.rating = 'low'))),
      score: 0,
      tier: 'exempt',
    },
    { name: 'one low hazard', content: quiet((c) => (c.hazards = hazards('low'))), score: 1, tier: 'exempt' },
    {
      name: 'three low hazards (3, the exempt limit)',
      content: quiet((c) => (c.hazards = hazards('low', 'low', 'low'))),
      score: 3,
      tier: 'exempt',
    },
    {
      name: 'two medium hazards (4)',
      content: quiet((c) => (c.hazards = hazards('medium', 'medium'))),
      score: 4,
      tier: 'expedited',
    },
    {
      name: 'five medium hazards (10, the expedited limit)',
      content: quiet((c) => (c.hazards = hazards(...Array<Severity>(5).fill('medium')))),
      score: 10,
      tier: 'expedited',
    },
    {
      name: 'five medium and one low hazard (11)',
      content: quiet((c) => (c.hazards = hazards(...Array<Severity>(5).fill('medium'), 'low'))),
      score: 11,
      tier: 'full',
    },
    {
      name: 'a high hazard',
      content: quiet((c) => (c.hazards = hazards('high'))),
      score: 4,
      tier: 'expedited',
    },
    {
      name: 'a severe hazard (floor full despite 8 points)',
      content: quiet((c) => (c.hazards = hazards('severe'))),
      score: 8,
      tier: 'full',
    },
    {
      name: 'a medium path-to-harm rating',
      content: quiet((c) => (c.pathToHarm[0].rating = 'medium')),
      score: 1,
      tier: 'exempt',
    },
    {
      name: 'a high path-to-harm rating',
      content: quiet((c) => (c.pathToHarm[0].rating = 'high')),
      score: 2,
      tier: 'exempt',
    },
    {
      name: 'all nine factors high',
      content: quiet((c) => c.pathToHarm.forEach((row) => (row.rating = 'high'))),
      score: 18,
      tier: 'full',
    },
    {
      name: 'theoretical capability',
      content: quiet((c) => (c.accessRatchetStage = 'theoretical_capability')),
      score: 0,
      tier: 'exempt',
    },
    {
      name: 'attention received',
      content: quiet((c) => (c.accessRatchetStage = 'attention_received')),
      score: 1,
      tier: 'exempt',
    },
    {
      name: 'weaponized or productized (floor full)',
      content: quiet((c) => (c.accessRatchetStage = 'weaponized_or_productized')),
      score: 3,
      tier: 'full',
    },
    {
      name: 'in sustained use (floor full)',
      content: quiet((c) => (c.accessRatchetStage = 'in_sustained_use')),
      score: 4,
      tier: 'full',
    },
    {
      name: 'an applying indirect harm',
      content: quiet((c) => (c.indirectHarms[0].applies = true)),
      score: 1,
      tier: 'exempt',
    },
    {
      name: 'all mitigation challenges apply',
      content: quiet((c) => c.mitigationChallenges.forEach((row) => (row.applies = true))),
      score: 4,
      tier: 'expedited',
    },
    {
      name: 'open release of source code',
      content: quiet((c) => openRelease(c, 'code')),
      score: 2,
      tier: 'exempt',
    },
    {
      name: 'open release of a trained model',
      content: quiet((c) => openRelease(c, 'model')),
      score: 3,
      tier: 'exempt',
    },
    {
      name: 'open release of training data',
      content: quiet((c) => openRelease(c, 'data')),
      score: 3,
      tier: 'exempt',
    },
    {
      name: 'open release of a runnable system',
      content: quiet((c) => openRelease(c, 'demo')),
      score: 3,
      tier: 'exempt',
    },
    {
      name: 'open release of the paper (not scored)',
      content: quiet((c) => openRelease(c, 'paper')),
      score: 0,
      tier: 'exempt',
    },
    {
      name: 'a trained model released openly with a low hazard',
      content: quiet((c) => {
        openRelease(c, 'model');
        c.hazards = hazards('low');
      }),
      score: 4,
      tier: 'expedited',
    },
    {
      name: 'a trained model released openly with a medium hazard (floor full)',
      content: quiet((c) => {
        openRelease(c, 'model');
        c.hazards = hazards('medium');
      }),
      score: 5,
      tier: 'full',
    },
    {
      name: 'a runnable system released openly with a medium hazard (floor full)',
      content: quiet((c) => {
        openRelease(c, 'demo');
        c.hazards = hazards('medium');
      }),
      score: 5,
      tier: 'full',
    },
    {
      name: 'a trained model released openly next to a blank medium hazard (no floor)',
      content: quiet((c) => {
        openRelease(c, 'model');
        c.hazards = [{ kind: 'product_hazard', severity: 'medium', description: '' }];
      }),
      score: 3,
      tier: 'exempt',
    },
    {
      name: 'training data released openly with a medium hazard (no floor)',
      content: quiet((c) => {
        openRelease(c, 'data');
        c.hazards = hazards('medium');
      }),
      score: 5,
      tier: 'expedited',
    },
    {
      name: 'a model released in full and publicly, but timed',
      content: quiet((c) => {
        openRelease(c, 'model');
        c.releasePlan[1].timing = 'timed';
        c.hazards = hazards('medium');
      }),
      score: 2,
      tier: 'exempt',
    },
    {
      name: 'a model released publicly and immediately, but reduced',
      content: quiet((c) => {
        openRelease(c, 'model');
        c.releasePlan[1].contentLevel = 'reduced';
      }),
      score: 0,
      tier: 'exempt',
    },
    {
      name: 'the complete fixture (hazards 3, factors 3, indirect harm 1)',
      content: completeContent(),
      score: 7,
      tier: 'expedited',
    },
  ])('$name → score $score, $tier', ({ content, score, tier }) => {
    const suggestion = suggestTier(content, artifacts);
    expect({ score: suggestion.score, tier: suggestion.tier }).toEqual({ score, tier });
    // The score is always the sum of what the drivers report.
    expect(suggestion.drivers.reduce((sum, driver) => sum + driver.points, 0)).toBe(score);
  });

  it.each<{ name: string; content: ImpactStatementContent; score: number }>([
    {
      name: 'a factor rated twice',
      content: quiet((c) => {
        c.pathToHarm[0].rating = 'high';
        c.pathToHarm.push({ ...c.pathToHarm[0] });
      }),
      score: 2,
    },
    {
      name: 'an indirect harm listed twice',
      content: quiet((c) => {
        c.indirectHarms[0].applies = true;
        c.indirectHarms.push({ ...c.indirectHarms[0] });
      }),
      score: 1,
    },
    {
      name: 'an unknown mitigation challenge kind',
      content: quiet((c) =>
        c.mitigationChallenges.push({ kind: 'vibes' as never, applies: true, description: '' }),
      ),
      score: 0,
    },
    {
      name: 'a plan for an artifact the submission does not have',
      content: quiet((c) =>
        c.releasePlan.push({
          ...c.releasePlan[1],
          artifactKey: 'ghost',
          contentLevel: 'full',
          distribution: 'public',
        }),
      ),
      score: 0,
    },
    {
      name: 'two open plans for one artifact',
      content: quiet((c) => {
        openRelease(c, 'model');
        c.releasePlan.push({ ...c.releasePlan[1] });
      }),
      score: 3,
    },
  ])('counts each answer once, and only known answers: $name', ({ content, score }) => {
    expect(suggestTier(content, artifacts).score).toBe(score);
  });
});

describe('suggestTier: drivers', () => {
  it('names each answer, its points and floor, most influential first', () => {
    const content = quiet((c) => {
      c.hazards = [
        { kind: 'data_hazard', severity: 'low', description: 'Leaks speaker identities.' },
        { kind: 'product_hazard', severity: 'high', description: 'Phone scams.' },
        { kind: 'attention_hazard', severity: 'medium', description: 'Advertises the method.' },
        { kind: 'product_hazard', severity: 'severe', description: 'Real-time impersonation.' },
      ];
      c.pathToHarm[3].rating = 'high';
      c.pathToHarm[0].rating = 'medium';
      c.indirectHarms[1].applies = true;
      c.accessRatchetStage = 'attention_received';
      openRelease(c, 'model');
    });
    const drivers = suggestTier(content, artifacts).drivers;
    expect(
      drivers.map(({ path, section, answer, points, floor }) => ({ path, section, answer, points, floor })),
    ).toEqual([
      {
        path: 'hazards.3.severity',
        section: 'hazards',
        answer: 'Severe product hazard',
        points: 8,
        floor: 'full',
      },
      {
        path: 'releasePlan.1',
        section: 'releasePlan',
        answer: 'Trained model “Voice model” released in full, publicly and immediately',
        points: 3,
        floor: 'full',
      },
      {
        path: 'hazards.1.severity',
        section: 'hazards',
        answer: 'High product hazard',
        points: 4,
        floor: 'expedited',
      },
      {
        path: 'hazards.2.severity',
        section: 'hazards',
        answer: 'Medium attention hazard',
        points: 2,
        floor: null,
      },
      {
        path: 'pathToHarm.3.rating',
        section: 'pathToHarm',
        answer: 'Reproducibility: High',
        points: 2,
        floor: null,
      },
      {
        path: 'accessRatchetStage',
        section: 'accessRatchet',
        answer: 'Attention received',
        points: 1,
        floor: null,
      },
      { path: 'hazards.0.severity', section: 'hazards', answer: 'Low data hazard', points: 1, floor: null },
      {
        path: 'indirectHarms.1.applies',
        section: 'indirectHarms',
        answer: 'Sociotechnical path dependencies applies',
        points: 1,
        floor: null,
      },
      {
        path: 'pathToHarm.0.rating',
        section: 'pathToHarm',
        answer: 'Attention of adversaries: Medium',
        points: 1,
        floor: null,
      },
    ]);
    expect(drivers.every((driver) => driver.reason.length > 10)).toBe(true);
  });

  it('orders equal drivers by path with numeric indexes (hazards.2 before hazards.10)', () => {
    const content = quiet((c) => (c.hazards = hazards(...Array<Severity>(11).fill('low'))));
    const paths = suggestTier(content, artifacts).drivers.map((driver) => driver.path);
    expect(paths.slice(1, 3)).toEqual(['hazards.1.severity', 'hazards.2.severity']);
    expect(paths.at(-1)).toBe('hazards.10.severity');
  });

  it('lists no driver for answers worth nothing', () => {
    const content = quiet((c) => (c.accessRatchetStage = 'theoretical_capability'));
    expect(suggestTier(content, artifacts).drivers).toEqual([]);
  });

  it('is deterministic', () => {
    const content = completeContent();
    expect(suggestTier(content, artifacts)).toEqual(suggestTier(structuredClone(content), artifacts));
  });
});

describe('compareTiers and maxTier', () => {
  it.each<[Tier, Tier, number]>([
    ['exempt', 'expedited', -1],
    ['expedited', 'full', -1],
    ['exempt', 'full', -1],
    ['full', 'exempt', 1],
    ['expedited', 'expedited', 0],
  ])('compareTiers(%s, %s) has the sign of %d', (a, b, sign) => {
    expect(Math.sign(compareTiers(a, b))).toBe(sign);
  });

  it.each<[Tier[], Tier]>([
    [[], 'exempt'],
    [['exempt'], 'exempt'],
    [['expedited', 'exempt'], 'expedited'],
    [['exempt', 'full', 'expedited'], 'full'],
  ])('maxTier(%j) = %s', (tiers, expected) => {
    expect(maxTier(...tiers)).toBe(expected);
  });
});
