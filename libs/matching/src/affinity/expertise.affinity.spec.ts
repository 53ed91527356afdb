import { mulberry32 } from '../assignment/assignment.solver';
import {
  computeAffinityCandidates,
  ExpertiseAffinityIndex,
  type Publication,
  type ReviewerExpertise,
  type StatementText,
} from './expertise.affinity';

// Background reviewers on other topics, so document frequencies look like a real venue's.
const TOPIC_PHRASES = [
  'graph neural networks for molecule property prediction and drug discovery',
  'reinforcement learning agents with sparse reward exploration in robotics control',
  'large language model alignment with human feedback and preference optimisation',
  'federated learning under differential privacy with communication efficient updates',
  'image segmentation for medical imaging with convolutional networks and uncertainty',
  'causal inference from observational data with instrumental variables',
  'speech recognition with end to end transformers for low resource languages',
  'fairness of credit scoring classifiers and demographic parity auditing',
  'time series forecasting of energy demand with probabilistic deep models',
  'adversarial robustness of image classifiers under perturbation attacks',
  'optimisation theory for stochastic gradient descent convergence rates',
  'recommender systems with implicit feedback and matrix factorisation',
];

function backgroundReviewers(count: number): ReviewerExpertise[] {
  const random = mulberry32(17);
  return Array.from({ length: count }, (_, r) => ({
    id: `background-${r}`,
    publications: Array.from({ length: 4 }, (_, p) => {
      const topic = TOPIC_PHRASES[Math.floor(random() * TOPIC_PHRASES.length)];
      const other = TOPIC_PHRASES[Math.floor(random() * TOPIC_PHRASES.length)];
      return {
        id: `bg-${r}-${p}`,
        title: topic,
        abstract: `We study ${topic}. Our model learns from data and improves results over ${other}.`,
      };
    }),
  }));
}

const pub = (title: string, abstract: string): Publication => ({ title, abstract });

const statement: StatementText = {
  id: 'voice',
  title: 'Zero-shot voice cloning from three seconds of speech',
  abstract:
    'We present a speaker-adaptive text-to-speech model that clones an unseen speaker voice from a short reference recording. ' +
    'We discuss the risk of impersonation fraud and evaluate audio deepfake detection and watermarking of the cloned speech.',
  areas: ['speech synthesis', 'audio deepfakes'],
};

interface RankingCase {
  readonly label: string;
  readonly expert: ReviewerExpertise;
  readonly nearMiss: ReviewerExpertise;
}

const cases: RankingCase[] = [
  {
    label: 'several on-topic papers beat one near-identical title among unrelated work',
    expert: {
      id: 'expert',
      publications: [
        pub(
          'Speaker adaptation for neural text-to-speech',
          'Adapting a multi-speaker speech synthesis model to new speakers from little reference audio.',
        ),
        pub(
          'Detecting synthetic speech and audio deepfakes',
          'A detector for cloned voice recordings used in impersonation and fraud.',
        ),
        pub(
          'Watermarking generated speech',
          'Robust audio watermarks for text-to-speech output that survive compression.',
        ),
      ],
    },
    nearMiss: {
      id: 'near-miss',
      publications: [
        pub('Zero-shot voice cloning from seconds of speech', 'Cloning a voice from a short recording.'),
        pub('Graph neural networks for chemistry', 'Molecule property prediction with message passing.'),
        pub('Sparse reward exploration', 'Reinforcement learning agents in robotics control.'),
        pub('Credit scoring fairness', 'Auditing demographic parity of classifiers.'),
      ],
    },
  },
  {
    label: 'specific terms beat generic ones repeated many times',
    expert: {
      id: 'expert',
      publications: [
        pub(
          'Voice conversion and cloning attacks on speaker verification',
          'Cloned speech fools speaker verification; we propose countermeasures.',
        ),
        pub(
          'Few-shot speaker adaptive speech synthesis',
          'Text-to-speech for unseen speakers from reference recordings.',
        ),
      ],
    },
    nearMiss: {
      id: 'near-miss',
      publications: [
        pub(
          'A model for learning from data',
          'Our model learns a model of the data; the model is evaluated and the model improves on data from three seconds of data.',
        ),
        pub(
          'Evaluating models on data',
          'We evaluate the model and discuss the risk of overfitting the model to data.',
        ),
      ],
    },
  },
  {
    label: 'declared areas break a textual tie',
    expert: {
      id: 'expert',
      areas: ['Speech Synthesis', 'audio deepfakes'],
      publications: [
        pub('Neural vocoders for speech synthesis', 'High fidelity waveform generation for text-to-speech.'),
      ],
    },
    nearMiss: {
      id: 'near-miss',
      areas: ['computer vision'],
      publications: [
        pub('Neural vocoders for speech synthesis', 'High fidelity waveform generation for text-to-speech.'),
      ],
    },
  },
  {
    label: 'an audio deepfake detection expert beats an image deepfake expert',
    expert: {
      id: 'expert',
      publications: [
        pub(
          'Audio deepfake detection with spectro-temporal features',
          'Detecting cloned and synthetic speech in recordings.',
        ),
        pub(
          'Anti-spoofing for speaker verification',
          'Replay and speech synthesis attacks on voice biometrics.',
        ),
      ],
    },
    nearMiss: {
      id: 'near-miss',
      publications: [
        pub(
          'Image deepfake detection with frequency artifacts',
          'Detecting face swaps and generated images.',
        ),
        pub('Watermarking generated images', 'Robust watermarks for diffusion model outputs.'),
      ],
    },
  },
];

describe('ExpertiseAffinityIndex ranking', () => {
  it.each(cases)('$label', ({ expert, nearMiss }) => {
    // Both orders, so index position cannot decide the outcome.
    for (const order of [
      [expert, nearMiss],
      [nearMiss, expert],
    ]) {
      const reviewers = [...backgroundReviewers(40), ...order];
      const index = new ExpertiseAffinityIndex(reviewers);
      const ranked = index.topCandidates(statement, 10).map((c) => reviewers[c.reviewer].id);
      expect(ranked[0]).toBe('expert');
      expect(ranked).toContain('near-miss');
    }
  });

  it('aggregation matters: counting only the single best document would rank the near-miss first', () => {
    const reviewers = [...backgroundReviewers(40), cases[0].expert, cases[0].nearMiss];
    const bestOnly = new ExpertiseAffinityIndex(reviewers, { documentWeights: [1] });
    const ranked = bestOnly.topCandidates(statement, 3).map((c) => reviewers[c.reviewer].id);
    expect(ranked[0]).toBe('near-miss');
  });

  it('keeps scores in [0, 1] and at most K reviewers per statement, best first', () => {
    const reviewers = [...backgroundReviewers(60), cases[0].expert, cases[0].nearMiss];
    const statements: StatementText[] = [
      statement,
      { id: 'graphs', title: 'Graph neural networks for molecules', abstract: 'Drug discovery.' },
    ];
    const candidates = computeAffinityCandidates(statements, reviewers, { topK: 7 });
    for (let s = 0; s < statements.length; s++) {
      const scores = [...candidates.score].filter((_, i) => candidates.statement[i] === s);
      expect(scores.length).toBeLessThanOrEqual(7);
      expect(scores.length).toBeGreaterThan(0);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const score of scores) {
        expect(score).toBeGreaterThan(0);
        expect(score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('explains a pair with the terms, areas and publications that carried it', () => {
    const reviewers = [...backgroundReviewers(40), cases[0].expert, cases[2].expert];
    const index = new ExpertiseAffinityIndex(reviewers);
    const expertIndex = reviewers.length - 2;
    const explanation = index.explain(statement, expertIndex);
    const top = index.topCandidates(statement, 50).find((c) => c.reviewer === expertIndex)!;
    expect(explanation.score).toBeCloseTo(top.score, 12);
    const topTerms = explanation.terms.slice(0, 6).map((t) => t.term);
    expect(topTerms).toEqual(expect.arrayContaining(['speech', 'speaker']));
    expect(explanation.documents[0].label).toMatch(/speech|speaker/i);
    const areaExpert = index.explain(statement, reviewers.length - 1);
    expect(areaExpert.sharedAreas).toEqual(['speech synthesis', 'audio deepfakes']);
    expect(areaExpert.areaScore).toBe(1);
  });
});
