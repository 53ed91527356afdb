import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.mongodbUri).toBe('');
    expect(config.publicWebUrl).toBe('http://localhost:4200');
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
  ])('names the bad variable in %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.variable)).toEqual([variable]);
      expect((error as Error).message).toContain(variable);
    }
  });
});
