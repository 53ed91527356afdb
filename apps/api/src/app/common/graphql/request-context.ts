import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Actor } from '@impact-review/domain';
import type { RequestLoaders } from './loaders';

/** What every resolver can read about the request it serves. */
export interface RequestContext {
  req: Request & { id?: string; log?: Logger };
  res: Response;
  requestId: string;
  log: Logger;
  /** Filled by the session guard: null for anonymous requests. */
  actor: Actor;
  /** The session lookup, started by the first guarded resolver of the request and shared by the rest. */
  actorResolution: Promise<void> | null;
  /** The session cookie's token, when it named a live session. */
  sessionToken: string | null;
  /** Per-request DataLoaders, created lazily by the features that use them. */
  loaders: RequestLoaders;
}
