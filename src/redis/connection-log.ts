import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** How often connection trouble of one client is logged at most (the first error is logged at once). */
export const CONNECTION_LOG_INTERVAL_MS = 30_000;

/**
 * Logs a client's connection errors at warn, at most once per `intervalMs` per client: ioredis emits `error`
 * on every reconnect attempt (every ~100 ms to 2 s while Redis is away), which at debug hid outages and at
 * warn unthrottled would flood the logs. Each line says how many errors were not logged since the last one;
 * the client's return is logged once at info. Error messages name host and port, never the password.
 */
export function logConnectionErrors(redis: Redis, logger: Logger, options: { client: string; intervalMs?: number; now?: () => number }): void {
  const intervalMs = options.intervalMs ?? CONNECTION_LOG_INTERVAL_MS;
  const now = options.now ?? Date.now;
  let lastLoggedAt: number | null = null;
  let suppressed = 0;
  let troubled = false;
  redis.on('error', (error: Error) => {
    troubled = true;
    const at = now();
    if (lastLoggedAt !== null && at - lastLoggedAt < intervalMs) {
      suppressed += 1;
      return;
    }
    logger.warn({ client: options.client, reason: error.message, suppressed }, 'redis connection error');
    lastLoggedAt = at;
    suppressed = 0;
  });
  redis.on('ready', () => {
    if (!troubled) return;
    troubled = false;
    logger.info({ client: options.client }, 'redis connection restored');
  });
}
