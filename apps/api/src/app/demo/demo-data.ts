import type { Artifact, ImpactStatementContent, PathToHarmFactor, Rating, Tier } from '@impact-review/domain';
import { PATH_TO_HARM_FACTORS } from '@impact-review/domain';

// Demo data for `npm start`: a site administrator, a workshop at a conference (and one more workshop
// waiting for the conference chairs' approval), its people, and statements that land in each tier. Dates are computed from the seeding time so embargoes always lie in the future.

export const DEMO_PASSWORD = 'impact-review-demo';

export const DEMO_ACCOUNTS = {
  admin: { name: 'Sam Okoye', email: 'admin@demo.impact-review.org' },
  chair: { name: 'Priya Raman', email: 'chair@demo.impact-review.org' },
  author: { name: 'Tomás Ibarra', email: 'author@demo.impact-review.org' },
  author2: { name: 'Mei Chen', email: 'author2@demo.impact-review.org' },
  expert: { name: 'Dr. Amara Okafor', email: 'expert@demo.impact-review.org' },
  community: { name: 'Jordan Ellis', email: 'community@demo.impact-review.org' },
} as const;

export interface DemoSubmission {
  title: string;
  abstract: string;
  artifacts: Artifact[];
  content: (now: Date) => ImpactStatementContent;
  /** The tier the rubric should suggest; a unit test holds the data to it. */
  expectedTier: Tier;
}

function isoDay(now: Date, plusDays: number): string {
  return new Date(now.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);
}

function ratings(overrides: Partial<Record<PathToHarmFactor, Rating>>, why: string): ImpactStatementContent['pathToHarm'] {
  return PATH_TO_HARM_FACTORS.map((factor) => ({
    factor,
    rating: overrides[factor] ?? 'low',
    justification: `${why} (${factor.replace(/_/g, ' ')}).`,
  }));
}

const noIndirectHarms: ImpactStatementContent['indirectHarms'] = [
  { kind: 'disinformation_ratchet', applies: false, description: '' },
  { kind: 'sociotechnical_path_dependencies', applies: false, description: '' },
];

const noChallenges: ImpactStatementContent['mitigationChallenges'] = [
  { kind: 'composition', applies: false, description: '' },
  { kind: 'slow_drip', applies: false, description: '' },
  { kind: 'conflation', applies: false, description: '' },
  { kind: 'defector', applies: false, description: '' },
];

const plan = (artifactKey: string, rest: Partial<ImpactStatementContent['releasePlan'][number]>) => ({
  artifactKey,
  contentLevel: 'full' as const,
  timing: 'immediate' as const,
  distribution: 'public' as const,
  embargoUntil: null,
  reviewEveryMonths: null,
  releaseEvent: '',
  stages: [],
  accessConditions: '',
  ...rest,
});

export const DEMO_SUBMISSIONS: DemoSubmission[] = [
  {
    title: 'A benchmark of audio deepfake detectors under compression',
    abstract:
      'We measure how well published audio deepfake detectors hold up when recordings are compressed by ' +
      'messaging apps, and release the evaluation harness.',
    artifacts: [
      { key: 'paper', kind: 'paper_concept', name: 'Paper', description: 'The benchmark paper.', powerLevel: 'description_only' },
      { key: 'harness', kind: 'source_code', name: 'Evaluation harness', description: 'Scripts that score detectors.', powerLevel: 'reduced' },
    ],
    content: () => ({
      summary: 'An evaluation of deepfake detectors; it creates no new synthesis capability.',
      hazards: [
        { kind: 'attention_hazard', severity: 'low', description: 'Shows which detectors fail under compression.' },
      ],
      pathToHarm: ratings({}, 'The work evaluates detectors and adds nothing an adversary could use'),
      accessRatchetStage: 'theoretical_capability',
      accessRatchetJustification: 'Detector weaknesses under compression are already discussed in the literature.',
      indirectHarms: noIndirectHarms,
      mitigationChallenges: noChallenges,
      benefits: 'Helps platforms choose detectors that work on real, compressed recordings.',
      affectedGroups: ['Trust and safety teams', 'Journalists verifying audio'],
      mitigations: [],
      releasePlan: [plan('paper', {}), plan('harness', { contentLevel: 'reduced', timing: 'immediate', distribution: 'public' })],
    }),
    expectedTier: 'exempt',
  },
  {
    title: 'Few-shot face reenactment for film dubbing',
    abstract:
      'A face reenactment model that matches lip movements to dubbed dialogue from a few reference frames, ' +
      'trained on consented actor footage.',
    artifacts: [
      { key: 'paper', kind: 'paper_concept', name: 'Paper', description: 'Method and evaluation.', powerLevel: 'description_only' },
      { key: 'model', kind: 'trained_model', name: 'Reenactment model', description: 'Model weights.', powerLevel: 'full' },
    ],
    content: (now) => ({
      summary: 'A lip-sync reenactment model for dubbing that could also be used to put words in real mouths.',
      hazards: [
        { kind: 'product_hazard', severity: 'medium', description: 'Could make fabricated statements by public figures look real.' },
      ],
      pathToHarm: ratings(
        { attention_of_adversaries: 'medium', reproducibility: 'medium' },
        'Assessed against existing open reenactment tools',
      ),
      accessRatchetStage: 'attention_received',
      accessRatchetJustification: 'Reenactment has had press attention, but no product offers few-shot dubbing.',
      indirectHarms: [
        { kind: 'disinformation_ratchet', applies: true, description: 'Genuine videos become easier to dismiss as fakes.' },
        { kind: 'sociotechnical_path_dependencies', applies: false, description: '' },
      ],
      mitigationChallenges: noChallenges,
      benefits: 'Cheaper, better dubbing makes films and lectures accessible in many more languages.',
      affectedGroups: ['Public figures', 'Dubbing actors', 'Viewers of dubbed media'],
      mitigations: [
        { kind: 'watermarking', description: 'Outputs carry a robust invisible watermark.' },
        { kind: 'consent', description: 'The model card requires consent of the person shown.' },
      ],
      releasePlan: [
        plan('paper', {}),
        plan('model', {
          contentLevel: 'reduced',
          timing: 'timed',
          distribution: 'ask_for_access',
          embargoUntil: isoDay(now, 120),
          accessConditions: 'Studios and researchers who accept the consent terms.',
        }),
      ],
    }),
    expectedTier: 'expedited',
  },
  {
    title: 'Real-time voice cloning from three seconds of speech',
    abstract:
      'A streaming voice conversion model that clones a speaker from three seconds of audio with ' +
      'telephone-quality latency.',
    artifacts: [
      { key: 'paper', kind: 'paper_concept', name: 'Paper', description: 'Method and evaluation.', powerLevel: 'description_only' },
      { key: 'model', kind: 'trained_model', name: 'Voice model', description: 'Model weights.', powerLevel: 'full' },
      { key: 'demo', kind: 'runnable_system', name: 'Web demo', description: 'A hosted demo.', powerLevel: 'full' },
    ],
    content: (now) => ({
      summary: 'A real-time voice cloning system good enough to impersonate a person on a phone call.',
      hazards: [
        { kind: 'product_hazard', severity: 'severe', description: 'Enables real-time impersonation in phone fraud.' },
        { kind: 'data_hazard', severity: 'high', description: 'The recipe makes cloning models cheap to train.' },
      ],
      pathToHarm: ratings(
        { attention_of_adversaries: 'high', slottability: 'high', actual_roi: 'high', reproducibility: 'medium' },
        'Fraud rings already use slower voice cloning',
      ),
      accessRatchetStage: 'weaponized_or_productized',
      accessRatchetJustification: 'Voice cloning services are already used in fraud; this removes the latency limit.',
      indirectHarms: [
        { kind: 'disinformation_ratchet', applies: true, description: 'Phone calls lose their value as evidence.' },
        { kind: 'sociotechnical_path_dependencies', applies: true, description: 'Banks rely on voice authentication.' },
      ],
      mitigationChallenges: [
        { kind: 'composition', applies: true, description: 'Combines with caller-ID spoofing.' },
        { kind: 'slow_drip', applies: false, description: '' },
        { kind: 'conflation', applies: false, description: '' },
        { kind: 'defector', applies: true, description: 'Other labs may publish weights anyway.' },
      ],
      benefits: 'Gives people who are losing their voice a natural-sounding replacement in conversation.',
      affectedGroups: ['Elderly people targeted by phone fraud', 'People with speech loss', 'Banks'],
      mitigations: [
        { kind: 'detectability', description: 'We release a detector trained on the model outputs.' },
        { kind: 'constraints_on_synthesis', description: 'The demo only clones voices verified by a spoken consent phrase.' },
      ],
      releasePlan: [
        plan('paper', {}),
        plan('model', {
          contentLevel: 'withheld',
          timing: 'staged',
          distribution: 'safety_levels',
          stages: [
            { description: 'Detector and evaluation data.', opensOn: isoDay(now, 30), trigger: '' },
            { description: 'Reduced model for accredited labs.', opensOn: null, trigger: 'Detector accuracy above 95% on a third-party test.' },
          ],
          accessConditions: 'Safety level 3 accreditation and a signed use agreement.',
        }),
        plan('demo', {
          contentLevel: 'reduced',
          timing: 'periodic_evaluation',
          distribution: 'ask_for_access',
          reviewEveryMonths: 6,
          accessConditions: 'Clinicians working with patients losing their voice.',
        }),
      ],
    }),
    expectedTier: 'full',
  },
];
