// One check over every text argument of every GraphQL operation, before anything runs: no NUL and
// no other control characters, and no tab or line break except in the fields listed as multi-line.
// It walks the schema's input types, so a new input field or argument is covered the day it is
// added; a new multi-line field only needs its coordinate below (without it, line breaks are refused,
// which shows up at once, never as a hole).
import {
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  valueFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { controlCharacterMessage, findControlCharacter, type FieldError } from '@impact-review/domain';
import {
  fieldsIn,
  fragmentsOf,
  rootTypeOf,
  type FieldsHolder,
  type Fragments,
  type ResolvedOperation,
} from './operation-fields';

/**
 * Schema coordinates of text that may span several lines (input fields `Type.field`, arguments
 * `Type.field(arg:)`). Everything else is a single line: names, emails, titles, short names, tokens.
 */
export const MULTI_LINE_TEXT: ReadonlySet<string> = new Set([
  'CreateVenueInput.description',
  'UpdateVenueInput.description',
  'InviteInput.message',
  'Mutation.decideWorkshopRequest(note:)',
  'Query.parsePublications(text:)',
  'Mutation.importReviewerPool(csv:)',
  'ReviewerProfileInput.expertise',
  'ReviewerPublicationInput.abstract',
  'SubmissionInput.abstract',
  'DraftInput.abstract',
  'ArtifactInput.description',
  'StatementContentInput.summary',
  'StatementContentInput.accessRatchetJustification',
  'StatementContentInput.benefits',
  'HazardInput.description',
  'PathToHarmRatingInput.justification',
  'IndirectHarmInput.description',
  'MitigationChallengeInput.description',
  'MitigationInput.description',
  'ReleasePlanItemInput.accessConditions',
  'ReleasePlanItemInput.releaseEvent',
  'ReleaseStagePlanInput.description',
  'ReleaseStagePlanInput.trigger',
  'Mutation.confirmTier(reason:)',
  'ReviewAnswerInput.text',
  'ReviewInput.requiredMitigations',
  'ReviewInput.commentsForAuthors',
  'ReviewInput.confidentialComments',
  'FormQuestionInput.help',
  'Mutation.postComment(body:)',
  'Mutation.submitAuthorResponse(text:)',
  'DecisionInput.withoutReviewsReason',
  'DecidedConditionInput.text',
  'LetterInput.body',
]);

function checkValue(
  value: unknown,
  type: GraphQLInputType,
  coordinate: string,
  path: string,
  problems: FieldError[],
): void {
  if (value === null || value === undefined) return;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    // A single value where a list is expected is coerced to a one-item list.
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => checkValue(item, nullable.ofType, coordinate, `${path}.${i}`, problems));
    return;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return;
    const fields = nullable.getFields();
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) checkValue(fieldValue, field.type, `${nullable.name}.${name}`, `${path}.${name}`, problems);
    }
    return;
  }
  // Every scalar that arrives as text (String, ID, custom scalars) is checked.
  if (typeof value === 'string') {
    const found = findControlCharacter(value, { multiLine: MULTI_LINE_TEXT.has(coordinate) });
    if (found) problems.push({ path, message: controlCharacterMessage(found) });
  }
}

function walk(
  schema: GraphQLSchema,
  type: FieldsHolder,
  set: SelectionSetNode,
  fragments: Fragments,
  variables: Record<string, unknown>,
  problems: FieldError[],
): void {
  for (const { parent, field, node, child } of fieldsIn(schema, type, set, fragments)) {
    for (const arg of field.args) {
      const given = node.arguments?.find((a) => a.name.value === arg.name);
      if (!given) continue;
      // Variables are checked as sent; inline values as GraphQL reads them.
      const value =
        given.value.kind === Kind.VARIABLE
          ? variables[given.value.name.value]
          : valueFromAST(given.value, arg.type, variables);
      checkValue(value, arg.type, `${parent.name}.${field.name}(${arg.name}:)`, arg.name, problems);
    }
    if (child && node.selectionSet) walk(schema, child, node.selectionSet, fragments, variables, problems);
  }
}

/** Every text argument value of the operation with a character its field does not allow. */
export function controlCharacterProblems(op: ResolvedOperation): FieldError[] {
  const root = rootTypeOf(op.schema, op.operation);
  const problems: FieldError[] = [];
  if (root)
    walk(op.schema, root, op.operation.selectionSet, fragmentsOf(op.document), op.variables, problems);
  return problems;
}
