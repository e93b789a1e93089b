import type { IncomingHttpHeaders } from 'node:http';
import type { z } from 'zod';
import type { Role, Comment } from '../domain';
import { ValidationError } from '../errors/app-errors';

import { statementOfReasons, type StatementOfReasons } from '../review/statement-of-reasons';
import type { Principal } from './auth';

/** A request as handlers see it: never Express's req/res. */
export interface HandlerRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
  /** Parsed JSON; a Buffer of the raw bytes on `rawBody` routes. */
  body: unknown;
  headers: IncomingHttpHeaders;
  /** Null only on public routes. */
  principal: Principal | null;
  requestId: string;
}

export interface HandlerResponse {
  status: 200 | 201 | 202 | 204 | 503;
  body: unknown;
  headers?: Record<string, string>;
}

export type Handler = (request: HandlerRequest) => Promise<HandlerResponse>;

export interface Route {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  /**
   * Roles allowed; `public` routes need no key; `signature` routes need no key either, because their handler
   * verifies a signature over the raw body (Coral's webhooks).
   */
  access: readonly Role[] | 'public' | 'signature';
  handler: Handler;
  /** Rate limits per client key: `intake` (also per author) or `analyze`; `signIn` per client address. */
  rateLimit?: RateLimitName;
  /** Perspective's conventions: the key may also come as `?key=`, and errors are in Google's shape. */
  perspective?: true;
  /** The handler gets the body as the raw bytes (a Buffer), to verify a signature over exactly what was sent. */
  rawBody?: true;
  /** Largest body accepted; 32 KB unless given. */
  bodyLimitBytes?: number;
}

export type RateLimitName = 'intake' | 'analyze' | 'signIn';

/** Parses a part of the request with its schema; a failure is a 400 naming every bad field. */
export function parse<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'query' | 'params'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => {
    let path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') path = [path, ...issue.keys].filter((p) => p !== '').join('.');
    return { path: path === '' ? where : `${where === 'body' ? '' : `${where}.`}${path}`, message: issue.message };
  });
  const summary = details.map((d) => `${d.path}: ${d.message}`).join('; ');
  throw new ValidationError(`invalid ${where}: ${summary}`, details);
}

/** A comment as clients see it: without the submitting key's name, with a statement of reasons when rejected. */
export function commentView<T extends Comment>(comment: T): Omit<T, 'client'> & { statementOfReasons?: StatementOfReasons } {
  const { client: _client, ...view } = comment;
  const statement = statementOfReasons(comment);
  return statement === null ? view : { ...view, statementOfReasons: statement };
}
