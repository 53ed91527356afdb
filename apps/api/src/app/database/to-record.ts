import type { Types } from 'mongoose';

type WithObjectId = { _id: Types.ObjectId | string; __v?: number };

/**
 * Repositories hand out plain objects with `id: string`: ObjectIds and mongoose documents never
 * leave the repository layer.
 */
export function toRecord<T extends WithObjectId>(doc: T): Omit<T, '_id' | '__v'> & { id: string } {
  const { _id, __v: _version, ...rest } = doc;
  return { ...rest, id: String(_id) };
}

/** Parses an id from a client; an id that cannot exist is treated as "not found", not as an error. */
export function isObjectIdString(id: string): boolean {
  return /^[0-9a-f]{24}$/i.test(id);
}
