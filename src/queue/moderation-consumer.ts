import { DelayedError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { CommentStore } from '../comments/comment-store';
import type { ModerationService } from '../moderation/moderation-service';
import type { ModerationJobData, ModerationQueue } from './moderation-queue';
import { sweepPendingUnderLease, type SweepLease } from './pending-sweep';

/** What a job's comments came to; kept with completed jobs for a short look-back. */
export interface ModerationJobResult {
  decided: number;
  alreadyDecided: number;
  missing: number;
}

export interface ModerationWorker {
  readonly bull: Worker<ModerationJobData, ModerationJobResult>;
  /** Re-enqueues comments pending for too long without a live job; returns how many needed one. */
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
  moderation: Pick<ModerationService, 'moderateMany'>;
  store: CommentStore;
  queue: ModerationQueue;
  logger: Logger;
  now: () => Date;
  /** The pending sweep: every worker schedules it, the one holding `lease` runs it. */
  sweep: { intervalMs: number; reenqueueAfterMs: number; lease: SweepLease };
}

/** Jobs added before jobs carried several comments hold `{commentId}`; a rolling upgrade still drains them. */
export function commentIdsOf(data: ModerationJobData | { commentId: string }): string[] {
  return 'commentIds' in data ? data.commentIds : [data.commentId];
}

/**
 * Turns one job into one moderation run over its comments; the retry decision is made here and nowhere else.
 * Comments decided in an attempt stay decided: a retry moderates only those still pending.
 */
export function moderationProcessor(options: Pick<ModerationWorkerOptions, 'moderation' | 'logger'>) {
  return async (job: Job<ModerationJobData | { commentId: string }, ModerationJobResult>, token?: string): Promise<ModerationJobResult> => {
    const commentIds = commentIdsOf(job.data);
    const attempt = job.attemptsMade + 1;
    const outcomes = await options.moderation.moderateMany(commentIds, { finalAttempt: attempt >= (job.opts.attempts ?? 1) });
    const result: ModerationJobResult = { decided: 0, alreadyDecided: 0, missing: 0 };
    const retries: { commentId: string; reason: string; delayMs: number | undefined }[] = [];
    for (const [i, outcome] of outcomes.entries()) {
      const commentId = commentIds[i] as string;
      switch (outcome.kind) {
        case 'decided':
          result.decided += 1;
          // Debug, not info: one line per comment cost ~12 % of the worker's CPU at the default level, and
          // every decision is in the comment's audit trail anyway. Failures, retries and delays stay at info/warn.
          options.logger.debug({ commentId, status: outcome.comment.status, phase: outcome.phase, attempt }, 'comment decided');
          break;
        case 'already_decided':
          result.alreadyDecided += 1;
          options.logger.debug({ commentId, status: outcome.comment.status }, 'comment was already decided');
          break;
        case 'missing':
          result.missing += 1;
          options.logger.warn({ commentId }, 'job for a comment that does not exist');
          break;
        case 'retry':
          retries.push({ commentId, reason: outcome.reason, delayMs: outcome.delayMs });
      }
    }
    if (retries.length === 0) return result;

    const delays = retries.flatMap((r) => (r.delayMs === undefined ? [] : [r.delayMs]));
    if (delays.length === retries.length && token !== undefined) {
      // Waiting for quota is not a failure: the job is delayed without using up an attempt, until the first
      // of its waiting comments can be scored.
      const delayMs = Math.min(...delays);
      options.logger.info({ commentIds: retries.map((r) => r.commentId), delayMs }, 'scoring delayed');
      await job.moveToDelayed(Date.now() + delayMs, token);
      throw new DelayedError();
    }
    const failed = retries.find((r) => r.delayMs === undefined) ?? (retries[0] as (typeof retries)[number]);
    throw new Error(retries.length === 1 ? failed.reason : `${retries.length} of ${commentIds.length} comments need another attempt; first: ${failed.reason}`);
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
    options.logger.warn({ commentIds: job === undefined ? [] : commentIdsOf(job.data), attempt: job?.attemptsMade, reason: error.message }, 'moderation attempt failed');
  });
  bull.on('error', (error) => options.logger.error({ reason: error.message }, 'worker error'));

  let sweeping = false;
  const sweepOnce = async (): Promise<number> => {
    if (sweeping) return 0;
    sweeping = true;
    try {
      // null: another worker holds the lease and sweeps.
      return (await sweepPendingUnderLease({ ...options, reenqueueAfterMs: options.sweep.reenqueueAfterMs, limit: 500, lease: options.sweep.lease })) ?? 0;
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
      // BullMQ's close() cannot be hurried once called (a second call returns the first one's promise), so the
      // running jobs are awaited through pause(), which also stops taking new ones, and close() is called once.
      const finished = bull.pause().then(
        () => 'finished' as const,
        () => 'finished' as const,
      );
      const deadline = new Promise<'timeout'>((resolve) => {
        timeout = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      const result = await Promise.race([finished, deadline]);
      clearTimeout(timeout);
      // Forced: jobs still running are released; their locks expire and another worker takes them.
      await bull.close(result === 'timeout');
    })();
    return closing;
  };

  return { bull, sweepOnce, close };
}
