import type { Logger } from 'pino';
import type { CommentStore } from '../comments/comment-store';
import type { CursorPosition } from '../comments/cursor';
import type { ModerationQueue } from './moderation-queue';

export interface PendingSweepDeps {
  store: Pick<CommentStore, 'oldestOnQueueCreatedAtMs' | 'stalePending' | 'jobsOf' | 'get' | 'assignJobs'>;
  queue: Pick<ModerationQueue, 'liveJobs' | 'ensureJob'>;
  logger: Logger;
  now: () => Date;
  /** A comment pending for longer than this is checked for a live job. */
  reenqueueAfterMs: number;
  /** Stale comments looked at per page; a sweep pages through all of them. */
  limit: number;
  /** Called before each page: false stops the sweep (another worker took over the lease). */
  stillLeading?: () => Promise<boolean>;
}

/** The lease that makes one worker at a time sweep. */
export interface SweepLease {
  acquire(): Promise<boolean>;
  extend(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * Runs {@link sweepPendingOnce} if this worker gets the sweep lease, extending it page by page; every worker
 * schedules the sweep, but two sweeping at once would race on the same jobs (`retry`, `remove`). Returns how
 * many comments needed a job, or null when another worker holds the lease.
 */
export async function sweepPendingUnderLease(deps: Omit<PendingSweepDeps, 'stillLeading'> & { lease: SweepLease }): Promise<number | null> {
  if (!(await deps.lease.acquire())) return null;
  try {
    return await sweepPendingOnce({ ...deps, stillLeading: () => deps.lease.extend() });
  } finally {
    await deps.lease.release();
  }
}

/**
 * Finds comments that are pending without a live job and gives them one: a relay that died between taking
 * ids off the intake outbox and adding their jobs, a job that used up its attempts, a job removed by hand.
 * Pages through every stale comment (oldest first), not only the first page: a backlog of live jobs at the
 * head must not hide lost comments behind it. Returns how many comments needed a job.
 */
export async function sweepPendingOnce(deps: PendingSweepDeps): Promise<number> {
  const staleBefore = deps.now().getTime() - deps.reenqueueAfterMs;
  // While the relays are that far behind, a stale pending comment is most likely in their backlog, not lost:
  // re-adding jobs one by one would only compete with their batches. An outbox that is merely busy holds no
  // stale comment (its oldest entry is younger), so the sweep goes on under steady intake.
  const oldestOnQueue = await deps.store.oldestOnQueueCreatedAtMs();
  if (oldestOnQueue !== null && oldestOnQueue < staleBefore) return 0;
  let revived = 0;
  let after: CursorPosition | undefined;
  for (;;) {
    if (deps.stillLeading !== undefined && !(await deps.stillLeading())) {
      deps.logger.warn({ revived }, 'pending sweep stopped: its lease passed to another worker');
      break;
    }
    const page = await deps.store.stalePending(staleBefore, deps.limit, after);
    if (page.length === 0) break;
    revived += await revivePage(deps, page.map((entry) => entry.id));
    if (page.length < deps.limit) break;
    after = page[page.length - 1];
  }
  if (revived > 0) deps.logger.warn({ revived }, 're-enqueued comments that were pending without a live job');
  return revived;
}

async function revivePage(deps: PendingSweepDeps, ids: string[]): Promise<number> {
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
  return revived;
}
