// Every query the application sends on its everyday paths is served by an index, as the
// database's own query plans say. The test records what the API really sends while people use it
// (sign-up, venues, drafts, autosave, submit, the chairs' dashboard with each sort and filter, tier
// decisions) and asks the database to explain each distinct query shape.
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { NOW } from '../../../libs/domain/src/statement/statement-content.fixture';
import {
  CONFIRM,
  GET,
  LIST,
  MEMBERS,
  MINE,
  SubmissionSteps,
  expeditedContent,
  fullContent,
  type Person,
} from './submission-helpers';
import { FixedClock, startTestApp, type TestApp } from './test-app';
import { MatchingRunRepository } from '../src/app/assignment/matching-run.repository';
import { ReviewerProfileRepository } from '../src/app/reviewers';

const DECLARE = `mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id revision } }`;
const WITHDRAW = `mutation($id: ID!, $user: ID!, $rev: Int!) { withdrawConflict(submissionId: $id, userId: $user, expectedRevision: $rev) { id } }`;
const HISTORY = `query($venueId: ID!) { venueHistory(venueId: $venueId) { total events { kind } } }`;

interface Recorded {
  collection: string;
  method: string;
  filter: Record<string, unknown>;
  options: { sort?: Record<string, unknown>; skip?: number; limit?: number };
}

interface Explained {
  queryPlanner: { Plan: string[] };
  filterPushdown?: boolean;
  filterExact?: boolean;
  sortPushdown?: boolean;
  skipLimitPushdown?: boolean;
}

const FILTERED = new Set(['find', 'findOne', 'countDocuments', 'updateOne', 'updateMany', 'findOneAndUpdate', 'deleteOne', 'deleteMany']);
/** A plan that walks an index (or looks up one row by it); a bare "SCAN <table>" reads every row. */
const USES_INDEX = /SEARCH \S+ USING (COVERING )?INDEX /;

/** The shape of a filter: its fields and operators, not its values. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? ['…'] : [];
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k.startsWith('$') ? shapeOf(v) : shapeOf(v)]));
  }
  return typeof value;
}

describe('query plans of what the API sends (real FerretDB)', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  let connection: Connection;
  let recording = false;
  const recorded: Recorded[] = [];

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(NOW) });
    steps = new SubmissionSteps(t);
    connection = t.app.get<Connection>(getConnectionToken());
    connection.set('debug', (collection: string, method: string, ...args: unknown[]) => {
      if (!recording || !FILTERED.has(method)) return;
      const [filter, second, third] = args as [Record<string, unknown>, Record<string, unknown>?, Record<string, unknown>?];
      // find(filter, options); updates and findOneAndUpdate(filter, update, options); count(filter, options)
      const options = (method.startsWith('find') || method === 'countDocuments' ? second : third) ?? {};
      recorded.push({ collection, method, filter: filter ?? {}, options: options as Recorded['options'] });
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves every recorded query from an index, and pages the dashboard inside the database', async () => {
    recording = true;
    const chair: Person = await steps.signUp('Plan Chair');
    const authors = await Promise.all(['Ana', 'Ben', 'Chi'].map((name) => steps.signUp(`Plan ${name}`)));
    const venueId = await steps.createVenue(chair);
    const ids: string[] = [];
    for (const [i, author] of authors.entries()) {
      const created = await steps.create(author, venueId, `Voice cloning study ${i}`);
      ids.push(created.id);
      await steps.saveAndSubmit(author, created.id, i === 0 ? fullContent() : expeditedContent());
      await author.client.ok(MINE);
      await author.client.ok(GET, { id: created.id });
    }
    for (const field of ['updatedAt', 'title', 'tier', 'submittedAt']) {
      for (const direction of ['asc', 'desc']) {
        await chair.client.ok(LIST, { venueId, sort: { field, direction }, offset: 0, limit: 2 });
      }
    }
    await chair.client.ok(LIST, { venueId, filter: { tier: 'full' }, offset: 0, limit: 20 });
    await chair.client.ok(LIST, { venueId, filter: { tierStatus: 'suggested' }, offset: 0, limit: 20 });
    await chair.client.ok(LIST, { venueId, filter: { tierStatus: 'suggested', tier: 'expedited', search: 'voice study' }, offset: 0, limit: 20 });
    await chair.client.ok(LIST, { venueId, filter: { phase: 'submitted' }, offset: 1, limit: 20 });
    await chair.client.ok(LIST, { venueId, filter: { search: 'cloning' }, offset: 0, limit: 20 });
    const submission = await steps.get(chair, ids[1] ?? '');
    await chair.client.ok(CONFIRM, { id: submission.id, tier: 'expedited', reason: '', rev: submission.revision });
    await chair.client.ok(MEMBERS, { id: venueId });
    // Conflicts: an author declares one with the chair, whose dashboard, history and export then
    // leave that submission out; the author reads the conflicts and withdraws it again.
    const [firstAuthor] = authors;
    const declared = await firstAuthor!.client.ok(DECLARE, { input: { submissionId: ids[0], userId: chair.id, type: 'institutional', reason: 'Same lab until 2025' } });
    await chair.client.ok(LIST, { venueId, sort: { field: 'title', direction: 'asc' }, offset: 0, limit: 2 });
    await chair.client.ok(LIST, { venueId, filter: { tier: 'expedited' }, offset: 0, limit: 20 });
    await chair.client.ok(LIST, { venueId, filter: { search: 'cloning' }, offset: 0, limit: 20 });
    await chair.client.ok(HISTORY, { venueId });
    await chair.client.ok(`query($v: ID!) { venueLogExport(venueId: $v) }`, { v: venueId });
    await chair.client.ok(`query($v: ID!) { venueJobs(venueId: $v) { total jobs { id } counts { failed } } }`, { v: venueId });
    await firstAuthor!.client.ok(`query($id: ID!) { submission(id: $id) { conflicts { id } conflictCandidates { id } history { kind } } }`, { id: ids[0] });
    await firstAuthor!.client.ok(WITHDRAW, { id: ids[0], user: chair.id, rev: declared.declareConflict.revision });
    recording = false;

    const shapes = new Map<string, Recorded>();
    for (const entry of recorded) {
      const key = JSON.stringify([entry.collection, entry.method, shapeOf(entry.filter), entry.options.sort ?? null]);
      if (!shapes.has(key)) shapes.set(key, entry);
    }
    expect(shapes.size).toBeGreaterThan(10);
    // The mail outbox ran during the flow (sign-up links): its claims and effect records are checked too.
    const jobShapes = [...shapes.values()].filter((e) => e.collection === 'jobs' || e.collection === 'job_effects');
    expect(jobShapes.map((e) => e.method)).toEqual(expect.arrayContaining(['findOneAndUpdate', 'updateOne']));

    const scans: string[] = [];
    let dashboardPages = 0;
    for (const entry of shapes.values()) {
      const find: Record<string, unknown> = { find: entry.collection, filter: entry.filter };
      if ((entry.method === 'find' || entry.method === 'findOneAndUpdate') && entry.options.sort) find['sort'] = entry.options.sort;
      if (entry.method === 'find' && entry.options.skip !== undefined) find['skip'] = entry.options.skip;
      if (entry.method === 'find' && entry.options.limit !== undefined) find['limit'] = entry.options.limit;
      const explained = (await connection.db!.command({ explain: find })) as unknown as Explained;
      const plan = explained.queryPlanner.Plan.join(' | ');
      const label = `${entry.collection}.${entry.method}(${JSON.stringify(shapeOf(entry.filter))})`;
      if (!USES_INDEX.test(plan)) scans.push(`${label}: ${plan}`);
      // The chairs' dashboard pages (any sort order, any filter): counted and paged by the database.
      const isDashboardPage =
        entry.collection === 'submissions' && entry.method === 'find' && entry.options.limit !== undefined &&
        'venueId' in entry.filter && (!('_id' in entry.filter) || '$nin' in (entry.filter['_id'] as object));
      if (isDashboardPage) {
        dashboardPages += 1;
        expect({ label, exact: explained.filterExact, paged: explained.skipLimitPushdown }).toEqual({ label, exact: true, paged: true });
      }
    }
    expect(scans).toEqual([]);
    expect(dashboardPages).toBeGreaterThanOrEqual(7);
    // The conflicted chair's pages were among them: the exclusion is paged and counted by the database too.
    expect([...shapes.values()].some((e) => e.collection === 'submissions' && '_id' in e.filter && e.options.limit !== undefined)).toBe(true);
  });

  it('walks the index in its order for the proposal and reviewer-list pages, sorting nothing', async () => {
    recorded.length = 0;
    recording = true;
    await t.app.get(MatchingRunRepository).proposalAfter('000000000000000000000001', null, 160, []);
    await t.app.get(MatchingRunRepository).proposalAfter('000000000000000000000001', '000000000000000000000002', 160, []);
    await t.app.get(ReviewerProfileRepository).pageOfVenue('000000000000000000000003', 50, 50);
    recording = false;
    const pages = recorded.filter((e) => e.method === 'find');
    expect(pages.map((e) => e.collection)).toEqual(['proposed_assignments', 'proposed_assignments', 'reviewer_profiles']);
    for (const entry of pages) {
      const find: Record<string, unknown> = { find: entry.collection, filter: entry.filter, sort: entry.options.sort };
      if (entry.options.skip !== undefined) find['skip'] = entry.options.skip;
      if (entry.options.limit !== undefined) find['limit'] = entry.options.limit;
      const explained = (await connection.db!.command({ explain: find })) as unknown as Explained;
      const plan = explained.queryPlanner.Plan.join(' | ');
      // A temporary B-tree means the database read the whole run or venue to sort it (200 ms at 26,000 rows).
      expect({ collection: entry.collection, plan }).toEqual({ collection: entry.collection, plan: expect.not.stringContaining('TEMP B-TREE') });
      expect(plan).toMatch(USES_INDEX);
    }
  });
});
