import { isAscii } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { type MessagePort, workerData } from 'node:worker_threads';
import { newScoreTable, readScoreRows, ScoreRowError, scoreTablePart } from '../io/score-rows.reader';

/** A byte range of a score file for this thread to read; the answer goes to `port`, then `done` is set. */
export interface ScoreRowsJob {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly weight: number;
  readonly where: string;
  readonly port: MessagePort;
  readonly done: Int32Array;
}

export type ScoreRowsAnswer =
  | { readonly part: ReturnType<typeof scoreTablePart> }
  | { readonly rowError: { readonly line: number; readonly reason: string } }
  | { readonly failure: string };

const job = workerData as ScoreRowsJob;
try {
  const bytes = Buffer.alloc(job.end - job.start);
  const fd = openSync(job.path, 'r');
  try {
    readSync(fd, bytes, 0, bytes.length, job.start);
  } finally {
    closeSync(fd);
  }
  const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const table = newScoreTable(text.length);
  readScoreRows(text, job.weight, job.where, table);
  const part = scoreTablePart(table);
  const answer: ScoreRowsAnswer = { part };
  // The columns' buffers move to the reading thread instead of being copied.
  job.port.postMessage(answer, [
    part.statement.buffer,
    part.reviewer.buffer,
    part.score.buffer,
  ] as ArrayBuffer[]);
} catch (error) {
  const answer: ScoreRowsAnswer =
    error instanceof ScoreRowError
      ? { rowError: { line: error.line, reason: error.reason } }
      : { failure: error instanceof Error ? error.message : String(error) };
  job.port.postMessage(answer);
} finally {
  Atomics.store(job.done, 0, 1);
  Atomics.notify(job.done, 0);
}
