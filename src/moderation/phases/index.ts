import type { Policy } from '../../domain';
import type { ArticlePolicyLookup } from '../../articles/article-policy-cache';
import type { AuthorActivityStore } from '../../authors/author-activity-store';
import type { LanguageDetector } from '../../language/language-detector';
import type { CommentScoring } from '../comment-scoring';
import { applyThresholdsPhase } from './apply-thresholds';
import { articlePolicyPhase } from './article-policy';
import { authorActivityPhase } from './author-activity';
import { authorHistoryPhase } from './author-history';
import { detectLanguagePhase } from './detect-language';
import { linksPhase } from './links';
import { newAuthorPhase } from './new-author';
import type { Phase } from './phase';
import { repeatPostPhase } from './repeat-post';
import { scorePhase } from './score';
import { wordListsPhase } from './word-lists';
import type { WordListCache } from '../../word-lists/word-list-matcher';

/** The author and form rules' settings (HOLD_LINKS, LINK_ALLOW_DOMAINS, NEW_AUTHOR_HOLDS, AUTHOR_REJECT_RATE). */
export interface AuthorRuleSettings {
  holdLinks: boolean;
  linkAllowDomains: readonly string[];
  newAuthorHolds: number;
  rejectRate: number;
}

export interface PhaseDeps {
  detector: LanguageDetector;
  scoring: CommentScoring;
  policy: Policy;
  wordLists: WordListCache;
  /** The longest a comment waits for a remote scorer's quota before it is held for a person. */
  maxQuotaWaitMs: number;
  /** Article policies; absent: no article rules (offline evaluation). */
  articles?: ArticlePolicyLookup;
  /** Author activity and the rules' settings; absent: no author or form rules (nothing is stored to look up). */
  authors?: { store: AuthorActivityStore; settings: AuthorRuleSettings };
}

/** The moderation pipeline, in order. */
export function moderationPhases(deps: PhaseDeps): Phase[] {
  const authors = deps.authors;
  return [
    // Thresholds and word lists are per language, so the language comes first.
    detectLanguagePhase(deps),
    // Newsroom rules: each may hold the comment, none ends the run, so the scores can still reject it (a threat
    // in a pre-moderated article is rejected, not held) and the decision names every rule that applied.
    ...(deps.articles === undefined ? [] : [articlePolicyPhase({ articles: deps.articles })]),
    ...(authors === undefined
      ? []
      : [
          authorActivityPhase({ authors: authors.store }),
          repeatPostPhase(),
          newAuthorPhase({ newAuthorHolds: authors.settings.newAuthorHolds }),
          authorHistoryPhase({ rejectRate: authors.settings.rejectRate }),
          linksPhase({ holdLinks: authors.settings.holdLinks, allowDomains: authors.settings.linkAllowDomains }),
        ]),
    // Moderators' own lists come before the scorers: a blocked term needs no score.
    wordListsPhase(deps),
    // The scorers; a failure ends here with a hold, never an approval.
    scorePhase(deps),
    // The last phase always decides.
    applyThresholdsPhase(deps),
  ];
}
