import { startTestApp, type TestApp } from './test-app';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { id name email roles { venueId role } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id email } }`;
const ME = `query { me { id name email } }`;
const LOGOUT = `mutation { logout }`;

describe('accounts and sessions (real FerretDB)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('registers, signs in with a session cookie, rotates it on login and ends it on logout', async () => {
    const browser = t.client();
    const registered = await browser.ok(REGISTER, {
      input: { name: 'Ada Lovelace', email: 'Ada@Example.org', password: 'analytical engine' },
    });
    expect(registered.register).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.org', roles: [] });
    const firstCookie = browser.sessionCookie;
    expect(firstCookie).toMatch(/^ir_session=/);
    expect((await browser.ok(ME)).me.email).toBe('ada@example.org');

    await browser.ok(LOGIN, { input: { email: 'ada@example.org', password: 'analytical engine' } });
    expect(browser.sessionCookie).not.toBe(firstCookie);

    // The rotated-out token no longer works.
    const stale = t.client();
    (stale as unknown as { cookie: string }).cookie = firstCookie;
    expect((await stale.ok(ME)).me).toBeNull();

    await browser.ok(LOGOUT);
    expect((await browser.ok(ME)).me).toBeNull();
  });

  it('resolves the session once for every root field of a request, also when they run at the same time', async () => {
    const browser = t.client();
    await browser.ok(REGISTER, {
      input: { name: 'Two Fields', email: 'two-fields@example.org', password: 'two root fields' },
    });
    // Query root fields resolve concurrently: the second must wait for the first one's session lookup.
    const result = await browser.request<{ me: { id: string } | null; venues: unknown[] | null }>(
      `query { me { id } venues { id } mySubmissions { id } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.me?.id).toBeTruthy();
    expect(Array.isArray(result.data?.venues)).toBe(true);
  });

  it('sets the cookie HttpOnly and SameSite', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: REGISTER,
        variables: { input: { name: 'Cookie Check', email: 'cookie@example.org', password: 'long enough pw' } },
      }),
    });
    const header = response.headers.getSetCookie().join(';');
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
  });

  it('rejects bad registration input with field paths and saves nothing', async () => {
    const browser = t.client();
    const result = await browser.request(REGISTER, { input: { name: 'B', email: 'not-an-email', password: 'short' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.path).sort()).toEqual(['email', 'name', 'password']);
    const retry = await t.client().request(LOGIN, { input: { email: 'not-an-email', password: 'short' } });
    expect(retry.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a second account for the same email', async () => {
    const input = { name: 'Grace Hopper', email: 'grace@example.org', password: 'compiler first' };
    await t.client().ok(REGISTER, { input });
    const again = await t.client().request(REGISTER, { input: { ...input, email: 'GRACE@example.org' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions?.fieldErrors?.[0]?.path).toBe('email');
  });

  it('says UNAUTHENTICATED for a wrong password without revealing whether the account exists', async () => {
    await t.client().ok(REGISTER, { input: { name: 'Alan Turing', email: 'alan@example.org', password: 'enigma machine' } });
    const wrong = await t.client().request(LOGIN, { input: { email: 'alan@example.org', password: 'bombe machine' } });
    const unknown = await t.client().request(LOGIN, { input: { email: 'nobody@example.org', password: 'bombe machine' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('reports health of the API and the database', async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', api: { status: 'up' }, database: { status: 'up' } });
  });

  it('hides internals: a malformed query gets a GraphQL error code, never a stack trace', async () => {
    const result = await t.client().request('query { nope }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts:/);
  });
});
