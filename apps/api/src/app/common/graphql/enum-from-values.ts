/**
 * Turns a vocabulary list from libs/domain into the object registerEnumType wants, so GraphQL
 * enums are generated from the vocabulary and can never drift from it.
 */
export function enumFromValues<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
}
