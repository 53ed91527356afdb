// Site-wide permissions, beside the per-venue roles: site administrators manage who may do what on
// the whole site; "may create venues" lets a person open new conferences and workshops. The first
// administrators come from the server's configuration (SITE_ADMIN_EMAILS), so a fresh installation
// is never without one.
import { normalizeEmail } from '../account/account.rules';

export const SITE_PERMISSIONS = ['site_admin', 'create_venues'] as const;
export type SitePermission = (typeof SITE_PERMISSIONS)[number];

export const SITE_PERMISSION_LABELS: Readonly<Record<SitePermission, string>> = {
  site_admin: 'Site administrator',
  create_venues: 'May create venues',
};

export interface SiteAccountFacts {
  email: string;
  siteAdmin: boolean;
  canCreateVenues: boolean;
}

export interface SitePermissions {
  siteAdmin: boolean;
  /** Administrators may always create venues. */
  canCreateVenues: boolean;
  /** Administrator because the address is in the server's configuration (cannot be revoked here). */
  adminByConfiguration: boolean;
}

export function sitePermissionsOf(
  account: SiteAccountFacts,
  configuredAdmins: ReadonlySet<string>,
): SitePermissions {
  const adminByConfiguration = configuredAdmins.has(normalizeEmail(account.email));
  const siteAdmin = account.siteAdmin || adminByConfiguration;
  return { siteAdmin, canCreateVenues: siteAdmin || account.canCreateVenues, adminByConfiguration };
}

export type PermissionChangeCheck =
  { ok: true } | { ok: false; reason: 'not_admin' | 'own_admin' | 'configured_admin' };

/**
 * Whether an administrator may grant or revoke `permission` for `target`. Nobody revokes their own
 * administration (the site must keep an administrator who can undo mistakes), and administrators
 * named in the configuration stay administrators until the configuration changes.
 */
export function checkPermissionChange(input: {
  actor: { id: string; permissions: SitePermissions };
  target: { id: string; permissions: SitePermissions };
  permission: SitePermission;
  granted: boolean;
}): PermissionChangeCheck {
  if (!input.actor.permissions.siteAdmin) return { ok: false, reason: 'not_admin' };
  if (input.permission === 'site_admin' && !input.granted) {
    if (input.target.id === input.actor.id) return { ok: false, reason: 'own_admin' };
    if (input.target.permissions.adminByConfiguration) return { ok: false, reason: 'configured_admin' };
  }
  return { ok: true };
}

/** SITE_ADMIN_EMAILS: comma-separated addresses; returns the normalized set, or the entries that are not addresses. */
export function parseAdminEmails(raw: string): { emails: Set<string>; invalid: string[] } {
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  const invalid = entries.filter((entry) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(entry));
  return { emails: new Set(entries.filter((e) => !invalid.includes(e)).map(normalizeEmail)), invalid };
}
