import { afterFailure, describeJobError, retryDelayMs } from './job.rules';

const policy = { baseDelayMs: 1000, maxDelayMs: 60_000 };

describe('retryDelayMs', () => {
  test.each([
    [1, 0, 500],
    [1, 1, 1000],
    [2, 0, 1000],
    [3, 1, 4000],
    [7, 0, 30_000],
    [7, 1, 60_000],
    [40, 1, 60_000],
  ])('attempt %i with random %f waits %i ms', (attempt, random, expected) => {
    expect(retryDelayMs(attempt, policy, () => random)).toBe(expected);
  });

  test('never less than half, never more than the nominal delay', () => {
    for (let i = 0; i < 200; i += 1) {
      const delay = retryDelayMs(4, policy);
      expect(delay).toBeGreaterThanOrEqual(4000);
      expect(delay).toBeLessThanOrEqual(8000);
    }
  });
});

describe('afterFailure', () => {
  test.each([
    [1, 3, 'retry'],
    [2, 3, 'retry'],
    [3, 3, 'dead'],
    [5, 3, 'dead'],
    [1, 1, 'dead'],
  ] as const)('attempt %i of %i -> %s', (attempts, max, next) => {
    expect(afterFailure(attempts, max, policy, () => 0).next).toBe(next);
  });

  test('a retry carries its delay', () => {
    expect(afterFailure(2, 5, policy, () => 1)).toEqual({ next: 'retry', delayMs: 2000 });
  });
});

describe('describeJobError', () => {
  test.each([
    [new Error('Connection refused\n  at smtp'), 'Connection refused at smtp'],
    ['plain', 'plain'],
    [new Error(''), 'Error'],
    ['   ', 'Unknown error'],
  ])('%p -> %p', (error, expected) => expect(describeJobError(error)).toBe(expected));

  test('bounds the length', () => {
    expect(describeJobError('x'.repeat(600), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
