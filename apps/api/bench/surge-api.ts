// What the surge benchmark asks of the API, in one place: setting up authors with drafts and the
// autosave itself. Accounts and sessions are written straight into the database (the benchmark
// measures autosaves at a deadline, not sign-ups, which cost an argon2 hash each); everything else
// goes through GraphQL as the web app sends it.
import { mongo } from 'mongoose';
import { DEMO_SUBMISSIONS } from '../src/app/demo/demo-data';
import { hashPassword } from '../src/app/auth/password';
import { hashToken, newToken, SESSION_COOKIE } from '../src/app/auth/session-token';

export const BENCH_PASSWORD = 'surge-benchmark-password';

export interface BenchAuthor {
  userId: string;
  cookie: string;
}

export interface GraphqlResponse {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of several operations, read field by field
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };
  dbCommands: number | null;
  /** Time the server spent on the request, queueing included (server-timing), when it reports it. */
  serverMs: number | null;
}

export async function graphql(
  url: string,
  cookie: string,
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<GraphqlResponse> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });
  return readResponse(response);
}

async function readResponse(response: Response): Promise<GraphqlResponse> {
  const text = await response.text();
  let body: GraphqlResponse['body'];
  try {
    body = JSON.parse(text) as GraphqlResponse['body'];
  } catch {
    body = { errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${response.status}` } }] };
  }
  const header = response.headers.get('x-db-commands');
  const timing = /dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
  return {
    status: response.status,
    body,
    dbCommands: header === null ? null : Number(header),
    serverMs: timing?.[1] ? Number(timing[1]) : null,
  };
}

/** Inserts `count` accounts with a live session each (one shared password hash). */
export async function seedAuthors(mongodbUri: string, count: number, offset: number): Promise<BenchAuthor[]> {
  const client = await mongo.MongoClient.connect(mongodbUri);
  try {
    const db = client.db();
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const now = new Date();
    const authors: BenchAuthor[] = [];
    const users: Record<string, unknown>[] = [];
    const sessions: Record<string, unknown>[] = [];
    for (let i = offset; i < offset + count; i++) {
      const id = new mongo.ObjectId();
      const token = newToken();
      users.push({ _id: id, email: `surge-author-${i}@bench.example.org`, name: `Surge Author ${i}`, passwordHash, createdAt: now, updatedAt: now });
      sessions.push({ tokenHash: hashToken(token), userId: id.toHexString(), expiresAt: new Date(now.getTime() + 86_400_000), lastSeenAt: now, createdAt: now });
      authors.push({ userId: id.toHexString(), cookie: `${SESSION_COOKIE}=${token}` });
    }
    for (let i = 0; i < users.length; i += 1000) {
      await db.collection('users').insertMany(users.slice(i, i + 1000));
      await db.collection('sessions').insertMany(sessions.slice(i, i + 1000));
    }
    return authors;
  } finally {
    await client.close();
  }
}

const CREATE_VENUE = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id } }`;

export async function createVenue(url: string, chair: BenchAuthor): Promise<string> {
  const result = await graphql(url, chair.cookie, CREATE_VENUE, {
    input: {
      name: 'Deadline Surge Conference',
      shortName: `SURGE-${Date.now().toString(36)}`,
      kind: 'conference',
      timeZone: 'UTC',
      description: 'Created by the surge benchmark.',
      deadlines: [],
    },
  });
  const id = result.body.data?.['createVenue']?.id;
  if (typeof id !== 'string') throw new Error(`createVenue failed: ${JSON.stringify(result.body.errors)}`);
  return id;
}

const NO_LINKS = { paperUrl: '', openReviewUrl: '', doi: '', repositoryUrl: '' };

const CREATE_SUBMISSION = `mutation($input: SubmissionInput!) { createSubmission(input: $input) { id draft { revision } } }`;

export async function createDraft(url: string, author: BenchAuthor, venueId: string, index: number): Promise<{ id: string; revision: number }> {
  const result = await graphql(url, author.cookie, CREATE_SUBMISSION, {
    input: {
      venueId,
      title: `Surge statement ${index}: few-shot voice cloning with prosody transfer`,
      abstract: 'We clone a speaker from a few seconds of audio and study detection and consent mechanisms.',
      links: NO_LINKS,
      artifacts: STATEMENT.artifacts,
    },
  });
  const created = result.body.data?.['createSubmission'];
  if (!created) throw new Error(`createSubmission failed: ${JSON.stringify(result.body.errors)}`);
  return { id: created.id, revision: created.draft.revision };
}

/** The demo's full-review statement: complete, with every section answered. */
const STATEMENT = DEMO_SUBMISSIONS.reduce((longest, s) => (s.artifacts.length > longest.artifacts.length ? s : longest));

/** A statement of realistic size (about 8 KB of JSON): the demo statement with longer prose. */
export function statementContent(marker: string): Record<string, unknown> {
  const content = STATEMENT.content(new Date());
  const prose =
    'Cloned voices can be used to impersonate relatives and colleagues in phone scams, to fabricate ' +
    'statements by public figures, and to bypass voice authentication at banks. ';
  return {
    ...content,
    summary: `${prose.repeat(3)}Autosave ${marker}.`,
    pathToHarm: content.pathToHarm.map((entry) => ({ ...entry, justification: `${entry.justification} ${prose}` })),
    hazards: content.hazards.map((hazard) => ({ ...hazard, description: `${hazard.description} ${prose}` })),
  };
}

export function markerOf(content: { summary?: unknown } | null | undefined): string | null {
  const match = /Autosave (\S+)\.$/.exec(String(content?.summary ?? ''));
  return match?.[1] ?? null;
}

const SAVE = `mutation($id: ID!, $draft: DraftInput!, $rev: Int!) {
  saveDraft(submissionId: $id, draft: $draft, expectedDraftRevision: $rev) { revision } }`;

const MARKER = '@@MARKER@@';
/** Request bodies per draft with a slot for the marker: the load generator should not cost more CPU than a browser. */
const bodyTemplates = new Map<string, string>();

function saveBody(draftId: string, marker: string, revision: number): string {
  let template = bodyTemplates.get(draftId);
  if (template === undefined) {
    // The editor saves everything it shows as one draft: the details and the statement.
    const draft = {
      title: `Surge statement ${draftId}: few-shot voice cloning with prosody transfer`,
      abstract: STATEMENT.abstract,
      links: NO_LINKS,
      artifacts: STATEMENT.artifacts,
      content: statementContent(MARKER),
    };
    template = JSON.stringify({ query: SAVE, variables: { id: draftId, draft, rev: -1 } }).replace('"rev":-1', '"rev":@@REVISION@@');
    bodyTemplates.set(draftId, template);
  }
  return template.replace(MARKER, marker).replace('@@REVISION@@', String(revision));
}

export async function saveDraft(
  url: string,
  author: BenchAuthor,
  draft: { id: string; revision: number },
  marker: string,
  signal: AbortSignal,
): Promise<GraphqlResponse> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: author.cookie },
    body: saveBody(draft.id, marker, draft.revision),
    signal,
  });
  return readResponse(response);
}

export function savedRevision(response: GraphqlResponse): number | null {
  const revision = response.body.data?.['saveDraft']?.revision;
  return typeof revision === 'number' ? revision : null;
}

const READ_DRAFT = `query($id: ID!) { submission(id: $id) { draft { revision content { summary } } } }`;

/** The draft as the server holds it: its revision and the marker of the save it holds. */
export async function readDraft(url: string, author: BenchAuthor, id: string): Promise<{ revision: number; marker: string | null } | null> {
  const result = await graphql(url, author.cookie, READ_DRAFT, { id });
  const draft = result.body.data?.['submission']?.draft;
  if (!draft) return null;
  return { revision: draft.revision, marker: markerOf(draft.content) };
}
