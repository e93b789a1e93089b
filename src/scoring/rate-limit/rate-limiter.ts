/** Whether one request may go now, and if not, how long until the next slot. */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * A shared pace for calls to a remote API: at most `perSecond` grants per second for `key`, spaced evenly
 * (no bursts), across every process that shares the limiter's store.
 */
export interface RateLimiter {
  acquire(key: string, perSecond: number): Promise<RateLimitDecision>;
}

/** Microseconds between two grants at `perSecond`; validates the rate. */
export function emissionIntervalMicros(perSecond: number): number {
  if (!Number.isFinite(perSecond) || perSecond <= 0) throw new RangeError(`perSecond must be a positive number, got ${perSecond}`);
  return Math.ceil(1_000_000 / perSecond);
}
