import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
// The domain's test fixture is deliberately not part of its public index; tests share it by path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  NOW,
  changed,
  completeContent,
  fixtureArtifacts,
} from '../../../libs/domain/src/statement/statement-content.fixture';
import {
  COMPARE,
  CONFIRM,
  LINKS,
  LIST,
  ME,
  MINE,
  MISSING_ID,
  SAVE,
  START_REVISION,
  SUBMIT,
  VERSION,
  CREATE,
  GET,
  SubmissionSteps,
  details,
  errorOf,
  exemptContent,
  expeditedContent,
  fullContent,
  type Person,
} from './submission-helpers';
import { FixedClock, startTestApp, type TestApp } from './test-app';

describe('submissions and impact statements (real FerretDB)', () => {
  let t: TestApp;
  const clock = new FixedClock(NOW);

  let steps: SubmissionSteps;
  const signUp = (name: string): Promise<Person> => steps.signUp(name);
  const createVenue = (chair: Person): Promise<string> => steps.createVenue(chair);
  const createSubmission = (author: Person, venueId: string, title?: string) =>
    steps.create(author, venueId, title);
  const get = (person: Person, id: string) => steps.get(person, id);
  const saveAndSubmit = (...args: Parameters<SubmissionSteps['saveAndSubmit']>) =>
    steps.saveAndSubmit(...args);

  /** Versions stored for a submission, read from the collection itself (not through the API's filters). */
  async function storedVersions(submissionId: string): Promise<number[]> {
    const versions = t.app.get<Model<{ submissionId: string; number: number }>>(
      getModelToken('StatementVersion'),
    );
    const docs = await versions.find({ submissionId }).sort({ number: 1 }).lean().exec();
    return docs.map((d) => d.number);
  }

  /** The draft input for `content` with the submission's details. */
  const draftOf = (content: unknown, title = 'Few-shot voice cloning') => ({ ...details(title), content });

  let author: Person;
  let chair: Person;
  let venueId: string;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    steps = new SubmissionSteps(t);
    author = await signUp('Author');
    chair = await signUp('Chair');
    venueId = await createVenue(chair);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('creating and editing', () => {
    it('creates a submission whose draft holds its details and an empty statement aligned to its artifacts', async () => {
      const s = await createSubmission(author, venueId);
      expect(s).toMatchObject({
        title: 'Few-shot voice cloning',
        phase: 'draft',
        revision: 1,
        tierStatus: 'awaiting_submission',
        tier: null,
        tierSuggestion: null,
        tierDecision: null,
        tierHistory: [],
        submittedAt: null,
        latestVersion: null,
        versions: [],
        venue: { id: venueId },
        links: LINKS,
      });
      expect(s.authors).toEqual([
        { id: author.id, name: 'Author', email: expect.stringMatching(/^author-.*@example\.org$/) },
      ]);
      expect(s.draft).toMatchObject({
        title: 'Few-shot voice cloning',
        abstract: 'We clone voices from five seconds of audio.',
        links: LINKS,
        artifacts: fixtureArtifacts(),
        revision: 1,
        basedOnVersion: null,
      });
      expect(s.draft.content.releasePlan.map((p: any) => [p.artifactKey, p.contentLevel])).toEqual([
        ['paper', 'withheld'],
        ['model', 'withheld'],
        ['code', 'withheld'],
      ]);
      // Nothing is answered for the author: ratings start "not yet rated", "applies" unanswered.
      expect(s.draft.content.pathToHarm).toHaveLength(9);
      expect(s.draft.content.pathToHarm.every((row: any) => row.rating === null)).toBe(true);
      expect(s.draft.content.indirectHarms.every((row: any) => row.applies === null)).toBe(true);
      expect(s.draft.sectionStatus.every((x: any) => x.complete === false)).toBe(true);
      const mine = await author.client.ok(MINE);
      expect(mine.mySubmissions.map((x: any) => x.id)).toContain(s.id);
    });

    it('refuses bad metadata and an unknown venue with field paths, and creates nothing', async () => {
      const other = await signUp('Nobody');
      const bad = await other.client.request(CREATE, {
        input: {
          venueId: MISSING_ID,
          title: '  ',
          abstract: 'x'.repeat(5001),
          links: LINKS,
          artifacts: [fixtureArtifacts()[0], fixtureArtifacts()[0]],
        },
      });
      expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(errorOf(bad).paths.sort()).toEqual(['abstract', 'artifacts.1.key', 'title', 'venueId']);
      expect((await other.client.ok(MINE)).mySubmissions).toEqual([]);
    });

    it('asks for a venue with the domain sentence the web form shows, and creates nothing', async () => {
      const other = await signUp('Nobody either');
      const bad = await other.client.request(CREATE, {
        input: { venueId: ' ', title: 'A title', abstract: '', links: LINKS, artifacts: [fixtureArtifacts()[0]] },
      });
      expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['venueId'] });
      expect(bad.errors?.[0]?.extensions?.fieldErrors).toEqual([
        { path: 'venueId', message: 'Choose the venue you submit to.' },
      ]);
      expect((await other.client.ok(MINE)).mySubmissions).toEqual([]);
    });

    it('autosaves details and statement as one draft, reloads the same, and refuses a stale draft revision', async () => {
      const s = await createSubmission(author, venueId);
      const partial = { ...s.draft.content, summary: 'A first sentence about the work and its risks.' };
      partial.hazards = [{ kind: 'product_hazard', severity: 'high', description: 'Phone scams.' }];
      // The model and the code are removed below, and their plans with them.
      partial.releasePlan = partial.releasePlan.slice(0, 1);
      const artifacts = [
        fixtureArtifacts()[0],
        // A new artifact may be saved before it has a name.
        { key: 'data', kind: 'training_data', name: '', description: '', powerLevel: 'full' },
      ];
      const input = {
        title: 'Renamed work',
        abstract: 'New abstract.',
        // Half typed: saved as it is; checked when submitting.
        links: { ...LINKS, repositoryUrl: 'https://git' },
        artifacts,
        content: partial,
      };
      const saved = (await author.client.ok(SAVE, { id: s.id, draft: input, rev: 1 })).saveDraft;
      expect(saved).toMatchObject({ revision: 2, title: 'Renamed work', artifacts });
      expect(saved.suggestedTier.tier).toBe('expedited');
      expect(saved.sectionStatus.find((x: any) => x.section === 'summary').complete).toBe(true);
      // The release plan follows the artifacts: the new one gets the most cautious plan.
      expect(saved.content.releasePlan.map((p: any) => [p.artifactKey, p.contentLevel])).toEqual([
        ['paper', 'withheld'],
        ['data', 'withheld'],
      ]);

      const reloaded = await get(author, s.id);
      expect(reloaded.draft).toMatchObject({
        title: 'Renamed work',
        abstract: 'New abstract.',
        links: input.links,
        artifacts,
        revision: 2,
      });
      expect(reloaded.draft.content).toEqual(saved.content);
      // Before the first submission only the authors see the submission, and they see their draft.
      expect(reloaded.title).toBe('Renamed work');
      // Autosave does not move the revision others see.
      expect(reloaded.revision).toBe(s.revision);

      const stale = await author.client.request(SAVE, {
        id: s.id,
        draft: { ...input, title: 'Overwritten?' },
        rev: 1,
      });
      expect(errorOf(stale).code).toBe('CONFLICT');
      expect((await get(author, s.id)).draft.title).toBe('Renamed work');
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
      const result = await author.client.request(SAVE, {
        id: s.id,
        draft: { ...draftOf(junk), title: 'x'.repeat(301) },
        rev: 1,
      });
      expect(errorOf(result).code).toBe('BAD_USER_INPUT');
      expect(errorOf(result).paths).toEqual(['title', 'hazards.0.description', 'releasePlan.3.artifactKey']);
      const after = await get(author, s.id);
      expect(after.draft.revision).toBe(1);
      expect(after.draft.content).toEqual(s.draft.content);
    });
  });

  describe('submitting and revising', () => {
    it('rejects an incomplete statement with every section path and changes nothing', async () => {
      const s = await createSubmission(author, venueId);
      const partial = { ...s.draft.content, summary: 'Too short' };
      const saved = (
        await author.client.ok(SAVE, {
          id: s.id,
          draft: { ...draftOf(partial), links: { ...LINKS, doi: 'not a doi' } },
          rev: 1,
        })
      ).saveDraft;

      const result = await author.client.request(SUBMIT, { id: s.id, rev: saved.revision });
      const error = errorOf(result);
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.reason).toBe('INCOMPLETE_STATEMENT');
      expect(error.paths).toEqual(
        expect.arrayContaining([
          'links.doi',
          'summary',
          'hazards',
          'pathToHarm.0.rating',
          'pathToHarm.0.justification',
          'indirectHarms.0.applies',
          'mitigations',
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
      // Registering work and failing to submit it grants nothing at the venue.
      expect((await author.client.ok(ME)).me.roles).not.toContainEqual({ venueId, role: 'author' });
      const v1 = await author.client.request(VERSION, { id: s.id, n: 1 });
      expect(errorOf(v1).code).toBe('NOT_FOUND');
      expect(await storedVersions(s.id)).toEqual([]);
    });

    it('freezes version 1 with its details, revises it into version 2 and compares the two', async () => {
      const s = await createSubmission(author, venueId);
      const submitted = await saveAndSubmit(author, s.id, expeditedContent());
      expect(submitted).toMatchObject({
        phase: 'submitted',
        draft: null,
        tierStatus: 'suggested',
        tier: 'expedited',
        submittedAt: NOW.toISOString(),
      });
      // The first submitted version makes its author an author of the venue.
      expect((await author.client.ok(ME)).me.roles).toContainEqual({ venueId, role: 'author' });
      expect(submitted.revision).toBe(s.revision + 1);
      expect(submitted.latestVersion).toMatchObject({
        number: 1,
        title: 'Few-shot voice cloning',
        abstract: 'We clone voices from five seconds of audio.',
        links: LINKS,
        authors: [{ id: author.id, name: 'Author' }],
        submittedBy: { id: author.id },
        tierSuggestion: { tier: 'expedited' },
      });
      expect(submitted.latestVersion.content).toEqual(expeditedContent());
      expect(submitted.latestVersion.artifacts.map((a: any) => a.key)).toEqual(['paper', 'model', 'code']);
      expect(submitted.tierSuggestion).toMatchObject({ tier: 'expedited', score: 7 });
      expect(submitted.versions).toEqual([{ number: 1, submittedAt: NOW.toISOString() }]);

      // Frozen: no draft to save into (details included) until a revision starts.
      const save = await author.client.request(SAVE, {
        id: s.id,
        draft: draftOf(expeditedContent(), 'x'),
        rev: 99,
      });
      expect(errorOf(save).reason).toBe('NO_OPEN_DRAFT');

      clock.advance(3600_000);
      const revising = (await author.client.ok(START_REVISION, { id: s.id })).startRevision;
      expect(revising.phase).toBe('revising');
      expect(revising.draft.basedOnVersion).toBe(1);
      expect(revising.draft.content).toEqual(expeditedContent());
      expect(revising.draft).toMatchObject({ title: 'Few-shot voice cloning', links: LINKS });
      // Opening a revision changes nothing others can see.
      expect(revising.revision).toBe(submitted.revision);
      // Draft revisions keep counting, so a tab holding the old draft's revision cannot save into this one.
      expect(revising.draft.revision).toBeGreaterThan(2);
      expect(errorOf(await author.client.request(START_REVISION, { id: s.id })).reason).toBe('NOT_REVISABLE');

      const v2Content = changed((c) => {
        c.summary = 'A voice cloning model that needs only three seconds of audio.';
        c.hazards[1] = { ...c.hazards[1], severity: 'medium' };
      });
      const v2Details = {
        ...details('Three-second voice cloning'),
        artifacts: fixtureArtifacts().map((a) => (a.key === 'model' ? { ...a, powerLevel: 'reduced' } : a)),
      };
      const saved = (
        await author.client.ok(SAVE, {
          id: s.id,
          draft: { ...v2Details, content: v2Content },
          rev: revising.draft.revision,
        })
      ).saveDraft;
      const v2 = (await author.client.ok(SUBMIT, { id: s.id, rev: saved.revision })).submitStatement;
      expect(v2.phase).toBe('submitted');
      expect(v2.title).toBe('Three-second voice cloning');
      expect(v2.latestVersion.number).toBe(2);
      expect(v2.versions.map((v: any) => v.number)).toEqual([1, 2]);
      expect(v2.submittedAt).toBe(new Date(NOW.getTime() + 3600_000).toISOString());

      const v1 = (await author.client.ok(VERSION, { id: s.id, n: 1 })).submission.version;
      expect(v1.content).toEqual(expeditedContent());
      expect(v1.title).toBe('Few-shot voice cloning');
      expect(v1.artifacts).toEqual(fixtureArtifacts());

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
      // The details are compared too: the title and the model's power level changed.
      expect(bySection.details.changes).toEqual([
        {
          path: 'title',
          label: 'Title',
          before: 'Few-shot voice cloning',
          after: 'Three-second voice cloning',
        },
        {
          path: 'artifacts.1.powerLevel',
          label: 'Artifact “Voice model” · power level',
          before: 'Full',
          after: 'Reduced',
        },
      ]);
      expect(
        comparison
          .filter((c: any) => c.changed)
          .map((c: any) => c.section)
          .sort(),
      ).toEqual(['details', 'hazards', 'summary']);

      const missing = await author.client.request(COMPARE, { id: s.id, from: 1, to: 3 });
      expect(errorOf(missing).code).toBe('NOT_FOUND');
    });

    it('lets exactly one of two concurrent submits of the same draft win', async () => {
      const s = await createSubmission(author, venueId);
      const saved = (await author.client.ok(SAVE, { id: s.id, draft: draftOf(expeditedContent()), rev: 1 }))
        .saveDraft;
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
      const saved = (await author.client.ok(SAVE, { id: s.id, draft: draftOf(expeditedContent()), rev: 1 }))
        .saveDraft;
      const versions = t.app.get<Model<Record<string, unknown>>>(getModelToken('StatementVersion'));
      const leftover = {
        submissionId: s.id,
        number: 1,
        title: 'left behind',
        links: LINKS,
        authorIds: [author.id],
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
        for (const id of [draftOnlyId, MISSING_ID, 'not-an-id']) {
          const save = errorOf(
            await person.client.request(SAVE, { id, draft: draftOf(completeContent()), rev: 1 }),
          );
          expect(save).toMatchObject({ code: 'NOT_FOUND', message: missing.message });
        }
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
      const draftRevision = (await get(author, submittedId)).draft.revision;
      const save = errorOf(
        await chair.client.request(SAVE, {
          id: submittedId,
          draft: draftOf(completeContent()),
          rev: draftRevision,
        }),
      );
      expect(save.code).toBe('FORBIDDEN');
      expect((await get(author, submittedId)).draft.revision).toBe(draftRevision);
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
      // Every word of the search must start a word of the title or an author's name.
      const prefixes = (await listChair.client.ok(LIST, { venueId: listVenue, filter: { search: 'alp VOI' } }))
        .venueSubmissions;
      expect(titles(prefixes)).toEqual(['Alpha voice']);
      const inside = (await listChair.client.ok(LIST, { venueId: listVenue, filter: { search: 'oice' } }))
        .venueSubmissions;
      expect(inside.total).toBe(0);
      expect(inside.searchCapped).toBe(false);
      // Regular-expression characters are just separators.
      const dotted = (await listChair.client.ok(LIST, { venueId: listVenue, filter: { search: 'gam.*voice' } }))
        .venueSubmissions;
      expect(titles(dotted)).toEqual(['Gamma voice']);

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
        tier: 'full',
        tierDecision: { tier: 'full', suggestedTier: 'expedited', reason: 'Voice cloning needs experts.' },
      });
      // The second decision did not replace the first one in the record: both are kept, in order.
      expect(overridden.tierHistory).toEqual([
        expect.objectContaining({ tier: 'expedited', suggestedTier: 'expedited', reason: '', forVersion: 1 }),
        expect.objectContaining({
          tier: 'full',
          suggestedTier: 'expedited',
          reason: 'Voice cloning needs experts.',
          forVersion: 1,
          decidedBy: { id: listChair.id, name: 'ListChair' },
        }),
      ]);
      // The history is the committee's record: its authors do not get it.
      expect((await get(writer, id)).tierHistory).toEqual([]);

      const listed = (
        await listChair.client.ok(LIST, {
          venueId: listVenue,
          filter: { tier: 'full', tierStatus: 'overridden' },
        })
      ).venueSubmissions;
      expect(titles(listed)).toEqual(['Beta (vision)']);
    });

    it('keeps a decision when a revision agrees with it, and asks the chair to decide again when it does not', async () => {
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
      // The decision was for version 1; version 3 suggests another tier, so it no longer stands.
      expect(riskier).toMatchObject({
        tierStatus: 'needs_confirmation',
        tier: 'full',
        tierSuggestion: { tier: 'full' },
        tierDecision: { tier: 'exempt', forVersion: 1 },
      });
      // The filter and the tier shown agree: both use the tier in force, the new suggestion.
      const full = (await listChair.client.ok(LIST, { venueId: listVenue, filter: { tier: 'full' } }))
        .venueSubmissions;
      // (Beta was overridden to full above.)
      expect(titles(full).sort()).toEqual(['Alpha voice', 'Beta (vision)', 'Gamma voice']);
      expect(full.items.map((i: any) => i.tier)).toEqual(['full', 'full', 'full']);
      const exempt = (await listChair.client.ok(LIST, { venueId: listVenue, filter: { tier: 'exempt' } }))
        .venueSubmissions;
      expect(titles(exempt)).toEqual([]);
      const waiting = (
        await listChair.client.ok(LIST, { venueId: listVenue, filter: { tierStatus: 'needs_confirmation' } })
      ).venueSubmissions;
      expect(titles(waiting)).toEqual(['Alpha voice']);

      // The chair decides again, for version 3; the history keeps both decisions.
      const again = (
        await listChair.client.ok(CONFIRM, { id, tier: 'full', reason: '', rev: riskier.revision })
      ).confirmTier;
      expect(again).toMatchObject({
        tierStatus: 'confirmed',
        tier: 'full',
        tierDecision: { tier: 'full', forVersion: 3 },
      });
      expect(again.tierHistory.map((d: any) => [d.forVersion, d.suggestedTier, d.tier])).toEqual([
        [1, 'exempt', 'exempt'],
        [3, 'full', 'full'],
      ]);
    });

    it('refuses a decision on a version the chair has not seen', async () => {
      const id = ids['Gamma voice'];
      const seen = await get(listChair, id);
      await writer.client.ok(START_REVISION, { id });
      // Opening a revision is not a change to the tier: the chair's decision still goes through.
      const decided = (
        await listChair.client.ok(CONFIRM, { id, tier: 'full', reason: '', rev: seen.revision })
      ).confirmTier;
      expect(decided.tierDecision.forVersion).toBe(1);
      await saveAndSubmit(writer, id, exemptContent());
      const stale = errorOf(
        await listChair.client.request(CONFIRM, {
          id,
          tier: 'full',
          reason: 'Still a voice cloning model.',
          rev: decided.revision,
        }),
      );
      expect(stale.code).toBe('CONFLICT');
      expect((await get(listChair, id)).tierHistory).toHaveLength(1);
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
