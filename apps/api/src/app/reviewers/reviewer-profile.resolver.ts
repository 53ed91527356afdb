import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-actor.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { User, UserRepository, userById } from '../users';
import { userInVenue, Venue } from '../venues';
import { PublicationFormat, ReviewerProfileInput } from './dto/reviewer-profile.input';
import {
  PoolImportReportModel,
  ReviewerProfileModel,
  ReviewerPublicationModel,
} from './models/reviewer-profile.model';
import type { PoolImportRecord } from './pool-import.repository';
import { PoolImportService } from './pool-import.service';
import { ReviewerProfileService } from './reviewer-profile.service';

@Resolver(() => ReviewerProfileModel)
export class ReviewerProfileResolver {
  constructor(
    private readonly profiles: ReviewerProfileService,
    private readonly users: UserRepository,
    private readonly pool: PoolImportService,
  ) {}

  @Query(() => ReviewerProfileModel, {
    description:
      "A reviewer's profile at a venue: your own without userId (empty before your first save); a chair may read any reviewer's.",
  })
  reviewerProfile(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('userId', { type: () => ID, nullable: true }) userId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewerProfileModel> {
    return this.profiles.get(ctx.actor, venueId, userId ?? null);
  }

  @Mutation(() => ReviewerProfileModel, {
    description:
      'Saves your reviewer profile at a venue where you review, at the revision you loaded (0 for the first save); BAD_USER_INPUT with paths, CONFLICT when it changed meanwhile.',
  })
  updateReviewerProfile(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('profile', { type: () => ReviewerProfileInput }) profile: ReviewerProfileInput,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewerProfileModel> {
    return this.profiles.save(ctx.actor, venueId, profile, expectedRevision);
  }

  @Query(() => [ReviewerPublicationModel], {
    description:
      'Reads publications from BibTeX or an OpenReview archive file, to review before adding them to a profile.',
  })
  parsePublications(
    @Args('format', { type: () => PublicationFormat }) format: PublicationFormat,
    @Args('text') text: string,
    @Ctx() ctx: RequestContext,
  ): ReviewerPublicationModel[] {
    return this.profiles.parsePublications(ctx.actor, format, text);
  }

  @Mutation(() => PoolImportReportModel, {
    description:
      'Invites reviewers from a CSV with the columns name, email, kind (expert or community) and areas (separated by ;), one invitation per good line (chairs of the venue). Bad lines are refused at once, by line; the invitations go out in a job: follow it with poolImport(id).',
  })
  async importReviewerPool(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('csv') csv: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PoolImportReportModel> {
    return toPoolImport(await this.pool.start(ctx.actor, venueId, csv));
  }

  @Query(() => PoolImportReportModel, { description: 'A pool import and its progress (chairs of its venue; NOT_FOUND for everyone else).' })
  async poolImport(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<PoolImportReportModel> {
    return toPoolImport(await this.pool.find(ctx.actor, id));
  }

  @ResolveField(() => User, { description: 'The reviewer.' })
  async person(@Parent() profile: ReviewerProfileModel, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.of(userById, this.users).load(profile.userId);
    return user
      ? userInVenue(ctx.actor, user, profile.venueId)
      : { id: profile.userId, name: 'Former member', email: null };
  }
}

/** Venue.reviewerProfiles lives here so that venues need not know about reviewers. */
@Resolver(() => Venue)
export class VenueReviewerProfilesResolver {
  constructor(private readonly profiles: ReviewerProfileService) {}

  @ResolveField(() => [ReviewerProfileModel], {
    description: "The reviewers' saved profiles (the venue's chairs; [] for everyone else).",
  })
  reviewerProfiles(
    @Parent() venue: Venue,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 100, description: 'At most 100.' }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewerProfileModel[]> {
    return this.profiles.ofVenue(ctx.actor, venue.id, offset, limit);
  }

  @ResolveField(() => Int, { nullable: true, description: 'How many reviewers saved a profile (the venue’s chairs; null for everyone else).' })
  reviewerProfileCount(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<number | null> {
    return this.profiles.countOfVenue(ctx.actor, venue.id);
  }
}

function toPoolImport(record: PoolImportRecord): PoolImportReportModel {
  return {
    id: record.id,
    state: record.state,
    total: record.rows.length,
    done: record.done,
    error: record.error,
    sent: record.sent.map((l) => ({ ...l })),
    skipped: record.skipped.map((l) => ({ ...l })),
    refused: [...record.refused].sort((a, b) => a.line - b.line).map((l) => ({ ...l })),
  };
}
