import type { CommentStatus } from '../domain';
import type { CommentStore } from '../comments/comment-store';
import type { PublishedScorerStatus } from '../scoring/scorer-status-board';
import type { DecisionStatsStore } from '../stats/decision-stats-store';
import { queueHealth, type QueueHealth } from '../stats/queue-health';
import type { ModerationQueue, QueueCounts } from './moderation-queue';

export interface QueueStats extends Partial<QueueHealth> {
  queue: QueueCounts;
  /** Comments stored but not yet handed to the queue by the workers' relay (a backlog here: no worker runs). */
  awaitingQueue: number;
  comments: Record<CommentStatus, number>;
  oldestHeldAgeSeconds: number | null;
  /**
   * Webhook deliveries: `failed` counts deliveries that used up every attempt; `awaitingRelay` counts decision
   * events not yet handed to delivery, which grows while no worker with WEBHOOK_URLS runs (up to the outbox cap).
   */
  webhooks: QueueCounts & { awaitingRelay: number };
  /** Health of each scorer as the workers last saw it. */
  scorers: PublishedScorerStatus[];
}

export interface QueueStatsDeps {
  store: CommentStore;
  queue: ModerationQueue;
  webhookCounts: () => Promise<QueueCounts>;
  scorers: () => Promise<PublishedScorerStatus[]>;
  now: () => Date;
  /** Throughput, latency percentiles, oldest pending and per-moderator counts; omitted from the stats when unset. */
  decisionStats?: DecisionStatsStore;
}

/** What dashboards poll: cheap O(1) reads only. */
export class QueueStatsService {
  constructor(private readonly deps: QueueStatsDeps) {}

  async stats(): Promise<QueueStats> {
    const [queue, awaitingQueue, comments, oldestHeld, webhooks, awaitingRelay, scorers, reading] = await Promise.all([
      this.deps.queue.counts(),
      this.deps.store.toQueueLength(),
      this.deps.store.counts(),
      this.deps.store.oldestHeldCreatedAtMs(),
      this.deps.webhookCounts(),
      this.deps.store.outboxLength(),
      this.deps.scorers(),
      this.deps.decisionStats?.read(this.deps.now().getTime()),
    ]);
    return {
      ...(reading === undefined ? {} : queueHealth(reading, this.deps.now().getTime())),
      queue,
      awaitingQueue,
      comments,
      oldestHeldAgeSeconds: oldestHeld === null ? null : Math.max(0, Math.floor((this.deps.now().getTime() - oldestHeld) / 1000)),
      webhooks: { ...webhooks, awaitingRelay },
      scorers,
    };
  }
}
