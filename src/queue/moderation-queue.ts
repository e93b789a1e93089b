import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';

/** What a moderation job carries: the comment id only (BullMQ stores job data in clear text). */
export interface ModerationJobData {
  commentId: string;
}

export const MODERATION_JOB_NAME = 'moderate';

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
}

/** The producer side of the moderation queue, as the intake relay and the re-enqueue sweep see it. */
export interface ModerationQueue {
  /** Enqueues a comment; the job id is the comment id, so enqueuing twice is harmless. */
  enqueue(commentId: string): Promise<void>;
  /** Enqueues many comments in one transaction (all or none); as harmless to repeat as `enqueue`. */
  enqueueMany(commentIds: readonly string[]): Promise<void>;
  /**
   * Makes sure a pending comment has a live job: re-adds a job that was removed, retries one that failed.
   * Returns what it did.
   */
  ensureJob(commentId: string): Promise<'exists' | 'added' | 'retried'>;
  /**
   * Whether each comment has a live job (waiting, active, delayed …; not completed, failed or gone), answered
   * in one round trip for all of them: the sweep calls this for up to hundreds of ids.
   */
  hasLiveJobs(commentIds: readonly string[]): Promise<boolean[]>;
  counts(): Promise<QueueCounts>;
  close(): Promise<void>;
}

export interface BullModerationQueueOptions {
  connection: Redis;
  name: string;
  prefix: string;
  attempts: number;
  backoffMs: number;
  keepCompleted: number;
  keepFailed: number;
}

export function moderationJobOptions(options: Pick<BullModerationQueueOptions, 'attempts' | 'backoffMs' | 'keepCompleted' | 'keepFailed'>): JobsOptions {
  return {
    attempts: options.attempts,
    backoff: { type: 'exponential', delay: options.backoffMs },
    removeOnComplete: { count: options.keepCompleted },
    removeOnFail: { count: options.keepFailed },
  };
}

/** Job counts by state, O(1) each. */
export async function queueCounts(queue: Queue): Promise<QueueCounts> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
  return {
    waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
    active: c.active ?? 0,
    delayed: c.delayed ?? 0,
    completed: c.completed ?? 0,
    failed: c.failed ?? 0,
  };
}

export class BullModerationQueue implements ModerationQueue {
  readonly queue: Queue<ModerationJobData>;
  private closed: Promise<void> | null = null;
  private readonly connection: Redis;

  constructor(options: BullModerationQueueOptions) {
    this.connection = options.connection;
    this.queue = new Queue<ModerationJobData>(options.name, {
      connection: options.connection,
      prefix: options.prefix,
      defaultJobOptions: moderationJobOptions(options),
    });
  }

  async enqueue(commentId: string): Promise<void> {
    await this.queue.add(MODERATION_JOB_NAME, { commentId }, { jobId: commentId });
  }

  async enqueueMany(commentIds: readonly string[]): Promise<void> {
    if (commentIds.length === 0) return;
    await this.queue.addBulk(commentIds.map((commentId) => ({ name: MODERATION_JOB_NAME, data: { commentId }, opts: { jobId: commentId } })));
  }

  async ensureJob(commentId: string): Promise<'exists' | 'added' | 'retried'> {
    const job = await this.queue.getJob(commentId);
    if (job === undefined || job === null) {
      await this.enqueue(commentId);
      return 'added';
    }
    const state = await job.getState();
    if (state === 'failed') {
      await job.retry('failed');
      return 'retried';
    }
    if (state === 'completed') {
      // A completed job for a still-pending comment cannot deduplicate a new add; replace it.
      await job.remove();
      await this.enqueue(commentId);
      return 'added';
    }
    return 'exists';
  }

  async hasLiveJobs(commentIds: readonly string[]): Promise<boolean[]> {
    if (commentIds.length === 0) return [];
    const completed = this.queue.toKey('completed');
    const failed = this.queue.toKey('failed');
    const pipeline = this.connection.pipeline();
    for (const id of commentIds) pipeline.exists(this.queue.toKey(id)).zscore(completed, id).zscore(failed, id);
    const results = (await pipeline.exec()) ?? [];
    return commentIds.map((_, i) => {
      const [exists, inCompleted, inFailed] = [results[i * 3], results[i * 3 + 1], results[i * 3 + 2]];
      for (const entry of [exists, inCompleted, inFailed]) if (entry?.[0]) throw entry[0];
      return exists?.[1] === 1 && inCompleted?.[1] === null && inFailed?.[1] === null;
    });
  }

  counts(): Promise<QueueCounts> {
    return queueCounts(this.queue);
  }

  close(): Promise<void> {
    this.closed ??= this.queue.close();
    return this.closed;
  }
}
