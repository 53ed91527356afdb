// The API's clock in browser tests: how far it runs ahead of real time. Moving it makes the
// approval schedule look again at once (reminders, re-evaluations, lapses due by then); every spec
// that moves it sets it back when it ends, since the specs share one API.
import { writeFileSync } from 'node:fs';

function clockFile(): string {
  const file = process.env['E2E_CLOCK_FILE'];
  if (!file) throw new Error('E2E_CLOCK_FILE is not set: run the browser tests through their jest config.');
  return file;
}

/** Runs the API's clock `ms` ahead of real time. */
export function setClockAhead(ms: number): void {
  writeFileSync(clockFile(), String(Math.round(ms)));
}

export function resetClock(): void {
  setClockAhead(0);
}
