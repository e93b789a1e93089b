import type { Logger } from 'pino';
import type { CommentStore } from '../comments/comment-store';
import type { ModerationQueue } from './moderation-queue';

export interface EnqueueRelayOptions {
  /** The intake outbox: ids of stored comments that have no job yet. */
  outbox: Pick<CommentStore, 'takeToQueue' | 'waitToQueue' | 'returnToQueue' | 'assignJobs'>;
  queue: Pick<ModerationQueue, 'plan' | 'add'>;
  logger: Logger;
  /** Most ids handed over in one transaction. */
  batchSize: number;
  /** How long one blocking wait for new comments lasts before it is renewed. */
  waitSeconds: number;
  /** Pause after a failed hand-off (Redis away) before the next try. */
  retryDelayMs: number;
  /** Ends a blocking wait at once (closes its connection), so that `close` does not wait for the timeout. */
  interruptWait: () => void;
}

export interface EnqueueRelay {
  /** Stops after the batch in hand is handed over or put back. Idempotent. */
  close(): Promise<void>;
}

/**
 * Hands new comments from the intake outbox to the moderation queue, in batches: intake stays one atomic
 * round trip, and `addBulk` costs far less per job than one `add` per request. A backlog goes into jobs of
 * several comments each (BullMQ's cost per job is then shared), a trickle into jobs of one. Each comment's job
 * is recorded with it first, so that the pending sweep can tell a waiting comment from a lost one.
 * Runs in every worker; several relays share the outbox safely (each id is taken by one of them). Ids whose
 * hand-off fails are put back; were the process to die in between, the pending sweep re-enqueues them.
 */
export function startEnqueueRelay(options: EnqueueRelayOptions): EnqueueRelay {
  let closing = false;
  let wakeFromPause: (() => void) | null = null;

  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeFromPause = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const nextBatch = async (): Promise<string[]> => {
    const ids = await options.outbox.takeToQueue(options.batchSize);
    if (ids.length > 0 || closing) return ids;
    const first = await options.outbox.waitToQueue(options.waitSeconds);
    if (first === null) return [];
    try {
      return [first, ...(await options.outbox.takeToQueue(options.batchSize - 1))];
    } catch (error) {
      // `first` is off the outbox already: hand it over alone rather than leave it to the sweep.
      options.logger.debug({ reason: (error as Error).message }, 'could not take more ids after the wait');
      return [first];
    }
  };

  const handOver = async (ids: string[]): Promise<void> => {
    try {
      const jobs = options.queue.plan(ids);
      // Recorded before the jobs exist: a job that then fails to be added just looks lost to the sweep.
      await options.outbox.assignJobs(jobs);
      await options.queue.add(jobs);
    } catch (error) {
      await options.outbox.returnToQueue(ids).catch((putBackError: unknown) => {
        options.logger.warn({ count: ids.length, reason: (putBackError as Error).message }, 'could not put comments back on the intake outbox; the pending sweep will re-enqueue them');
      });
      throw error;
    }
  };

  const loop = (async () => {
    while (!closing) {
      try {
        const ids = await nextBatch();
        if (ids.length > 0) await handOver(ids);
      } catch (error) {
        if (closing) break;
        options.logger.warn({ reason: (error as Error).message }, 'handing new comments to the queue failed; retrying');
        await pause(options.retryDelayMs);
      }
    }
  })();

  let closed: Promise<void> | null = null;
  return {
    close() {
      closed ??= (async () => {
        closing = true;
        options.interruptWait();
        wakeFromPause?.();
        await loop;
      })();
      return closed;
    },
  };
}
