import type { Comment, CommentStatus } from '../domain';
import type { Claim, ConflictReason } from '../comments/comment-store';
import { ConflictError, NotFoundError } from '../errors/app-errors';
import { isRedisUnavailable } from '../errors/redis-errors';

/** What a store answers to a moderator's change of a comment (held, reported or appealed). */
export type DecisionOutcome =
  | { outcome: 'decided'; comment: Comment }
  | { outcome: 'conflict'; reason: ConflictReason; claim: Claim | null; comment: Comment }
  | { outcome: 'missing' };

/**
 * The decided comment, or the error a moderator sees: 404 for a comment that does not exist, 409 naming why the
 * change was refused (someone else's claim, a stale version, or a state the decision cannot change) with the
 * comment's current state in the details, so a console can refresh the row.
 * @param refusedState how to say that the comment's state does not allow this decision, after "is <status>".
 */
export function decidedOrThrow(id: string, outcome: DecisionOutcome, refusedState: string): Comment {
  if (outcome.outcome === 'missing') throw new NotFoundError(`comment ${id} does not exist`);
  if (outcome.outcome === 'conflict') {
    const { reason, claim, comment } = outcome;
    const why =
      reason === 'claimed'
        ? `is claimed by ${claim?.moderator}`
        : reason === 'version'
          ? `changed since you saw it (now version ${comment.version}, ${comment.status})`
          : `is ${comment.status}${refusedState}`;
    throw new ConflictError(`comment ${id} ${why}`, conflictDetails(reason, comment, claim));
  }
  return outcome.comment;
}

/** The details of a 409 about a comment: its current state and claim, so that a client can show and refresh it. */
export function conflictDetails(reason: string, comment: Comment, claim: Claim | null): Record<string, unknown> {
  return { reason, status: comment.status, version: comment.version, decision: comment.decision, claim };
}

/** One comment's answer in a bulk decision (held, reported or appealed comments). */
export type BulkResult =
  | { id: string; result: 'done'; status: CommentStatus; version: number }
  | { id: string; result: 'conflict'; reason: string; status: CommentStatus; version: number; claim: Claim | null }
  | { id: string; result: 'not_found' }
  /** Redis could not be reached: this decision was not made (nor any after it in the request); send it again. */
  | { id: string; result: 'unavailable' };

/** A store's answer as a bulk decision reports it. */
export function bulkResultOf(id: string, outcome: DecisionOutcome): BulkResult {
  if (outcome.outcome === 'missing') return { id, result: 'not_found' };
  if (outcome.outcome === 'decided') return { id, result: 'done', status: outcome.comment.status, version: outcome.comment.version };
  return { id, result: 'conflict', reason: outcome.reason, status: outcome.comment.status, version: outcome.comment.version, claim: outcome.claim };
}

/**
 * Decides the items of a bulk request one after the other, each answered on its own. When Redis goes away, a
 * request with nothing decided yet fails as a whole (503); otherwise the decisions already made stay made and
 * are reported, and the rest are answered `unavailable` without being attempted, so that resending those is exact.
 */
export async function decideEach<T extends { id: string }>(items: readonly T[], decide: (item: T) => Promise<BulkResult>): Promise<BulkResult[]> {
  const results: BulkResult[] = [];
  for (const [index, item] of items.entries()) {
    try {
      results.push(await decide(item));
    } catch (error) {
      if (!isRedisUnavailable(error) || index === 0) throw error;
      for (const rest of items.slice(index)) results.push({ id: rest.id, result: 'unavailable' });
      break;
    }
  }
  return results;
}
