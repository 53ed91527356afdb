import { ContinuingReviewPolicyInput } from './dto/continuing-review-policy.input';
import { TierPolicyInput, VenueTaxonomyInput } from './dto/tier-policy.input';
import { Args, GraphQLISODateTime, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ResponsePhaseInput, ReviewVisibilityInput } from './models/review-visibility.model';
import { isPermitted, type AffiliationDecision, type VenueRole } from '@impact-review/domain';
import { VenueRoleEnum } from '../auth';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { Ctx } from '../common/graphql/current-actor.decorator';
import { Public } from '../common/graphql/public.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { VenueRoleRepository } from '../memberships';
import { UserRepository, userById } from '../users';
import { CreateVenueInput, UpdateVenueInput } from './dto/venue.input';
import { VenueMember } from './models/venue-member.model';
import { AffiliationDecisionEnum, ConferenceRequest, Venue } from './models/venue.model';
import { userInVenue } from './user-visibility';
import { venueById, venueRolesOf, workshopsOf } from './venue.loaders';
import { heldAtId, VenueRepository } from './venue.repository';
import { VenueService } from './venue.service';

@Resolver(() => Venue)
export class VenueResolver {
  constructor(
    private readonly service: VenueService,
    private readonly venueRepository: VenueRepository,
    private readonly roles: VenueRoleRepository,
    private readonly users: UserRepository,
  ) {}

  @Public()
  @Query(() => [Venue], {
    description: 'Every venue: each conference followed by its workshops; open to everyone (public metadata, also on the landing page).',
  })
  venues(): Promise<Venue[]> {
    return this.service.list();
  }

  @Query(() => Venue)
  venue(@Args('id', { type: () => ID }) id: string): Promise<Venue> {
    return this.service.get(id);
  }

  @Mutation(() => Venue, { description: 'Creates a conference or a workshop; the creator becomes its chair.' })
  async createVenue(@Args('input') input: CreateVenueInput, @Ctx() ctx: RequestContext): Promise<Venue> {
    const actor = ctx.actor;
    if (!actor) fail(commonErrors, 'NOT_SIGNED_IN');
    const venue = await this.service.create(actor, input);
    // The rest of this request (myRoles, members) should already see the new chair.
    actor.roles.push({ venueId: venue.id, role: 'chair' });
    return venue;
  }

  @Mutation(() => Venue, { description: "Replaces a venue's settings (chairs of that venue only)." })
  updateVenue(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateVenueInput,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Venue> {
    return this.service.update(ctx.actor, id, input, expectedRevision);
  }

  @Mutation(() => Venue, {
    description:
      "Replaces the venue's tier policy (chairs of the venue); BAD_USER_INPUT with paths like full.expertReviewers, CONFLICT when the venue changed since expectedRevision.",
  })
  updateTierPolicy(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('policy', { type: () => TierPolicyInput }) policy: TierPolicyInput,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Venue> {
    return this.service.updateTierPolicy(ctx.actor, venueId, policy, expectedRevision);
  }

  @Mutation(() => Venue, {
    description:
      "Replaces the venue's continuing-review policy (chairs of the venue): approval periods by tier and the reminders before expiry. It applies to approvals granted or continued from then on; BAD_USER_INPUT with paths like periodMonths.full or reminderDays.2, CONFLICT when the venue changed since expectedRevision.",
  })
  updateContinuingReviewPolicy(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('policy', { type: () => ContinuingReviewPolicyInput }) policy: ContinuingReviewPolicyInput,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Venue> {
    return this.service.updateContinuingReviewPolicy(ctx.actor, venueId, policy, expectedRevision);
  }

  @Mutation(() => Venue, {
    description:
      'Opens or closes bidding, sets whether reviewers see who wrote a statement, who reads which reviews under which name, and releases every statement’s reviews to its authors at once (chairs of the venue); CONFLICT when the venue changed since expectedRevision. Settings left out stay as they are.',
  })
  updateReviewSettings(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('biddingOpen') biddingOpen: boolean,
    @Args('doubleBlind') doubleBlind: boolean,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Ctx() ctx: RequestContext,
    @Args('reviewVisibility', { type: () => ReviewVisibilityInput, nullable: true }) reviewVisibility?: ReviewVisibilityInput | null,
    @Args('reviewsReleased', { type: () => Boolean, nullable: true }) reviewsReleased?: boolean | null,
  ): Promise<Venue> {
    return this.service.updateReviewSettings(
      ctx.actor,
      venueId,
      {
        biddingOpen,
        doubleBlind,
        ...(reviewVisibility ? { reviewVisibility: { ...reviewVisibility } } : {}),
        ...(reviewsReleased == null ? {} : { reviewsReleased }),
      },
      expectedRevision,
    );
  }

  @Mutation(() => Venue, {
    description:
      'Opens or closes the authors’ response phase (deadline, word limit) and reopens submitted reviews until a date (chairs); BAD_USER_INPUT with field errors; CONFLICT when the venue changed since expectedRevision.',
  })
  updateResponsePhase(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('phase', { type: () => ResponsePhaseInput }) phase: ResponsePhaseInput,
    @Args('reviewsReopenedUntil', { type: () => GraphQLISODateTime, nullable: true }) reviewsReopenedUntil: Date | null,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Venue> {
    return this.service.updateResponsePhase(ctx.actor, venueId, { ...phase }, reviewsReopenedUntil ?? null, expectedRevision);
  }

  @Mutation(() => Venue, { description: "Replaces the venue's expertise areas and communities (chairs of the venue)." })
  updateVenueTaxonomy(
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('taxonomy', { type: () => VenueTaxonomyInput }) taxonomy: VenueTaxonomyInput,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Venue> {
    return this.service.updateTaxonomy(ctx.actor, venueId, taxonomy, expectedRevision);
  }

  @Mutation(() => Venue, {
    description: "Approves or declines a workshop's request to be held at a conference (chairs of the conference); returns the workshop.",
  })
  decideWorkshopRequest(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('decision', { type: () => AffiliationDecisionEnum }) decision: AffiliationDecision,
    @Args('note', { type: () => String, nullable: true, description: 'An optional note to the workshop chairs.' }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Venue> {
    return this.service.decideRequest(ctx.actor, workshopId, decision, note);
  }

  @ResolveField(() => Venue, { nullable: true, description: "The conference a workshop is held at (once that conference's chairs approved)." })
  async parentVenue(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<Venue | null> {
    const parentId = heldAtId(venue);
    return parentId ? ctx.loaders.of(venueById, this.venueRepository).load(parentId) : null;
  }

  @ResolveField(() => Venue, {
    nullable: true,
    description: "The conference whose chairs have yet to approve this workshop's request; until then the workshop stands alone.",
  })
  async awaitingApprovalBy(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<Venue | null> {
    if (venue.parentApproval !== 'pending' || !venue.parentVenueId) return null;
    return ctx.loaders.of(venueById, this.venueRepository).load(venue.parentVenueId);
  }

  @ResolveField(() => ConferenceRequest, {
    nullable: true,
    description: "The workshop's request to a conference with its decision; chairs of the workshop or the conference only, null for others.",
  })
  async conferenceRequest(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<ConferenceRequest | null> {
    const conferenceId = venue.parentVenueId;
    if (!conferenceId || !venue.parentApproval) return null;
    if (!isPermitted(ctx.actor, 'venue.manage', { kind: 'venue', venueId: venue.id }) && !isPermitted(ctx.actor, 'venue.manage', { kind: 'venue', venueId: conferenceId })) return null;
    const [conference, decider] = await Promise.all([
      ctx.loaders.of(venueById, this.venueRepository).load(conferenceId),
      venue.parentDecision ? ctx.loaders.of(userById, this.users).load(venue.parentDecision.decidedById) : null,
    ]);
    if (!conference) return null;
    return {
      conference,
      state: venue.parentApproval,
      decidedAt: venue.parentDecision?.decidedAt ?? null,
      decidedByName: decider?.name ?? null,
      note: venue.parentDecision?.note ?? '',
    };
  }

  @ResolveField(() => [Venue], { description: "Workshops waiting for this conference's approval, oldest first; its chairs only, others get []." })
  workshopRequests(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<Venue[]> {
    if (venue.kind !== 'conference') return Promise.resolve([]);
    return this.service.requestsTo(ctx.actor, venue.id);
  }

  @ResolveField(() => [Venue], { description: "Workshops held at this conference (approved by its chairs)." })
  async workshops(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<Venue[]> {
    if (venue.kind !== 'conference') return [];
    return ctx.loaders.of(workshopsOf, this.venueRepository).load(venue.id);
  }

  @ResolveField(() => [VenueRoleEnum], { description: 'The roles the signed-in person holds here.' })
  myRoles(@Parent() venue: Venue, @Ctx() ctx: RequestContext): VenueRole[] {
    return (ctx.actor?.roles ?? []).filter((r) => r.venueId === venue.id).map((r) => r.role);
  }

  @ResolveField(() => [VenueMember], { description: 'People holding roles here; chairs only, others get [].' })
  async members(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<VenueMember[]> {
    if (!isPermitted(ctx.actor, 'venue.viewMembers', { kind: 'venue', venueId: venue.id })) return [];
    const grants = await ctx.loaders.of(venueRolesOf, this.roles).load(venue.id);
    const rolesByUser = new Map<string, VenueRole[]>();
    for (const grant of grants) rolesByUser.set(grant.userId, [...(rolesByUser.get(grant.userId) ?? []), grant.role]);
    const people = await ctx.loaders.of(userById, this.users).loadMany([...rolesByUser.keys()]);
    const members: VenueMember[] = [];
    for (const person of people) {
      if (!person || person instanceof Error) continue;
      members.push({ user: userInVenue(ctx.actor, person, venue.id), roles: rolesByUser.get(person.id) ?? [] });
    }
    return members;
  }
}
