import type { Document, Filter } from 'mongodb';
import type { FilterQuery, Model, ProjectionType } from 'mongoose';

/**
 * Reads every document matching `filter` through one cursor in batches of `pageSize`: a venue-sized
 * read (20,000 statements, 100,000 bids) as many short round trips. The client's operation timeout
 * applies to each batch (timeoutMode 'iteration'), not to the whole read, so the read may take
 * longer than it as long as every batch answers in time. No sort: the database walks the filter's
 * index once. (Keyset pages sorted by _id made the embedded database sort the whole venue again for
 * every page: 60 pages of bids took 30 s, the cursor takes 5 s.) Filters are passed to the driver
 * as they are (no mongoose casting): plain values only.
 */
export async function readInPages<T extends { _id: unknown }>(
  model: Model<T>,
  filter: FilterQuery<T>,
  projection: ProjectionType<T> | null = null,
  pageSize = 2000,
): Promise<T[]> {
  const all: T[] = [];
  const cursor = model.collection.find(filter as Filter<Document>, {
    ...(projection ? { projection: projection as Document } : {}),
    batchSize: pageSize,
    timeoutMode: 'iteration',
  });
  for await (const doc of cursor) all.push(doc as unknown as T);
  return all;
}
