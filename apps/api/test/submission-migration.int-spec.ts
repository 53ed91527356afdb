// Submissions stored by the previous schema (details on the submission, a draft holding only the
// statement, one tier decision) keep working after an upgrade: the start-up migration brings them
// to the current shape once, and running it again changes nothing.
import { getConnectionToken } from '@nestjs/mongoose';
import { Types, type Connection } from 'mongoose';
import { emptyStatementContent, suggestTier } from '@impact-review/domain';
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  NOW,
  changed,
  completeContent,
  fixtureArtifacts,
} from '../../../libs/domain/src/statement/statement-content.fixture';
import { LegacySubmissionRepository } from '../src/app/submissions/legacy-submission.repository';
import { SubmissionMigration } from '../src/app/submissions/submission-migration';
import { SubmissionRepository } from '../src/app/submissions/submission.repository';
import { LINKS, LIST, MINE, SAVE, SUBMIT, SubmissionSteps, VERSION, type Person } from './submission-helpers';
import { FixedClock, startTestApp, type TestApp } from './test-app';

describe('upgrading submissions stored by the previous schema (real FerretDB)', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  const clock = new FixedClock(NOW);
  let chair: Person;
  let author: Person;
  let venueId: string;
  const ids = { submitted: '', revising: '', draft: '', redecide: '' };

  const raw = (collection: string) => t.app.get<Connection>(getConnectionToken()).collection(collection);
  const migration = () => t.app.get(SubmissionMigration);

  /** A submission exactly as the previous code wrote it. */
  function legacySubmission(title: string, fields: Record<string, unknown>): Record<string, unknown> {
    return {
      _id: new Types.ObjectId(),
      venueId,
      title,
      abstract: `Abstract of ${title}.`,
      links: LINKS,
      artifacts: fixtureArtifacts(),
      authorIds: [author.id],
      phase: 'submitted',
      draft: null,
      lastDraftRevision: 2,
      latestVersionNumber: 1,
      submittedAt: NOW,
      tierSuggestion: suggestTier(completeContent(), fixtureArtifacts()),
      tierDecision: null,
      tierStatus: 'suggested',
      tierRank: 2,
      revision: 2,
      createdAt: NOW,
      updatedAt: NOW,
      __v: 0,
      ...fields,
    };
  }

  /** A version as the previous code wrote it: the statement and artifacts, no other details. */
  function legacyVersion(submissionId: unknown, number: number, content = completeContent()) {
    return {
      submissionId: String(submissionId),
      number,
      content,
      artifacts: fixtureArtifacts(),
      submittedAt: NOW,
      submittedBy: author.id,
      tierSuggestion: suggestTier(content, fixtureArtifacts()),
      createdAt: NOW,
    };
  }

  beforeAll(async () => {
    t = await startTestApp({ clock });
    steps = new SubmissionSteps(t);
    chair = await steps.signUp('Carla Chair');
    author = await steps.signUp('Arjun Author');
    venueId = await steps.createVenue(chair);
    const decidedBy = chair.id;
    const submitted = legacySubmission('Legacy submitted work', {
      tierDecision: {
        tier: 'expedited',
        suggestedTier: 'expedited',
        reason: 'Fine.',
        decidedBy,
        decidedAt: NOW,
        forVersion: 1,
      },
      tierStatus: 'confirmed',
    });
    const revising = legacySubmission('Legacy work under revision', {
      phase: 'revising',
      draft: { content: completeContent(), revision: 3, updatedAt: NOW, basedOnVersion: 1 },
    });
    const draft = legacySubmission('Legacy unsubmitted draft', {
      phase: 'draft',
      latestVersionNumber: 0,
      lastDraftRevision: 0,
      submittedAt: null,
      tierSuggestion: null,
      tierStatus: 'awaiting_submission',
      tierRank: 0,
      revision: 1,
      draft: {
        content: emptyStatementContent(fixtureArtifacts()),
        revision: 4,
        updatedAt: NOW,
        basedOnVersion: null,
      },
    });
    // Decided expedited for version 1; version 2 suggests full, which the old code called "suggested".
    const fullV2 = changed((c) => (c.hazards[0].severity = 'severe'));
    const redecide = legacySubmission('Legacy decision on an older version', {
      latestVersionNumber: 2,
      tierSuggestion: suggestTier(fullV2, fixtureArtifacts()),
      tierDecision: {
        tier: 'expedited',
        suggestedTier: 'expedited',
        reason: '',
        decidedBy,
        decidedAt: NOW,
        forVersion: 1,
      },
      tierStatus: 'suggested',
      tierRank: 3,
    });
    await raw('submissions').insertMany([submitted, revising, draft, redecide]);
    await raw('statement_versions').insertMany([
      legacyVersion(submitted._id, 1),
      legacyVersion(revising._id, 1),
      legacyVersion(redecide._id, 1),
      legacyVersion(redecide._id, 2, fullV2),
    ]);
    Object.assign(ids, {
      submitted: String(submitted._id),
      revising: String(revising._id),
      draft: String(draft._id),
      redecide: String(redecide._id),
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('migrates each document once, and a second run finds nothing to do and changes nothing', async () => {
    expect(await migration().migrateAll()).toEqual({ migrated: 4, skipped: 0 });
    const after = await raw('submissions').find({}).sort({ _id: 1 }).toArray();
    const versions = await raw('statement_versions').find({}).sort({ _id: 1 }).toArray();
    expect(await migration().migrateAll()).toEqual({ migrated: 0, skipped: 0 });
    expect(await raw('submissions').find({}).sort({ _id: 1 }).toArray()).toEqual(after);
    expect(await raw('statement_versions').find({}).sort({ _id: 1 }).toArray()).toEqual(versions);
    expect(after.every((doc) => doc['schemaVersion'] === 2 && !('title' in doc))).toBe(true);
  });

  it('shows chairs the submitted details, in lists and search, and the decision in the history', async () => {
    const seen = await steps.get(chair, ids.submitted);
    expect(seen).toMatchObject({
      title: 'Legacy submitted work',
      abstract: 'Abstract of Legacy submitted work.',
      links: LINKS,
      artifacts: fixtureArtifacts(),
      authors: [{ name: 'Arjun Author' }],
      tierStatus: 'confirmed',
      tier: 'expedited',
      latestVersion: { number: 1, title: 'Legacy submitted work', authors: [{ name: 'Arjun Author' }] },
    });
    expect(seen.tierHistory).toEqual([
      expect.objectContaining({ tier: 'expedited', reason: 'Fine.', forVersion: 1 }),
    ]);
    const page = (
      await chair.client.ok(LIST, {
        venueId,
        filter: { search: 'arjun' },
        sort: { field: 'title', direction: 'asc' },
      })
    ).venueSubmissions;
    expect(page.items.map((i: any) => i.title)).toEqual([
      'Legacy decision on an older version',
      'Legacy submitted work',
      'Legacy work under revision',
    ]);
  });

  it('turns a decision the latest version disagrees with into one to make again', async () => {
    expect(await steps.get(chair, ids.redecide)).toMatchObject({
      tierStatus: 'needs_confirmation',
      tier: 'full',
      tierDecision: { tier: 'expedited', forVersion: 1 },
    });
    const full = (await chair.client.ok(LIST, { venueId, filter: { tier: 'full' } })).venueSubmissions;
    expect(full.items.map((i: any) => i.title)).toEqual(['Legacy decision on an older version']);
  });

  it('gives open drafts their details, so the authors can go on autosaving and submit', async () => {
    const draft = (await steps.get(author, ids.draft)).draft;
    expect(draft).toMatchObject({ title: 'Legacy unsubmitted draft', links: LINKS, revision: 4 });
    const revising = await steps.get(author, ids.revising);
    expect(revising.draft).toMatchObject({
      title: 'Legacy work under revision',
      basedOnVersion: 1,
      revision: 3,
    });
    const saved = (
      await author.client.ok(SAVE, {
        id: ids.revising,
        draft: {
          title: 'Renamed in the revision',
          abstract: revising.draft.abstract,
          links: revising.draft.links,
          artifacts: revising.draft.artifacts,
          content: completeContent(),
        },
        rev: 3,
      })
    ).saveDraft;
    const v2 = (await author.client.ok(SUBMIT, { id: ids.revising, rev: saved.revision })).submitStatement;
    expect(v2).toMatchObject({ title: 'Renamed in the revision', latestVersion: { number: 2 } });
    const v1 = (await chair.client.ok(VERSION, { id: ids.revising, n: 1 })).submission.version;
    expect(v1).toMatchObject({ title: 'Legacy work under revision', authors: [{ name: 'Arjun Author' }] });
  });

  it('records the authors of submissions stored before submission_authors, once, so they are in "My submissions"', async () => {
    // The legacy documents were inserted after start-up, as if written by the previous code.
    const before = (await author.client.ok(MINE)).mySubmissions.map((s: { id: string }) => s.id);
    expect(before).not.toContain(ids.submitted);
    await raw('migrations').deleteOne({ _id: 'submission-authors-backfill' } as never);
    expect(await migration().backfillAuthorships()).toBeGreaterThanOrEqual(4);
    const mine = (await author.client.ok(MINE)).mySubmissions.map((s: { id: string }) => s.id);
    expect(mine).toEqual(expect.arrayContaining([ids.submitted, ids.revising, ids.draft, ids.redecide]));
    // The chair, no author of them, still sees none of them in their own list.
    expect((await chair.client.ok(MINE)).mySubmissions).toEqual([]);
    // Once finished, it does not run again; running it anyway changes nothing.
    expect(await migration().backfillAuthorships()).toBe(0);
    const rows = await raw('submission_authors').countDocuments({});
    await raw('migrations').deleteOne({ _id: 'submission-authors-backfill' } as never);
    await migration().backfillAuthorships();
    expect(await raw('submission_authors').countDocuments({})).toBe(rows);
  });

  it('drops indexes an older version left on submissions, keeping exactly the schema\'s', async () => {
    await raw('submissions').createIndex({ authorIds: 1 }, { name: 'authorIds_1' });
    expect(await t.app.get(SubmissionRepository).syncIndexes()).toEqual(['authorIds_1']);
    const names = (await raw('submissions').indexes()).map((index) => index.name).sort();
    expect(names).toEqual(
      [
        '_id_',
        'venueId_1_listedAt_-1__id_-1',
        'venueId_1_submittedAt_-1__id_-1',
        'venueId_1_titleKey_1__id_1',
        'venueId_1_tierRank_1__id_1',
        'venueId_1_phase_1_tierRank_1',
        'venueId_1_phase_1_tierStatus_1',
        'schemaVersion_1',
        // Changes waiting to be appended to the venue log (audit/pending-events.ts).
        'hasPendingEvents_1',
      ].sort(),
    );
  });

  it('never overwrites a document that changed after it was read', async () => {
    const stale = await raw('submissions').insertOne(legacySubmission('Changing under the migration', {}));
    const repository = t.app.get(LegacySubmissionRepository);
    const [read] = await repository.nextBatch(null, null, 10);
    if (!read) throw new Error('the legacy document was not found');
    expect(String(read._id)).toBe(String(stale.insertedId));
    await raw('submissions').updateOne({ _id: stale.insertedId }, { $inc: { revision: 1 } });
    expect(await repository.upgrade(read, { set: { schemaVersion: 2 }, unset: [] })).toBe(false);
    expect(await migration().migrateAll()).toEqual({ migrated: 1, skipped: 0 });
  });

  it('migrates documents that record schema version 1 as well as those that record none, reading along the index', async () => {
    const versioned = await raw('submissions').insertOne(legacySubmission('Recorded as version 1', { schemaVersion: 1 }));
    const unversioned = await raw('submissions').insertOne(legacySubmission('Recorded as no version', {}));
    const plans = await Promise.all(
      [null, 1].map(async (version) =>
        JSON.stringify(
          await raw('submissions').find({ schemaVersion: version }).sort({ schemaVersion: 1, _id: 1 }).limit(200).explain(),
        ),
      ),
    );
    for (const plan of plans) expect(plan).toContain('USING INDEX');
    expect(await migration().migrateAll()).toEqual({ migrated: 2, skipped: 0 });
    for (const id of [versioned.insertedId, unversioned.insertedId])
      expect(await raw('submissions').findOne({ _id: id })).toMatchObject({ schemaVersion: 2 });
  });
});
