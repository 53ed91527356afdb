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

  private async resolveActor(ctx: RequestContext): Promise<void> {
    // Field resolvers run the guard too; the first operation of a request settles the actor.
    if (ctx.actorResolved) return;
    ctx.actorResolved = true;
    const token: unknown = ctx.req.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0) return;
    const found = await this.auth.actorForToken(token);
    if (found) {
      ctx.actor = found.actor;
      ctx.sessionToken = token;
    }
  }
}
