import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { LuaScript } from './lua-script';

const dir = join(__dirname, 'lua');
const EXTEND = new LuaScript({ dir, file: 'extendLease-1.lua', keys: ['lease'], args: ['token', 'ttlMs'] });
/** Releases a lease or lock by its holder's token only (the webhook relay's lock uses it too). */
export const RELEASE_LEASE = new LuaScript({ dir, file: 'releaseLease-1.lua', keys: ['lease'], args: ['token'] });

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
    return (await EXTEND.run(this.options.redis, { keys: { lease: this.options.key }, args: { token: this.token, ttlMs: this.options.ttlMs } })) === 1;
  }

  async release(): Promise<void> {
    await RELEASE_LEASE.run(this.options.redis, { keys: { lease: this.options.key }, args: { token: this.token } });
  }
}
