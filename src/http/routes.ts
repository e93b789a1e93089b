import type { ArticlePolicyService } from '../articles/article-policy-service';
import type { CommentService } from '../comments/comment-service';
import type { ServiceMetrics } from '../observability/metrics';
import type { SessionService } from '../sessions/session-service';
import type { QueueStatsService } from '../queue/queue-stats-service';
import type { ReportService } from '../reports/report-service';
import type { ReviewService } from '../review/review-service';
import type { WordListService } from '../word-lists/word-list-service';
import { deleteArticlePolicy, getArticlePolicy, getArticlePolicyHistory, putArticlePolicy } from './handlers/article-policy-handlers';
import type { CalibrationService } from '../calibration/calibration-service';
import type { ShadowReportService } from '../shadow/shadow-report-service';
import { calibration, shadowReport } from './handlers/shadow-handlers';
import { getComment, getCommentHistory, submitComment } from './handlers/comment-handlers';
import { coralModeration, type CoralRouteDeps } from './handlers/coral-handlers';
import { analyzeComment, suggestCommentScore, type PerspectiveRouteDeps } from './handlers/perspective-handlers';
import { decideAppeal, decideReported, decideReportedMany, exportCommentReports, getReport, listReviewQueue, submitAppeal, submitReport } from './handlers/report-handlers';
import { claimComment, decideComment, decideMany, releaseClaim, reverseDecision } from './handlers/review-handlers';
import { currentSession, signIn, signOut } from './handlers/console-handlers';
import { prometheusMetrics } from './handlers/metrics-handlers';
import { liveness, queueStats, readiness } from './handlers/status-handlers';
import { addWordListTerm, listWordLists, removeWordListTerm } from './handlers/word-list-handlers';
import type { Route } from './route';

export interface RouteDeps extends PerspectiveRouteDeps, CoralRouteDeps {
  comments: CommentService;
  review: ReviewService;
  reports: ReportService;
  stats: QueueStatsService;
  wordLists: WordListService;
  articlePolicies: ArticlePolicyService;
  shadowReport: ShadowReportService;
  calibration: CalibrationService;
  ping: () => Promise<void>;
  /** The console's browser sessions; without them the session routes are absent. */
  sessions?: SessionService;
  /** Without them `/metrics` is absent. */
  metrics?: ServiceMetrics;
}

/** Every role but `analyze`, which may only score text. */
const ANY_ROLE = ['intake', 'moderator', 'dashboard'] as const;

const PERSPECTIVE_BODY_LIMIT_BYTES = 256 * 1024;

/**
 * Every route of the service, with the roles that may call it. Access is enforced from this table alone; a
 * `signature` route is opened by no key, only by its handler's check of the signature over the raw body.
 */
export function routes(deps: RouteDeps): Route[] {
  const { sessions, metrics } = deps;
  return [
    // Intake (comment widgets, the site's backend)
    { method: 'post', path: '/v1/comments', access: ['intake'], handler: submitComment(deps), rateLimit: 'intake' },
    { method: 'get', path: '/v1/comments/:id', access: ANY_ROLE, handler: getComment(deps) },
    // Readers' reports and appeals (EU DSA Art. 16, 20), sent by the widget or the site's backend
    { method: 'post', path: '/v1/comments/:id/reports', access: ['intake'], handler: submitReport(deps), rateLimit: 'intake' },
    { method: 'get', path: '/v1/reports/:reportId', access: ['intake', 'moderator'], handler: getReport(deps) },
    { method: 'post', path: '/v1/comments/:id/appeals', access: ['intake'], handler: submitAppeal(deps), rateLimit: 'intake' },
    // Review (moderators)
    { method: 'get', path: '/v1/comments/:id/history', access: ['moderator'], handler: getCommentHistory(deps) },
    { method: 'get', path: '/v1/comments/:id/dsa-export', access: ['moderator'], handler: exportCommentReports(deps) },
    { method: 'get', path: '/v1/review/comments', access: ['moderator'], handler: listReviewQueue(deps) },
    { method: 'post', path: '/v1/review/comments/:id/claim', access: ['moderator'], handler: claimComment(deps) },
    { method: 'delete', path: '/v1/review/comments/:id/claim', access: ['moderator'], handler: releaseClaim(deps) },
    { method: 'post', path: '/v1/review/comments/:id/decision', access: ['moderator'], handler: decideComment(deps) },
    { method: 'post', path: '/v1/review/comments/:id/reversal', access: ['moderator'], handler: reverseDecision(deps) },
    { method: 'post', path: '/v1/review/decisions', access: ['moderator'], handler: decideMany(deps) },
    { method: 'post', path: '/v1/review/comments/:id/report-decision', access: ['moderator'], handler: decideReported(deps) },
    { method: 'post', path: '/v1/review/report-decisions', access: ['moderator'], handler: decideReportedMany(deps) },
    { method: 'post', path: '/v1/review/comments/:id/appeal-decision', access: ['moderator'], handler: decideAppeal(deps) },
    { method: 'get', path: '/v1/word-lists', access: ['moderator'], handler: listWordLists(deps) },
    { method: 'post', path: '/v1/word-lists/:list/terms', access: ['moderator'], handler: addWordListTerm(deps) },
    { method: 'delete', path: '/v1/word-lists/:list/terms', access: ['moderator'], handler: removeWordListTerm(deps) },
    // Newsroom rules per article (moderators)
    { method: 'get', path: '/v1/articles/:articleId/policy', access: ['moderator'], handler: getArticlePolicy(deps) },
    { method: 'put', path: '/v1/articles/:articleId/policy', access: ['moderator'], handler: putArticlePolicy(deps) },
    { method: 'delete', path: '/v1/articles/:articleId/policy', access: ['moderator'], handler: deleteArticlePolicy(deps) },
    { method: 'get', path: '/v1/articles/:articleId/policy/history', access: ['moderator'], handler: getArticlePolicyHistory(deps) },
    // Perspective-compatible API (Coral's custom Perspective endpoint, programs that called Perspective). The
    // body may hold a 20,480-byte text JSON-escaped, hence the larger limit; the text limit is checked in bytes.
    { method: 'post', path: '/v1alpha1/comments:analyze', access: ['intake', 'analyze'], handler: analyzeComment(deps), perspective: true, rateLimit: 'analyze', bodyLimitBytes: PERSPECTIVE_BODY_LIMIT_BYTES },
    { method: 'post', path: '/v1alpha1/comments:suggestscore', access: ['intake', 'analyze'], handler: suggestCommentScore(deps), perspective: true, rateLimit: 'analyze', bodyLimitBytes: PERSPECTIVE_BODY_LIMIT_BYTES },
    // Integrations: Coral's external moderation phase, authenticated by its signature over the raw body
    { method: 'post', path: '/v1/integrations/coral/moderation', access: 'signature', handler: coralModeration(deps), rawBody: true, bodyLimitBytes: PERSPECTIVE_BODY_LIMIT_BYTES },
    // Shadow mode and calibration: measured before a scorer or threshold decides
    { method: 'get', path: '/v1/shadow/report', access: ['moderator', 'dashboard'], handler: shadowReport(deps) },
    { method: 'get', path: '/v1/calibration', access: ['moderator'], handler: calibration(deps) },
    // Status (dashboards)
    { method: 'get', path: '/v1/queue/stats', access: ['dashboard', 'moderator'], handler: queueStats(deps) },
    { method: 'get', path: '/healthz', access: 'public', handler: liveness() },
    { method: 'get', path: '/readyz', access: 'public', handler: readiness({ ping: deps.ping, timeoutMs: 1000 }) },
    ...(metrics === undefined ? [] : [{ method: 'get', path: '/metrics', access: ['dashboard', 'moderator'], handler: prometheusMetrics({ metrics }) } satisfies Route]),
    // The moderator console's browser sessions (the console itself is served at /ui)
    ...(sessions === undefined
      ? []
      : ([
          { method: 'post', path: '/v1/console/session', access: 'public', handler: signIn({ sessions }), rateLimit: 'signIn' },
          { method: 'get', path: '/v1/console/session', access: 'public', handler: currentSession({ sessions }) },
          { method: 'delete', path: '/v1/console/session', access: ['moderator', 'dashboard'], handler: signOut({ sessions }) },
        ] satisfies Route[])),
  ];
}
