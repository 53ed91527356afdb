import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { mongo } from 'mongoose';
import type { ClientErrorCode } from '@impact-review/domain';
import { AppError } from './app-error';

/**
 * Every code a client may see, and whether it means the failure is ours (logged as an error) rather
 * than the request's. Keyed by the shared list, so a new code does not compile until it is placed here.
 */
export const OUR_FAILURE: Readonly<Record<ClientErrorCode, boolean>> = {
  BAD_USER_INPUT: false,
  UNAUTHENTICATED: false,
  FORBIDDEN: false,
  NOT_FOUND: false,
  CONFLICT: false,
  TOO_MANY_REQUESTS: false,
  QUERY_TOO_COMPLEX: false,
  OVERLOADED: true,
  INTERNAL_SERVER_ERROR: true,
};

/** Driver failures that mean "the database is too busy or unreachable right now", not a bug. */
function isDatabaseBusy(error: unknown): boolean {
  if (
    error instanceof mongo.MongoOperationTimeoutError ||
    error instanceof mongo.MongoServerSelectionError ||
    error instanceof mongo.MongoNetworkError
  )
    return true;
  // 50 = MaxTimeMSExpired: the server gave up on the operation within its time limit.
  return error instanceof mongo.MongoServerError && error.code === 50;
}

export const DATABASE_BUSY_MESSAGE =
  'The service is very busy right now and could not finish this in time. Please try again in a few seconds.';

/** Apollo's own codes for requests that never reached a resolver; they are safe to pass on. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export interface ErrorLogger {
  error(details: Record<string, unknown>, message: string): void;
}

/**
 * The one mapping from failures to what clients see: an AppError keeps its code, message and
 * field errors; request errors keep Apollo's code; anything else is logged and hidden.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: ErrorLogger,
): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // Checks before execution (query limits, text inputs) carry their AppError inside a GraphQLError.
  const original = unwrapped instanceof GraphQLError && unwrapped.originalError instanceof AppError ? unwrapped.originalError : unwrapped;
  if (original instanceof AppError) {
    if (OUR_FAILURE[original.code]) logger.error({ err: original, path: formatted.path }, 'A request failed on our side');
    return {
      message: original.message,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code: original.code,
        reason: original.reason,
        ...(original.fieldErrors.length > 0 ? { fieldErrors: original.fieldErrors } : {}),
      },
    };
  }
  if (isDatabaseBusy(original)) {
    logger.error({ err: original, path: formatted.path }, 'The database did not answer in time');
    return { message: DATABASE_BUSY_MESSAGE, path: formatted.path, extensions: { code: 'OVERLOADED' satisfies ClientErrorCode } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  logger.error({ err: original, path: formatted.path }, 'Unexpected error in a GraphQL operation');
  return {
    message: 'Something went wrong on our side. Please try again.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ClientErrorCode },
  };
}
