import { randomBytes, timingSafeEqual } from 'node:crypto';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { Role } from '../domain';
import { ForbiddenError, UnauthorizedError } from '../errors/app-errors';
import type { ApiKeyAuthenticator, Principal } from '../http/auth';
import type { ConsoleSession, SessionStore } from './session-store';

export const SESSION_COOKIE = 'moderation_session';
export const CSRF_HEADER = 'x-csrf-token';

/** Roles that may sign in to the console: intake and analyze keys belong to programs, not people. */
export const CONSOLE_ROLES: readonly Role[] = ['moderator', 'dashboard'];

/** What the session service needs: where sessions live, how keys are checked, and the cookie's terms. */
export interface SessionServiceDeps {
  store: SessionStore;
  authenticator: ApiKeyAuthenticator;
  ttlMs: number;
  cookieSecure: boolean;
}

/** What a signed-in page learns about its session; the id itself stays in the HttpOnly cookie. */
export interface SessionView {
  role: Role;
  name: string;
  csrfToken: string;
}

/**
 * Browser sessions for the console: an API key is exchanged once for a random session id in an HttpOnly,
 * SameSite=Strict cookie; state-changing requests must also echo the session's CSRF token in a header.
 */
export class SessionService {
  constructor(private readonly deps: SessionServiceDeps) {}

  /** A new session for the key; the session the browser held before (`previousCookieHeader`) ends. */
  async signIn(apiKey: string, previousCookieHeader?: string): Promise<{ view: SessionView; cookie: string }> {
    const principal = this.deps.authenticator.authenticateKey(apiKey);
    if (!CONSOLE_ROLES.includes(principal.role)) {
      throw new ForbiddenError(`the console is for moderator and dashboard keys; the key "${principal.name}" has ${principal.role}`);
    }
    const previous = sessionIdOf(previousCookieHeader);
    if (previous !== undefined) await this.deps.store.remove(previous);
    const id = randomBytes(32).toString('base64url');
    const session: ConsoleSession = { principal, csrfToken: randomBytes(32).toString('base64url') };
    await this.deps.store.create(id, session, this.deps.ttlMs);
    return { view: viewOf(session), cookie: this.cookie(id) };
  }

  /** Ends the session the cookie names (if any) and returns the cookie that clears it in the browser. */
  async signOut(cookieHeader: string | undefined): Promise<string> {
    const id = sessionIdOf(cookieHeader);
    if (id !== undefined) await this.deps.store.remove(id);
    return this.cookie('', { clear: true });
  }

  /** The session a request's cookie names; null when it carries none. Unknown or expired sessions are a 401. */
  async session(cookieHeader: string | undefined): Promise<ConsoleSession | null> {
    const id = sessionIdOf(cookieHeader);
    if (id === undefined) return null;
    const session = await this.deps.store.touch(id, this.deps.ttlMs);
    if (session === null) throw new UnauthorizedError('your console session has ended: sign in again');
    return session;
  }

  /**
   * The principal of a cookie-authenticated request, or null when the request has no session cookie. Requests
   * that may change state must carry the session's CSRF token: a cookie alone proves nothing about the page.
   */
  async authenticate(request: { cookieHeader: string | undefined; method: string; csrfToken: string | undefined; sameOrigin?: boolean }): Promise<Principal | null> {
    const session = await this.session(request.cookieHeader);
    if (session === null) return null;
    if (!SAFE_METHODS.has(request.method.toUpperCase()) && request.sameOrigin !== true && !sameToken(session.csrfToken, request.csrfToken)) {
      throw new ForbiddenError(`missing or wrong ${CSRF_HEADER} header: state-changing requests from the console must send the session's CSRF token`);
    }
    return session.principal;
  }

  /**
   * A browser-session cookie (no Max-Age: gone when the browser closes); how long the session lasts is the
   * server's sliding expiry alone, so an active moderator is never signed out by the cookie.
   */
  private cookie(value: string, options: { clear: boolean } = { clear: false }): string {
    return serializeCookie(SESSION_COOKIE, value, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.deps.cookieSecure,
      path: '/',
      ...(options.clear ? { maxAge: 0 } : {}),
    });
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function viewOf(session: ConsoleSession): SessionView {
  return { role: session.principal.role, name: session.principal.name, csrfToken: session.csrfToken };
}

function sessionIdOf(cookieHeader: string | undefined): string | undefined {
  if (cookieHeader === undefined) return undefined;
  const id = parseCookies(cookieHeader)[SESSION_COOKIE];
  return id === undefined || id === '' ? undefined : id;
}

function sameToken(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
