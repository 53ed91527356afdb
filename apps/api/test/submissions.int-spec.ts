import { randomBytes } from 'node:crypto';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { ImpactStatementContent } from '@impact-review/domain';
// The domain's test fixture is deliberately not part of its public index; tests share it by path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  NOW,
  changed,
  completeContent,
  fixtureArtifacts,
} from '../../../libs/domain/src/statement/statement-content.fixture';
import { FixedClock, startTestApp, type GraphqlClient, type GraphqlResult, type TestApp } from './test-app';

const ME = `query { me { id roles { venueId role } } }`;
const CREATE_VENUE = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id } }`;

const CONTENT = `summary hazards { kind description severity } pathToHarm { factor rating justification }
  accessRatchetStage accessRatchetJustification indirectHarms { kind applies description }
  mitigationChallenges { kind applies description } benefits affectedGroups mitigations { kind description }
  releasePlan { artifactKey contentLevel timing distribution embargoUntil reviewEveryMonths releaseEvent
    stages { description opensOn trigger } accessConditions }`;
const SUGGESTION = `tier score drivers { path section answer points floor reason }`;
const DRAFT = `content { ${CONTENT} } revision updatedAt basedOnVersion sectionStatus { section complete errors { path message } }
  suggestedTier { ${SUGGESTION} }`;
const SUBMISSION = `id title abstract phase revision createdAt updatedAt submittedAt tierStatus
  venue { id } authors { id name email }
  links { paperUrl openReviewUrl doi repositoryUrl } artifacts { key kind name description powerLevel }
  draft { ${DRAFT} }
  latestVersion { number submittedAt submittedBy { id } artifacts { key } tierSuggestion { tier } content { ${CONTENT} } }
  versions { number submittedAt }
  tierSuggestion { ${SUGGESTION} }
  tierDecision { tier suggestedTier reason decidedAt forVersion decidedBy { id name } }`;

const CREATE = `mutation($input: SubmissionInput!) { createSubmission(input: $input) { ${SUBMISSION} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSubmissionInput!, $rev: Int!) {
  updateSubmission(id: $id, input: $input, expectedRevision: $rev) { ${SUBMISSION} } }`;
const GET = `query($id: ID!) { submission(id: $id) { ${SUBMISSION} } }`;
const MINE = `query { mySubmissions { id title phase } }`;
const SAVE = `mutation($id: ID!, $content: StatementContentInput!, $rev: Int!) {
  saveStatementDraft(submissionId: $id, content: $content, expectedDraftRevision: $rev) { ${DRAFT} } }`;
const SUBMIT = `mutation($id: ID!, $rev: Int!) { submitStatement(submissionId: $id, expectedDraftRevision: $rev) { ${SUBMISSION} } }`;
const START_REVISION = `mutation($id: ID!) { startRevision(submissionId: $id) { ${SUBMISSION} } }`;
const CONFIRM = `mutation($id: ID!, $tier: Tier!, $reason: String!, $rev: Int!) {
  confirmTier(submissionId: $id, tier: $tier, reason: $reason, expectedRevision: $rev) { ${SUBMISSION} } }`;
const VERSION = `query($id: ID!, $n: Int!) { submission(id: $id) { version(number: $n) { number submittedBy { id } content { ${CONTENT} } } } }`;
const COMPARE = `query($id: ID!, $from: Int!, $to: Int!) { submission(id: $id) {
  compareVersions(from: $from, to: $to) { section title changed changes { path label before after } } } }`;
const LIST = `query($venueId: ID!, $filter: VenueSubmissionsFilter, $sort: SubmissionSort, $offset: Int, $limit: Int) {
  venueSubmissions(venueId: $venueId, filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    total offset limit items { id title phase tierStatus tierSuggestion { tier } draft { revision } } } }`;

const MISSING_ID = '0123456789abcdef01234567';
const unique = (): string => randomBytes(3).toString('hex');

const LINKS = {
  paperUrl: 'https://example.org/paper.pdf',
  openReviewUrl: '',
  doi: '10.1145/3375627.3375815',
  repositoryUrl: '',
};

/** The fixture content with every section complete; its tier is expedited (score 7, no floor). */
const expeditedContent = (): ImpactStatementContent => completeContent();
/** Low risk everywhere: one low hazard, nothing raised on the path to harm, nothing applying. */
const exemptContent = (): ImpactStatementContent =>
  changed((c) => {
    c.hazards = [
      { kind: 'attention_hazard', severity: 'low', description: 'Shows that few-shot cloning is feasible.' },
    ];
    c.pathToHarm = c.pathToHarm.map((row) => ({ ...row, rating: 'low' }));
    c.indirectHarms = c.indirectHarms.map((row) => ({ ...row, applies: false, description: '' }));
  });
/** A severe hazard always needs full review. */
const fullContent = (): ImpactStatementContent =>
  changed((c) => {
    c.hazards[0] = { ...c.hazards[0], severity: 'severe' };
  });

function errorOf(result: GraphqlResult): {
  code?: string;
  reason?: string;
  message: string;
  paths: string[];
} {
  const error = result.errors?.[0];
  if (!error) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
  return {
    code: error.extensions?.code,
    reason: error.extensions?.reason,
    message: error.message,
    paths: (error.extensions?.fieldErrors ?? []).map((e) => e.path),
  };
}

describe('submissions and impact statements (real FerretDB)', () => {
  let t: TestApp;
  const clock = new FixedClock(NOW);

  interface Person {
    client: GraphqlClient;
    id: string;
  }

  async function signUp(name: string): Promise<Person> {
    return t.signUp(name, { canCreateVenues: true });
  }

  async function createVenue(chair: Person): Promise<string> {
    const data = await chair.client.ok(CREATE_VENUE, {
      input: {
        name: 'Synthetic Media Workshop',
        shortName: `SMW ${unique()}`,
        kind: 'conference',
        timeZone: 'UTC',
        description: '',
        deadlines: [],
      },
    });
    return data.createVenue.id;
  }

  async function createSubmission(
    author: Person,
    venueId: string,
    title = 'Few-shot voice cloning',
  ): Promise<Record<string, any>> {
    const data = await author.client.ok(CREATE, {
      input: {
        venueId,
        title,
        abstract: 'We clone voices from five seconds of audio.',
        links: LINKS,
        artifacts: fixtureArtifacts(),
      },
    });
    return data.createSubmission;
  }

  /** Versions stored for a submission, read from the collection itself (not through the API's filters). */
  async function storedVersions(submissionId: string): Promise<number[]> {
    const versions = t.app.get<Model<{ submissionId: string; number: number }>>(
      getModelToken('StatementVersion'),
    );
    const docs = await versions.find({ submissionId }).sort({ number: 1 }).lean().exec();
    return docs.map((d) => d.number);
  }

  async function get(person: Person, id: string): Promise<Record<string, any>> {
    return (await person.client.ok(GET, { id })).submission;
  }

  /** Saves `content` onto the current draft and submits it; returns the submission after submitting. */
  async function saveAndSubmit(
    author: Person,
    id: string,
    content: ImpactStatementContent,
  ): Promise<Record<string, any>> {
    const current = await get(author, id);
    const saved = await author.client.ok(SAVE, { id, content, rev: current.draft.revision });
    return (await author.client.ok(SUBMIT, { id, rev: saved.saveStatementDraft.revision })).submitStatement;
  }

  let author: Person;
  let chair: Person;
  let venueId: string;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    author = await signUp('Author');
    chair = await signUp('Chair');
    venueId = await createVenue(chair);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('creating and editing', () => {
    it('creates a submission with an empty draft aligned to its artifacts and makes the creator an author', async () => {
      const s = await createSubmission(author, venueId);
      expect(s).toMatchObject({
        title: 'Few-shot voice cloning',
        phase: 'draft',
        revision: 1,
        tierStatus: 'awaiting_submission',
        tierSuggestion: null,
        tierDecision: null,
        submittedAt: null,
        latestVersion: null,
        versions: [],
        venue: { id: venueId },
        links: LINKS,
      });
      expect(s.authors).toEqual([
        { id: author.id, name: 'Author', email: expect.stringMatching(/^author-.*@example\.org$/) },
      ]);
      expect(s.draft.revision).toBe(1);
      expect(s.draft.basedOnVersion).toBeNull();
      expect(s.draft.content.releasePlan.map((p: any) => [p.artifactKey, p.contentLevel])).toEqual([
        ['paper', 'withheld'],
        ['model', 'withheld'],
        ['code', 'withheld'],
      ]);
      expect(s.draft.content.pathToHarm).toHaveLength(9);
      expect(s.draft.sectionStatus.find((x: any) => x.section === 'summary')).toMatchObject({
        complete: false,
      });
      const me = await author.client.ok(ME);
      expect(me.me.roles).toContainEqual({ venueId, role: 'author' });
      const mine = await author.client.ok(MINE);
      expect(mine.mySubmissions.map((x: any) => x.id)).toContain(s.id);
    });

    it('refuses bad metadata and an unknown venue with field paths, and creates nothing', async () => {
      const other = await signUp('Nobody');
      const bad = await other.client.request(CREATE, {
        input: {
          venueId: MISSING_ID,
          title: '  ',
          abstract: '',
          links: { ...LINKS, paperUrl: 'not a url' },
          artifacts: [fixtureArtifacts()[0], fixtureArtifacts()[0]],
        },
      });
      expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(errorOf(bad).paths.sort()).toEqual(['artifacts.1.key', 'links.paperUrl', 'title', 'venueId']);
      expect((await other.client.ok(MINE)).mySubmissions).toEqual([]);
    });

    it('autosaves the draft, reloads the same content, and refuses a stale draft revision', async () => {
      const s = await createSubmission(author, venueId);
      const partial = { ...s.draft.content, summary: 'A first sentence about the work and its risks.' };
      partial.hazards = [{ kind: 'product_hazard', severity: 'high', description: 'Phone scams.' }];
      const saved = (await author.client.ok(SAVE, { id: s.id, content: partial, rev: 1 })).saveStatementDraft;
      expect(saved.revision).toBe(2);
      expect(saved.suggestedTier.tier).toBe('expedited');
      expect(saved.sectionStatus.find((x: any) => x.section === 'summary').complete).toBe(true);

      const reloaded = await get(author, s.id);
      expect(reloaded.draft.content).toEqual(partial);
      expect(reloaded.draft.revision).toBe(2);
      // Autosave does not move the submission's own revision, so the metadata form stays current.
      expect(reloaded.revision).toBe(s.revision);

      const stale = await author.client.request(SAVE, {
        id: s.id,
        content: { ...partial, summary: 'Overwritten?' },
        rev: 1,
      });
      expect(errorOf(stale).code).toBe('CONFLICT');
      expect((await get(author, s.id)).draft.content.summary).toBe(partial.summary);
    });

    it('refuses junk in a draft with paths and keeps the previous draft', async () => {
      const s = await createSubmission(author, venueId);
      const junk = {
        ...s.draft.content,
        hazards: [{ kind: 'data_hazard', severity: 'low', description: 'x'.repeat(5001) }],
        releasePlan: [
          ...s.draft.content.releasePlan,
          { ...s.draft.content.releasePlan[0], artifactKey: 'ghost' },
        ],
      };
      const result = await author.client.request(SAVE, { id: s.id, content: junk, rev: 1 });
      expect(errorOf(result).code).toBe('BAD_USER_INPUT');
      expect(errorOf(result).paths).toEqual(['hazards.0.description', 'releasePlan.3.artifactKey']);
      const after = await get(author, s.id);
      expect(after.draft.revision).toBe(1);
      expect(after.draft.content).toEqual(s.draft.content);
    });

    it('updates metadata on the revision, re-aligns the release plan, and refuses stale or invalid input', async () => {
      const s = await createSubmission(author, venueId);
      const artifacts = [
        fixtureArtifacts()[0],
        { key: 'data', kind: 'training_data', name: 'Clips', description: '', powerLevel: 'full' },
      ];
      const input = { title: 'Renamed work', abstract: 'New abstract.', links: LINKS, artifacts };
      const updated = (await author.client.ok(UPDATE, { id: s.id, input, rev: s.revision })).updateSubmission;
      expect(updated.title).toBe('Renamed work');
      expect(updated.revision).toBe(s.revision + 1);
      expect(updated.draft.content.releasePlan.map((p: any) => p.artifactKey)).toEqual(['paper', 'data']);
      expect(updated.draft.revision).toBe(2);

      const stale = await author.client.request(UPDATE, {
        id: s.id,
        input: { ...input, title: 'Lost update' },
        rev: s.revision,
      });
      expect(errorOf(stale).code).toBe('CONFLICT');
      const invalid = await author.client.request(UPDATE, {
        id: s.id,
        input: { ...input, title: '', links: { ...LINKS, doi: 'nope' } },
        rev: updated.revision,
      });
      expect(errorOf(invalid).code).toBe('BAD_USER_INPUT');
      expect(errorOf(invalid).paths).toEqual(['title', 'links.doi']);
      expect((await get(author, s.id)).title).toBe('Renamed work');
    });
  });

  describe('submitting and revising', () => {
    it('rejects an incomplete statement with every section path and changes nothing', async () => {
      const s = await createSubmission(author, venueId);
      const partial = { ...s.draft.content, summary: 'Too short' };
      const saved = (await author.client.ok(SAVE, { id: s.id, content: partial, rev: 1 })).saveStatementDraft;

      const result = await author.client.request(SUBMIT, { id: s.id, rev: saved.revision });
      const error = errorOf(result);
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.reason).toBe('INCOMPLETE_STATEMENT');
      expect(error.paths).toEqual(
        expect.arrayContaining([
          'summary',
          'hazards',
          'pathToHarm.0.justification',
          'accessRatchetStage',
          'accessRatchetJustification',
          'benefits',
          'affectedGroups',
          'releasePlan.0.accessConditions',
        ]),
      );

      const after = await get(author, s.id);
      expect(after).toMatchObject({
        phase: 'draft',
        revision: s.revision,
        tierStatus: 'awaiting_submission',
        latestVersion: null,
        versions: [],
        submittedAt: null,
      });
      expect(after.draft.revision).toBe(saved.revision);
      expect(after.draft.content).toEqual(partial);
      const v1 = await author.client.request(VERSION, { id: s.id, n: 1 });
      expect(errorOf(v1).code).toBe('NOT_FOUND');
      expect(await storedVersions(s.id)).toEqual([]);
    });

    it('freezes version 1, revises it into version 2 and compares the two', async () => {
      const s = await createSubmission(author, venueId);
      const submitted = await saveAndSubmit(author, s.id, expeditedContent());
      expect(submitted).toMatchObject({
        phase: 'submitted',
        draft: null,
        tierStatus: 'suggested',
        submittedAt: NOW.toISOString(),
      });
      expect(submitted.revision).toBe(s.revision + 1);
      expect(submitted.latestVersion).toMatchObject({
        number: 1,
        submittedBy: { id: author.id },
        tierSuggestion: { tier: 'expedited' },
      });
      expect(submitted.latestVersion.content).toEqual(expeditedContent());
      expect(submitted.latestVersion.artifacts.map((a: any) => a.key)).toEqual(['paper', 'model', 'code']);
      expect(submitted.tierSuggestion).toMatchObject({ tier: 'expedited', score: 7 });
      expect(submitted.versions).toEqual([{ number: 1, submittedAt: NOW.toISOString() }]);

      // Frozen: no draft to save into, no metadata changes, until a revision starts.
      const save = await author.client.request(SAVE, { id: s.id, content: expeditedContent(), rev: 99 });
      expect(errorOf(save).reason).toBe('NO_OPEN_DRAFT');
      const update = await author.client.request(UPDATE, {
        id: s.id,
        input: { title: 'x', abstract: '', links: LINKS, artifacts: fixtureArtifacts() },
        rev: submitted.revision,
      });
      expect(errorOf(update).reason).toBe('NO_OPEN_DRAFT');

      clock.advance(3600_000);
      const revising = (await author.client.ok(START_REVISION, { id: s.id })).startRevision;
      expect(revising.phase).toBe('revising');
      expect(revising.draft.basedOnVersion).toBe(1);
      expect(revising.draft.content).toEqual(expeditedContent());
      // Draft revisions keep counting, so a tab holding the old draft's revision cannot save into this one.
      expect(revising.draft.revision).toBeGreaterThan(2);
      expect(errorOf(await author.client.request(START_REVISION, { id: s.id })).reason).toBe('NOT_REVISABLE');

      const v2Content = changed((c) => {
        c.summary = 'A voice cloning model that needs only three seconds of audio.';
        c.hazards[1] = { ...c.hazards[1], severity: 'medium' };
      });
      const saved = (
        await author.client.ok(SAVE, { id: s.id, content: v2Content, rev: revising.draft.revision })
      ).saveStatementDraft;
      const v2 = (await author.client.ok(SUBMIT, { id: s.id, rev: saved.revision })).submitStatement;
      expect(v2.phase).toBe('submitted');
      expect(v2.latestVersion.number).toBe(2);
      expect(v2.versions.map((v: any) => v.number)).toEqual([1, 2]);
      expect(v2.submittedAt).toBe(new Date(NOW.getTime() + 3600_000).toISOString());

      const v1 = (await author.client.ok(VERSION, { id: s.id, n: 1 })).submission.version;
      expect(v1.content).toEqual(expeditedContent());

      const comparison = (await author.client.ok(COMPARE, { id: s.id, from: 1, to: 2 })).submission
        .compareVersions;
      const bySection = Object.fromEntries(comparison.map((c: any) => [c.section, c]));
      expect(bySection.summary.changed).toBe(true);
      expect(bySection.summary.changes).toEqual([
        { path: 'summary', label: 'Summary', before: expeditedContent().summary, after: v2Content.summary },
      ]);
      expect(bySection.hazards.changes).toEqual([
        expect.objectContaining({ path: 'hazards.1.severity', before: 'Low', after: 'Medium' }),
      ]);
      expect(
        comparison
          .filter((c: any) => c.changed)
          .map((c: any) => c.section)
          .sort(),
      ).toEqual(['hazards', 'summary']);

      const missing = await author.client.request(COMPARE, { id: s.id, from: 1, to: 3 });
      expect(errorOf(missing).code).toBe('NOT_FOUND');
    });

    it('lets exactly one of two concurrent submits of the same draft win', async () => {
      const s = await createSubmission(author, venueId);
      const saved = (await author.client.ok(SAVE, { id: s.id, content: expeditedContent(), rev: 1 }))
        .saveStatementDraft;
      const results = await Promise.all([
        author.client.request(SUBMIT, { id: s.id, rev: saved.revision }),
        author.client.request(SUBMIT, { id: s.id, rev: saved.revision }),
      ]);
      const won = results.filter((r) => !r.errors);
      const lost = results.filter((r) => r.errors);
      expect(won).toHaveLength(1);
      expect(lost.map((r) => errorOf(r).code)).toEqual(['CONFLICT']);
      const after = await get(author, s.id);
      expect(after.versions.map((v: any) => v.number)).toEqual([1]);
      expect(after.phase).toBe('submitted');
      expect(await storedVersions(s.id)).toEqual([1]);
    });

    it('replaces a version left behind by a crashed submit, but not one that may still be in flight', async () => {
      const s = await createSubmission(author, venueId);
      const saved = (await author.client.ok(SAVE, { id: s.id, content: expeditedContent(), rev: 1 }))
        .saveStatementDraft;
      const versions = t.app.get<Model<Record<string, unknown>>>(getModelToken('StatementVersion'));
      const leftover = {
        submissionId: s.id,
        number: 1,
        content: { summary: 'left behind' },
        artifacts: [],
        submittedBy: author.id,
        tierSuggestion: { tier: 'exempt', score: 0, drivers: [] },
      };
      const young = await versions.create({
        ...leftover,
        submittedAt: new Date(clock.now().getTime() - 60_000),
      });
      expect(errorOf(await author.client.request(SUBMIT, { id: s.id, rev: saved.revision })).code).toBe(
        'CONFLICT',
      );
      expect((await get(author, s.id)).phase).toBe('draft');

      await versions.deleteOne({ _id: young._id });
      await versions.create({ ...leftover, submittedAt: new Date(clock.now().getTime() - 3600_000) });
      const submitted = (await author.client.ok(SUBMIT, { id: s.id, rev: saved.revision })).submitStatement;
      expect(submitted.latestVersion.content).toEqual(expeditedContent());
      expect(await storedVersions(s.id)).toEqual([1]);
    });

    it.each([
      ['exempt', exemptContent],
      ['expedited', expeditedContent],
      ['full', fullContent],
    ] as const)('suggests the %s tier from a suitable statement', async (tier, content) => {
      const s = await createSubmission(author, venueId, `Tier ${tier}`);
      const submitted = await saveAndSubmit(author, s.id, content());
      expect(submitted.tierSuggestion.tier).toBe(tier);
      expect(submitted.latestVersion.tierSuggestion.tier).toBe(tier);
      if (tier === 'full') {
        expect(submitted.tierSuggestion.drivers[0]).toMatchObject({
          path: 'hazards.0.severity',
          floor: 'full',
        });
      }
    });
  });

  describe('who sees what', () => {
    let submittedId: string;
    let draftOnlyId: string;

    beforeAll(async () => {
      const s = await createSubmission(author, venueId, 'Visible to the chair');
      submittedId = (await saveAndSubmit(author, s.id, expeditedContent())).id;
      draftOnlyId = (await createSubmission(author, venueId, 'Still a draft')).id;
    });

    it('answers NOT_FOUND with the missing-id message to other authors and other venues’ chairs', async () => {
      const missing = errorOf(await author.client.request(GET, { id: MISSING_ID }));
      expect(missing.code).toBe('NOT_FOUND');
      const stranger = await signUp('Stranger');
      const otherChair = await signUp('OtherChair');
      await createVenue(otherChair);
      for (const person of [stranger, otherChair]) {
        for (const id of [submittedId, draftOnlyId]) {
          const result = errorOf(await person.client.request(GET, { id }));
          expect(result).toMatchObject({ code: 'NOT_FOUND', message: missing.message });
        }
        const save = errorOf(
          await person.client.request(SAVE, { id: draftOnlyId, content: completeContent(), rev: 1 }),
        );
        expect(save).toMatchObject({ code: 'NOT_FOUND', message: missing.message });
        const list = errorOf(await person.client.request(LIST, { venueId }));
        expect(list.code).toBe('FORBIDDEN');
      }
      expect(errorOf(await t.client().request(GET, { id: submittedId })).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await t.client().request(LIST, { venueId })).code).toBe('UNAUTHENTICATED');
    });

    it('never shows a draft to the chair: unsubmitted work is not found, an open revision is null', async () => {
      const missing = errorOf(await chair.client.request(GET, { id: MISSING_ID }));
      expect(errorOf(await chair.client.request(GET, { id: draftOnlyId }))).toMatchObject({
        code: 'NOT_FOUND',
        message: missing.message,
      });

      const seen = await get(chair, submittedId);
      expect(seen).toMatchObject({ phase: 'submitted', draft: null, latestVersion: { number: 1 } });
      expect(seen.authors[0].email).toMatch(/@example\.org$/);

      await author.client.ok(START_REVISION, { id: submittedId });
      const revising = await get(chair, submittedId);
      expect(revising.phase).toBe('revising');
      expect(revising.draft).toBeNull();
      expect(revising.latestVersion.number).toBe(1);
      expect(errorOf(await chair.client.request(VERSION, { id: submittedId, n: 2 })).code).toBe('NOT_FOUND');
      expect((await get(author, submittedId)).draft).not.toBeNull();

      // A chair who can see the submission still cannot edit it.
      const save = errorOf(
        await chair.client.request(SAVE, { id: submittedId, content: completeContent(), rev: 1 }),
      );
      expect(save.code).toBe('FORBIDDEN');
    });
  });

  describe('chair lists and tiers', () => {
    let listVenue: string;
    let listChair: Person;
    let writer: Person;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      listChair = await signUp('ListChair');
      listVenue = await createVenue(listChair);
      writer = await signUp('Writer');
      for (const [title, content] of [
        ['Alpha voice', exemptContent],
        ['Beta (vision)', expeditedContent],
        ['Gamma voice', fullContent],
      ] as const) {
        const s = await createSubmission(writer, listVenue, title);
        clock.advance(60_000);
        ids[title] = (await saveAndSubmit(writer, s.id, content())).id;
      }
      await createSubmission(writer, listVenue, 'Delta voice draft');
    });

    const titles = (page: any): string[] => page.items.map((i: any) => i.title);

    it('lists only submitted work, filtered, sorted and paged in the query', async () => {
      const all = (
        await listChair.client.ok(LIST, { venueId: listVenue, sort: { field: 'title', direction: 'asc' } })
      ).venueSubmissions;
      expect(all).toMatchObject({ total: 3, offset: 0, limit: 20 });
      expect(titles(all)).toEqual(['Alpha voice', 'Beta (vision)', 'Gamma voice']);
      expect(all.items.every((i: any) => i.draft === null)).toBe(true);

      const page1 = (
        await listChair.client.ok(LIST, {
          venueId: listVenue,
          sort: { field: 'title', direction: 'desc' },
          limit: 2,
        })
      ).venueSubmissions;
      expect(page1).toMatchObject({ total: 3, limit: 2 });
      expect(titles(page1)).toEqual(['Gamma voice', 'Beta (vision)']);
      const page2 = (
        await listChair.client.ok(LIST, {
          venueId: listVenue,
          sort: { field: 'title', direction: 'desc' },
          offset: 2,
          limit: 2,
        })
      ).venueSubmissions;
      expect(titles(page2)).toEqual(['Alpha voice']);

      const byTier = (
        await listChair.client.ok(LIST, { venueId: listVenue, sort: { field: 'tier', direction: 'desc' } })
      ).venueSubmissions;
      expect(byTier.items.map((i: any) => i.tierSuggestion.tier)).toEqual(['full', 'expedited', 'exempt']);
      const bySubmitted = (
        await listChair.client.ok(LIST, {
          venueId: listVenue,
          sort: { field: 'submittedAt', direction: 'asc' },
        })
      ).venueSubmissions;
      expect(titles(bySubmitted)).toEqual(['Alpha voice', 'Beta (vision)', 'Gamma voice']);

      const full = (await listChair.client.ok(LIST, { venueId: listVenue, filter: { tier: 'full' } }))
        .venueSubmissions;
      expect(full.total).toBe(1);
      expect(titles(full)).toEqual(['Gamma voice']);

      const voice = (
        await listChair.client.ok(LIST, {
          venueId: listVenue,
          filter: { search: 'VOICE' },
          sort: { field: 'title', direction: 'asc' },
        })
      ).venueSubmissions;
      expect(titles(voice)).toEqual(['Alpha voice', 'Gamma voice']);
      const literal = (await listChair.client.ok(LIST, { venueId: listVenue, filter: { search: '(vision' } }))
        .venueSubmissions;
      expect(titles(literal)).toEqual(['Beta (vision)']);
      const dotIsLiteral = (
        await listChair.client.ok(LIST, { venueId: listVenue, filter: { search: 'a.voice' } })
      ).venueSubmissions;
      expect(dotIsLiteral.total).toBe(0);

      const defaults = (await listChair.client.ok(LIST, { venueId: listVenue, offset: null, limit: null }))
        .venueSubmissions;
      expect(defaults).toMatchObject({ total: 3, offset: 0, limit: 20 });

      const drafts = (await listChair.client.ok(LIST, { venueId: listVenue, filter: { phase: 'draft' } }))
        .venueSubmissions;
      expect(drafts.total).toBe(0);

      const badPage = errorOf(
        await listChair.client.request(LIST, { venueId: listVenue, offset: -1, limit: 0 }),
      );
      expect(badPage.code).toBe('BAD_USER_INPUT');
      expect(badPage.paths).toEqual(['offset', 'limit']);
    });

    it('confirms and overrides tiers with the rules, on the current revision only', async () => {
      const id = ids['Beta (vision)'];
      const before = await get(listChair, id);
      expect(before.tierSuggestion.tier).toBe('expedited');

      const noReason = errorOf(
        await listChair.client.request(CONFIRM, { id, tier: 'full', reason: ' ', rev: before.revision }),
      );
      expect(noReason.code).toBe('BAD_USER_INPUT');
      expect(noReason.paths).toEqual(['reason']);
      expect(await get(listChair, id)).toMatchObject({
        tierStatus: 'suggested',
        tierDecision: null,
        revision: before.revision,
      });

      const confirmed = (
        await listChair.client.ok(CONFIRM, { id, tier: 'expedited', reason: '', rev: before.revision })
      ).confirmTier;
      expect(confirmed).toMatchObject({
        tierStatus: 'confirmed',
        revision: before.revision + 1,
        tierDecision: {
          tier: 'expedited',
          suggestedTier: 'expedited',
          reason: '',
          forVersion: 1,
          decidedBy: { id: listChair.id, name: 'ListChair' },
        },
      });

      const stale = errorOf(
        await listChair.client.request(CONFIRM, {
          id,
          tier: 'full',
          reason: 'Voice cloning needs experts.',
          rev: before.revision,
        }),
      );
      expect(stale.code).toBe('CONFLICT');

      const overridden = (
        await listChair.client.ok(CONFIRM, {
          id,
          tier: 'full',
          reason: 'Voice cloning needs experts.',
          rev: confirmed.revision,
        })
      ).confirmTier;
      expect(overridden).toMatchObject({
        tierStatus: 'overridden',
        tierDecision: { tier: 'full', suggestedTier: 'expedited', reason: 'Voice cloning needs experts.' },
      });

      const listed = (
        await listChair.client.ok(LIST, {
          venueId: listVenue,
          filter: { tier: 'full', tierStatus: 'overridden' },
        })
      ).venueSubmissions;
      expect(titles(listed)).toEqual(['Beta (vision)']);
    });

    it('keeps a decision when a revision agrees with it, and puts the tier back to suggested when it does not', async () => {
      const id = ids['Alpha voice'];
      const before = await get(listChair, id);
      const decided = (
        await listChair.client.ok(CONFIRM, { id, tier: 'exempt', reason: '', rev: before.revision })
      ).confirmTier;
      expect(decided.tierStatus).toBe('confirmed');

      await writer.client.ok(START_REVISION, { id });
      const same = await saveAndSubmit(
        writer,
        id,
        changed((c) => {
          c.hazards = [
            { kind: 'attention_hazard', severity: 'low', description: 'Shows that short clips suffice now.' },
          ];
          c.pathToHarm = c.pathToHarm.map((row) => ({ ...row, rating: 'low' }));
          c.indirectHarms = c.indirectHarms.map((row) => ({ ...row, applies: false, description: '' }));
        }),
      );
      expect(same).toMatchObject({
        tierStatus: 'confirmed',
        tierSuggestion: { tier: 'exempt' },
        latestVersion: { number: 2 },
      });

      await writer.client.ok(START_REVISION, { id });
      const riskier = await saveAndSubmit(writer, id, fullContent());
      expect(riskier).toMatchObject({
        tierStatus: 'suggested',
        tierSuggestion: { tier: 'full' },
        tierDecision: { tier: 'exempt', forVersion: 1 },
      });
      // Lists follow the suggestion again while the decision no longer stands.
      const full = (
        await listChair.client.ok(LIST, {
          venueId: listVenue,
          filter: { tier: 'full', tierStatus: 'suggested' },
        })
      ).venueSubmissions;
      expect(titles(full).sort()).toEqual(['Alpha voice', 'Gamma voice']);
    });

    it('refuses a tier decision by an author, even one who chairs the venue', async () => {
      const own = await createSubmission(listChair, listVenue, 'Chair’s own work');
      const submitted = await saveAndSubmit(listChair, own.id, expeditedContent());
      const result = errorOf(
        await listChair.client.request(CONFIRM, {
          id: own.id,
          tier: 'expedited',
          reason: '',
          rev: submitted.revision,
        }),
      );
      expect(result.code).toBe('FORBIDDEN');
      expect((await get(listChair, own.id)).tierStatus).toBe('suggested');

      const s = await createSubmission(author, venueId, 'Author tries');
      const mine = await saveAndSubmit(author, s.id, expeditedContent());
      expect(
        errorOf(
          await author.client.request(CONFIRM, {
            id: s.id,
            tier: 'expedited',
            reason: '',
            rev: mine.revision,
          }),
        ).code,
      ).toBe('FORBIDDEN');
      expect(
        errorOf(
          await listChair.client.request(CONFIRM, {
            id: s.id,
            tier: 'expedited',
            reason: '',
            rev: mine.revision,
          }),
        ).code,
      ).toBe('NOT_FOUND');
    });
  });
});
