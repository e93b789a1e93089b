import type { Language } from '../domain';
import type { ScoreResult } from '../scoring/scorer';

export interface ScorerFailure {
  scorer: string;
  kind: string;
  message: string;
}

/** What scoring a comment came to, as the moderation pipeline needs to know it. */
export type ScoringOutcome =
  | { outcome: 'scored'; result: ScoreResult; failures: ScorerFailure[] }
  /** No scorer could score and the failure policy says: hold it for a person. */
  | { outcome: 'unavailable'; failures: ScorerFailure[] }
  /** Try again later (retryable failure under the `retry` policy, or a quota wait); `delayMs` when known. */
  | { outcome: 'retry'; failures: ScorerFailure[]; delayMs?: number };

/** Scores one comment with the configured scorer(s) and failure policy. */
export interface CommentScoring {
  score(request: { text: string; language: Language; finalAttempt: boolean; signal?: AbortSignal }): Promise<ScoringOutcome>;
}
