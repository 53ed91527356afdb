// Worker thread entry of a matcher run: the computation is CPU-bound for tens of seconds at venue
// scale, and the API's event loop (requests, job heartbeats) must keep turning meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import { runVenueMatching, type MatchingInput } from './matching-engine';

export type WorkerMessage =
  | { type: 'progress'; phase: string; fraction: number }
  | { type: 'done'; outcome: ReturnType<typeof runVenueMatching> }
  | { type: 'error'; message: string };

const port = parentPort;
if (port) {
  let last = 0;
  try {
    const outcome = runVenueMatching(workerData as MatchingInput, (phase, fraction) => {
      // A message per few hundred milliseconds is plenty for a progress bar.
      const at = Date.now();
      if (fraction < 1 && fraction > 0 && at - last < 250) return;
      last = at;
      port.postMessage({ type: 'progress', phase, fraction } satisfies WorkerMessage);
    });
    port.postMessage({ type: 'done', outcome } satisfies WorkerMessage);
  } catch (error) {
    port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
  }
}
