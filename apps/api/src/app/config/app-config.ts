// Configuration is read once at start-up from the environment and validated as a whole, so a bad
// variable stops the process with its name instead of failing later in a request.

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
  cookieSecure: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Served as static files when set (used by e2e tests and production-like runs). */
  webDistDir: string;
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
    cookieSecure: bool('COOKIE_SECURE', false),
    logLevel,
    webDistDir: env['WEB_DIST_DIR'] || '',
    seedDemoData: bool('SEED_DEMO_DATA', false),
    dbOperationTimeoutMs: int('DB_OPERATION_TIMEOUT_MS', 10_000, 100, 600_000),
    dbPoolSize: int('DB_POOL_SIZE', 32, 1, 1000),
    maxConcurrentRequests: int('MAX_CONCURRENT_REQUESTS', 64, 1, 10_000),
    maxQueuedRequests: int('MAX_QUEUED_REQUESTS', 2000, 0, 100_000),
    maxQueueWaitMs: int('MAX_QUEUE_WAIT_MS', 5000, 0, 600_000),
    dbCommandStats: bool('DB_COMMAND_STATS', false),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
