import { emissionIntervalMicros, type RateLimitDecision, type RateLimiter } from './rate-limiter';

/**
 * The in-process fake of RateLimiter, with the same pacing rule as the Redis one (a grant at most every
 * 1/perSecond seconds per key). For unit tests and single-process development only: it does not share the
 * quota between workers.
 */
export class InMemoryRateLimiter implements RateLimiter {
  /** key → earliest time (µs) the next grant may happen. */
  private readonly nextAllowedAt = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async acquire(key: string, perSecond: number): Promise<RateLimitDecision> {
    const interval = emissionIntervalMicros(perSecond);
    const nowMicros = this.now() * 1000;
    const next = this.nextAllowedAt.get(key) ?? 0;
    if (next > nowMicros) return { allowed: false, retryAfterMs: Math.max(1, Math.ceil((next - nowMicros) / 1000)) };
    this.nextAllowedAt.set(key, nowMicros + interval);
    return { allowed: true };
  }
}
