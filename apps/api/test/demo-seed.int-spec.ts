import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/app/demo/demo-data';
import { startTestApp, type TestApp } from './test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id roles { venueId role } } }`;
const VENUES = `query { venues { id shortName kind myRoles parentVenue { id } awaitingApprovalBy { id } } }`;
const REQUESTS = `query($id: ID!) { venue(id: $id) { workshopRequests { shortName } } }`;
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
    const [conference, workshop, requested] = venues;
    expect(venues.map((v: any) => v.kind)).toEqual(['conference', 'workshop', 'workshop']);
    // The chair's workshop is approved at the conference; another waits for the chair's approval.
    expect(workshop).toMatchObject({ parentVenue: { id: conference.id }, myRoles: ['chair'] });
    expect(requested).toMatchObject({ parentVenue: null, awaitingApprovalBy: { id: conference.id }, myRoles: [] });
    expect((await chair.ok(REQUESTS, { id: conference.id })).venue.workshopRequests).toEqual([{ shortName: requested.shortName }]);
    const { venueSubmissions } = await chair.ok(VENUE_SUBMISSIONS, { venueId: workshop.id });
    expect(venueSubmissions.total).toBe(3);
    expect(venueSubmissions.items.map((s: any) => s.tierSuggestion.tier).sort()).toEqual(['exempt', 'expedited', 'full']);
    // The full-tier statement is under review; the expedited one is approved; the exempt one waits for its tier.
    expect(venueSubmissions.items.filter((s: any) => s.tierStatus === 'confirmed').map((s: any) => s.tierSuggestion.tier).sort()).toEqual(['expedited', 'full']);
  });

  it('has an approval to look at: approved with a condition, in the public registry, holding for a year', async () => {
    const chair = await signIn(DEMO_ACCOUNTS.chair.email);
    const { venues } = await chair.ok(`query { venues { id kind } }`);
    const registries = await Promise.all(venues.map((v: any) => t.client().ok(`query($v: ID!) { publicApprovals(venueId: $v) { title outcome state } }`, { v: v.id })));
    expect(registries.flatMap((r: any) => r.publicApprovals)).toEqual([{ title: 'Few-shot face reenactment for film dubbing', outcome: 'approved_with_conditions', state: 'active' }]);
  });

  it('keeps the second author draft private to its author', async () => {
    const author2 = await signIn(DEMO_ACCOUNTS.author2.email);
    expect((await author2.ok(MINE)).mySubmissions).toEqual([
      expect.objectContaining({ phase: 'draft' }),
    ]);
    const author = await signIn(DEMO_ACCOUNTS.author.email);
    expect((await author.ok(MINE)).mySubmissions).toHaveLength(3);
  });

  it('has a site administrator, and lets the chair create venues', async () => {
    const admin = t.client();
    const { login } = await admin.ok(`mutation($input: LoginInput!) { login(input: $input) { siteAdmin canCreateVenues } }`, {
      input: { email: DEMO_ACCOUNTS.admin.email, password: DEMO_PASSWORD },
    });
    expect(login).toEqual({ siteAdmin: true, canCreateVenues: true });
    const chair = await signIn(DEMO_ACCOUNTS.chair.email);
    expect((await chair.ok(`query { me { siteAdmin canCreateVenues } }`)).me).toEqual({ siteAdmin: false, canCreateVenues: true });
  });

  it('gives reviewers their roles at the workshop', async () => {
    const expert = t.client();
    const { login } = await expert.ok(LOGIN, { input: { email: DEMO_ACCOUNTS.expert.email, password: DEMO_PASSWORD } });
    expect(login.roles.map((r: any) => r.role)).toEqual(['expert_reviewer']);
  });

  it('gives reviewers work: the expert’s review submitted, the community reviewer’s to write', async () => {
    const community = await signIn(DEMO_ACCOUNTS.community.email);
    const { login } = await community.ok(LOGIN, { input: { email: DEMO_ACCOUNTS.community.email, password: DEMO_PASSWORD } });
    const venueId = login.roles[0].venueId;
    const { myAssignments } = await community.ok(`query($v: ID!) { myAssignments(venueId: $v) { assignment { state } submission { id reviewTask { editable review { id } } } } }`, { v: venueId });
    expect(myAssignments).toHaveLength(1);
    expect(myAssignments[0]).toMatchObject({ assignment: { state: 'accepted' }, submission: { reviewTask: { editable: true, review: null } } });
    const chair = await signIn(DEMO_ACCOUNTS.chair.email);
    const { submission } = await chair.ok(`query($id: ID!) { submission(id: $id) { reviews { kind label text { recommendation confidentialComments } } } }`, { id: myAssignments[0].submission.id });
    expect(submission.reviews).toEqual([{ kind: 'expert', label: DEMO_ACCOUNTS.expert.name, text: { recommendation: 'approved_with_conditions', confidentialComments: expect.stringMatching(/voice-phishing/) } }]);
  });
});
