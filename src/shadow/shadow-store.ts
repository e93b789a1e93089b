import type { DecidedStatus, Language, ShadowVerdict } from '../domain';

/** How a shadow run ended, as counted: it decided, ran out of time, failed, or was skipped (too many in flight). */
export type ShadowOutcome = 'ok' | 'timeout' | 'error' | 'skipped';
export const SHADOW_OUTCOMES: readonly ShadowOutcome[] = ['ok', 'timeout', 'error', 'skipped'];

/** What the report needs of one comment: both verdicts, where it was published, its language. */
export interface ShadowSummary {
  commentId: string;
  live: DecidedStatus;
  shadow: DecidedStatus | 'error';
  language: Language;
  articleId: string;
  /** The live (automatic) decision's time, ms. */
  decidedAtMs: number;
}

/** Where shadow verdicts go: on the comment, and as summaries in a time-ordered index with retention. */
export interface ShadowStore {
  /** Returns false when the comment no longer exists (nothing but the outcome was recorded). */
  record(entry: { summary: ShadowSummary; verdict: ShadowVerdict; outcome: ShadowOutcome; nowMs: number }): Promise<boolean>;
  /**
   * The newest summaries decided at or after `sinceMs`, at most `maxScan` of them; `truncated` when more exist.
   */
  recent(query: { sinceMs: number; maxScan: number }): Promise<{ summaries: ShadowSummary[]; truncated: boolean }>;
  /** How many shadow runs ended in each way, since the counters were created. */
  outcomes(): Promise<Record<ShadowOutcome, number>>;
}

/** The in-memory fake, for unit tests. */
export class InMemoryShadowStore implements ShadowStore {
  readonly verdicts = new Map<string, { summary: ShadowSummary; verdict: ShadowVerdict }>();
  readonly counts: Record<ShadowOutcome, number> = { ok: 0, timeout: 0, error: 0, skipped: 0 };

  async record(entry: { summary: ShadowSummary; verdict: ShadowVerdict; outcome: ShadowOutcome }): Promise<boolean> {
    this.counts[entry.outcome] += 1;
    this.verdicts.set(entry.summary.commentId, { summary: entry.summary, verdict: entry.verdict });
    return true;
  }

  async recent(query: { sinceMs: number; maxScan: number }): Promise<{ summaries: ShadowSummary[]; truncated: boolean }> {
    const all = [...this.verdicts.values()].map((v) => v.summary).filter((s) => s.decidedAtMs >= query.sinceMs).sort((a, b) => b.decidedAtMs - a.decidedAtMs);
    return { summaries: all.slice(0, query.maxScan), truncated: all.length > query.maxScan };
  }

  async outcomes(): Promise<Record<ShadowOutcome, number>> {
    return { ...this.counts };
  }
}
