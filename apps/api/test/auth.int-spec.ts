import { startTestApp, TEST_PASSWORD, type TestApp } from './test-app';

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

  it('signs up, signs in with a session cookie, rotates it on login and ends it on logout', async () => {
    const ada = await t.signUp('Ada Lovelace', { email: 'Ada@Example.org', password: 'analytical engine' });
    const browser = ada.client;
    expect((await browser.ok(`query { me { name email roles { role } siteAdmin canCreateVenues } }`)).me).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.org',
      roles: [],
      siteAdmin: false,
      canCreateVenues: false,
    });
    const firstCookie = browser.sessionCookie;
    expect(firstCookie).toMatch(/^ir_session=/);

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
    const { client: browser } = await t.signUp('Two Fields');
    // Query root fields resolve concurrently: the second must wait for the first one's session lookup.
    const result = await browser.request<{ me: { id: string } | null; venues: unknown[] | null }>(
      `query { me { id } venues { id } mySubmissions { id } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.me?.id).toBeTruthy();
    expect(Array.isArray(result.data?.venues)).toBe(true);
  });

  it('sets the cookie HttpOnly and SameSite, not Secure over plain HTTP, and sends no X-Powered-By', async () => {
    const { email } = await t.signUp('Cookie Check');
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email, password: TEST_PASSWORD } } }),
    });
    const header = response.headers.getSetCookie().join(';');
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).not.toMatch(/Secure/i);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect((await fetch(`${t.url}/health`)).headers.get('x-powered-by')).toBeNull();
  });

  it('says UNAUTHENTICATED for a wrong password without revealing whether the account exists', async () => {
    await t.signUp('Alan Turing', { email: 'alan@example.org', password: 'enigma machine' });
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

describe('the session cookie behind a proxy (COOKIE_SECURE=auto, TRUST_PROXY)', () => {
  const login = async (url: string, email: string, proto?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(proto ? { 'x-forwarded-proto': proto } : {}) },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email, password: TEST_PASSWORD } } }),
    });
    return response.headers.getSetCookie().join(';');
  };

  it('is Secure when a trusted proxy says the request came over HTTPS, and only then', async () => {
    const behindProxy = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
    try {
      const { email } = await behindProxy.signUp('Proxied');
      expect(await login(behindProxy.url, email, 'https')).toMatch(/;\s*Secure/i);
      expect(await login(behindProxy.url, email, 'http')).not.toMatch(/Secure/i);
    } finally {
      await behindProxy.close();
    }
    // Without a trusted proxy, anyone could send the header: it is ignored.
    const direct = await startTestApp();
    try {
      const { email } = await direct.signUp('Direct');
      expect(await login(direct.url, email, 'https')).not.toMatch(/Secure/i);
    } finally {
      await direct.close();
    }
  });

  it('is always Secure with COOKIE_SECURE=true', async () => {
    const strict = await startTestApp({ env: { COOKIE_SECURE: 'true' } });
    try {
      const { email } = await strict.signUp('Strict');
      expect(await login(strict.url, email)).toMatch(/;\s*Secure/i);
    } finally {
      await strict.close();
    }
  });
});
