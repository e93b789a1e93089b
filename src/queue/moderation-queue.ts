import { Queue, type Job, type JobState, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { pipelineReplies } from '../redis/pipeline-replies';

/**
 * What a moderation job carries: the ids of up to `maxCommentsPerJob` comments, never their text (BullMQ stores
 * job data in clear text). A backlog travels in full jobs, so BullMQ's cost per job is shared; a trickle of
 * new comments travels in jobs of one.
 */
export interface ModerationJobData {
  commentIds: string[];
}

/** A job before it is added: its id is the id of its first comment. */
export interface PlannedJob {
  jobId: string;
  commentIds: string[];
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
  /** Splits comment ids, in their order, into jobs of at most `maxCommentsPerJob`. Adds nothing. */
  plan(commentIds: readonly string[]): PlannedJob[];
  /** Adds planned jobs in one transaction (all or none). A job whose id exists already is not added again. */
  add(jobs: readonly PlannedJob[]): Promise<void>;
  /**
   * Makes sure a pending comment will be moderated: retries the failed job it was handed to, or re-adds it
   * alone (in a job named after it). Returns what it did.
   */
  ensureJob(commentId: string, assignedJobId: string | null): Promise<'exists' | 'added' | 'retried'>;
  /**
   * Whether each job is live (waiting, active, delayed …; not completed, failed or gone), answered in one round
   * trip for all of them: the sweep calls this for up to hundreds of ids.
   */
  liveJobs(jobIds: readonly string[]): Promise<boolean[]>;
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
  maxCommentsPerJob: number;
}

export function moderationJobOptions(options: Pick<BullModerationQueueOptions, 'attempts' | 'backoffMs' | 'keepCompleted' | 'keepFailed'>): JobsOptions {
  return {
    attempts: options.attempts,
    backoff: { type: 'exponential', delay: options.backoffMs },
    removeOnComplete: { count: options.keepCompleted },
    removeOnFail: { count: options.keepFailed },
  };
}

/** Splits comment ids, in their order, into jobs of at most `maxPerJob`, each named after its first comment. */
export function planJobs(commentIds: readonly string[], maxPerJob: number): PlannedJob[] {
  if (!Number.isInteger(maxPerJob) || maxPerJob < 1) throw new RangeError(`maxPerJob must be a positive integer, got ${maxPerJob}`);
  const jobs: PlannedJob[] = [];
  for (let i = 0; i < commentIds.length; i += maxPerJob) {
    const ids = commentIds.slice(i, i + maxPerJob);
    jobs.push({ jobId: ids[0] as string, commentIds: ids });
  }
  return jobs;
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
  private readonly maxCommentsPerJob: number;

  constructor(options: BullModerationQueueOptions) {
    this.connection = options.connection;
    this.maxCommentsPerJob = options.maxCommentsPerJob;
    this.queue = new Queue<ModerationJobData>(options.name, {
      connection: options.connection,
      prefix: options.prefix,
      defaultJobOptions: moderationJobOptions(options),
    });
  }

  plan(commentIds: readonly string[]): PlannedJob[] {
    return planJobs(commentIds, this.maxCommentsPerJob);
  }

  async add(jobs: readonly PlannedJob[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.queue.addBulk(jobs.map(({ jobId, commentIds }) => ({ name: MODERATION_JOB_NAME, data: { commentIds }, opts: { jobId } })));
  }

  async ensureJob(commentId: string, assignedJobId: string | null): Promise<'exists' | 'added' | 'retried'> {
    if (assignedJobId !== null && assignedJobId !== commentId) {
      const assigned = await this.jobAndState(assignedJobId);
      if (assigned.state === 'failed') {
        // Its other comments are pending too or are skipped as decided: retrying the whole job is safe.
        await assigned.job?.retry('failed');
        return 'retried';
      }
      if (assigned.state !== 'completed' && assigned.state !== 'gone' && assigned.state !== 'unknown') return 'exists';
    }
    // The comment alone, in a job named after it.
    const own = await this.jobAndState(commentId);
    if (own.state === 'failed') {
      await own.job?.retry('failed');
      return 'retried';
    }
    if (own.state === 'completed') {
      // A completed job for a still-pending comment cannot deduplicate a new add; replace it.
      await own.job?.remove();
    } else if (own.state !== 'gone') {
      return 'exists';
    }
    await this.add([{ jobId: commentId, commentIds: [commentId] }]);
    return 'added';
  }

  private async jobAndState(jobId: string): Promise<{ job: Job<ModerationJobData> | undefined; state: JobState | 'unknown' | 'gone' }> {
    const job = (await this.queue.getJob(jobId)) ?? undefined;
    return { job, state: job === undefined ? 'gone' : await job.getState() };
  }

  async liveJobs(jobIds: readonly string[]): Promise<boolean[]> {
    if (jobIds.length === 0) return [];
    const completed = this.queue.toKey('completed');
    const failed = this.queue.toKey('failed');
    const pipeline = this.connection.pipeline();
    for (const id of jobIds) pipeline.exists(this.queue.toKey(id)).zscore(completed, id).zscore(failed, id);
    const results = pipelineReplies(await pipeline.exec(), jobIds.length * 3);
    return jobIds.map((_, i) => results[i * 3] === 1 && results[i * 3 + 1] === null && results[i * 3 + 2] === null);
  }

  counts(): Promise<QueueCounts> {
    return queueCounts(this.queue);
  }

  close(): Promise<void> {
    this.closed ??= this.queue.close();
    return this.closed;
  }
}
