import type { Principal } from '../http/auth';

/** A signed-in browser: who it acts as and the token its state-changing requests must echo. */
export interface ConsoleSession {
  principal: Principal;
  csrfToken: string;
}

/** Where browser sessions live, by the secret session id the cookie carries. */
export interface SessionStore {
  create(id: string, session: ConsoleSession, ttlMs: number): Promise<void>;
  /** The session, its expiry pushed back by `ttlMs`; null when unknown or expired. */
  touch(id: string, ttlMs: number): Promise<ConsoleSession | null>;
  remove(id: string): Promise<void>;
}

/** In-memory {@link SessionStore} for unit tests. */
export class InMemorySessionStore implements SessionStore {
  private readonly sessions = new Map<string, { session: ConsoleSession; expiresAtMs: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async create(id: string, session: ConsoleSession, ttlMs: number): Promise<void> {
    this.sessions.set(id, { session, expiresAtMs: this.now() + ttlMs });
  }

  async touch(id: string, ttlMs: number): Promise<ConsoleSession | null> {
    const entry = this.sessions.get(id);
    if (entry === undefined || entry.expiresAtMs <= this.now()) return null;
    entry.expiresAtMs = this.now() + ttlMs;
    return entry.session;
  }

  async remove(id: string): Promise<void> {
    this.sessions.delete(id);
  }
}
