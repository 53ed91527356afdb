import { tokenize } from '../text/english.tokenizer';
import { TermDictionary, TermIdBuffer } from '../text/term.dictionary';
import {
  Bm25Index,
  Bm25IndexBuilder,
  DEFAULT_BM25,
  type Bm25Parameters,
  type Bm25Query,
} from './bm25.affinity';

/**
 * Expertise affinity between statements and reviewers: BM25 of the statement against each of
 * a reviewer's documents (profile text, each publication), aggregated over the reviewer's
 * best few documents, blended with the overlap of declared expertise areas. Sparse: each
 * statement keeps its top K reviewers, found through the inverted index, never a P x R matrix.
 */

export interface StatementText {
  readonly id: string;
  readonly title: string;
  readonly abstract?: string;
  readonly statementText?: string;
  readonly areas?: readonly string[];
}

export interface Publication {
  readonly id?: string;
  readonly title: string;
  readonly abstract?: string;
}

export interface ReviewerExpertise {
  readonly id: string;
  readonly profileText?: string;
  readonly publications?: readonly Publication[];
  readonly areas?: readonly string[];
}

export interface AffinityOptions {
  /** Reviewers kept per statement (default 100). */
  readonly topK?: number;
  /** Share of declared-area overlap in the score when the statement declares areas (default 0.3). */
  readonly areaWeight?: number;
  /**
   * Weights of a reviewer's best, second-best, ... document scores (default 0.5, 0.3, 0.2):
   * consistent evidence across several publications beats one lucky match.
   */
  readonly documentWeights?: readonly number[];
  readonly maxQueryTerms?: number;
  readonly bm25?: Bm25Parameters;
  /**
   * Aggregate every reached document instead of pruning hopeless ones (same result, slower):
   * for tests and audits of the pruning.
   */
  readonly exhaustive?: boolean;
  readonly onProgress?: (fraction: number) => void;
}

export interface AffinityCandidate {
  readonly reviewer: number;
  readonly score: number;
  readonly textScore: number;
  readonly areaScore: number;
}

export interface AffinityExplanation {
  readonly score: number;
  readonly textScore: number;
  readonly areaScore: number;
  /** Stemmed terms by their share of the score, largest first. */
  readonly terms: readonly { readonly term: string; readonly contribution: number }[];
  readonly sharedAreas: readonly string[];
  /** The reviewer's documents that counted, best first (publication id/title or 'profile'). */
  readonly documents: readonly { readonly label: string; readonly score: number }[];
}

const DEFAULT_DOCUMENT_WEIGHTS = [0.5, 0.3, 0.2];
/**
 * Share of the expected K-th best score allowed as the pruning margin: documents scoring below
 * margin / ((1 - area weight) * sum of document weights) are not aggregated unless their reviewer
 * is in contention. Any value gives the same result; this one keeps both the pruned work and
 * the fallbacks (certificate failures) small.
 */
const PRUNING_MARGIN_SHARE = 0.5;
/** Absolute slack on the pruning bounds, far above float64 rounding of scores in [0, 1]. */
const BOUND_SLACK = 1e-12;

export function statementTokens(statement: StatementText): string[] {
  // The title states the topic most densely: count it twice.
  return tokenize(
    [statement.title, statement.title, statement.abstract ?? '', statement.statementText ?? ''].join('\n'),
  );
}

function normaliseArea(area: string): string {
  return area.trim().toLowerCase();
}

export class ExpertiseAffinityIndex {
  private readonly dictionary = new TermDictionary();
  private readonly bm25: Bm25Index;
  /** Reviewer r owns documents reviewerDocumentStart[r] .. reviewerDocumentStart[r + 1] - 1. */
  private readonly reviewerDocumentStart: Int32Array;
  private readonly documentReviewer: Int32Array;
  private readonly documentLabel: string[] = [];
  private readonly reviewerAreas: ReadonlySet<string>[];
  private readonly areaReviewers = new Map<string, number[]>();
  private readonly weights: Float64Array;
  private readonly weightSum: number;
  private readonly areaWeight: number;
  private readonly maxQueryTerms: number;
  /** Pruning needs scores monotone in document scores: non-negative weights, area weight in [0, 1]. */
  private readonly pruning: boolean;
  // Scratch buffers reused across queries: a query allocates nothing proportional to the venue.
  private readonly tokens = new TermIdBuffer();
  private readonly documentScore: Float64Array;
  private readonly touchedDocuments: Int32Array;
  private readonly best: Float64Array;
  private readonly reviewerStamp: Int32Array;
  private readonly areaHits: Int32Array;
  private readonly touchedReviewers: Int32Array;
  private heapScore = new Float64Array(0);
  private heapReviewer = new Int32Array(0);
  private queryNumber = 0;
  private statementAreaCount = 0;
  /** Running estimate of the K-th best score, which sets the next query's pruning margin. */
  private expectedThreshold = 0;
  private expectedThresholdK = -1;
  /** K-th best partial score of the last pruned pass (-Infinity with fewer than K reviewers). */
  private partialThreshold = 0;
  private readonly counters = { queries: 0, prunedQueries: 0, retries: 0, fallbacks: 0 };

  constructor(
    readonly reviewers: readonly ReviewerExpertise[],
    options: AffinityOptions = {},
  ) {
    this.weights = Float64Array.from(options.documentWeights ?? DEFAULT_DOCUMENT_WEIGHTS);
    this.weightSum = this.weights.reduce((sum, w) => sum + w, 0);
    this.areaWeight = options.areaWeight ?? 0.3;
    this.maxQueryTerms = options.maxQueryTerms ?? 64;
    this.pruning =
      !options.exhaustive &&
      this.weights.length > 0 &&
      this.weights.every((w) => w >= 0) &&
      this.areaWeight >= 0 &&
      this.areaWeight <= 1;
    // Documents go straight from text to term ids: no token strings, no per-document arrays.
    const builder = new Bm25IndexBuilder(options.bm25 ?? DEFAULT_BM25);
    const owner: number[] = [];
    this.reviewerDocumentStart = new Int32Array(reviewers.length + 1);
    const { dictionary, tokens } = this;
    reviewers.forEach((reviewer, r) => {
      this.reviewerDocumentStart[r] = owner.length;
      if (reviewer.profileText && reviewer.profileText.trim() !== '') {
        tokens.clear();
        dictionary.appendTermIds(reviewer.profileText, tokens);
        builder.addDocument(tokens.data, tokens.length);
        owner.push(r);
        this.documentLabel.push('profile');
      }
      for (const publication of reviewer.publications ?? []) {
        this.fieldTokens(publication.title, publication.abstract);
        builder.addDocument(tokens.data, tokens.length);
        owner.push(r);
        this.documentLabel.push(publication.id ?? publication.title);
      }
    });
    this.reviewerDocumentStart[reviewers.length] = owner.length;
    dictionary.freeze();
    this.bm25 = builder.build(dictionary.terms, (term) => dictionary.termId(term));
    this.documentReviewer = Int32Array.from(owner);
    this.reviewerAreas = reviewers.map((reviewer) => new Set((reviewer.areas ?? []).map(normaliseArea)));
    this.reviewerAreas.forEach((areas, r) => {
      for (const area of areas) {
        const list = this.areaReviewers.get(area);
        if (list) list.push(r);
        else this.areaReviewers.set(area, [r]);
      }
    });
    this.documentScore = new Float64Array(owner.length);
    this.touchedDocuments = new Int32Array(owner.length);
    this.best = new Float64Array(reviewers.length * this.weights.length);
    this.reviewerStamp = new Int32Array(reviewers.length).fill(-1);
    this.areaHits = new Int32Array(reviewers.length);
    this.touchedReviewers = new Int32Array(reviewers.length);
  }

  /** Sizes of the index and how often queries were pruned or fell back to full aggregation. */
  get stats(): {
    documents: number;
    terms: number;
    postings: number;
    queries: number;
    prunedQueries: number;
    retries: number;
    fallbacks: number;
  } {
    return {
      documents: this.documentReviewer.length,
      terms: this.bm25.termCount,
      postings: this.bm25.postingCount,
      ...this.counters,
    };
  }

  /** The topK reviewers for a statement, best first (ties: lower reviewer index first). */
  topCandidates(statement: StatementText, topK = 100): AffinityCandidate[] {
    const count = this.rank(statement, topK);
    const candidates: AffinityCandidate[] = [];
    for (let i = 0; i < count; i++) {
      const reviewer = this.heapReviewer[i];
      candidates.push({
        reviewer,
        score: this.heapScore[i],
        textScore: this.textScore(reviewer),
        areaScore: this.areaScore(reviewer),
      });
    }
    return candidates;
  }

  /** The top K reviewers of every statement as sparse columns (statement order, best first). */
  candidatePairs(
    statements: readonly StatementText[],
    topK = 100,
    onProgress?: (fraction: number) => void,
  ): { statement: Int32Array; reviewer: Int32Array; score: Float64Array } {
    const capacity = statements.length * Math.max(0, Math.min(topK, this.reviewers.length));
    const statementColumn = new Int32Array(capacity);
    const reviewerColumn = new Int32Array(capacity);
    const scoreColumn = new Float64Array(capacity);
    let n = 0;
    const step = Math.max(1, Math.floor(statements.length / 100));
    for (let s = 0; s < statements.length; s++) {
      const count = this.rank(statements[s], topK);
      statementColumn.fill(s, n, n + count);
      reviewerColumn.set(this.heapReviewer.subarray(0, count), n);
      scoreColumn.set(this.heapScore.subarray(0, count), n);
      n += count;
      if (onProgress && (s + 1) % step === 0) onProgress((s + 1) / statements.length);
    }
    onProgress?.(1);
    return {
      statement: statementColumn.slice(0, n),
      reviewer: reviewerColumn.slice(0, n),
      score: scoreColumn.slice(0, n),
    };
  }

  /** The statement's query: title twice, abstract, statement text (as statementTokens). */
  private query(statement: StatementText): Bm25Query {
    const tokens = this.fieldTokens(statement.title, statement.abstract, statement.statementText);
    return this.bm25.prepareTermIdQuery(tokens.data, tokens.length, this.maxQueryTerms);
  }

  /**
   * Term ids of a publication or a statement into the shared buffer: the title twice (it states
   * the topic most densely), then the other fields.
   */
  private fieldTokens(title: string, ...fields: (string | undefined)[]): TermIdBuffer {
    const { dictionary, tokens } = this;
    tokens.clear();
    dictionary.appendTermIds(title, tokens);
    tokens.repeatFrom(0);
    for (const field of fields) if (field) dictionary.appendTermIds(field, tokens);
    return tokens;
  }

  private textScore(r: number): number {
    const m = this.weights.length;
    let textScore = 0;
    for (let j = 0; j < m; j++) textScore += this.weights[j] * this.best[r * m + j];
    return textScore;
  }

  private areaScore(r: number): number {
    return this.statementAreaCount > 0 ? this.areaHits[r] / this.statementAreaCount : 0;
  }

  private score(r: number, areaWeight: number): number {
    return (1 - areaWeight) * this.textScore(r) + areaWeight * this.areaScore(r);
  }

  /**
   * Scores the statement against every reviewer its terms or areas reach and leaves the topK
   * best in heapReviewer/heapScore[0..count), best first; best and areaHits stay exact for
   * them until the next call. Returns count.
   *
   * Most reached documents share one or two rare words with the statement and score far below
   * the K-th best reviewer. With a margin M (from earlier queries' K-th best scores), only
   * documents scoring at least tau = M / ((1 - areaWeight) * sum of document weights) are
   * aggregated. A reviewer's true score then exceeds its partial score by at most M, so once the
   * K-th best partial score T exceeds M, reviewers below T - M are out for certain (the rest of
   * the reviewers too: all their documents are below tau, so they score below M); the others
   * are rescored exactly from all their documents. The top K is exactly the exhaustive one; if
   * T <= M the query falls back to aggregating every document.
   */
  private rank(statement: StatementText, topK: number): number {
    const query = this.query(statement);
    const documentCount = this.bm25.accumulate(query, this.documentScore, this.touchedDocuments);
    const statementAreas = [...new Set((statement.areas ?? []).map(normaliseArea))];
    this.statementAreaCount = statementAreas.length;
    const areaWeight = statementAreas.length > 0 ? this.areaWeight : 0;
    const k = Math.max(0, Math.min(topK, this.reviewers.length));
    if (this.heapScore.length < k) {
      this.heapScore = new Float64Array(k);
      this.heapReviewer = new Int32Array(k);
    }
    if (k !== this.expectedThresholdK) {
      this.expectedThreshold = 0;
      this.expectedThresholdK = k;
    }
    this.counters.queries++;

    let count = -1;
    const margin = PRUNING_MARGIN_SHARE * this.expectedThreshold;
    const textShare = (1 - areaWeight) * this.weightSum;
    if (this.pruning && k > 0 && margin > 0 && textShare > 0) {
      this.counters.prunedQueries++;
      count = this.rankAbove(margin / textShare, margin, documentCount, statementAreas, areaWeight, k);
      // Too optimistic a margin: half the partial K-th best seen is sure to certify; with fewer
      // than K reviewers above tau, try a quarter of the margin.
      const retry = this.partialThreshold > 0 ? PRUNING_MARGIN_SHARE * this.partialThreshold : 0.25 * margin;
      if (count < 0 && retry > 0) {
        this.counters.retries++;
        count = this.rankAbove(retry / textShare, retry, documentCount, statementAreas, areaWeight, k);
      }
      if (count < 0) this.counters.fallbacks++;
    }
    if (count < 0) count = this.rankAbove(0, 0, documentCount, statementAreas, areaWeight, k);

    for (let i = 0; i < documentCount; i++) this.documentScore[this.touchedDocuments[i]] = 0;
    if (count === k && k > 0) {
      // A slow-moving average, so one odd statement does not set the next one's margin.
      const threshold = this.heapScore[k - 1];
      this.expectedThreshold =
        this.expectedThreshold > 0 ? 0.9 * this.expectedThreshold + 0.1 * threshold : threshold;
    }
    return count;
  }

  /**
   * One ranking pass over the accumulated document scores: aggregates documents scoring at
   * least tau, and with tau > 0 rescores the reviewers within margin of the K-th best.
   * Returns the count ranked, or -1 when the margin cannot certify the result.
   */
  private rankAbove(
    tau: number,
    margin: number,
    documentCount: number,
    statementAreas: readonly string[],
    areaWeight: number,
    k: number,
  ): number {
    const stamp = ++this.queryNumber;
    const m = this.weights.length;
    const { best, reviewerStamp, areaHits, touchedReviewers, documentScore, documentReviewer } = this;
    const touchedDocuments = this.touchedDocuments;
    let reviewerCount = 0;
    /** Resets r's top-m list and area hits the first time this pass reaches it. */
    const touch = (r: number): void => {
      if (reviewerStamp[r] === stamp) return;
      reviewerStamp[r] = stamp;
      // A loop: fill() costs a call per reviewer.
      for (let j = 0, base = r * m; j < m; j++) best[base + j] = 0;
      areaHits[r] = 0;
      touchedReviewers[reviewerCount++] = r;
    };
    for (let i = 0; i < documentCount; i++) {
      const d = touchedDocuments[i];
      const score = documentScore[d];
      if (score < tau) continue;
      const r = documentReviewer[d];
      touch(r);
      insertDescending(best, r * m, m, score);
    }
    for (const area of statementAreas) {
      for (const r of this.areaReviewers.get(area) ?? []) {
        touch(r);
        areaHits[r]++;
      }
    }

    let heap = new TopKSelection(this.heapScore, this.heapReviewer, k);
    for (let i = 0; i < reviewerCount; i++) {
      const r = touchedReviewers[i];
      const score = this.score(r, areaWeight);
      if (score > 0 && heap.admits(score, r)) heap.offer(score, r);
    }
    if (tau === 0) return heap.sortDescending();

    // Partial scores are lower bounds: the K-th best of them is a lower bound of the true one.
    const partialThreshold = heap.threshold;
    this.partialThreshold = partialThreshold;
    if (!(margin + BOUND_SLACK < partialThreshold)) return -1;
    heap = new TopKSelection(this.heapScore, this.heapReviewer, k);
    const { documentScore: scores, reviewerDocumentStart } = this;
    for (let i = 0; i < reviewerCount; i++) {
      const r = touchedReviewers[i];
      if (this.score(r, areaWeight) + margin + BOUND_SLACK < partialThreshold) continue;
      // In contention: exact top-m over all the reviewer's documents.
      const base = r * m;
      for (let j = 0; j < m; j++) best[base + j] = 0;
      for (let d = reviewerDocumentStart[r]; d < reviewerDocumentStart[r + 1]; d++) {
        if (scores[d] > 0) insertDescending(best, base, m, scores[d]);
      }
      const score = this.score(r, areaWeight);
      if (score > 0 && heap.admits(score, r)) heap.offer(score, r);
    }
    return heap.sortDescending();
  }

  /** Why a reviewer scores what it does for a statement: top terms, shared areas, documents used. */
  explain(statement: StatementText, reviewer: number, maxTerms = 10): AffinityExplanation {
    const query = this.query(statement);
    const documents: { document: number; score: number; terms: { term: string; contribution: number }[] }[] =
      [];
    for (let d = this.reviewerDocumentStart[reviewer]; d < this.reviewerDocumentStart[reviewer + 1]; d++) {
      const terms = this.bm25.termContributions(query, d);
      documents.push({ document: d, score: terms.reduce((sum, t) => sum + t.contribution, 0), terms });
    }
    documents.sort((x, y) => y.score - x.score || x.document - y.document);
    const statementAreas = [...new Set((statement.areas ?? []).map(normaliseArea))];
    const areaWeight = statementAreas.length > 0 ? this.areaWeight : 0;
    const termShare = new Map<string, number>();
    let textScore = 0;
    documents.slice(0, this.weights.length).forEach((doc, j) => {
      textScore += this.weights[j] * doc.score;
      for (const { term, contribution } of doc.terms) {
        termShare.set(term, (termShare.get(term) ?? 0) + (1 - areaWeight) * this.weights[j] * contribution);
      }
    });
    const sharedAreas = statementAreas.filter((area) => this.reviewerAreas[reviewer].has(area));
    const areaScore = statementAreas.length > 0 ? sharedAreas.length / statementAreas.length : 0;
    return {
      score: (1 - areaWeight) * textScore + areaWeight * areaScore,
      textScore,
      areaScore,
      terms: [...termShare]
        .map(([term, contribution]) => ({ term, contribution }))
        .sort((x, y) => y.contribution - x.contribution || (x.term < y.term ? -1 : 1))
        .slice(0, maxTerms),
      sharedAreas,
      documents: documents
        .slice(0, this.weights.length)
        .filter((d) => d.score > 0)
        .map((d) => ({ label: this.documentLabel[d.document], score: d.score })),
    };
  }
}

/** Sparse candidate columns for every statement: the input solveMatching takes. */
export function computeAffinityCandidates(
  statements: readonly StatementText[],
  reviewers: readonly ReviewerExpertise[],
  options: AffinityOptions = {},
): { statement: Int32Array; reviewer: Int32Array; score: Float64Array; index: ExpertiseAffinityIndex } {
  const index = new ExpertiseAffinityIndex(reviewers, options);
  return { ...index.candidatePairs(statements, options.topK ?? 100, options.onProgress), index };
}

/** Inserts score into the descending list list[base .. base + m) (dropping the smallest). */
function insertDescending(list: Float64Array, base: number, m: number, score: number): void {
  if (score <= list[base + m - 1]) return;
  let j = m - 1;
  while (j > 0 && list[base + j - 1] < score) {
    list[base + j] = list[base + j - 1];
    j--;
  }
  list[base + j] = score;
}

/**
 * Keeps the k best (score, reviewer) pairs offered in caller-owned typed arrays: a min-heap
 * whose root is the worst kept pair (lower score, or equal score and higher reviewer index).
 */
export class TopKSelection {
  private size = 0;

  constructor(
    private readonly score: Float64Array,
    private readonly reviewer: Int32Array,
    private readonly k: number,
  ) {}

  // Pair a is worse than pair b.
  private static worse(scoreA: number, reviewerA: number, scoreB: number, reviewerB: number): boolean {
    return scoreA < scoreB || (scoreA === scoreB && reviewerA > reviewerB);
  }

  /** Whether a pair would be kept now (cheap pre-check before computing anything else). */
  admits(score: number, reviewer: number): boolean {
    return this.size < this.k || TopKSelection.worse(this.score[0], this.reviewer[0], score, reviewer);
  }

  /** Lowest kept score once k pairs are kept; -Infinity before. */
  get threshold(): number {
    return this.size < this.k ? -Infinity : this.score[0];
  }

  offer(score: number, reviewer: number): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!TopKSelection.worse(score, reviewer, this.score[parent], this.reviewer[parent])) break;
        this.score[i] = this.score[parent];
        this.reviewer[i] = this.reviewer[parent];
        i = parent;
      }
      this.score[i] = score;
      this.reviewer[i] = reviewer;
      return;
    }
    if (!TopKSelection.worse(this.score[0], this.reviewer[0], score, reviewer)) return;
    this.siftDown(score, reviewer, this.size);
  }

  /** Places (score, reviewer) at the root and restores the heap over [0, size). */
  private siftDown(score: number, reviewer: number, size: number): void {
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      let child = left;
      if (
        right < size &&
        TopKSelection.worse(this.score[right], this.reviewer[right], this.score[left], this.reviewer[left])
      )
        child = right;
      if (!TopKSelection.worse(this.score[child], this.reviewer[child], score, reviewer)) break;
      this.score[i] = this.score[child];
      this.reviewer[i] = this.reviewer[child];
      i = child;
    }
    this.score[i] = score;
    this.reviewer[i] = reviewer;
  }

  /** Heap-sorts in place: the kept pairs best first in [0, count); returns count. */
  sortDescending(): number {
    const count = this.size;
    for (let end = count - 1; end > 0; end--) {
      // Move the worst (root) behind the shrinking heap.
      const score = this.score[end];
      const reviewer = this.reviewer[end];
      this.score[end] = this.score[0];
      this.reviewer[end] = this.reviewer[0];
      this.siftDown(score, reviewer, end);
    }
    this.size = 0;
    return count;
  }
}
