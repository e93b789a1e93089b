import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisRateLimiter } from '../../../src/scoring/rate-limit/redis-rate-limiter';
import { testRedisUrl } from '../../support/redis-server';

const redisUrl = (): string => {
  const url = testRedisUrl();
  return url;
};

const clients: Redis[] = [];
const connect = (): Redis => {
  const client = new Redis(redisUrl());
  clients.push(client);
  return client;
};
const prefix = `test:scorers:${randomUUID()}:`;

afterAll(async () => {
  await Promise.all(clients.map((c) => c.quit()));
});

describe('RedisRateLimiter', () => {
  it('When three connections race for slots at 20/s without waiting, then slots come no faster than the rate allows and none starve', async () => {
    const limiters = [connect(), connect(), connect()].map((redis) => new RedisRateLimiter({ redis, keyPrefix: prefix }));
    await Promise.all(clients.map((c) => c.ping()));
    const key = `race-${randomUUID()}`;
    const wanted = 10;
    let grants = 0;
    let denials = 0;
    // Race until ten slots are granted; the wall clock bounds a stalled machine, not the assertion.
    const started = performance.now();
    const giveUp = Date.now() + 10_000;
    await Promise.all(
      limiters.map(async (limiter) => {
        while (grants < wanted && Date.now() < giveUp) {
          if ((await limiter.acquire(key, 20)).allowed) grants += 1;
          else denials += 1;
        }
      }),
    );
    const elapsedMs = performance.now() - started;
    expect(grants).toBeGreaterThanOrEqual(wanted);
    // One grant per 50 ms of Redis time and no burst: ten grants span at least nine intervals, however fast the racers.
    // (A third racer may land one more grant in the same round trip; that one also waits its 50 ms.)
    expect(elapsedMs).toBeGreaterThanOrEqual((grants - 1) * 50 - 5);
    expect(denials).toBeGreaterThan(0);
  });

  it('When a slot is taken, then the denial says how long until the next one', async () => {
    const limiter = new RedisRateLimiter({ redis: connect(), keyPrefix: prefix });
    const key = `wait-${randomUUID()}`;
    // The wait is one interval less the Redis time between the two calls, which is at most the local time around both:
    // bounding it by what was measured keeps the assertion exact on a slow machine.
    const started = performance.now();
    expect(await limiter.acquire(key, 1)).toEqual({ allowed: true });
    const denied = await limiter.acquire(key, 1);
    const elapsedMs = performance.now() - started;
    expect(denied.allowed).toBe(false);
    expect(denied.allowed === false && denied.retryAfterMs).toBeGreaterThanOrEqual(Math.floor(1000 - elapsedMs));
    expect(denied.allowed === false && denied.retryAfterMs).toBeLessThanOrEqual(1000);
  });

  it('When the script cache is flushed, then the limiter reloads its script and keeps working', async () => {
    const redis = connect();
    const limiter = new RedisRateLimiter({ redis, keyPrefix: prefix });
    await limiter.acquire(`flush-${randomUUID()}`, 5);
    await redis.script('FLUSH');
    expect(await limiter.acquire(`flush-${randomUUID()}`, 5)).toEqual({ allowed: true });
  });

  it('When a key is used, then it lives under the prefix and expires by itself', async () => {
    const redis = connect();
    const key = `ttl-${randomUUID()}`;
    await new RedisRateLimiter({ redis, keyPrefix: prefix }).acquire(key, 2);
    const ttl = await redis.pttl(`${prefix}${key}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(1500);
  });
});
