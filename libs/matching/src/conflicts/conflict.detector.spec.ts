import { mulberry32 } from '../assignment/assignment.solver';
import { pairwiseConflicts } from '../testing/pairwise-conflicts.reference';
import { syntheticPeople } from '../testing/synthetic-people.fixture';
import {
  conflictReasons,
  detectConflicts,
  institutionDomain,
  type Affiliation,
  type ConflictOptions,
  type ConflictPairs,
  type PersonProfile,
  type StatementParties,
} from './conflict.detector';

const options: ConflictOptions = { currentYear: 2025, recentYears: 3 };

function asMap(pairs: ConflictPairs): Map<string, number> {
  const found = new Map<string, number>();
  pairs.statement.forEach((s, i) => found.set(`${s}/${pairs.reviewer[i]}`, pairs.reasons[i]));
  return found;
}

/** Pairs come grouped by statement in increasing order, each pair once, every reason bit known. */
function expectWellFormed(pairs: ConflictPairs, statementCount: number, reviewerCount: number): void {
  expect(pairs.reviewer.length).toBe(pairs.statement.length);
  expect(pairs.reasons.length).toBe(pairs.statement.length);
  const seen = new Set<string>();
  for (let i = 0; i < pairs.statement.length; i++) {
    const s = pairs.statement[i];
    const r = pairs.reviewer[i];
    if (i > 0 && s < pairs.statement[i - 1])
      throw new Error(`statement ${s} after ${pairs.statement[i - 1]}`);
    if (s < 0 || s >= statementCount || r < 0 || r >= reviewerCount)
      throw new Error(`pair ${s}/${r} out of range`);
    if (seen.has(`${s}/${r}`)) throw new Error(`pair ${s}/${r} twice`);
    seen.add(`${s}/${r}`);
    if (pairs.reasons[i] === 0 || pairs.reasons[i] > 15) throw new Error(`reasons ${pairs.reasons[i]}`);
  }
}

/**
 * Small random venues built to hit the detector's edge cases: ids that join ambiguously ('ab' +
 * 'c' = 'a' + 'bc'), empty, non-Latin-1 and astral ids, equal ids built by concatenation and as
 * literals, duplicate reviewer ids, absent and empty lists, email spellings of one institution,
 * webmail, future and just-expired affiliations, custom generic domains and recency windows.
 */
function edgeCaseVenue(seed: number): {
  statements: StatementParties[];
  reviewers: PersonProfile[];
  options: ConflictOptions;
} {
  const random = mulberry32(seed);
  const below = (n: number): number => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[below(items.length)];
  const some = <T>(max: number, make: () => T): T[] => Array.from({ length: below(max + 1) }, make);
  const digits = String(123456 + below(2));
  const people = [
    'a',
    'b',
    'ab',
    'c',
    'bc',
    'abc',
    '',
    'łukasz',
    'ß',
    '😀',
    'x😀',
    'person-123456',
    `person-${digits}`,
  ];
  const publications = ['p1', 'p2', 'p12', '1', 'p', '', 'doi:10.1/ä', 'p' + String(1 + below(2)), '論文'];
  const emails = [
    'x@cs.ox.ac.uk',
    'y@OX.AC.UK',
    'z@eng.ox.ac.uk.',
    'w@gmail.com',
    'v@stanford.edu',
    'u@cs.stanford.edu',
    'localhost',
    'q@unsw.edu.au',
    't@uni.łódź.pl',
    '@',
  ];
  const affiliation = (): Affiliation => {
    const made: { institutionId?: string; emailDomain?: string; startYear?: number; endYear?: number } = {};
    if (random() < 0.6) made.institutionId = pick(['ror-1', 'ror-2', 'ROR-1', 'ror-1 ', '']);
    if (random() < 0.5)
      made.emailDomain = pick(['cs.ox.ac.uk', 'Stanford.EDU', 'gmail.com', 'ox.ac.uk', 'edu']);
    if (random() < 0.5) made.startYear = pick([2015, 2024, 2025, 2026]);
    if (random() < 0.6) made.endYear = pick([2020, 2021, 2022, 2025]);
    return made;
  };
  const person = (): PersonProfile => {
    const made: {
      id: string;
      emails?: string[];
      affiliations?: Affiliation[];
      publicationIds?: string[];
      coauthorIds?: string[];
      declaredConflictIds?: string[];
    } = { id: pick(people) };
    if (random() < 0.7) made.emails = some(2, () => pick(emails));
    if (random() < 0.7) made.affiliations = some(3, affiliation);
    if (random() < 0.7) made.publicationIds = some(4, () => pick(publications));
    if (random() < 0.7) made.coauthorIds = some(4, () => pick(people));
    if (random() < 0.4) made.declaredConflictIds = some(2, () => pick(people));
    return made;
  };
  const reviewers = some(10, person);
  const statements = Array.from({ length: 1 + below(8) }, (_, s): StatementParties => {
    const authors = some(3, person);
    return random() < 0.3
      ? { id: `s${s}`, authors, declaredConflictIds: some(2, () => pick(people)) }
      : { id: `s${s}`, authors };
  });
  return {
    statements,
    reviewers,
    options: {
      currentYear: 2025,
      recentYears: pick([undefined, 0, 3]),
      genericEmailDomains: random() < 0.2 ? new Set(['stanford.edu']) : undefined,
    },
  };
}

describe('detectConflicts', () => {
  it.each([1, 2, 3])('agrees with a pairwise check on random people (seed %i)', (seed) => {
    const { statements, reviewers } = syntheticPeople(seed, {
      statements: 60,
      reviewers: 50,
      authorsPerStatement: 3,
      affiliationsPerPerson: 3,
      coauthorsPerPerson: 8,
      publicationsPerPerson: 4,
      institutions: 40,
      population: 150,
      currentYear: 2025,
    });
    const pairs = detectConflicts(statements, reviewers, options);
    expectWellFormed(pairs, statements.length, reviewers.length);
    const actual = asMap(pairs);
    expect(actual).toEqual(pairwiseConflicts(statements, reviewers, options));
    // Every reason occurs, so each branch of the detector is exercised.
    const seen = new Set([...actual.values()].flatMap((bits) => conflictReasons(bits)));
    expect(seen).toEqual(new Set(['samePerson', 'institution', 'coauthorship', 'declared']));
  });

  it('agrees with a pairwise check on 400 small edge-case venues', () => {
    let conflicted = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const venue = edgeCaseVenue(seed);
      const pairs = detectConflicts(venue.statements, venue.reviewers, venue.options);
      expectWellFormed(pairs, venue.statements.length, venue.reviewers.length);
      const expected = pairwiseConflicts(venue.statements, venue.reviewers, venue.options);
      expect({ seed, pairs: asMap(pairs) }).toEqual({ seed, pairs: expected });
      conflicted += expected.size;
    }
    expect(conflicted).toBeGreaterThan(1000);
  });

  it('agrees with a pairwise check on long lists (joined in blocks, tables regrown)', () => {
    const random = mulberry32(11);
    const below = (n: number): number => Math.floor(random() * n);
    const person = (id: string): PersonProfile => ({
      id,
      publicationIds: Array.from({ length: 6000 }, () => `pub-${below(400_000)}`),
      coauthorIds: Array.from({ length: 5000 }, () => `person-${below(100_000)}`),
      declaredConflictIds: Array.from({ length: 50 }, () => `person-${below(100_000)}`),
      affiliations: [{ institutionId: `ror-${below(30)}` }],
    });
    const reviewers = Array.from({ length: 8 }, (_, r) => person(`person-${r}`));
    // Late list entries (past the first block of joined ids) that hit.
    (reviewers[3].publicationIds as string[])[5500] = 'pub-shared';
    const statements = Array.from({ length: 6 }, (_, s) => ({
      id: `s${s}`,
      authors: [person(`person-${1000 + s}`), person(`person-${2000 + s}`)],
    }));
    (statements[2].authors[1].publicationIds as string[])[4500] = 'pub-shared';
    (statements[4].authors[0].coauthorIds as string[])[4999] = 'person-5';
    const pairs = detectConflicts(statements, reviewers, options);
    expectWellFormed(pairs, statements.length, reviewers.length);
    const expected = pairwiseConflicts(statements, reviewers, options);
    expect(asMap(pairs)).toEqual(expected);
    expect(expected.get('2/3')).toBeDefined();
    expect(expected.get('4/5')).toBeDefined();
  });

  const cases: { label: string; author: PersonProfile; reviewer: PersonProfile; reasons: string[] }[] = [
    {
      label: 'same organisation, still current',
      author: { id: 'a', affiliations: [{ institutionId: 'ror-1' }] },
      reviewer: { id: 'b', affiliations: [{ institutionId: 'ror-1', startYear: 2020 }] },
      reasons: ['institution'],
    },
    {
      label: 'same organisation, left within the window',
      author: { id: 'a', affiliations: [{ institutionId: 'ror-1', endYear: 2022 }] },
      reviewer: { id: 'b', affiliations: [{ institutionId: 'ror-1' }] },
      reasons: ['institution'],
    },
    {
      label: 'same organisation, left before the window',
      author: { id: 'a', affiliations: [{ institutionId: 'ror-1', endYear: 2021 }] },
      reviewer: { id: 'b', affiliations: [{ institutionId: 'ror-1' }] },
      reasons: [],
    },
    {
      label: 'same organisation, not started yet',
      author: { id: 'a', affiliations: [{ institutionId: 'ror-1', startYear: 2026 }] },
      reviewer: { id: 'b', affiliations: [{ institutionId: 'ror-1' }] },
      reasons: [],
    },
    {
      label: 'organisation id of one side, email domain of the other (separate key spaces)',
      author: { id: 'a', affiliations: [{ institutionId: 'ox.ac.uk' }] },
      reviewer: { id: 'b', emails: ['b@ox.ac.uk'] },
      reasons: [],
    },
    {
      label: 'email subdomains of one university',
      author: { id: 'a', emails: ['a@cs.ox.ac.uk'] },
      reviewer: { id: 'b', emails: ['b@eng.ox.ac.uk'] },
      reasons: ['institution'],
    },
    {
      label: 'affiliation email domain against an email address, any case',
      author: { id: 'a', affiliations: [{ emailDomain: 'CS.Stanford.EDU' }] },
      reviewer: { id: 'b', emails: ['b@stanford.edu'] },
      reasons: ['institution'],
    },
    {
      label: 'both on webmail',
      author: { id: 'a', emails: ['a@gmail.com'] },
      reviewer: { id: 'b', emails: ['b@gmail.com'] },
      reasons: [],
    },
    {
      label: 'shared publication',
      author: { id: 'a', publicationIds: ['p1', 'p2'] },
      reviewer: { id: 'b', publicationIds: ['p2'] },
      reasons: ['coauthorship'],
    },
    {
      label: 'publication ids that only match when concatenated',
      author: { id: 'a', publicationIds: ['p1', '2'] },
      reviewer: { id: 'b', publicationIds: ['p12', 'p'] },
      reasons: [],
    },
    {
      label: 'author lists the reviewer as co-author',
      author: { id: 'a', coauthorIds: ['x', 'b'] },
      reviewer: { id: 'b' },
      reasons: ['coauthorship'],
    },
    {
      label: 'reviewer lists the author as co-author',
      author: { id: 'a' },
      reviewer: { id: 'b', coauthorIds: ['a'] },
      reasons: ['coauthorship'],
    },
    {
      label: 'co-author ids that only match when concatenated',
      author: { id: 'xyz', coauthorIds: ['ab', 'c'] },
      reviewer: { id: 'abc', coauthorIds: ['x', 'yz'] },
      reasons: [],
    },
    {
      label: 'non-Latin-1 and astral person ids',
      author: { id: 'łukasz', coauthorIds: ['ß', '😀'] },
      reviewer: { id: '😀' },
      reasons: ['coauthorship'],
    },
    {
      label: 'Latin-1 keys stored before a wider one still match',
      author: { id: 'a', publicationIds: ['päper'] },
      reviewer: { id: 'b', publicationIds: ['päper', '論文'] },
      reasons: ['coauthorship'],
    },
    {
      label: 'a wide key does not match its bytes',
      author: { id: 'a', publicationIds: ['\u00d6\u0087'] },
      reviewer: { id: 'b', publicationIds: ['\u8ad6'] },
      reasons: [],
    },
    {
      label: 'equal ids, one built by concatenation',
      author: { id: 'a', coauthorIds: [`person-${String(123)}${String(456)}`] },
      reviewer: { id: 'person-123456' },
      reasons: ['coauthorship'],
    },
    {
      label: 'ids with equal 32-bit hashes (under the detector hash) are still told apart',
      author: { id: 'a', coauthorIds: ['id-312382'], publicationIds: ['id-149598'] },
      reviewer: { id: 'id-149599', publicationIds: ['id-312383'] },
      reasons: [],
    },
    {
      label: 'declared by the author',
      author: { id: 'a', declaredConflictIds: ['b'] },
      reviewer: { id: 'b' },
      reasons: ['declared'],
    },
    {
      label: 'declared by the reviewer',
      author: { id: 'a' },
      reviewer: { id: 'b', declaredConflictIds: ['a'] },
      reasons: ['declared'],
    },
    {
      label: 'reviewer is an author',
      author: { id: 'a' },
      reviewer: { id: 'a' },
      reasons: ['samePerson'],
    },
    {
      label: 'every reason at once',
      author: {
        id: 'a',
        emails: ['a@cs.ox.ac.uk'],
        publicationIds: ['p1'],
        declaredConflictIds: ['a'],
      },
      reviewer: { id: 'a', affiliations: [{ emailDomain: 'ox.ac.uk' }], publicationIds: ['p1'] },
      reasons: ['samePerson', 'institution', 'coauthorship', 'declared'],
    },
  ];
  it.each(cases)('$label', ({ author, reviewer, reasons }) => {
    const pairs = detectConflicts([{ id: 's', authors: [author] }], [reviewer], options);
    expect(pairs.statement.length).toBe(reasons.length > 0 ? 1 : 0);
    expect(pairs.reasons.length > 0 ? conflictReasons(pairs.reasons[0]) : []).toEqual(reasons);
  });

  it('finds the statement side declarations, every reviewer sharing an id, and nothing on empty input', () => {
    const reviewers = [{ id: 'r1' }, { id: 'r2' }, { id: 'r1' }];
    const pairs = detectConflicts(
      [
        { id: 's0', authors: [] },
        { id: 's1', authors: [{ id: 'a' }], declaredConflictIds: ['r1', 'nobody'] },
      ],
      reviewers,
      options,
    );
    expect(Array.from(pairs.statement)).toEqual([1, 1]);
    expect(Array.from(pairs.reviewer)).toEqual([0, 2]);
    expect(pairs.reasons.every((bits) => conflictReasons(bits).join() === 'declared')).toBe(true);
    expect(detectConflicts([], reviewers, options).statement.length).toBe(0);
    expect(detectConflicts([{ id: 's', authors: [{ id: 'r1' }] }], [], options).statement.length).toBe(0);
  });

  it.each([
    ['alice@cs.stanford.edu', 'stanford.edu'],
    ['eng.cam.ac.uk', 'cam.ac.uk'],
    ['x@unsw.edu.au', 'unsw.edu.au'],
    ['x@gmail.com', null],
    ['localhost', null],
  ])('institutionDomain(%p) = %p', (input, expected) => {
    expect(institutionDomain(input)).toBe(expected);
  });

  it('agrees statement by statement at 2,000 statements x 1,500 reviewers with 5 affiliations and 50 co-authors (speed is measured by bench:conflicts)', () => {
    const { statements, reviewers } = syntheticPeople(9, {
      statements: 2000,
      reviewers: 1500,
      authorsPerStatement: 4,
      affiliationsPerPerson: 5,
      coauthorsPerPerson: 50,
      publicationsPerPerson: 20,
      institutions: 300,
      population: 200_000,
      currentYear: 2025,
    });
    const pairs = detectConflicts(statements, reviewers, options);
    expectWellFormed(pairs, statements.length, reviewers.length);
    // Several output chunks; every statement's pairs as when it is checked alone.
    expect(pairs.statement.length).toBeGreaterThan(200_000);
    const all = asMap(pairs);
    for (let s = 0; s < statements.length; s += 331) {
      const alone = detectConflicts([statements[s]], reviewers, options);
      alone.reviewer.forEach((r, i) => expect(all.get(`${s}/${r}`)).toBe(alone.reasons[i]));
      expect(pairs.statement.filter((t) => t === s).length).toBe(alone.statement.length);
    }
  });
});
