import { UnauthorizedError } from '../../errors/app-errors';
import { viewOf, type SessionService } from '../../sessions/session-service';
import { parse, type Handler } from '../route';
import { signInSchema } from '../schemas';

/** Exchanges a moderator or dashboard key for a session cookie; the page keeps only the CSRF token. */
export function signIn(deps: { sessions: SessionService }): Handler {
  return async (request) => {
    const { apiKey } = parse(signInSchema, request.body, 'body');
    const { view, cookie } = await deps.sessions.signIn(apiKey, request.headers.cookie);
    return { status: 201, body: view, headers: { 'Set-Cookie': cookie } };
  };
}

/** Who the page is signed in as, and its CSRF token (the page asks on every load). */
export function currentSession(deps: { sessions: SessionService }): Handler {
  return async (request) => {
    const session = await deps.sessions.session(request.headers.cookie);
    if (session === null) throw new UnauthorizedError('not signed in to the console');
    return { status: 200, body: viewOf(session) };
  };
}

export function signOut(deps: { sessions: SessionService }): Handler {
  return async (request) => {
    const cookie = await deps.sessions.signOut(request.headers.cookie);
    return { status: 204, body: null, headers: { 'Set-Cookie': cookie } };
  };
}
