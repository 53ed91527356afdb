import { Inject, Injectable } from '@nestjs/common';
import { sitePermissionsOf, type Actor } from '@impact-review/domain';
import type { RequestContext } from '../common/graphql/request-context';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { UserRecord } from '../users';
import { AuthService, type SignedIn } from './auth.service';
import type { Viewer } from './models/viewer.model';
import { setSessionCookie } from './session-cookie';

/** Builds the signed-in person's view, and signs a request in; shared by every way of signing in. */
@Injectable()
export class Viewers {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
  ) {}

  viewerOf(user: UserRecord, actor: NonNullable<Actor>): Viewer {
    const permissions = sitePermissionsOf(user, this.config.siteAdminEmails);
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      roles: actor.roles,
      siteAdmin: permissions.siteAdmin,
      canCreateVenues: permissions.canCreateVenues,
    };
  }

  /** Puts the new session in the cookie and in this request (later fields see the person). */
  async signIn(ctx: RequestContext, signedIn: SignedIn): Promise<Viewer> {
    setSessionCookie(ctx.req, ctx.res, signedIn.token, signedIn.expiresAt, this.config);
    const actor = await this.auth.actorOf(signedIn.user.id);
    ctx.actor = actor;
    ctx.sessionToken = signedIn.token;
    return this.viewerOf(signedIn.user, actor);
  }
}
