import { Injectable } from '@nestjs/common';
import {
  areasMentioned,
  BID_LEVELS,
  isAuthorOf,
  isReviewerAt,
  sharedAreas,
  type Actor,
  type BidLevel,
  type ReviewerKind,
} from '@impact-review/domain';
import { ExpertiseAffinityIndex, foldedWords, porterStem } from '@impact-review/matching';
import { AccessService } from '../access';
import { AuditLog } from '../audit';
import { auditEvent } from '../audit/pending-events';
import { Clock } from '../common/clock';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { ReviewerProfileRepository } from '../reviewers';
import { StatementVersionRepository, SubmissionRepository, type SubmissionRecord } from '../submissions';
import { VenueRepository, type VenueRecord } from '../venues';
import { assignmentErrors } from './assignment.errors';
import { BidRepository, type BidRecord } from './bid.repository';
import { affinityTexts } from './matching-input.loader';
import { ReviewerPoolCache } from './reviewer-pool.cache';

export interface BiddingItem {
  submission: SubmissionRecord;
  affinity: number;
  /** Words of the statement that matched the reviewer's profile, strongest first. */
  terms: string[];
  areas: string[];
  bid: BidLevel | null;
}

export interface BiddingProgressPage {
  /** Reviewers of the venue. */
  total: number;
  reviewersWithBids: number;
  bids: number;
  rows: BiddingProgressRow[];
}

/** How long a read of a venue's bids serves the chairs' progress pages. */
const BIDS_TTL_MS = 30_000;

export interface BiddingProgressRow {
  userId: string;
  name: string;
  kind: ReviewerKind;
  bids: number;
  byLevel: Record<BidLevel, number>;
  lastBidAt: Date | null;
}

/** A venue's statements indexed for bidding: built once a minute at most, per process. */
interface StatementIndex {
  builtAt: number;
  statements: SubmissionRecord[];
  texts: string[];
  areas: string[][];
  index: ExpertiseAffinityIndex;
}

const INDEX_TTL_MS = 60_000;

/**
 * Bidding: while a venue's bidding is open its reviewers see the statements they may review,
 * sorted by affinity to their profile (with the words and areas that matched), and bid on them;
 * the chairs watch the progress per reviewer.
 */
@Injectable()
export class BiddingService {
  private readonly indexes = new Map<string, Promise<StatementIndex>>();
  private readonly bidSnapshots = new Map<string, { at: number; bids: Promise<BidRecord[]>; refreshing: boolean }>();

  constructor(
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly bids: BidRepository,
    private readonly submissions: SubmissionRepository,
    private readonly versions: StatementVersionRepository,
    private readonly venues: VenueRepository,
    private readonly profiles: ReviewerProfileRepository,
    private readonly audit: AuditLog,
    private readonly pool: ReviewerPoolCache,
  ) {}

  /** The statements the reviewer may bid on, best match first; `total` counts them all. */
  async statements(actor: Actor, venueId: string, offset: number, limit: number): Promise<{ items: BiddingItem[]; total: number }> {
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1 || limit > 100) fail(assignmentErrors, 'BAD_PAGE');
    const venue = await this.venues.findById(venueId);
    if (!venue) return fail(assignmentErrors, 'VENUE_NOT_FOUND');
    if (!actor || !isReviewerAt(actor, venueId)) return fail(assignmentErrors, 'BIDDING_CLOSED');
    if (!venue.biddingOpen) return fail(assignmentErrors, 'BIDDING_CLOSED');
    const [index, conflicted, profile, mine] = await Promise.all([
      this.statementIndex(venue),
      this.access.conflictedIn(actor, venueId),
      this.profiles.find(venueId, actor.userId),
      this.bids.ofReviewer(venueId, actor.userId),
    ]);
    const hidden = new Set(conflicted);
    const query = {
      id: actor.userId,
      title: (profile?.areas ?? []).join(' '),
      abstract: profile?.expertise ?? '',
      statementText: (profile?.publications ?? []).map((p) => `${p.title}\n${p.abstract}`).join('\n'),
    };
    const scores = new Map(index.index.topCandidates(query, index.statements.length).map((c) => [c.reviewer, c.score]));
    const order = index.statements
      .map((submission, i) => ({ submission, i, score: scores.get(i) ?? 0 }))
      .filter(({ submission }) => !hidden.has(submission.id) && !isAuthorOf(actor, submission))
      .sort((a, b) => b.score - a.score || a.submission.id.localeCompare(b.submission.id));
    const bidOf = new Map(mine.map((b) => [b.submissionId, b.level]));
    const items: BiddingItem[] = [];
    for (const { submission, i, score } of order.slice(offset, offset + limit)) {
      // The policy has the last word on each statement (a conflict declared a moment ago).
      if (!this.access.can(actor, 'bid.place', await this.access.submission(submission))) continue;
      const explanation = score > 0 ? index.index.explain(query, i, 5) : null;
      items.push({
        submission,
        affinity: score,
        terms: explanation ? surfaceWords(index.texts[i] ?? '', explanation.terms.map((t) => t.term)) : [],
        areas: sharedAreas(profile?.areas ?? [], index.areas[i] ?? []),
        bid: bidOf.get(submission.id) ?? null,
      });
    }
    return { items, total: order.length };
  }

  async place(actor: Actor, submissionId: string, level: BidLevel): Promise<BidRecord> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const submission = await this.submissions.findById(submissionId);
    if (!submission) return this.access.notFound('submission');
    this.access.require(actor, 'bid.place', await this.access.submission(submission), () => fail(assignmentErrors, 'BIDDING_CLOSED'));
    const event = auditEvent({
      venueId: submission.venueId,
      kind: 'bid.placed',
      objectType: 'submission',
      objectId: submission.id,
      actorId: actor.userId,
      summary: { level },
    });
    const bid = await this.bids.place(
      { venueId: submission.venueId, submissionId: submission.id, reviewerId: actor.userId, level, at: this.clock.now() },
      [event],
    );
    await this.audit.recorded('bids', bid.id, [event]);
    this.applyToSnapshot(bid);
    return bid;
  }

  /**
   * One page of the venue's reviewers by bidding progress, fewest bids first (who still has to
   * bid), with the venue's totals; bids on statements the chair is conflicted with left out. The
   * venue's bids are read once per BIDS_TTL_MS (and after a bid this process placed): 120,000 bids
   * take seconds to read, a page then milliseconds.
   */
  async progress(actor: Actor, venueId: string, offset: number, limit: number): Promise<BiddingProgressPage> {
    this.access.require(actor, 'assignment.run', { kind: 'venue', venueId });
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1 || limit > 100) fail(assignmentErrors, 'BAD_PAGE');
    const [pool, bids, conflicted] = await Promise.all([this.pool.get(venueId), this.venueBids(venueId), this.access.conflictedIn(actor, venueId)]);
    const hidden = new Set(conflicted);
    const rows = new Map<string, BiddingProgressRow>();
    for (const [userId, kind] of pool.kinds) {
      rows.set(userId, {
        userId,
        name: pool.people.get(userId)?.name ?? 'Former member',
        kind,
        bids: 0,
        byLevel: Object.fromEntries(BID_LEVELS.map((l) => [l, 0])) as Record<BidLevel, number>,
        lastBidAt: null,
      });
    }
    let counted = 0;
    for (const bid of bids) {
      const row = rows.get(bid.reviewerId);
      if (!row || hidden.has(bid.submissionId)) continue;
      counted += 1;
      row.bids += 1;
      row.byLevel[bid.level] += 1;
      if (!row.lastBidAt || bid.updatedAt > row.lastBidAt) row.lastBidAt = bid.updatedAt;
    }
    const all = [...rows.values()].sort((a, b) => a.bids - b.bids || a.name.localeCompare(b.name) || (a.userId < b.userId ? -1 : 1));
    return {
      total: all.length,
      reviewersWithBids: all.filter((r) => r.bids > 0).length,
      bids: counted,
      rows: all.slice(offset, offset + limit),
    };
  }

  /** A bid this process placed goes into its venue's snapshot at once: its chairs see it without a new read. */
  private applyToSnapshot(bid: BidRecord): void {
    const snapshot = this.bidSnapshots.get(bid.venueId);
    void snapshot?.bids
      .then((list) => {
        const at = list.findIndex((b) => b.submissionId === bid.submissionId && b.reviewerId === bid.reviewerId);
        if (at >= 0) list[at] = bid;
        else list.push(bid);
      })
      .catch(() => undefined);
  }

  /**
   * The venue's bids, read at most once per BIDS_TTL_MS: an older read still answers while the
   * next one runs. Bids placed through this process are applied to it directly.
   */
  private async venueBids(venueId: string): Promise<BidRecord[]> {
    const cached = this.bidSnapshots.get(venueId);
    if (cached) {
      const bids = await cached.bids.catch(() => null);
      if (bids) {
        if (Date.now() - cached.at >= BIDS_TTL_MS && !cached.refreshing) {
          cached.refreshing = true;
          const next = { at: Date.now(), bids: this.bids.ofVenue(venueId), refreshing: false };
          next.bids.then(
            () => {
              if (this.bidSnapshots.get(venueId) === cached) this.bidSnapshots.set(venueId, next);
            },
            () => {
              cached.refreshing = false;
            },
          );
        }
        return bids;
      }
    }
    const snapshot = { at: Date.now(), bids: this.bids.ofVenue(venueId), refreshing: false };
    this.bidSnapshots.set(venueId, snapshot);
    snapshot.bids.catch(() => {
      if (this.bidSnapshots.get(venueId) === snapshot) this.bidSnapshots.delete(venueId);
    });
    return snapshot.bids;
  }

  private statementIndex(venue: VenueRecord): Promise<StatementIndex> {
    const cached = this.indexes.get(venue.id);
    if (cached) {
      return cached.then((index) => (Date.now() - index.builtAt < INDEX_TTL_MS ? index : this.rebuild(venue)));
    }
    return this.rebuild(venue);
  }

  private rebuild(venue: VenueRecord): Promise<StatementIndex> {
    const building = this.build(venue);
    this.indexes.set(venue.id, building);
    building.catch(() => this.indexes.delete(venue.id));
    return building;
  }

  private async build(venue: VenueRecord): Promise<StatementIndex> {
    const statements = await this.submissions.listedOfVenue(venue.id);
    const texts = await affinityTexts(statements, this.versions);
    const allTexts = statements.map((s) => [s.submitted?.title ?? '', texts.get(s.id) ?? ''].join('\n'));
    const areas = allTexts.map((text) => areasMentioned(text, venue.taxonomy));
    // Statements play the documents and a reviewer's profile the query: the same BM25 as the matcher.
    const index = new ExpertiseAffinityIndex(
      statements.map((s, i) => ({ id: s.id, profileText: allTexts[i], areas: areas[i] })),
      { documentWeights: [1] },
    );
    return { builtAt: Date.now(), statements, texts: allTexts, areas, index };
  }
}

/** Stemmed terms back to the statement's own words, for people to read. */
export function surfaceWords(text: string, stems: readonly string[]): string[] {
  const words = new Map<string, string>();
  for (const word of foldedWords(text)) {
    if (word.length < 2) continue;
    const stem = porterStem(word);
    if (!words.has(stem)) words.set(stem, word);
  }
  return stems.map((stem) => words.get(stem) ?? stem);
}
