import { mulberry32 } from '../assignment/assignment.solver';
import {
  computeAffinityCandidates,
  ExpertiseAffinityIndex,
  type Publication,
  type ReviewerExpertise,
  type StatementText,
  TopKSelection,
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

/** A small seeded venue: topics with their own words over a shared background vocabulary. */
function randomVenue(
  seed: number,
  reviewerCount: number,
  statementCount: number,
): { reviewers: ReviewerExpertise[]; statements: StatementText[] } {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const background = Array.from({ length: 1500 }, (_, i) => `common${i.toString(36)}word`);
  const topics = Array.from({ length: 8 }, (_, t) =>
    Array.from({ length: 30 }, (_, i) => `topic${t}term${i.toString(36)}`),
  );
  const areas = topics.map((_, t) => `Area ${t}`);
  const text = (topic: number, length: number): string =>
    Array.from({ length }, () =>
      random() < 0.35 ? pick(topics[topic]) : background[Math.floor(background.length * random() ** 2)],
    ).join(' ');
  const reviewers = Array.from({ length: reviewerCount }, (_, r): ReviewerExpertise => {
    const topic = Math.floor(random() * topics.length);
    return {
      id: `r${r}`,
      ...(random() < 0.3 ? { profileText: text(topic, 20) } : {}),
      publications: Array.from({ length: 1 + Math.floor(random() * 6) }, (_, p) => ({
        id: `r${r}p${p}`,
        title: text(random() < 0.7 ? topic : Math.floor(random() * topics.length), 6),
        abstract: text(topic, 40),
      })),
      areas: random() < 0.6 ? [areas[topic]] : [],
    };
  });
  const statements = Array.from({ length: statementCount }, (_, s): StatementText => {
    const topic = Math.floor(random() * topics.length);
    return {
      id: `s${s}`,
      title: text(topic, 8),
      abstract: text(topic, 60),
      statementText: text(topic, 40),
      areas: random() < 0.7 ? [areas[topic], ...(random() < 0.3 ? [pick(areas)] : [])] : [],
    };
  });
  return { reviewers, statements };
}

describe('ExpertiseAffinityIndex pruning', () => {
  it.each([
    { label: 'defaults, top 10', topK: 10, options: {} },
    { label: 'top 1', topK: 1, options: {} },
    { label: 'top 40', topK: 40, options: {} },
    { label: 'K above the reviewer count', topK: 500, options: {} },
    { label: 'best document only', topK: 10, options: { documentWeights: [1] } },
    { label: 'increasing document weights', topK: 10, options: { documentWeights: [0.2, 0.3, 0.5] } },
    { label: 'no area weight', topK: 10, options: { areaWeight: 0 } },
    // Statements that declare areas leave no text share to prune on.
    { label: 'areas only', topK: 10, options: { areaWeight: 1 }, unpruned: true },
    { label: 'few query terms', topK: 10, options: { maxQueryTerms: 5 } },
    {
      label: 'negative weight (pruning off)',
      topK: 10,
      options: { documentWeights: [1, -0.1] },
      unpruned: true,
    },
  ])('$label: exactly the exhaustive top K, scores and order', ({ topK, options, unpruned }) => {
    const { reviewers, statements } = randomVenue(11, 200, 100);
    const pruned = new ExpertiseAffinityIndex(reviewers, options);
    const exhaustive = new ExpertiseAffinityIndex(reviewers, { ...options, exhaustive: true });
    const a = pruned.candidatePairs(statements, topK);
    const b = exhaustive.candidatePairs(statements, topK);
    expect(Array.from(a.statement)).toEqual(Array.from(b.statement));
    expect(Array.from(a.reviewer)).toEqual(Array.from(b.reviewer));
    expect(Array.from(a.score)).toEqual(Array.from(b.score));
    expect(exhaustive.stats.prunedQueries).toBe(0);
    if (topK < reviewers.length && !unpruned)
      expect(pruned.stats.prunedQueries).toBeGreaterThan(statements.length / 2);
    // Single queries after the batch: same candidates, and their parts add up.
    for (const s of [0, 57, 99]) {
      const candidates = pruned.topCandidates(statements[s], topK);
      expect(candidates).toEqual(exhaustive.topCandidates(statements[s], topK));
      const areaWeight = (statements[s].areas ?? []).length > 0 ? (options.areaWeight ?? 0.3) : 0;
      for (const c of candidates)
        expect(c.score).toBeCloseTo((1 - areaWeight) * c.textScore + areaWeight * c.areaScore, 12);
    }
  });

  it('scores a statement the same whatever was queried before it', () => {
    const { reviewers, statements } = randomVenue(5, 200, 60);
    const index = new ExpertiseAffinityIndex(reviewers);
    const first = index.topCandidates(statements[59], 15);
    index.candidatePairs(statements, 15);
    index.candidatePairs(statements.slice(0, 30), 3);
    expect(index.topCandidates(statements[59], 15)).toEqual(first);
  });
});

describe('TopKSelection', () => {
  it.each([
    [5, 100],
    [1, 30],
    [10, 3],
    [0, 10],
    [50, 500],
  ])('keeps the best %i of %i pairs, ties by lower reviewer', (k, n) => {
    const random = mulberry32(k * 1000 + n);
    const pairs = Array.from({ length: n }, (_, i) => ({
      // Few distinct scores, so ties are common.
      score: Math.floor(random() * 8) / 8,
      reviewer: (i * 7919) % (n + 13),
    }));
    const selection = new TopKSelection(new Float64Array(k), new Int32Array(k), k);
    for (const { score, reviewer } of pairs) selection.offer(score, reviewer);
    const scores = new Float64Array(k);
    const kept = new Int32Array(k);
    const again = new TopKSelection(scores, kept, k);
    for (const { score, reviewer } of pairs) if (again.admits(score, reviewer)) again.offer(score, reviewer);
    const count = again.sortDescending();
    const expected = [...pairs].sort((x, y) => y.score - x.score || x.reviewer - y.reviewer).slice(0, k);
    expect(count).toBe(Math.min(k, n));
    expect(Array.from(kept.subarray(0, count))).toEqual(expected.map((p) => p.reviewer));
    expect(Array.from(scores.subarray(0, count))).toEqual(expected.map((p) => p.score));
  });
});
