import type { Redis } from 'ioredis';
import { pipelineReplies } from '../redis/pipeline-replies';
import type { ScorerStatus } from './scorer-chain';

/** One worker's view of one scorer. */
export interface WorkerScorerView {
  /** The worker that reported it (host, pid and a random suffix). */
  worker: string;
  state: ScorerStatus['state'];
  /** When that worker last reported. */
  reportedAt: string;
}

/**
 * A scorer's health across every live worker: `down` if any worker sees it down, else `degraded` if any sees it
 * degraded, else `up`. `lastFailure`, `downSince` and `reprobeAt` come from the workers that see it at its worst.
 */
export interface PublishedScorerStatus extends ScorerStatus {
  /** When a worker last reported it (the newest report). */
  reportedAt: string;
  /** Each live worker's view, worst first: says which workers see it down. */
  workers: WorkerScorerView[];
}

/** How long a worker's report counts without being renewed: a stopped or killed worker drops out after this. */
export const DEFAULT_REPORT_TTL_MS = 10_000;

const SEVERITY: Record<ScorerStatus['state'], number> = { up: 0, degraded: 1, down: 2 };

interface Report {
  worker: string;
  reportedAt: string;
  statuses: ScorerStatus[];
}

/**
 * Workers publish their scorers' health here; the stats API reads it, so a dashboard sees an adapter as down
 * (e.g. Perspective after its shutdown) whichever process noticed. Each worker writes its own report under its
 * own key with a TTL (`{p}:scorers:w:{worker}`, listed in the zset `{p}:scorers:workers` by expiry), so workers
 * never overwrite each other's view and a worker that stopped reporting drops out by itself.
 */
export class ScorerStatusBoard {
  private readonly ttlMs: number;

  /** `worker`: the name this process reports under (host, pid, random suffix); readers (the API) need none. */
  constructor(private readonly options: { redis: Redis; keyPrefix: string; worker?: string; ttlMs?: number }) {
    this.ttlMs = options.ttlMs ?? DEFAULT_REPORT_TTL_MS;
  }

  private get worker(): string {
    if (this.options.worker === undefined) throw new Error('a ScorerStatusBoard without a worker name only reads');
    return this.options.worker;
  }

  private get workersKey(): string {
    return `${this.options.keyPrefix}:scorers:workers`;
  }
  private reportKey(worker: string): string {
    return `${this.options.keyPrefix}:scorers:w:${worker}`;
  }

  async publish(statuses: readonly ScorerStatus[], now: Date): Promise<void> {
    if (statuses.length === 0) return;
    const report: Report = { worker: this.worker, reportedAt: now.toISOString(), statuses: [...statuses] };
    // The key's TTL decides whether a report counts; the zset only lists names to look at. Its scores use the
    // wall clock (not `now`, which tests may fix), with a TTL's margin for clocks that differ between hosts.
    const wallMs = Date.now();
    pipelineReplies(
      await this.options.redis
        .multi()
        .set(this.reportKey(this.worker), JSON.stringify(report), 'PX', this.ttlMs)
        .zadd(this.workersKey, wallMs + this.ttlMs, this.worker)
        // Workers that stopped reporting long ago: their keys have expired; forget their names too.
        .zremrangebyscore(this.workersKey, '-inf', `(${wallMs - this.ttlMs}`)
        .exec(),
      3,
    );
  }

  /** Removes this worker's report (on shutdown), so the aggregate no longer counts it. */
  async withdraw(): Promise<void> {
    pipelineReplies(await this.options.redis.multi().del(this.reportKey(this.worker)).zrem(this.workersKey, this.worker).exec(), 2);
  }

  async read(): Promise<PublishedScorerStatus[]> {
    const workers = await this.options.redis.zrange(this.workersKey, 0, -1);
    if (workers.length === 0) return [];
    // A report whose key has expired is gone, whatever the zset still says.
    const reports = (await this.options.redis.mget(...workers.map((worker) => this.reportKey(worker))))
      .filter((raw): raw is string => raw !== null)
      .map((raw) => JSON.parse(raw) as Report);
    const byName = new Map<string, View[]>();
    for (const report of reports) {
      for (const status of report.statuses) {
        const views = byName.get(status.name) ?? [];
        views.push({ worker: report.worker, status, reportedAt: report.reportedAt });
        byName.set(status.name, views);
      }
    }
    return [...byName.entries()].map(([name, views]) => aggregate(name, views)).sort((a, b) => a.name.localeCompare(b.name));
  }
}

interface View {
  worker: string;
  status: ScorerStatus;
  reportedAt: string;
}

function aggregate(name: string, views: View[]): PublishedScorerStatus {
  const sorted = [...views].sort((a, b) => SEVERITY[b.status.state] - SEVERITY[a.status.state] || b.reportedAt.localeCompare(a.reportedAt));
  const worst = (sorted[0] as View).status.state;
  const atWorst = sorted.filter((view) => view.status.state === worst);
  const result: PublishedScorerStatus = {
    name,
    state: worst,
    reportedAt: views.map((view) => view.reportedAt).reduce((a, b) => (a > b ? a : b)),
    workers: sorted.map((view) => ({ worker: view.worker, state: view.status.state, reportedAt: view.reportedAt })),
  };
  const lastFailure = atWorst.flatMap((view) => (view.status.lastFailure === undefined ? [] : [view.status.lastFailure])).sort((a, b) => b.at.localeCompare(a.at))[0];
  if (lastFailure !== undefined) result.lastFailure = lastFailure;
  // ISO times sort as strings: the earliest time it went down, the next re-probe any worker makes.
  const downSince = atWorst.flatMap((view) => (view.status.downSince === undefined ? [] : [view.status.downSince])).sort()[0];
  if (downSince !== undefined) result.downSince = downSince;
  const reprobeAt = atWorst.flatMap((view) => (view.status.reprobeAt === undefined ? [] : [view.status.reprobeAt])).sort()[0];
  if (reprobeAt !== undefined) result.reprobeAt = reprobeAt;
  return result;
}
