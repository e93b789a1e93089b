import type { Logger } from 'pino';
import type { CommentStore } from '../comments/comment-store';
import type { ModerationQueue } from './moderation-queue';

export interface PendingSweepDeps {
  store: Pick<CommentStore, 'oldestOnQueueCreatedAtMs' | 'stalePending' | 'jobsOf' | 'get' | 'assignJobs'>;
  queue: Pick<ModerationQueue, 'liveJobs' | 'ensureJob'>;
  logger: Logger;
  now: () => Date;
  /** A comment pending for longer than this is checked for a live job. */
  reenqueueAfterMs: number;
  /** Most comments looked at per sweep. */
  limit: number;
}

/**
 * Finds comments that are pending without a live job and gives them one: a relay that died between taking
 * ids off the intake outbox and adding their jobs, a job that used up its attempts, a job removed by hand.
 * Returns how many comments needed a job.
 */
export async function sweepPendingOnce(deps: PendingSweepDeps): Promise<number> {
  const staleBefore = deps.now().getTime() - deps.reenqueueAfterMs;
  // While the relays are that far behind, a stale pending comment is most likely in their backlog, not lost:
  // re-adding jobs one by one would only compete with their batches. An outbox that is merely busy holds no
  // stale comment (its oldest entry is younger), so the sweep goes on under steady intake.
  const oldestOnQueue = await deps.store.oldestOnQueueCreatedAtMs();
  if (oldestOnQueue !== null && oldestOnQueue < staleBefore) return 0;
  const ids = await deps.store.stalePending(staleBefore, deps.limit);
  if (ids.length === 0) return 0;
  // Two round trips tell which of them are still in a live job (a backlog: all of them), so the sweep costs
  // Redis next to nothing while workers drain one.
  const assigned = await deps.store.jobsOf(ids);
  const candidates = [...new Set(assigned.filter((job): job is string => job !== null))];
  const liveness = await deps.queue.liveJobs(candidates);
  const live = new Set(candidates.filter((_, i) => liveness[i] === true));

  let revived = 0;
  for (const [i, id] of ids.entries()) {
    const job = assigned[i] ?? null;
    if (job !== null && live.has(job)) continue;
    // Decided since it was listed (its job completed in the meantime): nothing to revive.
    if ((await deps.store.get(id))?.status !== 'pending') continue;
    const outcome = await deps.queue.ensureJob(id, job);
    if (outcome === 'added') await deps.store.assignJobs([{ jobId: id, commentIds: [id] }]);
    if (outcome !== 'exists') revived += 1;
  }
  if (revived > 0) deps.logger.warn({ revived }, 're-enqueued comments that were pending without a live job');
  return revived;
}
