// The matcher run's computation, from plain rows to a proposal: affinity, conflicts, bids and the
// exact assignment of libs/matching. No Nest and no database: the run service loads the rows and
// hands them to a worker thread (matching.worker.ts) that calls runVenueMatching.
import {
  areasMentioned,
  sharedAreas,
  type BidLevel,
  type KindCounts,
  type MatchingObjective,
  type MatchingRunPhase,
  type ReviewerKind,
  type VenueTaxonomy,
} from '@impact-review/domain';
import {
  computeAffinityCandidates,
  CONFLICT_REASON,
  detectConflicts,
  foldedWords,
  porterStem,
  scoreCandidatePairs,
  solveMatching,
  type BidLevel as EngineBidLevel,
  type PairRef,
  type PersonProfile,
} from '@impact-review/matching';

export interface MatchingAffiliation {
  institution: string;
  emailDomain: string;
  startYear: number;
  endYear: number | null;
}

export interface MatchingPerson {
  id: string;
  affiliations: MatchingAffiliation[];
  publicationTitles: string[];
}

export interface MatchingStatement {
  id: string;
  title: string;
  /** Abstract, summary and hazards: what the affinity reads. */
  text: string;
  /** Reviewers of each kind its tier asks for in all (slots already held included). */
  demand: KindCounts;
  authors: MatchingPerson[];
}

export interface MatchingReviewer extends MatchingPerson {
  kind: ReviewerKind;
  maxLoad: number;
  profileText: string;
  publications: { title: string; abstract: string }[];
  areas: string[];
}

export type Pair = readonly [statementId: string, reviewerId: string];

export interface MatchingInput {
  objective: MatchingObjective;
  currentYear: number;
  taxonomy: VenueTaxonomy;
  statements: MatchingStatement[];
  reviewers: MatchingReviewer[];
  /** Declared conflicts, declined assignments and pairs a chair forbade: never proposed. */
  forbidden: Pair[];
  bids: (readonly [statementId: string, reviewerId: string, level: BidLevel])[];
  /** Committed assignments holding a slot: kept as they are. */
  kept: Pair[];
  /** Pairs a chair forces into the proposal. */
  forced: Pair[];
  /** Reviewers kept per statement by affinity (default 50). */
  topK?: number;
}

export interface ProposedPair {
  statementId: string;
  reviewerId: string;
  kind: ReviewerKind;
  score: number;
  origin: 'optimised' | 'forced' | 'kept';
  terms: string[];
  areas: string[];
  bid: BidLevel | null;
}

export interface UncoveredSlot {
  statementId: string;
  kind: ReviewerKind;
  missing: number;
  explanation: string;
}

export interface MatchingOutcome {
  status: 'optimal' | 'feasible' | 'infeasible' | 'institution-rule-unresolved';
  objective: number;
  minStatementScore: number;
  pairs: ProposedPair[];
  uncovered: UncoveredSlot[];
  /** Plain-words diagnosis; null when every slot is filled. */
  diagnosis: string | null;
  inputProblems: string[];
  /** Conflicts libs/matching found (same institution within 3 years, shared publication). */
  detectedConflicts: number;
  candidatePairs: number;
  seconds: Partial<Record<MatchingRunPhase, number>>;
}

export type ProgressListener = (phase: MatchingRunPhase, fraction: number) => void;

const ENGINE_BID: Readonly<Record<BidLevel, EngineBidLevel>> = {
  very_high: 'very-high',
  high: 'high',
  neutral: 'neutral',
  low: 'low',
  very_low: 'very-low',
};

/** A publication's identity across people: its title, folded. */
export function publicationKey(title: string): string {
  return foldedWords(title)
    .filter((w) => w !== '')
    .join(' ');
}

/** An institution's key: its e-mail domain when known, else its folded name. */
function institutionKey(affiliation: MatchingAffiliation): string {
  return affiliation.emailDomain !== '' ? affiliation.emailDomain.toLowerCase() : `name:${publicationKey(affiliation.institution)}`;
}

function personProfile(person: MatchingPerson): PersonProfile {
  return {
    id: person.id,
    // Account addresses are not institution claims (people register with any address): only the
    // affiliations a profile declares, with their years, count.
    affiliations: person.affiliations.map((a) => ({
      institutionId: institutionKey(a),
      startYear: a.startYear,
      ...(a.endYear === null ? {} : { endYear: a.endYear }),
    })),
    publicationIds: person.publicationTitles.map(publicationKey).filter((key) => key !== ''),
  };
}

/** The institution a reviewer is at now, for the one-reviewer-per-institution rule. */
function currentInstitution(reviewer: MatchingReviewer): string | undefined {
  const current = reviewer.affiliations.find((a) => a.endYear === null);
  return current ? institutionKey(current) : undefined;
}

const now = (): number => performance.now() / 1000;

export function runVenueMatching(input: MatchingInput, onProgress: ProgressListener = () => undefined): MatchingOutcome {
  const seconds: Partial<Record<MatchingRunPhase, number>> = {};
  const statementIndex = new Map(input.statements.map((s, i) => [s.id, i]));
  const reviewerIndex = new Map(input.reviewers.map((r, i) => [r.id, i]));
  const statementAreas = input.statements.map((s) => areasMentioned(`${s.title}\n${s.text}`, input.taxonomy));

  let started = now();
  onProgress('affinity', 0);
  const affinity = computeAffinityCandidates(
    input.statements.map((s, i) => ({ id: s.id, title: s.title, statementText: s.text, areas: statementAreas[i] })),
    input.reviewers.map((r) => ({
      id: r.id,
      profileText: r.profileText,
      publications: r.publications.map((p, j) => ({ id: `${j}`, title: p.title, abstract: p.abstract })),
      areas: r.areas,
    })),
    { topK: input.topK ?? 50, onProgress: (fraction) => onProgress('affinity', fraction) },
  );
  seconds.affinity = now() - started;

  started = now();
  onProgress('conflicts', 0);
  const detected = detectConflicts(
    input.statements.map((s) => ({ id: s.id, authors: s.authors.map(personProfile) })),
    input.reviewers.map(personProfile),
    { currentYear: input.currentYear, recentYears: 3 },
  );
  const pairOf = (pair: Pair): PairRef | null => {
    const statement = statementIndex.get(pair[0]);
    const reviewer = reviewerIndex.get(pair[1]);
    return statement === undefined || reviewer === undefined ? null : { statement, reviewer };
  };
  const forbiddenStatement: number[] = Array.from(detected.statement);
  const forbiddenReviewer: number[] = Array.from(detected.reviewer);
  for (const pair of input.forbidden) {
    const ref = pairOf(pair);
    if (ref) {
      forbiddenStatement.push(ref.statement);
      forbiddenReviewer.push(ref.reviewer);
    }
  }
  let detectedConflicts = 0;
  for (let i = 0; i < detected.reasons.length; i++) {
    // The same person on both sides is an author, which the access layer already knows.
    if (detected.reasons[i] !== CONFLICT_REASON.samePerson) detectedConflicts += 1;
  }
  onProgress('conflicts', 1);
  seconds.conflicts = now() - started;

  started = now();
  onProgress('solving', 0);
  const bids = input.bids
    .map(([statementId, reviewerId, level]) => ({ ref: pairOf([statementId, reviewerId]), level }))
    .filter((b): b is { ref: PairRef; level: BidLevel } => b.ref !== null);
  const candidates = scoreCandidatePairs(
    withFallbacks(affinity, input, input.topK ?? 50),
    bids.map((b) => ({ statement: b.ref.statement, reviewer: b.ref.reviewer, level: ENGINE_BID[b.level] })),
    input.reviewers.length,
  );
  const refs = (pairs: Pair[]): PairRef[] => pairs.map(pairOf).filter((p): p is PairRef => p !== null);
  const result = solveMatching(
    {
      statements: input.statements.map((s) => ({ id: s.id, demand: s.demand })),
      reviewers: input.reviewers.map((r) => ({
        id: r.id,
        kind: r.kind,
        maxLoad: r.maxLoad,
        institutionId: currentInstitution(r),
      })),
      candidates,
      forbidden: { statement: Int32Array.from(forbiddenStatement), reviewer: Int32Array.from(forbiddenReviewer) },
      kept: refs(input.kept),
      forced: refs(input.forced),
      defaultMinLoad: 0,
      institutionRule: true,
    },
    {
      objective: input.objective,
      seed: 1,
      onProgress: (progress) => {
        if (progress.phase === 'solve' || progress.phase === 'fairness') onProgress('solving', progress.fraction);
      },
    },
  );
  seconds.solving = now() - started;

  started = now();
  onProgress('writing', 0);
  const bidOf = new Map(bids.map((b) => [`${b.ref.statement}:${b.ref.reviewer}`, b.level]));
  const surfaceWords = new Map<number, Map<string, string>>();
  const wordFor = (statement: number, stem: string): string => {
    let words = surfaceWords.get(statement);
    if (!words) {
      words = new Map();
      const s = input.statements[statement];
      for (const word of foldedWords(`${s.title}\n${s.text}`)) {
        if (word.length < 2) continue;
        const stemmed = porterStem(word);
        if (!words.has(stemmed)) words.set(stemmed, word);
      }
      surfaceWords.set(statement, words);
    }
    return words.get(stem) ?? stem;
  };
  const pairs: ProposedPair[] = result.assignments.map((a, i) => {
    const statement = input.statements[a.statement];
    const reviewer = input.reviewers[a.reviewer];
    const explanation = affinity.index.explain(
      { id: statement.id, title: statement.title, statementText: statement.text, areas: statementAreas[a.statement] },
      a.reviewer,
      5,
    );
    if (i % 500 === 0) onProgress('writing', (i / Math.max(1, result.assignments.length)) * 0.5);
    return {
      statementId: statement.id,
      reviewerId: reviewer.id,
      kind: a.kind,
      score: a.score,
      origin: a.origin,
      terms: explanation.terms.map((t) => wordFor(a.statement, t.term)),
      areas: sharedAreas(reviewer.areas, statementAreas[a.statement]),
      bid: bidOf.get(`${a.statement}:${a.reviewer}`) ?? null,
    };
  });
  const uncovered: UncoveredSlot[] = (result.diagnosis?.uncovered ?? []).map((u) => ({
    statementId: input.statements[u.statement].id,
    kind: u.kind,
    missing: u.missing,
    explanation: u.explanation,
  }));
  seconds.writing = now() - started;
  return {
    status: result.status,
    objective: result.objective,
    minStatementScore: result.minStatementScore,
    pairs,
    uncovered,
    diagnosis: result.diagnosis ? diagnose(input, uncovered) : null,
    inputProblems: result.inputProblems.map((p) => p.explanation),
    detectedConflicts,
    candidatePairs: candidates.statement.length,
    seconds,
  };
}

/**
 * Affinity keeps a statement's best `topK` reviewers, and only those whose profile matches it at
 * all; statements of one topic then compete for the same few people. So every statement also gets
 * reviewers of the kinds it needs at score 0 (up to `topK` when affinity found fewer, else
 * FALLBACKS_PER_KIND), taken in turn across the pool so that the extra load spreads: a slot stays
 * open only when nobody can take it, not because the best matches are full.
 */
const FALLBACKS_PER_KIND = 8;

export function withFallbacks(
  affinity: { statement: Int32Array; reviewer: Int32Array; score: Float64Array },
  input: Pick<MatchingInput, 'statements' | 'reviewers'>,
  topK: number,
): { statement: Int32Array; reviewer: Int32Array; score: Float64Array } {
  const byKind: Record<ReviewerKind, number[]> = { expert: [], community: [] };
  input.reviewers.forEach((r, i) => byKind[r.kind].push(i));
  const next: Record<ReviewerKind, number> = { expert: 0, community: 0 };
  const counts = new Int32Array(input.statements.length);
  for (let i = 0; i < affinity.statement.length; i++) counts[affinity.statement[i]] += 1;
  const statement: number[] = [];
  const reviewer: number[] = [];
  const taken = new Set<number>();
  let start = 0;
  for (let s = 0; s < input.statements.length; s++) {
    taken.clear();
    for (let i = start; i < start + counts[s]; i++) taken.add(affinity.reviewer[i]);
    start += counts[s];
    for (const kind of ['expert', 'community'] as const) {
      const pool = byKind[kind];
      const wanted = Math.min(pool.length, input.statements[s].demand[kind] > 0 ? (counts[s] >= topK ? FALLBACKS_PER_KIND : topK) : 0);
      let added = 0;
      for (let tries = 0; tries < pool.length && added < wanted; tries++) {
        const r = pool[next[kind] % pool.length];
        next[kind] += 1;
        if (taken.has(r)) continue;
        taken.add(r);
        statement.push(s);
        reviewer.push(r);
        added += 1;
      }
    }
  }
  if (statement.length === 0) return affinity;
  const n = affinity.statement.length;
  const merged = {
    statement: new Int32Array(n + statement.length),
    reviewer: new Int32Array(n + statement.length),
    score: new Float64Array(n + statement.length),
  };
  merged.statement.set(affinity.statement);
  merged.reviewer.set(affinity.reviewer);
  merged.score.set(affinity.score);
  merged.statement.set(statement, n);
  merged.reviewer.set(reviewer, n);
  return merged;
}

/** The diagnosis in plain words: how many statements are short, of which kinds, and what binds. */
export function diagnose(input: Pick<MatchingInput, 'statements' | 'reviewers'>, uncovered: readonly UncoveredSlot[]): string {
  const statements = new Set(uncovered.map((u) => u.statementId));
  const missing: Record<ReviewerKind, number> = { expert: 0, community: 0 };
  for (const u of uncovered) missing[u.kind] += u.missing;
  const capacity: Record<ReviewerKind, number> = { expert: 0, community: 0 };
  for (const r of input.reviewers) capacity[r.kind] += r.maxLoad;
  const demand: Record<ReviewerKind, number> = { expert: 0, community: 0 };
  for (const s of input.statements) {
    demand.expert += s.demand.expert;
    demand.community += s.demand.community;
  }
  const parts: string[] = [];
  for (const kind of ['expert', 'community'] as const) {
    if (missing[kind] === 0) continue;
    const short = demand[kind] > capacity[kind];
    parts.push(
      `${missing[kind]} ${kind} reviewer slot${missing[kind] === 1 ? '' : 's'} stay open` +
        (short
          ? `: the pool's ${kind} reviewers can take ${capacity[kind]} statements in all and the statements ask for ${demand[kind]}. Invite more ${kind} reviewers or raise their maximum loads.`
          : `: there are enough ${kind} reviewers in all, but not without a conflict, a shared institution or a full load on these statements. Look at the statements listed below.`),
    );
  }
  return `${statements.size} statement${statements.size === 1 ? '' : 's'} cannot get every reviewer ${statements.size === 1 ? 'its' : 'their'} tier asks for. ${parts.join(' ')}`;
}
