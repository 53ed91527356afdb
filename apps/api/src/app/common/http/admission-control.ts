import type { NextFunction, Request, Response } from 'express';

export interface AdmissionLimits {
  /** Requests worked on at once. */
  maxConcurrent: number;
  /** Requests allowed to wait for a slot; more are refused at once. */
  maxQueued: number;
  /** Longest wait for a slot before the request is refused. */
  maxWaitMs: number;
}

export interface AdmissionStats {
  active: number;
  queued: number;
  refused: number;
}

/** What a refused request gets: a GraphQL-shaped error a client can act on, sent before any work. */
export const OVERLOADED_BODY = {
  errors: [
    {
      message: 'The service is very busy right now. Nothing was changed; please try again in a few seconds.',
      extensions: { code: 'OVERLOADED' },
    },
  ],
};

/**
 * Admission control for the API: at most `maxConcurrent` requests run at once, a bounded queue waits
 * for a slot, and everything beyond that is answered at once with 503 OVERLOADED. A surge therefore
 * costs the clients a retry instead of growing an unbounded backlog that times out everyone, and the
 * service is back to normal as soon as the load drops (there is no state to recover).
 */
export class AdmissionControl {
  private active = 0;
  private refused = 0;
  private readonly waiting: { admit: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(private readonly limits: AdmissionLimits) {}

  stats(): AdmissionStats {
    return { active: this.active, queued: this.waiting.length, refused: this.refused };
  }

  /** Express middleware; the slot is released when the response ends or the client goes away. */
  readonly middleware = (_req: Request, res: Response, next: NextFunction): void => {
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      this.active -= 1;
      this.admitNext();
    };
    const start = (): void => {
      this.active += 1;
      res.once('finish', release);
      res.once('close', release);
      next();
    };
    if (this.active < this.limits.maxConcurrent) return start();
    if (this.waiting.length >= this.limits.maxQueued || this.limits.maxWaitMs === 0) return this.refuse(res);

    const entry = {
      admit: start,
      timer: setTimeout(() => {
        const index = this.waiting.indexOf(entry);
        if (index >= 0) this.waiting.splice(index, 1);
        this.refuse(res);
      }, this.limits.maxWaitMs),
    };
    this.waiting.push(entry);
    // A client that gives up while waiting frees its place in the queue.
    res.once('close', () => {
      const index = this.waiting.indexOf(entry);
      if (index < 0) return;
      this.waiting.splice(index, 1);
      clearTimeout(entry.timer);
    });
  };

  private admitNext(): void {
    while (this.active < this.limits.maxConcurrent && this.waiting.length > 0) {
      const entry = this.waiting.shift();
      if (!entry) return;
      clearTimeout(entry.timer);
      entry.admit();
    }
  }

  private refuse(res: Response): void {
    this.refused += 1;
    if (res.headersSent) return;
    res.status(503).setHeader('retry-after', '2').json(OVERLOADED_BODY);
  }
}
