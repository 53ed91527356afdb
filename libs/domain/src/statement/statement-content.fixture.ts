// Test fixtures: a submission's artifacts and a statement that passes submission validation, so
// each test changes one thing and sees exactly the effect of that change. Not exported from index.
import type { Artifact, ImpactStatementContent } from './impact-statement.types';

/** Fixed clock for tests: the embargo and stage dates below lie after it. */
export const NOW = new Date('2030-01-15T12:00:00Z');

export function fixtureArtifacts(): Artifact[] {
  return [
    {
      key: 'paper',
      kind: 'paper_concept',
      name: 'Paper',
      description: 'The paper.',
      powerLevel: 'description_only',
    },
    { key: 'model', kind: 'trained_model', name: 'Voice model', description: 'Weights.', powerLevel: 'full' },
    { key: 'code', kind: 'source_code', name: 'Training code', description: '', powerLevel: 'full' },
  ];
}

export function completeContent(): ImpactStatementContent {
  return {
    summary: 'A voice cloning model that needs only five seconds of audio.',
    hazards: [
      { kind: 'product_hazard', severity: 'medium', description: 'Impersonation of people in phone scams.' },
      { kind: 'attention_hazard', severity: 'low', description: 'Shows that few-shot cloning is feasible.' },
    ],
    pathToHarm: [
      {
        factor: 'attention_of_adversaries',
        rating: 'medium',
        justification: 'Voice scams are already common.',
      },
      {
        factor: 'convincibility_of_resourced_actors',
        rating: 'low',
        justification: 'No new funding needed.',
      },
      { factor: 'talent_pipelines', rating: 'low', justification: 'Needs ML engineers to use.' },
      { factor: 'reproducibility', rating: 'high', justification: 'Training recipe is standard.' },
      { factor: 'modifiability', rating: 'low', justification: 'Hard to adapt without the data.' },
      { factor: 'slottability', rating: 'low', justification: 'Does not fit existing scam tools.' },
      { factor: 'environmental_factors', rating: 'low', justification: 'Platforms detect synthetic calls.' },
      { factor: 'actual_roi', rating: 'low', justification: 'Cheaper methods already work.' },
      { factor: 'assessment_of_roi', rating: 'low', justification: 'Adversaries rarely measure this.' },
    ],
    accessRatchetStage: 'theoretical_capability',
    accessRatchetJustification: 'No public tool offers this yet.',
    indirectHarms: [
      { kind: 'disinformation_ratchet', applies: true, description: 'Makes real recordings easier to deny.' },
      { kind: 'sociotechnical_path_dependencies', applies: false, description: '' },
    ],
    mitigationChallenges: [
      { kind: 'composition', applies: false, description: '' },
      { kind: 'slow_drip', applies: false, description: '' },
      { kind: 'conflation', applies: false, description: '' },
      { kind: 'defector', applies: false, description: '' },
    ],
    benefits: 'Restores the voices of people who lost the ability to speak.',
    affectedGroups: ['People with speech loss', 'Voice actors'],
    mitigations: [{ kind: 'watermarking', description: 'Every output carries an inaudible watermark.' }],
    releasePlan: [
      {
        artifactKey: 'paper',
        contentLevel: 'full',
        timing: 'immediate',
        distribution: 'public',
        embargoUntil: null,
        reviewEveryMonths: null,
        releaseEvent: '',
        stages: [],
        accessConditions: '',
      },
      {
        artifactKey: 'model',
        contentLevel: 'reduced',
        timing: 'timed',
        distribution: 'ask_for_access',
        embargoUntil: '2030-06-01',
        reviewEveryMonths: null,
        releaseEvent: '',
        stages: [],
        accessConditions: 'Academic researchers who accept the use terms.',
      },
      {
        artifactKey: 'code',
        contentLevel: 'full',
        timing: 'staged',
        distribution: 'safety_levels',
        embargoUntil: null,
        reviewEveryMonths: null,
        releaseEvent: '',
        stages: [
          { description: 'Inference code only.', opensOn: '2030-03-01', trigger: '' },
          { description: 'Training code.', opensOn: null, trigger: 'A detector reaches 95% accuracy.' },
        ],
        accessConditions: 'Level 2 accreditation or above.',
      },
    ],
  };
}

/** A complete statement with one change applied. */
export function changed(change: (content: ImpactStatementContent) => void): ImpactStatementContent {
  const content = completeContent();
  change(content);
  return content;
}
