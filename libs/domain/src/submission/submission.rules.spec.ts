import { fixtureArtifacts } from '../statement/statement-content.fixture';
import {
  effectiveTier,
  tierRank,
  tierStatusAfterSubmission,
  validatePage,
  validateSubmissionMetadata,
  type SubmissionMetadata,
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

describe('validateSubmissionMetadata', () => {
  it('accepts complete metadata, and no artifacts yet', () => {
    expect(validateSubmissionMetadata(valid())).toEqual([]);
    expect(validateSubmissionMetadata({ ...valid(), artifacts: [] })).toEqual([]);
  });

  it.each([
    ['title', { title: '   ' }],
    ['title', { title: 'x'.repeat(301) }],
    ['abstract', { abstract: 'x'.repeat(5001) }],
    ['links.paperUrl', { links: { ...valid().links, paperUrl: 'javascript:alert(1)' } }],
    ['links.repositoryUrl', { links: { ...valid().links, repositoryUrl: 'github.com/x' } }],
    ['links.doi', { links: { ...valid().links, doi: 'doi:10.1/x' } }],
    ['artifacts.1.key', { artifacts: [fixtureArtifacts()[0], fixtureArtifacts()[0]] }],
  ])('reports %s', (path, change) => {
    expect(validateSubmissionMetadata({ ...valid(), ...change }).map((e) => e.path)).toEqual([path]);
  });
});

describe('tier status bookkeeping', () => {
  it('keeps a standing decision only when the new suggestion agrees with it', () => {
    expect(tierStatusAfterSubmission(null, 'awaiting_submission', 'full')).toBe('suggested');
    expect(tierStatusAfterSubmission({ tier: 'full' }, 'overridden', 'full')).toBe('overridden');
    expect(tierStatusAfterSubmission({ tier: 'full' }, 'confirmed', 'full')).toBe('confirmed');
    expect(tierStatusAfterSubmission({ tier: 'full' }, 'confirmed', 'exempt')).toBe('suggested');
    expect(tierStatusAfterSubmission({ tier: 'exempt' }, 'suggested', 'exempt')).toBe('confirmed');
  });

  it('ranks the tier in force: the decision while it stands, else the suggestion', () => {
    expect(effectiveTier('overridden', 'full', 'exempt')).toBe('full');
    expect(effectiveTier('suggested', 'full', 'exempt')).toBe('exempt');
    expect(effectiveTier('awaiting_submission', null, null)).toBeNull();
    expect([tierRank(null), tierRank('exempt'), tierRank('expedited'), tierRank('full')]).toEqual([
      0, 1, 2, 3,
    ]);
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
