import type { Artifact, FieldError, ImpactStatementContent } from './impact-statement.types';
import { STATEMENT_SECTIONS } from './impact-statement.types';
import { emptyStatementContent } from './statement-content.factory';
import { NOW, changed, completeContent, fixtureArtifacts } from './statement-content.fixture';
import {
  MAX_HAZARDS,
  MAX_TEXT,
  sectionOfPath,
  sectionStatus,
  validateArtifacts,
  validateDraft,
  validateDraftArtifacts,
  validateForSubmission,
} from './statement.validation';

const paths = (errors: FieldError[]): string[] => errors.map((error) => error.path);
const artifacts = fixtureArtifacts();
const x = (n: number): string => 'x'.repeat(n);

describe('validateArtifacts', () => {
  const withArtifact = (change: (a: Artifact[]) => void): Artifact[] => {
    const list = fixtureArtifacts();
    change(list);
    return list;
  };

  it.each<{ name: string; artifacts: Artifact[]; paths: string[] }>([
    { name: 'the fixture artifacts', artifacts: fixtureArtifacts(), paths: [] },
    { name: 'no artifacts', artifacts: [], paths: ['artifacts'] },
    { name: 'a blank key', artifacts: withArtifact((a) => (a[1].key = '  ')), paths: ['artifacts.1.key'] },
    {
      name: 'a repeated key',
      artifacts: withArtifact((a) => (a[2].key = 'paper')),
      paths: ['artifacts.2.key'],
    },
    {
      name: 'a key of 301 characters',
      artifacts: withArtifact((a) => (a[0].key = x(301))),
      paths: ['artifacts.0.key'],
    },
    {
      name: 'an unknown kind',
      artifacts: withArtifact((a) => (a[0].kind = 'blog_post' as Artifact['kind'])),
      paths: ['artifacts.0.kind'],
    },
    {
      name: 'an unknown power level',
      artifacts: withArtifact((a) => (a[0].powerLevel = 'max' as Artifact['powerLevel'])),
      paths: ['artifacts.0.powerLevel'],
    },
    { name: 'a blank name', artifacts: withArtifact((a) => (a[1].name = ' ')), paths: ['artifacts.1.name'] },
    { name: 'a name of 300 characters', artifacts: withArtifact((a) => (a[1].name = x(300))), paths: [] },
    {
      name: 'a name of 301 characters',
      artifacts: withArtifact((a) => (a[1].name = x(301))),
      paths: ['artifacts.1.name'],
    },
    {
      name: 'a description over the limit',
      artifacts: withArtifact((a) => (a[2].description = x(MAX_TEXT + 1))),
      paths: ['artifacts.2.description'],
    },
    {
      name: '31 artifacts',
      artifacts: Array.from({ length: 31 }, (_, i) => ({ ...fixtureArtifacts()[0], key: `a${i}` })),
      paths: ['artifacts'],
    },
  ])('$name → $paths', ({ artifacts: list, paths: expected }) => {
    expect(paths(validateArtifacts(list))).toEqual(expected);
  });

  // A draft is saved while the authors type: no artifact yet, or one still without a name, is
  // fine; junk (unknown kinds, repeated keys, oversized text) is not.
  it.each<{ name: string; artifacts: Artifact[]; paths: string[] }>([
    { name: 'no artifacts', artifacts: [], paths: [] },
    { name: 'a blank name', artifacts: withArtifact((a) => (a[1].name = '')), paths: [] },
    { name: 'a blank key', artifacts: withArtifact((a) => (a[1].key = '')), paths: ['artifacts.1.key'] },
    {
      name: 'a repeated key',
      artifacts: withArtifact((a) => (a[2].key = 'paper')),
      paths: ['artifacts.2.key'],
    },
    {
      name: 'an unknown kind',
      artifacts: withArtifact((a) => (a[0].kind = 'blog_post' as Artifact['kind'])),
      paths: ['artifacts.0.kind'],
    },
    {
      name: 'a name of 301 characters',
      artifacts: withArtifact((a) => (a[1].name = x(301))),
      paths: ['artifacts.1.name'],
    },
    {
      name: '31 artifacts',
      artifacts: Array.from({ length: 31 }, (_, i) => ({ ...fixtureArtifacts()[0], key: `a${i}` })),
      paths: ['artifacts'],
    },
  ])('in a draft: $name → $paths', ({ artifacts: list, paths: expected }) => {
    expect(paths(validateDraftArtifacts(list))).toEqual(expected);
  });
});

describe('validateDraft', () => {
  it('accepts an empty statement: drafts may be incomplete', () => {
    expect(validateDraft(emptyStatementContent(artifacts), artifacts)).toEqual([]);
  });

  it.each<{ name: string; content: ImpactStatementContent }>([
    { name: 'an empty summary', content: changed((c) => (c.summary = '')) },
    { name: 'no hazards', content: changed((c) => (c.hazards = [])) },
    { name: 'a missing path-to-harm row', content: changed((c) => c.pathToHarm.pop()) },
    { name: 'an unset access ratchet stage', content: changed((c) => (c.accessRatchetStage = null)) },
    { name: 'no affected groups', content: changed((c) => (c.affectedGroups = [])) },
    { name: 'a missing release plan item', content: changed((c) => c.releasePlan.pop()) },
    {
      name: 'a timed release without a date',
      content: changed((c) => (c.releasePlan[1].embargoUntil = null)),
    },
    {
      name: 'an embargo already past',
      content: changed((c) => (c.releasePlan[1].embargoUntil = '2000-01-01')),
    },
  ])('does not require completeness: $name', ({ content }) => {
    expect(validateDraft(content, artifacts)).toEqual([]);
    // The same content is incomplete for submission, so the draft acceptance is meaningful.
    expect(validateForSubmission(content, artifacts, NOW)).not.toEqual([]);
  });

  it.each<{ name: string; content: ImpactStatementContent; path: string }>([
    {
      name: 'summary over the limit',
      content: changed((c) => (c.summary = x(MAX_TEXT + 1))),
      path: 'summary',
    },
    {
      name: 'an unknown hazard kind',
      content: changed((c) => (c.hazards[0].kind = 'vibe_hazard' as never)),
      path: 'hazards.0.kind',
    },
    {
      name: 'an unknown severity',
      content: changed((c) => (c.hazards[1].severity = 'catastrophic' as never)),
      path: 'hazards.1.severity',
    },
    {
      name: 'too many hazards',
      content: changed(
        (c) => (c.hazards = Array.from({ length: MAX_HAZARDS + 1 }, () => ({ ...c.hazards[0] }))),
      ),
      path: 'hazards',
    },
    {
      name: 'an unknown path-to-harm factor',
      content: changed((c) => (c.pathToHarm[0].factor = 'vibes' as never)),
      path: 'pathToHarm.0.factor',
    },
    {
      name: 'a factor rated twice',
      content: changed((c) => (c.pathToHarm[1].factor = 'attention_of_adversaries')),
      path: 'pathToHarm.1.factor',
    },
    {
      name: 'an unknown rating',
      content: changed((c) => (c.pathToHarm[2].rating = 'extreme' as never)),
      path: 'pathToHarm.2.rating',
    },
    {
      name: 'an unknown access ratchet stage',
      content: changed((c) => (c.accessRatchetStage = 'viral' as never)),
      path: 'accessRatchetStage',
    },
    {
      name: 'an indirect harm kind listed twice',
      content: changed((c) => (c.indirectHarms[1].kind = 'disinformation_ratchet')),
      path: 'indirectHarms.1.kind',
    },
    {
      name: 'an "applies" that is not yes or no',
      content: changed((c) => (c.mitigationChallenges[0].applies = 'maybe' as never)),
      path: 'mitigationChallenges.0.applies',
    },
    {
      name: 'an affected group over 300 characters',
      content: changed((c) => (c.affectedGroups[1] = x(301))),
      path: 'affectedGroups.1',
    },
    {
      name: 'an unknown mitigation kind',
      content: changed((c) => (c.mitigations[0].kind = 'prayer' as never)),
      path: 'mitigations.0.kind',
    },
    {
      name: 'a plan for an artifact the submission does not have',
      content: changed((c) => (c.releasePlan[0].artifactKey = 'dataset')),
      path: 'releasePlan.0.artifactKey',
    },
    {
      name: 'two plans for one artifact',
      content: changed((c) => (c.releasePlan[2].artifactKey = 'model')),
      path: 'releasePlan.2.artifactKey',
    },
    {
      name: 'an unknown content level',
      content: changed((c) => (c.releasePlan[0].contentLevel = 'most' as never)),
      path: 'releasePlan.0.contentLevel',
    },
    {
      name: 'an unknown timing',
      content: changed((c) => (c.releasePlan[0].timing = 'soon' as never)),
      path: 'releasePlan.0.timing',
    },
    {
      name: 'an unknown distribution',
      content: changed((c) => (c.releasePlan[0].distribution = 'friends' as never)),
      path: 'releasePlan.0.distribution',
    },
    {
      name: 'an embargo date with slashes',
      content: changed((c) => (c.releasePlan[1].embargoUntil = '2030/06/01')),
      path: 'releasePlan.1.embargoUntil',
    },
    {
      name: 'an embargo on a day that does not exist',
      content: changed((c) => (c.releasePlan[1].embargoUntil = '2030-02-29')),
      path: 'releasePlan.1.embargoUntil',
    },
    {
      name: 'a review every 0 months',
      content: changed((c) => (c.releasePlan[0].reviewEveryMonths = 0)),
      path: 'releasePlan.0.reviewEveryMonths',
    },
    {
      name: 'a review every 61 months',
      content: changed((c) => (c.releasePlan[0].reviewEveryMonths = 61)),
      path: 'releasePlan.0.reviewEveryMonths',
    },
    {
      name: 'a review every 1.5 months',
      content: changed((c) => (c.releasePlan[0].reviewEveryMonths = 1.5)),
      path: 'releasePlan.0.reviewEveryMonths',
    },
    {
      name: 'a stage date that is not a date',
      content: changed((c) => (c.releasePlan[2].stages[0].opensOn = 'next spring')),
      path: 'releasePlan.2.stages.0.opensOn',
    },
    {
      name: 'eleven stages',
      content: changed(
        (c) =>
          (c.releasePlan[2].stages = Array.from({ length: 11 }, () => ({ ...c.releasePlan[2].stages[1] }))),
      ),
      path: 'releasePlan.2.stages',
    },
    {
      name: 'access conditions over the limit',
      content: changed((c) => (c.releasePlan[1].accessConditions = x(MAX_TEXT + 1))),
      path: 'releasePlan.1.accessConditions',
    },
  ])('rejects $name at $path', ({ content, path }) => {
    expect(paths(validateDraft(content, artifacts))).toEqual([path]);
  });

  it.each<{ name: string; content: ImpactStatementContent }>([
    { name: 'a factor not yet rated', content: changed((c) => (c.pathToHarm[0].rating = null)) },
    { name: 'a hazard not yet rated', content: changed((c) => (c.hazards[0].severity = null)) },
    {
      name: 'an indirect harm not yet answered',
      content: changed((c) => (c.indirectHarms[0].applies = null)),
    },
    { name: 'summary at the limit', content: changed((c) => (c.summary = x(MAX_TEXT))) },
    { name: 'a review every month', content: changed((c) => (c.releasePlan[0].reviewEveryMonths = 1)) },
    { name: 'a review every 60 months', content: changed((c) => (c.releasePlan[0].reviewEveryMonths = 60)) },
    { name: 'an empty date field sent as ""', content: changed((c) => (c.releasePlan[0].embargoUntil = '')) },
    {
      name: 'a leap day that exists',
      content: changed((c) => (c.releasePlan[1].embargoUntil = '2032-02-29')),
    },
  ])('accepts $name', ({ content }) => {
    expect(validateDraft(content, artifacts)).toEqual([]);
  });

  it('does not throw on sections missing entirely (a hand-made or legacy record)', () => {
    const partial = { summary: 'x' } as unknown as ImpactStatementContent;
    expect(validateDraft(partial, artifacts)).toEqual([]);
    expect(paths(validateForSubmission(partial, artifacts, NOW))).toContain('hazards');
  });
});

describe('validateForSubmission', () => {
  it('accepts the complete fixture', () => {
    expect(validateForSubmission(completeContent(), artifacts, NOW)).toEqual([]);
  });

  it.each<{ name: string; content: ImpactStatementContent; path: string; message: RegExp }>([
    {
      name: 'a short summary',
      content: changed((c) => (c.summary = 'Voice model.')),
      path: 'summary',
      message: /30 characters/,
    },
    {
      name: 'a summary of spaces',
      content: changed((c) => (c.summary = ' '.repeat(40))),
      path: 'summary',
      message: /30/,
    },
    {
      name: 'no hazards',
      content: changed((c) => (c.hazards = [])),
      path: 'hazards',
      message: /at least one hazard/,
    },
    {
      name: 'a short hazard description',
      content: changed((c) => (c.hazards[0].description = 'Scams.')),
      path: 'hazards.0.description',
      message: /^Describe this hazard in at least 10 characters\.$/,
    },
    {
      name: 'a short justification',
      content: changed((c) => (c.pathToHarm[3].justification = 'easy')),
      path: 'pathToHarm.3.justification',
      message: /“Reproducibility”/,
    },
    {
      name: 'a factor left out',
      content: changed((c) => c.pathToHarm.splice(4, 1)),
      path: 'pathToHarm',
      message: /“Modifiability”/,
    },
    {
      name: 'no access ratchet stage',
      content: changed((c) => (c.accessRatchetStage = null)),
      path: 'accessRatchetStage',
      message: /stage of the access ratchet/,
    },
    {
      name: 'a short access ratchet justification',
      content: changed((c) => (c.accessRatchetJustification = 'none')),
      path: 'accessRatchetJustification',
      message: /10 characters/,
    },
    {
      name: 'an applying indirect harm without description',
      content: changed((c) => (c.indirectHarms[0].description = '')),
      path: 'indirectHarms.0.description',
      message: /“Disinformation ratchet”/,
    },
    {
      name: 'an indirect harm left out',
      content: changed((c) => c.indirectHarms.pop()),
      path: 'indirectHarms',
      message: /“Sociotechnical path dependencies” applies/,
    },
    {
      name: 'an applying mitigation challenge without description',
      content: changed((c) => (c.mitigationChallenges[2].applies = true)),
      path: 'mitigationChallenges.2.description',
      message: /“Conflation”/,
    },
    {
      name: 'short benefits',
      content: changed((c) => (c.benefits = 'Helps.')),
      path: 'benefits',
      message: /benefits/,
    },
    {
      name: 'no affected groups',
      content: changed((c) => (c.affectedGroups = [])),
      path: 'affectedGroups',
      message: /at least one group/,
    },
    {
      name: 'a blank affected group',
      content: changed((c) => (c.affectedGroups[1] = '  ')),
      path: 'affectedGroups.1',
      message: /Name this group/,
    },
    {
      name: 'no mitigation for a medium hazard',
      content: changed((c) => (c.mitigations = [])),
      path: 'mitigations',
      message: /above low severity/,
    },
    {
      name: 'a short mitigation',
      content: changed((c) => (c.mitigations[0].description = 'Watermark')),
      path: 'mitigations.0.description',
      message: /10 characters/,
    },
    {
      name: 'an artifact without a plan',
      content: changed((c) => c.releasePlan.splice(1, 1)),
      path: 'releasePlan',
      message: /“Voice model”/,
    },
    {
      name: 'a timed release without a date',
      content: changed((c) => (c.releasePlan[1].embargoUntil = null)),
      path: 'releasePlan.1.embargoUntil',
      message: /^Release plan for “Voice model”: choose the date the embargo lifts\.$/,
    },
    {
      name: 'an embargo lifting today',
      content: changed((c) => (c.releasePlan[1].embargoUntil = '2030-01-15')),
      path: 'releasePlan.1.embargoUntil',
      message: /after today/,
    },
    {
      name: 'a periodic evaluation without a period',
      content: changed((c) => (c.releasePlan[0].timing = 'periodic_evaluation')),
      path: 'releasePlan.0.reviewEveryMonths',
      message: /months/,
    },
    {
      name: 'an evented release without the event',
      content: changed((c) => (c.releasePlan[0].timing = 'evented')),
      path: 'releasePlan.0.releaseEvent',
      message: /event/,
    },
    {
      name: 'a staged release with one stage',
      content: changed((c) => c.releasePlan[2].stages.pop()),
      path: 'releasePlan.2.stages',
      message: /at least 2 stages/,
    },
    {
      name: 'a stage without description',
      content: changed((c) => (c.releasePlan[2].stages[0].description = ' ')),
      path: 'releasePlan.2.stages.0.description',
      message: /^Release plan for “Training code”, stage 1: describe what this stage releases\.$/,
    },
    {
      name: 'a stage with neither date nor trigger',
      content: changed((c) => (c.releasePlan[2].stages[1].trigger = '')),
      path: 'releasePlan.2.stages.1.opensOn',
      message: /date .* or the event/,
    },
    {
      name: 'stages whose dates run backwards',
      content: changed((c) => (c.releasePlan[2].stages[1].opensOn = '2030-02-01')),
      path: 'releasePlan.2.stages.1.opensOn',
      message: /before an earlier stage/,
    },
    {
      name: 'access on request without conditions',
      content: changed((c) => (c.releasePlan[1].accessConditions = 'ask')),
      path: 'releasePlan.1.accessConditions',
      message: /conditions/,
    },
    {
      name: 'withheld yet public and immediate',
      content: changed((c) => (c.releasePlan[0].contentLevel = 'withheld')),
      path: 'releasePlan.0.contentLevel',
      message: /withheld but also released publicly and immediately/,
    },
    {
      name: 'a path-to-harm factor not yet rated',
      content: changed((c) => (c.pathToHarm[3].rating = null)),
      path: 'pathToHarm.3.rating',
      message: /^Rate “Reproducibility”: low, medium or high\.$/,
    },
    {
      name: 'a hazard not yet rated',
      content: changed((c) => {
        c.hazards[1].severity = null;
        c.hazards[0].severity = 'low';
        c.mitigations = [{ kind: 'watermarking', description: 'Every output carries a watermark.' }];
      }),
      path: 'hazards.1.severity',
      message: /how severe/,
    },
    {
      name: 'an indirect harm not yet answered',
      content: changed((c) => (c.indirectHarms[1].applies = null)),
      path: 'indirectHarms.1.applies',
      message: /^Say whether “Sociotechnical path dependencies” applies to this work\.$/,
    },
    {
      name: 'a mitigation challenge not yet answered',
      content: changed((c) => (c.mitigationChallenges[0].applies = null)),
      path: 'mitigationChallenges.0.applies',
      message: /“Composition”/,
    },
    {
      name: 'an unknown timing, naming the artifact',
      content: changed((c) => (c.releasePlan[1].timing = 'someday' as never)),
      path: 'releasePlan.1.timing',
      message: /^Release plan for “Voice model”: choose a timing\.$/,
    },
    {
      name: 'a draft error (unknown severity) also blocks submission',
      content: changed((c) => (c.hazards[1].severity = 'meh' as never)),
      path: 'hazards.1.severity',
      message: /how severe/,
    },
  ])('rejects $name at $path', ({ content, path, message }) => {
    const errors = validateForSubmission(content, artifacts, NOW);
    expect(paths(errors)).toEqual([path]);
    expect(errors[0]?.message).toMatch(message);
  });

  it.each<{ name: string; content: ImpactStatementContent }>([
    {
      name: 'no mitigations when every hazard is low',
      content: changed((c) => {
        c.mitigations = [];
        c.hazards[0].severity = 'low';
      }),
    },
    {
      name: 'an embargo lifting tomorrow',
      content: changed((c) => (c.releasePlan[1].embargoUntil = '2030-01-16')),
    },
    {
      name: 'a non-applying indirect harm without description',
      content: changed(
        (c) => (c.indirectHarms[0] = { ...c.indirectHarms[0], applies: false, description: '' }),
      ),
    },
    {
      name: 'withheld but public on a timer (it opens later)',
      content: changed((c) => {
        c.releasePlan[0].contentLevel = 'withheld';
        c.releasePlan[0].timing = 'timed';
        c.releasePlan[0].embargoUntil = '2031-01-01';
      }),
    },
    {
      name: 'stages on the same day',
      content: changed((c) => (c.releasePlan[2].stages[1].opensOn = '2030-03-01')),
    },
    {
      name: 'leftover stages on a release that is no longer staged',
      content: changed((c) => {
        c.releasePlan[2].timing = 'immediate';
        c.releasePlan[2].stages = [{ description: '', opensOn: null, trigger: '' }];
      }),
    },
  ])('accepts $name', ({ content }) => {
    expect(validateForSubmission(content, artifacts, NOW)).toEqual([]);
  });

  it('reports every section of an empty statement as missing, in section order', () => {
    const errors = validateForSubmission(emptyStatementContent(artifacts), artifacts, NOW);
    const sections = [...new Set(errors.map((error) => sectionOfPath(error.path)))];
    // Nothing counts as answered by default: not the ratings, not "does not apply", not the lack
    // of mitigations while there are no hazards.
    expect(sections).toEqual([...STATEMENT_SECTIONS]);
  });

  it.each<{ name: string; content: ImpactStatementContent; message: RegExp }>([
    {
      name: 'no hazards at all',
      content: changed((c) => {
        c.hazards = [];
        c.mitigations = [];
      }),
      message: /only work whose hazards are all rated low/,
    },
    {
      name: 'an unrated hazard',
      content: changed((c) => {
        c.hazards = [
          { kind: 'data_hazard', severity: null, description: 'Reveals which clips are easy to clone.' },
        ];
        c.mitigations = [];
      }),
      message: /only work whose hazards are all rated low/,
    },
  ])('requires a mitigation with $name', ({ content, message }) => {
    const errors = validateForSubmission(content, artifacts, NOW).filter((e) => e.path === 'mitigations');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(message);
  });

  it('does not count a release plan as complete while there are no artifacts', () => {
    const content = changed((c) => (c.releasePlan = []));
    expect(validateForSubmission(content, [], NOW)).toEqual([
      {
        path: 'releasePlan',
        message: 'Add the artifacts in the submission details, then plan their release.',
      },
    ]);
  });
});

describe('sectionOfPath', () => {
  it.each([
    ['summary', 'summary'],
    ['hazards.3.description', 'hazards'],
    ['pathToHarm', 'pathToHarm'],
    ['accessRatchetStage', 'accessRatchet'],
    ['accessRatchetJustification', 'accessRatchet'],
    ['indirectHarms.0.description', 'indirectHarms'],
    ['mitigationChallenges.1.applies', 'mitigationChallenges'],
    ['benefits', 'benefits'],
    ['affectedGroups.2', 'benefits'],
    ['mitigations', 'mitigations'],
    ['releasePlan.1.stages.0.opensOn', 'releasePlan'],
    ['artifacts.0.key', null],
    ['toString', null],
    ['', null],
  ])('%s → %s', (path, section) => {
    expect(sectionOfPath(path)).toBe(section);
  });
});

describe('sectionStatus', () => {
  it('lists every section in editor order, all complete for the fixture', () => {
    const status = sectionStatus(completeContent(), artifacts, NOW);
    expect(status.map((entry) => entry.section)).toEqual([...STATEMENT_SECTIONS]);
    expect(status.every((entry) => entry.complete && entry.errors.length === 0)).toBe(true);
  });

  it('marks exactly the sections with missing parts, with their errors', () => {
    const content = changed((c) => {
      c.summary = '';
      c.affectedGroups = [];
      c.releasePlan[1].embargoUntil = null;
    });
    const incomplete = sectionStatus(content, artifacts, NOW).filter((entry) => !entry.complete);
    expect(incomplete.map((entry) => [entry.section, paths(entry.errors)])).toEqual([
      ['summary', ['summary']],
      ['benefits', ['affectedGroups']],
      ['releasePlan', ['releasePlan.1.embargoUntil']],
    ]);
  });
});
