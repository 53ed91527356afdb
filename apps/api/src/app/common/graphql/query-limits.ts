// Limits on what one GraphQL request may ask for, checked before anything runs: nesting depth,
// aliases (each alias is one more lookup) and an estimated cost where lists count by their `limit`
// argument or, without one, by a default size. Together they stop the cheap-to-send, expensive-to-
// answer shapes: a thousand aliased lookups, a query two hundred levels deep, and
// `venues { workshops { parentVenue { workshops ... } } }`, whose answer grows with every level.
import {
  getNullableType,
  GraphQLError,
  isListType,
  Kind,
  valueFromAST,
  type ASTNode,
  type ASTVisitor,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { AppError } from '../errors/app-error';
import {
  fieldsIn,
  fragmentsOf,
  rootTypeOf,
  type FieldsHolder,
  type Fragments,
  type ResolvedOperation,
} from './operation-fields';

export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 30,
  maxCost: 25_000,
  /** What a list without a `limit` argument is assumed to hold. */
  defaultListSize: 10,
} as const;

export type QueryLimits = typeof QUERY_LIMITS;

/** A refusal the client sees as QUERY_TOO_COMPLEX, with a sentence a person understands. */
export function queryTooComplex(message: string, nodes?: readonly ASTNode[]): GraphQLError {
  const original = new AppError('QUERY_TOO_COMPLEX', message);
  return new GraphQLError(message, { nodes, originalError: original, extensions: { http: { status: 400 } } });
}

/** Fields nested in a selection set, fragments included; `__typename` and friends do not count. */
function depthOf(set: SelectionSetNode | undefined, fragments: Fragments, seen: ReadonlySet<string>): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__') && !selection.selectionSet) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A cycle is refused by GraphQL's own rules; here it just stops the walk.
      if (fragment && !seen.has(name))
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** Validation rule: no operation nests fields deeper than `max`. */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context.getDocument());
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const depth = depthOf(operation.selectionSet, fragments, new Set());
        if (depth > max) {
          context.reportError(
            queryTooComplex(
              `This request nests ${depth} levels deep; at most ${max} are allowed. Ask for less nested data.`,
              [operation],
            ),
          );
        }
      },
    };
  };
}

/** Validation rule: at most `max` aliased fields in the whole document. */
export function aliasLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave(document) {
          if (aliases > max) {
            context.reportError(
              queryTooComplex(
                `This request uses ${aliases} aliases; at most ${max} are allowed. Split it into smaller requests.`,
                [document],
              ),
            );
          }
        },
      },
    };
  };
}

/** A field's `limit` argument (literal, variable or default), or null when it has none. */
function limitOf(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): number | null {
  const limitArg = field.args.find((arg) => arg.name === 'limit');
  if (!limitArg) return null;
  const given = node.arguments?.find((arg) => arg.name.value === 'limit');
  const value = given ? valueFromAST(given.value, limitArg.type, variables) : limitArg.defaultValue;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * Every field counts one; a list multiplies what it holds by its size: its own `limit`, or the
 * `limit` of the page it belongs to (`venueSubmissions(limit: 50) { items { ... } }`), or else
 * the default list size.
 */
function costOf(
  schema: GraphQLSchema,
  type: FieldsHolder,
  set: SelectionSetNode,
  fragments: Fragments,
  variables: Record<string, unknown>,
  limits: QueryLimits,
  pageSize: number | null,
): number {
  let cost = 0;
  for (const { field, node, child } of fieldsIn(schema, type, set, fragments)) {
    const limit = limitOf(field, node, variables);
    const isList = isListType(getNullableType(field.type));
    const innerPage = isList ? null : limit;
    const inner =
      child && node.selectionSet
        ? costOf(schema, child, node.selectionSet, fragments, variables, limits, innerPage)
        : 0;
    const size = isList ? (limit ?? pageSize ?? limits.defaultListSize) : 1;
    cost += 1 + size * inner;
  }
  return cost;
}

/** The estimated cost of one operation. */
export function operationCost(op: ResolvedOperation, limits: QueryLimits = QUERY_LIMITS): number {
  const root = rootTypeOf(op.schema, op.operation);
  return root
    ? costOf(op.schema, root, op.operation.selectionSet, fragmentsOf(op.document), op.variables, limits, null)
    : 0;
}

/** Refuses an operation over the cost budget. */
export function checkOperationCost(op: ResolvedOperation, limits: QueryLimits = QUERY_LIMITS): void {
  const cost = operationCost(op, limits);
  if (cost > limits.maxCost) {
    throw queryTooComplex(
      `This request would fetch too much at once (an estimated ${cost} items; the limit is ${limits.maxCost}). Ask for fewer or smaller lists.`,
      [op.operation],
    );
  }
}
