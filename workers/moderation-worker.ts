/** The worker process: `node dist/workers/moderation-worker.js` (needs REDIS_URL). Run as many as you like. */
import { createWorker } from '../src/composition-root';
import { closeServer } from '../src/main/http-server';
import { loadConfigOrExit, onShutdown, processLogger } from '../src/main/run';
import { startMetricsServer } from '../src/observability/metrics-server';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = processLogger(config, 'worker');
  if (config.redisUrl === undefined) {
    logger.fatal('REDIS_URL must be set for the worker process (npm start runs an embedded Redis instead)');
    process.exit(78);
  }
  const worker = await createWorker(config, logger);
  const metricsServer = config.metricsPort === undefined ? null : await startMetricsServer({ metrics: worker.metrics, port: config.metricsPort, host: config.host });
  logger.info({ concurrency: config.worker.concurrency, scorers: config.scorers.chain, metricsPort: config.metricsPort ?? null }, 'worker started');
  onShutdown(logger, async () => {
    if (metricsServer !== null) await closeServer(metricsServer, 1000);
    await worker.close();
  });
}

main().catch((error: unknown) => {
  console.error(`worker failed to start: ${(error as Error).message}`);
  process.exit(1);
});
