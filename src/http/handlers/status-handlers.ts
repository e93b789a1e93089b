import { withDeadline } from '../../errors/redis-errors';
import type { QueueStatsService } from '../../queue/queue-stats-service';
import type { Handler } from '../route';

export function queueStats(deps: { stats: QueueStatsService }): Handler {
  return async () => ({ status: 200, body: await deps.stats.stats() });
}

export function liveness(): Handler {
  return async () => ({ status: 200, body: { status: 'ok' } });
}

/** Ready when Redis answers within the deadline. */
export function readiness(deps: { ping: () => Promise<void>; timeoutMs: number }): Handler {
  return async () => {
    try {
      await withDeadline(deps.ping(), deps.timeoutMs, 'Redis PING');
      return { status: 200, body: { status: 'ready', redis: 'up' } };
    } catch {
      return { status: 503, body: { status: 'not_ready', redis: 'down' } };
    }
  };
}
