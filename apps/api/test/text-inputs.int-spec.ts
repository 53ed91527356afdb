// No text input takes control characters: one check over every GraphQL argument refuses NUL and
// the other C0 controls everywhere, and tab or line breaks outside multi-line fields, with a field
// error and before anything runs.
import { startTestApp, type GraphqlResult, type SignedUpPerson, type TestApp } from './test-app';

const CREATE_VENUE = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id description } }`;
const VENUES = `query { venues { name } }`;

function fieldErrors(result: GraphqlResult): { path: string; message: string }[] {
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return result.errors?.[0]?.extensions?.fieldErrors ?? [];
}

const venueInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Control Conference',
  shortName: `CC ${Math.random().toString(36).slice(2, 7)}`,
  kind: 'conference',
  timeZone: 'UTC',
  description: '',
  deadlines: [],
  ...overrides,
});

describe('control characters in text inputs (every mutation, one check)', () => {
  let t: TestApp;
  let chair: SignedUpPerson;

  beforeAll(async () => {
    t = await startTestApp();
    chair = await t.signUp('Careful Chair', { canCreateVenues: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a NUL in a venue name and saves nothing', async () => {
    const result = await chair.client.request(CREATE_VENUE, {
      input: venueInput({ name: 'Null\u0000Conference' }),
    });
    expect(fieldErrors(result)).toEqual([
      {
        path: 'input.name',
        message: 'Remove a null character (U+0000) from this text; it may have come with pasted text.',
      },
    ]);
    expect((await chair.client.ok(VENUES)).venues.map((v: { name: string }) => v.name)).not.toContain(
      'Null\u0000Conference',
    );
  });

  it('allows line breaks and tabs in a multi-line description but not an escape character, and names nested paths', async () => {
    const ok = await chair.client.ok(CREATE_VENUE, {
      input: venueInput({ description: 'Line one\n\tindented\r\nline three' }),
    });
    expect(ok.createVenue.description).toBe('Line one\n\tindented\r\nline three');

    const result = await chair.client.request(CREATE_VENUE, {
      input: venueInput({
        name: 'Two\nLines',
        description: 'Red \u001b[31malert',
        deadlines: [{ label: 'Bell\u0007', dueLocal: '2030-05-01T12:00' }],
      }),
    });
    expect(fieldErrors(result).map((e) => e.path)).toEqual([
      'input.name',
      'input.description',
      'input.deadlines.0.label',
    ]);
    expect(fieldErrors(result)[0]?.message).toBe(
      'This field takes a single line: remove a line break (U+000A).',
    );
  });

  it('checks inline arguments as well as variables', async () => {
    const result = await chair.client.request(
      `mutation { createVenue(input: { name: "Inline\\u0000Name", shortName: "INL", kind: conference, timeZone: "UTC", deadlines: [] }) { id } }`,
    );
    expect(fieldErrors(result).map((e) => e.path)).toEqual(['input.name']);
  });

  it('covers the account mutations: sign-in, sign-up, password reset', async () => {
    const login = await t.client().request(`mutation($input: LoginInput!) { login(input: $input) { id } }`, {
      input: { email: `${chair.email}\u0000`, password: 'whatever password' },
    });
    expect(fieldErrors(login).map((e) => e.path)).toEqual(['input.email']);
    const signUp = await t
      .client()
      .request(`mutation($email: String!) { requestSignUp(email: $email) { email } }`, {
        email: 'new\u0008person@example.org',
      });
    expect(fieldErrors(signUp).map((e) => e.path)).toEqual(['email']);
    const complete = await t
      .client()
      .request(`mutation($input: CompleteSignUpInput!) { completeSignUp(input: $input) { id } }`, {
        input: { token: 'x', name: 'Tab\tName', password: 'long enough password' },
      });
    expect(fieldErrors(complete).map((e) => e.path)).toEqual(['input.name']);
    const reset = await t
      .client()
      .request(`mutation($email: String!) { requestPasswordReset(email: $email) { email } }`, {
        email: 'reset\u001f@example.org',
      });
    expect(fieldErrors(reset).map((e) => e.path)).toEqual(['email']);
  });

  it('covers invitations and submissions too', async () => {
    const venue = (await chair.client.ok(CREATE_VENUE, { input: venueInput() })).createVenue;
    const invite = await chair.client.request(
      `mutation($input: InviteInput!) { inviteToVenue(input: $input) { id } }`,
      {
        input: {
          venueId: venue.id,
          email: 'reviewer@example.org',
          role: 'expert_reviewer',
          message: 'Hello\u0000there',
        },
      },
    );
    expect(fieldErrors(invite).map((e) => e.path)).toEqual(['input.message']);
    const submission = await chair.client.request(
      `mutation($input: SubmissionInput!) { createSubmission(input: $input) { id } }`,
      {
        input: {
          venueId: venue.id,
          title: 'A title\u0000with a NUL',
          abstract: 'Paragraph one.\n\nParagraph two.',
          links: { paperUrl: '', openReviewUrl: '', doi: '', repositoryUrl: '' },
          artifacts: [
            {
              key: 'paper',
              kind: 'paper_concept',
              name: 'Paper',
              description: 'The\u0007paper.',
              powerLevel: 'description_only',
            },
          ],
        },
      },
    );
    expect(fieldErrors(submission).map((e) => e.path)).toEqual([
      'input.title',
      'input.artifacts.0.description',
    ]);
    expect((await chair.client.ok(`query { mySubmissions { id } }`)).mySubmissions).toEqual([]);
  });
});
