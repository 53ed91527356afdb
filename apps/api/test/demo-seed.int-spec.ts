import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/app/demo/demo-data';
import { startTestApp, type TestApp } from './test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id roles { venueId role } } }`;
const VENUES = `query { venues { id shortName kind myRoles } }`;
const VENUE_SUBMISSIONS = `query($venueId: ID!) { venueSubmissions(venueId: $venueId) { total items { title tierStatus tierSuggestion { tier } } } }`;
const MINE = `query { mySubmissions { title phase } }`;

describe('demo data seeded on an empty database (npm start)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { SEED_DEMO_DATA: 'true' } });
  });
  afterAll(async () => {
    await t.close();
  });

  async function signIn(email: string) {
    const client = t.client();
    await client.ok(LOGIN, { input: { email, password: DEMO_PASSWORD } });
    return client;
  }

  it('gives the chair a workshop at a conference with submitted statements in every tier', async () => {
    const chair = await signIn(DEMO_ACCOUNTS.chair.email);
    const { venues } = await chair.ok(VENUES);
    expect(venues.map((v: any) => v.kind)).toEqual(['conference', 'workshop']);
    const workshop = venues.find((v: any) => v.kind === 'workshop');
    expect(workshop.myRoles).toContain('chair');
    const { venueSubmissions } = await chair.ok(VENUE_SUBMISSIONS, { venueId: workshop.id });
    expect(venueSubmissions.total).toBe(3);
    expect(venueSubmissions.items.map((s: any) => s.tierSuggestion.tier).sort()).toEqual(['exempt', 'expedited', 'full']);
    expect(venueSubmissions.items.filter((s: any) => s.tierStatus === 'confirmed')).toHaveLength(1);
  });

  it('keeps the second author draft private to its author', async () => {
    const author2 = await signIn(DEMO_ACCOUNTS.author2.email);
    expect((await author2.ok(MINE)).mySubmissions).toEqual([
      expect.objectContaining({ phase: 'draft' }),
    ]);
    const author = await signIn(DEMO_ACCOUNTS.author.email);
    expect((await author.ok(MINE)).mySubmissions).toHaveLength(3);
  });

  it('gives reviewers their roles at the workshop', async () => {
    const expert = t.client();
    const { login } = await expert.ok(LOGIN, { input: { email: DEMO_ACCOUNTS.expert.email, password: DEMO_PASSWORD } });
    expect(login.roles.map((r: any) => r.role)).toEqual(['expert_reviewer']);
  });
});
