import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { CLIENT_ERROR_CODES } from '@impact-review/domain';
import { DEFAULT_MESSAGES, describeError, fieldErrorMap, unplacedProblems } from './errors';

function graphQLError(code: string, message: string, fieldErrors?: unknown) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message, extensions: { code, ...(fieldErrors === undefined ? {} : { fieldErrors }) } }],
  });
}

describe('describeError', () => {
  it('keeps the code, the server sentence and the field errors of a BAD_USER_INPUT', () => {
    const info = describeError(
      graphQLError('BAD_USER_INPUT', 'Some fields need attention.', [
        { path: 'email', message: 'Enter an email address like name@example.org.' },
        { path: 'deadlines.0.label', message: 'Name this deadline.' },
      ]),
    );
    expect(info.code).toBe('BAD_USER_INPUT');
    expect(info.message).toBe('Some fields need attention.');
    expect(info.fieldErrors).toEqual([
      { path: 'email', message: 'Enter an email address like name@example.org.' },
      { path: 'deadlines.0.label', message: 'Name this deadline.' },
    ]);
  });

  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'])('passes the server message of %s on', (code) => {
    const info = describeError(graphQLError(code, `Server says ${code}`));
    expect(info).toEqual({ code, message: `Server says ${code}`, fieldErrors: [] });
  });

  it('ignores malformed field errors instead of crashing', () => {
    const info = describeError(graphQLError('BAD_USER_INPUT', 'Bad', [{ path: 3 }, 'x', { path: 'a', message: 'ok' }]));
    expect(info.fieldErrors).toEqual([{ path: 'a', message: 'ok' }]);
  });

  it('hides messages of unknown codes behind a generic sentence', () => {
    const info = describeError(graphQLError('GRAPHQL_VALIDATION_FAILED', 'Cannot query field "x" on type "Query".'));
    expect(info.code).toBe('UNKNOWN');
    expect(info.message).toBe(DEFAULT_MESSAGES.UNKNOWN);
  });

  it('uses the default sentence when the server message is empty', () => {
    expect(describeError(graphQLError('FORBIDDEN', '  ')).message).toBe(DEFAULT_MESSAGES.FORBIDDEN);
  });

  it('reports network failures and server errors as such', () => {
    expect(describeError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    const server = new ServerError('Bad gateway', { response: { status: 502 } as Response, bodyText: '' });
    expect(describeError(server).code).toBe('INTERNAL_SERVER_ERROR');
    const html = new ServerError('Bad gateway', { response: { status: 502 } as Response, bodyText: '<html>502</html>' });
    expect(describeError(html).code).toBe('INTERNAL_SERVER_ERROR');
    expect(describeError('weird').code).toBe('UNKNOWN');
  });
});

describe('fieldErrorMap', () => {
  it('maps paths to the first message for each, stripping a prefix', () => {
    expect(
      fieldErrorMap(
        [
          { path: 'input.name', message: 'first' },
          { path: 'input.name', message: 'second' },
          { path: 'password', message: 'pw' },
        ],
        'input.',
      ),
    ).toEqual({ name: 'first', password: 'pw' });
  });

  it('lists the problems no input shows', () => {
    expect(
      unplacedProblems(
        [
          { path: 'name', message: 'a' },
          { path: 'releasePlan', message: 'b' },
        ],
        ['name'],
      ),
    ).toEqual([{ path: 'releasePlan', message: 'b' }]);
  });
});

describe('describeError for a request refused before any work', () => {
  it('reads the GraphQL error a 503 OVERLOADED carries', () => {
    const bodyText = JSON.stringify({
      errors: [{ message: 'The service is very busy right now.', extensions: { code: 'OVERLOADED' } }],
    });
    const refused = new ServerError('Service Unavailable', { response: { status: 503 } as Response, bodyText });
    expect(describeError(refused)).toEqual({
      code: 'OVERLOADED',
      message: 'The service is very busy right now.',
      fieldErrors: [],
    });
  });
});

describe('describeError and the shared codes', () => {
  it.each(CLIENT_ERROR_CODES.map((code) => [code]))('keeps %s with the server sentence, and has a fallback for it', (code) => {
    expect(DEFAULT_MESSAGES[code]).toMatch(/\w/);
    const info = describeError(graphQLError(code, 'From the server.'));
    expect(info.code).toBe(code);
    expect(info.message).toBe('From the server.');
  });
});
