import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config, ScorerName } from '../../config';
import type { LanguageDetector } from '../language/language-detector';
import { createLanguageDetector as createTinyldDetector } from '../language/tinyld-language-detector';
import type { CommentScoring, ScorerFailure, ScoringOutcome } from '../moderation/comment-scoring';
import { LocalScorer } from './local/local-scorer';
import { createOpenAiModerationScorer } from './openai/openai-moderation-scorer';
import { createPerspectiveScorer } from './perspective/perspective-scorer';
import { RateLimitGate, createRateLimitedScorer } from './rate-limit/rate-limited-scorer';
import { RedisRateLimiter } from './rate-limit/redis-rate-limiter';
import { ScorerChain, ScorerChainRetryError, type ChainFailure, type ScorerStatus } from './scorer-chain';
import type { Language } from '../domain';
import type { Scorer, ScoreResult } from './scorer';
import type { ScorerMetrics } from '../observability/metrics';
import { timedScorer } from './timed-scorer';

export function createLanguageDetector(): LanguageDetector {
  return createTinyldDetector();
}

function stored(failures: readonly ChainFailure[]): ScorerFailure[] {
  return failures.map((f) => ({ scorer: f.scorer, kind: f.kind, message: f.message }));
}

/** Adapts the scorer chain to what the moderation pipeline needs to know. */
export function chainScoring(chain: ScorerChain): CommentScoring {
  return {
    async score(request): Promise<ScoringOutcome> {
      try {
        const outcome = await chain.score({ text: request.text, language: request.language }, { finalAttempt: request.finalAttempt });
        switch (outcome.outcome) {
          case 'scored':
            return { outcome: 'scored', result: outcome.result, failures: stored(outcome.failures) };
          case 'unavailable':
            return { outcome: 'unavailable', failures: stored(outcome.failures) };
          case 'rate_limited':
            // Quota: wait, do not fail. The job is delayed without using an attempt.
            return { outcome: 'retry', failures: stored(outcome.failures), delayMs: outcome.retryAfterMs };
        }
      } catch (error) {
        if (error instanceof ScorerChainRetryError) return { outcome: 'retry', failures: stored(error.failures) };
        throw error;
      }
    },
  };
}

export interface BuiltScoring {
  scoring: CommentScoring;
  status(): ScorerStatus[];
}

/**
 * Builds the configured scorer chain (SCORERS, or `options.chain`: the shadow's SHADOW_SCORERS) with its failure
 * policy (SCORER_FAILURE_POLICY). Remote scorers share their quota with every other chain using the same key.
 * With `deps.metrics`, each scorer call is timed for Prometheus (the live chain; the shadow's calls are not).
 */
export async function createCommentScoring(
  config: Config,
  deps: { logger: Logger; quotaRedis: Redis; metrics?: ScorerMetrics },
  options: { chain?: readonly ScorerName[]; role?: 'live' | 'shadow' } = {},
): Promise<BuiltScoring> {
  const { scorers: settings } = config;
  const names = options.chain ?? settings.chain;
  const limiter = new RedisRateLimiter({ redis: deps.quotaRedis, keyPrefix: `${config.redisKeyPrefix}:quota:` });
  const scorers: Scorer[] = [];
  for (const name of names) {
    if (name === 'local') {
      scorers.push(await loadLocalScorer(config));
    } else if (name === 'perspective') {
      const { apiKey, url, timeoutMs, qps, maxWaitMs } = settings.perspective;
      if (apiKey === undefined) throw new Error('PERSPECTIVE_API_KEY is required');
      // The gate counts every HTTP request against the one quota shared by all workers.
      const gate = new RateLimitGate({ limiter, key: 'perspective', perSecond: qps, scorerName: 'perspective', maxWaitMs });
      scorers.push(createPerspectiveScorer({ apiKey, baseUrl: url, timeoutMs, gate }));
    } else {
      const { apiKey, baseUrl, timeoutMs, model, qps } = settings.openai;
      if (apiKey === undefined) throw new Error('OPENAI_API_KEY is required');
      scorers.push(createRateLimitedScorer(createOpenAiModerationScorer({ apiKey, baseUrl, timeoutMs, model }), { limiter, key: 'openai', perSecond: qps }));
    }
  }
  const { metrics } = deps;
  const timed = metrics === undefined ? scorers : scorers.map((scorer) => timedScorer(scorer, metrics));
  const chain = new ScorerChain({ scorers: timed, policy: settings.failurePolicy, downForMs: settings.downForMs });
  deps.logger.info({ scorers: names, failurePolicy: settings.failurePolicy, role: options.role ?? 'live' }, 'scorer chain ready');
  return { scoring: chainScoring(chain), status: () => chain.status() };
}

/** The local scorer alone, for the API's synchronous paths (the Perspective-compatible API, Coral's phase). */
export async function createInProcessScorer(config: Config): Promise<LocalScorer> {
  return loadLocalScorer(config);
}

/** The local scorer with its configured model file and group-statement bar (unset: the scorer's defaults). */
function loadLocalScorer(config: Config): Promise<LocalScorer> {
  const { localModelPath, localGroupStatementFrom } = config.scorers;
  return LocalScorer.load(localModelPath, localGroupStatementFrom === undefined ? {} : { combination: { groupStatementFrom: localGroupStatementFrom } });
}

/** A synchronous scorer as the moderation pipeline's scoring: it always scores, in the calling request. */
export function syncScoring(scorer: { scoreSync(text: string, language: Language): ScoreResult }): CommentScoring {
  return {
    async score(request): Promise<ScoringOutcome> {
      return { outcome: 'scored', result: scorer.scoreSync(request.text, request.language), failures: [] };
    },
  };
}
