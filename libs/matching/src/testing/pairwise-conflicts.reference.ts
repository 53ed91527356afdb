import {
  CONFLICT_REASON,
  recentInstitutionKeys,
  type ConflictOptions,
  type PersonProfile,
  type StatementParties,
} from '../conflicts/conflict.detector';

/**
 * Independent reference for tests: every statement against every reviewer, straight from the
 * definitions (per-person sets, no index over people). Returns "statement/reviewer" -> reason
 * bits for the conflicted pairs.
 */
export function pairwiseConflicts(
  statements: readonly StatementParties[],
  reviewers: readonly PersonProfile[],
  options: ConflictOptions,
): Map<string, number> {
  const view = (person: PersonProfile) => ({
    id: person.id,
    institutions: new Set(recentInstitutionKeys(person, options)),
    publications: new Set(person.publicationIds ?? []),
    coauthors: new Set(person.coauthorIds ?? []),
    declared: new Set(person.declaredConflictIds ?? []),
  });
  const reviewerViews = reviewers.map(view);
  const found = new Map<string, number>();
  statements.forEach((statement, s) => {
    const authors = statement.authors.map(view);
    const statementDeclared = new Set(statement.declaredConflictIds ?? []);
    reviewerViews.forEach((reviewer, r) => {
      let bits = 0;
      for (const author of authors) {
        if (author.id === reviewer.id) bits |= CONFLICT_REASON.samePerson;
        if ([...author.institutions].some((key) => reviewer.institutions.has(key)))
          bits |= CONFLICT_REASON.institution;
        if (
          [...author.publications].some((p) => reviewer.publications.has(p)) ||
          author.coauthors.has(reviewer.id) ||
          reviewer.coauthors.has(author.id)
        ) {
          bits |= CONFLICT_REASON.coauthorship;
        }
        if (author.declared.has(reviewer.id) || reviewer.declared.has(author.id))
          bits |= CONFLICT_REASON.declared;
      }
      if (statementDeclared.has(reviewer.id)) bits |= CONFLICT_REASON.declared;
      if (bits) found.set(`${s}/${r}`, bits);
    });
  });
  return found;
}
