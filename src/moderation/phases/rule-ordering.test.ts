import { ArticlePolicyCache } from '../../articles/article-policy-cache';
import { InMemoryArticlePolicyStore } from '../../articles/in-memory-article-policy-store';
import { InMemoryAuthorActivityStore } from '../../authors/in-memory-author-activity-store';
import type { AttributeScores, Policy } from '../../domain';
import { WordListCache } from '../../word-lists/word-list-matcher';
import type { WordListStore } from '../../word-lists/word-list-store';
import { runPipeline } from '../pipeline';
import { moderationPhases } from '.';
import { initialState } from './phase';

const now = new Date('2026-12-02T10:00:00Z');
const policy: Policy = { defaults: { THREAT: { hold: 0.5, reject: 0.8 }, INSULT: { hold: 0.5, reject: 0.9 } }, languages: { en: { INSULT: { hold: 0.6, reject: 0.95 } } } };
const noWordLists: WordListStore = { add: async () => ({ added: false }), remove: async () => false, all: async () => ({ version: 0, entries: [] }), version: async () => 0 };

async function moderate(input: { scores: AttributeScores; text?: string; mode?: 'auto' | 'premoderate'; thresholds?: Policy['defaults'] }) {
  const articles = new InMemoryArticlePolicyStore();
  if (input.mode !== undefined) {
    const at = now.toISOString();
    await articles.put({ articleId: 'a-1', mode: input.mode, ...(input.thresholds ? { thresholds: input.thresholds } : {}), updatedBy: 'mod', updatedAt: at }, { at, by: 'mod', action: 'set', mode: input.mode });
  }
  const authors = new InMemoryAuthorActivityStore();
  const text = input.text ?? 'some comment';
  authors.post('reader-1', { commentId: 'c-0', text, createdAtMs: now.getTime() - 60_000 });
  authors.post('reader-1', { commentId: 'c-1', text, createdAtMs: now.getTime() });
  const phases = moderationPhases({
    detector: { detect: () => 'en' },
    scoring: { score: async () => ({ outcome: 'scored', result: { scorer: 'fake', model: 'm', language: 'en', scores: input.scores, spans: [] }, failures: [] }) },
    policy,
    wordLists: new WordListCache({ store: noWordLists, refreshMs: 1000 }),
    maxQuotaWaitMs: 0,
    articles: new ArticlePolicyCache({ store: articles, refreshMs: 1000 }),
    authors: { store: authors, settings: { holdLinks: true, linkAllowDomains: [], newAuthorHolds: 0, rejectRate: 0.5 } },
  });
  const result = await runPipeline(phases, initialState({ text, givenLanguage: null, now, createdAt: now, finalAttempt: false, commentId: 'c-1', articleId: 'a-1', author: { id: 'reader-1' } }));
  if (result.kind !== 'verdict') throw new Error('expected a verdict');
  return result;
}

describe('newsroom rules in the pipeline', () => {
  it('When a threat is posted (a repeat) in a pre-moderated article, then the scores still reject it and every rule that applied is named', async () => {
    const result = await moderate({ scores: { THREAT: 0.95 }, mode: 'premoderate' });
    expect(result.verdict.status).toBe('rejected');
    expect(result.verdict.reasons.map((r) => r.rule)).toEqual(['threshold.reject', 'article.premoderate', 'author.repeat_post']);
    expect(result.decidedBy).toBe('apply-thresholds');
  });

  it('When a clean repeat is posted in a pre-moderated article, then it is held with both rules as reasons', async () => {
    const result = await moderate({ scores: { THREAT: 0.1 }, mode: 'premoderate' });
    expect(result.verdict).toMatchObject({ status: 'held', reasons: [{ rule: 'article.premoderate' }, { rule: 'author.repeat_post' }] });
  });

  it('When a score is held by the scores and a link is held by the form rule, then both reasons are kept', async () => {
    const result = await moderate({ scores: { THREAT: 0.6 }, text: 'see spam.example.com' });
    expect(result.verdict.status).toBe('held');
    expect(result.verdict.reasons.map((r) => r.rule)).toEqual(['author.repeat_post', 'form.link', 'threshold.hold']);
  });

  it('When the article has thresholds of its own, then they override the policy and its language’s thresholds for that article only', async () => {
    const strict = { INSULT: { hold: 0.2, reject: 0.4 } };
    expect((await moderate({ scores: { INSULT: 0.45 }, text: 'a', mode: 'auto', thresholds: strict })).verdict).toMatchObject({
      status: 'rejected',
      reasons: [{ rule: 'threshold.reject', attribute: 'INSULT', threshold: 0.4 }, { rule: 'author.repeat_post' }],
    });
    expect((await moderate({ scores: { INSULT: 0.45 }, text: 'a' })).verdict.reasons.map((r) => r.rule)).toEqual(['author.repeat_post']);
  });
});
