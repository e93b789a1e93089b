import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** The `hash-max-listpack-value` the store's memory figure assumes (README, The store). */
export const RECORD_LISTPACK_VALUE_BYTES = 1024;

/** Why a Redis with this `hash-max-listpack-value` stores comment records larger than planned; null: it does not. */
export function recordEncodingProblem(hashMaxListpackValue: number): string | null {
  if (!Number.isFinite(hashMaxListpackValue) || hashMaxListpackValue >= RECORD_LISTPACK_VALUE_BYTES) return null;
  return `Redis has hash-max-listpack-value ${hashMaxListpackValue}: comment records of typical length are hash tables of ~1.7 KB instead of listpacks of ~0.8 KB; set it to ${RECORD_LISTPACK_VALUE_BYTES}`;
}

/**
 * Warns once at start when Redis would store comment records less compactly than the README's figure assumes.
 * Managed Redis often refuses CONFIG: then there is nothing to check, and nothing is said.
 */
export async function warnOnRecordEncoding(redis: Redis, logger: Logger): Promise<void> {
  let reply: unknown;
  try {
    reply = await redis.config('GET', 'hash-max-listpack-value');
  } catch {
    return;
  }
  const problem = Array.isArray(reply) ? recordEncodingProblem(Number(reply[1])) : null;
  if (problem !== null) logger.warn({ setting: 'hash-max-listpack-value' }, problem);
}
