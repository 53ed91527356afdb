// A venue's tier policy and its expertise taxonomy: defaults, chairs' edits (validated, guarded by
// the revision, in the log), and the preview of which statements a policy change affects.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { NOW } from '../../../libs/domain/src/statement/statement-content.fixture';
import { DEFAULT_TIER_POLICY } from '@impact-review/domain';
import { SubmissionSteps, errorOf, expeditedContent, type Person } from './submission-helpers';
import { FixedClock, startTestApp, type TestApp } from './test-app';

const POLICY_FIELDS = `exempt { ...R } expedited { ...R } full { ...R }`;
const FRAGMENT = `fragment R on TierRequirement { chairCheck expertReviewers communityReviewers reviewDays disapproval }`;
const VENUE = `query($id: ID!) { venue(id: $id) { revision tierPolicy { ${POLICY_FIELDS} } taxonomy { areas { label subAreas } communities } } } ${FRAGMENT}`;
const UPDATE = `mutation($v: ID!, $p: TierPolicyInput!, $rev: Int!) { updateTierPolicy(venueId: $v, policy: $p, expectedRevision: $rev) { revision tierPolicy { ${POLICY_FIELDS} } } } ${FRAGMENT}`;
const TAXONOMY = `mutation($v: ID!, $x: VenueTaxonomyInput!, $rev: Int!) { updateVenueTaxonomy(venueId: $v, taxonomy: $x, expectedRevision: $rev) { revision taxonomy { areas { label subAreas } communities } } }`;
const IMPACT = `query($v: ID!, $p: TierPolicyInput!) { tierPolicyImpact(venueId: $v, policy: $p) { tier changedFields statements examples { id title } } }`;
const HISTORY = `query($v: ID!) { venueHistory(venueId: $v, filter: { kind: "venue.changed" }) { events { summary } } }`;
const DECLARE = `mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }`;

describe('tier policy and taxonomy (real FerretDB)', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  let chair: Person;
  let secondChair: Person;
  let author: Person;
  let venueId: string;
  const revision = async () => (await chair.client.ok(VENUE, { id: venueId })).venue.revision as number;

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(NOW) });
    steps = new SubmissionSteps(t);
    chair = await steps.signUp('Carla Chair');
    secondChair = await steps.signUp('Sam Second-Chair');
    author = await steps.signUp('Ada Author');
    venueId = await steps.createVenue(chair);
    await steps.join(chair, secondChair, venueId, 'chair');
  });
  afterAll(async () => {
    await t.close();
  });

  it('starts from the default policy and saves a chair’s edit, in the log', async () => {
    const { venue } = await chair.client.ok(VENUE, { id: venueId });
    expect(venue.tierPolicy).toEqual(DEFAULT_TIER_POLICY);
    const policy = { ...DEFAULT_TIER_POLICY, full: { ...DEFAULT_TIER_POLICY.full, expertReviewers: 3, reviewDays: 21 } };
    const saved = (await chair.client.ok(UPDATE, { v: venueId, p: policy, rev: venue.revision })).updateTierPolicy;
    expect(saved.revision).toBe(venue.revision + 1);
    expect(saved.tierPolicy.full).toEqual({ ...DEFAULT_TIER_POLICY.full, expertReviewers: 3, reviewDays: 21 });
    await t.outboxSettled();
    const summaries = (await chair.client.ok(HISTORY, { v: venueId })).venueHistory.events.map((e: { summary: string }) => JSON.parse(e.summary));
    expect(summaries.some((s: Record<string, any>) => s['tierPolicy']?.after?.full?.expertReviewers === 3)).toBe(true);
  });

  it('refuses an invalid policy with paths, a stale revision, and anyone but the chairs; nothing changes', async () => {
    const before = (await chair.client.ok(VENUE, { id: venueId })).venue;
    const invalid = {
      ...DEFAULT_TIER_POLICY,
      expedited: { ...DEFAULT_TIER_POLICY.expedited, expertReviewers: 0 },
      full: { ...DEFAULT_TIER_POLICY.full, disapproval: 'refer_to_full', reviewDays: 0 },
    };
    const refused = await chair.client.request(UPDATE, { v: venueId, p: invalid, rev: before.revision });
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['expedited.expertReviewers', 'full.reviewDays', 'full.disapproval'] });
    const stale = await chair.client.request(UPDATE, { v: venueId, p: DEFAULT_TIER_POLICY, rev: before.revision - 1 });
    expect(errorOf(stale).code).toBe('CONFLICT');
    const byAuthor = await author.client.request(UPDATE, { v: venueId, p: DEFAULT_TIER_POLICY, rev: before.revision });
    expect(errorOf(byAuthor).code).toBe('FORBIDDEN');
    expect((await chair.client.ok(VENUE, { id: venueId })).venue).toEqual(before);
  });

  it('two chairs saving at once: exactly one wins, the other is told to reload', async () => {
    const rev = await revision();
    const results = await Promise.all(
      [chair, secondChair].map((person, i) =>
        person.client.request(UPDATE, { v: venueId, p: { ...DEFAULT_TIER_POLICY, full: { ...DEFAULT_TIER_POLICY.full, reviewDays: 30 + i } }, rev }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => errorOf(r).code)).toEqual(['CONFLICT']);
  });

  it('previews which statements a change affects, as the chair may see them', async () => {
    const ids: string[] = [];
    for (const title of ['Voice study one', 'Voice study two']) {
      const created = await steps.create(author, venueId, title);
      ids.push((await steps.saveAndSubmit(author, created.id, expeditedContent())).id);
    }
    const current = (await chair.client.ok(VENUE, { id: venueId })).venue.tierPolicy;
    const proposed = { ...current, expedited: { ...current.expedited, communityReviewers: 1 } };
    const impact = (await chair.client.ok(IMPACT, { v: venueId, p: proposed })).tierPolicyImpact;
    expect(impact).toEqual([
      { tier: 'expedited', changedFields: ['communityReviewers'], statements: 2, examples: expect.arrayContaining(ids.map((id) => expect.objectContaining({ id }))) },
    ]);
    expect((await chair.client.ok(IMPACT, { v: venueId, p: current })).tierPolicyImpact).toEqual([]);
    // A chair conflicted with one of them is not told about it.
    await author.client.ok(DECLARE, { input: { submissionId: ids[0], userId: secondChair.id, type: 'personal', reason: 'Friends' } });
    const seenBySecond = (await secondChair.client.ok(IMPACT, { v: venueId, p: proposed })).tierPolicyImpact;
    expect(seenBySecond).toEqual([{ tier: 'expedited', changedFields: ['communityReviewers'], statements: 1, examples: [expect.objectContaining({ id: ids[1] })] }]);
    expect(errorOf(await author.client.request(IMPACT, { v: venueId, p: proposed })).code).toBe('FORBIDDEN');
    expect(errorOf(await chair.client.request(IMPACT, { v: venueId, p: { ...proposed, full: { ...proposed.full, reviewDays: -1 } } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      paths: ['full.reviewDays'],
    });
  });

  it('keeps the expertise areas and communities, tidied, and refuses duplicates by row', async () => {
    const saved = (
      await chair.client.ok(TAXONOMY, {
        v: venueId,
        rev: await revision(),
        x: { areas: [{ label: ' Speech   synthesis ', subAreas: ['Voice cloning', 'Prosody'] }], communities: ['Voice actors', 'Journalists and fact-checkers'] },
      })
    ).updateVenueTaxonomy;
    expect(saved.taxonomy).toEqual({
      areas: [{ label: 'Speech synthesis', subAreas: ['Voice cloning', 'Prosody'] }],
      communities: ['Voice actors', 'Journalists and fact-checkers'],
    });
    const duplicate = await chair.client.request(TAXONOMY, { v: venueId, rev: saved.revision, x: { areas: [], communities: ['Voice actors', 'voice  actors'] } });
    expect(errorOf(duplicate)).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['communities.1'] });
  });
});
