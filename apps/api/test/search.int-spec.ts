// The chairs' search goes through its own index; its answers must be exactly what reading every
// submitted statement would give (every word of the search starts a word of the title or an
// author's name), in every sort order and with the other filters.
import { matchesSearch, searchTextOf } from '@impact-review/domain';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { NOW } from '../../../libs/domain/src/statement/statement-content.fixture';
import { LIST, SubmissionSteps, expeditedContent, fullContent, type Person } from './submission-helpers';
import { FixedClock, startTestApp, type TestApp } from './test-app';

const WORDS = ['voice', 'vocal', 'cloning', 'clone', 'deepfake', 'detection', 'watermark', 'speech', 'face', 'fake'];

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('chairs search through the search index (real FerretDB)', () => {
  let t: TestApp;
  let chair: Person;
  let venueId: string;
  const submitted: { id: string; title: string; author: string; tier: string }[] = [];

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(NOW) });
    const steps = new SubmissionSteps(t);
    chair = await steps.signUp('Search Chair');
    venueId = await steps.createVenue(chair);
    const authors = await Promise.all(['Ana Vocalis', 'Ben Clonewright', 'Chi Face'].map((name) => steps.signUp(name)));
    const next = random(7);
    for (let i = 0; i < 30; i++) {
      const author = authors[i % authors.length] as Person;
      const title = Array.from({ length: 3 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ') + ` ${i}`;
      const created = await steps.create(author, venueId, title);
      // Some stay drafts: they must never be found.
      if (i % 5 === 4) continue;
      const full = i % 3 === 0;
      await steps.saveAndSubmit(author, created.id, full ? fullContent() : expeditedContent());
      submitted.push({ id: created.id, title, author: author.name, tier: full ? 'full' : 'expedited' });
    }
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  const expected = (search: string, tier?: string) =>
    submitted
      .filter((s) => matchesSearch(searchTextOf(s.title, [s.author]), search) && (!tier || s.tier === tier))
      .map((s) => s.id)
      .sort();

  it.each([
    ['voice'],
    ['vo'],
    ['clon'],
    ['clone'],
    ['fake voice'],
    ['deepfake detection'],
    ['Vocalis'],
    ['clonewright fa'],
    ['face 12'],
    ['nothing'],
  ])('%j finds exactly the submitted statements it matches', async (search) => {
    const page = (await chair.client.ok(LIST, { venueId, filter: { search }, limit: 100 })).venueSubmissions;
    expect(page.searchCapped).toBe(false);
    expect(page.total).toBe(expected(search).length);
    expect(page.items.map((s: { id: string }) => s.id).sort()).toEqual(expected(search));
  });

  it('pages, sorts and filters the matches as the list does', async () => {
    const all = expected('voice', 'expedited');
    const seen: string[] = [];
    for (let offset = 0; offset < all.length; offset += 2) {
      const page = (
        await chair.client.ok(LIST, {
          venueId,
          filter: { search: 'voice', tier: 'expedited' },
          sort: { field: 'title', direction: 'asc' },
          offset,
          limit: 2,
        })
      ).venueSubmissions;
      expect(page.total).toBe(all.length);
      seen.push(...page.items.map((s: { title: string }) => s.title));
    }
    const titles = submitted.filter((s) => all.includes(s.id)).map((s) => s.title.toLowerCase());
    expect(seen.map((s) => s.toLowerCase())).toEqual([...titles].sort());
  });

  it('refuses a search without a word of two letters, with a field error', async () => {
    const result = await chair.client.request(LIST, { venueId, filter: { search: 'a' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fieldErrors?.[0]?.path).toBe('filter.search');
  });
});
