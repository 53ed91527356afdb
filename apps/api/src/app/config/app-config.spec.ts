import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.mongodbUri).toBe('');
    expect(config.publicWebUrl).toBe('http://localhost:4200');
    expect(config.cookieSecure).toBe('auto');
    expect(config.trustProxy).toBe(false);
    expect(config.appEnv).toBe('production');
    expect(config.loginFailuresPerAccount).toEqual({ max: 5, windowMinutes: 15 });
    expect(config.loginFailuresPerAddress).toEqual({ max: 50, windowMinutes: 15 });
    expect(config.accountMailsPerEmail).toEqual({ max: 3, windowMinutes: 60 });
    expect(config.accountMailsPerAddress).toEqual({ max: 20, windowMinutes: 60 });
    expect([...config.siteAdminEmails]).toEqual([]);
  });

  it.each([
    ['true', true],
    ['1', true],
    ['false', false],
    ['auto', 'auto'],
  ])('reads COOKIE_SECURE=%s', (raw, expected) => {
    expect(loadConfig({ COOKIE_SECURE: raw }).cookieSecure).toBe(expected);
  });

  it.each([
    ['', false],
    ['false', false],
    ['1', 1],
    ['2', 2],
    ['loopback', ['loopback']],
    ['10.0.0.1, 192.168.0.0/16, ::1, fd00::/8, uniquelocal', ['10.0.0.1', '192.168.0.0/16', '::1', 'fd00::/8', 'uniquelocal']],
  ])('reads TRUST_PROXY=%j', (raw, expected) => {
    expect(loadConfig({ TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it('reads site administrators and rate limits', () => {
    const config = loadConfig({
      SITE_ADMIN_EMAILS: ' Root@Example.org, ops@example.org ',
      LOGIN_FAILURES_PER_ACCOUNT_MAX: '3',
      LOGIN_FAILURES_PER_ACCOUNT_WINDOW_MINUTES: '30',
      APP_ENV: 'development',
    });
    expect([...config.siteAdminEmails]).toEqual(['root@example.org', 'ops@example.org']);
    expect(config.loginFailuresPerAccount).toEqual({ max: 3, windowMinutes: 30 });
    expect(config.appEnv).toBe('development');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ MONGODB_URI: 'http://x' }, 'MONGODB_URI'],
    [{ SMTP_URL: 'nope' }, 'SMTP_URL'],
    [{ COOKIE_SECURE: 'maybe' }, 'COOKIE_SECURE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SESSION_TTL_HOURS: '0' }, 'SESSION_TTL_HOURS'],
    [{ DB_OPERATION_TIMEOUT_MS: '5' }, 'DB_OPERATION_TIMEOUT_MS'],
    [{ DB_POOL_SIZE: '0' }, 'DB_POOL_SIZE'],
    [{ MAX_CONCURRENT_REQUESTS: 'lots' }, 'MAX_CONCURRENT_REQUESTS'],
    [{ MAX_QUEUED_REQUESTS: '-1' }, 'MAX_QUEUED_REQUESTS'],
    [{ MAX_QUEUE_WAIT_MS: '1.5' }, 'MAX_QUEUE_WAIT_MS'],
    [{ DB_COMMAND_STATS: 'yes' }, 'DB_COMMAND_STATS'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.300' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/40' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '99' }, 'TRUST_PROXY'],
    [{ APP_ENV: 'staging' }, 'APP_ENV'],
    [{ SITE_ADMIN_EMAILS: 'root@example.org, root' }, 'SITE_ADMIN_EMAILS'],
    [{ LOGIN_FAILURES_PER_ACCOUNT_MAX: '0' }, 'LOGIN_FAILURES_PER_ACCOUNT_MAX'],
    [{ ACCOUNT_MAILS_PER_ADDRESS_WINDOW_MINUTES: 'hour' }, 'ACCOUNT_MAILS_PER_ADDRESS_WINDOW_MINUTES'],
  ])('names the bad variable in %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.variable)).toEqual([variable]);
      expect((error as Error).message).toContain(variable);
    }
  });

  it('moves the clock only for tests', () => {
    expect(loadConfig({}).testClockFile).toBe('');
    expect(loadConfig({ TEST_CLOCK_FILE: '/tmp/clock', NODE_ENV: 'test' }).testClockFile).toBe('/tmp/clock');
    expect(() => loadConfig({ TEST_CLOCK_FILE: '/tmp/clock', NODE_ENV: 'production' })).toThrow(/TEST_CLOCK_FILE/);
    expect(() => loadConfig({ TEST_CLOCK_FILE: '/tmp/clock' })).toThrow(ConfigError);
  });
});
