// Configuration is read once at start-up from the environment and validated as a whole, so a bad
// variable stops the process with its name instead of failing later in a request.
import { isIP } from 'node:net';
import { readSigningKey } from '@impact-review/audit';
import { parseAdminEmails } from '@impact-review/domain';

/** Express's `trust proxy`: false, a number of proxy hops, or the addresses of trusted proxies. */
export type TrustProxy = false | number | string[];

/** A limit on how often something may happen within a window. */
export interface RateLimit {
  max: number;
  windowMinutes: number;
}

/** Moving the clock is for browser tests: anywhere else the setting is refused at start-up. */
function testClockFile(env: NodeJS.ProcessEnv): string {
  const file = env['TEST_CLOCK_FILE'] || '';
  if (file && env['NODE_ENV'] !== 'test') throw new ConfigError([{ variable: 'TEST_CLOCK_FILE', message: 'moves the app’s clock and is accepted only when NODE_ENV=test.' }]);
  return file;
}

export interface AppConfig {
  host: string;
  port: number;
  /** Empty when the embedded database should be started. */
  mongodbUri: string;
  dataDir: string;
  smtpUrl: string;
  mailFrom: string;
  /** Where people open the web app; used in links inside emails. */
  publicWebUrl: string;
  sessionTtlHours: number;
  /** Session cookie `Secure`: always, never, or when the request came over HTTPS (auto, see trustProxy). */
  cookieSecure: boolean | 'auto';
  /**
   * Which proxies in front of the API to believe about the client's address and protocol
   * (X-Forwarded-For/-Proto). False: nobody; the socket's peer is the client.
   */
  trustProxy: TrustProxy;
  /** development turns on GraphQL introspection and "Did you mean" hints (npm start); production hides them. */
  appEnv: 'development' | 'production';
  /** Failed sign-ins per account (email) before further attempts wait for the window to pass. */
  loginFailuresPerAccount: RateLimit;
  /** Failed sign-ins per client address; higher, since many people can share one address. */
  loginFailuresPerAddress: RateLimit;
  /** Account mails (sign-up links, password resets) per email address. */
  accountMailsPerEmail: RateLimit;
  /** Account mails per client address. */
  accountMailsPerAddress: RateLimit;
  /** Incident reports from the public, per address they name and per network. */
  incidentReportsPerEmail: RateLimit;
  incidentReportsPerAddress: RateLimit;
  /** Normalized addresses of site administrators (SITE_ADMIN_EMAILS), applied to their accounts. */
  siteAdminEmails: ReadonlySet<string>;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Served as static files when set (used by e2e tests and production-like runs). */
  webDistDir: string;
  /** Browser tests only (NODE_ENV=test): a file holding how far the app's clock runs ahead, in ms. */
  testClockFile: string;
  /** Fill an empty database with the demo venue, people and statements (npm start). */
  seedDemoData: boolean;
  /** Longest a single database operation may take before the request fails with OVERLOADED. */
  dbOperationTimeoutMs: number;
  /** Connections to the database per API process. */
  dbPoolSize: number;
  /** GraphQL requests one API process works on at once; more wait in a queue. */
  maxConcurrentRequests: number;
  /** Requests allowed to wait for a free slot; beyond that they are refused at once with OVERLOADED. */
  maxQueuedRequests: number;
  /** Longest a request waits in the queue before it is refused with OVERLOADED. */
  maxQueueWaitMs: number;
  /** Report each request's database commands (`x-db-commands`) and server time (`server-timing`): benchmarks, tests. */
  dbCommandStats: boolean;
  /**
   * Signs links in mails that work without signing in (unsubscribe). Unset: a random secret is
   * made once and kept in the database, so every API process on that database agrees.
   */
  mailLinkSecret: string | null;
  /**
   * Base64 PKCS#8 Ed25519 key that signs the venues' logs. Unset: one is made on first start and
   * kept in the database (fine for development; production should set it and keep a copy).
   */
  auditSigningKey: string | null;
  /** Durable jobs (mail outbox, housekeeping, digests): see jobs/. */
  jobs: JobsConfig;
}

export interface JobsConfig {
  /** Run a worker in this process (every API process may; they share the queue safely). */
  enabled: boolean;
  /** How often an idle worker looks for due jobs; jobs enqueued by this process wake it at once. */
  pollMs: number;
  /** Jobs one process runs at the same time. */
  concurrency: number;
  /** A claimed job is its worker's for this long, renewed by heartbeats every third of it. */
  leaseMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** Finished jobs and sent mail are kept this long for the jobs page, then removed. */
  retentionHours: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      'Invalid configuration:\n' + problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n'),
    );
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const problems: { variable: string; message: string }[] = [];

  const int = (variable: string, fallback: number, min: number, max: number): number => {
    const raw = env[variable];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push({ variable, message: `must be a whole number from ${min} to ${max}, got "${raw}"` });
      return fallback;
    }
    return value;
  };
  const url = (variable: string, fallback: string, protocols: string[]): string => {
    const raw = env[variable] || fallback;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) {
        problems.push({ variable, message: `must start with ${protocols.join(' or ')}, got "${raw}"` });
      }
    } catch {
      problems.push({ variable, message: `is not a valid URL: "${raw}"` });
    }
    return raw;
  };
  const bool = (variable: string, fallback: boolean): boolean => {
    const raw = env[variable];
    if (raw === undefined || raw === '') return fallback;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    problems.push({ variable, message: `must be true or false, got "${raw}"` });
    return fallback;
  };

  const logLevel = (env['LOG_LEVEL'] || 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push({ variable: 'LOG_LEVEL', message: `must be one of ${LOG_LEVELS.join(', ')}` });
  }
  const choice = <T extends string>(variable: string, fallback: T, values: readonly T[]): T => {
    const raw = env[variable];
    if (raw === undefined || raw === '') return fallback;
    if ((values as readonly string[]).includes(raw)) return raw as T;
    problems.push({ variable, message: `must be one of ${values.join(', ')}, got "${raw}"` });
    return fallback;
  };
  const secret = (variable: string, minLength: number): string | null => {
    const raw = env[variable];
    if (raw === undefined || raw === '') return null;
    if (raw.length < minLength) problems.push({ variable, message: `must be at least ${minLength} characters long` });
    return raw;
  };
  const signingKey = (raw: string | undefined): string | null => {
    if (raw === undefined || raw === '') return null;
    try {
      readSigningKey(raw);
    } catch (error) {
      problems.push({ variable: 'AUDIT_SIGNING_KEY', message: error instanceof Error ? error.message : String(error) });
    }
    return raw;
  };
  const cookieSecure = choice('COOKIE_SECURE', 'auto', ['true', 'false', 'auto', '1', '0'] as const);
  const adminEmails = parseAdminEmails(env['SITE_ADMIN_EMAILS'] ?? '');
  if (adminEmails.invalid.length > 0) {
    problems.push({
      variable: 'SITE_ADMIN_EMAILS',
      message: `must be email addresses separated by commas; not an address: ${adminEmails.invalid.map((e) => `"${e}"`).join(', ')}`,
    });
  }
  const trustProxy = parseTrustProxy(env['TRUST_PROXY'] ?? '', (message) => problems.push({ variable: 'TRUST_PROXY', message }));
  const limit = (prefix: string, max: number, windowMinutes: number): RateLimit => ({
    max: int(`${prefix}_MAX`, max, 1, 1_000_000),
    windowMinutes: int(`${prefix}_WINDOW_MINUTES`, windowMinutes, 1, 24 * 60),
  });
  const mongodbUri = env['MONGODB_URI'] ?? '';
  if (mongodbUri) url('MONGODB_URI', mongodbUri, ['mongodb:', 'mongodb+srv:']);

  const config: AppConfig = {
    host: env['HOST'] || '127.0.0.1',
    port: int('PORT', 3000, 0, 65535),
    mongodbUri,
    dataDir: env['DATA_DIR'] || '.data',
    smtpUrl: url('SMTP_URL', 'smtp://127.0.0.1:1025', ['smtp:', 'smtps:']),
    mailFrom: env['MAIL_FROM'] || 'Impact Review <no-reply@impact-review.local>',
    publicWebUrl: url('PUBLIC_WEB_URL', 'http://localhost:4200', ['http:', 'https:']).replace(/\/$/, ''),
    sessionTtlHours: int('SESSION_TTL_HOURS', 24 * 14, 1, 24 * 365),
    cookieSecure: cookieSecure === 'auto' ? 'auto' : cookieSecure === 'true' || cookieSecure === '1',
    trustProxy,
    appEnv: choice('APP_ENV', 'production', ['development', 'production'] as const),
    loginFailuresPerAccount: limit('LOGIN_FAILURES_PER_ACCOUNT', 5, 15),
    loginFailuresPerAddress: limit('LOGIN_FAILURES_PER_ADDRESS', 50, 15),
    accountMailsPerEmail: limit('ACCOUNT_MAILS_PER_EMAIL', 3, 60),
    accountMailsPerAddress: limit('ACCOUNT_MAILS_PER_ADDRESS', 20, 60),
    incidentReportsPerEmail: limit('INCIDENT_REPORTS_PER_EMAIL', 3, 60),
    incidentReportsPerAddress: limit('INCIDENT_REPORTS_PER_ADDRESS', 10, 60),
    siteAdminEmails: adminEmails.emails,
    logLevel,
    webDistDir: env['WEB_DIST_DIR'] || '',
    testClockFile: testClockFile(env),
    seedDemoData: bool('SEED_DEMO_DATA', false),
    dbOperationTimeoutMs: int('DB_OPERATION_TIMEOUT_MS', 10_000, 100, 600_000),
    dbPoolSize: int('DB_POOL_SIZE', 32, 1, 1000),
    maxConcurrentRequests: int('MAX_CONCURRENT_REQUESTS', 64, 1, 10_000),
    maxQueuedRequests: int('MAX_QUEUED_REQUESTS', 2000, 0, 100_000),
    maxQueueWaitMs: int('MAX_QUEUE_WAIT_MS', 5000, 0, 600_000),
    dbCommandStats: bool('DB_COMMAND_STATS', false),
    mailLinkSecret: secret('MAIL_LINK_SECRET', 32),
    auditSigningKey: signingKey(env['AUDIT_SIGNING_KEY']),
    jobs: {
      enabled: bool('JOBS_ENABLED', true),
      pollMs: int('JOBS_POLL_MS', 1000, 10, 600_000),
      concurrency: int('JOBS_CONCURRENCY', 4, 1, 100),
      leaseMs: int('JOBS_LEASE_MS', 30_000, 300, 3_600_000),
      maxAttempts: int('JOBS_MAX_ATTEMPTS', 8, 1, 100),
      retryBaseMs: int('JOBS_RETRY_BASE_MS', 5_000, 10, 3_600_000),
      retryMaxMs: int('JOBS_RETRY_MAX_MS', 3_600_000, 10, 7 * 24 * 3_600_000),
      retentionHours: int('JOBS_RETENTION_HOURS', 24 * 7, 1, 24 * 365),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY: empty or "false" (trust nobody), a number of proxy hops ("1": one reverse proxy in
 * front), or comma-separated proxy addresses, subnets and names (loopback, linklocal, uniquelocal).
 * "true" is refused: trusting every hop lets any client choose the address it is throttled under.
 */
function parseTrustProxy(raw: string, problem: (message: string) => void): TrustProxy {
  const value = raw.trim();
  if (value === '' || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) problem(`must be at most 10 proxy hops, got "${raw}"`);
    return hops;
  }
  if (value === 'true') {
    problem('"true" would let any client pick its own address; give the number of proxies in front of the API (e.g. 1) or their addresses');
    return false;
  }
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  const invalid = entries.filter((entry) => {
    if (PROXY_NAMES.includes(entry)) return false;
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address ?? '');
    if (family === 0 || extra !== undefined) return true;
    if (bits === undefined) return false;
    return !/^\d+$/.test(bits) || Number(bits) > (family === 4 ? 32 : 128);
  });
  if (invalid.length > 0) {
    problem(`must be false, a number of hops, or addresses/subnets/${PROXY_NAMES.join('/')}; not understood: ${invalid.join(', ')}`);
    return false;
  }
  return entries;
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
