import { MINUTES_KEPT, dayOf, minuteOf, type DecisionStatsEntry, type DecisionStatsReading, type DecisionStatsStore } from './decision-stats-store';

/** In-memory {@link DecisionStatsStore} for unit tests. */
export class InMemoryDecisionStatsStore implements DecisionStatsStore {
  readonly entries: DecisionStatsEntry[] = [];
  oldestPendingCreatedAtMs: number | null = null;

  async record(entries: readonly DecisionStatsEntry[]): Promise<void> {
    this.entries.unshift(...[...entries].reverse());
  }

  async read(nowMs: number): Promise<DecisionStatsReading> {
    const current = minuteOf(nowMs);
    const perMinute = (by: 'auto' | 'moderator'): number[] =>
      Array.from({ length: MINUTES_KEPT }, (_, i) => this.entries.filter((e) => e.by === by && minuteOf(e.decidedAtMs) === current - i).length);
    const moderatorsToday: Record<string, number> = {};
    for (const e of this.entries) {
      if (e.moderator !== undefined && dayOf(e.decidedAtMs) === dayOf(nowMs)) moderatorsToday[e.moderator] = (moderatorsToday[e.moderator] ?? 0) + 1;
    }
    return {
      perMinute: { auto: perMinute('auto'), moderator: perMinute('moderator') },
      intakeToDecision: this.entries.flatMap((e) => (e.intakeToDecisionMs === null ? [] : [{ atMs: e.decidedAtMs, ms: e.intakeToDecisionMs }])),
      holdToModerator: this.entries.flatMap((e) => (e.holdToModeratorMs === null ? [] : [{ atMs: e.decidedAtMs, ms: e.holdToModeratorMs }])),
      moderatorsToday,
      oldestPendingCreatedAtMs: this.oldestPendingCreatedAtMs,
    };
  }
}
