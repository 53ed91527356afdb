// Conflicts between venue members and submissions (HotCRP's model): declared by an author or by
// the conflicted person, or pinned by a chair as administrative. A conflict is an access fact: the
// policy hides the submission from the person it names (see policy/access.policy.ts).
import { isOneOf, meaningfulLength } from '../shared/field-checks.util';
import type { FieldError } from '../statement/impact-statement.types';
import { CONFLICT_TYPES, type ConflictType, type VenueRole } from '../vocabulary/vocabulary';

export const MAX_CONFLICT_REASON = 500;

export interface ConflictDeclaration {
  userId: unknown;
  type: unknown;
  reason: unknown;
}

export interface ConflictDeclarationContext {
  /** The person's roles at the submission's venue. */
  rolesOfPerson: readonly VenueRole[];
  /** The person is one of the submission's authors. */
  personIsAuthor: boolean;
  /** The declarer may pin administrative conflicts (conflict.pin). */
  mayPin: boolean;
}

/** Every reason the declaration cannot be recorded, as field errors for the form. */
export function validateConflictDeclaration(input: ConflictDeclaration, context: ConflictDeclarationContext): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof input.userId !== 'string' || input.userId.trim() === '') {
    errors.push({ path: 'userId', message: 'Choose the member the conflict is with.' });
  } else if (context.personIsAuthor) {
    errors.push({ path: 'userId', message: 'Authors are always conflicted with their own submission.' });
  } else if (!context.rolesOfPerson.some((role) => role !== 'author')) {
    errors.push({ path: 'userId', message: 'Choose a member of the committee: this person holds no chair or reviewer role at the venue.' });
  }
  if (!isOneOf(CONFLICT_TYPES, input.type)) {
    errors.push({ path: 'type', message: 'Choose the kind of conflict.' });
  } else if (input.type === 'administrative' && !context.mayPin) {
    errors.push({ path: 'type', message: 'Only a chair can pin an administrative conflict.' });
  }
  const reasonLength = meaningfulLength(input.reason);
  if (reasonLength === 0) errors.push({ path: 'reason', message: 'Say why, in a few words.' });
  else if (reasonLength > MAX_CONFLICT_REASON)
    errors.push({ path: 'reason', message: `Shorten the reason to at most ${MAX_CONFLICT_REASON} characters.` });
  return errors;
}

/** Administrative conflicts are the chairs' to remove; the others, anyone who may declare one. */
export function mayWithdrawConflict(type: ConflictType, rights: { mayDeclare: boolean; mayPin: boolean }): boolean {
  return type === 'administrative' ? rights.mayPin : rights.mayDeclare;
}
