// Concurrency is part of correctness: of N requests racing on one conditional write, exactly one
// wins, also when they arrive through two API processes sharing the database.
import { startApi, type ApiProcess } from '../bench/surge-processes';
import {
  CONFIRM,
  GET,
  INVITE,
  MINE,
  SAVE_LEAN,
  SubmissionSteps,
  details,
  expeditedContent,
  fullContent,
  type Person,
} from './submission-helpers';
import { GraphqlClient, startTestApp, type TestApp } from './test-app';

const CREATE_VENUE = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id revision } }`;
const UPDATE_VENUE = `mutation($id: ID!, $input: UpdateVenueInput!, $rev: Int!) {
  updateVenue(id: $id, input: $input, expectedRevision: $rev) { id name revision } }`;
const VENUE = `query($id: ID!) { venue(id: $id) { name revision } }`;

const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`;

/** Makes `person` a chair of the venue the way people do it: an invitation by mail, accepted. */
async function addChair(t: TestApp, chair: Person, person: Person, venueId: string): Promise<void> {
  await chair.client.ok(INVITE, { input: { venueId, email: person.email, role: 'chair' } });
  const mail = await t.mail.waitFor(person.email, (m) => /\/invitations\//.test(m.text));
  const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  await person.client.ok(ACCEPT, { input: { token } });
}

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

  it('keeps exactly one of five parallel autosaves onto the same draft revision, and stores its content', async () => {
    const steps = new SubmissionSteps(t);
    const chair = await steps.signUp('Autosave Chair');
    const author = await steps.signUp('Autosave Author');
    const viaSecond = sameSessionOn(second.url, author.client);
    const venueId = await steps.createVenue(chair);
    for (let trial = 0; trial < 5; trial++) {
      const { id } = await steps.create(author, venueId, `Racing draft ${trial}`);
      const attempts = Array.from({ length: 5 }, (_, i) =>
        (i % 2 === 0 ? author.client : viaSecond).request<{ saveDraft: { revision: number } }>(SAVE_LEAN, {
          id,
          draft: { ...details(`Writer ${i} of trial ${trial}`), content: expeditedContent() },
          rev: 1,
        }),
      );
      const results = await Promise.all(attempts);
      const winners = results.flatMap((r, i) => (r.data?.saveDraft ? [i] : []));
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(4);
      const stored = (await author.client.ok(GET, { id })).submission.draft;
      expect(stored).toMatchObject({ revision: 2, title: `Writer ${winners[0]} of trial ${trial}` });
    }
  });

  it('lets one of two chairs deciding a tier at once win; the other is told it changed', async () => {
    const steps = new SubmissionSteps(t);
    const first = await steps.signUp('Tier Chair One');
    const author = await steps.signUp('Tier Author');
    const venueId = await steps.createVenue(first);
    const secondChair: Person = await steps.signUp('Tier Chair Two');
    await addChair(t, first, secondChair, venueId);
    const viaSecond = sameSessionOn(second.url, secondChair.client);
    for (let trial = 0; trial < 5; trial++) {
      const { id } = await steps.create(author, venueId, `Tier race ${trial}`);
      const submitted = await steps.saveAndSubmit(author, id, trial % 2 ? fullContent() : expeditedContent());
      const [a, b] = await Promise.all([
        first.client.request(CONFIRM, { id, tier: 'full', reason: 'Raised by chair one.', rev: submitted.revision }),
        viaSecond.request(CONFIRM, { id, tier: 'exempt', reason: 'Lowered by chair two.', rev: submitted.revision }),
      ]);
      const outcomes = [a, b].map((r) => (r.errors ? r.errors[0]?.extensions?.code : 'OK')).sort();
      expect(outcomes).toEqual(['CONFLICT', 'OK']);
      const winner = a.errors ? 'exempt' : 'full';
      expect((await first.client.ok(GET, { id })).submission.tier).toBe(winner);
    }
  });

  it('registers eight submissions sent at once by one author: all of them, with no server error', async () => {
    const steps = new SubmissionSteps(t);
    const chair = await steps.signUp('Burst Chair');
    const author = await steps.signUp('Burst Author');
    const viaSecond = sameSessionOn(second.url, author.client);
    const venueId = await steps.createVenue(chair);
    const CREATE = `mutation($input: SubmissionInput!) { createSubmission(input: $input) { id } }`;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? viaSecond : author.client).request<{ createSubmission: { id: string } }>(CREATE, {
          input: { venueId, ...details(`Burst ${i}`) },
        }),
      ),
    );
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK')).toEqual(Array(8).fill('OK'));
    const created = results.map((r) => r.data?.createSubmission.id).sort();
    const mine = (await author.client.ok(MINE)).mySubmissions.map((s: { id: string }) => s.id).sort();
    expect(mine).toEqual(created);
  });
});
