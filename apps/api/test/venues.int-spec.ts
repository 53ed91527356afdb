import { randomBytes } from 'node:crypto';
import { startTestApp, type GraphqlClient, type TestApp } from './test-app';

const VENUE_FIELDS = `id name shortName kind timeZone description revision createdAt myRoles
  deadlines { label dueLocal dueAt } parentVenue { id shortName } workshops { id shortName }
  members { user { id name email } roles } invitations { id }`;
const CREATE = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { ${VENUE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateVenueInput!, $rev: Int!) {
  updateVenue(id: $id, input: $input, expectedRevision: $rev) { ${VENUE_FIELDS} } }`;
const VENUE = `query($id: ID!) { venue(id: $id) { ${VENUE_FIELDS} } }`;
const VENUES = `query { venues { id shortName kind } }`;

const unique = (): string => randomBytes(3).toString('hex');

function conferenceInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Conference on Synthetic Media',
    shortName: `CSM ${unique()}`,
    kind: 'conference',
    timeZone: 'Etc/GMT+12',
    description: 'Impact review for the main track.',
    deadlines: [
      { label: 'Statement submission', dueLocal: '2030-05-15T23:59' },
      { label: 'Reviews due', dueLocal: '2030-06-10T12:00' },
    ],
    ...overrides,
  };
}

function settingsOf(venue: Record<string, any>): Record<string, unknown> {
  return {
    name: venue.name,
    shortName: venue.shortName,
    timeZone: venue.timeZone,
    description: venue.description,
    deadlines: venue.deadlines.map((d: { label: string; dueLocal: string }) => ({ label: d.label, dueLocal: d.dueLocal })),
  };
}

describe('venues (real FerretDB)', () => {
  let t: TestApp;

  async function signUp(name: string): Promise<{ client: GraphqlClient; id: string; email: string }> {
    return t.signUp(name, { canCreateVenues: true });
  }

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a conference whose creator is its chair, with deadlines as local time and UTC instant', async () => {
    const ada = await signUp('Ada');
    const { createVenue: venue } = await ada.client.ok(CREATE, { input: conferenceInput() });
    expect(venue).toMatchObject({
      kind: 'conference',
      timeZone: 'Etc/GMT+12',
      revision: 1,
      myRoles: ['chair'],
      parentVenue: null,
      workshops: [],
      invitations: [],
    });
    // 23:59 anywhere on earth (UTC-12) is 11:59 UTC the next day.
    expect(venue.deadlines).toEqual([
      { label: 'Statement submission', dueLocal: '2030-05-15T23:59', dueAt: '2030-05-16T11:59:00.000Z' },
      { label: 'Reviews due', dueLocal: '2030-06-10T12:00', dueAt: '2030-06-11T00:00:00.000Z' },
    ]);
    expect(venue.members).toEqual([{ user: { id: ada.id, name: 'Ada', email: ada.email }, roles: ['chair'] }]);
    const me = await ada.client.ok(`query { me { roles { venueId role } } }`);
    expect(me.me.roles).toContainEqual({ venueId: venue.id, role: 'chair' });
  });

  it('creates a workshop at a conference; the conference chair is not thereby its chair', async () => {
    const ada = await signUp('Ada');
    const grace = await signUp('Grace');
    const { createVenue: conference } = await ada.client.ok(CREATE, { input: conferenceInput() });
    const { createVenue: workshop } = await grace.client.ok(CREATE, {
      input: conferenceInput({ kind: 'workshop', parentVenueId: conference.id, shortName: `WS ${unique()}`, timeZone: 'Europe/Berlin' }),
    });
    // Until a chair of the conference approves, the workshop stands alone.
    expect(workshop).toMatchObject({ kind: 'workshop', parentVenue: null, myRoles: ['chair'] });
    expect(workshop.deadlines[0].dueAt).toBe('2030-05-15T21:59:00.000Z');
    await ada.client.ok(`mutation($id: ID!) { decideWorkshopRequest(workshopId: $id, decision: approve) { id } }`, { id: workshop.id });

    const seenByAda = await ada.client.ok(VENUE, { id: conference.id });
    expect(seenByAda.venue.workshops).toEqual([{ id: workshop.id, shortName: workshop.shortName }]);

    const workshopSeenByAda = (await ada.client.ok(VENUE, { id: workshop.id })).venue;
    expect(workshopSeenByAda.parentVenue).toEqual({ id: conference.id, shortName: conference.shortName });
    expect(workshopSeenByAda.myRoles).toEqual([]);
    expect(workshopSeenByAda.members).toEqual([]);
    const denied = await ada.client.request(UPDATE, { id: workshop.id, input: settingsOf(workshop), rev: 1 });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { venues } = await ada.client.ok(VENUES);
    const ids = venues.map((v: { id: string }) => v.id);
    expect(ids.indexOf(workshop.id)).toBe(ids.indexOf(conference.id) + 1);
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, ['timeZone']],
    [
      'a deadline in the spring-forward gap',
      {
        timeZone: 'Europe/Berlin',
        deadlines: [
          { label: 'Abstracts', dueLocal: '2030-03-20T12:00' },
          { label: 'Statements', dueLocal: '2030-03-31T02:30' },
        ],
      },
      ['deadlines.1.dueLocal'],
    ],
    ['a malformed deadline and a blank label', { deadlines: [{ label: ' ', dueLocal: '15 May 2030' }] }, ['deadlines.0.label', 'deadlines.0.dueLocal']],
    ['a workshop without a parent', { kind: 'workshop' }, ['parentVenueId']],
    ['a workshop at an unknown conference', { kind: 'workshop', parentVenueId: '0123456789abcdef01234567' }, ['parentVenueId']],
    ['a conference with a parent', { parentVenueId: '0123456789abcdef01234567' }, ['parentVenueId']],
  ])('rejects %s with field paths and saves nothing', async (_case, overrides, paths) => {
    const ada = await signUp('Ada');
    const before = (await ada.client.ok(VENUES)).venues.length;
    const result = await ada.client.request(CREATE, { input: conferenceInput(overrides) });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.path).sort()).toEqual([...paths].sort());
    expect((await ada.client.ok(VENUES)).venues.length).toBe(before);
  });

  it('refuses a workshop held at another workshop', async () => {
    const ada = await signUp('Ada');
    const { createVenue: conference } = await ada.client.ok(CREATE, { input: conferenceInput() });
    const { createVenue: workshop } = await ada.client.ok(CREATE, {
      input: conferenceInput({ kind: 'workshop', parentVenueId: conference.id }),
    });
    const nested = await ada.client.request(CREATE, { input: conferenceInput({ kind: 'workshop', parentVenueId: workshop.id }) });
    expect(nested.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.path)).toEqual(['parentVenueId']);
  });

  it('lets a non-chair read the metadata but not the members, invitations or settings', async () => {
    const ada = await signUp('Ada');
    const bob = await signUp('Bob');
    const { createVenue: venue } = await ada.client.ok(CREATE, { input: conferenceInput() });
    const seen = (await bob.client.ok(VENUE, { id: venue.id })).venue;
    expect(seen).toMatchObject({ id: venue.id, name: venue.name, deadlines: venue.deadlines, myRoles: [], members: [], invitations: [] });

    const update = await bob.client.request(UPDATE, { id: venue.id, input: { ...settingsOf(venue), name: 'Taken over' }, rev: 1 });
    expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ada.client.ok(VENUE, { id: venue.id })).venue).toMatchObject({ name: venue.name, revision: 1 });
  });

  it('says NOT_FOUND for a venue that does not exist; anonymous callers see the list but nothing else', async () => {
    const ada = await signUp('Ada');
    for (const id of ['0123456789abcdef01234567', 'not-an-id']) {
      const read = await ada.client.request(VENUE, { id });
      expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const write = await ada.client.request(UPDATE, { id, input: settingsOf({ ...conferenceInput(), deadlines: [] }), rev: 1 });
      expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    // The list is public metadata (the landing page shows it); one venue's page is not.
    const anonymous = await t.client().ok(`query { venues { id myRoles members { roles } invitations { id } } }`);
    expect(anonymous.venues.length).toBeGreaterThan(0);
    for (const venue of anonymous.venues) expect(venue).toMatchObject({ myRoles: [], members: [], invitations: [] });
    const anonymousVenue = await t.client().request(VENUE, { id: anonymous.venues[0].id });
    expect(anonymousVenue.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const anonymousCreate = await t.client().request(CREATE, { input: conferenceInput() });
    expect(anonymousCreate.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('updates with optimistic concurrency: a new time zone moves the instants, a stale revision is a CONFLICT', async () => {
    const ada = await signUp('Ada');
    const { createVenue: venue } = await ada.client.ok(CREATE, { input: conferenceInput() });
    const { updateVenue: updated } = await ada.client.ok(UPDATE, {
      id: venue.id,
      input: { ...settingsOf(venue), name: 'Renamed Conference', timeZone: 'Europe/Berlin' },
      rev: 1,
    });
    expect(updated).toMatchObject({ name: 'Renamed Conference', revision: 2, kind: 'conference' });
    expect(updated.deadlines[0]).toEqual({ label: 'Statement submission', dueLocal: '2030-05-15T23:59', dueAt: '2030-05-15T21:59:00.000Z' });

    const stale = await ada.client.request(UPDATE, { id: venue.id, input: { ...settingsOf(venue), name: 'Lost update' }, rev: 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await ada.client.ok(VENUE, { id: venue.id })).venue).toMatchObject({ name: 'Renamed Conference', revision: 2 });

    const invalid = await ada.client.request(UPDATE, {
      id: venue.id,
      input: { ...settingsOf(updated), deadlines: [{ label: 'Gap', dueLocal: '2030-03-31T02:30' }] },
      rev: 2,
    });
    expect(invalid.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ path: 'deadlines.0.dueLocal' })]);
  });
});
