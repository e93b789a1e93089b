/**
 * The one place that builds Redis clients, queues, workers, scorers and services, and closes them again.
 * Entry points (src/main/*, workers/*) and integration tests go through it.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import type { Express } from 'express';
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';
import { projectRoot, type Config } from '../config';
import { ArticlePolicyCache } from './articles/article-policy-cache';
import { ArticlePolicyService } from './articles/article-policy-service';
import { RedisArticlePolicyStore } from './articles/redis-article-policy-store';
import { RedisAuthorActivityStore } from './authors/redis-author-activity-store';
import type { AttributeScores, Comment, Language } from './domain';
import { CommentService } from './comments/comment-service';
import { RedisCommentStore } from './comments/redis-comment-store';
import { warnOnRecordEncoding } from './redis/record-encoding-check';
import { withDeadline } from './errors/redis-errors';
import { logConnectionErrors } from './redis/connection-log';
import { RedisLease } from './redis/lease';
import { ApiKeyAuthenticator } from './http/auth';
import { createHttpApp } from './http/express-app';
import { analyzeRateLimits, intakeRateLimits, signInRateLimits } from './http/intake-rate-limits';
import { CoralModerationService } from './integrations/coral/coral-moderation-service';
import { PerspectiveAnalysisService } from './perspective-api/perspective-analysis-service';
import { RedisFeedbackStore } from './perspective-api/feedback-store';
import { routes } from './http/routes';
import type { LanguageDetector } from './language/language-detector';
import type { CommentScoring } from './moderation/comment-scoring';
import { ModerationService } from './moderation/moderation-service';
import { moderationPhases } from './moderation/phases';
import { BullModerationQueue, queueCounts } from './queue/moderation-queue';
import { startEnqueueRelay } from './queue/enqueue-relay';
import { QueueStatsService } from './queue/queue-stats-service';
import { startModerationWorker, type ModerationWorker } from './queue/moderation-consumer';
import { RedisReportStore } from './reports/redis-report-store';
import { ReportService } from './reports/report-service';
import { ReviewService } from './review/review-service';
import { ScorerStatusBoard } from './scoring/scorer-status-board';
import { startWebhookDispatcher, WEBHOOK_QUEUE, type WebhookDispatcher } from './webhooks/webhook-delivery';
import { WordListCache } from './word-lists/word-list-matcher';
import { RedisWordListStore } from './word-lists/word-list-store';
import { WordListService } from './word-lists/word-list-service';
import { ServiceMetrics } from './observability/metrics';
import { queueBoardMount } from './http/queue-board';
import { RedisSessionStore } from './sessions/redis-session-store';
import { SessionService } from './sessions/session-service';
import { DecisionRecorder } from './stats/decision-recorder';
import { RedisDecisionStatsStore } from './stats/decision-stats-store';
import { RedisShadowStore } from './shadow/redis-shadow-store';
import { ShadowModeration } from './shadow/shadow-moderation';
import { ShadowReportService } from './shadow/shadow-report-service';
import { RedisModeratorLabelStore } from './calibration/redis-moderator-label-store';
import { CalibrationService } from './calibration/calibration-service';
import { collectSamples, RedisFeedbackSource, type ScoreSource } from './calibration/calibration-samples';
import { ModeratorLabelRecorder } from './calibration/moderator-label-recorder';
import { basename } from 'node:path';

export interface Overrides {
  /** Replace the configured scorers (tests). */
  scoring?: CommentScoring;
  detector?: LanguageDetector;
  now?: () => Date;
  /** One registry for the API and the worker when both run in one process (`npm start`). */
  metrics?: ServiceMetrics;
}

/** Where `npm run build` puts the console's page and bundle. */
export function consoleAssetsDir(): string {
  return join(projectRoot(), 'dist', 'ui');
}

export interface ApiParts {
  app: Express;
  comments: CommentService;
  metrics: ServiceMetrics;
  close(): Promise<void>;
}

export interface WorkerParts {
  worker: ModerationWorker;
  webhooks: WebhookDispatcher;
  metrics: ServiceMetrics;
  close(): Promise<void>;
}

function redisUrl(config: Config): string {
  if (config.redisUrl === undefined) throw new Error('REDIS_URL is not set');
  return config.redisUrl;
}

/**
 * The comment store and the moderation queue, as the API and the worker both build them: the store on `redis`
 * (and the relay's blocking wait on `blockingRedis`, worker only), the queue on `queueRedis`.
 */
async function commentStoreAndQueue(
  config: Config,
  logger: Logger,
  clients: { redis: Redis; blockingRedis?: Redis; queueRedis: Redis },
): Promise<{ store: RedisCommentStore; queue: BullModerationQueue; bullPrefix: string }> {
  const store = new RedisCommentStore({
    redis: clients.redis,
    ...(clients.blockingRedis === undefined ? {} : { blockingRedis: clients.blockingRedis }),
    keyPrefix: config.redisKeyPrefix,
    authorFirstPostsKept: config.authorRules.newAuthorHolds,
    decidedRetentionMs: config.comments.decidedRetentionMs,
    outboxMaxEvents: config.webhooks.outboxMaxEvents,
  });
  // Receivers configured here: every process writes decision events from now on (see webhook-delivery.ts).
  if (config.webhooks.urls.length > 0) await store.markWebhooksConfigured();
  const bullPrefix = `${config.redisKeyPrefix}:bull`;
  const queue = new BullModerationQueue({ connection: clients.queueRedis, prefix: bullPrefix, ...config.queue });
  logQueueErrors(queue.queue, logger);
  await queueReady(queue.queue);
  return { store, queue, bullPrefix };
}

/**
 * Waits for BullMQ's start-up check (INFO, for the Redis version) before anything else runs. BullMQ keeps the
 * outcome for the queue's lifetime: had the check timed out (the API's client gives up after 5 s, e.g. while
 * the process was busy loading the local scorer on a loaded machine) every later call on the queue would fail
 * with that error until a restart, and `/v1/queue/stats` would answer 503 for good. So a failed check fails
 * start-up, naming the queue.
 */
async function queueReady(queue: Queue): Promise<void> {
  try {
    await queue.waitUntilReady();
  } catch (error) {
    throw new Error(`BullMQ queue '${queue.name}' could not start: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * BullMQ re-emits its connection's errors (logged once by logConnectionErrors); without a listener it prints
 * "Unhandled error" to the console, outside our logger.
 */
function logQueueErrors(queue: Queue, logger: Logger): void {
  queue.on('error', (error) => logger.debug({ reason: error.message, queue: queue.name }, 'queue error'));
}

/** Runs every cleanup step even when one fails, once; later calls return the same promise. */
function closeOnce(steps: (() => Promise<unknown>)[], logger: Logger): () => Promise<void> {
  let closing: Promise<void> | null = null;
  return () => {
    closing ??= (async () => {
      for (const step of steps) {
        try {
          await step();
        } catch (error) {
          logger.warn({ err: error }, 'cleanup step failed');
        }
      }
    })();
    return closing;
  };
}

/** QUIT, or a plain disconnect when Redis does not answer within 2 s (a hung Redis must not hang shutdown). */
async function quit(redis: Redis): Promise<void> {
  if (redis.status === 'end') return;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([redis.quit(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('QUIT timed out')), 2000)))]);
  } catch {
    redis.disconnect();
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a start-up step; when it fails, drops the clients it used, so a failed start leaves no connection open. */
async function disconnectOnFailure<T>(clients: Redis[], step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    for (const client of clients) client.disconnect();
    throw error;
  }
}

/** Waits until a client is connected, or fails naming the URL's host (never its password). */
async function connected(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Redis at ${redis.options.host ?? '?'}:${redis.options.port ?? '?'} did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const onReady = (): void => {
      cleanup();
      resolve();
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      redis.off('ready', onReady);
    };
    redis.on('ready', onReady);
  });
}

/** The HTTP side: intake, reads, review and stats. Its Redis client fails fast, so Redis outages answer 503. */
export async function createApi(config: Config, logger: Logger, overrides: Overrides = {}): Promise<ApiParts> {
  const now = overrides.now ?? (() => new Date());
  const options: RedisOptions = {
    // Fail fast instead of queueing commands while Redis is away: the API answers 503 and nothing hangs.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    // A Redis that stops answering (paused, swapping) gives 503 after 5 s instead of hanging requests.
    commandTimeout: 5000,
    retryStrategy: (times) => Math.min(times * 100, 2000),
    // Requests arriving together share one write to Redis and one reply read: Redis spends ~40 % less CPU per
    // intake request (bench: ~36 → ~22 µs).
    enableAutoPipelining: true,
  };
  const redis = new Redis(redisUrl(config), options);
  logConnectionErrors(redis, logger, { client: 'api' });
  // BullMQ defines its ~60 Lua scripts on the client it is given, and ioredis copies every defined script onto
  // each pipeline it builds, auto-pipelined batches included: ~20 µs more per intake batch. The queues (read
  // only for stats here) get a client of their own.
  const queueRedis = new Redis(redisUrl(config), { ...options, enableAutoPipelining: false });
  logConnectionErrors(queueRedis, logger, { client: 'api-queue' });
  const { store, queue, webhookQueue } = await disconnectOnFailure([redis, queueRedis], async () => {
    await Promise.all([connected(redis, 10_000), connected(queueRedis, 10_000)]);
    const parts = await commentStoreAndQueue(config, logger, { redis, queueRedis });
    const webhooks = new Queue(WEBHOOK_QUEUE, { connection: queueRedis, prefix: parts.bullPrefix });
    logQueueErrors(webhooks, logger);
    await queueReady(webhooks);
    return { ...parts, webhookQueue: webhooks };
  });
  const scorerBoard = new ScorerStatusBoard({ redis, keyPrefix: config.redisKeyPrefix });
  const metrics = overrides.metrics ?? new ServiceMetrics();
  metrics.addStateSource({ queueJobs: () => queue.counts(), comments: () => store.counts() });
  const decisionStats = new RedisDecisionStatsStore({ redis, keyPrefix: config.redisKeyPrefix });
  const recorder = new DecisionRecorder({ stats: decisionStats, metrics, logger });
  const articleStore = new RedisArticlePolicyStore({ redis, keyPrefix: config.redisKeyPrefix });
  const articleCache = new ArticlePolicyCache({ store: articleStore, refreshMs: config.articles.refreshMs });
  const articlePolicies = new ArticlePolicyService({ store: articleStore, cache: articleCache, now });
  const comments = new CommentService({ store, now, articles: articlePolicies });
  const labels = new RedisModeratorLabelStore({ redis, keyPrefix: config.redisKeyPrefix, retentionMs: config.calibration.retentionMs, maxEntries: config.calibration.maxDecisions });
  const labelRecorder = new ModeratorLabelRecorder({ store: labels, now, logger });
  const reports = new ReportService({
    reports: new RedisReportStore({ redis, keyPrefix: config.redisKeyPrefix, comments: store, decidedRetentionMs: config.comments.decidedRetentionMs, outboxMaxEvents: config.webhooks.outboxMaxEvents }),
    comments: store,
    now,
    settings: config.reports,
    claimLeaseMs: config.review.claimLeaseMs,
    labels: labelRecorder,
    recorder,
  });
  const review = new ReviewService({ store, now, claimLeaseMs: config.review.claimLeaseMs, otherQueues: reports, labels: labelRecorder, recorder });
  const shadowReport = new ShadowReportService({
    store: new RedisShadowStore({ redis, keyPrefix: config.redisKeyPrefix, retentionMs: config.shadow.retentionMs, maxEntries: config.shadow.indexMaxEntries }),
    labels,
    maxScan: config.shadow.reportMaxScan,
    examplesPerCell: 10,
  });
  const calibration = new CalibrationService({ collect: (scores) => collectCalibrationSamples(config, { redis, labels, comments: store, scores }), policy: config.policy });
  const stats = new QueueStatsService({ store, queue, now, webhookCounts: () => queueCounts(webhookQueue), scorers: () => scorerBoard.read(), decisionStats });
  const authenticator = new ApiKeyAuthenticator(config.apiKeys);
  const sessions = new SessionService({
    store: new RedisSessionStore({ redis, keyPrefix: config.redisKeyPrefix }),
    authenticator,
    ttlMs: config.console.sessionTtlMs,
    cookieSecure: config.console.cookieSecure,
  });
  const wordLists = new WordListService({ store: new RedisWordListStore({ redis, keyPrefix: config.redisKeyPrefix }), now });
  const { perspective, coral } = await createInProcessModeration(config, { redis, now, overrides, articles: articleCache });
  logger.info({ perspectiveApi: perspective !== null, coralPhase: coral !== null }, 'in-process moderation routes');
  const app = createHttpApp({
    routes: routes({ comments, review, reports, stats, wordLists, articlePolicies, perspective, coral, shadowReport, calibration, ping: () => store.ping(), sessions, metrics }),
    authenticator,
    logger,
    sessions,
    metrics,
    consoleAssetsDir: consoleAssetsDir(),
    mounts: [queueBoardMount([queue.queue, webhookQueue])],
    corsOrigins: config.http.corsOrigins,
    rateLimiters: {
      intake: intakeRateLimits({
        redis,
        keyPrefix: config.redisKeyPrefix,
        perKeyPerMinute: config.http.intakePerKeyPerMinute,
        perAuthorPerMinute: config.http.intakePerAuthorPerMinute,
      }),
      analyze: analyzeRateLimits({ redis, keyPrefix: config.redisKeyPrefix, perKeyPerMinute: config.perspectiveApi.perKeyPerMinute }),
      signIn: signInRateLimits({ redis, keyPrefix: config.redisKeyPrefix, perMinute: config.console.signInPerMinute }),
    },
  });
  return { app, comments, metrics, close: closeOnce([() => queue.close(), () => webhookQueue.close(), () => quit(queueRedis), () => quit(redis)], logger) };
}

/** What calibration learns from: moderators' decisions and reversals, and suggestscore feedback on our comments. */
export function collectCalibrationSamples(
  config: Config,
  deps: { redis: Redis; labels: RedisModeratorLabelStore; comments: { getMany(ids: readonly string[]): Promise<(Comment | null)[]> }; scores: ScoreSource },
): ReturnType<typeof collectSamples> {
  const feedbackKey = new RedisFeedbackStore({ redis: deps.redis, keyPrefix: config.redisKeyPrefix, maxEntries: config.perspectiveApi.feedbackMaxEntries }).key;
  return collectSamples({
    labels: deps.labels,
    feedback: new RedisFeedbackSource({ redis: deps.redis, key: feedbackKey }),
    comments: deps.comments,
    maxDecisions: config.calibration.maxDecisions,
    scores: deps.scores,
  });
}

/**
 * The API's synchronous moderation: the Perspective-compatible API (PERSPECTIVE_API=on) and Coral's external
 * phase (CORAL_SIGNING_SECRETS set). Either loads the local scorer and the language detector into the API
 * process (~10 MB of heap), so neither is loaded when both are off.
 */
async function createInProcessModeration(
  config: Config,
  deps: { redis: Redis; now: () => Date; overrides: Overrides; articles: ArticlePolicyCache },
): Promise<{ perspective: PerspectiveAnalysisService | null; coral: CoralModerationService | null }> {
  const perspectiveOn = config.perspectiveApi.enabled === true;
  const coralOn = config.coral.signingSecrets.length > 0;
  if (!perspectiveOn && !coralOn) return { perspective: null, coral: null };
  const { createInProcessScorer, createLanguageDetector, syncScoring } = await import('./scoring/create-scoring');
  const scorer = await createInProcessScorer(config);
  const detector = deps.overrides.detector ?? createLanguageDetector();
  const wordLists = new WordListCache({ store: new RedisWordListStore({ redis: deps.redis, keyPrefix: config.redisKeyPrefix }), refreshMs: config.wordLists.refreshMs });
  const perspective = perspectiveOn
    ? new PerspectiveAnalysisService({
        scorer,
        detector,
        wordLists,
        policy: config.policy,
        feedback: new RedisFeedbackStore({ redis: deps.redis, keyPrefix: config.redisKeyPrefix, maxEntries: config.perspectiveApi.feedbackMaxEntries }),
        now: deps.now,
        storeFeedbackText: config.perspectiveApi.feedbackStoreText,
      })
    : null;
  const coral = coralOn
    ? new CoralModerationService({
        signingSecrets: config.coral.signingSecrets,
        phases: moderationPhases({ detector, scoring: syncScoring(scorer), policy: config.policy, wordLists, maxQuotaWaitMs: 0, articles: deps.articles }),
        now: deps.now,
      })
    : null;
  return { perspective, coral };
}

/** What `npm run calibrate` needs: the calibration over Redis, and a sample of stored scores to estimate shares on. */
export interface CalibrationTool {
  calibration: CalibrationService;
  /** Up to `max` stored comments' language and live or shadow scores (any status), for the expected held and rejected shares. */
  sampleScores(max: number, source: ScoreSource): Promise<{ language: Language; scores: AttributeScores }[]>;
  close(): Promise<void>;
}

export async function createCalibrationTool(config: Config, logger: Logger): Promise<CalibrationTool> {
  const redis = new Redis(redisUrl(config), { maxRetriesPerRequest: 1, connectTimeout: 5000, commandTimeout: 30_000 });
  logConnectionErrors(redis, logger, { client: 'calibrate' });
  await connected(redis, 10_000);
  const store = new RedisCommentStore({ redis, keyPrefix: config.redisKeyPrefix });
  const labels = new RedisModeratorLabelStore({ redis, keyPrefix: config.redisKeyPrefix, retentionMs: config.calibration.retentionMs, maxEntries: config.calibration.maxDecisions });
  return {
    calibration: new CalibrationService({ collect: (scores) => collectCalibrationSamples(config, { redis, labels, comments: store, scores }), policy: config.policy }),
    async sampleScores(max, source) {
      // A bounded SCAN over the comment records (`{p}:c:{id}`, see redis-comment-store.ts): an offline tool's
      // sample, not a request path.
      const sample: { language: Language; scores: AttributeScores }[] = [];
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.redisKeyPrefix}:c:*`, 'COUNT', 1000);
        cursor = next;
        const comments = await store.getMany(keys.map((key) => key.slice(`${config.redisKeyPrefix}:c:`.length)));
        for (const comment of comments) {
          const scores = source === 'shadow' ? comment?.shadow?.scores : comment?.scores;
          if (comment !== null && scores !== undefined && Object.keys(scores).length > 0 && sample.length < max) sample.push({ language: comment.language ?? 'other', scores });
        }
      } while (cursor !== '0' && sample.length < max);
      return sample;
    },
    close: closeOnce([() => quit(redis)], logger),
  };
}

/**
 * Shadow mode (SHADOW_SCORERS and/or SHADOW_POLICY_FILE): the same phases with the shadow's scorer chain (or the
 * live scores replayed) and policy; null when off.
 */
async function createShadowModeration(
  config: Config,
  deps: { logger: Logger; quotaRedis: Redis; storeRedis: Redis; detector: LanguageDetector; wordLists: WordListCache; now: () => Date },
): Promise<ShadowModeration | null> {
  const settings = config.shadow;
  if (settings.chain.length === 0 && settings.policy === null) return null;
  const { createCommentScoring } = await import('./scoring/create-scoring');
  const scoring = settings.chain.length === 0 ? null : (await createCommentScoring(config, deps, { chain: settings.chain, role: 'shadow' })).scoring;
  const policy = settings.policy ?? config.policy;
  const shadow = new ShadowModeration({
    phases: (shadowScoring) => moderationPhases({ detector: deps.detector, scoring: shadowScoring, policy, wordLists: deps.wordLists, maxQuotaWaitMs: 0 }),
    scoring,
    scorers: settings.chain.length === 0 ? 'live' : settings.chain.join(','),
    policy: settings.policyFile === undefined ? 'live' : basename(settings.policyFile),
    timeoutMs: settings.timeoutMs,
    maxInFlight: settings.maxInFlight,
    store: new RedisShadowStore({ redis: deps.storeRedis, keyPrefix: config.redisKeyPrefix, retentionMs: settings.retentionMs, maxEntries: settings.indexMaxEntries }),
    now: deps.now,
    logger: deps.logger,
  });
  deps.logger.info({ shadowScorers: settings.chain, shadowPolicy: settings.policyFile ?? 'live', timeoutMs: settings.timeoutMs }, 'shadow mode on');
  return shadow;
}

/** The worker side: scores and routes queued comments. Many workers may run against one Redis. */
export async function createWorker(config: Config, logger: Logger, overrides: Overrides = {}): Promise<WorkerParts> {
  const now = overrides.now ?? (() => new Date());
  // BullMQ workers must retry forever on a Redis blip, otherwise a worker can silently stop.
  const redis = new Redis(redisUrl(config), { maxRetriesPerRequest: null });
  logConnectionErrors(redis, logger, { client: 'worker' });
  // Our store's pipelines (two per job) on a client without BullMQ's ~60 scripts: see createApi.
  const storeRedis = new Redis(redisUrl(config), { maxRetriesPerRequest: null });
  logConnectionErrors(storeRedis, logger, { client: 'worker-store' });
  // The relay's blocking wait for new comments gets a connection of its own.
  const blockingRedis = new Redis(redisUrl(config), { maxRetriesPerRequest: null });
  logConnectionErrors(blockingRedis, logger, { client: 'relay' });
  // The shared quota needs a client that fails fast: during a Redis outage scoring fails (and is retried)
  // instead of stalling on the worker connection's endless retries.
  const quotaRedis = new Redis(redisUrl(config), { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1000, connectTimeout: 2000 });
  logConnectionErrors(quotaRedis, logger, { client: 'quota' });
  const metrics = overrides.metrics ?? new ServiceMetrics();
  // Until the worker runs, a failed step (Redis away, a queue BullMQ cannot start, a model that does not load)
  // drops these clients, so a failed start leaves no connection open.
  const { store, queue, bullPrefix, built, detector, wordLists, shadow } = await disconnectOnFailure([redis, storeRedis, blockingRedis, quotaRedis], async () => {
    await Promise.all([connected(redis, 10_000), connected(storeRedis, 10_000), connected(quotaRedis, 10_000)]);
    await warnOnRecordEncoding(storeRedis, logger);
    const parts = await commentStoreAndQueue(config, logger, { redis: storeRedis, blockingRedis, queueRedis: redis });
    // Scorers and language detection are loaded here only: the API never scores, and their data (tinyld's
    // profiles alone are ~7 MB of heap) would lengthen every major GC pause of the intake.
    const { createCommentScoring, createLanguageDetector } = await import('./scoring/create-scoring');
    const scoring = overrides.scoring === undefined ? await createCommentScoring(config, { logger, quotaRedis, metrics }) : { scoring: overrides.scoring, status: () => [] };
    const languageDetector = overrides.detector ?? createLanguageDetector();
    const lists = new WordListCache({ store: new RedisWordListStore({ redis: storeRedis, keyPrefix: config.redisKeyPrefix }), refreshMs: config.wordLists.refreshMs });
    const shadowModeration = await createShadowModeration(config, { logger, quotaRedis, storeRedis, detector: languageDetector, wordLists: lists, now });
    return { ...parts, built: scoring, detector: languageDetector, wordLists: lists, shadow: shadowModeration };
  });
  const moderation = new ModerationService({
    store,
    phases: moderationPhases({
      detector,
      scoring: built.scoring,
      policy: config.policy,
      wordLists,
      maxQuotaWaitMs: config.scorers.maxQuotaWaitMs,
      articles: new ArticlePolicyCache({ store: new RedisArticlePolicyStore({ redis: storeRedis, keyPrefix: config.redisKeyPrefix }), refreshMs: config.articles.refreshMs }),
      authors: { store: new RedisAuthorActivityStore({ redis: storeRedis, keyPrefix: config.redisKeyPrefix }), settings: config.authorRules },
    }),
    now,
    logger,
    recorder: new DecisionRecorder({ stats: new RedisDecisionStatsStore({ redis: storeRedis, keyPrefix: config.redisKeyPrefix }), metrics, logger }),
    ...(shadow === null ? {} : { shadow }),
  });
  metrics.addStateSource({ queueJobs: () => queue.counts(), comments: () => store.counts() });
  const worker = startModerationWorker({
    connection: redis,
    queueName: config.queue.name,
    prefix: bullPrefix,
    concurrency: config.worker.concurrency,
    lockDurationMs: config.worker.lockDurationMs,
    stalledIntervalMs: config.worker.stalledIntervalMs,
    moderation,
    store,
    queue,
    logger,
    now,
    sweep: {
      intervalMs: config.worker.sweepIntervalMs,
      reenqueueAfterMs: config.worker.reenqueuePendingAfterMs,
      // One sweeper at a time; extended page by page, so it lapses within 30 s of its holder dying.
      lease: new RedisLease({ redis: storeRedis, key: `${config.redisKeyPrefix}:sweep:lease`, ttlMs: 30_000 }),
    },
  });
  const relay = startEnqueueRelay({
    outbox: store,
    queue,
    logger,
    batchSize: 500,
    waitSeconds: 1,
    retryDelayMs: 500,
    interruptWait: () => blockingRedis.disconnect(),
  });
  const webhooks = startWebhookDispatcher({
    connection: redis,
    prefix: bullPrefix,
    store,
    lockKey: `${config.redisKeyPrefix}:outbox:lock`,
    options: config.webhooks,
    logger,
    relayIntervalMs: 250,
  });
  // Scorer health for the stats API, published by every worker.
  // Each worker's view is kept under its own name; the stats show the aggregate (down if any worker sees it down).
  const board = new ScorerStatusBoard({ redis: storeRedis, keyPrefix: config.redisKeyPrefix, worker: `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`, ttlMs: 10_000 });
  const publish = (): Promise<void> => board.publish(built.status(), now()).catch((error: unknown) => logger.debug({ reason: (error as Error).message }, 'scorer status not published'));
  await publish();
  const statusTimer = setInterval(() => void publish(), 2000);
  statusTimer.unref();
  return {
    worker,
    webhooks,
    metrics,
    close: closeOnce(
      [
        async () => clearInterval(statusTimer),
        // Bounded: this client retries forever, and a Redis that is down must not hold up the shutdown.
        () => withDeadline(board.withdraw(), 1000, 'withdrawing the scorer status'),
        () => relay.close(),
        () => worker.close(config.worker.shutdownTimeoutMs),
        // Each verdict is bounded by SHADOW_TIMEOUT_MS, its write is not (the store's client retries forever
        // while Redis is away): the whole wait is bounded, and comes before the store's client is closed.
        () => withDeadline(shadow?.close() ?? Promise.resolve(), config.shadow.timeoutMs + 2000, 'recording the last shadow verdicts'),
        () => webhooks.close(),
        () => queue.close(),
        () => quit(quotaRedis),
        () => quit(storeRedis),
        () => quit(redis),
      ],
      logger,
    ),
  };
}
