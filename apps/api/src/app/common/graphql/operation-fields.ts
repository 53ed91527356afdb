// Walking an operation's fields with their schema definitions, fragments expanded: the shared
// ground of the checks that run before an operation executes (cost, text inputs).
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export type FieldsHolder = GraphQLObjectType | GraphQLInterfaceType;

/** An operation about to run, with everything the checks before execution look at. */
export interface ResolvedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
}
export type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

export interface FieldVisit {
  parent: FieldsHolder;
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  /** The type whose fields the node's own selection set picks from, when it has one. */
  child: FieldsHolder | null;
}

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) map.set(definition.name.value, definition);
  }
  return map;
}

export function rootTypeOf(schema: GraphQLSchema, operation: OperationDefinitionNode): FieldsHolder | null {
  if (operation.operation === 'mutation') return schema.getMutationType() ?? null;
  if (operation.operation === 'subscription') return schema.getSubscriptionType() ?? null;
  return schema.getQueryType() ?? null;
}

function holder(type: unknown): FieldsHolder | null {
  return isObjectType(type) || isInterfaceType(type) ? type : null;
}

/**
 * The fields a selection set picks from `type`, with fragments (spread or inline) expanded in
 * place. Introspection fields (`__typename`, `__schema`) are skipped: they are not the app's data.
 */
export function* fieldsIn(
  schema: GraphQLSchema,
  type: FieldsHolder,
  set: SelectionSetNode,
  fragments: Fragments,
  seen: ReadonlySet<string> = new Set(),
): Generator<FieldVisit> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const field = type.getFields()[selection.name.value];
      if (!field) continue;
      const child = selection.selectionSet ? holder(getNamedType(field.type)) : null;
      yield { parent: type, field, node: selection, child };
      continue;
    }
    const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : null;
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
    // A fragment cycle is refused by GraphQL's own validation; here it just ends the walk.
    if (!fragment || (name !== null && seen.has(name))) continue;
    const target = fragment.typeCondition ? holder(schema.getType(fragment.typeCondition.name.value)) : type;
    yield* fieldsIn(
      schema,
      target ?? type,
      fragment.selectionSet,
      fragments,
      name ? new Set([...seen, name]) : seen,
    );
  }
}
