import { mulberry32 } from '../assignment/assignment.solver';
import type { Affiliation, PersonProfile, StatementParties } from '../conflicts/conflict.detector';

export interface PeopleShape {
  readonly statements: number;
  readonly reviewers: number;
  readonly authorsPerStatement: number;
  readonly affiliationsPerPerson: number;
  readonly coauthorsPerPerson: number;
  readonly publicationsPerPerson: number;
  readonly institutions: number;
  /** Size of the population people, co-authors and publications are drawn from. */
  readonly population: number;
  readonly currentYear: number;
}

/** Random authors and reviewers with dated affiliations, co-authors, publications and declarations. */
export function syntheticPeople(
  seed: number,
  shape: PeopleShape,
): { statements: StatementParties[]; reviewers: PersonProfile[] } {
  const random = mulberry32(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const person = (id: string): PersonProfile => ({
    id,
    emails:
      random() < 0.5 ? [`${id}@dept${pick(3)}.inst${pick(shape.institutions)}.edu`] : [`${id}@gmail.com`],
    affiliations: Array.from({ length: shape.affiliationsPerPerson }, (): Affiliation => {
      const endYear = random() < 0.4 ? undefined : shape.currentYear - pick(10);
      // Built by assignment, not by spreading: V8 gives every `{ ...a, x, ...b }` object a hidden
      // class of its own, so each property read in the detector became a slow generic lookup
      // (profiles parsed from JSON share a handful of classes). Same fields, order and draws.
      const affiliation: {
        institutionId?: string;
        emailDomain?: string;
        startYear?: number;
        endYear?: number;
      } =
        random() < 0.7
          ? { institutionId: `ror-${pick(shape.institutions)}` }
          : { emailDomain: `inst${pick(shape.institutions)}.edu` };
      affiliation.startYear = (endYear ?? shape.currentYear) - pick(6);
      if (endYear !== undefined) affiliation.endYear = endYear;
      return affiliation;
    }),
    publicationIds: Array.from(
      { length: shape.publicationsPerPerson },
      () => `pub-${pick(shape.population * 2)}`,
    ),
    coauthorIds: Array.from({ length: shape.coauthorsPerPerson }, () => `person-${pick(shape.population)}`),
    declaredConflictIds: random() < 0.2 ? [`person-${pick(shape.population)}`] : [],
  });
  const reviewers = Array.from({ length: shape.reviewers }, () => person(`person-${pick(shape.population)}`));
  const statements = Array.from({ length: shape.statements }, (_, s) => ({
    id: `stmt-${s}`,
    authors: Array.from({ length: shape.authorsPerStatement }, () =>
      person(`person-${pick(shape.population)}`),
    ),
    declaredConflictIds: random() < 0.1 ? [`person-${pick(shape.population)}`] : [],
  }));
  return { statements, reviewers };
}
