import { ReplyError as IoredisReplyError } from 'ioredis';

/** A Redis error reply (`-ERR …`, `-LOADING …`); ioredis types its export as `any`. */
const ReplyError = IoredisReplyError as new (message: string) => Error;

/** `instanceof` without narrowing: the redis-errors classes add nothing to Error's type, so narrowing would exclude every Error. */
function isA(error: Error, cls: abstract new (...args: never[]) => Error): boolean {
  return error instanceof cls;
}

/**
 * redis-errors' base class, of which ioredis's ReplyError, AbortError, InterruptError, ParserError and
 * MaxRetriesPerRequestError are subclasses. ioredis exports only ReplyError, so the base is taken from it.
 */
const RedisError = Object.getPrototypeOf(ReplyError) as abstract new (...args: never[]) => Error;

/**
 * Reply prefixes (Redis's error code, the first word of the reply) that mean "Redis cannot take this now" and pass
 * once the operator acts or the server catches up. LOADING: the dataset is still loading after a restart; BUSY: a
 * script runs too long; MISCONF: writes refused after a failed snapshot (a full disk); READONLY / MASTERDOWN: a
 * replica or a failover; NOREPLICAS: too few replicas acknowledge writes; CLUSTERDOWN / TRYAGAIN: a cluster
 * resharding or down; OOM: maxmemory reached (we run with noeviction).
 */
const UNAVAILABLE_REPLY_CODES: ReadonlySet<string> = new Set(['LOADING', 'BUSY', 'MISCONF', 'READONLY', 'MASTERDOWN', 'NOREPLICAS', 'CLUSTERDOWN', 'TRYAGAIN', 'OOM']);

/**
 * ioredis rejects commands with plain Errors (no class of their own) when the connection is closed, when the
 * offline queue is off and the socket is not writeable, and when `commandTimeout` passes. They are recognised by
 * the whole message, never by a word inside one.
 */
const IOREDIS_CONNECTION_MESSAGES: ReadonlySet<string> = new Set(['Connection is closed.', "Stream isn't writeable and enableOfflineQueue options is false", 'Command timed out']);

/** Socket failures as Node reports them (a SystemError with `syscall` and `code`). */
const SOCKET_ERROR_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTCONN', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * True when an error means "Redis cannot be reached or cannot take writes now" (the caller answers 503 and
 * the client retries), as opposed to a bug. Decided by the error's class and, for a Redis reply, by its error
 * code at the start of the message only: a bug whose message happens to contain "loading" stays a bug (500,
 * logged with its stack).
 */
export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (isA(error, RedisUnavailableError)) return true;
  if (isA(error, ReplyError)) return UNAVAILABLE_REPLY_CODES.has(error.message.split(' ', 1)[0] ?? '');
  // AbortError (commands flushed when the connection dropped), MaxRetriesPerRequestError, InterruptError.
  if (isA(error, RedisError)) return error.name !== 'ParserError';
  if (Object.getPrototypeOf(error) === Error.prototype && IOREDIS_CONNECTION_MESSAGES.has(error.message)) return true;
  const { code, syscall } = error as { code?: unknown; syscall?: unknown };
  return typeof syscall === 'string' && typeof code === 'string' && SOCKET_ERROR_CODES.has(code);
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
