// Autosave is what every author does, all at once, at the deadline: its cost is part of its
// contract. These tests count the database operations one saveDraft request makes.
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { NOW, completeContent } from '../../../libs/domain/src/statement/statement-content.fixture';
import {
  MISSING_ID,
  SAVE_LEAN,
  START_REVISION,
  SubmissionSteps,
  details,
  errorOf,
  expeditedContent,
  type Person,
} from './submission-helpers';
import { FixedClock, startTestApp, type TestApp } from './test-app';

describe('draft autosave cost (real FerretDB)', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  const clock = new FixedClock(NOW);
  let author: Person;
  let chair: Person;
  let venueId: string;
  /** [collection, operation] of every database call while recording. */
  let calls: [string, string][] | null = null;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    steps = new SubmissionSteps(t);
    // Mongoose reports each operation it sends on this connection.
    t.app.get<Connection>(getConnectionToken()).set('debug', (collection: string, method: string) => {
      calls?.push([collection, method]);
    });
    author = await steps.signUp('Author');
    chair = await steps.signUp('Chair');
    venueId = await steps.createVenue(chair);
  });
  afterAll(async () => {
    await t.close();
  });

  /**
   * Runs one request and returns the database calls it made: background work aside (the "last
   * seen" write, and the job worker, which is left with nothing to do before the request starts and
   * only polls its queue, or records a recurring job's effects, meanwhile).
   */
  async function recording(request: () => Promise<unknown>): Promise<[string, string][]> {
    await t.outboxSettled();
    calls = [];
    await request();
    // The job worker's own collections: a recurring job (or a mail's effect ledger) may land in the window.
    const made = calls.filter(
      ([collection, method]) =>
        !(collection === 'sessions' && method === 'updateOne') && collection !== 'jobs' && collection !== 'job_effects',
    );
    calls = null;
    return made;
  }

  const draftOf = (content = completeContent()) => ({ ...details(), content });

  it('saves with exactly one conditional write: three round trips with the session lookup', async () => {
    const s = await steps.create(author, venueId);
    let result: any;
    const made = await recording(async () => {
      result = await author.client.request(SAVE_LEAN, { id: s.id, draft: draftOf(), rev: 1 });
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.saveDraft.revision).toBe(2);
    expect(made).toEqual([
      ['sessions', 'findOne'],
      ['venue_roles', 'find'],
      ['submissions', 'updateOne'],
    ]);
  });

  it('refuses unstorable input from the input alone, without touching the submission', async () => {
    const s = await steps.create(author, venueId);
    let result: any;
    const made = await recording(async () => {
      result = await author.client.request(SAVE_LEAN, {
        id: s.id,
        draft: { ...draftOf(), title: 'x'.repeat(301) },
        rev: 1,
      });
    });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['title'] });
    expect(made.filter(([collection]) => collection === 'submissions')).toEqual([]);
  });

  it.each<
    [
      string,
      (ids: { draft: string; submitted: string }) => { who: () => Person; id: string; rev: number },
      string,
    ]
  >([
    ['a stale draft revision', (ids) => ({ who: () => author, id: ids.draft, rev: 1 }), 'CONFLICT'],
    [
      'a submission without an open draft',
      (ids) => ({ who: () => author, id: ids.submitted, rev: 2 }),
      'BAD_USER_INPUT',
    ],
    ['a missing submission', () => ({ who: () => author, id: MISSING_ID, rev: 1 }), 'NOT_FOUND'],
    ['someone else’s draft', (ids) => ({ who: () => chair, id: ids.draft, rev: 2 }), 'NOT_FOUND'],
  ])('reads once to explain a write that matched nothing: %s', async (_name, pick, code) => {
    const draft = await steps.create(author, venueId);
    await author.client.ok(SAVE_LEAN, { id: draft.id, draft: draftOf(), rev: 1 });
    const submitted = await steps.create(author, venueId, 'Submitted work');
    await steps.saveAndSubmit(author, submitted.id, expeditedContent());
    const { who, id, rev } = pick({ draft: draft.id, submitted: submitted.id });
    let result: any;
    const made = await recording(async () => {
      result = await who().client.request(SAVE_LEAN, { id, draft: draftOf(), rev });
    });
    expect(errorOf(result).code).toBe(code);
    expect(made.filter(([collection]) => collection === 'submissions')).toEqual([
      ['submissions', 'updateOne'],
      ['submissions', 'findOne'],
    ]);
  });

  it('keeps the revision numbering across drafts, so a tab from an earlier draft cannot save into a new one', async () => {
    const s = await steps.create(author, venueId);
    const v1 = await steps.saveAndSubmit(author, s.id, expeditedContent());
    const closedRevision = 2;
    expect(v1.draft).toBeNull();
    await author.client.ok(START_REVISION, { id: s.id });
    const stale = await author.client.request(SAVE_LEAN, { id: s.id, draft: draftOf(), rev: closedRevision });
    expect(errorOf(stale).code).toBe('CONFLICT');
  });
});
