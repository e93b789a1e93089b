/**
 * Local mode (`npm start`): API and worker in one process. When REDIS_URL is unset it starts an embedded
 * redis-server (data under ./data/redis, AOF on), so a newcomer needs nothing else.
 */
import { createApi, createWorker } from '../composition-root';
import { ServiceMetrics } from '../observability/metrics';
import { RedisServerMissingError, startEmbeddedRedis, type EmbeddedRedis } from './embedded-redis';
import { closeServer, listen } from './http-server';
import { loadConfigOrExit, onShutdown, processLogger, warnAboutDevelopmentKeys } from './run';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = processLogger(config, 'local');
  let embedded: EmbeddedRedis | null = null;
  if (config.redisUrl === undefined) {
    try {
      embedded = await startEmbeddedRedis({ ...config.embeddedRedis, logger });
    } catch (error) {
      if (error instanceof RedisServerMissingError) {
        console.error(error.message);
        process.exit(69); // EX_UNAVAILABLE
      }
      throw error;
    }
    logger.info({ dir: config.embeddedRedis.dir }, 'embedded redis-server started');
  }
  // Local mode serves the Perspective-compatible API unless PERSPECTIVE_API=off says otherwise.
  const effective = { ...config, redisUrl: config.redisUrl ?? embedded?.url, perspectiveApi: { ...config.perspectiveApi, enabled: config.perspectiveApi.enabled ?? true } };
  warnAboutDevelopmentKeys(effective, logger);
  // One process, one registry: the API's /metrics shows the worker's decisions and scorer timings too.
  const metrics = new ServiceMetrics();
  const worker = await createWorker(effective, logger, { metrics });
  const api = await createApi(effective, logger, { metrics });
  const server = await listen(api.app, effective.port, effective.host);
  logger.info({ port: effective.port, url: `http://localhost:${effective.port}`, console: `http://localhost:${effective.port}/ui` }, 'moderation service ready (API + worker)');
  onShutdown(logger, async () => {
    await closeServer(server, effective.worker.shutdownTimeoutMs);
    await api.close();
    await worker.close();
    await embedded?.stop();
  });
}

main().catch((error: unknown) => {
  console.error(`failed to start: ${(error as Error).message}`);
  process.exit(1);
});
