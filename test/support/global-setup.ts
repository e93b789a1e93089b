import { startRedisServer } from './redis-server';

/**
 * Jest global setup for integration tests: one real redis-server on a free port for the whole run.
 * Tests read its URL from TEST_REDIS_URL and isolate themselves with their own key prefix.
 */
export default async function globalSetup(): Promise<void> {
  const redis = await startRedisServer({ appendonly: false });
  process.env.TEST_REDIS_URL = redis.url;
  (globalThis as { __TEST_REDIS__?: typeof redis }).__TEST_REDIS__ = redis;
}
