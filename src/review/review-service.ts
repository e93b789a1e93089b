import type { Comment } from '../comments/comment';
import type { CommentStore, Page } from '../comments/comment-store';
import { ConflictError, NotFoundError } from '../errors/app-errors';

export interface ModeratorDecisionInput {
  decision: 'approve' | 'reject';
  note?: string;
}

export interface ReviewServiceDeps {
  store: CommentStore;
  now: () => Date;
}

/** What moderators do: list held comments and decide them. */
export class ReviewService {
  constructor(private readonly deps: ReviewServiceDeps) {}

  listHeld(query: { articleId?: string; limit: number; cursor?: string }): Promise<Page<Comment>> {
    return this.deps.store.listHeld(query);
  }

  /** Decides a held comment. A comment that is not held (any more) is a conflict, never a silent overwrite. */
  async decide(id: string, moderator: string, input: ModeratorDecisionInput): Promise<Comment> {
    const status = input.decision === 'approve' ? 'approved' : 'rejected';
    const at = this.deps.now().toISOString();
    const reason: { rule: string; note?: string } = { rule: 'moderator' };
    if (input.note !== undefined) reason.note = input.note;
    const outcome = await this.deps.store.decideByModerator(id, {
      status,
      from: ['held'],
      decision: { by: moderator, status, reasons: [reason], at },
    });
    if (outcome.outcome === 'missing') throw new NotFoundError(`comment ${id} does not exist`);
    if (outcome.outcome === 'conflict') {
      throw new ConflictError(`comment ${id} is ${outcome.comment.status}, not held`, {
        status: outcome.comment.status,
        version: outcome.comment.version,
        decision: outcome.comment.decision,
      });
    }
    return outcome.comment;
  }
}
