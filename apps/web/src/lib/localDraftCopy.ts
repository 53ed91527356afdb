// A copy of unsaved edits on this device, so nothing typed is lost when a save cannot happen: a
// conflict with another tab, a server that stays busy, a closed laptop. The copy is written while
// edits are unsaved and removed once the server has them; the editor offers to restore it.
import { useEffect } from 'react';

export interface LocalDraftCopy<T> {
  value: T;
  /** The draft revision the edits were made on. */
  baseRevision: number;
  /** When the copy was written (ms since the epoch). */
  savedAt: number;
}

const PREFIX = 'impact-review.unsaved-draft.';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage can be disabled (privacy settings); the editor then works without a copy.
    return null;
  }
}

export function readLocalCopy<T>(key: string): LocalDraftCopy<T> | null {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    const copy = JSON.parse(raw) as LocalDraftCopy<T>;
    return typeof copy === 'object' && copy !== null && 'value' in copy ? copy : null;
  } catch {
    return null;
  }
}

export function writeLocalCopy<T>(key: string, copy: LocalDraftCopy<T>): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(copy));
  } catch {
    // Full or unavailable storage: the server copy is all there is, as without this feature.
  }
}

export function clearLocalCopy(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/**
 * Keeps the copy in step with the editor: written whenever there are unsaved edits, removed when
 * everything is saved. `enabled` false (while a restore is being offered) leaves the copy alone.
 */
export function useLocalDraftCopy<T>(
  key: string,
  value: T,
  baseRevision: number,
  unsaved: boolean,
  enabled: boolean,
): void {
  useEffect(() => {
    if (!enabled) return;
    if (unsaved) writeLocalCopy(key, { value, baseRevision, savedAt: Date.now() });
    else clearLocalCopy(key);
  }, [key, value, baseRevision, unsaved, enabled]);
}
