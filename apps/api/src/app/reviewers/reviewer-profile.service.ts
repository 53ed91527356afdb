import { Injectable } from '@nestjs/common';
import {
  EMPTY_REVIEWER_PROFILE,
  parseBibtex,
  validateReviewerProfile,
  type Actor,
  type ReviewerProfile,
  type ReviewerPublication,
} from '@impact-review/domain';
import { parseReviewerArchive } from '@impact-review/matching';
import { AccessService } from '../access';
import { InvitationRepository } from '../invitations';
import { AuditLog, auditEvent } from '../audit';
import { Clock } from '../common/clock';
import { fail, failSaying } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { venueErrors, VenueRepository } from '../venues';
import { ReviewerProfileRepository, type ReviewerProfileRecord } from './reviewer-profile.repository';
import { reviewerErrors } from './reviewers.errors';

/** The most profiles one page of the chairs' list holds. */
const MAX_PROFILE_PAGE = 100;

/** The most text a publication import reads at once (an archive of a few hundred papers). */
const MAX_IMPORT_CHARS = 2_000_000;

export type ProfileView = ReviewerProfile & { revision: number; userId: string; venueId: string };

/** Only the fields a profile has, in their stored shape (GraphQL inputs carry prototypes). */
function plainProfile(input: ReviewerProfile): ReviewerProfile {
  return {
    areas: [...input.areas],
    expertise: input.expertise.trim(),
    publications: input.publications.map((p) => ({
      title: p.title.trim(),
      abstract: p.abstract.trim(),
      year: p.year ?? null,
    })),
    affiliations: input.affiliations.map((a) => ({
      institution: a.institution.trim(),
      emailDomain: a.emailDomain.trim().toLowerCase(),
      startYear: a.startYear,
      endYear: a.endYear ?? null,
    })),
    communities: [...input.communities],
    maxLoad: input.maxLoad,
    trainingCompletedOn: input.trainingCompletedOn || null,
  };
}

const viewOf = (record: ReviewerProfileRecord): ProfileView => ({
  areas: record.areas,
  expertise: record.expertise,
  publications: record.publications,
  affiliations: record.affiliations,
  communities: record.communities,
  maxLoad: record.maxLoad,
  trainingCompletedOn: record.trainingCompletedOn,
  revision: record.revision,
  userId: record.userId,
  venueId: record.venueId,
});

/** Reviewers' profiles at a venue: their own to edit, the chairs' to read. */
@Injectable()
export class ReviewerProfileService {
  constructor(
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly profiles: ReviewerProfileRepository,
    private readonly venues: VenueRepository,
    private readonly audit: AuditLog,
    private readonly invitations: InvitationRepository,
  ) {}

  /** A profile (the signed-in person's own when `userId` is null); an empty one before the first save. */
  async get(actor: Actor, venueId: string, userId: string | null): Promise<ProfileView> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    if (!(await this.venues.findById(venueId))) return fail(venueErrors, 'VENUE_NOT_FOUND');
    const personId = userId ?? actor.userId;
    this.access.require(actor, 'reviewerProfile.view', { kind: 'person', venueId, personId }, () =>
      fail(reviewerErrors, 'PROFILE_HIDDEN'),
    );
    const record = await this.profiles.find(venueId, personId);
    if (record) return viewOf(record);
    // Before the first save: the areas a pool import gave the invitation start the profile.
    const areas = await this.invitations.acceptedAreas(venueId, personId);
    return { ...EMPTY_REVIEWER_PROFILE, areas, revision: 0, userId: personId, venueId };
  }

  /** The venue's saved profiles, for its chairs; [] for everyone else. */
  /** A page of the venue's profiles for its chairs ([] for everyone else). */
  async ofVenue(actor: Actor, venueId: string, offset = 0, limit = MAX_PROFILE_PAGE): Promise<ProfileView[]> {
    if (!this.access.can(actor, 'venue.viewMembers', { kind: 'venue', venueId })) return [];
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1 || limit > MAX_PROFILE_PAGE) {
      fail(reviewerErrors, 'BAD_PAGE');
    }
    return (await this.profiles.pageOfVenue(venueId, offset, limit)).map(viewOf);
  }

  /** How many profiles the venue has (its chairs; null for everyone else). */
  async countOfVenue(actor: Actor, venueId: string): Promise<number | null> {
    if (!this.access.can(actor, 'venue.viewMembers', { kind: 'venue', venueId })) return null;
    return this.profiles.countOfVenue(venueId);
  }

  async save(
    actor: Actor,
    venueId: string,
    input: ReviewerProfile,
    expectedRevision: number,
  ): Promise<ProfileView> {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    const venue = await this.venues.findById(venueId);
    if (!venue) return fail(venueErrors, 'VENUE_NOT_FOUND');
    this.access.require(
      actor,
      'reviewerProfile.edit',
      { kind: 'person', venueId, personId: actor.userId },
      () => fail(reviewerErrors, 'NOT_A_REVIEWER'),
    );
    const profile = plainProfile(input);
    const errors = validateReviewerProfile(profile, venue.taxonomy, this.clock.now());
    if (errors.length > 0) fail(reviewerErrors, 'INVALID_PROFILE', errors);
    const event = auditEvent({
      venueId,
      kind: 'reviewer_profile.changed',
      objectType: 'membership',
      objectId: actor.userId,
      actorId: actor.userId,
      // What kind of thing changed, not the texts: the log keeps no copies of papers.
      summary: {
        areas: profile.areas,
        communities: profile.communities,
        publications: profile.publications.length,
        affiliations: profile.affiliations.map((a) => a.institution),
        maxLoad: profile.maxLoad,
      },
    });
    const saved =
      Number.isInteger(expectedRevision) && expectedRevision >= 0
        ? await this.profiles.save(venueId, actor.userId, profile, expectedRevision, [event])
        : null;
    if (!saved) return fail(commonErrors, 'VERSION_CONFLICT');
    await this.audit.recorded('reviewer_profiles', saved.id, [event]);
    return viewOf(saved);
  }

  /** Publications read from pasted or uploaded text, for the reviewer to check before saving. */
  parsePublications(
    actor: Actor,
    format: 'bibtex' | 'openreview_jsonl',
    text: string,
  ): ReviewerPublication[] {
    if (!actor) return fail(commonErrors, 'NOT_SIGNED_IN');
    if (text.length > MAX_IMPORT_CHARS)
      failSaying(
        reviewerErrors,
        'UNREADABLE_PUBLICATIONS',
        `Import at most ${MAX_IMPORT_CHARS.toLocaleString('en')} characters at once.`,
      );
    if (format === 'bibtex') return parseBibtex(text);
    try {
      return (parseReviewerArchive('archive', text).publications ?? []).map((p) => ({
        title: p.title,
        abstract: p.abstract ?? '',
        year: null,
      }));
    } catch (error) {
      return failSaying(
        reviewerErrors,
        'UNREADABLE_PUBLICATIONS',
        error instanceof Error ? error.message.replace('archive.jsonl', 'The archive') : String(error),
      );
    }
  }
}
