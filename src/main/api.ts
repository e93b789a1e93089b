/** The API process: `node dist/src/main/api.js` (needs REDIS_URL). */
import { createApi } from '../composition-root';
import { closeServer, listen } from './http-server';
import { loadConfigOrExit, onShutdown, processLogger, warnAboutDevelopmentKeys } from './run';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = processLogger(config, 'api');
  if (config.redisUrl === undefined) {
    logger.fatal('REDIS_URL must be set for the API process (npm start runs an embedded Redis instead)');
    process.exit(78);
  }
  warnAboutDevelopmentKeys(config, logger);
  if (config.webhooks.urls.length > 0) {
    // The API writes events for its moderators' decisions but never delivers them: worker processes do.
    logger.warn('WEBHOOK_URLS is set on the API process, which does not deliver webhooks: set it (and WEBHOOK_SECRET) on the worker processes');
  }
  const api = await createApi(config, logger);
  const server = await listen(api.app, config.port, config.host);
  logger.info({ port: config.port }, 'API listening');
  onShutdown(logger, async () => {
    await closeServer(server, config.worker.shutdownTimeoutMs);
    await api.close();
  });
}

main().catch((error: unknown) => {
  console.error(`API failed to start: ${(error as Error).message}`);
  process.exit(1);
});
