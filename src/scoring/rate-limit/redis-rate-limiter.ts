import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { LuaScript } from '../../redis/lua-script';
import { emissionIntervalMicros, type RateLimitDecision, type RateLimiter } from './rate-limiter';

/** GCRA with no burst allowance, on Redis's clock: see the script's header. */
const PACE = new LuaScript({ dir: join(__dirname, 'lua'), file: 'paceRequest-1.lua', keys: ['pace'], args: ['intervalMicros'] });

/** Settings for the shared limiter; the ioredis client is built and closed by the composition root. */
export interface RedisRateLimiterOptions {
  redis: Redis;
  /** Prepended to every key, e.g. `moderation:ratelimit:` (use a hash tag on Redis Cluster). */
  keyPrefix: string;
}

/** RateLimiter shared by every process connected to the same Redis. */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;
  private readonly keyPrefix: string;

  constructor(options: RedisRateLimiterOptions) {
    this.redis = options.redis;
    this.keyPrefix = options.keyPrefix;
  }

  async acquire(key: string, perSecond: number): Promise<RateLimitDecision> {
    const interval = emissionIntervalMicros(perSecond);
    const reply = await this.run(`${this.keyPrefix}${key}`, interval);
    if (!Array.isArray(reply) || reply.length !== 2 || typeof reply[0] !== 'number' || typeof reply[1] !== 'number') {
      throw new Error('rate-limit script returned an unexpected reply');
    }
    if (reply[0] === 1) return { allowed: true };
    return { allowed: false, retryAfterMs: Math.max(1, Math.ceil(reply[1] / 1000)) };
  }

  private run(key: string, intervalMicros: number): Promise<unknown> {
    return PACE.run(this.redis, { keys: { pace: key }, args: { intervalMicros } });
  }
}
