/**
 * Converts comment records written before the compact encoding (long field names such as `status`, every trail
 * entry in {p}:h:{id}) into the compact one, in place, keeping each record's expiry:
 *   npm run migrate:records            (REDIS_URL and REDIS_KEY_PREFIX as for the service)
 * Safe to run while the service runs and to run again: each record is rewritten in a MULTI under WATCH, so a
 * record changed meanwhile is read again, and records already compact are skipped. New code still reads legacy
 * records, but only compact ones can be decided or claimed: run this before the new workers take over.
 */
import { Redis } from 'ioredis';
import { loadConfig } from '../config';
import { CommentKeys } from '../src/comments/redis-comment-keys';
import { compactRecord, toComment, toHistory } from '../src/comments/redis-comment-record';

export interface MigrationResult {
  scanned: number;
  migrated: number;
}

/** Converts every legacy record under `keyPrefix`; `redis` must be a connection of its own (WATCH). */
export async function migrateCommentRecords(options: { redis: Redis; keyPrefix: string }): Promise<MigrationResult> {
  const { redis } = options;
  const keys = new CommentKeys(options.keyPrefix);
  const marker = keys.comment('');
  const result: MigrationResult = { scanned: 0, migrated: 0 };
  let cursor = '0';
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', `${marker}*`, 'COUNT', 500);
    cursor = next;
    for (const key of found) {
      result.scanned += 1;
      if (await migrateOne(redis, keys, key.slice(marker.length))) result.migrated += 1;
    }
  } while (cursor !== '0');
  return result;
}

async function migrateOne(redis: Redis, keys: CommentKeys, id: string): Promise<boolean> {
  const recordKey = keys.comment(id);
  const trailKey = keys.history(id);
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await redis.watch(recordKey, trailKey);
    const [hash, trail, ttlMs] = await Promise.all([redis.hgetall(recordKey), redis.lrange(trailKey, 0, -1), redis.pttl(recordKey)]);
    const comment = hash.status === undefined ? null : toComment(id, hash);
    if (comment === null) {
      await redis.unwatch();
      return false;
    }
    const compact = compactRecord(comment, toHistory(hash, trail), hash.job || null);
    const multi = redis.multi().del(recordKey, trailKey).hset(recordKey, ...compact.fields);
    if (compact.trail.length > 0) multi.rpush(trailKey, ...compact.trail);
    if (ttlMs > 0) {
      multi.pexpire(recordKey, ttlMs);
      if (compact.trail.length > 0) multi.pexpire(trailKey, ttlMs);
    }
    const replies = await multi.exec();
    if (replies !== null) {
      const failed = replies.find(([error]) => error !== null);
      if (failed?.[0]) throw failed[0];
      return true;
    }
  }
  throw new Error(`comment ${id} kept changing while it was migrated; run the migration again`);
}

if (require.main === module) {
  const config = loadConfig();
  if (config.redisUrl === undefined) throw new Error('REDIS_URL is not set');
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 3 });
  migrateCommentRecords({ redis, keyPrefix: config.redisKeyPrefix })
    .then(({ scanned, migrated }) => console.log(`comment records: ${scanned} looked at, ${migrated} converted to the compact encoding`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => redis.disconnect());
}
