import { Injectable } from '@nestjs/common';
import type { ReviewerKind } from '@impact-review/domain';
import { ExpertiseAffinityIndex } from '@impact-review/matching';
import { VenueRoleRepository } from '../memberships';
import { ReviewerProfileRepository, type ReviewerProfileRecord } from '../reviewers';
import { UserRepository } from '../users';
import { venueReviewers } from './matching-input.loader';

/** A venue's reviewers as the assignment pages read them: kinds, profiles, names, affinity indexes. */
export interface ReviewerPool {
  readonly builtAt: number;
  /** Reviewer grants and profiles counted when it was built: a change in either rebuilds it. */
  readonly shape: string;
  readonly kinds: ReadonlyMap<string, ReviewerKind>;
  readonly profiles: ReadonlyMap<string, ReviewerProfileRecord>;
  readonly people: ReadonlyMap<string, { readonly name: string; readonly email: string }>;
  /** Per kind: the reviewers of that kind (in index order) and a BM25 index of their expertise. */
  affinityIndex(kind: ReviewerKind): { readonly ids: readonly string[]; readonly index: ExpertiseAffinityIndex };
}

const REVIEWER_ROLES = ['expert_reviewer', 'community_reviewer'] as const;

/** A pool nobody read for this long leaves memory (15,000 profiles are tens of megabytes). */
const POOL_IDLE_MS = 15 * 60_000;

/** How long a pool serves before the next read builds it again (profiles and members change rarely). */
export const POOL_TTL_MS = 60_000;

/**
 * Keeps each venue's reviewer pool in this process. At 15,000 reviewers reading it takes seconds
 * (profiles with publications, roles, names), which a chair's replacements, the reviewer picker
 * and the bidding progress would otherwise each pay on every request. A pool older than
 * POOL_TTL_MS still answers while a fresh one is built behind it; a change in the number of
 * reviewers or profiles (two counted reads per request) rebuilds it first. Concurrent readers share
 * one build; a failed build is forgotten. Profile edits reach the pages within about a minute.
 */
@Injectable()
export class ReviewerPoolCache {
  private readonly pools = new Map<string, Promise<ReviewerPool>>();
  private readonly building = new Map<string, Promise<ReviewerPool>>();
  /** When each venue's pool was last read: pools nobody read for POOL_IDLE_MS are dropped. */
  private readonly lastRead = new Map<string, number>();

  constructor(
    private readonly roles: VenueRoleRepository,
    private readonly profiles: ReviewerProfileRepository,
    private readonly users: UserRepository,
  ) {}

  async get(venueId: string): Promise<ReviewerPool> {
    const now = Date.now();
    for (const [id, at] of this.lastRead) if (now - at > POOL_IDLE_MS && id !== venueId) this.forget(id);
    this.lastRead.set(venueId, now);
    const cached = this.pools.get(venueId);
    if (cached) {
      const pool = await cached.catch(() => null);
      // Someone joined, left or wrote a first profile: build it again before answering.
      if (pool && (await this.shapeOf(venueId)) === pool.shape) {
        // Past its minute it still answers while a fresh one is built behind it.
        if (Date.now() - pool.builtAt >= POOL_TTL_MS) void this.rebuild(venueId).catch(() => undefined);
        return pool;
      }
      if (this.pools.get(venueId) !== cached) return this.get(venueId); // someone rebuilt it meanwhile
    }
    return this.rebuild(venueId);
  }

  /** One build per venue at a time; the answer replaces the pool once it is ready. */
  private rebuild(venueId: string): Promise<ReviewerPool> {
    const inFlight = this.building.get(venueId);
    if (inFlight) return inFlight;
    const building = this.build(venueId);
    this.building.set(venueId, building);
    // A first build is what readers wait for; later ones replace the pool when ready.
    if (!this.pools.has(venueId)) this.pools.set(venueId, building);
    building.then(
      () => this.pools.set(venueId, building),
      () => {
        if (this.pools.get(venueId) === building) this.pools.delete(venueId);
      },
    );
    void building.finally(() => this.building.delete(venueId)).catch(() => undefined);
    return building;
  }

  /** After a change this process made (a profile saved, a reviewer added): the next read rebuilds. */
  forget(venueId: string): void {
    this.pools.delete(venueId);
    this.building.delete(venueId);
    this.lastRead.delete(venueId);
  }

  private async shapeOf(venueId: string): Promise<string> {
    const [grants, profiles] = await Promise.all([
      this.roles.countOfVenue(venueId, REVIEWER_ROLES),
      this.profiles.countOfVenue(venueId),
    ]);
    return `${grants}/${profiles}`;
  }

  private async build(venueId: string): Promise<ReviewerPool> {
    const [shape, kinds, profiles] = await Promise.all([
      this.shapeOf(venueId),
      venueReviewers(this.roles, venueId),
      this.profiles.ofVenue(venueId),
    ]);
    const people = new Map<string, { name: string; email: string }>();
    const ids = [...kinds.keys()];
    for (let start = 0; start < ids.length; start += 2000) {
      for (const u of await this.users.findByIds(ids.slice(start, start + 2000))) people.set(u.id, { name: u.name, email: u.email });
    }
    const profileOf = new Map(profiles.map((p) => [p.userId, p]));
    const indexes = new Map<ReviewerKind, { ids: string[]; index: ExpertiseAffinityIndex }>();
    return {
      builtAt: Date.now(),
      shape,
      kinds,
      profiles: profileOf,
      people,
      affinityIndex(kind) {
        let built = indexes.get(kind);
        if (!built) {
          const ids = [...kinds].filter(([, k]) => k === kind).map(([userId]) => userId);
          const index = new ExpertiseAffinityIndex(
            ids.map((userId) => {
              const profile = profileOf.get(userId);
              return {
                id: userId,
                profileText: [profile?.expertise ?? '', ...(profile?.areas ?? [])].join('\n'),
                publications: (profile?.publications ?? []).map((p) => ({ title: p.title, abstract: p.abstract })),
                areas: profile?.areas ?? [],
              };
            }),
          );
          built = { ids, index };
          indexes.set(kind, built);
        }
        return built;
      },
    };
  }
}
