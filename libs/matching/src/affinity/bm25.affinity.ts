import { withCapacity } from '../shared/typed-array.util';

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

/**
 * Collects documents as term ids, one at a time, keeping only each document's distinct terms
 * and their frequencies (not its token list), then lays out the postings.
 */
export class Bm25IndexBuilder {
  private documentTerm = new Int32Array(1 << 16);
  private documentTermFrequency = new Int32Array(1 << 16);
  private entryCount = 0;
  private documentEnd = new Int32Array(1 << 12);
  private documentLength = new Int32Array(1 << 12);
  private documentCount = 0;
  private totalLength = 0;
  // Per-term scratch: occurrences of the term in the document being added.
  private frequency = new Int32Array(1 << 12);
  private built = false;

  constructor(private readonly parameters: Bm25Parameters = DEFAULT_BM25) {}

  /** Adds a document given as termIds[0..length); returns its document number. */
  addDocument(termIds: ArrayLike<number>, length = termIds.length): number {
    if (this.built) throw new Error('Bm25IndexBuilder: documents added after build()');
    this.documentTerm = withCapacity(this.documentTerm, this.entryCount + length);
    this.documentTermFrequency = withCapacity(this.documentTermFrequency, this.entryCount + length);
    let { frequency } = this;
    for (let i = 0; i < length; i++) {
      const id = termIds[i];
      if (id >= frequency.length) frequency = this.frequency = withCapacity(frequency, id + 1);
      frequency[id]++;
    }
    // Distinct terms in order of first occurrence, with their frequency.
    for (let i = 0; i < length; i++) {
      const id = termIds[i];
      const tf = frequency[id];
      if (tf === 0) continue;
      this.documentTerm[this.entryCount] = id;
      this.documentTermFrequency[this.entryCount++] = tf;
      frequency[id] = 0;
    }
    const d = this.documentCount++;
    this.documentEnd = withCapacity(this.documentEnd, d + 1);
    this.documentLength = withCapacity(this.documentLength, d + 1);
    this.documentEnd[d] = this.entryCount;
    this.documentLength[d] = length;
    this.totalLength += length;
    return d;
  }

  /**
   * The index over the documents added; terms[id] names term id (ids must be < terms.length)
   * and termId maps a term back, for string queries.
   */
  build(terms: readonly string[], termId?: (term: string) => number | undefined): Bm25Index {
    if (this.built) throw new Error('Bm25IndexBuilder: build() runs once');
    this.built = true;
    let lookup = termId;
    if (!lookup) {
      const vocabulary = new Map(terms.map((term, id): [string, number] => [term, id]));
      lookup = (term) => vocabulary.get(term);
    }
    const n = this.documentCount;
    const termCount = terms.length;
    const averageLength = Math.max(1, this.totalLength / Math.max(1, n));
    const documentFrequency = new Int32Array(termCount);
    for (let i = 0; i < this.entryCount; i++) documentFrequency[this.documentTerm[i]]++;
    const postingStart = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) postingStart[t + 1] = postingStart[t] + documentFrequency[t];
    const postingDocument = new Int32Array(postingStart[termCount]);
    const postingWeight = new Float32Array(postingStart[termCount]);
    const cursor = postingStart.slice(0, termCount);
    const { k1, b } = this.parameters;
    // Documents in order, so every posting list is sorted by document.
    let i = 0;
    for (let d = 0; d < n; d++) {
      const lengthNorm = k1 * (1 - b + (b * this.documentLength[d]) / averageLength);
      for (const end = this.documentEnd[d]; i < end; i++) {
        const tf = this.documentTermFrequency[i];
        const slot = cursor[this.documentTerm[i]]++;
        postingDocument[slot] = d;
        postingWeight[slot] = (tf * (k1 + 1)) / (tf + lengthNorm);
      }
    }
    const idf = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++)
      idf[t] = Math.log(1 + (n - documentFrequency[t] + 0.5) / (documentFrequency[t] + 0.5));
    // The builder's buffers can go now.
    this.documentTerm = new Int32Array(0);
    this.documentTermFrequency = new Int32Array(0);
    return new Bm25Index(
      terms,
      lookup,
      idf,
      postingStart,
      postingDocument,
      postingWeight,
      this.parameters,
      n,
    );
  }
}

/** Built by Bm25IndexBuilder.build() or Bm25Index.build(); immutable apart from query scratch. */
export class Bm25Index {
  // Scratch for prepareTermIdQuery: occurrences of each term in the current query.
  private readonly queryCount: Int32Array;

  constructor(
    private readonly terms: readonly string[],
    private readonly lookupTerm: (term: string) => number | undefined,
    private readonly idf: Float64Array,
    private readonly postingStart: Int32Array,
    private readonly postingDocument: Int32Array,
    /** Precomputed tf (k1 + 1) / (tf + k1 (1 - b + b dl / avgdl)) per posting. */
    private readonly postingWeight: Float32Array,
    private readonly parameters: Bm25Parameters,
    readonly documentCount: number,
  ) {
    this.queryCount = new Int32Array(terms.length);
  }

  static build(
    documents: readonly (readonly string[])[],
    parameters: Bm25Parameters = DEFAULT_BM25,
  ): Bm25Index {
    const vocabulary = new Map<string, number>();
    const terms: string[] = [];
    const builder = new Bm25IndexBuilder(parameters);
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
      builder.addDocument(ids);
    }
    return builder.build(terms, (term) => vocabulary.get(term));
  }

  get termCount(): number {
    return this.terms.length;
  }

  get postingCount(): number {
    return this.postingDocument.length;
  }

  /** Keeps the maxTerms heaviest query terms (rare, repeated terms first); unknown terms drop out. */
  prepareQuery(tokens: readonly string[], maxTerms = 64): Bm25Query {
    const ids: number[] = [];
    for (const token of tokens) {
      const id = this.lookupTerm(token);
      if (id !== undefined && id < this.terms.length) ids.push(id);
    }
    return this.prepareTermIdQuery(ids, ids.length, maxTerms);
  }

  /**
   * prepareQuery for tokens given as term ids (termIds[0..length)); ids outside the index
   * must not occur. Same weights, order and ceiling as prepareQuery on the terms.
   */
  prepareTermIdQuery(termIds: ArrayLike<number>, length = termIds.length, maxTerms = 64): Bm25Query {
    const count = this.queryCount;
    const distinct: number[] = [];
    for (let i = 0; i < length; i++) {
      const id = termIds[i];
      if (count[id]++ === 0) distinct.push(id);
    }
    const weight = new Float64Array(distinct.length);
    const order = new Int32Array(distinct.length);
    distinct.forEach((id, j) => {
      weight[j] = (1 + Math.log(count[id])) * this.idf[id];
      order[j] = j;
      count[id] = 0;
    });
    // Heaviest first; equal weights by term id, so the choice does not depend on token order.
    order.sort((x, y) => weight[y] - weight[x] || distinct[x] - distinct[y]);
    const kept = Math.min(Math.max(0, maxTerms), distinct.length);
    const termIdsOut = new Int32Array(kept);
    const weights = new Float64Array(kept);
    let ceiling = 0;
    for (let j = 0; j < kept; j++) {
      termIdsOut[j] = distinct[order[j]];
      weights[j] = weight[order[j]];
      ceiling += weights[j] * (this.parameters.k1 + 1);
    }
    return { termIds: termIdsOut, weights, ceiling };
  }

  /**
   * Adds each matching document's normalised score into accumulator and lists the documents
   * touched (first time) in touched; returns how many were touched.
   */
  accumulate(query: Bm25Query, accumulator: Float64Array, touched: Int32Array): number {
    let count = 0;
    if (query.ceiling <= 0) return 0;
    const { postingStart, postingDocument, postingWeight } = this;
    const { termIds, weights, ceiling } = query;
    for (let q = 0; q < termIds.length; q++) {
      const t = termIds[q];
      const weight = weights[q] / ceiling;
      const end = postingStart[t + 1];
      for (let i = postingStart[t]; i < end; i++) {
        const d = postingDocument[i];
        if (accumulator[d] === 0) touched[count++] = d;
        accumulator[d] += weight * postingWeight[i];
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
