import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { emissionIntervalMicros, type RateLimitDecision, type RateLimiter } from './rate-limiter';

/**
 * GCRA with no burst allowance: one grant per emission interval per key. The script reads Redis TIME, so
 * every worker process is paced by one clock, and it is atomic, so two processes can never take the same
 * slot. The stored value is the earliest next grant in microseconds; it expires soon after, so idle keys
 * cost nothing.
 */
const PACE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local nextAllowed = tonumber(redis.call('GET', KEYS[1]))
if nextAllowed ~= nil and nextAllowed > now then
  return {0, nextAllowed - now}
end
redis.call('SET', KEYS[1], string.format('%.0f', now + interval), 'PX', math.ceil(interval / 1000) + 1000)
return {1, 0}
`;
const PACE_SCRIPT_SHA = createHash('sha1').update(PACE_SCRIPT).digest('hex');

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

  private async run(key: string, intervalMicros: number): Promise<unknown> {
    try {
      return await this.redis.evalsha(PACE_SCRIPT_SHA, 1, key, intervalMicros);
    } catch (error) {
      // After a restart or SCRIPT FLUSH the script cache is empty: load it by running it once in full.
      if (error instanceof Error && error.message.startsWith('NOSCRIPT')) return this.redis.eval(PACE_SCRIPT, 1, key, intervalMicros);
      throw error;
    }
  }
}
