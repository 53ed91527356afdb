import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isPermitted } from '@impact-review/domain';
import { AuthService, Viewer, Viewers } from '../auth';
import { Clock } from '../common/clock';
import { Ctx } from '../common/graphql/current-actor.decorator';
import { defineLoader, groupTo } from '../common/graphql/loaders';
import { Public } from '../common/graphql/public.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { User, UserRepository, userById } from '../users';
import { Venue, userInVenue } from '../venues';
import { AcceptInvitationInput, InviteInput } from './dto/invitation.input';
import { InvitationRepository } from './invitation.repository';
import { isExpired } from '@impact-review/domain';
import { InvitationService } from './invitation.service';
import { Invitation, InvitationPreview } from './models/invitation.model';

@Resolver(() => Invitation)
export class InvitationResolver {
  constructor(
    private readonly clock: Clock,
    private readonly service: InvitationService,
    private readonly auth: AuthService,
    private readonly viewers: Viewers,
    private readonly users: UserRepository,
  ) {}

  @Public()
  @Query(() => InvitationPreview, { description: 'What an invitation link offers; NOT_FOUND for unknown tokens.' })
  invitation(@Args('token') token: string): Promise<InvitationPreview> {
    return this.service.preview(token);
  }

  @Mutation(() => Invitation, { description: 'Invites a person by email to a role at a venue (chairs only).' })
  inviteToVenue(@Args('input') input: InviteInput, @Ctx() ctx: RequestContext): Promise<Invitation> {
    return this.service.invite(ctx.actor, input);
  }

  @Public()
  @Mutation(() => Viewer, {
    description:
      'Accepts an invitation: for the signed-in account with the invited email, or by creating that account (name, password).',
  })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Ctx() ctx: RequestContext): Promise<Viewer> {
    const accepted = await this.service.accept(ctx.actor, ctx.sessionToken, input);
    if (accepted.session) return this.viewers.signIn(ctx, accepted.session);
    const actor = await this.auth.actorOf(accepted.user.id);
    ctx.actor = actor;
    return this.viewers.viewerOf(accepted.user, actor);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Declines an invitation; anyone holding the link may.' })
  async declineInvitation(@Args('token') token: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    await this.service.decline(ctx.actor, token);
    return true;
  }

  @Mutation(() => Invitation, { description: 'Withdraws a pending invitation (chairs of its venue only).' })
  revokeInvitation(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Invitation> {
    return this.service.revoke(ctx.actor, id);
  }

  @Mutation(() => Invitation, {
    description: 'Sends a pending invitation again with its message, a fresh link and lifetime (chairs of its venue only).',
  })
  resendInvitation(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Invitation> {
    return this.service.resend(ctx.actor, id);
  }

  @ResolveField(() => User)
  async invitedBy(@Parent() invitation: Invitation, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.of(userById, this.users).load(invitation.invitedById);
    if (!user) return { id: invitation.invitedById, name: 'Former member', email: null };
    return userInVenue(ctx.actor, user, invitation.venueId);
  }

  @ResolveField(() => Boolean, { description: 'True when still pending but past its expiry (re-invite to renew).' })
  expired(@Parent() invitation: Invitation): boolean {
    return isExpired(invitation, this.clock.now());
  }
}

/** Venue.invitations lives here so that venues need not know about invitations. */
const invitationsOfVenue = defineLoader(
  'invitations.byVenue',
  (repository: InvitationRepository) => async (venueIds: readonly string[]) =>
    groupTo(venueIds, await repository.findByVenueIds(venueIds), (i) => i.venueId),
);

@Resolver(() => Venue)
export class VenueInvitationsResolver {
  constructor(private readonly repository: InvitationRepository) {}

  @ResolveField(() => [Invitation], { description: 'Invitations of this venue, newest first; chairs only, others get [].' })
  async invitations(@Parent() venue: Venue, @Ctx() ctx: RequestContext): Promise<Invitation[]> {
    if (!isPermitted(ctx.actor, 'invitation.manage', { kind: 'venue', venueId: venue.id })) return [];
    return ctx.loaders.of(invitationsOfVenue, this.repository).load(venue.id);
  }
}
