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

/**
 * Intake limits per client key and per author, counted in Redis so that every API process shares them.
 * Over the limit: 429 with Retry-After, through the one error mapper.
 */
export function intakeRateLimits(deps: { redis: Redis; keyPrefix: string; perKeyPerMinute: number; perAuthorPerMinute: number }): RequestHandler[] {
  const make = (name: string, limit: number, key: (req: Parameters<RequestHandler>[0], locals: Locals) => string | undefined): RequestHandler => {
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
        next(new RateLimitedError(`too many comments ${name === 'key' ? 'from this client' : 'from this author'}; retry later`, Number(reset ?? 60)));
      },
    };
    return rateLimit(options);
  };
  const limiters: RequestHandler[] = [];
  if (deps.perKeyPerMinute > 0) limiters.push(make('key', deps.perKeyPerMinute, (_req, locals) => locals.principal?.name));
  if (deps.perAuthorPerMinute > 0) {
    limiters.push(
      make('author', deps.perAuthorPerMinute, (req, locals) => {
        const given = (req.body as { author?: { id?: unknown } } | undefined)?.author?.id;
        // Trimmed as the schema stores it: " alice" is alice, not a way around her limit.
        const author = typeof given === 'string' ? given.trim() : '';
        return author.length > 0 && author.length <= 200 ? `${locals.principal?.name ?? ''}:${author}` : undefined;
      }),
    );
  }
  return limiters;
}
