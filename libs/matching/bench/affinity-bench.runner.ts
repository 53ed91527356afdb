import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExpertiseAffinityIndex } from '../src/affinity/expertise.affinity';
import {
  countOption,
  numberOption,
  parseCommandLine,
  peakMemoryMegabytes,
  stringOption,
  roundSeconds,
} from '../src/cli/command-line.parser';
import {
  DEFAULT_AFFINITY_CORPUS_SPEC,
  generateAffinityCorpus,
  type AffinityCorpus,
  type AffinityCorpusSpec,
} from './affinity-corpus.generator';

export const AFFINITY_BENCH_USAGE = `npm run bench:affinity -- [--statements N] [--reviewers N] [--publications N]
  [--top K] [--fields N] [--topics_per_field N] [--seed N] [--write DIR] [--exhaustive]`;

export interface AffinityBenchReport {
  readonly corpus: AffinityCorpusSpec & {
    readonly topics: number;
    readonly documents: number;
    readonly top: number;
    readonly exhaustive: boolean;
  };
  readonly seconds: {
    readonly generate: number;
    readonly write?: number;
    /** Tokenising every reviewer document and building the inverted index. */
    readonly index: number;
    /** Tokenising every statement and keeping its top K reviewers. */
    readonly query: number;
    readonly total: number;
  };
  /** CPU seconds of this process (user + system) in the two timed phases: steadier than wall time on a shared machine. */
  readonly cpu_seconds: { readonly index: number; readonly query: number };
  readonly peak_rss_mb: number;
  readonly pairs: number;
  /** Index size, and how many queries pruned, retried a smaller margin, or aggregated in full. */
  readonly index: {
    readonly terms: number;
    readonly postings: number;
    readonly pruned_queries: number;
    readonly retries: number;
    readonly fallbacks: number;
  };
  /** Against the planted topics; a reviewer is relevant when its main topic is the statement's. */
  readonly quality: {
    /** Mean share of relevant reviewers among each statement's best 10. */
    readonly precision_at_10: number;
    /** Mean share of a statement's relevant reviewers that made its top K. */
    readonly recall_at_k: number;
    /** Share of statements whose best reviewer has the statement's topic as main or second topic. */
    readonly top1_on_topic: number;
  };
  readonly written_to?: string;
}

/** Generates a corpus, optionally writes it in OpenReview's expertise format, and times top-K affinity. */
export function runAffinityBench(argv: readonly string[]): AffinityBenchReport {
  const started = performance.now();
  const args = parseCommandLine(argv);
  const d = DEFAULT_AFFINITY_CORPUS_SPEC;
  const spec: AffinityCorpusSpec = {
    statements: countOption(args, 'statements', d.statements),
    reviewers: countOption(args, 'reviewers', d.reviewers),
    publicationsPerReviewer: countOption(args, 'publications', d.publicationsPerReviewer),
    fields: countOption(args, 'fields', d.fields),
    topicsPerField: countOption(args, 'topics_per_field', d.topicsPerField),
    seed: numberOption(args, 'seed', d.seed),
  };
  const topK = countOption(args, 'top', 100);
  const corpus = generateAffinityCorpus(spec);
  const generated = performance.now();
  const writeDir = stringOption(args, 'write');
  let writeSeconds: number | undefined;
  if (writeDir) {
    const t = performance.now();
    writeOpenReviewExpertiseFiles(corpus, writeDir);
    writeSeconds = (performance.now() - t) / 1000;
  }
  const cpu = (): number => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
  };
  const t0 = performance.now();
  const c0 = cpu();
  // --exhaustive: no pruning, to measure what it saves (the result is the same).
  const index = new ExpertiseAffinityIndex(corpus.reviewers, { exhaustive: args.has('exhaustive') });
  const t1 = performance.now();
  const c1 = cpu();
  const pairs = index.candidatePairs(corpus.statements, topK);
  const t2 = performance.now();
  const c2 = cpu();
  const stats = index.stats;
  return {
    corpus: {
      ...spec,
      topics: corpus.topicCount,
      documents: stats.documents,
      top: topK,
      exhaustive: args.has('exhaustive'),
    },
    seconds: {
      generate: roundSeconds((generated - started) / 1000),
      ...(writeSeconds !== undefined ? { write: roundSeconds(writeSeconds) } : {}),
      index: roundSeconds((t1 - t0) / 1000),
      query: roundSeconds((t2 - t1) / 1000),
      total: roundSeconds((performance.now() - started) / 1000),
    },
    cpu_seconds: { index: roundSeconds(c1 - c0), query: roundSeconds(c2 - c1) },
    peak_rss_mb: peakMemoryMegabytes(),
    pairs: pairs.statement.length,
    index: {
      terms: stats.terms,
      postings: stats.postings,
      pruned_queries: stats.prunedQueries,
      retries: stats.retries,
      fallbacks: stats.fallbacks,
    },
    quality: plantedTopicQuality(corpus, pairs),
    ...(writeDir ? { written_to: writeDir } : {}),
  };
}

/** Precision at 10, recall at K and top-1 hit rate against the planted topics. */
export function plantedTopicQuality(
  corpus: AffinityCorpus,
  pairs: { readonly statement: Int32Array; readonly reviewer: Int32Array },
): AffinityBenchReport['quality'] {
  const relevantPerTopic = new Int32Array(corpus.topicCount);
  for (const topic of corpus.reviewerTopic) relevantPerTopic[topic]++;
  const statementCount = corpus.statements.length;
  let precision = 0;
  let recall = 0;
  let top1 = 0;
  // Pairs come grouped by statement, best first.
  for (let i = 0; i < pairs.statement.length;) {
    const s = pairs.statement[i];
    const topic = corpus.statementTopic[s];
    let rank = 0;
    let hitsAt10 = 0;
    let hits = 0;
    for (; i < pairs.statement.length && pairs.statement[i] === s; i++, rank++) {
      const r = pairs.reviewer[i];
      const relevant = corpus.reviewerTopic[r] === topic;
      if (relevant) hits++;
      if (relevant && rank < 10) hitsAt10++;
      if (rank === 0 && (relevant || corpus.reviewerSecondTopic[r] === topic)) top1++;
    }
    precision += hitsAt10 / Math.min(10, Math.max(1, relevantPerTopic[topic]));
    recall += relevantPerTopic[topic] > 0 ? hits / relevantPerTopic[topic] : 1;
  }
  const round4 = (x: number): number => Math.round(x * 10000) / 10000;
  return {
    precision_at_10: round4(precision / Math.max(1, statementCount)),
    recall_at_k: round4(recall / Math.max(1, statementCount)),
    top1_on_topic: round4(top1 / Math.max(1, statementCount)),
  };
}

/**
 * archives/<reviewer>.jsonl (one publication per line) and submissions.json, as OpenReview's
 * expertise API reads them. The format has no statement text, profile or areas: the statement
 * text is appended to the abstract (same tokens), profiles and areas are left out.
 */
export function writeOpenReviewExpertiseFiles(corpus: AffinityCorpus, dir: string): void {
  const archives = join(dir, 'archives');
  mkdirSync(archives, { recursive: true });
  for (const reviewer of corpus.reviewers) {
    const lines = (reviewer.publications ?? []).map((publication) =>
      JSON.stringify({
        id: publication.id,
        content: { title: publication.title, abstract: publication.abstract },
      }),
    );
    writeFileSync(join(archives, `${reviewer.id}.jsonl`), lines.join('\n') + '\n');
  }
  const submissions: Record<string, unknown> = {};
  for (const statement of corpus.statements) {
    submissions[statement.id] = {
      id: statement.id,
      content: {
        title: { value: statement.title },
        abstract: { value: [statement.abstract ?? '', statement.statementText ?? ''].join('\n') },
      },
    };
  }
  writeFileSync(join(dir, 'submissions.json'), JSON.stringify(submissions));
}
