import type { Language } from '../../domain';
import { createJoinedWords } from './joined-words';
import { normalizeText } from './text-normalizer';

/** An in-memory lexicon vocabulary: the words a fake lexicon knows whole. */
const KNOWN = new Set(['verachte', 'muslime', 'tuerken', 'women', 'death', 'frauen', 'lehrer', 'todes']);
const joined = createJoinedWords({ knows: (word) => KNOWN.has(word) });

/** The comment's words after splitting, as written, or `undefined` when nothing is split. */
function splitWords(text: string, language: Language): string[] | undefined {
  const split = joined.split(normalizeText(text), language);
  return split?.normalized.tokens.map((t) => text.slice(t.begin, t.end));
}

describe('createJoinedWords (words run together where a space was left out)', () => {
  it.each([
    ['Alle Muslime sindnur Terroristen.', 'de', ['Alle', 'Muslime', 'sind', 'nur', 'Terroristen']],
    ['Alle Muslime sindTerroristen.', 'de', ['Alle', 'Muslime', 'sind', 'Terroristen']],
    ['Ichverachte sie.', 'de', ['Ich', 'verachte', 'sie']],
    ['Türkenraus!', 'de', ['Türken', 'raus']],
    ['These womendisgust me.', 'en', ['These', 'women', 'disgust', 'me']],
    ['Deathto all.', 'en', ['Death', 'to', 'all']],
    ['Ich hasseMuslime.', 'de', ['Ich', 'hasse', 'Muslime']],
  ] as const)('When the comment is %j, then its words are split and each keeps its place in the text', (text, language, words) => {
    expect(splitWords(text, language)).toEqual(words);
  });

  it.each([
    // A listed first word before a word the lexicon does not know whole.
    ['Die Todesstrafe und dieser Dienstag.', 'de'],
    // A capital inside a word where neither part is known, and the written gender form.
    ['Die GroKo, die AfDler und die LehrerInnen.', 'de'],
    // A listed last word after a word of three letters.
    ['Sie will hingehören.', 'de'],
    // Languages without lists: French and Italian words are left as written.
    ['Les femmes sontdes parasites.', 'fr'],
  ] as const)('When the comment is %j, then nothing is split', (text, language) => {
    expect(splitWords(text, language)).toBeUndefined();
  });

  it('When a word is split, then the result names the original word by its offsets', () => {
    const text = 'Alle Muslime sindTerroristen.';
    const split = joined.split(normalizeText(text), 'de');
    expect(split?.splitWords.map((w) => text.slice(w.begin, w.end))).toEqual(['sindTerroristen']);
    expect(split?.normalized.text).toBe(text);
    expect(split?.normalized.tokens.map((t) => t.norm)).toEqual(['alle', 'muslime', 'sind', 'terroristen']);
  });
});
