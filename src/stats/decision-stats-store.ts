import type { Redis } from 'ioredis';
import { CommentKeys } from '../comments/redis-comment-keys';

/** One decision as the queue-health statistics count it. */
export interface DecisionStatsEntry {
  by: 'auto' | 'moderator';
  /** The moderator's name, for `by: 'moderator'`. */
  moderator?: string;
  decidedAtMs: number;
  /** From intake to a final decision (approved or rejected); null for holds and reversals. */
  intakeToDecisionMs: number | null;
  /** From the hold to the moderator's decision; null for automatic decisions and reversals. */
  holdToModeratorMs: number | null;
}

/** The raw figures the stats are computed from, read in one round trip. */
export interface DecisionStatsReading {
  /** Decisions per minute bucket, newest first: index 0 is the current (partial) minute; MINUTES_KEPT of them. */
  perMinute: { auto: number[]; moderator: number[] };
  /** Recent latency samples, newest first, with the time of their decision. */
  intakeToDecision: { atMs: number; ms: number }[];
  holdToModerator: { atMs: number; ms: number }[];
  /** Decisions today (UTC) by moderator name. */
  moderatorsToday: Record<string, number>;
  /** createdAt of the oldest comment still pending, or null. */
  oldestPendingCreatedAtMs: number | null;
}

/** Where decision statistics are kept: bounded, and read at a cost that does not grow with the backlog. */
export interface DecisionStatsStore {
  record(entries: readonly DecisionStatsEntry[]): Promise<void>;
  read(nowMs: number): Promise<DecisionStatsReading>;
}

/**
 * Per-minute buckets read: the current minute and the 15 before it (the longest rate is over 15 minutes, and
 * its window reaches into a 16th bucket unless the current minute has just begun).
 */
export const MINUTES_KEPT = 16;
/** Latency samples kept per kind: percentiles come from at most this many of the newest decisions. */
export const LATENCY_SAMPLES_KEPT = 2000;

/** The minute bucket a time falls in (minutes since the epoch). */
export const minuteOf = (ms: number): number => Math.floor(ms / 60_000);
/** The UTC day a time falls in, as YYYY-MM-DD. */
export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const BUCKET_TTL_MS = 20 * 60_000;
const DAY_TTL_MS = 2 * 86_400_000;


/**
 * Redis layout (all under `{prefix}:qstats`):
 *   dpm:{auto|moderator}:{minute}  string  decisions in that minute, expiring after 20 minutes
 *   lat:intake, lat:hold           list    "decidedAtMs:latencyMs", newest first, capped at LATENCY_SAMPLES_KEPT
 *   moderators:{YYYY-MM-DD}        hash    decisions per moderator that UTC day, expiring after 2 days
 * The oldest pending comment is read from the comment store's pending index (CommentKeys.pending).
 * A batch of decisions is recorded in one MULTI/EXEC transaction, so its figures are all written or none are.
 */
export class RedisDecisionStatsStore implements DecisionStatsStore {
  private readonly commentKeys: CommentKeys;

  constructor(private readonly deps: { redis: Redis; keyPrefix: string }) {
    this.commentKeys = new CommentKeys(deps.keyPrefix);
  }

  private key(suffix: string): string {
    return `${this.deps.keyPrefix}:qstats:${suffix}`;
  }

  async record(entries: readonly DecisionStatsEntry[]): Promise<void> {
    if (entries.length === 0) return;
    // A batch (a job's decisions) is counted in one transaction of a few commands: one INCRBY per minute bucket,
    // one LPUSH per latency list, one HINCRBY per moderator. One script call per decision had cost the worker
    // ~18 us per comment in the drain bench.
    const buckets = new Map<string, number>();
    const intakeSamples: string[] = [];
    const holdSamples: string[] = [];
    const moderatorDays = new Map<string, Map<string, number>>();
    for (const entry of entries) {
      const bucket = this.key(`dpm:${entry.by}:${minuteOf(entry.decidedAtMs)}`);
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
      if (entry.intakeToDecisionMs !== null) intakeSamples.push(`${entry.decidedAtMs}:${Math.round(entry.intakeToDecisionMs)}`);
      if (entry.holdToModeratorMs !== null) holdSamples.push(`${entry.decidedAtMs}:${Math.round(entry.holdToModeratorMs)}`);
      if (entry.moderator !== undefined && entry.moderator !== '') {
        const day = this.key(`moderators:${dayOf(entry.decidedAtMs)}`);
        const counts = moderatorDays.get(day) ?? new Map<string, number>();
        counts.set(entry.moderator, (counts.get(entry.moderator) ?? 0) + 1);
        moderatorDays.set(day, counts);
      }
    }
    const tx = this.deps.redis.multi();
    for (const [bucket, count] of buckets) tx.incrby(bucket, count).pexpire(bucket, BUCKET_TTL_MS);
    // LPUSH of several values leaves the last one first: newest first, as one LPUSH per decision did.
    for (const [list, samples] of [[this.key('lat:intake'), intakeSamples], [this.key('lat:hold'), holdSamples]] as const) {
      if (samples.length > 0) tx.lpush(list, ...samples).ltrim(list, 0, LATENCY_SAMPLES_KEPT - 1);
    }
    for (const [day, counts] of moderatorDays) {
      for (const [moderator, count] of counts) tx.hincrby(day, moderator, count);
      tx.pexpire(day, DAY_TTL_MS);
    }
    const replies = await tx.exec();
    if (replies === null) throw new Error('statistics transaction was discarded');
    for (const [error] of replies) if (error !== null) throw error;
  }

  async read(nowMs: number): Promise<DecisionStatsReading> {
    const current = minuteOf(nowMs);
    const minutes = Array.from({ length: MINUTES_KEPT }, (_, i) => current - i);
    const bucketKeys = [...minutes.map((m) => this.key(`dpm:auto:${m}`)), ...minutes.map((m) => this.key(`dpm:moderator:${m}`))];
    // One pipeline: one round trip whatever the backlog, every reply bounded by the caps above.
    const replies = await this.deps.redis
      .pipeline()
      .mget(bucketKeys)
      .lrange(this.key('lat:intake'), 0, LATENCY_SAMPLES_KEPT - 1)
      .lrange(this.key('lat:hold'), 0, LATENCY_SAMPLES_KEPT - 1)
      .hgetall(this.key(`moderators:${dayOf(nowMs)}`))
      .zrange(this.commentKeys.pending, 0, 0, 'WITHSCORES')
      .exec();
    if (replies === null) throw new Error('statistics pipeline was discarded');
    for (const [error] of replies) if (error !== null) throw error;
    const [buckets, intake, hold, moderators, oldest] = replies.map(([, value]) => value) as [
      (string | null)[],
      string[],
      string[],
      Record<string, string>,
      string[],
    ];
    const counts = buckets.map((value) => (value === null ? 0 : Number(value)));
    return {
      perMinute: { auto: counts.slice(0, MINUTES_KEPT), moderator: counts.slice(MINUTES_KEPT) },
      intakeToDecision: intake.map(sample),
      holdToModerator: hold.map(sample),
      moderatorsToday: Object.fromEntries(Object.entries(moderators).map(([name, count]) => [name, Number(count)])),
      oldestPendingCreatedAtMs: oldest.length === 2 ? Number(oldest[1]) : null,
    };
  }
}

function sample(value: string): { atMs: number; ms: number } {
  const [atMs, ms] = value.split(':');
  return { atMs: Number(atMs), ms: Number(ms) };
}
