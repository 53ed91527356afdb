// One place turns whatever Apollo reports into what a person can act on: a sentence for the form
// (from `extensions.code` and the server's message) and messages per input (from
// `extensions.fieldErrors[].path`).
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { isClientErrorCode, type ClientErrorCode } from '@impact-review/domain';

export interface FieldProblem {
  path: string;
  message: string;
}

/** The API's codes (one shared list in `libs/domain`) and two the browser adds itself. */
export type ErrorCode = ClientErrorCode | 'NETWORK' | 'UNKNOWN';

export interface AppErrorInfo {
  code: ErrorCode;
  /** A sentence for the person, shown above the form or in place of a page. */
  message: string;
  fieldErrors: FieldProblem[];
}

/**
 * Fallback sentences for each code, used when the server sends no better message. Keyed by the
 * shared list, so a code the API adds does not compile until it has a sentence here.
 */
export const DEFAULT_MESSAGES: Readonly<Record<ErrorCode, string>> = {
  BAD_USER_INPUT: 'Some fields need attention.',
  UNAUTHENTICATED: 'Sign in to continue.',
  FORBIDDEN: 'You do not have permission to do this.',
  NOT_FOUND: 'We could not find this. It may have been removed, or you may not have access to it.',
  CONFLICT: 'Someone else changed this in the meantime. Reload to see the latest version, then try again.',
  TOO_MANY_REQUESTS: 'Too many attempts in a short time. Wait a few minutes, then try again.',
  OVERLOADED: 'The service is very busy right now. Nothing was lost; please try again in a few seconds.',
  QUERY_TOO_COMPLEX: 'This request asks for too much at once.',
  NETWORK: 'We could not reach the server. Check your connection and try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again.',
  UNKNOWN: 'Something went wrong. Please try again.',
};

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldProblem).path === 'string' &&
    typeof (value as FieldProblem).message === 'string'
  );
}

/** Apollo's own codes (a malformed query) and anything unlisted are not for people: UNKNOWN. */
function codeOf(raw: unknown): ErrorCode {
  return isClientErrorCode(raw) ? raw : 'UNKNOWN';
}

function graphQLErrorInBody(bodyText: string): AppErrorInfo | null {
  try {
    const body = JSON.parse(bodyText) as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
    const first = body.errors?.[0];
    const code = codeOf(first?.extensions?.code);
    if (code === 'UNKNOWN') return null;
    const message = typeof first?.message === 'string' && first.message.trim() ? first.message : DEFAULT_MESSAGES[code];
    return { code, message, fieldErrors: [] };
  } catch {
    return null;
  }
}

/** Describes any error Apollo (or fetch) produced; never throws. */
export function describeError(error: unknown): AppErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = codeOf(first?.extensions?.['code']);
    const fieldErrors = error.errors.flatMap((e) => {
      const list = e.extensions?.['fieldErrors'];
      return Array.isArray(list) ? list.filter(isFieldProblem) : [];
    });
    const serverMessage = first?.message?.trim();
    // Server messages of known codes are written for people; others (validation of the query
    // itself, unexpected failures) are not, so they get the generic sentence.
    const message = code !== 'UNKNOWN' && serverMessage ? serverMessage : DEFAULT_MESSAGES[code];
    return { code, message, fieldErrors };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    const status = ServerError.is(error) ? error.statusCode : 0;
    // A refusal before any work (503 OVERLOADED) still carries a GraphQL error body.
    const refusal = ServerError.is(error) ? graphQLErrorInBody(error.bodyText) : null;
    if (refusal) return refusal;
    return {
      code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK',
      message: status >= 500 ? DEFAULT_MESSAGES.INTERNAL_SERVER_ERROR : DEFAULT_MESSAGES.NETWORK,
      fieldErrors: [],
    };
  }
  if (error instanceof TypeError) {
    // fetch rejects with a TypeError when the network is down.
    return { code: 'NETWORK', message: DEFAULT_MESSAGES.NETWORK, fieldErrors: [] };
  }
  return { code: 'UNKNOWN', message: DEFAULT_MESSAGES.UNKNOWN, fieldErrors: [] };
}

/**
 * Field problems keyed by input path, first message per path. `prefix` strips a leading segment the
 * server adds (e.g. `input.`), so paths match the names the form uses.
 */
export function fieldErrorMap(problems: readonly FieldProblem[], prefix = ''): Record<string, string> {
  const map: Record<string, string> = {};
  for (const problem of problems) {
    const path = prefix && problem.path.startsWith(prefix) ? problem.path.slice(prefix.length) : problem.path;
    if (!(path in map)) map[path] = problem.message;
  }
  return map;
}

/** Problems whose path no input of the form shows, so they can be listed in the form summary. */
export function unplacedProblems(
  problems: readonly FieldProblem[],
  knownPaths: readonly string[],
): FieldProblem[] {
  const known = new Set(knownPaths);
  return problems.filter((problem) => !known.has(problem.path));
}
