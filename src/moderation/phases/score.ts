import type { CommentScoring } from '../comment-scoring';
import type { Phase } from './phase';

/**
 * Scores the comment. When no scorer could score, the comment is held with `scorer_unavailable`: never
 * approved unchecked, never left pending.
 */
export function scorePhase(deps: { scoring: CommentScoring; maxQuotaWaitMs: number }): Phase {
  return {
    name: 'score',
    async run(state) {
      const language = state.language ?? 'other';
      const outcome = await deps.scoring.score({ text: state.text, language, finalAttempt: state.finalAttempt });
      if (outcome.outcome === 'scored') {
        const { result, failures } = outcome;
        return {
          state: { scores: result.scores, spans: result.spans, scoring: { scorer: result.scorer, model: result.model, failures } },
        };
      }
      const failedScorers = outcome.failures.map((f) => `${f.scorer}: ${f.kind}`).join('; ');
      // Waiting for quota (delayMs) never uses up an attempt, so it is a delay even on the final attempt; but a
      // comment waits at most maxQuotaWaitMs in all (a quota that never frees would keep it pending forever),
      // so the delay is cut to what is left of that budget, however long a Retry-After asks for.
      const quotaLeftMs = deps.maxQuotaWaitMs - (state.now.getTime() - state.createdAt.getTime());
      const quotaWait = outcome.outcome === 'retry' && outcome.delayMs !== undefined && quotaLeftMs > 0;
      if (outcome.outcome === 'retry' && (quotaWait || !state.finalAttempt)) {
        const retry: { reason: string; delayMs?: number } = { reason: `scoring must be retried (${failedScorers})` };
        if (quotaWait && outcome.delayMs !== undefined) retry.delayMs = Math.min(outcome.delayMs, quotaLeftMs);
        return { retry };
      }
      return {
        state: { scoring: { scorer: 'none', model: 'none', failures: outcome.failures } },
        verdict: { status: 'held', reasons: [{ rule: 'scorer_unavailable', language, note: failedScorers || 'no scorer answered' }, ...state.holds] },
      };
    },
  };
}
