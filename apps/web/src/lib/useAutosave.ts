// Debounced autosave with optimistic concurrency. Saves run one at a time (each carries the
// revision the previous one returned) and a change during a save is saved right after it.
// - A busy or unreachable server (OVERLOADED, TOO_MANY_REQUESTS, a network or server error) is
//   retried on its own with growing pauses, so thousands of editors at a deadline back off instead
//   of hammering it; the edits stay in the editor meanwhile, and "Retry now" skips the wait.
// - A CONFLICT stops autosaving until the page reloads the latest draft: writing over someone
//   else's work silently is worse than asking.
// - Anything else (input the server refuses) waits for the next change or an explicit retry.
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from './errors';
import type { AppErrorInfo, ErrorCode } from './errors';

/**
 * saved: everything is saved; pending: changes wait for a pause in typing; saving: a save is on its
 * way; retrying: the last save failed for a passing reason and will be tried again; error: the
 * last save was refused; conflict: someone else saved in between, nothing more is saved.
 */
export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'retrying' | 'error' | 'conflict';

export interface AutosaveOptions<T> {
  value: T;
  /** The revision the loaded value has; each save must name the revision it replaces. */
  revision: number;
  /** Persists `value` over `revision`; resolves with the new revision, rejects with an Apollo error. */
  save: (value: T, revision: number) => Promise<number>;
  delayMs?: number;
  /** The pause before the first automatic retry; it doubles up to MAX_RETRY_DELAY_MS. */
  retryDelayMs?: number;
}

export interface Autosave {
  status: AutosaveStatus;
  /** The last failure (code and field errors), cleared by the next successful save. */
  error: AppErrorInfo | null;
  /** While retrying: when the next attempt starts (ms since the epoch). */
  nextRetryAt: number | null;
  /** Saves now if anything is unsaved; resolves true when everything is saved. */
  flush: () => Promise<boolean>;
  /** The revision of the last saved value (what the next write must name). */
  currentRevision: () => number;
}

export const AUTOSAVE_DELAY_MS = 800;
export const FIRST_RETRY_DELAY_MS = 2000;
export const MAX_RETRY_DELAY_MS = 30_000;

/** Failures that say nothing about the draft itself: try again later with the same edits. */
const PASSING: ReadonlySet<ErrorCode> = new Set([
  'OVERLOADED',
  'TOO_MANY_REQUESTS',
  'NETWORK',
  'INTERNAL_SERVER_ERROR',
]);

export function useAutosave<T>({
  value,
  revision,
  save,
  delayMs = AUTOSAVE_DELAY_MS,
  retryDelayMs = FIRST_RETRY_DELAY_MS,
}: AutosaveOptions<T>): Autosave {
  const [status, setStatus] = useState<AutosaveStatus>('saved');
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [nextRetryAt, setNextRetryAt] = useState<number | null>(null);
  const latest = useRef(value);
  const saved = useRef(value);
  const revisionRef = useRef(revision);
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const failures = useRef(0);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const saveRef = useRef(save);
  // Set by the effect below once saveLatest exists; a retry timer calls it.
  const retryRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const clearRetry = useCallback(() => {
    if (retryTimer.current !== null) clearTimeout(retryTimer.current);
    retryTimer.current = null;
    setNextRetryAt(null);
  }, []);

  const saveLatest = useCallback(async (): Promise<boolean> => {
    if (stopped.current) return false;
    const snapshot = latest.current;
    if (snapshot === saved.current) return true;
    clearRetry();
    setStatus('saving');
    try {
      revisionRef.current = await saveRef.current(snapshot, revisionRef.current);
      saved.current = snapshot;
      failures.current = 0;
      setError(null);
      setStatus(latest.current === snapshot ? 'saved' : 'pending');
      return true;
    } catch (caught) {
      const info = describeError(caught);
      setError(info);
      if (info.code === 'CONFLICT') {
        stopped.current = true;
        setStatus('conflict');
      } else if (PASSING.has(info.code)) {
        // Exponential backoff with jitter, so editors that failed together do not retry together.
        const pause = Math.min(MAX_RETRY_DELAY_MS, retryDelayMs * 2 ** failures.current);
        const wait = Math.round(pause * (0.75 + Math.random() * 0.5));
        failures.current += 1;
        setStatus('retrying');
        setNextRetryAt(Date.now() + wait);
        retryTimer.current = setTimeout(() => retryRef.current(), wait);
      } else {
        setStatus('error');
      }
      return false;
    }
  }, [clearRetry, retryDelayMs]);

  /** Queues a save behind the one in flight, so two saves never race with the same revision. */
  const enqueue = useCallback((): Promise<boolean> => {
    const next = queue.current.then(saveLatest);
    queue.current = next;
    return next;
  }, [saveLatest]);

  useEffect(() => {
    retryRef.current = () => {
      retryTimer.current = null;
      void enqueue();
    };
  }, [enqueue]);

  useEffect(() => {
    latest.current = value;
    if (value === saved.current || stopped.current) return;
    // While a retry is scheduled, it will carry this change too.
    if (retryTimer.current !== null) return;
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

  // Leaving the page (or the editor) with a change still waiting: save it anyway.
  useEffect(
    () => () => {
      if (retryTimer.current !== null) clearTimeout(retryTimer.current);
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

  return { status, error, nextRetryAt, flush, currentRevision };
}
