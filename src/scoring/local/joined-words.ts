import type { Language } from '../../domain';
import { normalizeWord, type NormalizedText, type Token } from './text-normalizer';
import { WORDS, WordBytes } from './word-table';

/**
 * Words run together where a space was left out ("Ichverachte trans Personen", "Alle Muslime sindTerroristen",
 * "Türkenraus!", "These womendisgust me", "Deathto all …"): a way to slip past word lists that HateCheck tests
 * (spell_space_del). The lexicon's frames read words one by one, so a frame whose words are glued finds nothing.
 *
 * A word is split where a capital follows a small letter inside it ("hasseMuslime"), or after or before one of a
 * few words that often stand beside a group or an insult (below), when the other part is a word the lexicon knows
 * whole ({@link JoinedWordsOptions.knows}). The caller reads the split comment with the lexicon and keeps it only
 * when the lexicon finds more there, with a hit on a split word (see LocalScorer): an ordinary compound
 * ("Todesstrafe", "Terrorist") that splits into nothing the lexicon weighs stays as it is. Tokens of a split word
 * keep their offsets in the original text, so spans need no mapping.
 */

/**
 * First words that seldom begin an ordinary word: split whatever follows ("sindnur", "Ichhasse"). Normal forms
 * (ä as ae, ö as oe, ü as ue).
 */
const ALWAYS_BEFORE: Readonly<Partial<Record<Language, readonly string[]>>> = {
  de: ['sind', 'seid', 'ich'],
};

/**
 * First words that begin ordinary words too ("Todesstrafe", "binär", "hasserfüllt"): split only before a word the
 * lexicon knows. Not the commonest ("die", "der", "den", "du", "sie", "wir", "alle", "nicht": "dieser", "derzeit",
 * "dennoch", "dumme", "Sieger", "alleine", "nichtmal" are split into a word the lexicon knows and nothing more): a
 * capital after them is split all the same ("dieFrauen").
 */
const BEFORE_KNOWN: Readonly<Partial<Record<Language, readonly string[]>>> = {
  de: ['bin', 'bist', 'ist', 'tod', 'diese', 'diesen', 'nur', 'kein', 'keine', 'keinen', 'einfach', 'total', 'sollten', 'muessen', 'gehoeren', 'hasse', 'hassen', 'verachte',
    'verdammte', 'verdammten', 'dreckige', 'dreckigen'],
  en: ['i', 'we', 'they', 'you', 'all', 'these', 'those', 'are', 'death', 'kill', 'hate', 'should'],
};

/**
 * Last words after a group or an insult ("Türkenraus", "Frauensind", "womendisgust", "Deathto"): split after a word
 * of at least four letters the lexicon knows.
 */
const AFTER_KNOWN: Readonly<Partial<Record<Language, readonly string[]>>> = {
  de: ['raus', 'sind', 'sollten', 'gehoeren', 'muessen'],
  en: ['are', 'disgust', 'disgusts', 'should', 'must', 'to', 'all', 'deserve'],
};

/** Shortest part a word is split into: "Deathto" gives "to"; "ich|bin" words of two letters stay whole. */
const MIN_PART = 2;
/** Shortest part that is not one of the listed words. */
const MIN_OTHER_PART = 3;
/** Shortest word before a listed last word ("Türken|raus"; not "hin|gehören"). */
const MIN_BEFORE_LAST = 4;

/**
 * The per-word cache holds 0 for a word not yet seen, else the lists' split in its normal form plus this (1 for a word
 * they leave whole; a split beyond what a byte holds leaves the word whole).
 */
const SPLIT_OFFSET = 1;
const MAX_CACHED_SPLIT = 255 - SPLIT_OFFSET;

/** What {@link createJoinedWords} needs from the lexicon. */
export interface JoinedWordsOptions {
  /** Whether the lexicon holds a term or starts a phrase with this word, read whole (normal form). */
  knows(word: string, language: Language): boolean;
}

/** A comment with its words run together split, and the original tokens that were split. */
export interface SplitComment {
  normalized: NormalizedText;
  /** The tokens of the original comment that were split, by their offsets in the text. */
  splitWords: readonly { begin: number; end: number }[];
}

export interface JoinedWords {
  /** The comment with its joined words split, or `undefined` when no word may be split. */
  split(normalized: NormalizedText, language: Language): SplitComment | undefined;
}

/**
 * Whether a letter after the word's second is a capital: ASCII, or Latin-1 (À–Þ: "hasseÄrzte"). Char codes only:
 * asked of most words of a comment.
 */
function capitalInside(text: string, token: Token): boolean {
  for (let k = token.begin + MIN_PART; k < token.end; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 65 && code <= 90) || (code >= 192 && code <= 222 && code !== 215)) return true;
  }
  return false;
}

const GENDER_ENDINGS: ReadonlySet<string> = new Set(['In', 'Innen']);
const LETTERS_ONLY = /^\p{L}+$/u;

export function createJoinedWords(options: JoinedWordsOptions): JoinedWords {
  const byLanguage = new Map<Language, WordBytes>();
  const cacheOf = (language: Language): WordBytes => {
    let cache = byLanguage.get(language);
    if (cache === undefined) {
      cache = new WordBytes(WORDS);
      byLanguage.set(language, cache);
    }
    return cache;
  };
  /** Where the lists split a word's normal form ({@link splitAt}), or 0: once per distinct word and language. */
  const listedSplit = (token: Token, language: Language, cache: WordBytes): number => {
    const known = cache.get(token.id);
    if (known !== 0) return known - SPLIT_OFFSET;
    const at = splitAt(token.norm, language);
    const kept = at <= MAX_CACHED_SPLIT ? at : 0;
    cache.set(token.id, kept + SPLIT_OFFSET);
    return kept;
  };
  /** Where the lists split a word's normal form (the length of its first part), or 0. */
  const splitAt = (norm: string, language: Language): number => {
    for (const first of ALWAYS_BEFORE[language] ?? []) {
      if (norm.length - first.length >= MIN_OTHER_PART && norm.startsWith(first)) return first.length;
    }
    for (const first of BEFORE_KNOWN[language] ?? []) {
      if (norm.length - first.length >= MIN_OTHER_PART && norm.startsWith(first) && options.knows(norm.slice(first.length), language)) return first.length;
    }
    for (const last of AFTER_KNOWN[language] ?? []) {
      if (norm.length - last.length >= MIN_BEFORE_LAST && norm.endsWith(last) && options.knows(norm.slice(0, norm.length - last.length), language)) return norm.length - last.length;
    }
    return 0;
  };
  /** Where a word is split in the original text (an offset inside the token), or −1. */
  const rawSplit = (text: string, token: Token, language: Language, cache: WordBytes): number => {
    // Most words: known from the word's id that no list splits it, and no capital inside it.
    const listed = listedSplit(token, language, cache);
    const camel = capitalInside(text, token);
    if (listed === 0 && !camel) return -1;
    const raw = text.slice(token.begin, token.end);
    if (!LETTERS_ONLY.test(raw)) return -1;
    if (camel) {
      for (let k = MIN_PART; k + MIN_PART <= raw.length; k++) {
        const before = raw[k - 1] as string;
        const at = raw[k] as string;
        if (before !== before.toLowerCase() || at === at.toLowerCase() || at.toUpperCase() !== at) continue;
        // "AfDler", "GroKo", "McDonald": the part before the capital must be a word of at least two small letters.
        const left = raw.slice(0, k);
        if (left.slice(1) !== left.slice(1).toLowerCase()) continue;
        // The written gender form ("LehrerInnen", "BürgerIn") is one word.
        if (GENDER_ENDINGS.has(raw.slice(k))) continue;
        if (options.knows(normalizeWord(left), language) || options.knows(normalizeWord(raw.slice(k)), language)) return token.begin + k;
      }
    }
    if (listed === 0) return -1;
    // The split in the normal form, found again in the original: the first part written out ("Türken" is "tuerken").
    for (let k = 1; k < raw.length; k++) if (normalizeWord(raw.slice(0, k)).length === listed) return token.begin + k;
    return -1;
  };

  return {
    split(normalized, language) {
      if (ALWAYS_BEFORE[language] === undefined && BEFORE_KNOWN[language] === undefined) return undefined;
      const { text, tokens } = normalized;
      const cache = cacheOf(language);
      let out: Token[] | undefined;
      let splitWords: { begin: number; end: number }[] | undefined;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i] as Token;
        const at = token.kind === 'word' && token.end - token.begin >= MIN_PART + MIN_OTHER_PART ? rawSplit(text, token, language, cache) : -1;
        if (at < 0) {
          out?.push(token);
          continue;
        }
        out ??= tokens.slice(0, i);
        (splitWords ??= []).push({ begin: token.begin, end: token.end });
        const firstNorm = normalizeWord(text.slice(token.begin, at));
        const secondNorm = normalizeWord(text.slice(at, token.end));
        out.push({ ...token, norm: firstNorm, end: at, id: WORDS.idOf(firstNorm) });
        out.push({ ...token, norm: secondNorm, begin: at, id: WORDS.idOf(secondNorm) });
      }
      return out === undefined || splitWords === undefined ? undefined : { normalized: { text, tokens: out }, splitWords };
    },
  };
}
