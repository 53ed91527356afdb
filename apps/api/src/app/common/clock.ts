import { readFileSync } from 'node:fs';

/** Injectable time, so schedules and expiry can be tested without waiting. */
export abstract class Clock {
  abstract now(): Date;

  /** Calls `listener` whenever the clock jumps (only a test clock does); schedules then look again at once. */
  onJump(_listener: () => void): void {
    // The system clock does not jump.
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * The system clock plus an offset read from a file, for browser tests that move time (an approval
 * nearing expiry) in a running API. The file holds milliseconds; it is read every 100 ms, and
 * listeners hear of every change.
 */
export class FileClock extends Clock {
  private offsetMs = 0;
  private readonly listeners: (() => void)[] = [];
  private readonly poll: NodeJS.Timeout;

  constructor(private readonly file: string) {
    super();
    this.offsetMs = this.read();
    // The content is compared, not the modification time: a write in the same instant still counts.
    this.poll = setInterval(() => this.refresh(), 100);
    this.poll.unref();
  }

  private refresh(): void {
    const next = this.read();
    if (next === this.offsetMs) return;
    this.offsetMs = next;
    for (const listener of this.listeners) listener();
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  override onJump(listener: () => void): void {
    this.listeners.push(listener);
  }

  stop(): void {
    clearInterval(this.poll);
  }

  private read(): number {
    try {
      const value = Number(readFileSync(this.file, 'utf8').trim());
      return Number.isFinite(value) ? value : 0;
    } catch {
      return 0;
    }
  }
}
