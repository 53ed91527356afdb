// The error codes a client may see in `extensions.code`, written once for the API (which emits them)
// and the web (which explains them), so a new code cannot reach one side only.

/** Codes a feature may raise as an AppError; the message is written for a person. */
export const APP_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  /** One person or address asked too often (sign-in attempts, mail requests); the message says when to retry. */
  'TOO_MANY_REQUESTS',
  /** The service is at capacity right now; nothing was changed and the same request may be retried shortly. */
  'OVERLOADED',
  /** The query is too deep, has too many aliases or would cost too much to answer. */
  'QUERY_TOO_COMPLEX',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** Every code the API puts on the wire: the AppError codes and the one for anything unexpected. */
export const CLIENT_ERROR_CODES = [...APP_ERROR_CODES, 'INTERNAL_SERVER_ERROR'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

const CLIENT_CODES: ReadonlySet<string> = new Set(CLIENT_ERROR_CODES);

export function isClientErrorCode(value: unknown): value is ClientErrorCode {
  return typeof value === 'string' && CLIENT_CODES.has(value);
}
