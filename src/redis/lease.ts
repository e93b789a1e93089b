import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

// KEYS[1]: the lease. ARGV[1]: this holder's token, ARGV[2]: ttl (ms). Returns 1 when still held (and extended).
const EXTEND = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0";
// KEYS[1]: the lease. ARGV[1]: this holder's token. Returns 1 when it was held and is now released.
const RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

/**
 * A lease in Redis that one process at a time holds (SET NX PX with a random token): for work that every
 * worker schedules but only one should do at once. It expires by itself if its holder dies; a holder extends
 * it as it goes and stops when `extend` says another took over.
 */
export class RedisLease {
  private readonly token = randomUUID();

  constructor(private readonly options: { redis: Redis; key: string; ttlMs: number }) {}

  async acquire(): Promise<boolean> {
    return (await this.options.redis.set(this.options.key, this.token, 'PX', this.options.ttlMs, 'NX')) === 'OK';
  }

  /** True while this process still holds the lease (its expiry pushed out by another ttl). */
  async extend(): Promise<boolean> {
    return (await this.options.redis.eval(EXTEND, 1, this.options.key, this.token, String(this.options.ttlMs))) === 1;
  }

  async release(): Promise<void> {
    await this.options.redis.eval(RELEASE, 1, this.options.key, this.token);
  }
}
