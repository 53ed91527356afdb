import pino, { type Logger } from 'pino';

/** One structured logger for the process; requests get a child carrying their request id. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'api' }, redact: ['req.headers.cookie', 'req.headers.authorization'] });
}
