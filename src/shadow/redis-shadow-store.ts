import type { Redis } from 'ioredis';
import type { DecidedStatus, Language } from '../domain';
import { luaFileScript } from '../redis/lua-file-script';
import { SHADOW_OUTCOMES, type ShadowOutcome, type ShadowStore, type ShadowSummary } from './shadow-store';

const recordShadowVerdict = luaFileScript({
  dir: `${__dirname}/lua`,
  file: 'record-shadow-verdict-4.lua',
  keys: ['comment', 'index', 'summaries', 'outcomes'],
  args: ['id', 'verdict', 'summary', 'decidedAtMs', 'cutoffMs', 'maxEntries', 'outcome'],
});

/** The summary as stored: short field names, since the index holds up to SHADOW_INDEX_MAX_ENTRIES of them. */
interface StoredSummary {
  l: DecidedStatus;
  s: DecidedStatus | 'error';
  g: Language;
  a: string;
}

/*
 * Keys (under the service's prefix):
 *   {p}:c:{id}            hash  the comment record; field `shadow` holds its shadow verdict (JSON)
 *   {p}:shadow:ix         zset  comment id -> auto decision time (ms), for the report; trimmed by age and size
 *   {p}:shadow:summaries  hash  comment id -> compact summary (live and shadow status, language, article)
 *   {p}:shadow:outcomes   hash  ok / timeout / error / skipped -> count
 */
export class RedisShadowStore implements ShadowStore {
  constructor(private readonly options: { redis: Redis; keyPrefix: string; retentionMs: number; maxEntries: number }) {}

  private get p(): string {
    return this.options.keyPrefix;
  }

  async record(entry: Parameters<ShadowStore['record']>[0]): Promise<boolean> {
    const { summary } = entry;
    const stored: StoredSummary = { l: summary.live, s: summary.shadow, g: summary.language, a: summary.articleId };
    const result = await recordShadowVerdict.run(
      this.options.redis,
      { comment: `${this.p}:c:${summary.commentId}`, index: `${this.p}:shadow:ix`, summaries: `${this.p}:shadow:summaries`, outcomes: `${this.p}:shadow:outcomes` },
      {
        id: summary.commentId,
        verdict: JSON.stringify(entry.verdict),
        summary: JSON.stringify(stored),
        decidedAtMs: summary.decidedAtMs,
        cutoffMs: entry.nowMs - this.options.retentionMs,
        maxEntries: this.options.maxEntries,
        outcome: entry.outcome,
      },
    );
    return result === 1;
  }

  async recent(query: { sinceMs: number; maxScan: number }): Promise<{ summaries: ShadowSummary[]; truncated: boolean }> {
    const redis = this.options.redis;
    // One more than asked, to know whether the scan was cut.
    const flat = await redis.zrange(`${this.p}:shadow:ix`, '+inf', query.sinceMs, 'BYSCORE', 'REV', 'LIMIT', 0, query.maxScan + 1, 'WITHSCORES');
    const entries: { id: string; atMs: number }[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) entries.push({ id: flat[i] as string, atMs: Number(flat[i + 1]) });
    const truncated = entries.length > query.maxScan;
    if (truncated) entries.pop();
    if (entries.length === 0) return { summaries: [], truncated };
    const raw = await redis.hmget(`${this.p}:shadow:summaries`, ...entries.map((e) => e.id));
    const summaries: ShadowSummary[] = [];
    entries.forEach((entry, i) => {
      const value = raw[i];
      if (value === null || value === undefined) return;
      const s = JSON.parse(value) as StoredSummary;
      summaries.push({ commentId: entry.id, live: s.l, shadow: s.s, language: s.g, articleId: s.a, decidedAtMs: entry.atMs });
    });
    return { summaries, truncated };
  }

  async outcomes(): Promise<Record<ShadowOutcome, number>> {
    const raw = await this.options.redis.hgetall(`${this.p}:shadow:outcomes`);
    return Object.fromEntries(SHADOW_OUTCOMES.map((o) => [o, Number(raw[o] ?? 0)])) as Record<ShadowOutcome, number>;
  }
}
