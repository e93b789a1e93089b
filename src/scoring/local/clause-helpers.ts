/**
 * Small readers of normalised tokens shared by the lexicon's context rules: where a sentence starts and ends, whether
 * punctuation breaks the clause between two words, whether a word is capitalised (a German noun), a word shortly
 * before, the words of a term, and the word sets several rules ask about (the reader's address, German copulas).
 */
import type { Language } from '../../domain';
import { charCodes, normalizeText, type NormalizedText, type Token } from './text-normalizer';
import { WordSet } from './word-table';

/**
 * The reader as an object pronoun, by language: "dich", "dir", Swiss German "di", "dr", "toi", "te", "ti". Not "you",
 * "vous", "euch": a team or a crowd too ("we'll destroy you on Sunday").
 */
export const READER_OBJECTS: Readonly<Record<'de' | 'fr' | 'it' | 'en', ReadonlySet<string>>> = {
  de: new Set(['dich', 'dir', 'di', 'dr']),
  fr: new Set(['toi', 'te', 't']),
  it: new Set(['ti', 'te']),
  en: new Set(),
};
/**
 * Object pronouns that stand for a person, by language: {@link READER_OBJECTS}, the reader in the plural or polite
 * form, and "him", "lui", "gli". Not "ihn", "le", "la", "les", "them": those stand for things too ("den Computer,
 * ich schlag ihn kaputt").
 */
export const PERSON_OBJECTS: Readonly<Record<'de' | 'fr' | 'it' | 'en', ReadonlySet<string>>> = {
  de: new Set([...READER_OBJECTS.de, 'euch']),
  fr: new Set([...READER_OBJECTS.fr, 'vous', 'lui']),
  it: new Set([...READER_OBJECTS.it, 'gli', 'lui']),
  en: new Set(['you', 'ya', 'him']),
};

/** Words that address the reader ("du", "you", "tu", "vous", "sei"): the sentence is said to someone. */
export const ADDRESS = new WordSet(new Set(['du', 'dich', 'dir', 'dein', 'deine', 'bisch', 'bist', 'you', 'your', 'youre', 'tu', 'toi', 'te', 't', 'ti', 'sei', 'vous']));

/** Whether one of `words` comes up to `window` words before token `k`, in its sentence. */
export function wordBefore(tokens: readonly Token[], k: number, words: ReadonlySet<string>, window: number): boolean {
  const sentence = (tokens[k] as Token).sentence;
  for (let p = k - 1; p >= 0 && p >= k - window; p--) {
    const token = tokens[p] as Token;
    if (token.sentence !== sentence) return false;
    if (words.has(token.norm)) return true;
  }
  return false;
}

/** Whether one of `words` stands among tokens `from` (inclusive) to `to` (exclusive): a match's own words. */
export function wordIn(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (words.has((tokens[k] as Token).norm)) return true;
  return false;
}

const termWordCache = new Map<string, ReadonlySet<string>>();

/** The normalised words of a term as written ("sind keine Menschen" → sind, keine, menschen). */
export function termWords(term: string): ReadonlySet<string> {
  let words = termWordCache.get(term);
  if (words === undefined) {
    words = new Set(normalizeText(term).tokens.map((t) => t.norm));
    termWordCache.set(term, words);
  }
  return words;
}

/**
 * Punctuation between two words that ends a clause (, ; : ! ? . line break … –): a negation does not reach across it
 * ("Kei Gnad, die ghöred …"). Read code by code: it is asked for every word a negation is looked for.
 */
const CLAUSE_PUNCTUATION = charCodes(',;:!?.\n…–');

export function clauseBreak(text: Readonly<{ text: string; tokens: readonly Token[] }>, a: number, b: number): boolean {
  const raw = text.text;
  for (let c = (text.tokens[a] as Token).end, end = (text.tokens[b] as Token).begin; c < end; c++) if (CLAUSE_PUNCTUATION.has(raw.charCodeAt(c))) return true;
  return false;
}

/** German copulas after a predicate put first ("Dumm ist er nicht"), and after an insult in a "dass" clause ("…, dass er ein Idiot ist"). */
export const COPULAS_DE: ReadonlySet<string> = new Set(['ist', 'sind', 'isch', 'sei', 'seien', 'bist', 'bisch', 'seid', 'war', 'waren', 'waere', 'waer', 'wars']);
/** Whether `token` is written with a capital first letter in `text`: a name inside a sentence, or a German noun. */
export function startsUpper(text: string, token: Token): boolean {
  const c = text.charAt(token.begin);
  return c !== c.toLowerCase();
}

/** Whether the word at `k` is written with a capital: a German noun ("keine Nafris"), not an adjective ("keine dummen Fehler"). */
export function isNoun(text: NormalizedText, k: number): boolean {
  return startsUpper(text.text, text.tokens[k] as Token);
}

/** The first token of the sentence of token `k`. */
export function sentenceStart(tokens: readonly Token[], k: number): number {
  const sentence = (tokens[k] as Token).sentence;
  let start = k;
  while (start > 0 && (tokens[start - 1] as Token).sentence === sentence) start--;
  return start;
}

/**
 * One past the last token of the clause that goes on at `from` in sentence `sentence`: the first token from `from`
 * on that a clause break precedes or that starts another sentence.
 */
export function clauseEndFrom(text: Readonly<{ text: string; tokens: readonly Token[] }>, from: number, sentence: number): number {
  const tokens = text.tokens;
  let end = from;
  while (end < tokens.length && (tokens[end] as Token).sentence === sentence && !clauseBreak(text, end - 1, end)) end++;
  return end;
}

/** Whether the sentence of token `k` ends with a question mark. */
export function endsInQuestion(text: Readonly<{ text: string; tokens: readonly Token[] }>, k: number): boolean {
  const tokens = text.tokens;
  const last = sentenceEnd(tokens, k) - 1;
  const next = tokens[last + 1];
  return text.text.slice((tokens[last] as Token).end, next?.begin ?? text.text.length).includes('?');
}

/** One past the last token of the sentence of token `k`. */
export function sentenceEnd(tokens: readonly Token[], k: number): number {
  const sentence = (tokens[k] as Token).sentence;
  let end = k;
  while (end < tokens.length && (tokens[end] as Token).sentence === sentence) end++;
  return end;
}

/** A French or Italian infinitive, the Italian one also with a fused pronoun ("détester", "massacrer", "ucciderli"). */
export function romanceInfinitive(norm: string, language: Language): boolean {
  if (language === 'fr') return /(?:er|ir|re)$/.test(norm);
  if (language === 'it') return /(?:are|ere|ire)(?:lo|la|li|le|gli)?$/.test(norm);
  return false;
}

/** Words that make "was …" concessive: "egal, was sie sagen", "ganz gleich, was ihr behauptet". */
const CONCESSIVE_DE: ReadonlySet<string> = new Set(['egal', 'gleich', 'wurscht', 'wurst']);
/** How far before the verb of saying "egal was" may stand ("egal was die Medien uns erzählen wollen"). */
const CONCESSIVE_WINDOW = 5;

/** Whether a German verb of saying at `k` follows "egal was" or "gleich was" in its sentence ("…, egal was sie behaupten"). */
export function concessiveBefore(tokens: readonly Token[], k: number): boolean {
  const sentence = (tokens[k] as Token).sentence;
  for (let p = k - 1; p > 0 && p >= k - CONCESSIVE_WINDOW && (tokens[p] as Token).sentence === sentence; p--) {
    if ((tokens[p] as Token).norm === 'was' && CONCESSIVE_DE.has((tokens[p - 1] as Token).norm)) return true;
  }
  return false;
}
