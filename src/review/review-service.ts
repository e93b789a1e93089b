import type { Comment, CommentStatus, Decision, DecisionReason } from '../domain';
import type { Claim, ClaimOutcome, CommentStore, HeldComment, ListHeldQuery, ModeratorDecisionOutcome, Page } from '../comments/comment-store';
import { ConflictError, NotFoundError } from '../errors/app-errors';
import { decisionEvent } from '../webhooks/decision-event';
import type { DecisionRecorder } from '../stats/decision-recorder';
import { bulkResultOf, conflictDetails, decideEach, decidedOrThrow, type BulkResult } from './decision-outcome';
import type { ReasonCode } from './statement-of-reasons';

export interface ModeratorDecisionInput {
  decision: 'approve' | 'reject';
  reasonCode?: ReasonCode;
  note?: string;
  /** The version the moderator saw; a changed comment is a conflict. */
  version?: number;
}


export interface ReviewServiceDeps {
  store: CommentStore;
  now: () => Date;
  claimLeaseMs: number;
  /** Keeps each decision made here for threshold calibration (src/calibration); never fails a decision. */
  labels?: { record(before: Comment, after: Comment): Promise<void> };
  /** Claims comments of the other review queues (reported, appealed); null when the comment is on none of them. */
  otherQueues?: { claim(id: string, moderator: string): Promise<ClaimOutcome | null> };
  /** Told of every decision made here (metrics, queue-health statistics). */
  recorder?: DecisionRecorder;
}

/** What moderators do: list held comments, claim them, decide them (alone or in bulk), reverse decisions. */
export class ReviewService {
  constructor(private readonly deps: ReviewServiceDeps) {}

  listHeld(query: Omit<ListHeldQuery, 'nowMs'>): Promise<Page<HeldComment>> {
    return this.deps.store.listHeld({ ...query, nowMs: this.deps.now().getTime() });
  }

  async claim(id: string, moderator: string): Promise<{ comment: Comment; claim: Claim }> {
    let outcome = await this.deps.store.claim(id, moderator, this.deps.claimLeaseMs);
    if (outcome.outcome === 'conflict' && outcome.reason === 'status') outcome = (await this.deps.otherQueues?.claim(id, moderator)) ?? outcome;
    if (outcome.outcome === 'missing') throw new NotFoundError(`comment ${id} does not exist`);
    if (outcome.outcome === 'conflict') {
      const why = outcome.reason === 'claimed' ? `is claimed by ${outcome.claim?.moderator} until ${outcome.claim?.expiresAt}` : `is ${outcome.comment.status}, and neither held nor on the reported or appealed queue`;
      throw new ConflictError(`comment ${id} ${why}`, conflictDetails(outcome.reason, outcome.comment, outcome.claim));
    }
    return { comment: outcome.comment, claim: outcome.claim };
  }

  /** Gives a claim back. Idempotent: a claim already released or expired is fine; someone else's is a 409. */
  async release(id: string, moderator: string): Promise<void> {
    if (await this.deps.store.release(id, moderator)) return;
    const comment = await this.deps.store.get(id);
    if (comment === null) throw new NotFoundError(`comment ${id} does not exist`);
    const claim = await this.deps.store.getClaim(id);
    if (claim === null) return;
    throw new ConflictError(`comment ${id} is claimed by ${claim.moderator}, not by ${moderator}`, conflictDetails('claimed', comment, claim));
  }

  /** Decides a held comment. Not held, claimed by someone else, or changed since `version`: 409, never an overwrite. */
  async decide(id: string, moderator: string, input: ModeratorDecisionInput): Promise<Comment> {
    return decidedOrThrow(id, await this.apply(id, moderator, input, ['held']), ', which this decision cannot change');
  }

  /**
   * Reverses a decision: an approved comment reported later, a rejected one on appeal. The machine never
   * decides again after this.
   */
  async reverse(id: string, moderator: string, input: ModeratorDecisionInput): Promise<Comment> {
    const from: CommentStatus[] = input.decision === 'approve' ? ['rejected'] : ['approved'];
    return decidedOrThrow(id, await this.apply(id, moderator, input, from, 'moderator.reversal'), ', which this decision cannot change');
  }

  /** Decides up to 100 held comments; answers per comment. */
  async decideMany(moderator: string, items: (ModeratorDecisionInput & { id: string })[]): Promise<BulkResult[]> {
    return decideEach(items, async (item) => bulkResultOf(item.id, await this.apply(item.id, moderator, item, ['held'])));
  }

  private async apply(id: string, moderator: string, input: ModeratorDecisionInput, from: CommentStatus[], rule = 'moderator'): Promise<ModeratorDecisionOutcome> {
    const status = input.decision === 'approve' ? 'approved' : 'rejected';
    const reason: DecisionReason = { rule };
    // A rejection always carries a reason code, for the statement of reasons.
    const code = input.reasonCode ?? (status === 'rejected' ? 'other' : undefined);
    if (code !== undefined) reason.code = code;
    if (input.note !== undefined) reason.note = input.note;
    const decision: Decision = { by: moderator, status, reasons: [reason], at: this.deps.now().toISOString() };
    const current = await this.deps.store.get(id);
    if (current === null) return { outcome: 'missing' };
    const outcome = await this.deps.store.decideByModerator(current, {
      status,
      from,
      moderator,
      decision,
      // Always: whether an event is kept must not depend on which process decided (the store decides, see webhook-delivery.ts).
      event: JSON.stringify(decisionEvent(current, decision)),
      ...(input.version === undefined ? {} : { expectedVersion: input.version }),
    });
    if (outcome.outcome === 'decided') await this.deps.recorder?.moderatorDecided({ before: current, after: outcome.comment, moderator, reversal: rule !== 'moderator' });
    if (outcome.outcome === 'decided') await this.deps.labels?.record(current, outcome.comment);
    return outcome;
  }
}
