import { isAscii } from 'node:buffer';
import { existsSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import {
  appendScoreTable,
  newScoreTable,
  readScoreRows,
  ScoreRowError,
  scoreFileSplit,
  type ScoreTable,
} from '../io/score-rows.reader';
import type { ScoreRowsAnswer, ScoreRowsJob } from './score-rows.worker';

/** Below this a second thread costs more to start than it saves. */
export const TWO_THREAD_MIN_BYTES = 8 << 20;
/** The share this thread reads: the other starts about 40 ms later (measured at 37 MB). */
const FIRST_PART = 0.56;
/** A reading thread that has not answered after this long is taken as lost. */
const WORKER_TIMEOUT_MS = 120_000;

export function decodeText(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.toString(isAscii(buffer) ? 'latin1' : 'utf8');
}

/**
 * Reads one large score file on two threads: this one reads the first part while `workerScript`
 * (the bundled score-rows.worker) reads the rest, and the parts are joined as one reading
 * would have read them (same ids in the same order, same line numbers in errors). Synchronous:
 * the command waits on a shared flag and takes the answer with receiveMessageOnPort. Returns null
 * when the file cannot be cut (no paper boundary near the middle).
 */
export function readScoresOnTwoThreads(
  path: string,
  bytes: Uint8Array,
  weight: number,
  where: string,
  workerScript: string,
): ScoreTable | null {
  if (!existsSync(workerScript)) return null;
  const cut = scoreFileSplit(bytes, FIRST_PART);
  if (cut < 0) return null;
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const job: ScoreRowsJob = { path, start: cut, end: bytes.length, weight, where, port: port2, done };
  const worker = new Worker(workerScript, { workerData: job, transferList: [port2] });
  try {
    const table = newScoreTable(bytes.length); // room for both parts' rows
    readScoreRows(decodeText(bytes.subarray(0, cut)), weight, where, table);
    if (Atomics.wait(done, 0, 0, WORKER_TIMEOUT_MS) === 'timed-out')
      throw new Error(
        `${where}: the second reading thread did not answer within ${WORKER_TIMEOUT_MS / 1000} s`,
      );
    const answer = receiveMessageOnPort(port1)?.message as ScoreRowsAnswer | undefined;
    if (!answer) throw new Error(`${where}: the second reading thread ended without an answer`);
    if ('rowError' in answer)
      throw new ScoreRowError(where, table.lines + answer.rowError.line, answer.rowError.reason);
    if ('failure' in answer) throw new Error(`${where}: ${answer.failure}`);
    appendScoreTable(table, answer.part);
    return table;
  } finally {
    port1.close();
    void worker.terminate();
  }
}
