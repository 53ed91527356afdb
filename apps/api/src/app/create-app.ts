import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import { pinoHttp } from 'pino-http';
import { AppModule, type AppModuleOptions } from './app.module';
import { PinoNestLogger } from './common/logging/pino-nest-logger';
import { AdmissionControl } from './common/http/admission-control';
import { withDbCommandTally } from './database/db-command-tally';

/** Builds the HTTP app around AppModule; main.ts and the integration tests share it. */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  const { config, logger } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  // No advertising of the framework; and the client's address and protocol only from trusted proxies.
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
      autoLogging: { ignore: (req) => req.url === '/health' },
    }),
  );
  // Before the body is parsed: a request that will be refused should cost as little as possible.
  const admission = new AdmissionControl({
    maxConcurrent: config.maxConcurrentRequests,
    maxQueued: config.maxQueuedRequests,
    maxWaitMs: config.maxQueueWaitMs,
  });
  if (config.dbCommandStats) app.use('/graphql', reportRequestCost);
  app.use('/graphql', admission.middleware);
  app.use(express.json({ limit: '2mb' }));
  app.use(cookieParser());
  if (config.webDistDir) serveWebApp(app, config.webDistDir);
  app.enableShutdownHooks();
  return app;
}

/**
 * Reports what each GraphQL request cost the server: the database commands it caused
 * (`x-db-commands`) and its time from arrival to answer, queueing included (`server-timing`).
 */
function reportRequestCost(_req: Request, res: Response, next: NextFunction): void {
  const tally = { commands: 0 };
  const arrived = performance.now();
  const writeHead = res.writeHead;
  // Headers go out with the first write, after the operation has run: that is when the count is final.
  res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    if (!this.headersSent) {
      this.setHeader('x-db-commands', String(tally.commands));
      this.setHeader('server-timing', `total;dur=${(performance.now() - arrived).toFixed(1)}`);
    }
    return writeHead.apply(this, args);
  } as Response['writeHead'];
  withDbCommandTally(tally, next);
}

/** Serves the built web client from the same origin (e2e tests and production-like runs). */
function serveWebApp(app: NestExpressApplication, dir: string): void {
  const root = path.resolve(dir);
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) throw new Error(`WEB_DIST_DIR has no index.html: ${root}`);
  app.use(express.static(root, { index: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = req.path.startsWith('/graphql') || req.path.startsWith('/health') || req.path.startsWith('/calendar/');
    if (req.method !== 'GET' || isApi) return next();
    res.sendFile(index);
  });
}
