import DataLoader from 'dataloader';

/** The part of the request context loaders live in (one Map per request). */
export interface LoaderHost {
  loaders: Map<string, unknown>;
}

/**
 * The request's DataLoader for `key`, created on first use. Loaders live for one request only, so
 * their cache never serves one person's data to another or outlives a mutation's effects on the
 * next request. Keys are namespaced by feature ('venues.byId'), and one key always means one batch
 * function: the type parameters are trusted for an existing entry.
 */
export function loaderFor<K, V>(
  ctx: LoaderHost,
  key: string,
  batchFn: DataLoader.BatchLoadFn<K, V>,
): DataLoader<K, V> {
  let loader = ctx.loaders.get(key) as DataLoader<K, V> | undefined;
  if (loader === undefined) {
    loader = new DataLoader<K, V>(batchFn);
    ctx.loaders.set(key, loader);
  }
  return loader;
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
