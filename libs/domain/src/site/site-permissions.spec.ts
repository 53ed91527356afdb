import {
  checkPermissionChange,
  parseAdminEmails,
  sitePermissionsOf,
  type SitePermissions,
} from './site-permissions';

const admins = new Set(['root@example.org']);

describe('sitePermissionsOf', () => {
  it.each([
    [
      { email: 'ada@example.org', siteAdmin: false, canCreateVenues: false },
      { siteAdmin: false, canCreateVenues: false, adminByConfiguration: false },
    ],
    [
      { email: 'ada@example.org', siteAdmin: false, canCreateVenues: true },
      { siteAdmin: false, canCreateVenues: true, adminByConfiguration: false },
    ],
    [
      { email: 'ada@example.org', siteAdmin: true, canCreateVenues: false },
      { siteAdmin: true, canCreateVenues: true, adminByConfiguration: false },
    ],
    [
      { email: 'Root@Example.org', siteAdmin: false, canCreateVenues: false },
      { siteAdmin: true, canCreateVenues: true, adminByConfiguration: true },
    ],
  ])('%j', (account, expected) => {
    expect(sitePermissionsOf(account, admins)).toEqual(expected);
  });
});

describe('checkPermissionChange', () => {
  const admin: SitePermissions = { siteAdmin: true, canCreateVenues: true, adminByConfiguration: false };
  const configured: SitePermissions = { siteAdmin: true, canCreateVenues: true, adminByConfiguration: true };
  const person: SitePermissions = { siteAdmin: false, canCreateVenues: false, adminByConfiguration: false };
  it.each([
    [
      'an admin grants venue creation',
      { id: 'a', permissions: admin },
      { id: 'b', permissions: person },
      'create_venues',
      true,
      { ok: true },
    ],
    [
      'an admin makes another admin',
      { id: 'a', permissions: admin },
      { id: 'b', permissions: person },
      'site_admin',
      true,
      { ok: true },
    ],
    [
      'an admin revokes another admin',
      { id: 'a', permissions: admin },
      { id: 'b', permissions: admin },
      'site_admin',
      false,
      { ok: true },
    ],
    [
      'an admin revokes their own admin',
      { id: 'a', permissions: admin },
      { id: 'a', permissions: admin },
      'site_admin',
      false,
      { ok: false, reason: 'own_admin' },
    ],
    [
      'an admin revokes a configured admin',
      { id: 'a', permissions: admin },
      { id: 'b', permissions: configured },
      'site_admin',
      false,
      { ok: false, reason: 'configured_admin' },
    ],
    [
      'an admin revokes their own venue creation',
      { id: 'a', permissions: admin },
      { id: 'a', permissions: admin },
      'create_venues',
      false,
      { ok: true },
    ],
    [
      'a non-admin grants',
      { id: 'a', permissions: person },
      { id: 'a', permissions: person },
      'create_venues',
      true,
      { ok: false, reason: 'not_admin' },
    ],
  ] as const)('%s', (_case, actor, target, permission, granted, expected) => {
    expect(checkPermissionChange({ actor, target, permission, granted })).toEqual(expected);
  });
});

describe('parseAdminEmails', () => {
  it.each([
    ['', [], []],
    ['root@example.org', ['root@example.org'], []],
    [' Root@Example.org , ops@example.org,', ['root@example.org', 'ops@example.org'], []],
    ['root@example.org, not an address', ['root@example.org'], ['not an address']],
  ])('%j', (raw, emails, invalid) => {
    const parsed = parseAdminEmails(raw);
    expect([...parsed.emails]).toEqual(emails);
    expect(parsed.invalid).toEqual(invalid);
  });
});
