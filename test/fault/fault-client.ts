/**
 * What the fault tests do over HTTP against the API process: post comments, read stats and audit trails,
 * and check that every comment was decided exactly once. Loopback only; every wait has a deadline.
 */
import type { HistoryEntry } from '../../src/domain';
import type { QueueStats } from '../../src/queue/queue-stats-service';
import { DEV_KEYS } from '../support/service-harness';
import { waitFor } from '../support/wait-for';

export { DEV_KEYS };

export interface ClientResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** One request with a deadline; JSON bodies are parsed, anything else is kept as text. */
export async function call<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  options: { key?: string | null; json?: unknown; timeoutMs?: number } = {},
): Promise<ClientResponse<T>> {
  const headers: Record<string, string> = {};
  const key = options.key === undefined ? DEV_KEYS.moderator : options.key;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    ...(options.json === undefined ? {} : { body: JSON.stringify(options.json) }),
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: body as T };
}

/** A typical reader comment; `n` makes each one distinct. */
export function commentBody(n: number): { articleId: string; text: string; author: { id: string } } {
  const texts = [
    'Guter Artikel, danke für die sorgfältige Recherche.',
    'Je ne suis pas d’accord avec cette analyse, mais merci.',
    'Articolo interessante, speriamo che il Consiglio federale ascolti.',
    'This is a thoughtful piece on Swiss transit policy.',
    'Das ist doch völliger Unsinn, typisch für diese Zeitung.',
  ];
  return { articleId: `article-${n % 17}`, text: `${texts[n % texts.length] ?? ''} (#${n})`, author: { id: `reader-${n % 101}` } };
}

export type PostResult = { status: number; id?: string } | { status: 'network_error'; message: string };

/** Posts one comment; a network failure is reported, not thrown. */
export async function postComment(baseUrl: string, n: number, timeoutMs = 10_000): Promise<PostResult> {
  try {
    const response = await call<{ id?: string }>(baseUrl, 'POST', '/v1/comments', { key: DEV_KEYS.intake, json: commentBody(n), timeoutMs });
    return response.body !== null && typeof response.body === 'object' && typeof response.body.id === 'string'
      ? { status: response.status, id: response.body.id }
      : { status: response.status };
  } catch (error) {
    return { status: 'network_error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs `task(i)` for i in 0..count-1 with at most `concurrency` at once; results in index order. */
export async function pool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (next < count) {
      const i = next;
      next += 1;
      results[i] = await task(i);
    }
  });
  await Promise.all(lanes);
  return results;
}

export async function queueStats(baseUrl: string): Promise<QueueStats> {
  const response = await call<QueueStats>(baseUrl, 'GET', '/v1/queue/stats', { key: DEV_KEYS.dashboard });
  if (response.status !== 200) throw new Error(`GET /v1/queue/stats answered ${response.status}`);
  return response.body;
}

export function decidedCount(stats: QueueStats): number {
  return stats.comments.approved + stats.comments.held + stats.comments.rejected;
}

/** Waits until no comment is pending and the queue has nothing waiting, active or delayed. */
export async function waitUntilAllDecided(baseUrl: string, options: { timeoutMs: number; what: string }): Promise<QueueStats> {
  return waitFor(
    async () => {
      const stats = await queueStats(baseUrl);
      const idle = stats.comments.pending === 0 && stats.queue.waiting + stats.queue.active + stats.queue.delayed === 0;
      return idle ? stats : undefined;
    },
    { timeoutMs: options.timeoutMs, intervalMs: 250, what: options.what },
  );
}

const DECIDED = new Set(['approved', 'held', 'rejected']);

/** What the audit trail says about one comment: how often it was submitted and how often decided from pending. */
export interface TrailSummary {
  id: string;
  submitted: number;
  decidedFromPending: number;
}

export async function trailOf(baseUrl: string, id: string): Promise<TrailSummary> {
  const response = await call<{ history: HistoryEntry[] }>(baseUrl, 'GET', `/v1/comments/${id}/history`);
  if (response.status !== 200) throw new Error(`GET /v1/comments/${id}/history answered ${response.status}`);
  const history = response.body.history;
  return {
    id,
    submitted: history.filter((entry) => entry.from === null && entry.to === 'pending').length,
    decidedFromPending: history.filter((entry) => entry.from === 'pending' && DECIDED.has(entry.to)).length,
  };
}

/** The trails of every id that were not exactly one submission and one pending → decided transition. */
export async function trailsNotDecidedOnce(baseUrl: string, ids: readonly string[]): Promise<TrailSummary[]> {
  const trails = await pool(ids.length, 16, (i) => trailOf(baseUrl, ids[i] as string));
  return trails.filter((trail) => trail.submitted !== 1 || trail.decidedFromPending !== 1);
}
