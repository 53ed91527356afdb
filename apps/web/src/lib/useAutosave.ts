// Debounced autosave with optimistic concurrency. Saves run one at a time (each carries the
// revision the previous one returned), a change during a save is saved right after it, and a
// CONFLICT stops autosaving until the page reloads the latest draft: writing over someone else's
// work silently is worse than asking.
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from './errors';
import type { AppErrorInfo } from './errors';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

export interface AutosaveOptions<T> {
  value: T;
  /** The revision the loaded value has; each save must name the revision it replaces. */
  revision: number;
  /** Persists `value` over `revision`; resolves with the new revision, rejects with an Apollo error. */
  save: (value: T, revision: number) => Promise<number>;
  delayMs?: number;
}

export interface Autosave {
  status: AutosaveStatus;
  /** The last failure (code and field errors), cleared by the next successful save. */
  error: AppErrorInfo | null;
  /** Saves now if anything is unsaved; resolves true when everything is saved. */
  flush: () => Promise<boolean>;
  /** The revision of the last saved value (what the next write must name). */
  currentRevision: () => number;
}

export const AUTOSAVE_DELAY_MS = 800;

export function useAutosave<T>({ value, revision, save, delayMs = AUTOSAVE_DELAY_MS }: AutosaveOptions<T>): Autosave {
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const latest = useRef(value);
  const saved = useRef(value);
  const revisionRef = useRef(revision);
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const saveRef = useRef(save);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const saveLatest = useCallback(async (): Promise<boolean> => {
    if (stopped.current) return false;
    const snapshot = latest.current;
    if (snapshot === saved.current) return true;
    setStatus('saving');
    try {
      revisionRef.current = await saveRef.current(snapshot, revisionRef.current);
      saved.current = snapshot;
      setError(null);
      setStatus(latest.current === snapshot ? 'saved' : 'pending');
      return true;
    } catch (caught) {
      const info = describeError(caught);
      setError(info);
      if (info.code === 'CONFLICT') stopped.current = true;
      setStatus(info.code === 'CONFLICT' ? 'conflict' : 'error');
      return false;
    }
  }, []);

  /** Queues a save behind the one in flight, so two saves never race with the same revision. */
  const enqueue = useCallback((): Promise<boolean> => {
    const next = queue.current.then(saveLatest);
    queue.current = next;
    return next;
  }, [saveLatest]);

  useEffect(() => {
    latest.current = value;
    if (value === saved.current || stopped.current) return;
    setStatus((current) => (current === 'saving' ? current : 'pending'));
    timer.current = setTimeout(() => {
      timer.current = null;
      void enqueue();
    }, delayMs);
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [value, delayMs, enqueue]);

  // Leaving the page (or the editor) with a change still waiting for its debounce: save it anyway.
  useEffect(
    () => () => {
      if (latest.current !== saved.current && !stopped.current) void enqueue();
    },
    [enqueue],
  );

  const flush = useCallback(async () => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    return enqueue();
  }, [enqueue]);

  const currentRevision = useCallback(() => revisionRef.current, []);

  return { status, error, flush, currentRevision };
}
