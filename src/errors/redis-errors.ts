// MISCONF: Redis refuses writes after a failed snapshot (a full disk); BUSY: a script runs too long; NOREPLICAS:
// too few replicas acknowledge writes. All pass once the operator acts, so the client should retry.
const UNAVAILABLE =
  /Stream isn't writeable|Connection is closed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|OOM command not allowed|LOADING|READONLY|MASTERDOWN|MISCONF|BUSY|NOREPLICAS|max retries per request|Connection timeout|Command timed out/i;

/**
 * True when an error means "Redis cannot be reached or cannot take writes now" (the caller answers 503 and
 * the client retries), as opposed to a bug.
 */
export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'MaxRetriesPerRequestError' || error.name === 'RedisUnavailableError') return true;
  return UNAVAILABLE.test(error.message);
}

/** Thrown when a Redis call did not complete within its deadline. */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

/** Rejects with RedisUnavailableError when `promise` takes longer than `timeoutMs`. */
export async function withDeadline<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new RedisUnavailableError(`${what} did not complete within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
