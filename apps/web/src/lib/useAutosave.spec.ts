import { act, renderHook } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useAutosave } from './useAutosave';

interface Props {
  value: { text: string };
}

function setup(save: jest.Mock<Promise<number>, [{ text: string }, number]>, initial = { text: 'a' }) {
  return renderHook(
    ({ value }: Props) => useAutosave({ value, revision: 1, save, delayMs: 800, retryDelayMs: 1000 }),
    { initialProps: { value: initial } },
  );
}

const graphqlError = (code: string) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: `Failed: ${code}`, extensions: { code } }] });

/** Lets pending promise callbacks run while timers are fake. */
async function settle() {
  await act(async () => {
    await Promise.resolve();
    await Promise.resolve();
  });
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('useAutosave', () => {
  it('does not save what was loaded', async () => {
    const save = jest.fn<Promise<number>, [{ text: string }, number]>().mockResolvedValue(2);
    const { result } = setup(save);
    await act(async () => jest.advanceTimersByTime(2000));
    expect(save).not.toHaveBeenCalled();
    expect(result.current.status).toBe('saved');
  });

  it('waits for a pause in typing, then saves the latest value once with the loaded revision', async () => {
    const save = jest.fn<Promise<number>, [{ text: string }, number]>().mockResolvedValue(2);
    const { result, rerender } = setup(save);
    rerender({ value: { text: 'ab' } });
    expect(result.current.status).toBe('pending');
    await act(async () => jest.advanceTimersByTime(500));
    rerender({ value: { text: 'abc' } });
    await act(async () => jest.advanceTimersByTime(799));
    expect(save).not.toHaveBeenCalled();
    await act(async () => jest.advanceTimersByTime(1));
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ text: 'abc' }, 1);
    expect(result.current.status).toBe('saved');
    expect(result.current.currentRevision()).toBe(2);
  });

  it('chains revisions: the next save names the revision the previous one returned', async () => {
    const save = jest
      .fn<Promise<number>, [{ text: string }, number]>()
      .mockResolvedValueOnce(2)
      .mockResolvedValueOnce(3);
    const { rerender } = setup(save);
    rerender({ value: { text: 'b' } });
    await act(async () => jest.advanceTimersByTime(800));
    await settle();
    rerender({ value: { text: 'c' } });
    await act(async () => jest.advanceTimersByTime(800));
    await settle();
    expect(save.mock.calls.map(([value, revision]) => [value.text, revision])).toEqual([
      ['b', 1],
      ['c', 2],
    ]);
  });

  it('never runs two saves at once: a change during a save is saved after it', async () => {
    let finishFirst: (revision: number) => void = () => undefined;
    const save = jest
      .fn<Promise<number>, [{ text: string }, number]>()
      .mockImplementationOnce(() => new Promise<number>((resolve) => (finishFirst = resolve)))
      .mockResolvedValueOnce(3);
    const { result, rerender } = setup(save);
    rerender({ value: { text: 'b' } });
    await act(async () => jest.advanceTimersByTime(800));
    expect(result.current.status).toBe('saving');
    rerender({ value: { text: 'c' } });
    await act(async () => jest.advanceTimersByTime(800));
    expect(save).toHaveBeenCalledTimes(1);
    await act(async () => finishFirst(2));
    await settle();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith({ text: 'c' }, 2);
    expect(result.current.status).toBe('saved');
  });

  it('stops on a conflict and says so', async () => {
    const save = jest
      .fn<Promise<number>, [{ text: string }, number]>()
      .mockRejectedValue(graphqlError('CONFLICT'));
    const { result, rerender } = setup(save);
    rerender({ value: { text: 'b' } });
    await act(async () => jest.advanceTimersByTime(800));
    await settle();
    expect(result.current.status).toBe('conflict');
    rerender({ value: { text: 'c' } });
    await act(async () => jest.advanceTimersByTime(2000));
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    expect(result.current.status).toBe('conflict');
  });

  it.each(['NETWORK', 'OVERLOADED', 'TOO_MANY_REQUESTS'])(
    'keeps the edits and retries with growing pauses after %s, saving what was typed meanwhile',
    async (code) => {
      // No jitter, so the pauses are exactly 1 s and then 2 s.
      const random = jest.spyOn(Math, 'random').mockReturnValue(0.5);
      const failure = code === 'NETWORK' ? new TypeError('Failed to fetch') : graphqlError(code);
      const save = jest
        .fn<Promise<number>, [{ text: string }, number]>()
        .mockRejectedValueOnce(failure)
        .mockRejectedValueOnce(failure)
        .mockResolvedValueOnce(2);
      const { result, rerender } = setup(save);
      rerender({ value: { text: 'b' } });
      await act(async () => jest.advanceTimersByTime(800));
      await settle();
      expect(result.current.status).toBe('retrying');
      expect(result.current.error?.code).toBe(code);
      // Typing while a retry waits changes nothing about the plan: the retry carries the edit.
      rerender({ value: { text: 'bc' } });
      await act(async () => jest.advanceTimersByTime(999));
      expect(save).toHaveBeenCalledTimes(1);
      await act(async () => jest.advanceTimersByTime(1));
      await settle();
      expect(save).toHaveBeenCalledTimes(2);
      expect(result.current.status).toBe('retrying');
      // The second pause is twice as long.
      await act(async () => jest.advanceTimersByTime(1999));
      expect(save).toHaveBeenCalledTimes(2);
      await act(async () => jest.advanceTimersByTime(1));
      await settle();
      expect(save).toHaveBeenCalledTimes(3);
      expect(save).toHaveBeenLastCalledWith({ text: 'bc' }, 1);
      expect(result.current.status).toBe('saved');
      expect(result.current.error).toBeNull();
      random.mockRestore();
    },
  );

  it('retries at once when asked, without waiting for the pause', async () => {
    const save = jest
      .fn<Promise<number>, [{ text: string }, number]>()
      .mockRejectedValueOnce(graphqlError('OVERLOADED'))
      .mockResolvedValueOnce(2);
    const { result, rerender } = setup(save);
    rerender({ value: { text: 'b' } });
    await act(async () => jest.advanceTimersByTime(800));
    await settle();
    expect(result.current.status).toBe('retrying');
    await act(async () => {
      await result.current.flush();
    });
    expect(save).toHaveBeenCalledTimes(2);
    expect(result.current.status).toBe('saved');
  });

  it('reports refused input without retrying, and saves again on the next change', async () => {
    const save = jest
      .fn<Promise<number>, [{ text: string }, number]>()
      .mockRejectedValueOnce(graphqlError('BAD_USER_INPUT'))
      .mockResolvedValueOnce(2);
    const { result, rerender } = setup(save);
    rerender({ value: { text: 'b' } });
    await act(async () => jest.advanceTimersByTime(800));
    await settle();
    expect(result.current.status).toBe('error');
    expect(result.current.error?.code).toBe('BAD_USER_INPUT');
    await act(async () => jest.advanceTimersByTime(60_000));
    expect(save).toHaveBeenCalledTimes(1);
    rerender({ value: { text: 'bc' } });
    await act(async () => jest.advanceTimersByTime(800));
    await settle();
    expect(save).toHaveBeenLastCalledWith({ text: 'bc' }, 1);
    expect(result.current.status).toBe('saved');
    expect(result.current.error).toBeNull();
  });

  it('flush saves immediately without waiting for the debounce', async () => {
    const save = jest.fn<Promise<number>, [{ text: string }, number]>().mockResolvedValue(2);
    const { result, rerender } = setup(save);
    rerender({ value: { text: 'b' } });
    let ok = false;
    await act(async () => {
      ok = await result.current.flush();
    });
    expect(ok).toBe(true);
    expect(save).toHaveBeenCalledWith({ text: 'b' }, 1);
    await act(async () => jest.advanceTimersByTime(2000));
    expect(save).toHaveBeenCalledTimes(1);
  });
});
