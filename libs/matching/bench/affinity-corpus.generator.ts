import { mulberry32 } from '../src/assignment/assignment.solver';
import type { Publication, ReviewerExpertise, StatementText } from '../src/affinity/expertise.affinity';

/**
 * A seeded synthetic venue for the affinity benchmark: pseudo-English text over a Zipf
 * vocabulary with planted topics. Topics are grouped into fields, so a reviewer from the same
 * field but another topic is a realistic near miss. Each document mixes real stop words, a
 * shared background vocabulary (Zipf, so "model"-like words sit in many documents), its
 * field's words and its topic's words; statements add a shared impact vocabulary.
 */

export interface AffinityCorpusSpec {
  readonly statements: number;
  readonly reviewers: number;
  readonly publicationsPerReviewer: number;
  readonly fields: number;
  readonly topicsPerField: number;
  readonly seed: number;
}

export const DEFAULT_AFFINITY_CORPUS_SPEC: AffinityCorpusSpec = {
  statements: 20_000,
  reviewers: 15_000,
  publicationsPerReviewer: 20,
  fields: 20,
  topicsPerField: 10,
  seed: 42,
};

export interface AffinityCorpus {
  readonly statements: StatementText[];
  readonly reviewers: ReviewerExpertise[];
  /** Planted topic of each statement and each reviewer's main and second topic. */
  readonly statementTopic: Int32Array;
  readonly reviewerTopic: Int32Array;
  readonly reviewerSecondTopic: Int32Array;
  readonly topicCount: number;
}

const BACKGROUND_WORDS = 40_000;
const WORDS_PER_FIELD = 300;
const WORDS_PER_TOPIC = 150;
const IMPACT_WORDS = 200;

// Frequent English function words, most frequent first (all in the tokenizer's stop list).
const STOP_WORDS = (
  'the of and to in a is for that we with on by this are as be an from which our it at can these ' +
  'their not or has have such its also both more than into between each other when how over only ' +
  'while under through most where then those there may all same without within'
).split(' ');

/**
 * Draws indices 0..n-1 with probability proportional to 1 / (rank + 1)^exponent, in O(1) per
 * draw (Walker's alias method, Vose's construction): tens of millions of draws per corpus.
 */
class ZipfSampler {
  private readonly probability: Float64Array;
  private readonly alias: Int32Array;

  constructor(n: number, exponent: number) {
    const weight = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += weight[i] = 1 / Math.pow(i + 1, exponent);
    this.probability = new Float64Array(n);
    this.alias = new Int32Array(n);
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < n; i++) {
      weight[i] = (weight[i] * n) / sum;
      (weight[i] < 1 ? small : large).push(i);
    }
    while (small.length > 0 && large.length > 0) {
      const less = small.pop()!;
      const more = large[large.length - 1];
      this.probability[less] = weight[less];
      this.alias[less] = more;
      weight[more] += weight[less] - 1;
      if (weight[more] < 1) small.push(large.pop()!);
    }
    for (const i of [...small, ...large]) this.probability[i] = 1;
  }

  /** u uniform in [0, 1). */
  sample(u: number): number {
    const scaled = u * this.probability.length;
    const i = scaled | 0; // scaled < n < 2^31
    return scaled - i < this.probability[i] ? i : this.alias[i];
  }
}

/** Shares of each word source in a piece of text; the rest are stop words. */
interface WordMix {
  readonly background: number;
  readonly field: number;
  readonly topic: number;
  readonly impact: number;
}

const TITLE_MIX: WordMix = { background: 0.3, field: 0.2, topic: 0.3, impact: 0 };
const ABSTRACT_MIX: WordMix = { background: 0.33, field: 0.1, topic: 0.13, impact: 0 };
const STATEMENT_MIX: WordMix = { background: 0.3, field: 0.07, topic: 0.09, impact: 0.12 };
const PROFILE_MIX: WordMix = { background: 0.25, field: 0.15, topic: 0.2, impact: 0 };

/** Latin-1 bytes of every word in 4 forms (plain, -s, -ing, -ed), in one pool. */
class InflectedForms {
  private readonly bytes: Uint8Array;
  private readonly start: Int32Array;

  constructor(words: readonly string[]) {
    const suffixes = ['', 's', 'ing', 'ed'];
    const all = words.flatMap((word) => suffixes.map((suffix) => word + suffix));
    this.start = new Int32Array(all.length + 1);
    all.forEach((form, i) => (this.start[i + 1] = this.start[i] + form.length));
    this.bytes = Buffer.from(all.join(''), 'latin1');
  }

  write(writer: TextWriter, word: number, form: number, capitalise: boolean): void {
    const i = 4 * word + form;
    const from = writer.length;
    for (let k = this.start[i]; k < this.start[i + 1]; k++) writer.byte(this.bytes[k]);
    if (capitalise) writer.capitalise(from);
  }
}

/** A growable Latin-1 byte buffer decoded into one string per text. */
class TextWriter {
  private buffer = Buffer.alloc(1 << 16);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  byte(value: number): void {
    if (this.length === this.buffer.length) {
      const grown = Buffer.alloc(this.buffer.length * 2);
      this.buffer.copy(grown);
      this.buffer = grown;
    }
    this.buffer[this.length++] = value;
  }

  capitalise(at: number): void {
    const c = this.buffer[at];
    if (c >= 97 && c <= 122) this.buffer[at] = c - 32;
  }

  toString(): string {
    return this.buffer.toString('latin1', 0, this.length);
  }
}

function pseudoWords(random: () => number, count: number, taken: Set<string>): string[] {
  // Letters only, no trailing "s" or "e" (the stemmer would merge such words with others).
  const onsets = 'b c d f g h k l m n p r t v z br cl st tr ph gr pl sk'.split(' ');
  const nuclei = 'a e i o u ai ou ea io'.split(' ');
  const codas = ['', '', 'n', 'r', 'l', 't', 'x', 'm', 'k'];
  const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)];
  const words: string[] = [];
  while (words.length < count) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let s = 0; s < syllables; s++) word += pick(onsets) + pick(nuclei);
    word += pick(codas);
    if (word.endsWith('e') || taken.has(word)) continue;
    taken.add(word);
    words.push(word);
  }
  return words;
}

/** Same spec, same corpus (one seeded generator). */
export function generateAffinityCorpus(spec: AffinityCorpusSpec): AffinityCorpus {
  const random = mulberry32(spec.seed);
  const topicCount = spec.fields * spec.topicsPerField;
  const taken = new Set<string>(STOP_WORDS);
  // One vocabulary: background words, each field's, each topic's, impact words, stop words.
  const vocabulary: string[] = pseudoWords(random, BACKGROUND_WORDS, taken);
  const fieldOffset = vocabulary.length;
  for (let f = 0; f < spec.fields; f++) vocabulary.push(...pseudoWords(random, WORDS_PER_FIELD, taken));
  const topicOffset = vocabulary.length;
  for (let t = 0; t < topicCount; t++) vocabulary.push(...pseudoWords(random, WORDS_PER_TOPIC, taken));
  const impactOffset = vocabulary.length;
  vocabulary.push(...pseudoWords(random, IMPACT_WORDS, taken));
  const stopOffset = vocabulary.length;
  vocabulary.push(...STOP_WORDS);
  const backgroundZipf = new ZipfSampler(BACKGROUND_WORDS, 1.05);
  const fieldZipf = new ZipfSampler(WORDS_PER_FIELD, 0.8);
  const topicZipf = new ZipfSampler(WORDS_PER_TOPIC, 0.8);
  const impactZipf = new ZipfSampler(IMPACT_WORDS, 0.9);
  const stopZipf = new ZipfSampler(STOP_WORDS.length, 1);
  // Texts are written as Latin-1 bytes and decoded once: joining tens of millions of word
  // strings would take most of the generation time.
  const forms = new InflectedForms(vocabulary);
  const writer = new TextWriter();
  const areaName = (topic: number): string =>
    `Field ${Math.floor(topic / spec.topicsPerField) + 1}: topic ${(topic % spec.topicsPerField) + 1}`;
  const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

  const text = (topic: number, length: number, mix: WordMix): string => {
    const field = Math.floor(topic / spec.topicsPerField);
    writer.clear();
    let sentenceLeft = 0;
    for (let i = 0; i < length; i++) {
      const u = random();
      let word: number;
      if (u < mix.topic) word = topicOffset + topic * WORDS_PER_TOPIC + topicZipf.sample(random());
      else if (u < mix.topic + mix.field)
        word = fieldOffset + field * WORDS_PER_FIELD + fieldZipf.sample(random());
      else if (u < mix.topic + mix.field + mix.impact) word = impactOffset + impactZipf.sample(random());
      else if (u < mix.topic + mix.field + mix.impact + mix.background)
        word = backgroundZipf.sample(random());
      else word = stopOffset + stopZipf.sample(random());
      // Inflections (-s, -ing, -ed), so the stemmer has work to do.
      const v = random();
      const form = v < 0.12 ? 1 : v < 0.2 ? 2 : v < 0.25 ? 3 : 0;
      if (i > 0) writer.byte(32);
      const capitalise = sentenceLeft === 0;
      if (capitalise) sentenceLeft = between(12, 25);
      forms.write(writer, word, form, capitalise);
      if (--sentenceLeft === 0 || i === length - 1) writer.byte(46);
      else if (random() < 0.05) writer.byte(44);
    }
    return writer.toString();
  };
  const randomTopic = (): number => Math.floor(random() * topicCount);
  // Half the second topics are in the main topic's field: the hard near misses.
  const secondTopic = (topic: number): number => {
    if (random() < 0.5) return randomTopic();
    const field = Math.floor(topic / spec.topicsPerField);
    return field * spec.topicsPerField + Math.floor(random() * spec.topicsPerField);
  };

  const reviewerTopic = new Int32Array(spec.reviewers);
  const reviewerSecondTopic = new Int32Array(spec.reviewers);
  const reviewers: ReviewerExpertise[] = [];
  for (let r = 0; r < spec.reviewers; r++) {
    const main = randomTopic();
    const second = secondTopic(main);
    reviewerTopic[r] = main;
    reviewerSecondTopic[r] = second;
    const publications: Publication[] = [];
    for (let p = 0; p < spec.publicationsPerReviewer; p++) {
      const u = random();
      const topic = u < 0.6 ? main : u < 0.85 ? second : randomTopic();
      publications.push({
        id: `pub-${r}-${p}`,
        title: text(topic, between(6, 14), TITLE_MIX),
        abstract: text(topic, between(150, 200), ABSTRACT_MIX),
      });
    }
    const areas: string[] = [];
    if (random() < 0.8) areas.push(areaName(main));
    if (random() < 0.4) areas.push(areaName(second));
    reviewers.push({
      id: `~Synthetic_Reviewer${r}1`,
      ...(random() < 0.3 ? { profileText: text(main, between(30, 60), PROFILE_MIX) } : {}),
      publications,
      areas,
    });
  }

  const statementTopic = new Int32Array(spec.statements);
  const statements: StatementText[] = [];
  for (let s = 0; s < spec.statements; s++) {
    const topic = randomTopic();
    statementTopic[s] = topic;
    const areas = random() < 0.9 ? [areaName(topic)] : [];
    if (random() < 0.3) areas.push(areaName(secondTopic(topic)));
    statements.push({
      id: `stmt-${s}`,
      title: text(topic, between(8, 14), TITLE_MIX),
      abstract: text(topic, between(150, 200), ABSTRACT_MIX),
      statementText: text(topic, between(150, 250), STATEMENT_MIX),
      areas,
    });
  }
  return { statements, reviewers, statementTopic, reviewerTopic, reviewerSecondTopic, topicCount };
}
