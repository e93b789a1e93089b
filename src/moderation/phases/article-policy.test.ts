import { ArticlePolicyCache } from '../../articles/article-policy-cache';
import { InMemoryArticlePolicyStore } from '../../articles/in-memory-article-policy-store';
import type { ArticleMode } from '../../articles/article-policy-store';
import { articlePolicyPhase } from './article-policy';
import { initialState } from './phase';

const now = new Date('2026-12-02T10:00:00Z');
const state = (articleId?: string) => initialState({ text: 'Guter Artikel', givenLanguage: 'de', now, createdAt: now, finalAttempt: false, commentId: 'c-1', ...(articleId ? { articleId } : {}) });

async function phaseWith(policies: Record<string, { mode: ArticleMode; thresholds?: { INSULT: { hold: number; reject: number } } }>) {
  const store = new InMemoryArticlePolicyStore();
  for (const [articleId, p] of Object.entries(policies)) {
    await store.put({ articleId, ...p, updatedBy: 'mod', updatedAt: now.toISOString() }, { at: now.toISOString(), by: 'mod', action: 'set', mode: p.mode });
  }
  return articlePolicyPhase({ articles: new ArticlePolicyCache({ store, refreshMs: 1000, now: () => now.getTime() }) });
}

describe('article policy phase', () => {
  it('When the article is pre-moderated, then the comment is marked to be held with article.premoderate and the run goes on', async () => {
    const output = await (await phaseWith({ 'a-1': { mode: 'premoderate' } })).run(state('a-1'));
    expect(output.verdict).toBeUndefined();
    expect(output.state?.holds).toEqual([{ rule: 'article.premoderate', note: 'article a-1 is pre-moderated' }]);
  });

  it('When the article was closed after the comment was taken in, then it is marked to be held with article.closed', async () => {
    const output = await (await phaseWith({ 'a-1': { mode: 'closed' } })).run(state('a-1'));
    expect(output.state?.holds?.map((r) => r.rule)).toEqual(['article.closed']);
  });

  it('When the article has thresholds of its own, then they are handed on and nothing is held', async () => {
    const output = await (await phaseWith({ 'a-1': { mode: 'auto', thresholds: { INSULT: { hold: 0.2, reject: 0.4 } } } })).run(state('a-1'));
    expect(output.state).toEqual({ articleThresholds: { INSULT: { hold: 0.2, reject: 0.4 } } });
  });

  it('When the article has no policy, or the comment no article, then the phase adds nothing', async () => {
    const phase = await phaseWith({ 'a-1': { mode: 'premoderate' } });
    expect(await phase.run(state('a-2'))).toEqual({});
    expect(await phase.run(state())).toEqual({});
  });
});
