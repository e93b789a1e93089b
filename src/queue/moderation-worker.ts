import { DelayedError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { CommentStore } from '../comments/comment-store';
import type { ModerationService } from '../moderation/moderation-service';
import type { ModerationJobData, ModerationQueue } from './moderation-queue';

export interface ModerationJobResult {
  outcome: 'decided' | 'already_decided' | 'missing';
  status?: string;
}

export interface ModerationWorker {
  readonly bull: Worker<ModerationJobData, ModerationJobResult>;
  /** Re-enqueues comments pending for too long; returns how many needed a job. */
  sweepOnce(): Promise<number>;
  /** Stops taking jobs, waits for running ones up to `timeoutMs`, then forces. Idempotent. */
  close(timeoutMs: number): Promise<void>;
}

export interface ModerationWorkerOptions {
  connection: Redis;
  queueName: string;
  prefix: string;
  concurrency: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
  moderation: ModerationService;
  store: CommentStore;
  queue: ModerationQueue;
  logger: Logger;
  now: () => Date;
  sweep: { intervalMs: number; reenqueueAfterMs: number };
}

/** Turns one job into one moderation run; the retry decision is made here and nowhere else. */
export function moderationProcessor(options: Pick<ModerationWorkerOptions, 'moderation' | 'logger'>) {
  return async (job: Job<ModerationJobData, ModerationJobResult>, token?: string): Promise<ModerationJobResult> => {
    const { commentId } = job.data;
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const outcome = await options.moderation.moderate(commentId, { finalAttempt });
    switch (outcome.kind) {
      case 'decided':
        // Debug, not info: one line per comment cost ~12 % of the worker's CPU at the default level, and every
        // decision is in the comment's audit trail anyway. Failures, retries and delays stay at info/warn.
        options.logger.debug({ commentId, status: outcome.comment.status, phase: outcome.phase, attempt: job.attemptsMade + 1 }, 'comment decided');
        return { outcome: 'decided', status: outcome.comment.status };
      case 'already_decided':
        options.logger.debug({ commentId, status: outcome.comment.status }, 'comment was already decided');
        return { outcome: 'already_decided', status: outcome.comment.status };
      case 'missing':
        options.logger.warn({ commentId }, 'job for a comment that does not exist');
        return { outcome: 'missing' };
      case 'retry':
        if (outcome.delayMs !== undefined && token !== undefined) {
          // Waiting for quota is not a failure: the job is delayed without using up an attempt.
          options.logger.info({ commentId, delayMs: outcome.delayMs }, 'scoring delayed');
          await job.moveToDelayed(Date.now() + outcome.delayMs, token);
          throw new DelayedError();
        }
        throw new Error(outcome.reason);
    }
  };
}

export function startModerationWorker(options: ModerationWorkerOptions): ModerationWorker {
  const bull = new Worker<ModerationJobData, ModerationJobResult>(options.queueName, moderationProcessor(options), {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: options.concurrency,
    // Scoring takes milliseconds, so a short lock lets another worker take over a killed worker's jobs fast.
    lockDuration: options.lockDurationMs,
    stalledInterval: options.stalledIntervalMs,
  });
  bull.on('failed', (job, error) => {
    options.logger.warn({ commentId: job?.data.commentId, attempt: job?.attemptsMade, reason: error.message }, 'moderation attempt failed');
  });
  bull.on('error', (error) => options.logger.error({ reason: error.message }, 'worker error'));

  let sweeping = false;
  const sweepOnce = async (): Promise<number> => {
    if (sweeping) return 0;
    sweeping = true;
    try {
      // While the relay is still handing new comments over, a stale pending one is most likely in that backlog,
      // not lost: re-adding jobs one by one would only compete with the relay's batches.
      if ((await options.store.toQueueLength()) > 0) return 0;
      const ids = await options.store.stalePending(options.now().getTime() - options.sweep.reenqueueAfterMs, 500);
      // One round trip tells which of them still have a live job (a backlog: all of them), so the sweep costs
      // Redis next to nothing while workers drain one.
      const live = await options.queue.hasLiveJobs(ids);
      let revived = 0;
      for (const [i, id] of ids.entries()) {
        if (live[i] === true) continue;
        // Decided since it was listed (its job completed in the meantime): nothing to revive.
        if ((await options.store.get(id))?.status !== 'pending') continue;
        if ((await options.queue.ensureJob(id)) !== 'exists') revived += 1;
      }
      if (revived > 0) options.logger.warn({ revived }, 're-enqueued comments that were pending without a live job');
      return revived;
    } finally {
      sweeping = false;
    }
  };
  const timer = setInterval(() => {
    sweepOnce().catch((error: unknown) => options.logger.warn({ reason: (error as Error).message }, 'pending sweep failed'));
  }, options.sweep.intervalMs);
  timer.unref();

  let closing: Promise<void> | null = null;
  const close = (timeoutMs: number): Promise<void> => {
    closing ??= (async () => {
      clearInterval(timer);
      let timeout: NodeJS.Timeout | undefined;
      const graceful = bull.close().then(() => 'closed' as const);
      const deadline = new Promise<'timeout'>((resolve) => {
        timeout = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      const result = await Promise.race([graceful, deadline]);
      clearTimeout(timeout);
      // Jobs still running are released; their locks expire and another worker takes them.
      if (result === 'timeout') await bull.close(true);
    })();
    return closing;
  };

  return { bull, sweepOnce, close };
}
