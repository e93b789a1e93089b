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
  /**
   * Fraction of `perSecond` left unused (default 0.05). Grants are spaced by Redis time, but requests reach
   * the API after a jittery hop (measured: up to ~20 ms on loopback), so two grants one interval apart can
   * arrive closer; 5 % of a second absorbs that and keeps every 1-second window at the API within quota.
   */
  headroom?: number;
  /**
   * Give up on the limiter after this long (default 1000 ms). A worker's Redis connection usually queues
   * commands while Redis is away; without this bound an outage would stall scoring instead of failing it.
   */
  acquireTimeoutMs?: number;
  now?: () => number;
}

/** A RequestGate that paces requests through a (shared) RateLimiter, waiting briefly when a slot is near. */
export class RateLimitGate implements RequestGate {
  private readonly options: Required<Omit<RateLimitGateOptions, 'now'>> & { now: () => number };

  constructor(options: RateLimitGateOptions) {
    this.options = { maxWaitMs: 1500, headroom: 0.05, acquireTimeoutMs: 1000, now: Date.now, ...options };
    if (!(this.options.headroom >= 0 && this.options.headroom < 1)) throw new RangeError('headroom must be in [0, 1)');
  }

  async pass(signal?: AbortSignal): Promise<void> {
    const { limiter, key, perSecond, scorerName, maxWaitMs, headroom, acquireTimeoutMs, now } = this.options;
    const pacedPerSecond = perSecond * (1 - headroom);
    const deadline = now() + maxWaitMs;
    for (;;) {
      if (signal?.aborted === true) throw new ScorerError(scorerName, 'timeout', 'aborted while waiting for a rate-limit slot');
      let decision;
      try {
        decision = await withTimeout(limiter.acquire(key, pacedPerSecond), acquireTimeoutMs);
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

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
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
