import type { FilterQuery, Model, ProjectionType } from 'mongoose';

/**
 * Reads every document matching `filter`, in pages along `_id`: a venue-sized read (20,000
 * statements, 100,000 bids) as many short queries, each well within the per-operation timeout,
 * instead of one that may outlast it. Filters must not name `_id` themselves.
 */
export async function readInPages<T extends { _id: unknown }>(
  model: Model<T>,
  filter: FilterQuery<T>,
  projection: ProjectionType<T> | null = null,
  pageSize = 2000,
): Promise<T[]> {
  const all: T[] = [];
  let after: unknown = null;
  for (;;) {
    const page: T[] = await model
      .find((after === null ? filter : { ...filter, _id: { $gt: after } }) as FilterQuery<T>, projection)
      .sort({ _id: 1 })
      .limit(pageSize)
      .lean<T[]>()
      .exec();
    all.push(...page);
    if (page.length < pageSize) return all;
    after = page[page.length - 1]?._id ?? null;
  }
}
