import type { Logger } from 'pino';
import type { Config } from '../../config';
import type { LanguageDetector } from '../language/language-detector';
import { createLanguageDetector as createTinyldDetector } from '../language/tinyld-language-detector';
import type { CommentScoring, ScorerFailure, ScoringOutcome } from '../moderation/comment-scoring';
import { LocalScorer } from './local/local-scorer';
import { ScorerError, type Scorer } from './scorer';

export function createLanguageDetector(): LanguageDetector {
  return createTinyldDetector();
}

function failureOf(scorer: Scorer, error: unknown): ScorerFailure {
  if (error instanceof ScorerError) return { scorer: scorer.name, kind: error.kind, message: error.message };
  return { scorer: scorer.name, kind: 'unavailable', message: error instanceof Error ? error.message : 'unknown error' };
}

/** Tries the scorers in order until one answers; records every failure on the way. */
export function orderedScoring(scorers: readonly Scorer[]): CommentScoring {
  return {
    async score(request): Promise<ScoringOutcome> {
      const failures: ScorerFailure[] = [];
      for (const scorer of scorers) {
        try {
          const result = await scorer.score({ text: request.text, language: request.language });
          return { outcome: 'scored', result, failures };
        } catch (error) {
          failures.push(failureOf(scorer, error));
        }
      }
      return request.finalAttempt ? { outcome: 'unavailable', failures } : { outcome: 'retry', failures };
    },
  };
}

/** Builds the configured scorer chain (SCORERS) with its failure policy (SCORER_FAILURE_POLICY). */
export async function createCommentScoring(config: Config, _deps: { logger: Logger }): Promise<CommentScoring> {
  const local = await LocalScorer.load(config.scorers.localModelPath);
  return orderedScoring([local]);
}
