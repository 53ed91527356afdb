import { Injectable } from '@nestjs/common';
import {
  affinityTextOf,
  demandOfTier,
  effectiveTier,
  holdsSlot,
  reviewerKindOfRole,
  type MatchingObjective,
  type ReviewerKind,
  type Tier,
} from '@impact-review/domain';
import { ConflictRepository, ReviewerAssignmentRepository } from '../access';
import { VenueRoleRepository } from '../memberships';
import { ReviewerProfileRepository, type ReviewerProfileRecord } from '../reviewers';
import { StatementVersionRepository, SubmissionRepository, type SubmissionRecord } from '../submissions';
import type { VenueRecord } from '../venues';
import { BidRepository } from './bid.repository';
import type { MatchingInput, MatchingPerson, MatchingReviewer, MatchingStatement, Pair } from './matching-engine';
import { PairRuleRepository } from './pair-rule.repository';

/** The tier a submission is reviewed under once a chair decided it; null before. */
export function decidedTier(submission: Pick<SubmissionRecord, 'tierStatus' | 'tierDecision'>): Tier | null {
  if (submission.tierStatus !== 'confirmed' && submission.tierStatus !== 'overridden') return null;
  return effectiveTier(submission.tierStatus, submission.tierDecision?.tier ?? null, null);
}

/** The reviewers of a venue with their kind (a person holding both reviewer roles reviews as an expert). */
export async function venueReviewers(roles: VenueRoleRepository, venueId: string): Promise<Map<string, ReviewerKind>> {
  const kinds = new Map<string, ReviewerKind>();
  for (const grant of await roles.membersOfVenue(venueId)) {
    const kind = reviewerKindOfRole(grant.role);
    if (kind && kinds.get(grant.userId) !== 'expert') kinds.set(grant.userId, kind);
  }
  return kinds;
}

function person(id: string, profile: ReviewerProfileRecord | undefined): MatchingPerson {
  return {
    id,
    affiliations: (profile?.affiliations ?? []).map((a) => ({
      institution: a.institution,
      emailDomain: a.emailDomain,
      startYear: a.startYear,
      endYear: a.endYear,
    })),
    publicationTitles: (profile?.publications ?? []).map((p) => p.title),
  };
}

const VERSION_BATCH = 1000;

/**
 * Each submission's affinity text (affinityTextOf its latest version): kept on the submission by
 * submits since it existed, so nothing more is read; older submissions' versions are read in
 * batches.
 */
export async function affinityTexts(
  submissions: readonly SubmissionRecord[],
  versions: StatementVersionRepository,
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const older = submissions.filter((submission) => {
    const text = submission.submitted?.affinityText ?? '';
    if (text !== '') texts.set(submission.id, text);
    return text === '';
  });
  for (let start = 0; start < older.length; start += VERSION_BATCH) {
    const batch = older.slice(start, start + VERSION_BATCH);
    const found = await versions.findMany(batch.map((s) => ({ submissionId: s.id, number: s.latestVersionNumber })));
    for (const v of found) texts.set(v.submissionId, affinityTextOf(v.abstract, v.content));
  }
  return texts;
}

/** Reads everything a matcher run needs of a venue, as the engine's plain rows. */
@Injectable()
export class MatchingInputLoader {
  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly versions: StatementVersionRepository,
    private readonly roles: VenueRoleRepository,
    private readonly profiles: ReviewerProfileRepository,
    private readonly conflicts: ConflictRepository,
    private readonly assignments: ReviewerAssignmentRepository,
    private readonly bids: BidRepository,
    private readonly rules: PairRuleRepository,
  ) {}

  async load(venue: VenueRecord, objective: MatchingObjective, onStep: (fraction: number) => Promise<void>): Promise<MatchingInput> {
    // Every venue-sized read at once: the embedded database decodes documents on both cores.
    let done = 0;
    const step = async <T>(read: Promise<T>): Promise<T> => {
      const value = await read;
      await onStep((++done / 7) * 0.9);
      return value;
    };
    const [submissions, reviewerKinds, profiles, conflicts, assignments, bids, rules] = await Promise.all([
      step(this.submissions.listedOfVenue(venue.id)),
      step(venueReviewers(this.roles, venue.id)),
      step(this.profiles.ofVenue(venue.id)),
      step(this.conflicts.activeForVenue(venue.id)),
      step(this.assignments.forVenue(venue.id)),
      step(this.bids.ofVenue(venue.id)),
      step(this.rules.ofVenue(venue.id)),
    ]);
    const profileOf = new Map(profiles.map((p) => [p.userId, p]));
    const needing = submissions
      .map((s) => ({ submission: s, tier: decidedTier(s) }))
      .filter((s): s is { submission: SubmissionRecord; tier: Tier } => s.tier !== null)
      .map((s) => ({ ...s, demand: demandOfTier(s.tier, venue.tierPolicy) }))
      .filter((s) => s.demand.expert + s.demand.community > 0);
    const texts = await affinityTexts(needing.map((n) => n.submission), this.versions);
    await onStep(1);
    const statements: MatchingStatement[] = needing.map(({ submission, demand }) => ({
      id: submission.id,
      title: submission.submitted?.title ?? '',
      text: texts.get(submission.id) ?? '',
      demand,
      authors: (submission.submitted?.authorIds ?? submission.authorIds).map((id) => person(id, profileOf.get(id))),
    }));
    const reviewers: MatchingReviewer[] = [...reviewerKinds].map(([userId, kind]) => {
      const profile = profileOf.get(userId);
      return {
        ...person(userId, profile),
        kind,
        maxLoad: profile?.maxLoad ?? 3,
        profileText: [profile?.expertise ?? '', ...(profile?.areas ?? []), ...(profile?.communities ?? [])].join('\n'),
        publications: (profile?.publications ?? []).map((p) => ({ title: p.title, abstract: p.abstract })),
        areas: profile?.areas ?? [],
      };
    });
    const forbidden: Pair[] = [
      ...conflicts.map((c) => [c.submissionId, c.userId] as const),
      // Someone who declined a statement is not asked again.
      ...assignments.filter((a) => !holdsSlot(a.state)).map((a) => [a.submissionId, a.reviewerId] as const),
      ...rules.filter((r) => r.rule === 'forbid').map((r) => [r.submissionId, r.reviewerId] as const),
    ];
    return {
      objective,
      currentYear: new Date().getUTCFullYear(),
      taxonomy: venue.taxonomy,
      statements,
      reviewers,
      forbidden,
      bids: bids.map((b) => [b.submissionId, b.reviewerId, b.level] as const),
      kept: assignments.filter((a) => holdsSlot(a.state)).map((a) => [a.submissionId, a.reviewerId] as const),
      forced: rules.filter((r) => r.rule === 'force').map((r) => [r.submissionId, r.reviewerId] as const),
    };
  }
}
