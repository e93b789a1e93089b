import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ROLES, type Role } from '../domain';
import type { ConsoleSession, SessionStore } from './session-store';

/**
 * Sessions as one Redis hash each, `{prefix}:session:{sha256(id)}` with a TTL: Redis holds only the id's hash,
 * so reading Redis does not yield a usable cookie. One key per session, so no script is needed.
 */
export class RedisSessionStore implements SessionStore {
  constructor(private readonly deps: { redis: Redis; keyPrefix: string }) {}

  private key(id: string): string {
    return `${this.deps.keyPrefix}:session:${createHash('sha256').update(id).digest('hex')}`;
  }

  async create(id: string, session: ConsoleSession, ttlMs: number): Promise<void> {
    const key = this.key(id);
    await this.deps.redis
      .multi()
      .hset(key, { role: session.principal.role, name: session.principal.name, csrf: session.csrfToken })
      .pexpire(key, ttlMs)
      .exec();
  }

  async touch(id: string, ttlMs: number): Promise<ConsoleSession | null> {
    const key = this.key(id);
    const [fields, extended] = await Promise.all([this.deps.redis.hgetall(key), this.deps.redis.pexpire(key, ttlMs)]);
    const { role, name, csrf } = fields;
    if (extended === 0 || role === undefined || name === undefined || csrf === undefined) return null;
    if (!(ROLES as readonly string[]).includes(role)) return null;
    return { principal: { role: role as Role, name }, csrfToken: csrf };
  }

  async remove(id: string): Promise<void> {
    await this.deps.redis.del(this.key(id));
  }
}
