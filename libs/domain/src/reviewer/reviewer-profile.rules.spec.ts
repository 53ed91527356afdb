import {
  areaChoices,
  EMPTY_REVIEWER_PROFILE,
  parseBibtex,
  validateReviewerProfile,
  type ReviewerProfile,
} from './reviewer-profile.rules';

const taxonomy = {
  areas: [{ label: 'Speech synthesis', subAreas: ['Voice cloning'] }],
  communities: ['Voice actors'],
};
const today = new Date('2026-12-05T12:00:00Z');
const profile = (change: Partial<ReviewerProfile>): ReviewerProfile => ({ ...EMPTY_REVIEWER_PROFILE, ...change });
const affiliation = { institution: 'Uni Example', emailDomain: 'uni-example.org', startYear: 2019, endYear: null };

describe('validateReviewerProfile', () => {
  test.each([
    ['an empty profile', profile({}), []],
    [
      'a full one',
      profile({
        areas: ['Speech synthesis', 'Speech synthesis / Voice cloning'],
        communities: ['Voice actors'],
        expertise: 'Voice conversion and its misuse.',
        publications: [{ title: 'Cloning voices', abstract: '', year: 2024 }],
        affiliations: [affiliation, { ...affiliation, institution: 'Lab', emailDomain: '', startYear: 2010, endYear: 2018 }],
        maxLoad: 5,
        trainingCompletedOn: '2026-11-30',
      }),
      [],
    ],
    ['an area the venue does not list', profile({ areas: ['Robotics'] }), ['areas.0']],
    ['a community the venue does not list', profile({ communities: ['Pilots'] }), ['communities.0']],
    ['a publication without a title', profile({ publications: [{ title: ' ', abstract: '', year: null }] }), ['publications.0.title']],
    ['a publication from the future', profile({ publications: [{ title: 'T', abstract: '', year: 2030 }] }), ['publications.0.year']],
    ['an affiliation ending before it began', profile({ affiliations: [{ ...affiliation, endYear: 2018 }] }), ['affiliations.0.endYear']],
    ['a bad e-mail domain', profile({ affiliations: [{ ...affiliation, emailDomain: 'not a domain' }] }), ['affiliations.0.emailDomain']],
    ['no institution', profile({ affiliations: [{ ...affiliation, institution: '' }] }), ['affiliations.0.institution']],
    ['a load of 51', profile({ maxLoad: 51 }), ['maxLoad']],
    ['a fractional load', profile({ maxLoad: 2.5 }), ['maxLoad']],
    ['training on 31 February', profile({ trainingCompletedOn: '2026-02-31' }), ['trainingCompletedOn']],
    ['training tomorrow', profile({ trainingCompletedOn: '2026-12-06' }), ['trainingCompletedOn']],
  ])('%s', (_what, input, paths) => {
    expect(validateReviewerProfile(input, taxonomy, today).map((e) => e.path)).toEqual(paths);
  });

  test('areaChoices lists areas and their sub-areas', () => {
    expect(areaChoices(taxonomy)).toEqual(['Speech synthesis', 'Speech synthesis / Voice cloning']);
  });
});

describe('parseBibtex', () => {
  test('reads titles (nested braces), abstracts (quoted) and years; skips comments and entries without a title', () => {
    const text = `
      @comment{ignored, title = {Not a paper}}
      @article{smith2024,
        title = {Cloning {V}oices from Ten Seconds},
        abstract = "We clone voices.",
        year = 2024,
      }
      @inproceedings{doe2021, author = {Doe}, title={Watermarks  for
        speech}, year = {2021}}
      @misc{untitled, year = 2020}
    `;
    expect(parseBibtex(text)).toEqual([
      { title: 'Cloning Voices from Ten Seconds', abstract: 'We clone voices.', year: 2024 },
      { title: 'Watermarks for speech', abstract: '', year: 2021 },
    ]);
  });

  test('an empty paste gives nothing', () => {
    expect(parseBibtex('   ')).toEqual([]);
  });
});
