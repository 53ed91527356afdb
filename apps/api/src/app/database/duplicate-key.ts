/** MongoDB's code for a write refused by a unique index. */
export const DUPLICATE_KEY = 11000;

/**
 * Whether a write was refused by a unique index. FerretDB v1 reports some of these (updates) with
 * code 1 and MongoDB's "duplicate key" wording instead of 11000 (decision 0001).
 */
export function isDuplicateKey(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === DUPLICATE_KEY || (code === 1 && typeof message === 'string' && /duplicate key/i.test(message));
}

/**
 * Awaits a bulk of idempotent upserts where a parallel writer may win some inserts: a refusal made
 * only of duplicate keys means every row is there, which is all the caller wants.
 */
export async function ignoreDuplicateKeys(bulk: Promise<unknown>): Promise<void> {
  try {
    await bulk;
  } catch (error) {
    const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
    const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [error];
    if (!list.every((e) => isDuplicateKey(e))) throw error;
  }
}
