import { fixtureArtifacts } from '../statement/statement-content.fixture';
import type { Tier } from '../vocabulary/vocabulary';
import {
  effectiveTier,
  combineSearchCandidates,
  matchesSearch,
  normalizeSearchText,
  searchWordsOf,
  searchTextOf,
  tierRank,
  tierStatusAfterSubmission,
  validateDraftMetadata,
  validateMetadataForSubmission,
  validateNewSubmission,
  validatePage,
  type SubmissionMetadata,
  type TierStatus,
} from './submission.rules';

const valid = (): SubmissionMetadata => ({
  title: 'Few-shot voice cloning',
  abstract: '',
  links: {
    paperUrl: 'https://example.org/p.pdf',
    openReviewUrl: '',
    doi: '10.1145/3375627.3375815',
    repositoryUrl: '',
  },
  artifacts: fixtureArtifacts(),
});

describe('metadata validation', () => {
  it('accepts complete metadata in a draft and for submission', () => {
    expect(validateDraftMetadata(valid())).toEqual([]);
    expect(validateMetadataForSubmission(valid())).toEqual([]);
  });

  // [path, change, in a draft, when registering, when submitting]
  it.each<[string, Partial<SubmissionMetadata>, boolean, boolean, boolean]>([
    ['title', { title: '   ' }, false, true, true],
    ['title', { title: 'x'.repeat(301) }, true, true, true],
    ['abstract', { abstract: 'x'.repeat(5001) }, true, true, true],
    // Half-typed links must autosave; their format is checked when submitting.
    ['links.paperUrl', { links: { ...valid().links, paperUrl: 'https://exa' } }, false, false, false],
    ['links.paperUrl', { links: { ...valid().links, paperUrl: 'javascript:alert(1)' } }, false, false, true],
    [
      'links.repositoryUrl',
      { links: { ...valid().links, repositoryUrl: 'github.com/x' } },
      false,
      false,
      true,
    ],
    ['links.doi', { links: { ...valid().links, doi: 'doi:10.1/x' } }, false, false, true],
    [
      'links.paperUrl',
      { links: { ...valid().links, paperUrl: `https://e.org/${'x'.repeat(2000)}` } },
      true,
      true,
      true,
    ],
    ['artifacts', { artifacts: [] }, false, false, true],
    ['artifacts.1.key', { artifacts: [fixtureArtifacts()[0], fixtureArtifacts()[0]] }, true, true, true],
    ['artifacts.0.name', { artifacts: [{ ...fixtureArtifacts()[0], name: '' }] }, false, false, true],
  ])('%s after %j: draft %s, new %s, submission %s', (path, change, inDraft, inNew, inSubmission) => {
    const input = { ...valid(), ...change };
    expect(validateDraftMetadata(input).map((e) => e.path)).toEqual(inDraft ? [path] : []);
    expect(validateNewSubmission(input).map((e) => e.path)).toEqual(inNew ? [path] : []);
    expect(validateMetadataForSubmission(input).map((e) => e.path)).toEqual(inSubmission ? [path] : []);
  });
});

describe('tier status bookkeeping', () => {
  const decided = (tier: Tier, suggestedTier: Tier) => ({ tier, suggestedTier });

  it.each<[string, { tier: Tier; suggestedTier: Tier } | null, Tier, TierStatus]>([
    ['no decision yet', null, 'full', 'suggested'],
    ['a confirmation the new version agrees with', decided('exempt', 'exempt'), 'exempt', 'confirmed'],
    ['an override the new version agrees with', decided('full', 'expedited'), 'full', 'overridden'],
    [
      'a confirmation the new version disagrees with',
      decided('expedited', 'expedited'),
      'full',
      'needs_confirmation',
    ],
    [
      'an override the new version disagrees with',
      decided('full', 'expedited'),
      'exempt',
      'needs_confirmation',
    ],
  ])('after a new version with %s', (_name, decision, suggested, status) => {
    expect(tierStatusAfterSubmission(decision, suggested)).toBe(status);
  });

  it('ranks the tier in force: the decision while it stands, else the latest suggestion', () => {
    expect(effectiveTier('overridden', 'full', 'exempt')).toBe('full');
    expect(effectiveTier('confirmed', 'expedited', 'expedited')).toBe('expedited');
    expect(effectiveTier('suggested', 'full', 'exempt')).toBe('exempt');
    expect(effectiveTier('needs_confirmation', 'expedited', 'full')).toBe('full');
    expect(effectiveTier('awaiting_submission', null, null)).toBeNull();
    expect([tierRank(null), tierRank('exempt'), tierRank('expedited'), tierRank('full')]).toEqual([
      0, 1, 2, 3,
    ]);
  });
});

describe('search text', () => {
  it.each([
    ['  Few-shot  VOICE\tcloning ', 'few-shot voice cloning'],
    ['Tomás Ibarra', 'tomas ibarra'],
    ['Ａｒｊｕｎ', 'arjun'],
    ['', ''],
  ])('normalizes %j to %j', (input, output) => {
    expect(normalizeSearchText(input)).toBe(output);
  });

  it('holds the title and every author name, so a normalized query finds either', () => {
    const text = searchTextOf('Real-time Voice Cloning', ['Tomás Ibarra', 'Mei Chen']);
    for (const query of ['VOICE', 'tomas', 'ibarra', 'mei chen', 'Tomás']) {
      expect(text).toContain(normalizeSearchText(query));
    }
    expect(text).not.toContain('draft');
  });
});

describe('list helpers', () => {
  it('checks offset, limit and search length', () => {
    expect(validatePage(0, 20, 'voice')).toEqual([]);
    expect(validatePage(-1, 0, 'x'.repeat(201)).map((e) => e.path)).toEqual([
      'offset',
      'limit',
      'filter.search',
    ]);
    expect(validatePage(0, 101, null).map((e) => e.path)).toEqual(['limit']);
  });
});

describe('search words', () => {
  it.each([
    ['Real-time Voice Cloning', ['real', 'time', 'voice', 'cloning']],
    ['Tomás Ibarra · Mei Chen', ['tomas', 'ibarra', 'mei', 'chen']],
    ['GPT-2 in 2019: a 1.5B model', ['gpt', 'in', '2019', '1', '5b', 'model'].filter((w) => w.length >= 2)],
    ['Ünïcödé 声音 克隆', ['unicode', '声音', '克隆']],
    ['voice voice VOICE', ['voice']],
    ['  ', []],
  ])('%j has the words %j', (text, words) => {
    expect(searchWordsOf(text)).toEqual(words);
  });

  it.each([
    ['real time voice cloning · tomas ibarra', 'clon', true],
    ['real time voice cloning · tomas ibarra', 'VOICE Ibar', true],
    ['real time voice cloning · tomas ibarra', 'Tomás', true],
    ['real time voice cloning · tomas ibarra', 'loning', false],
    ['real time voice cloning · tomas ibarra', 'voice face', false],
    ['real time voice cloning · tomas ibarra', 'a', false],
    ['real time voice cloning · tomas ibarra', 'a voice', true],
  ])('%j matches the search %j: %s', (text, search, expected) => {
    expect(matchesSearch(text, search)).toBe(expected);
  });

  it.each([
    ['x', 'filter.search'],
    ['one two three four five six seven eight nine', 'filter.search'],
  ])('refuses the search %j', (search, path) => {
    expect(validatePage(0, 20, search).map((e) => e.path)).toEqual([path]);
  });

  it('accepts no search, and a search of one real word', () => {
    expect(validatePage(0, 20, '')).toEqual([]);
    expect(validatePage(0, 20, 'voice')).toEqual([]);
  });
});

describe('combineSearchCandidates', () => {
  it.each([
    ['no words', [], 3, { ids: [], capped: false }],
    ['one complete word', [['a', 'b']], 3, { ids: ['a', 'b'], capped: false }],
    ['two complete words: their intersection', [['a', 'b', 'c'], ['c', 'a']], 3, { ids: ['c', 'a'], capped: false }],
    ['a cut-off word narrows nothing', [['a', 'b', 'c', 'd'], ['b', 'x']], 3, { ids: ['b', 'x'], capped: false }],
    ['no complete word: the smallest, capped', [['a', 'b', 'c', 'd', 'e'], ['f', 'g', 'h', 'i']], 3, { ids: ['f', 'g', 'h'], capped: true }],
    ['a word without matches: nothing', [['a', 'b'], []], 3, { ids: [], capped: false }],
  ])('%s', (_label, perWord, cap, expected) => {
    expect(combineSearchCandidates(perWord, cap)).toEqual(expected);
  });
});

describe('validateNewSubmission with the venue', () => {
  it.each<[string, string, string, string[]]>([
    ['venue and title', 'v1', 'A title', []],
    ['no venue', '', 'A title', ['venueId']],
    ['a blank venue', '  ', 'A title', ['venueId']],
    ['no title', 'v1', ' ', ['title']],
    ['neither', '', '', ['venueId', 'title']],
  ])('%s', (_label, venueId, title, paths) => {
    const errors = validateNewSubmission({ ...valid(), venueId, title });
    expect(errors.map((e) => e.path)).toEqual(paths);
  });

  it('names a missing title in one sentence, the same for registering and submitting', () => {
    const input = { ...valid(), title: '' };
    const [registering] = validateNewSubmission(input);
    const [submitting] = validateMetadataForSubmission(input);
    expect(registering).toEqual({ path: 'title', message: 'Give the submission a title.' });
    expect(submitting).toEqual(registering);
  });
});
