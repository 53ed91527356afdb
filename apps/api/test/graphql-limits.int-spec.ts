// What one request may ask for: depth, aliases and cost are checked before anything runs, and a
// production server does not describe its schema to clients (introspection, "Did you mean").
import { startTestApp, type TestApp } from './test-app';

async function post(t: TestApp, query: string, variables: Record<string, unknown> = {}, cookie = '') {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** venues { workshops { parentVenue { workshops { ... } } } } with `levels` fields. */
function doubling(levels: number): string {
  let query = 'id';
  for (let level = levels - 1; level >= 1; level--) {
    const field = level === 1 ? 'venues' : level % 2 === 0 ? 'workshops' : 'parentVenue';
    query = `${field} { ${query} }`;
  }
  return `query { ${query} }`;
}

describe('GraphQL limits in production (the default)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses introspection and gives no field suggestions', async () => {
    const schema = await post(t, '{ __schema { types { name } } }');
    expect(schema.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(schema.body)).not.toContain('Venue');
    const type = await post(t, '{ __type(name: "Venue") { fields { name } } }');
    expect(type.body.data ?? null).toBeNull();
    const typo = await post(t, '{ venus { id } }');
    expect(typo.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.body.errors[0].message).not.toMatch(/Did you mean/);
    // __typename is not introspection of the schema: clients use it for caching.
    expect((await post(t, '{ __typename }')).body.data).toEqual({ __typename: 'Query' });
  });

  it('refuses 1,000 aliased lookups with QUERY_TOO_COMPLEX before running any', async () => {
    const aliased = Array.from({ length: 1000 }, (_, i) => `v${i}: venues { id }`).join(' ');
    const result = await post(t, `query { ${aliased} }`);
    expect(result.status).toBe(400);
    expect(result.body.data ?? null).toBeNull();
    expect(result.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.body.errors[0].message).toBe(
      'This request uses 1000 aliases; at most 30 are allowed. Split it into smaller requests.',
    );
  });

  it('refuses a query 200 levels deep', async () => {
    const result = await post(t, doubling(200));
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.body.errors[0].message).toBe(
      'This request nests 200 levels deep; at most 10 are allowed. Ask for less nested data.',
    );
  });

  it('refuses the doubling venues → workshops → parentVenue → workshops query within the depth limit by its cost', async () => {
    const result = await post(t, doubling(10));
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.body.errors[0].message).toMatch(
      /^This request would fetch too much at once \(an estimated \d+ items; the limit is 25000\)/,
    );
    // The same shape, shallower, is fine.
    expect((await post(t, doubling(5))).body.errors).toBeUndefined();
  });

  it('counts a list by its limit argument, given inline or as a variable', async () => {
    const person = await t.signUp('Lister', { canCreateVenues: true });
    const query = `query($venueId: ID!, $limit: Int) { venueSubmissions(venueId: $venueId, limit: $limit) {
      items { id title artifacts { key name } authors { id name } latestVersion { number content { hazards { kind description }
      pathToHarm { factor rating justification } releasePlan { artifactKey stages { description opensOn trigger } } } } } } }`;
    const big = await post(
      t,
      query,
      { venueId: '0123456789abcdef01234567', limit: 100_000 },
      person.client.sessionCookie,
    );
    expect(big.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const small = await post(
      t,
      query,
      { venueId: '0123456789abcdef01234567', limit: 5 },
      person.client.sessionCookie,
    );
    // Within the budget, it runs (and finds no such venue).
    expect(small.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('runs nothing of a refused mutation', async () => {
    const person = await t.signUp('Greedy Creator', { canCreateVenues: true });
    const creates = Array.from(
      { length: 31 },
      (_, i) =>
        `c${i}: createVenue(input: { name: "Alias Conference ${i}", shortName: "AC${i}", kind: conference, timeZone: "UTC", deadlines: [] }) { id }`,
    ).join(' ');
    const result = await post(t, `mutation { ${creates} }`, {}, person.client.sessionCookie);
    expect(result.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const venues = (await post(t, '{ venues { name } }')).body.data.venues;
    expect(venues.filter((v: { name: string }) => v.name.startsWith('Alias Conference'))).toEqual([]);
  });
});

describe('GraphQL in development (APP_ENV=development)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { APP_ENV: 'development' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers introspection and suggests fields, and still limits depth', async () => {
    const schema = await post(t, '{ __schema { queryType { name } } }');
    expect(schema.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await post(t, '{ venus { id } }');
    expect(typo.body.errors[0].message).toMatch(/Did you mean .*"venues"/);
    expect((await post(t, doubling(40))).body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});
