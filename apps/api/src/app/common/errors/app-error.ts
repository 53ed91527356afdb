import { IntrinsicException } from '@nestjs/common';
import type { AppErrorCode, FieldError } from '@impact-review/domain';

/** The codes an AppError may carry: the shared list in `libs/domain`, which the web explains too. */
export type ErrorCode = AppErrorCode;

export interface ErrorDefinition {
  code: ErrorCode;
  message: string;
}

/**
 * Each feature names its failures once with `defineErrors`; the code of each name is part of its
 * definition, so a name without a mapping does not compile.
 */
export function defineErrors<const T extends Record<string, ErrorDefinition>>(definitions: T): T {
  return definitions;
}

/**
 * A failure the client may see: a code, a sentence for a person, and field errors for forms.
 * Intrinsic, so Nest does not log an expected refusal as a server error.
 */
export class AppError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    /** The feature's name for this failure, e.g. SUBMISSION_NOT_FOUND. */
    readonly reason: string = code,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static of(definition: ErrorDefinition & { name?: string }, fieldErrors: FieldError[] = []): AppError {
    return new AppError(definition.code, definition.message, fieldErrors);
  }

  static badInput(fieldErrors: FieldError[], message = 'Some fields need attention.'): AppError {
    return new AppError('BAD_USER_INPUT', message, fieldErrors);
  }
}

/** Raise a named failure of a feature's error table. */
export function fail<T extends Record<string, ErrorDefinition>>(
  table: T,
  name: keyof T & string,
  fieldErrors: FieldError[] = [],
): never {
  const definition = table[name];
  throw new AppError(definition.code, definition.message, fieldErrors, name);
}

/** Like `fail`, with a message naming specifics (an address, a time); the code and reason stay the table's. */
export function failSaying<T extends Record<string, ErrorDefinition>>(table: T, name: keyof T & string, message: string): never {
  throw new AppError(table[name].code, message, [], name);
}
