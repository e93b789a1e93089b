import type { RedisServerHandle } from './redis-server';

export default async function globalTeardown(): Promise<void> {
  const redis = (globalThis as { __TEST_REDIS__?: RedisServerHandle }).__TEST_REDIS__;
  await redis?.stop();
}
