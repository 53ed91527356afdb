import DataLoader from 'dataloader';

/**
 * One kind of per-request DataLoader: its name (for traces), and how to build its batch function
 * from what it reads (`deps`, usually a repository). Defined once, at module level, so its key and
 * value types are fixed where the batch function is written.
 */
export interface LoaderDefinition<D, K, V> {
  readonly name: string;
  readonly batch: (deps: D) => DataLoader.BatchLoadFn<K, V>;
}

export function defineLoader<D, K, V>(
  name: string,
  batch: (deps: D) => DataLoader.BatchLoadFn<K, V>,
): LoaderDefinition<D, K, V> {
  return { name, batch };
}

/**
 * The request's DataLoaders, created on first use. Loaders live for one request only, so their
 * cache never serves one person's data to another or outlives a mutation's effects on the next
 * request. Entries are keyed by their definition (an object), so a loader always comes back with
 * the types it was defined with: no string keys, no casts at call sites.
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderDefinition<never, unknown, unknown>, DataLoader<unknown, unknown>>();

  of<D, K, V>(definition: LoaderDefinition<D, K, V>, deps: D): DataLoader<K, V> {
    const key = definition as unknown as LoaderDefinition<never, unknown, unknown>;
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (loader === undefined) {
      loader = new DataLoader<K, V>(definition.batch(deps), { name: definition.name });
      this.loaders.set(key, loader as unknown as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Forgets what this request read (after a mutation changed it). */
  clear<D, K, V>(definition: LoaderDefinition<D, K, V>): void {
    this.loaders.delete(definition as unknown as LoaderDefinition<never, unknown, unknown>);
  }
}

/** The part of the request context loaders live in. */
export interface LoaderHost {
  loaders: RequestLoaders;
}

/** Orders batch results by the keys asked for; a missing entry becomes `fallback` (DataLoader's contract). */
export function alignTo<K, V, F>(keys: readonly K[], items: readonly V[], keyOf: (item: V) => K, fallback: F): (V | F)[] {
  const byKey = new Map<K, V>();
  for (const item of items) byKey.set(keyOf(item), item);
  return keys.map((key) => (byKey.has(key) ? (byKey.get(key) as V) : fallback));
}

/** Groups batch results into one list per key, in the keys' order. */
export function groupTo<K, V>(keys: readonly K[], items: readonly V[], keyOf: (item: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
