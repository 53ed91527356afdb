import { isDuplicateKey } from './duplicate-key';

describe('isDuplicateKey', () => {
  it.each([
    [{ code: 11000, message: 'E11000 duplicate key error collection: x' }, true],
    [{ code: 1, message: 'E11000 duplicate key error' }, true],
    [{ code: 1, message: 'something else' }, false],
    [{ code: 50, message: 'duplicate key' }, false],
    [new Error('duplicate key'), false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (error, expected) => {
    expect(isDuplicateKey(error)).toBe(expected);
  });
});
