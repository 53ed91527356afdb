import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { fail } from '../common/errors/app-error';
import { commonErrors } from '../common/errors/common.errors';
import { IS_PUBLIC } from '../common/graphql/public.decorator';
import type { RequestContext } from '../common/graphql/request-context';
import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './session-token';

/**
 * Global guard on every GraphQL operation: it resolves the session cookie to an actor once per
 * request, and rejects anonymous calls unless the operation is marked @Public().
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    await this.resolveActor(ctx);
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (!isPublic && !ctx.actor) fail(commonErrors, 'NOT_SIGNED_IN');
    return true;
  }

  /**
   * Field resolvers and sibling root fields run the guard too, some of them concurrently: the first
   * one starts the lookup and every other one awaits the same promise, so none of them can see a
   * request whose actor is still being looked up as anonymous.
   */
  private resolveActor(ctx: RequestContext): Promise<void> {
    ctx.actorResolution ??= this.lookUpActor(ctx);
    return ctx.actorResolution;
  }

  private async lookUpActor(ctx: RequestContext): Promise<void> {
    const token: unknown = ctx.req.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0) return;
    const actor = await this.auth.actorForToken(token);
    if (actor) {
      ctx.actor = actor;
      ctx.sessionToken = token;
    }
  }
}
