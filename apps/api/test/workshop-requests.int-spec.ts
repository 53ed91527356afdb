// A workshop is held at a conference only once a chair of that conference approves; until then it
// stands alone, "awaiting approval".
import { randomBytes } from 'node:crypto';
import { startTestApp, type SignedUpPerson, type TestApp } from './test-app';

const CREATE = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id shortName parentVenue { id } awaitingApprovalBy { id } } }`;
const VENUE = `query($id: ID!) { venue(id: $id) {
  id parentVenue { id } awaitingApprovalBy { id shortName } workshops { id } workshopRequests { id name }
  conferenceRequest { conference { id } state note decidedByName decidedAt } } }`;
const VENUES = `query { venues { id kind parentVenue { id } awaitingApprovalBy { id } } }`;
const DECIDE = `mutation($id: ID!, $decision: AffiliationDecision!, $note: String) {
  decideWorkshopRequest(workshopId: $id, decision: $decision, note: $note) { id parentVenue { id } conferenceRequest { state note decidedByName } } }`;
const INVITE = `mutation($input: InviteInput!) { inviteToVenue(input: $input) { id } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`;

const unique = (): string => randomBytes(3).toString('hex');
const venueInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Conference on Synthetic Media',
  shortName: `CSM ${unique()}`,
  kind: 'conference',
  timeZone: 'UTC',
  deadlines: [],
  ...overrides,
});

describe('workshops asking to be held at a conference', () => {
  let t: TestApp;
  let ada: SignedUpPerson;
  let grace: SignedUpPerson;
  let outsider: SignedUpPerson;

  beforeAll(async () => {
    t = await startTestApp();
    [ada, grace, outsider] = await Promise.all([
      t.signUp('Ada Conference Chair', { canCreateVenues: true }),
      t.signUp('Grace Workshop Chair', { canCreateVenues: true }),
      t.signUp('Olu Outsider'),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  async function conferenceAndRequest() {
    const conference = (await ada.client.ok(CREATE, { input: venueInput() })).createVenue;
    const workshop = (
      await grace.client.ok(CREATE, {
        input: venueInput({ kind: 'workshop', parentVenueId: conference.id, name: 'Workshop on Cloning' }),
      })
    ).createVenue;
    return { conference, workshop };
  }

  it('keeps a requested workshop standalone and out of the conference until approved', async () => {
    const { conference, workshop } = await conferenceAndRequest();
    expect(workshop).toMatchObject({ parentVenue: null, awaitingApprovalBy: { id: conference.id } });

    const asAda = (await ada.client.ok(VENUE, { id: conference.id })).venue;
    expect(asAda.workshops).toEqual([]);
    expect(asAda.workshopRequests).toEqual([{ id: workshop.id, name: 'Workshop on Cloning' }]);
    expect((await outsider.client.ok(VENUE, { id: conference.id })).venue.workshopRequests).toEqual([]);

    const asGrace = (await grace.client.ok(VENUE, { id: workshop.id })).venue;
    expect(asGrace.conferenceRequest).toEqual({
      conference: { id: conference.id },
      state: 'pending',
      note: '',
      decidedByName: null,
      decidedAt: null,
    });
    expect((await outsider.client.ok(VENUE, { id: workshop.id })).venue).toMatchObject({
      parentVenue: null,
      awaitingApprovalBy: { id: conference.id, shortName: conference.shortName },
      conferenceRequest: null,
    });

    // In the directory, the workshop is not listed under the conference.
    const venues = (await t.client().ok(VENUES)).venues;
    const ids = venues.map((v: { id: string }) => v.id);
    expect(ids.indexOf(workshop.id)).toBeGreaterThan(ids.indexOf(conference.id));
    expect(venues.find((v: { id: string }) => v.id === workshop.id)).toMatchObject({
      parentVenue: null,
      awaitingApprovalBy: { id: conference.id },
    });
  });

  it('lets a chair of the conference approve; the workshop then is held there', async () => {
    const { conference, workshop } = await conferenceAndRequest();
    const decided = (
      await ada.client.ok(DECIDE, { id: workshop.id, decision: 'approve', note: 'Welcome aboard.' })
    ).decideWorkshopRequest;
    expect(decided).toEqual({
      id: workshop.id,
      parentVenue: { id: conference.id },
      conferenceRequest: {
        state: 'approved',
        note: 'Welcome aboard.',
        decidedByName: 'Ada Conference Chair',
      },
    });
    expect((await outsider.client.ok(VENUE, { id: conference.id })).venue.workshops).toEqual([
      { id: workshop.id },
    ]);
    expect((await ada.client.ok(VENUE, { id: conference.id })).venue.workshopRequests).toEqual([]);
    const ids = (await t.client().ok(VENUES)).venues.map((v: { id: string }) => v.id);
    expect(ids.indexOf(workshop.id)).toBe(ids.indexOf(conference.id) + 1);
  });

  it('lets a chair decline with a note the workshop chairs read; the workshop stays standalone', async () => {
    const { workshop } = await conferenceAndRequest();
    await ada.client.ok(DECIDE, {
      id: workshop.id,
      decision: 'decline',
      note: 'Our programme is full this year.',
    });
    const asGrace = (await grace.client.ok(VENUE, { id: workshop.id })).venue;
    expect(asGrace).toMatchObject({
      parentVenue: null,
      awaitingApprovalBy: null,
      conferenceRequest: {
        state: 'declined',
        note: 'Our programme is full this year.',
        decidedByName: 'Ada Conference Chair',
      },
    });
    const again = await ada.client.request(DECIDE, { id: workshop.id, decision: 'approve' });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toBe(
      'Another chair already declined this request. Reload to see the decision.',
    );
  });

  it('lets only chairs of the conference decide; to others the request does not exist', async () => {
    const { workshop } = await conferenceAndRequest();
    for (const person of [grace, outsider]) {
      const result = await person.client.request(DECIDE, { id: workshop.id, decision: 'approve' });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const tooLong = await ada.client.request(DECIDE, {
      id: workshop.id,
      decision: 'decline',
      note: 'x'.repeat(1001),
    });
    expect(tooLong.errors?.[0]?.extensions?.fieldErrors?.[0]?.path).toBe('note');
    expect((await grace.client.ok(VENUE, { id: workshop.id })).venue.conferenceRequest.state).toBe('pending');
  });

  it('approves at once a workshop created by a chair of the conference', async () => {
    const conference = (await ada.client.ok(CREATE, { input: venueInput() })).createVenue;
    const workshop = (
      await ada.client.ok(CREATE, { input: venueInput({ kind: 'workshop', parentVenueId: conference.id }) })
    ).createVenue;
    expect(workshop).toMatchObject({ parentVenue: { id: conference.id }, awaitingApprovalBy: null });
  });

  it('lets exactly one of two chairs deciding at once win; the other gets CONFLICT, in 5 of 5 trials', async () => {
    const conference = (await ada.client.ok(CREATE, { input: venueInput() })).createVenue;
    // A second chair of the conference, through an invitation.
    const { mail } = await t.mail.nextAfter(outsider.email, () =>
      ada.client.ok(INVITE, { input: { venueId: conference.id, email: outsider.email, role: 'chair' } }),
    );
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    await outsider.client.ok(ACCEPT, { input: { token } });

    for (let trial = 0; trial < 5; trial++) {
      const workshop = (
        await grace.client.ok(CREATE, {
          input: venueInput({ kind: 'workshop', parentVenueId: conference.id }),
        })
      ).createVenue;
      const results = await Promise.all([
        ada.client.request<{ decideWorkshopRequest: any }>(DECIDE, { id: workshop.id, decision: 'approve' }),
        outsider.client.request<{ decideWorkshopRequest: any }>(DECIDE, {
          id: workshop.id,
          decision: 'decline',
          note: 'No room.',
        }),
      ]);
      const winners = results.filter((r) => r.data?.decideWorkshopRequest);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
      // What is stored is the winner's decision.
      const stored = (await grace.client.ok(VENUE, { id: workshop.id })).venue.conferenceRequest;
      expect(stored.state).toBe(winners[0]?.data?.decideWorkshopRequest.conferenceRequest.state);
    }
  });
});
