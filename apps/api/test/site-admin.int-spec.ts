// Site administrators (bootstrapped from SITE_ADMIN_EMAILS) decide who may create venues; without
// that permission createVenue is FORBIDDEN.
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { hashPassword } from '../src/app/auth/password';
import { startTestApp, TEST_ADMIN_EMAIL, TEST_PASSWORD, type GraphqlClient, type TestApp } from './test-app';

const ME = `query { me { siteAdmin canCreateVenues } }`;
const CREATE = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id } }`;
const STAFF = `query { siteStaff { id email siteAdmin canCreateVenues adminByConfiguration } }`;
const SEARCH = `query($text: String!) { searchPeople(text: $text) { id name email } }`;
const SET = `mutation($input: SetSitePermissionInput!) { setSitePermission(input: $input) { id siteAdmin canCreateVenues } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { siteAdmin canCreateVenues } }`;

const conference = () => ({
  name: 'Permission Conference',
  shortName: `PC ${Math.random().toString(36).slice(2, 7)}`,
  kind: 'conference',
  timeZone: 'UTC',
  deadlines: [],
});

async function adminClient(t: TestApp): Promise<GraphqlClient> {
  const client = t.client();
  await client.ok(LOGIN, { input: { email: TEST_ADMIN_EMAIL, password: TEST_PASSWORD } });
  return client;
}

describe('site administrators and who may create venues', () => {
  let t: TestApp;
  let admin: GraphqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    // Creates the test administrator (an address in SITE_ADMIN_EMAILS) through the real sign-up.
    await t.signUp('First Creator', { canCreateVenues: true });
    admin = await adminClient(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('makes an account in SITE_ADMIN_EMAILS an administrator who may create venues', async () => {
    expect((await admin.ok(ME)).me).toEqual({ siteAdmin: true, canCreateVenues: true });
    await admin.ok(CREATE, { input: conference() });
  });

  it('refuses createVenue to people without the permission, saying whom to ask, and saves nothing', async () => {
    const person = await t.signUp('Eager Organiser');
    expect((await person.client.ok(ME)).me).toEqual({ siteAdmin: false, canCreateVenues: false });
    const input = conference();
    const refused = await person.client.request(CREATE, { input });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toBe(
      'Creating conferences and workshops needs permission. Ask a site administrator of Impact Review to allow you to create venues.',
    );
    const names = (await person.client.ok(`query { venues { shortName } }`)).venues.map(
      (v: any) => v.shortName,
    );
    expect(names).not.toContain(input.shortName);
  });

  it('lets an administrator grant and revoke "may create venues"', async () => {
    const person = await t.signUp('Granted Organiser');
    expect(
      (await admin.ok(SET, { input: { userId: person.id, permission: 'create_venues', granted: true } }))
        .setSitePermission,
    ).toEqual({
      id: person.id,
      siteAdmin: false,
      canCreateVenues: true,
    });
    expect((await person.client.ok(ME)).me.canCreateVenues).toBe(true);
    await person.client.ok(CREATE, { input: conference() });
    expect((await admin.ok(STAFF)).siteStaff).toContainEqual({
      id: person.id,
      email: person.email,
      siteAdmin: false,
      canCreateVenues: true,
      adminByConfiguration: false,
    });

    await admin.ok(SET, { input: { userId: person.id, permission: 'create_venues', granted: false } });
    expect((await person.client.request(CREATE, { input: conference() })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await admin.ok(STAFF)).siteStaff.map((p: any) => p.id)).not.toContain(person.id);
  });

  it('lets administrators make administrators, but nobody revokes their own or a configured one', async () => {
    const second = await t.signUp('Second Admin');
    await admin.ok(SET, { input: { userId: second.id, permission: 'site_admin', granted: true } });
    expect((await second.client.ok(ME)).me).toEqual({ siteAdmin: true, canCreateVenues: true });

    const own = await second.client.request(SET, {
      input: { userId: second.id, permission: 'site_admin', granted: false },
    });
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OWN_ADMIN' });
    const staff = (await second.client.ok(STAFF)).siteStaff;
    const configured = staff.find((p: any) => p.email === TEST_ADMIN_EMAIL);
    expect(configured).toMatchObject({ siteAdmin: true, adminByConfiguration: true });
    const revokeConfigured = await second.client.request(SET, {
      input: { userId: configured.id, permission: 'site_admin', granted: false },
    });
    expect(revokeConfigured.errors?.[0]?.extensions?.reason).toBe('CONFIGURED_ADMIN');

    // The configured administrator may revoke the second one.
    await admin.ok(SET, { input: { userId: second.id, permission: 'site_admin', granted: false } });
    expect((await second.client.ok(ME)).me).toEqual({ siteAdmin: false, canCreateVenues: false });
  });

  it('finds people by the start of their email or a part of their name', async () => {
    const person = await t.signUp('Zelda Searchable', { email: `zelda.find-${Date.now()}@example.org` });
    expect((await admin.ok(SEARCH, { text: 'ZELDA.FIND' })).searchPeople.map((p: any) => p.id)).toContain(
      person.id,
    );
    expect((await admin.ok(SEARCH, { text: 'searchab' })).searchPeople.map((p: any) => p.id)).toContain(
      person.id,
    );
    expect((await admin.ok(SEARCH, { text: '(.*' })).searchPeople).toEqual([]);
    const short = await admin.request(SEARCH, { text: 'z' });
    expect(short.errors?.[0]?.extensions?.fieldErrors?.[0]?.path).toBe('text');
  });

  it('refuses the administration to everyone else', async () => {
    const person = await t.signUp('Curious Person');
    for (const [query, variables] of [
      [STAFF, {}],
      [SEARCH, { text: 'admin' }],
      [SET, { input: { userId: person.id, permission: 'site_admin', granted: true } }],
    ] as const) {
      const result = await person.client.request(query, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.client().request(STAFF)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('SITE_ADMIN_EMAILS for accounts that already exist', () => {
  it('marks them at start-up, and counts accounts written by other means (the surge benchmark) at once', async () => {
    const first = await startTestApp();
    const second = { app: null as TestApp | null };
    try {
      const person = await first.signUp('Later Admin');
      const users = first.app.get<Connection>(getConnectionToken()).collection('users');
      expect((await users.findOne({ email: person.email }))?.['siteAdmin']).toBe(false);

      const benchEmail = `bench-${Date.now()}@bench.example.org`;
      second.app = await startTestApp({
        databaseName: first.databaseName,
        env: { SITE_ADMIN_EMAILS: `${person.email},${benchEmail}` },
      });
      // Marked when the second process started.
      expect((await users.findOne({ email: person.email }))?.['siteAdmin']).toBe(true);
      expect((await person.client.on(second.app.url).ok(ME)).me.siteAdmin).toBe(true);

      // Written straight into the database after start-up, as apps/api/bench/surge-api.ts does.
      const now = new Date();
      await users.insertOne({
        email: benchEmail,
        name: 'Bench Admin',
        passwordHash: await hashPassword(TEST_PASSWORD),
        createdAt: now,
        updatedAt: now,
      });
      const bench = second.app.client();
      expect(
        (await bench.ok(LOGIN, { input: { email: benchEmail, password: TEST_PASSWORD } })).login,
      ).toEqual({
        siteAdmin: true,
        canCreateVenues: true,
      });
      await bench.ok(CREATE, { input: conference() });
    } finally {
      await second.app?.close();
      await first.close();
    }
  });
});
