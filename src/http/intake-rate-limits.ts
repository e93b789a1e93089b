import type { RequestHandler } from 'express';
import { rateLimit, type IncrementResponse, type Options } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { RateLimitedError } from '../errors/app-errors';

/**
 * rate-limit-redis keeps the promise of its script load, and loads again only on NOSCRIPT: one load that
 * fails (Redis restarting just as the script is reloaded) would fail every later request until the API is
 * restarted. This store loads the script again after a failed load.
 */
export class ReloadingRedisStore extends RedisStore {
  override async increment(key: string): Promise<IncrementResponse> {
    const loadFailed = await this.incrementScriptSha.then(
      () => false,
      () => true,
    );
    if (loadFailed) this.incrementScriptSha = this.loadIncrementScript();
    return super.increment(key);
  }
}

interface Locals {
  principal?: { name: string };
}

interface LimiterDeps {
  redis: Redis;
  keyPrefix: string;
}

type KeyOf = (req: Parameters<RequestHandler>[0], locals: Locals) => string | undefined;

/** One fixed-window limit per minute, counted in Redis under `<prefix>:rl:<name>:`; over it, a RateLimitedError. */
function perMinuteLimiter(deps: LimiterDeps, limiter: { name: string; perMinute: number; key: KeyOf; refusal: string }): RequestHandler {
  const { name, perMinute: limit, key, refusal } = limiter;
  const options: Partial<Options> = {
    windowMs: 60_000,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    store: new ReloadingRedisStore({
      prefix: `${deps.keyPrefix}:rl:${name}:`,
      sendCommand: (command: string, ...args: string[]) => deps.redis.call(command, ...args) as Promise<RedisReply>,
    }),
    // Our keys are API key names and author ids, never IP addresses.
    validate: { ip: false, keyGeneratorIpFallback: false },
    keyGenerator: (req, res) => key(req, res.locals as Locals) ?? '',
    skip: (req, res) => key(req, res.locals as Locals) === undefined,
    handler: (_req, res, next) => {
      const reset = (res.getHeader('RateLimit') as string | undefined)?.match(/reset=(\d+)/)?.[1];
      next(new RateLimitedError(refusal, Number(reset ?? 60)));
    },
  };
  return rateLimit(options);
}

/**
 * Intake limits per client key and per author, counted in Redis so that every API process shares them.
 * Over the limit: 429 with Retry-After, through the one error mapper.
 */
export function intakeRateLimits(deps: LimiterDeps & { perKeyPerMinute: number; perAuthorPerMinute: number }): RequestHandler[] {
  const limiters: RequestHandler[] = [];
  if (deps.perKeyPerMinute > 0) {
    limiters.push(perMinuteLimiter(deps, { name: 'key', perMinute: deps.perKeyPerMinute, key: (_req, locals) => locals.principal?.name, refusal: 'too many comments from this client; retry later' }));
  }
  if (deps.perAuthorPerMinute > 0) {
    limiters.push(
      perMinuteLimiter(deps, {
        name: 'author',
        perMinute: deps.perAuthorPerMinute,
        key: (req, locals) => {
          const given = (req.body as { author?: { id?: unknown } } | undefined)?.author?.id;
          // Trimmed as the schema stores it: " alice" is alice, not a way around her limit.
          const author = typeof given === 'string' ? given.trim() : '';
          return author.length > 0 && author.length <= 200 ? `${locals.principal?.name ?? ''}:${author}` : undefined;
        },
        refusal: 'too many comments from this author; retry later',
      }),
    );
  }
  return limiters;
}

/** The Perspective-compatible API's quota: analyze requests per minute per API key (Google's wording on refusal). */
export function analyzeRateLimits(deps: LimiterDeps & { perKeyPerMinute: number }): RequestHandler[] {
  if (deps.perKeyPerMinute <= 0) return [];
  const refusal = `Quota exceeded for quota metric 'Analysis requests (AnalyzeComment)' and limit 'Analysis requests (AnalyzeComment) per minute' (${deps.perKeyPerMinute} per API key).`;
  return [perMinuteLimiter(deps, { name: 'analyze', perMinute: deps.perKeyPerMinute, key: (_req, locals) => locals.principal?.name, refusal })];
}

/**
 * Console sign-ins per client address: each attempt tests an API key, so guessing is slowed down. Counted per
 * TCP peer (`trust proxy` is off): behind a reverse proxy every browser shares the proxy's budget.
 */
export function signInRateLimits(deps: LimiterDeps & { perMinute: number }): RequestHandler[] {
  if (deps.perMinute <= 0) return [];
  return [
    perMinuteLimiter(deps, {
      name: 'signin',
      perMinute: deps.perMinute,
      key: (req) => req.socket.remoteAddress ?? 'unknown',
      refusal: 'too many sign-in attempts from this address; retry later',
    }),
  ];
}
