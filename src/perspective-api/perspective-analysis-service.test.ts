import type { Language } from '../domain';
import type { ScoreResult } from '../scoring/scorer';
import type { WordListHit } from '../word-lists/word-list-matcher';
import { InMemoryFeedbackStore } from './feedback-store';
import { PerspectiveAnalysisService } from './perspective-analysis-service';

const fixedScorer = {
  scoreSync: (text: string, language: Language): ScoreResult => ({
    scorer: 'fake',
    model: 'fake-1',
    language,
    scores: { TOXICITY: 0.2, INSULT: 0.1, SEVERE_TOXICITY: 0.01, PROFANITY: 0, THREAT: 0, IDENTITY_ATTACK: 0 },
    spans: text.includes('Depp') ? [{ begin: text.indexOf('Depp'), end: text.indexOf('Depp') + 4, attribute: 'INSULT', score: 0.1, rule: 'fake' }] : [],
  }),
};

function analysis(hits: WordListHit[] = [], feedback = new InMemoryFeedbackStore()): PerspectiveAnalysisService {
  return new PerspectiveAnalysisService({
    scorer: fixedScorer,
    detector: { detect: () => 'de' },
    wordLists: { match: async () => hits },
    policy: { defaults: { TOXICITY: { hold: 0.45, reject: 0.97 } }, languages: {} },
    feedback,
    now: () => new Date('2026-12-01T12:00:00Z'),
    storeFeedbackText: false,
  });
}

const request = (text: string, overrides: Partial<Parameters<PerspectiveAnalysisService['analyze']>[0]> = {}) => ({
  text,
  requestedAttributes: { TOXICITY: {}, INSULT: {} },
  languages: [],
  spanAnnotations: true,
  ...overrides,
});

describe('Perspective analysis service', () => {
  it('When a term is blocked, then TOXICITY and SEVERE_TOXICITY score 0.99 with a span on it; watched: at least the hold threshold', async () => {
    const blocked = await analysis([{ list: 'blocked', term: 'gurke', begin: 4, end: 9 }]).analyze(request('Die Gurke', { requestedAttributes: { TOXICITY: {}, SEVERE_TOXICITY: {} } }));
    expect(blocked.attributeScores.TOXICITY?.summaryScore.value).toBe(0.99);
    expect(blocked.attributeScores.SEVERE_TOXICITY?.summaryScore.value).toBe(0.99);
    expect(blocked.attributeScores.TOXICITY?.spanScores).toEqual([{ begin: 4, end: 9, score: { value: 0.99, type: 'PROBABILITY' } }]);
    const watched = await analysis([{ list: 'watched', term: 'gurke', begin: 4, end: 9 }]).analyze(request('Die Gurke'));
    expect(watched.attributeScores.TOXICITY?.summaryScore.value).toBe(0.45);
  });

  it('When nothing in the text stands out, then the one span covers the whole text with the summary score', async () => {
    const result = await analysis().analyze(request('Du Depp'));
    expect(result.attributeScores.TOXICITY?.spanScores).toEqual([{ begin: 0, end: 7, score: { value: 0.2, type: 'PROBABILITY' } }]);
    expect(result.attributeScores.INSULT?.spanScores).toEqual([{ begin: 3, end: 7, score: { value: 0.1, type: 'PROBABILITY' } }]);
  });

  it('When suggestscore arrives, then the verdict is kept without the text', async () => {
    const feedback = new InMemoryFeedbackStore();
    const result = await analysis([], feedback).suggestScore({ text: 'Hallo', scores: { TOXICITY: 1 }, languages: [{ tag: 'de', language: 'de' }], clientToken: 'comment:1', client: 'coral' });
    expect(result).toEqual({ clientToken: 'comment:1', detectedLanguages: ['de'] });
    expect(feedback.entries).toEqual([{ at: '2026-12-01T12:00:00.000Z', client: 'coral', scores: { TOXICITY: 1 }, languages: ['de'], detectedLanguage: 'de', clientToken: 'comment:1' }]);
  });
});
