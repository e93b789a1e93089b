import type { Logger } from 'pino';
import type { Comment } from '../domain';
import type { DecisionMetrics } from '../observability/metrics';
import type { DecisionStatsEntry, DecisionStatsStore } from './decision-stats-store';

/** Where recorded decisions go: the statistics store always, the Prometheus metrics when the process has them. */
export interface DecisionRecorderDeps {
  stats: DecisionStatsStore;
  metrics?: DecisionMetrics;
  logger: Logger;
}

const FINAL = new Set(['approved', 'rejected']);

/**
 * Records decisions where they are made (the moderation and review services) for the Prometheus metrics and
 * the queue-health statistics. The decision is already stored when this runs: a failure to record is logged
 * and swallowed, never turned into a failed decision.
 */
export class DecisionRecorder {
  constructor(private readonly deps: DecisionRecorderDeps) {}

  /** Comments the pipeline just routed (approved, held or rejected). */
  async autoDecided(comments: readonly Comment[]): Promise<void> {
    const entries: DecisionStatsEntry[] = [];
    for (const comment of comments) {
      if (comment.decision === null) continue;
      const decidedAtMs = Date.parse(comment.decision.at);
      const sinceIntakeMs = decidedAtMs - Date.parse(comment.createdAt);
      this.deps.metrics?.observeDecision({
        status: comment.status,
        by: 'auto',
        language: comment.language ?? 'other',
        scorer: comment.scoring?.scorer ?? 'none',
        sinceIntakeSeconds: sinceIntakeMs / 1000,
      });
      entries.push({ by: 'auto', decidedAtMs, intakeToDecisionMs: FINAL.has(comment.status) ? sinceIntakeMs : null, holdToModeratorMs: null });
    }
    await this.store(entries);
  }

  /**
   * A moderator's decision on `before` (a held comment), or with `reversal` a change of an earlier final decision
   * (a reversal, a reported comment kept or removed, an appeal), which counts in throughput but not in latency.
   */
  async moderatorDecided(input: { before: Comment; after: Comment; moderator: string; reversal: boolean }): Promise<void> {
    const { before, after } = input;
    const decidedAtMs = after.decision === null ? Date.now() : Date.parse(after.decision.at);
    const sinceIntakeMs = decidedAtMs - Date.parse(after.createdAt);
    const heldAtMs = before.status === 'held' && before.decision !== null ? Date.parse(before.decision.at) : null;
    this.deps.metrics?.observeDecision({
      status: after.status,
      by: 'moderator',
      language: after.language ?? 'other',
      scorer: 'none',
      sinceIntakeSeconds: sinceIntakeMs / 1000,
    });
    await this.store([
      {
        by: 'moderator',
        moderator: input.moderator,
        decidedAtMs,
        intakeToDecisionMs: input.reversal ? null : sinceIntakeMs,
        holdToModeratorMs: input.reversal || heldAtMs === null ? null : decidedAtMs - heldAtMs,
      },
    ]);
  }

  private async store(entries: DecisionStatsEntry[]): Promise<void> {
    try {
      await this.deps.stats.record(entries);
    } catch (error) {
      this.deps.logger.warn({ reason: (error as Error).message, decisions: entries.length }, 'decision statistics not recorded');
    }
  }
}
