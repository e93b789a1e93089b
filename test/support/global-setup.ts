import { buildConsole } from './build-console';
import { startRedisServer } from './redis-server';

/**
 * Jest global setup for integration and browser tests (jest runs it once for both): one real redis-server on
 * a free port for the whole run, and the console built into dist/ui. Tests read the Redis URL from
 * TEST_REDIS_URL and isolate themselves with their own key prefix.
 */
export default async function globalSetup(): Promise<void> {
  buildConsole();
  const redis = await startRedisServer({ appendonly: false });
  process.env.TEST_REDIS_URL = redis.url;
  (globalThis as { __TEST_REDIS__?: typeof redis }).__TEST_REDIS__ = redis;
}
