import type { CommentService } from '../comments/comment-service';
import type { QueueStatsService } from '../queue/queue-stats-service';
import type { ReviewService } from '../review/review-service';
import type { WordListService } from '../word-lists/word-list-service';
import { getComment, getCommentHistory, submitComment } from './handlers/comment-handlers';
import { claimComment, decideComment, decideMany, listHeldComments, releaseClaim, reverseDecision } from './handlers/review-handlers';
import { liveness, queueStats, readiness } from './handlers/status-handlers';
import { addWordListTerm, listWordLists, removeWordListTerm } from './handlers/word-list-handlers';
import type { Route } from './route';

export interface RouteDeps {
  comments: CommentService;
  review: ReviewService;
  stats: QueueStatsService;
  wordLists: WordListService;
  ping: () => Promise<void>;
}

const ANY_ROLE = ['intake', 'moderator', 'dashboard'] as const;

/** Every route of the service, with the roles that may call it. Access is enforced from this table alone. */
export function routes(deps: RouteDeps): Route[] {
  return [
    // Intake (comment widgets, the site's backend)
    { method: 'post', path: '/v1/comments', access: ['intake'], handler: submitComment(deps), rateLimited: true },
    { method: 'get', path: '/v1/comments/:id', access: ANY_ROLE, handler: getComment(deps) },
    // Review (moderators)
    { method: 'get', path: '/v1/comments/:id/history', access: ['moderator'], handler: getCommentHistory(deps) },
    { method: 'get', path: '/v1/review/comments', access: ['moderator'], handler: listHeldComments(deps) },
    { method: 'post', path: '/v1/review/comments/:id/claim', access: ['moderator'], handler: claimComment(deps) },
    { method: 'delete', path: '/v1/review/comments/:id/claim', access: ['moderator'], handler: releaseClaim(deps) },
    { method: 'post', path: '/v1/review/comments/:id/decision', access: ['moderator'], handler: decideComment(deps) },
    { method: 'post', path: '/v1/review/comments/:id/reversal', access: ['moderator'], handler: reverseDecision(deps) },
    { method: 'post', path: '/v1/review/decisions', access: ['moderator'], handler: decideMany(deps) },
    { method: 'get', path: '/v1/word-lists', access: ['moderator'], handler: listWordLists(deps) },
    { method: 'post', path: '/v1/word-lists/:list/terms', access: ['moderator'], handler: addWordListTerm(deps) },
    { method: 'delete', path: '/v1/word-lists/:list/terms', access: ['moderator'], handler: removeWordListTerm(deps) },
    // Status (dashboards)
    { method: 'get', path: '/v1/queue/stats', access: ['dashboard', 'moderator'], handler: queueStats(deps) },
    { method: 'get', path: '/healthz', access: 'public', handler: liveness() },
    { method: 'get', path: '/readyz', access: 'public', handler: readiness({ ping: deps.ping, timeoutMs: 1000 }) },
  ];
}
