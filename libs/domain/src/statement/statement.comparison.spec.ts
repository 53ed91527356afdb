import type { ImpactStatementContent } from './impact-statement.types';
import { SECTION_TITLES, STATEMENT_SECTIONS } from './impact-statement.types';
import { changed, completeContent, fixtureArtifacts } from './statement-content.fixture';
import type { ComparableVersion, FieldChange } from './statement.comparison';
import { COMPARED_SECTIONS, compareStatementContents, compareVersions } from './statement.comparison';

const artifacts = fixtureArtifacts();
const allChanges = (
  before: ImpactStatementContent,
  after: ImpactStatementContent,
  withArtifacts = true,
): FieldChange[] =>
  compareStatementContents(before, after, withArtifacts ? artifacts : undefined).flatMap(
    (entry) => entry.changes,
  );

describe('compareStatementContents', () => {
  it('returns every section in order, unchanged, for identical versions', () => {
    const result = compareStatementContents(completeContent(), completeContent(), artifacts);
    expect(result).toEqual(
      STATEMENT_SECTIONS.map((section) => ({
        section,
        title: SECTION_TITLES[section],
        changed: false,
        changes: [],
      })),
    );
  });

  it.each<{ name: string; after: ImpactStatementContent; changes: FieldChange[] }>([
    {
      name: 'an edited summary',
      after: changed((c) => (c.summary = 'New summary.')),
      changes: [
        {
          path: 'summary',
          label: 'Summary',
          before: 'A voice cloning model that needs only five seconds of audio.',
          after: 'New summary.',
        },
      ],
    },
    {
      name: 'free text that happens to be a vocabulary value stays as written',
      after: changed((c) => (c.benefits = 'low')),
      changes: [
        {
          path: 'benefits',
          label: 'Benefits',
          before: 'Restores the voices of people who lost the ability to speak.',
          after: 'low',
        },
      ],
    },
    {
      name: 'a raised severity',
      after: changed((c) => (c.hazards[1].severity = 'high')),
      changes: [{ path: 'hazards.1.severity', label: 'Hazard 2 · severity', before: 'Low', after: 'High' }],
    },
    {
      name: 'an added hazard',
      after: changed((c) =>
        c.hazards.push({ kind: 'data_hazard', severity: 'medium', description: 'Leaks voices.' }),
      ),
      changes: [
        { path: 'hazards.2.kind', label: 'Hazard 3 · kind', before: null, after: 'Data hazard' },
        { path: 'hazards.2.severity', label: 'Hazard 3 · severity', before: null, after: 'Medium' },
        {
          path: 'hazards.2.description',
          label: 'Hazard 3 · description',
          before: null,
          after: 'Leaks voices.',
        },
      ],
    },
    {
      name: 'a removed hazard',
      after: changed((c) => c.hazards.pop()),
      changes: [
        { path: 'hazards.1.kind', label: 'Hazard 2 · kind', before: 'Attention hazard', after: null },
        { path: 'hazards.1.severity', label: 'Hazard 2 · severity', before: 'Low', after: null },
        {
          path: 'hazards.1.description',
          label: 'Hazard 2 · description',
          before: 'Shows that few-shot cloning is feasible.',
          after: null,
        },
      ],
    },
    {
      name: 'a changed rating in reordered rows (rows match by factor)',
      after: changed((c) => {
        c.pathToHarm.reverse();
        c.pathToHarm[5].rating = 'medium';
      }),
      changes: [
        { path: 'pathToHarm.5.rating', label: 'Reproducibility · rating', before: 'High', after: 'Medium' },
      ],
    },
    {
      name: 'an access ratchet stage set where there was none',
      after: changed((c) => (c.accessRatchetStage = 'attention_received')),
      changes: [
        {
          path: 'accessRatchetStage',
          label: 'Access ratchet · stage',
          before: 'Theoretical capability',
          after: 'Attention received',
        },
      ],
    },
    {
      name: 'a mitigation challenge that now applies',
      after: changed((c) => {
        c.mitigationChallenges[3].applies = true;
        c.mitigationChallenges[3].description = 'Other labs may release.';
      }),
      changes: [
        { path: 'mitigationChallenges.3.applies', label: 'Defector · applies', before: 'No', after: 'Yes' },
        {
          path: 'mitigationChallenges.3.description',
          label: 'Defector · description',
          before: '',
          after: 'Other labs may release.',
        },
      ],
    },
    {
      name: 'an added affected group',
      after: changed((c) => c.affectedGroups.push('Call centre staff')),
      changes: [
        { path: 'affectedGroups.2', label: 'Affected group 3', before: null, after: 'Call centre staff' },
      ],
    },
    {
      name: 'a changed mitigation kind',
      after: changed((c) => (c.mitigations[0].kind = 'detectability')),
      changes: [
        {
          path: 'mitigations.0.kind',
          label: 'Mitigation 1 · kind',
          before: 'Watermarking',
          after: 'Detectability',
        },
      ],
    },
    {
      name: 'a changed timing and period',
      after: changed((c) => {
        c.releasePlan[1].timing = 'periodic_evaluation';
        c.releasePlan[1].reviewEveryMonths = 6;
      }),
      changes: [
        {
          path: 'releasePlan.1.timing',
          label: 'Voice model · timing',
          before: 'Timed (embargo)',
          after: 'Periodic evaluation',
        },
        {
          path: 'releasePlan.1.reviewEveryMonths',
          label: 'Voice model · review every (months)',
          before: null,
          after: '6',
        },
      ],
    },
    {
      name: 'an added stage',
      after: changed((c) =>
        c.releasePlan[2].stages.push({ description: 'Everything.', opensOn: '2031-01-01', trigger: '' }),
      ),
      changes: [
        {
          path: 'releasePlan.2.stages.2.description',
          label: 'Training code · stage 3 · description',
          before: null,
          after: 'Everything.',
        },
        {
          path: 'releasePlan.2.stages.2.opensOn',
          label: 'Training code · stage 3 · opens on',
          before: null,
          after: '2031-01-01',
        },
        {
          path: 'releasePlan.2.stages.2.trigger',
          label: 'Training code · stage 3 · trigger',
          before: null,
          after: '',
        },
      ],
    },
    {
      name: 'a reordered release plan (items match by artifact)',
      after: changed((c) => c.releasePlan.reverse()),
      changes: [],
    },
  ])('reports $name', ({ after, changes }) => {
    expect(allChanges(completeContent(), after)).toEqual(changes);
  });

  it('puts each change in its section and marks only those sections changed', () => {
    const after = changed((c) => {
      c.affectedGroups[0] = 'Patients';
      c.releasePlan[0].distribution = 'access_communities';
    });
    const result = compareStatementContents(completeContent(), after, artifacts);
    expect(
      result.filter((entry) => entry.changed).map((entry) => [entry.section, entry.changes.length]),
    ).toEqual([
      ['benefits', 1],
      ['releasePlan', 1],
    ]);
  });

  it("names a removed artifact's plan by its key, and added plans show null before", () => {
    const before = changed((c) => (c.releasePlan[0].artifactKey = 'old-paper'));
    const changes = allChanges(before, completeContent());
    expect(changes.filter((change) => change.label.startsWith('old-paper · '))).toContainEqual({
      path: 'releasePlan.0.contentLevel',
      label: 'old-paper · content level',
      before: 'Full',
      after: null,
    });
    expect(changes).toContainEqual({
      path: 'releasePlan.0.contentLevel',
      label: 'Paper · content level',
      before: null,
      after: 'Full',
    });
  });

  it('falls back to artifact keys when no artifacts are given', () => {
    const after = changed((c) => (c.releasePlan[1].distribution = 'public'));
    expect(allChanges(completeContent(), after, false)).toEqual([
      {
        path: 'releasePlan.1.distribution',
        label: 'model · distribution',
        before: 'Ask for access',
        after: 'Public',
      },
    ]);
  });
});

describe('compareVersions (details and statement)', () => {
  const version = (change: (v: ComparableVersion) => void = () => undefined): ComparableVersion => {
    const v: ComparableVersion = {
      title: 'Few-shot voice cloning',
      abstract: 'We clone voices.',
      links: { paperUrl: 'https://example.org/p.pdf', openReviewUrl: '', doi: '', repositoryUrl: '' },
      artifacts: fixtureArtifacts(),
      authorNames: ['Ada Author'],
      content: completeContent(),
    };
    change(v);
    return v;
  };
  const details = (before: ComparableVersion, after: ComparableVersion) => compareVersions(before, after)[0];

  it('puts the details first, then every statement section; identical versions change nothing', () => {
    const result = compareVersions(version(), version());
    expect(result.map((entry) => entry.section)).toEqual([...COMPARED_SECTIONS]);
    expect(result[0]).toEqual({
      section: 'details',
      title: 'Submission details',
      changed: false,
      changes: [],
    });
    expect(result.some((entry) => entry.changed)).toBe(false);
  });

  it.each<{ name: string; after: ComparableVersion; changes: FieldChange[] }>([
    {
      name: 'a new title',
      after: version((v) => (v.title = 'Three-second voice cloning')),
      changes: [
        {
          path: 'title',
          label: 'Title',
          before: 'Few-shot voice cloning',
          after: 'Three-second voice cloning',
        },
      ],
    },
    {
      name: 'an added DOI',
      after: version((v) => (v.links.doi = '10.1145/3375627.3375815')),
      changes: [{ path: 'links.doi', label: 'DOI', before: '', after: '10.1145/3375627.3375815' }],
    },
    {
      name: 'a second author',
      after: version((v) => v.authorNames.push('Ben Coauthor')),
      changes: [
        { path: 'authors', label: 'Authors', before: 'Ada Author', after: 'Ada Author, Ben Coauthor' },
      ],
    },
    {
      name: 'a weaker model artifact',
      after: version((v) => (v.artifacts[1].powerLevel = 'reduced')),
      changes: [
        {
          path: 'artifacts.1.powerLevel',
          label: 'Artifact “Voice model” · power level',
          before: 'Full',
          after: 'Reduced',
        },
      ],
    },
    {
      name: 'a removed artifact',
      after: version((v) => v.artifacts.splice(2, 1)),
      changes: [
        {
          path: 'artifacts.2.name',
          label: 'Artifact “Training code” · name',
          before: 'Training code',
          after: null,
        },
        {
          path: 'artifacts.2.kind',
          label: 'Artifact “Training code” · kind',
          before: 'Source code',
          after: null,
        },
        {
          path: 'artifacts.2.powerLevel',
          label: 'Artifact “Training code” · power level',
          before: 'Full',
          after: null,
        },
        {
          path: 'artifacts.2.description',
          label: 'Artifact “Training code” · description',
          before: '',
          after: null,
        },
      ],
    },
  ])('reports $name in the details', ({ after, changes }) => {
    expect(details(version(), after)).toMatchObject({ changed: true, changes });
  });

  it('shows an answer taken back to "not yet rated" as that, not as missing', () => {
    const after = version((v) => (v.content.pathToHarm[0].rating = null));
    const pathToHarm = compareVersions(version(), after).find((entry) => entry.section === 'pathToHarm');
    expect(pathToHarm?.changes).toEqual([
      {
        path: 'pathToHarm.0.rating',
        label: 'Attention of adversaries · rating',
        before: 'Medium',
        after: 'Not yet rated',
      },
    ]);
  });
});
