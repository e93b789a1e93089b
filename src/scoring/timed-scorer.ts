import type { ScorerMetrics } from '../observability/metrics';
import { toScorerError } from './http/scorer-error-mapping';
import type { Scorer } from './scorer';

/** The scorer, with each call's duration and each failure's kind reported to `metrics`. */
export function timedScorer(scorer: Scorer, metrics: ScorerMetrics): Scorer {
  return {
    name: scorer.name,
    async score(request) {
      const startedAt = performance.now();
      try {
        const result = await scorer.score(request);
        metrics.observeScorer({ scorer: scorer.name, durationSeconds: (performance.now() - startedAt) / 1000 });
        return result;
      } catch (error) {
        const { kind } = toScorerError(scorer.name, error);
        metrics.observeScorer({ scorer: scorer.name, durationSeconds: (performance.now() - startedAt) / 1000, errorKind: kind });
        throw error;
      }
    },
  };
}
