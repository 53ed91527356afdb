// The deadline surge itself: every draft autosaves on its own timer, as an open editor does, and the
// benchmark remembers the last content the server acknowledged for each draft.
import {
  readDraft,
  saveDraft,
  savedRevision,
  type BenchAuthor,
  type GraphqlResponse,
} from './surge-api';

export interface BenchDraft {
  index: number;
  id: string;
  author: BenchAuthor;
  api: string;
  revision: number;
  sequence: number;
  /** The marker of the last save the server acknowledged. */
  acknowledged: string | null;
  /** A save whose answer never came (timeout): the server may or may not hold it. */
  unanswered: Set<string>;
  inFlight: boolean;
}

export interface LoadOptions {
  intervalMs: number;
  durationMs: number;
  jitter: number;
  requestTimeoutMs: number;
}

export interface LoadResult {
  drafts: number;
  durationSeconds: number;
  latenciesMs: number[];
  /** The same requests as timed by the API (arrival to answer). */
  serverMs: number[];
  acknowledged: number;
  errorsByCode: Record<string, number>;
  conflicts: number;
  dbCommands: number[];
}

function codeOf(response: GraphqlResponse): string {
  return response.body.errors?.[0]?.extensions?.code ?? `HTTP_${response.status}`;
}

/** Runs the surge on `drafts` for the duration and returns what every save saw. */
export async function runSurge(drafts: BenchDraft[], options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = {
    drafts: drafts.length,
    durationSeconds: options.durationMs / 1000,
    latenciesMs: [],
    serverMs: [],
    acknowledged: 0,
    errorsByCode: {},
    conflicts: 0,
    dbCommands: [],
  };
  const started = Date.now();
  const ends = started + options.durationMs;
  const inFlight = new Set<Promise<void>>();

  const save = async (draft: BenchDraft): Promise<void> => {
    draft.inFlight = true;
    draft.sequence += 1;
    const marker = `${draft.index}.${draft.sequence}`;
    const sent = performance.now();
    try {
      const response = await saveDraft(draft.api, draft.author, draft, marker, AbortSignal.timeout(options.requestTimeoutMs));
      result.latenciesMs.push(performance.now() - sent);
      if (response.serverMs !== null) result.serverMs.push(response.serverMs);
      const revision = savedRevision(response);
      if (revision !== null) {
        // Only saves that ran: a refused request never reached the database.
        if (response.dbCommands !== null) result.dbCommands.push(response.dbCommands);
        draft.revision = revision;
        draft.acknowledged = marker;
        draft.unanswered.clear();
        result.acknowledged += 1;
        return;
      }
      const code = codeOf(response);
      result.errorsByCode[code] = (result.errorsByCode[code] ?? 0) + 1;
      if (code === 'CONFLICT') {
        // Only this client writes this draft, so a conflict means an earlier unanswered save landed.
        result.conflicts += 1;
        const current = await readDraft(draft.api, draft.author, draft.id);
        if (current) draft.revision = current.revision;
      }
    } catch (error) {
      result.latenciesMs.push(performance.now() - sent);
      const code = error instanceof Error && error.name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NETWORK';
      result.errorsByCode[code] = (result.errorsByCode[code] ?? 0) + 1;
      draft.unanswered.add(marker);
    } finally {
      draft.inFlight = false;
    }
  };

  await new Promise<void>((resolve) => {
    let pendingTimers = drafts.length;
    const tick = (draft: BenchDraft): void => {
      if (Date.now() >= ends) {
        pendingTimers -= 1;
        if (pendingTimers === 0) resolve();
        return;
      }
      // An editor never sends a second save while one is on its way; it sends the latest content after.
      if (!draft.inFlight) {
        const task = save(draft);
        inFlight.add(task);
        void task.finally(() => inFlight.delete(task));
      }
      const spread = 1 + (Math.random() - 0.5) * options.jitter;
      setTimeout(() => tick(draft), options.intervalMs * spread);
    };
    // Editors were opened at random moments: the first saves spread over one interval.
    for (const draft of drafts) setTimeout(() => tick(draft), Math.random() * options.intervalMs);
  });
  await Promise.all(inFlight);
  return result;
}

export interface Verification {
  checked: number;
  lost: number;
  /** The server holds a save whose answer never reached the client: newer than acknowledged, not lost. */
  newerThanAcknowledged: number;
  unreadable: number;
}

/** Reads every draft back and compares it with the last content the server acknowledged. */
export async function verifyDrafts(drafts: BenchDraft[], concurrency = 32): Promise<Verification> {
  const verification: Verification = { checked: 0, lost: 0, newerThanAcknowledged: 0, unreadable: 0 };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < drafts.length) {
      const draft = drafts[next++];
      if (!draft) return;
      const held = await readDraft(draft.api, draft.author, draft.id).catch(() => null);
      verification.checked += 1;
      if (!held) verification.unreadable += 1;
      else if (held.marker === draft.acknowledged) continue;
      else if (held.marker !== null && draft.unanswered.has(held.marker)) verification.newerThanAcknowledged += 1;
      else if (draft.acknowledged !== null) verification.lost += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return verification;
}
