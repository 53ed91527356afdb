import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-actor.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { SetSitePermissionInput } from './dto/site-permission.input';
import { SitePerson } from './models/site-person.model';
import { SitePermissionsService } from './site-permissions.service';

@Resolver(() => SitePerson)
export class SiteAdminResolver {
  constructor(private readonly permissions: SitePermissionsService) {}

  @Query(() => [SitePerson], {
    description: 'Site administrators and people who may create venues (site administrators only).',
  })
  siteStaff(@Ctx() ctx: RequestContext): Promise<SitePerson[]> {
    return this.permissions.staff(ctx.actor);
  }

  @Query(() => [SitePerson], {
    description:
      'Accounts whose email starts with, or whose name contains, the text; at most 20 (site administrators only).',
  })
  searchPeople(@Args('text') text: string, @Ctx() ctx: RequestContext): Promise<SitePerson[]> {
    return this.permissions.search(ctx.actor, text);
  }

  @Mutation(() => SitePerson, {
    description: 'Grants or revokes a site permission (site administrators only).',
  })
  setSitePermission(
    @Args('input') input: SetSitePermissionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SitePerson> {
    return this.permissions.set(ctx.actor, input);
  }
}
