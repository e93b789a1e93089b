import type { ArticlePolicyLookup } from '../../articles/article-policy-cache';
import type { Phase } from './phase';

/**
 * The newsroom's rule for the comment's article: `premoderate` holds every comment (`article.premoderate`);
 * `closed` holds one taken in before the article closed (`article.closed`: intake refuses new ones); the
 * article's thresholds replace the policy's for the scores. A scorer's reject still rejects.
 */
export function articlePolicyPhase(deps: { articles: ArticlePolicyLookup }): Phase {
  return {
    name: 'article-policy',
    async run(state) {
      if (state.articleId === null) return {};
      const policy = await deps.articles.policyOf(state.articleId);
      if (policy === null) return {};
      const output: { holds?: typeof state.holds; articleThresholds?: typeof state.articleThresholds } = {};
      if (policy.thresholds !== undefined) output.articleThresholds = policy.thresholds;
      if (policy.mode !== 'auto') {
        const rule = policy.mode === 'premoderate' ? 'article.premoderate' : 'article.closed';
        const note = policy.mode === 'premoderate' ? `article ${state.articleId} is pre-moderated` : `comments on article ${state.articleId} were closed after this one was taken in`;
        output.holds = [...state.holds, { rule, note }];
      }
      return { state: output };
    },
  };
}
