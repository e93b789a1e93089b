import type { Logger } from 'pino';
import type { Comment } from '../domain';
import type { ModeratorLabelStore } from './moderator-label-store';

/**
 * Keeps each moderator decision for calibration, after the decision itself is written. A label that cannot be
 * written is logged and lost to calibration; the moderator's decision stands either way.
 */
export class ModeratorLabelRecorder {
  constructor(private readonly deps: { store: ModeratorLabelStore; now: () => Date; logger: Logger }) {}

  async record(before: Comment, after: Comment): Promise<void> {
    const decision = after.decision;
    if (decision === null || (after.status !== 'approved' && after.status !== 'rejected')) return;
    const byMachine = before.decision?.by === 'auto' ? before.decision.status : null;
    try {
      await this.deps.store.record(
        {
          commentId: after.id,
          decision: after.status,
          from: before.status,
          autoStatus: byMachine,
          reversal: before.status !== 'held',
          language: after.language ?? 'other',
          articleId: after.articleId,
          scores: after.scores,
          scorer: after.scoring?.scorer ?? 'none',
          ...(after.shadow !== undefined && after.shadow.status !== 'error' ? { shadowScores: after.shadow.scores, shadowScorer: after.shadow.scorer } : {}),
          by: decision.by,
          at: decision.at,
        },
        this.deps.now().getTime(),
      );
    } catch (error) {
      this.deps.logger.warn({ commentId: after.id, reason: (error as Error).message }, 'moderator decision not kept for calibration');
    }
  }
}
