import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { canManageVenue, type VenueRole } from '@impact-review/domain';
import { VenueRoleEnum } from '../auth/models/viewer.model';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { Ctx } from '../common/graphql/current-actor.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { VenueRoleRepository } from '../memberships/venue-role.repository';
import { UserRepository } from '../users/user.repository';
import { CreateVenueInput, UpdateVenueInput } from './dto/venue.input';
import { VenueMember } from './models/venue-member.model';
import { Venue } from './models/venue.model';
import { userInVenue } from './user-visibility';
import { userByIdLoader, venueByIdLoader, venueRolesLoader, workshopsLoader } from './venue.loaders';
import { VenueRepository } from './venue.repository';
import { VenueService } from './venue.service';

@Resolver(() => Venue)
export class VenueResolver {
  constructor(
    private readonly service: VenueService,
    private readonly venueRepository: VenueRepository,
    private readonly roles: VenueRoleRepository,
    private readonly users: UserRepository,
  ) {}

  @Query(() => [Venue], { description: 'Every venue: each conference followed by its workshops. Public metadata.' })
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

  @ResolveField(() => Venue, { nullable: true, description: 'The conference a workshop is held at.' })
  async parentVenue(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<Venue | null> {
    if (!venue.parentVenueId) return null;
    return venueByIdLoader(ctx, this.venueRepository).load(venue.parentVenueId);
  }

  @ResolveField(() => [Venue], { description: 'Workshops held at this conference.' })
  async workshops(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<Venue[]> {
    if (venue.kind !== 'conference') return [];
    return workshopsLoader(ctx, this.venueRepository).load(venue.id);
  }

  @ResolveField(() => [VenueRoleEnum], { description: 'The roles the signed-in person holds here.' })
  myRoles(@Parent() venue: Venue, @Ctx() ctx: RequestContext): VenueRole[] {
    return (ctx.actor?.roles ?? []).filter((r) => r.venueId === venue.id).map((r) => r.role);
  }

  @ResolveField(() => [VenueMember], { description: 'People holding roles here; chairs only, others get [].' })
  async members(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<VenueMember[]> {
    if (!canManageVenue(ctx.actor, venue.id)) return [];
    const grants = await venueRolesLoader(ctx, this.roles).load(venue.id);
    const rolesByUser = new Map<string, VenueRole[]>();
    for (const grant of grants) rolesByUser.set(grant.userId, [...(rolesByUser.get(grant.userId) ?? []), grant.role]);
    const people = await userByIdLoader(ctx, this.users).loadMany([...rolesByUser.keys()]);
    const members: VenueMember[] = [];
    for (const person of people) {
      if (!person || person instanceof Error) continue;
      members.push({ user: userInVenue(ctx.actor, person, venue.id), roles: rolesByUser.get(person.id) ?? [] });
    }
    return members;
  }
}
