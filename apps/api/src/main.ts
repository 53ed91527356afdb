import 'reflect-metadata';
import { ConfigError, loadConfig } from './app/config/app-config';
import { FileClock } from './app/common/clock';
import { createLogger } from './app/common/logging/logger';
import { createApp } from './app/create-app';
import { startEmbeddedDatabase } from './app/embedded-database';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let mongodbUri = config.mongodbUri;
  let stopDatabase: (() => Promise<void>) | null = null;
  if (!mongodbUri) {
    const db = await startEmbeddedDatabase(config.dataDir, logger);
    mongodbUri = db.uri;
    stopDatabase = db.stop;
    logger.info({ uri: db.uri, dataDir: config.dataDir }, 'Embedded FerretDB started');
  }
  const clock = config.testClockFile ? new FileClock(config.testClockFile) : undefined;
  const app = await createApp({ config, mongodbUri, logger, ...(clock ? { clock } : {}) });
  await app.listen(config.port, config.host);
  logger.info(`API ready at http://${config.host}:${config.port}/graphql`);

  const shutdown = async (): Promise<void> => {
    await app.close();
    clock?.stop();
    if (stopDatabase) await stopDatabase();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error('The API could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
