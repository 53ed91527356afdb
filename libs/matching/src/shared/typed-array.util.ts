type GrowableArray = Int32Array | Float64Array | Uint8Array | Uint16Array;

/**
 * The array itself when it holds at least `minimum` elements, else a copy of it in a new array
 * of at least twice the length (amortised O(1) appends for the typed-array builders).
 */
export function withCapacity<T extends GrowableArray>(array: T, minimum: number): T {
  if (array.length >= minimum) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(minimum, 2 * array.length, 16));
  next.set(array);
  return next;
}
