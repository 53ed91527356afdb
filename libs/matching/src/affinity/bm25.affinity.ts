/**
 * Okapi BM25 over an inverted index in typed arrays. Scores are normalised by the query's
 * ceiling (every query term saturated in one document), so a document's score lies in [0, 1]
 * and is comparable across queries.
 */

export interface Bm25Parameters {
  /** Term-frequency saturation. */
  readonly k1: number;
  /** Length normalisation. */
  readonly b: number;
}

export const DEFAULT_BM25: Bm25Parameters = { k1: 1.2, b: 0.75 };

/** Query terms that exist in the index, each weighted by (1 + ln qtf) * idf. */
export interface Bm25Query {
  readonly termIds: Int32Array;
  readonly weights: Float64Array;
  /** Score a document would get if it saturated every query term: the normaliser. */
  readonly ceiling: number;
}

export class Bm25Index {
  private constructor(
    private readonly vocabulary: Map<string, number>,
    private readonly terms: readonly string[],
    private readonly idf: Float64Array,
    private readonly postingStart: Int32Array,
    private readonly postingDocument: Int32Array,
    /** Precomputed tf (k1 + 1) / (tf + k1 (1 - b + b dl / avgdl)) per posting. */
    private readonly postingWeight: Float32Array,
    private readonly parameters: Bm25Parameters,
    readonly documentCount: number,
  ) {}

  static build(
    documents: readonly (readonly string[])[],
    parameters: Bm25Parameters = DEFAULT_BM25,
  ): Bm25Index {
    const vocabulary = new Map<string, number>();
    const terms: string[] = [];
    const documentTerms: Int32Array[] = [];
    let totalLength = 0;
    for (const tokens of documents) {
      const ids = new Int32Array(tokens.length);
      tokens.forEach((token, i) => {
        let id = vocabulary.get(token);
        if (id === undefined) {
          id = terms.length;
          vocabulary.set(token, id);
          terms.push(token);
        }
        ids[i] = id;
      });
      documentTerms.push(ids);
      totalLength += tokens.length;
    }
    const averageLength = Math.max(1, totalLength / Math.max(1, documents.length));
    const termCount = terms.length;
    // Per document: distinct terms with their frequency (stamp array instead of a Map per document).
    const frequency = new Int32Array(termCount);
    const documentFrequency = new Int32Array(termCount);
    for (const ids of documentTerms) {
      for (const id of ids) {
        if (frequency[id] === 0) documentFrequency[id]++;
        frequency[id]++;
      }
      for (const id of ids) frequency[id] = 0;
    }
    const postingStart = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) postingStart[t + 1] = postingStart[t] + documentFrequency[t];
    const postingDocument = new Int32Array(postingStart[termCount]);
    const postingWeight = new Float32Array(postingStart[termCount]);
    const cursor = postingStart.slice(0, termCount);
    const { k1, b } = parameters;
    documentTerms.forEach((ids, d) => {
      for (const id of ids) frequency[id]++;
      const lengthNorm = k1 * (1 - b + (b * ids.length) / averageLength);
      for (const id of ids) {
        const tf = frequency[id];
        if (tf === 0) continue;
        const slot = cursor[id]++;
        postingDocument[slot] = d;
        postingWeight[slot] = (tf * (k1 + 1)) / (tf + lengthNorm);
        frequency[id] = 0;
      }
    });
    const idf = new Float64Array(termCount);
    const n = documents.length;
    for (let t = 0; t < termCount; t++)
      idf[t] = Math.log(1 + (n - documentFrequency[t] + 0.5) / (documentFrequency[t] + 0.5));
    return new Bm25Index(vocabulary, terms, idf, postingStart, postingDocument, postingWeight, parameters, n);
  }

  /** Keeps the maxTerms heaviest query terms (rare, repeated terms first); unknown terms drop out. */
  prepareQuery(tokens: readonly string[], maxTerms = 64): Bm25Query {
    const counts = new Map<number, number>();
    for (const token of tokens) {
      const id = this.vocabulary.get(token);
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const weighted = [...counts].map(([id, qtf]) => ({ id, weight: (1 + Math.log(qtf)) * this.idf[id] }));
    weighted.sort((x, y) => y.weight - x.weight || x.id - y.id);
    const kept = weighted.slice(0, maxTerms);
    let ceiling = 0;
    for (const { weight } of kept) ceiling += weight * (this.parameters.k1 + 1);
    return {
      termIds: Int32Array.from(kept.map((k) => k.id)),
      weights: Float64Array.from(kept.map((k) => k.weight)),
      ceiling,
    };
  }

  /**
   * Adds each matching document's normalised score into accumulator and lists the documents
   * touched (first time) in touched; returns how many were touched.
   */
  accumulate(query: Bm25Query, accumulator: Float64Array, touched: Int32Array): number {
    let count = 0;
    if (query.ceiling <= 0) return 0;
    for (let q = 0; q < query.termIds.length; q++) {
      const t = query.termIds[q];
      const weight = query.weights[q] / query.ceiling;
      for (let i = this.postingStart[t]; i < this.postingStart[t + 1]; i++) {
        const d = this.postingDocument[i];
        if (accumulator[d] === 0) touched[count++] = d;
        accumulator[d] += weight * this.postingWeight[i];
      }
    }
    return count;
  }

  /** Each query term's share of one document's normalised score. */
  termContributions(query: Bm25Query, document: number): { term: string; contribution: number }[] {
    const contributions: { term: string; contribution: number }[] = [];
    if (query.ceiling <= 0) return contributions;
    for (let q = 0; q < query.termIds.length; q++) {
      const t = query.termIds[q];
      const at = this.findPosting(t, document);
      if (at >= 0)
        contributions.push({
          term: this.terms[t],
          contribution: (query.weights[q] / query.ceiling) * this.postingWeight[at],
        });
    }
    return contributions;
  }

  private findPosting(term: number, document: number): number {
    // Postings are in document order: binary search.
    let lo = this.postingStart[term];
    let hi = this.postingStart[term + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = this.postingDocument[mid];
      if (d === document) return mid;
      if (d < document) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
