import type { Comment } from '../domain';
import type { Claim, ConflictReason } from '../comments/comment-store';
import { ConflictError, NotFoundError } from '../errors/app-errors';

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
