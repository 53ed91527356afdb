import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Ctx } from '../common/graphql/current-actor.decorator';
import { Public } from '../common/graphql/public.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { clientNetwork } from '../rate-limits';
import { UserRepository } from '../users';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.input';
import { Viewer } from './models/viewer.model';
import { clearSessionCookie } from './session-cookie';
import { Viewers } from './viewers';

@Resolver()
export class AuthResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly users: UserRepository,
    private readonly viewers: Viewers,
  ) {}

  @Public()
  @Query(() => Viewer, { nullable: true, description: 'The signed-in person, or null.' })
  async me(@Ctx() ctx: RequestContext): Promise<Viewer | null> {
    if (!ctx.actor) return null;
    const user = await this.users.findById(ctx.actor.userId);
    if (!user) return null;
    return this.viewers.viewerOf(user, ctx.actor);
  }

  @Public()
  @Mutation(() => Viewer, {
    description: 'Signs in with email and password; starts a new session. Failed attempts are limited per account and network.',
  })
  async login(@Args('input') input: LoginInput, @Ctx() ctx: RequestContext): Promise<Viewer> {
    const signedIn = await this.auth.login(input, ctx.sessionToken, { network: clientNetwork(ctx.req.ip) });
    return this.viewers.signIn(ctx, signedIn);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.auth.logout(ctx.sessionToken);
    clearSessionCookie(ctx.req, ctx.res, this.config);
    ctx.actor = null;
    ctx.sessionToken = null;
    return true;
  }
}
