import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  checkPermissionChange,
  isPermitted,
  sitePermissionsOf,
  type Actor,
  type SitePermission,
  type SitePermissions,
} from '@impact-review/domain';
import { fail } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UserRepository, type UserRecord } from '../users';
import { siteAdminErrors } from './site-admin.errors';

export type SitePersonData = Pick<UserRecord, 'id' | 'name' | 'email' | 'createdAt'> & SitePermissions;

const SEARCH_LIMIT = 20;

/**
 * Who may administer the site and who may create venues. Permissions live on the account; the
 * addresses in SITE_ADMIN_EMAILS are administrators from the start (marked at start-up and when
 * their account is created, and counted as such even for accounts written by other means).
 */
@Injectable()
export class SitePermissionsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SitePermissionsService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const marked = await this.users.markSiteAdmins([...this.config.siteAdminEmails]);
    if (marked > 0) this.logger.log(`Made ${marked} account(s) from SITE_ADMIN_EMAILS site administrators`);
  }

  /** The signed-in person's site permissions; none for anonymous callers or unknown accounts. */
  async of(actor: Actor): Promise<SitePermissions> {
    const user = actor ? await this.users.findById(actor.userId) : null;
    if (!user) return { siteAdmin: false, canCreateVenues: false, adminByConfiguration: false };
    return sitePermissionsOf(user, this.config.siteAdminEmails);
  }

  /** Administrators and venue creators, administrators first, then by name. */
  async staff(actor: Actor): Promise<SitePersonData[]> {
    await this.requireAdmin(actor);
    const people = (await this.users.findStaff([...this.config.siteAdminEmails])).map((u) => this.person(u));
    return people.sort((a, b) => Number(b.siteAdmin) - Number(a.siteAdmin) || a.name.localeCompare(b.name));
  }

  async search(actor: Actor, text: string): Promise<SitePersonData[]> {
    await this.requireAdmin(actor);
    if (text.trim().length < 2)
      fail(siteAdminErrors, 'SEARCH_TOO_SHORT', [
        { path: 'text', message: siteAdminErrors.SEARCH_TOO_SHORT.message },
      ]);
    return (await this.users.search(text, SEARCH_LIMIT)).map((u) => this.person(u));
  }

  async set(
    actor: Actor,
    input: { userId: string; permission: SitePermission; granted: boolean },
  ): Promise<SitePersonData> {
    const admin = await this.requireAdmin(actor);
    const target = await this.users.findById(input.userId);
    if (!target) fail(siteAdminErrors, 'PERSON_NOT_FOUND');
    const check = checkPermissionChange({
      actor: { id: admin.id, permissions: this.permissionsOf(admin) },
      target: { id: target.id, permissions: this.permissionsOf(target) },
      permission: input.permission,
      granted: input.granted,
    });
    if (!check.ok) {
      if (check.reason === 'own_admin') fail(siteAdminErrors, 'OWN_ADMIN');
      if (check.reason === 'configured_admin') fail(siteAdminErrors, 'CONFIGURED_ADMIN');
      fail(siteAdminErrors, 'NOT_SITE_ADMIN');
    }
    const flag = input.permission === 'site_admin' ? 'siteAdmin' : 'canCreateVenues';
    const updated = await this.users.setSiteFlag(target.id, flag, input.granted);
    if (!updated) fail(siteAdminErrors, 'PERSON_NOT_FOUND');
    return this.person(updated);
  }

  private async requireAdmin(actor: Actor): Promise<UserRecord> {
    const user = actor ? await this.users.findById(actor.userId) : null;
    const permissions = user ? this.permissionsOf(user) : { siteAdmin: false, canCreateVenues: false };
    if (!user || !isPermitted(actor, 'site.administer', { kind: 'site', ...permissions })) fail(siteAdminErrors, 'NOT_SITE_ADMIN');
    return user;
  }

  private permissionsOf(user: UserRecord): SitePermissions {
    return sitePermissionsOf(user, this.config.siteAdminEmails);
  }

  private person(user: UserRecord): SitePersonData {
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      createdAt: user.createdAt,
      ...this.permissionsOf(user),
    };
  }
}
