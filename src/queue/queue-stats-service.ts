import type { CommentStatus } from '../comments/comment';
import type { CommentStore } from '../comments/comment-store';
import type { ModerationQueue, QueueCounts } from './moderation-queue';

export interface QueueStats {
  queue: QueueCounts;
  comments: Record<CommentStatus, number>;
  oldestHeldAgeSeconds: number | null;
}

/** What dashboards poll: cheap O(1) reads only. */
export class QueueStatsService {
  constructor(private readonly deps: { store: CommentStore; queue: ModerationQueue; now: () => Date }) {}

  async stats(): Promise<QueueStats> {
    const [queue, comments, oldestHeld] = await Promise.all([
      this.deps.queue.counts(),
      this.deps.store.counts(),
      this.deps.store.oldestHeldCreatedAtMs(),
    ]);
    return {
      queue,
      comments,
      oldestHeldAgeSeconds: oldestHeld === null ? null : Math.max(0, Math.floor((this.deps.now().getTime() - oldestHeld) / 1000)),
    };
  }
}
