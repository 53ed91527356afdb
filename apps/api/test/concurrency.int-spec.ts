// Concurrency is part of correctness: of N requests racing on one conditional write, exactly one
// wins, also when they arrive through two API processes sharing the database.
import { startApi, type ApiProcess } from '../bench/surge-processes';
import { GraphqlClient, startTestApp, type TestApp } from './test-app';

const CREATE_VENUE = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id revision } }`;
const UPDATE_VENUE = `mutation($id: ID!, $input: UpdateVenueInput!, $rev: Int!) {
  updateVenue(id: $id, input: $input, expectedRevision: $rev) { id name revision } }`;
const VENUE = `query($id: ID!) { venue(id: $id) { name revision } }`;

/** The same person's session, used through the second API process. */
function sameSessionOn(url: string, client: GraphqlClient): GraphqlClient {
  const other = new GraphqlClient(url);
  (other as unknown as { cookie: string }).cookie = client.sessionCookie;
  return other;
}

describe('racing conditional writes through two API processes (real FerretDB)', () => {
  let t: TestApp;
  let second: ApiProcess;

  beforeAll(async () => {
    t = await startTestApp();
    const base = String(process.env['TEST_MONGODB_URI']).replace(/\/$/, '');
    second = await startApi({
      MONGODB_URI: `${base}/${t.databaseName}`,
      SMTP_URL: String(process.env['TEST_SMTP_URL']),
      LOG_LEVEL: 'silent',
    });
  }, 120_000);
  afterAll(async () => {
    await second?.stop();
    await t?.close();
  });

  it('lets exactly one of eight venue updates with the same revision win, in 10 of 10 trials', async () => {
    const chair = await t.signUp('Racing Chair', { canCreateVenues: true });
    const viaSecond = sameSessionOn(second.url, chair.client);
    const { createVenue: venue } = await chair.client.ok(CREATE_VENUE, {
      input: { name: 'Race Conference', shortName: `RACE ${Date.now()}`, kind: 'conference', timeZone: 'UTC', description: '', deadlines: [] },
    });
    let revision = venue.revision as number;
    for (let trial = 0; trial < 10; trial++) {
      const attempts = Array.from({ length: 8 }, (_, i) =>
        (i % 2 === 0 ? chair.client : viaSecond).request<{ updateVenue: { name: string; revision: number } }>(UPDATE_VENUE, {
          id: venue.id,
          input: { name: `Trial ${trial} writer ${i}`, shortName: `RACE ${trial}`, timeZone: 'UTC', description: '', deadlines: [] },
          rev: revision,
        }),
      );
      const results = await Promise.all(attempts);
      const winners = results.filter((r) => r.data?.updateVenue);
      const losers = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(7);
      const stored = (await chair.client.ok(VENUE, { id: venue.id })).venue;
      // What is stored is the winner's write, and the revision moved by exactly one.
      expect(stored).toEqual({ name: winners[0]?.data?.updateVenue.name, revision: revision + 1 });
      revision += 1;
    }
  });
});
