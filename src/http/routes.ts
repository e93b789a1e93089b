import type { CommentService } from '../comments/comment-service';
import type { QueueStatsService } from '../queue/queue-stats-service';
import type { ReviewService } from '../review/review-service';
import { getComment, getCommentHistory, submitComment } from './handlers/comment-handlers';
import { decideComment, listHeldComments } from './handlers/review-handlers';
import { liveness, queueStats, readiness } from './handlers/status-handlers';
import type { Route } from './route';

export interface RouteDeps {
  comments: CommentService;
  review: ReviewService;
  stats: QueueStatsService;
  ping: () => Promise<void>;
}

const ANY_ROLE = ['intake', 'moderator', 'dashboard'] as const;

/** Every route of the service, with the roles that may call it. Access is enforced from this table alone. */
export function routes(deps: RouteDeps): Route[] {
  return [
    { method: 'post', path: '/v1/comments', access: ['intake'], handler: submitComment(deps) },
    { method: 'get', path: '/v1/comments/:id', access: ANY_ROLE, handler: getComment(deps) },
    { method: 'get', path: '/v1/comments/:id/history', access: ['moderator'], handler: getCommentHistory(deps) },
    { method: 'get', path: '/v1/review/comments', access: ['moderator'], handler: listHeldComments(deps) },
    { method: 'post', path: '/v1/review/comments/:id/decision', access: ['moderator'], handler: decideComment(deps) },
    { method: 'get', path: '/v1/queue/stats', access: ['dashboard', 'moderator'], handler: queueStats(deps) },
    { method: 'get', path: '/healthz', access: 'public', handler: liveness() },
    { method: 'get', path: '/readyz', access: 'public', handler: readiness({ ping: deps.ping, timeoutMs: 1000 }) },
  ];
}
