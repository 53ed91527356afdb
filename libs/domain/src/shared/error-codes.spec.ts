import { APP_ERROR_CODES, CLIENT_ERROR_CODES, isClientErrorCode } from './error-codes';

describe('client error codes', () => {
  it('holds every AppError code and INTERNAL_SERVER_ERROR, each once', () => {
    expect(new Set(CLIENT_ERROR_CODES).size).toBe(CLIENT_ERROR_CODES.length);
    for (const code of APP_ERROR_CODES) expect(CLIENT_ERROR_CODES).toContain(code);
    expect(CLIENT_ERROR_CODES).toContain('INTERNAL_SERVER_ERROR');
  });

  it.each([
    ['NOT_FOUND', true],
    ['INTERNAL_SERVER_ERROR', true],
    ['GRAPHQL_VALIDATION_FAILED', false],
    ['not_found', false],
    ['', false],
    [undefined, false],
    [42, false],
  ])('isClientErrorCode(%p) is %p', (value, expected) => {
    expect(isClientErrorCode(value)).toBe(expected);
  });
});
