import { AsyncLocalStorage } from 'node:async_hooks';
import type { Connection } from 'mongoose';

/** Database commands sent on behalf of one HTTP request. */
export interface DbCommandTally {
  commands: number;
}

const currentTally = new AsyncLocalStorage<DbCommandTally>();

/** Runs `work` (and everything it starts asynchronously) with a fresh tally. */
export function withDbCommandTally<T>(tally: DbCommandTally, work: () => T): T {
  return currentTally.run(tally, work);
}

/**
 * Counts every command the driver sends against the tally of the request that caused it. The
 * driver reports commands only with `monitorCommands` on, which the database module sets when
 * DB_COMMAND_STATS is enabled; commands outside a request (start-up, background work) go uncounted.
 */
export function countDbCommands(connection: Connection): void {
  connection.getClient().on('commandStarted', () => {
    const tally = currentTally.getStore();
    if (tally) tally.commands += 1;
  });
}
