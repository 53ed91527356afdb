import { syntheticPeople } from '../testing/synthetic-people.fixture';
import {
  CONFLICT_REASON,
  conflictReasons,
  detectConflicts,
  institutionDomain,
  recentInstitutionKeys,
  type ConflictOptions,
  type PersonProfile,
  type StatementParties,
} from './conflict.detector';

const options: ConflictOptions = { currentYear: 2025, recentYears: 3 };

/** Pairwise reference: every statement against every reviewer, straight from the definitions. */
function naiveConflicts(
  statements: readonly StatementParties[],
  reviewers: readonly PersonProfile[],
): Map<string, number> {
  const found = new Map<string, number>();
  statements.forEach((statement, s) => {
    reviewers.forEach((reviewer, r) => {
      let bits = 0;
      const reviewerInstitutions = new Set(recentInstitutionKeys(reviewer, options));
      for (const author of statement.authors) {
        if (author.id === reviewer.id) bits |= CONFLICT_REASON.samePerson;
        if (recentInstitutionKeys(author, options).some((k) => reviewerInstitutions.has(k)))
          bits |= CONFLICT_REASON.institution;
        const shared = (author.publicationIds ?? []).some((p) => (reviewer.publicationIds ?? []).includes(p));
        const listed =
          (author.coauthorIds ?? []).includes(reviewer.id) ||
          (reviewer.coauthorIds ?? []).includes(author.id);
        if (shared || listed) bits |= CONFLICT_REASON.coauthorship;
        if (
          (author.declaredConflictIds ?? []).includes(reviewer.id) ||
          (reviewer.declaredConflictIds ?? []).includes(author.id)
        ) {
          bits |= CONFLICT_REASON.declared;
        }
      }
      if ((statement.declaredConflictIds ?? []).includes(reviewer.id)) bits |= CONFLICT_REASON.declared;
      if (bits) found.set(`${s}/${r}`, bits);
    });
  });
  return found;
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
    const expected = naiveConflicts(statements, reviewers);
    const pairs = detectConflicts(statements, reviewers, options);
    const actual = new Map<string, number>();
    pairs.statement.forEach((s, i) => actual.set(`${s}/${pairs.reviewer[i]}`, pairs.reasons[i]));
    expect(actual).toEqual(expected);
    // Every reason occurs, so each branch of the detector is exercised.
    const seen = new Set([...actual.values()].flatMap((bits) => conflictReasons(bits)));
    expect(seen).toEqual(new Set(['samePerson', 'institution', 'coauthorship', 'declared']));
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
      label: 'email subdomains of one university',
      author: { id: 'a', emails: ['a@cs.ox.ac.uk'] },
      reviewer: { id: 'b', emails: ['b@eng.ox.ac.uk'] },
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
  ];
  it.each(cases)('$label', ({ author, reviewer, reasons }) => {
    const pairs = detectConflicts([{ id: 's', authors: [author] }], [reviewer], options);
    expect(pairs.statement.length).toBe(reasons.length > 0 ? 1 : 0);
    expect(pairs.reasons.length > 0 ? conflictReasons(pairs.reasons[0]) : []).toEqual(reasons);
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

  it('scales through indexes: 2,000 statements x 1,500 reviewers with 5 affiliations and 50 co-authors well under a second', () => {
    const { statements, reviewers } = syntheticPeople(9, {
      statements: 2000,
      reviewers: 1500,
      authorsPerStatement: 4,
      affiliationsPerPerson: 5,
      coauthorsPerPerson: 50,
      publicationsPerPerson: 20,
      institutions: 2000,
      population: 200_000,
      currentYear: 2025,
    });
    const started = performance.now();
    const pairs = detectConflicts(statements, reviewers, options);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(pairs.statement.length).toBeGreaterThan(0);
  });
});
