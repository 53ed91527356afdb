import { tokenize } from '../text/english.tokenizer';
import { Bm25Index, DEFAULT_BM25, type Bm25Parameters } from './bm25.affinity';

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
  private readonly bm25: Bm25Index;
  private readonly documentReviewer: Int32Array;
  private readonly documentLabel: string[];
  private readonly reviewerAreas: ReadonlySet<string>[];
  private readonly areaReviewers = new Map<string, number[]>();
  private readonly weights: number[];
  private readonly areaWeight: number;
  private readonly maxQueryTerms: number;
  // Scratch buffers reused across queries.
  private readonly documentScore: Float64Array;
  private readonly touchedDocuments: Int32Array;
  private readonly best: Float64Array;
  private readonly reviewerStamp: Int32Array;
  private readonly areaHits: Int32Array;
  private queryNumber = 0;

  constructor(
    readonly reviewers: readonly ReviewerExpertise[],
    options: AffinityOptions = {},
  ) {
    this.weights = [...(options.documentWeights ?? DEFAULT_DOCUMENT_WEIGHTS)];
    this.areaWeight = options.areaWeight ?? 0.3;
    this.maxQueryTerms = options.maxQueryTerms ?? 64;
    const documents: string[][] = [];
    const owner: number[] = [];
    this.documentLabel = [];
    reviewers.forEach((reviewer, r) => {
      if (reviewer.profileText && reviewer.profileText.trim() !== '') {
        documents.push(tokenize(reviewer.profileText));
        owner.push(r);
        this.documentLabel.push('profile');
      }
      for (const publication of reviewer.publications ?? []) {
        documents.push(
          tokenize([publication.title, publication.title, publication.abstract ?? ''].join('\n')),
        );
        owner.push(r);
        this.documentLabel.push(publication.id ?? publication.title);
      }
    });
    this.bm25 = Bm25Index.build(documents, options.bm25 ?? DEFAULT_BM25);
    this.documentReviewer = Int32Array.from(owner);
    this.reviewerAreas = reviewers.map((reviewer) => new Set((reviewer.areas ?? []).map(normaliseArea)));
    this.reviewerAreas.forEach((areas, r) => {
      for (const area of areas) {
        const list = this.areaReviewers.get(area);
        if (list) list.push(r);
        else this.areaReviewers.set(area, [r]);
      }
    });
    this.documentScore = new Float64Array(documents.length);
    this.touchedDocuments = new Int32Array(documents.length);
    this.best = new Float64Array(reviewers.length * this.weights.length);
    this.reviewerStamp = new Int32Array(reviewers.length).fill(-1);
    this.areaHits = new Int32Array(reviewers.length);
  }

  /** The topK reviewers for a statement, best first (ties: lower reviewer index first). */
  topCandidates(statement: StatementText, topK = 100): AffinityCandidate[] {
    const query = this.bm25.prepareQuery(statementTokens(statement), this.maxQueryTerms);
    const stamp = ++this.queryNumber;
    const m = this.weights.length;
    const reviewersTouched: number[] = [];
    const touch = (r: number): void => {
      if (this.reviewerStamp[r] === stamp) return;
      this.reviewerStamp[r] = stamp;
      this.best.fill(0, r * m, r * m + m);
      this.areaHits[r] = 0;
      reviewersTouched.push(r);
    };

    const count = this.bm25.accumulate(query, this.documentScore, this.touchedDocuments);
    for (let i = 0; i < count; i++) {
      const d = this.touchedDocuments[i];
      const score = this.documentScore[d];
      this.documentScore[d] = 0;
      const r = this.documentReviewer[d];
      touch(r);
      // Insert into the reviewer's descending top-m list.
      const base = r * m;
      if (score <= this.best[base + m - 1]) continue;
      let j = m - 1;
      while (j > 0 && this.best[base + j - 1] < score) {
        this.best[base + j] = this.best[base + j - 1];
        j--;
      }
      this.best[base + j] = score;
    }
    const statementAreas = [...new Set((statement.areas ?? []).map(normaliseArea))];
    for (const area of statementAreas) {
      for (const r of this.areaReviewers.get(area) ?? []) {
        touch(r);
        this.areaHits[r]++;
      }
    }

    const areaWeight = statementAreas.length > 0 ? this.areaWeight : 0;
    const heap = new TopKHeap(topK);
    for (const r of reviewersTouched) {
      let textScore = 0;
      for (let j = 0; j < m; j++) textScore += this.weights[j] * this.best[r * m + j];
      const areaScore = statementAreas.length > 0 ? this.areaHits[r] / statementAreas.length : 0;
      const score = (1 - areaWeight) * textScore + areaWeight * areaScore;
      if (score > 0) heap.offer({ reviewer: r, score, textScore, areaScore });
    }
    return heap.sortedDescending();
  }

  /** Why a reviewer scores what it does for a statement: top terms, shared areas, documents used. */
  explain(statement: StatementText, reviewer: number, maxTerms = 10): AffinityExplanation {
    const query = this.bm25.prepareQuery(statementTokens(statement), this.maxQueryTerms);
    const documents: { document: number; score: number; terms: { term: string; contribution: number }[] }[] =
      [];
    for (let d = 0; d < this.documentReviewer.length; d++) {
      if (this.documentReviewer[d] !== reviewer) continue;
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
  const topK = options.topK ?? 100;
  const statementColumn: number[] = [];
  const reviewerColumn: number[] = [];
  const scoreColumn: number[] = [];
  const step = Math.max(1, Math.floor(statements.length / 100));
  statements.forEach((statement, s) => {
    for (const candidate of index.topCandidates(statement, topK)) {
      statementColumn.push(s);
      reviewerColumn.push(candidate.reviewer);
      scoreColumn.push(candidate.score);
    }
    if (options.onProgress && (s + 1) % step === 0) options.onProgress((s + 1) / statements.length);
  });
  options.onProgress?.(1);
  return {
    statement: Int32Array.from(statementColumn),
    reviewer: Int32Array.from(reviewerColumn),
    score: Float64Array.from(scoreColumn),
    index,
  };
}

/** Keeps the k best candidates seen (min-heap on score; ties keep the lower reviewer index). */
class TopKHeap {
  private readonly items: AffinityCandidate[] = [];

  constructor(private readonly k: number) {}

  // a is worse than b.
  private worse(a: AffinityCandidate, b: AffinityCandidate): boolean {
    return a.score < b.score || (a.score === b.score && a.reviewer > b.reviewer);
  }

  offer(item: AffinityCandidate): void {
    const { items } = this;
    if (this.k <= 0) return;
    if (items.length < this.k) {
      items.push(item);
      let i = items.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(items[i], items[parent])) break;
        [items[i], items[parent]] = [items[parent], items[i]];
        i = parent;
      }
      return;
    }
    if (!this.worse(items[0], item)) return;
    items[0] = item;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < items.length && this.worse(items[left], items[smallest])) smallest = left;
      if (right < items.length && this.worse(items[right], items[smallest])) smallest = right;
      if (smallest === i) break;
      [items[i], items[smallest]] = [items[smallest], items[i]];
      i = smallest;
    }
  }

  sortedDescending(): AffinityCandidate[] {
    return [...this.items].sort((a, b) => b.score - a.score || a.reviewer - b.reviewer);
  }
}
