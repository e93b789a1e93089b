import type { Redis } from 'ioredis';
import { luaFileScript } from '../redis/lua-file-script';
import type { ModeratorLabel, ModeratorLabelStore } from './moderator-label-store';

const recordModeratorLabel = luaFileScript({
  dir: `${__dirname}/lua`,
  file: 'record-moderator-label-2.lua',
  keys: ['index', 'labels'],
  args: ['id', 'label', 'atMs', 'cutoffMs', 'maxEntries'],
});

/*
 * Keys (under the service's prefix):
 *   {p}:labels:ix  zset  comment id -> the moderator's decision time (ms); trimmed by age and size
 *   {p}:labels     hash  comment id -> the label (JSON)
 */
export class RedisModeratorLabelStore implements ModeratorLabelStore {
  constructor(private readonly options: { redis: Redis; keyPrefix: string; retentionMs: number; maxEntries: number }) {}

  private get indexKey(): string {
    return `${this.options.keyPrefix}:labels:ix`;
  }

  private get labelsKey(): string {
    return `${this.options.keyPrefix}:labels`;
  }

  async record(label: ModeratorLabel, nowMs: number): Promise<void> {
    await recordModeratorLabel.run(
      this.options.redis,
      { index: this.indexKey, labels: this.labelsKey },
      { id: label.commentId, label: JSON.stringify(label), atMs: Date.parse(label.at), cutoffMs: nowMs - this.options.retentionMs, maxEntries: this.options.maxEntries },
    );
  }

  async recent(max: number): Promise<{ labels: ModeratorLabel[]; truncated: boolean }> {
    const ids = await this.options.redis.zrange(this.indexKey, 0, max, 'REV');
    const truncated = ids.length > max;
    if (truncated) ids.pop();
    return { labels: [...(await this.getMany(ids)).values()], truncated };
  }

  async getMany(commentIds: readonly string[]): Promise<Map<string, ModeratorLabel>> {
    const found = new Map<string, ModeratorLabel>();
    if (commentIds.length === 0) return found;
    const raw = await this.options.redis.hmget(this.labelsKey, ...commentIds);
    commentIds.forEach((id, i) => {
      const value = raw[i];
      if (typeof value === 'string') found.set(id, JSON.parse(value) as ModeratorLabel);
    });
    return found;
  }
}
