import type { Policy } from '../../domain';
import type { LanguageDetector } from '../../language/language-detector';
import type { CommentScoring } from '../comment-scoring';
import { applyThresholdsPhase } from './apply-thresholds';
import { detectLanguagePhase } from './detect-language';
import type { Phase } from './phase';
import { scorePhase } from './score';
import { wordListsPhase } from './word-lists';
import type { WordListCache } from '../../word-lists/word-list-matcher';

export interface PhaseDeps {
  detector: LanguageDetector;
  scoring: CommentScoring;
  policy: Policy;
  wordLists: WordListCache;
  /** The longest a comment waits for a remote scorer's quota before it is held for a person. */
  maxQuotaWaitMs: number;
}

/** The moderation pipeline, in order. */
export function moderationPhases(deps: PhaseDeps): Phase[] {
  return [
    // Thresholds and word lists are per language, so the language comes first.
    detectLanguagePhase(deps),
    // Moderators' own lists come before the scorers: a blocked term needs no score.
    wordListsPhase(deps),
    // The scorers; a failure ends here with a hold, never an approval.
    scorePhase(deps),
    // The last phase always decides.
    applyThresholdsPhase(deps),
  ];
}
