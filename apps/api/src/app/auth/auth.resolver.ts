import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Ctx } from '../common/graphql/current-actor.decorator';
import { Public } from '../common/graphql/public.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.input';
import { RegisterInput } from './dto/register.input';
import { Viewer } from './models/viewer.model';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { UserRepository } from '../users/user.repository';

@Resolver()
export class AuthResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly users: UserRepository,
  ) {}

  @Public()
  @Query(() => Viewer, { nullable: true, description: 'The signed-in person, or null.' })
  async me(@Ctx() ctx: RequestContext): Promise<Viewer | null> {
    if (!ctx.actor) return null;
    const user = await this.users.findById(ctx.actor.userId);
    if (!user) return null;
    return { id: user.id, name: user.name, email: user.email, roles: ctx.actor.roles };
  }

  @Public()
  @Mutation(() => Viewer, { description: 'Creates an account and signs in.' })
  async register(@Args('input') input: RegisterInput, @Ctx() ctx: RequestContext): Promise<Viewer> {
    const signedIn = await this.auth.register(input, ctx.sessionToken);
    return this.signIn(ctx, signedIn);
  }

  @Public()
  @Mutation(() => Viewer, { description: 'Signs in with email and password; starts a new session.' })
  async login(@Args('input') input: LoginInput, @Ctx() ctx: RequestContext): Promise<Viewer> {
    const signedIn = await this.auth.login(input, ctx.sessionToken);
    return this.signIn(ctx, signedIn);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.auth.logout(ctx.sessionToken);
    clearSessionCookie(ctx.res, this.config.cookieSecure);
    ctx.actor = null;
    ctx.sessionToken = null;
    return true;
  }

  private async signIn(ctx: RequestContext, signedIn: Awaited<ReturnType<AuthService['login']>>): Promise<Viewer> {
    setSessionCookie(ctx.res, signedIn.token, signedIn.expiresAt, this.config.cookieSecure);
    const actor = await this.auth.actorOf(signedIn.user.id);
    ctx.actor = actor;
    ctx.sessionToken = signedIn.token;
    return { id: signedIn.user.id, name: signedIn.user.name, email: signedIn.user.email, roles: actor.roles };
  }
}
