import { WordListCache } from '../../word-lists/word-list-matcher';
import type { WordListEntry, WordListStore } from '../../word-lists/word-list-store';
import { initialState } from './phase';
import { wordListsPhase } from './word-lists';

function cacheOf(entries: Omit<WordListEntry, 'addedBy' | 'addedAt'>[]): WordListCache {
  const lists = { version: 1, entries: entries.map((entry) => ({ ...entry, addedBy: 'anna', addedAt: '2026-12-01T00:00:00Z' })) };
  const store: WordListStore = {
    add: async () => ({ added: true }),
    remove: async () => true,
    all: async () => lists,
    version: async () => lists.version,
  };
  return new WordListCache({ store, refreshMs: 60_000 });
}
const state = (text: string) => ({ ...initialState({ text, givenLanguage: null, now: new Date(), createdAt: new Date(), finalAttempt: false }), language: 'de' as const });

describe('word-lists phase', () => {
  const phase = wordListsPhase({
    wordLists: cacheOf([
      { list: 'blocked', term: 'schimpfwort' },
      { list: 'watched', term: 'bundesrat', language: 'de' },
    ]),
  });

  it('When no term matches, then the phase adds nothing', async () => {
    expect(await phase.run(state('Ein ganz normaler Kommentar'))).toEqual({});
  });

  it('When a blocked term matches, then the comment is rejected with the term and where it is', async () => {
    const output = await phase.run(state('Das ist ein Schimpfwort hier'));
    expect(output.verdict?.status).toBe('rejected');
    expect(output.verdict?.reasons).toEqual([
      { rule: 'word_list.blocked', language: 'de', note: 'schimpfwort', spans: [{ begin: 12, end: 23, attribute: 'TOXICITY', score: 1, rule: 'word_list:blocked:schimpfwort' }] },
    ]);
  });

  it('When a watched term matches, then scoring still runs: the phase only marks the comment as watched', async () => {
    const output = await phase.run(state('Der Bundesrat tagt'));
    expect(output.verdict).toBeUndefined();
    expect(output.state?.watched).toMatchObject([{ rule: 'word_list.watched', note: 'bundesrat' }]);
  });
});
