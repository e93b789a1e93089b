import { randomUUID } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { NotFoundError, UnauthorizedError, UnsupportedMediaTypeError } from '../errors/app-errors';
import type { Role } from '../domain';
import type { HttpMetrics } from '../observability/metrics';
import { CSRF_HEADER, type SessionService } from '../sessions/session-service';
import { requireRole, type ApiKeyAuthenticator, type Principal } from './auth';
import { consoleAssets } from './console-assets';
import { toErrorResponse, type ErrorFormat } from './error-mapper';
import type { RateLimitName, Route } from './route';

export const BODY_LIMIT_BYTES = 32 * 1024;

/**
 * The security headers a JSON API needs (OWASP REST Security Cheat Sheet): nothing may frame, sniff or run a
 * response, and HTTPS sticks. Helmet's other headers govern HTML documents (cross-origin isolation, referrers,
 * DNS prefetch, IE downloads, Flash policies); each costs a header on every response and protects nothing
 * here. Cache-Control: no-store is set below.
 */
const API_SECURITY_HEADERS: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  strictTransportSecurity: true,
  xContentTypeOptions: true,
  xFrameOptions: { action: 'deny' },
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  referrerPolicy: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xPoweredBy: false,
  xXssProtection: false,
};

interface Locals {
  principal?: Principal;
  requestId: string;
  /** Google's error shape on the Perspective-compatible routes. */
  errorFormat?: ErrorFormat;
}

function locals(res: Response): Locals {
  return res.locals as Locals;
}

/**
 * The Express adapter: request ids, logging without bodies, authentication and the route table. Handlers
 * never see Express; errors of every kind go through the one error mapper.
 */
export interface HttpAppDeps {
  routes: Route[];
  authenticator: ApiKeyAuthenticator;
  logger: Logger;
  /** Run after authentication and body parsing on routes marked with that `rateLimit`. */
  rateLimiters?: Partial<Record<RateLimitName, RequestHandler[]>>;
  /** Browser origins allowed to call the API (comment widgets); none by default. */
  corsOrigins?: string[];
  /** Console sessions: a session cookie (plus its CSRF token on state-changing requests) counts as its key. */
  sessions?: SessionService;
  /** The console's built assets, served at `/ui`. */
  consoleAssetsDir?: string;
  /** Request durations by route-table route. */
  metrics?: HttpMetrics;
  /** Sub-applications outside the route table (bull-board), behind the same authentication. */
  mounts?: Mount[];
}

/** A sub-application mounted at `path` for the given roles; it is built per role (e.g. read-only for dashboards). */
export interface Mount {
  path: string;
  access: readonly Role[];
  handlerFor: (principal: Principal) => RequestHandler;
  /** Where a browser without a session is sent (303) instead of a 401. */
  signInPage?: string;
}

export function createHttpApp(deps: HttpAppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.set('query parser', 'simple');
  // Responses are never cached (Cache-Control: no-store), so hashing each body for an ETag is wasted work.
  app.set('etag', false);
  app.use(helmet(API_SECURITY_HEADERS));
  const allowed = new Set(deps.corsOrigins ?? []);
  // Without allowed origins there is nothing for CORS to answer: browsers get no CORS headers either way.
  if (allowed.size > 0) {
    app.use(
      cors({
        origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
        methods: ['GET', 'POST', 'DELETE'],
        allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
        exposedHeaders: ['Location', 'X-Request-Id', 'Retry-After', 'RateLimit', 'RateLimit-Policy'],
        maxAge: 600,
      }),
    );
  }

  app.use((req, res, next) => {
    const given = req.get('x-request-id');
    const requestId = given !== undefined && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
    locals(res).requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  // Successful requests are logged at debug only, so the listener that times them is attached only when debug
  // is on; failures are logged by the error handler below. Method, route and status only: never bodies, query
  // strings or headers (keys, comment text). (pino-http cost half the intake throughput.)
  if (deps.logger.isLevelEnabled('debug')) {
    app.use((req, res, next) => {
      const startedAt = performance.now();
      res.once('finish', () => {
        if (res.statusCode >= 400 || req.path === '/healthz' || req.path === '/readyz') return;
        deps.logger.debug({ reqId: locals(res).requestId, method: req.method, path: req.path, statusCode: res.statusCode, ms: Math.round(performance.now() - startedAt) }, 'request completed');
      });
      next();
    });
  }

  const verifyUtf8 = (_req: unknown, _res: unknown, buffer: Buffer): void => {
    if (!isUtf8(buffer)) throw Object.assign(new Error('body is not valid UTF-8'), { status: 400, type: 'entity.verify.failed' });
  };
  const JSON_TYPES = ['application/json', 'application/*+json'];
  const jsonBody = express.json({ limit: BODY_LIMIT_BYTES, strict: true, type: JSON_TYPES, verify: verifyUtf8 });
  const bodyParser = (route: Route): RequestHandler => {
    const limit = route.bodyLimitBytes ?? BODY_LIMIT_BYTES;
    if (route.rawBody === true) return express.raw({ limit, type: JSON_TYPES, verify: verifyUtf8 });
    return limit === BODY_LIMIT_BYTES ? jsonBody : express.json({ limit, strict: true, type: JSON_TYPES, verify: verifyUtf8 });
  };

  const requireJson: RequestHandler = (req, _res, next) => {
    const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
    if (!hasBody) {
      next();
      return;
    }
    if (!req.is(['application/json', 'application/*+json'])) {
      next(new UnsupportedMediaTypeError(`send the body as application/json (got ${req.get('content-type') ?? 'no Content-Type'})`));
      return;
    }
    const charset = /charset=([^;]+)/i.exec(req.get('content-type') ?? '')?.[1]?.trim().toLowerCase().replace(/"/g, '');
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      next(new UnsupportedMediaTypeError(`send the body as UTF-8 JSON (got charset ${charset})`));
      return;
    }
    next();
  };

  /** A Bearer key when one is sent, else the console's session cookie, else the Bearer error (401). */
  const principalOf = async (req: Request, options: { sameOriginSuffices: boolean } = { sameOriginSuffices: false }): Promise<Principal> => {
    const authorization = req.get('authorization');
    if (authorization === undefined && deps.sessions !== undefined) {
      const fromSession = await deps.sessions.authenticate({
        cookieHeader: req.headers.cookie,
        method: req.method,
        csrfToken: req.get(CSRF_HEADER),
        // Browsers send Sec-Fetch-Site on every request and scripts cannot forge it.
        sameOrigin: options.sameOriginSuffices && req.get('sec-fetch-site') === 'same-origin',
      });
      if (fromSession !== null) return fromSession;
    }
    return deps.authenticator.authenticate(authorization);
  };

  const authenticate = (route: Route): RequestHandler => (req, res, next) => {
    const { access } = route;
    if (access === 'public' || access === 'signature') {
      next();
      return;
    }
    const accept = (principal: Principal): void => {
      requireRole(principal, access);
      locals(res).principal = principal;
      next();
    };
    // Perspective's clients (Coral among them) send the key as ?key=; never logged (only req.path is).
    const queryKey = route.perspective === true && typeof req.query.key === 'string' ? req.query.key : undefined;
    if (queryKey !== undefined) return accept(deps.authenticator.authenticateKey(queryKey));
    // Programs send a Bearer key: checked synchronously, without the promise a session lookup needs (intake's hot path).
    const authorization = req.get('authorization');
    if (authorization !== undefined || deps.sessions === undefined) return accept(deps.authenticator.authenticate(authorization));
    return principalOf(req).then(accept);
  };

  if (deps.consoleAssetsDir !== undefined) app.use('/ui', consoleAssets({ dir: deps.consoleAssetsDir }));

  for (const mount of deps.mounts ?? []) {
    app.use(mount.path, async (req, res, next) => {
      // Mounted applications (bull-board's own page) cannot send our CSRF header; their requests must then
      // come from our own origin, which the SameSite=Strict cookie already all but guarantees.
      let principal: Principal;
      try {
        principal = await principalOf(req, { sameOriginSuffices: true });
      } catch (error) {
        // A browser opening the page without a session is sent to sign in first; programs get the 401.
        if (error instanceof UnauthorizedError && mount.signInPage !== undefined && req.method === 'GET' && req.get('authorization') === undefined && req.accepts(['json', 'html']) === 'html') {
          res.redirect(303, mount.signInPage);
          return;
        }
        throw error;
      }
      requireRole(principal, mount.access);
      locals(res).principal = principal;
      mount.handlerFor(principal)(req, res, next);
    });
  }

  const timeRequests = (metrics: HttpMetrics, route: Route): RequestHandler => (req, res, next) => {
    const startedAt = performance.now();
    res.once('finish', () => {
      metrics.observeRequest({ route: route.path, method: req.method, status: res.statusCode, durationSeconds: (performance.now() - startedAt) / 1000 });
    });
    next();
  };

  const googleErrors: RequestHandler = (_req, res, next) => {
    locals(res).errorFormat = 'google';
    next();
  };

  for (const route of deps.routes) {
    const chain: RequestHandler[] = [];
    if (deps.metrics !== undefined) chain.push(timeRequests(deps.metrics, route));
    if (route.perspective === true) chain.push(googleErrors);
    chain.push(authenticate(route));
    if (route.method === 'post' || route.method === 'put') chain.push(requireJson, bodyParser(route));
    if (route.rateLimit !== undefined) chain.push(...(deps.rateLimiters?.[route.rateLimit] ?? []));
    chain.push(async (req, res) => {
      const result = await route.handler({
        params: req.params as Record<string, string>,
        query: req.query as Record<string, unknown>,
        body: route.rawBody === true && !Buffer.isBuffer(req.body) ? Buffer.alloc(0) : req.body,
        headers: req.headers,
        principal: locals(res).principal ?? null,
        requestId: locals(res).requestId,
      });
      // Straight to Node's response: Express's res.json/res.send would look up JSON settings, content types,
      // ETag and freshness on every call, none of which apply (no ETags, no caching).
      res.statusCode = result.status;
      if (result.headers !== undefined) for (const [name, value] of Object.entries(result.headers)) res.setHeader(name, value);
      if (result.status === 204) {
        res.end();
        return;
      }
      // A handler that names its own Content-Type sends text as is (Prometheus's exposition format).
      if (typeof result.body === 'string' && result.headers?.['Content-Type'] !== undefined) {
        res.end(result.body);
        return;
      }
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(JSON.stringify(result.body));
    });
    // Express 5 reads `:name` as a parameter anywhere; Perspective's `comments:analyze` means a literal colon.
    app[route.method](route.path.replace(/([^/]):/g, '$1\\:'), ...chain);
  }

  app.use((req, _res, next) => {
    next(new NotFoundError(`no route for ${req.method} ${req.path}`));
  });

  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const response = toErrorResponse(error, locals(res).requestId, locals(res).errorFormat);
    // req.path carries no query string: Perspective's ?key= never reaches a log line.
    const line = { reqId: locals(res).requestId, method: req.method, path: req.path, statusCode: response.status };
    if (response.unexpected) {
      deps.logger.error({ ...line, err: error }, 'unexpected error');
    } else if (response.status === 503) {
      deps.logger.warn({ ...line, reason: error instanceof Error ? error.message : 'unknown' }, 'dependency unavailable');
    } else {
      deps.logger.info({ ...line, code: 'status' in response.body.error ? response.body.error.status : response.body.error.code }, 'request refused');
    }
    if (res.headersSent) return;
    res.set(response.headers).status(response.status).json(response.body);
  });

  return app;
}
