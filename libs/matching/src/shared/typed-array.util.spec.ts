import { withCapacity } from './typed-array.util';

describe('withCapacity', () => {
  it.each([
    { label: 'room enough: the same array', length: 8, minimum: 8, same: true, atLeast: 8 },
    { label: 'one more: doubled', length: 32, minimum: 33, same: false, atLeast: 64 },
    { label: 'far more: the minimum', length: 32, minimum: 1000, same: false, atLeast: 1000 },
    { label: 'empty: at least 16', length: 0, minimum: 1, same: false, atLeast: 16 },
  ])('$label', ({ length, minimum, same, atLeast }) => {
    const array = Int32Array.from({ length }, (_, i) => i + 1);
    const result = withCapacity(array, minimum);
    expect(result === array).toBe(same);
    expect(result.length).toBeGreaterThanOrEqual(atLeast);
    expect(result.length).toBeLessThanOrEqual(Math.max(atLeast, 2 * length, 16));
    expect(Array.from(result.subarray(0, length))).toEqual(Array.from(array));
    expect(result.subarray(length).every((x) => x === 0)).toBe(true);
  });

  it('keeps the element type', () => {
    expect(withCapacity(new Float64Array([0.5]), 4)).toBeInstanceOf(Float64Array);
    expect(withCapacity(new Uint16Array([7]), 4)).toBeInstanceOf(Uint16Array);
  });
});
