import { GraphQLError } from 'graphql';
import { mongo } from 'mongoose';
import { AppError } from './app-error';
import { APP_ERROR_CODES, isClientErrorCode } from '@impact-review/domain';
import { formatGraphqlError, OUR_FAILURE } from './format-graphql-error';

function format(error: unknown, extensions: Record<string, unknown> = {}) {
  const logged: string[] = [];
  const logger = { error: (_details: Record<string, unknown>, message: string) => void logged.push(message) };
  const formatted = formatGraphqlError({ message: 'raw message', path: ['field'], extensions }, error, logger);
  return { formatted, logged };
}

describe('formatGraphqlError', () => {
  it('keeps an AppError with its code, reason and field errors', () => {
    const error = new AppError('BAD_USER_INPUT', 'Fix the title.', [{ path: 'title', message: 'Required.' }], 'INVALID');
    const { formatted, logged } = format(error);
    expect(formatted).toEqual({
      message: 'Fix the title.',
      path: ['field'],
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID', fieldErrors: [{ path: 'title', message: 'Required.' }] },
    });
    expect(logged).toEqual([]);
  });

  it.each([
    ['an operation timeout', new mongo.MongoOperationTimeoutError('Timed out')],
    ['no server to select', new mongo.MongoServerSelectionError('No server', { type: 'Unknown' } as never)],
    ['a network timeout', new mongo.MongoNetworkTimeoutError('Socket timed out')],
    ['a dropped connection', new mongo.MongoNetworkError('Connection closed')],
    ['MaxTimeMSExpired', new mongo.MongoServerError({ code: 50, errmsg: 'operation exceeded time limit' })],
  ])('answers %s with OVERLOADED, a sentence for people and no internals', (_label, error) => {
    const { formatted, logged } = format(error);
    expect(formatted.extensions).toEqual({ code: 'OVERLOADED' });
    expect(formatted.message).toMatch(/very busy/);
    expect(formatted.message).not.toMatch(/Timed out|Socket|Connection|time limit/);
    expect(logged).toHaveLength(1);
  });

  it('does not take other server errors for overload', () => {
    const { formatted } = format(new mongo.MongoServerError({ code: 11000, errmsg: 'E11000 duplicate key' }));
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(formatted.message).not.toMatch(/E11000/);
  });

  it('passes request errors through and hides unexpected ones', () => {
    expect(format(new GraphQLError('Cannot query field'), { code: 'GRAPHQL_VALIDATION_FAILED' }).formatted.extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
    const hidden = format(new TypeError('x is undefined'));
    expect(hidden.formatted).toEqual({
      message: 'Something went wrong on our side. Please try again.',
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(hidden.logged).toHaveLength(1);
  });
});

describe('formatGraphqlError and the shared codes', () => {
  it.each(APP_ERROR_CODES.map((code) => [code]))('passes %s on unchanged, logged only when the failure is ours', (code) => {
    const { formatted, logged } = format(new AppError(code, 'A sentence.'));
    expect(formatted.extensions?.['code']).toBe(code);
    expect(formatted.message).toBe('A sentence.');
    expect(logged).toHaveLength(OUR_FAILURE[code] ? 1 : 0);
  });

  it('answers only with codes of the shared list', () => {
    const codes = [
      format(new Error('boom')).formatted.extensions?.['code'],
      format(new mongo.MongoNetworkError('gone')).formatted.extensions?.['code'],
    ];
    for (const code of codes) expect(isClientErrorCode(code)).toBe(true);
  });
});
