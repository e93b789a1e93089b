import { ScorerError, type ScoreRequest, type ScoreResult, type Scorer } from '../scorer';
import type { RateLimiter } from './rate-limiter';
import type { RequestGate } from './request-gate';

/** Settings for a gate on one remote API's quota. */
export interface RateLimitGateOptions {
  limiter: RateLimiter;
  /** Quota key shared by every process, e.g. `perspective`. */
  key: string;
  perSecond: number;
  /** Name used in the ScorerErrors this gate throws. */
  scorerName: string;
  /**
   * Wait at most this long in total for a slot (default 1500 ms); when the next slot is further away, throw
   * `rate_limited` so the job is delayed instead of holding a worker.
   */
  maxWaitMs?: number;
  now?: () => number;
}

/** A RequestGate that paces requests through a (shared) RateLimiter, waiting briefly when a slot is near. */
export class RateLimitGate implements RequestGate {
  private readonly options: Required<Omit<RateLimitGateOptions, 'now'>> & { now: () => number };

  constructor(options: RateLimitGateOptions) {
    this.options = { maxWaitMs: 1500, now: Date.now, ...options };
  }

  async pass(signal?: AbortSignal): Promise<void> {
    const { limiter, key, perSecond, scorerName, maxWaitMs, now } = this.options;
    const deadline = now() + maxWaitMs;
    for (;;) {
      if (signal?.aborted === true) throw new ScorerError(scorerName, 'timeout', 'aborted while waiting for a rate-limit slot');
      let decision;
      try {
        decision = await limiter.acquire(key, perSecond);
      } catch (error) {
        // Without the shared limiter we cannot know the quota is free: do not call the API.
        throw new ScorerError(scorerName, 'unavailable', `rate limiter unavailable (${error instanceof Error ? error.message : 'unknown error'})`);
      }
      if (decision.allowed) return;
      if (now() + decision.retryAfterMs > deadline) {
        throw new ScorerError(scorerName, 'rate_limited', `local quota of ${perSecond}/s reached`, { retryAfterMs: decision.retryAfterMs });
      }
      await sleep(decision.retryAfterMs, signal);
    }
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Wraps a scorer that sends one request per comment (OpenAI moderation) so each call first passes the gate.
 * Perspective takes the gate as an option instead, so its extra language-negotiation requests count too.
 */
export class RateLimitedScorer implements Scorer {
  readonly name: string;
  constructor(
    private readonly inner: Scorer,
    private readonly gate: RequestGate,
  ) {
    this.name = inner.name;
  }

  async score(request: ScoreRequest): Promise<ScoreResult> {
    await this.gate.pass(request.signal);
    return this.inner.score(request);
  }
}

/** Builds a rate-limited wrapper around `inner` from a limiter and its quota. */
export function createRateLimitedScorer(inner: Scorer, options: Omit<RateLimitGateOptions, 'scorerName'>): RateLimitedScorer {
  return new RateLimitedScorer(inner, new RateLimitGate({ ...options, scorerName: inner.name }));
}
