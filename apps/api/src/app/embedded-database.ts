import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Logger } from 'pino';

interface EmbeddedDb {
  uri: string;
  stop: () => Promise<void>;
}

/**
 * Starts the embedded FerretDB (tools/ferretdb-launcher) when MONGODB_URI is not set.
 * The launcher script is plain ESM shared with the start and test scripts.
 */
export async function startEmbeddedDatabase(dataDir: string, logger: Logger): Promise<EmbeddedDb> {
  const script = path.resolve(__dirname, '../../../../tools/scripts/db-launcher.mjs');
  // A real dynamic import (not compiled to require) because the launcher is an ES module.
  const importEsm = new Function('url', 'return import(url)') as (url: string) => Promise<{
    startEmbeddedDb: (options: { dataDir: string; port: number; log: (message: string) => void }) => Promise<EmbeddedDb>;
  }>;
  const { startEmbeddedDb } = await importEsm(pathToFileURL(script).href);
  return startEmbeddedDb({
    dataDir: path.resolve(dataDir, 'db'),
    port: 0,
    log: (message) => logger.info(message),
  });
}
