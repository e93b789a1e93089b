/**
 * Tokenisation and normalisation shared by the term matcher and the learned model. Every token keeps the UTF-16
 * offsets of the original text it came from, so anything found in normalised form maps back to the comment as
 * submitted (`text.slice(token.begin, token.end)`).
 */
import { HASH_SEED, hashStep, WORDS } from './word-table';

/** What a token is; only `word` tokens are matched against terms. */
export type TokenKind = 'word' | 'number' | 'mention' | 'url';

/** One token of a comment, with its normalised form and where it came from. */
export interface Token {
  /**
   * Normalised form: lowercase, ä/ö/ü as ae/oe/ue, ß as ss, other accents removed, leetspeak decoded
   * ("V0ll1d10t" → "vollidiot"), spaced letters joined ("I d i o t" → "idiot").
   */
  norm: string;
  /** UTF-16 offset of the first original code unit, inclusive. */
  begin: number;
  /** UTF-16 offset after the last original code unit, exclusive. */
  end: number;
  kind: TokenKind;
  /** Inside quotation marks („…“, «…», "…", '…'). */
  quoted: boolean;
  /** Index of the sentence (split at . ! ? ; and line breaks). */
  sentence: number;
  /** `norm` interned in {@link WORDS}: the key of every per-word cache. */
  id: number;
}

/** A comment as tokens; `text` is the original. */
export interface NormalizedText {
  text: string;
  tokens: Token[];
}

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '€': 'e',
  '!': 'i',
  '|': 'i',
};

const FOLD: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  œ: 'oe',
  æ: 'ae',
};

const CODE_A = 97;
const CODE_Z = 122;

/** 0 = not yet known, 1 = letter or combining mark, 2 = other. Filled lazily; the BMP fits in 64 KiB. */
const letterCache = new Uint8Array(65536);
const LETTER_RE = /[\p{L}\p{M}]/u;

function isLetterCode(code: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= CODE_A && code <= CODE_Z)) return true;
  if (code < 128) return false;
  // Surrogate halves (emoji, rare scripts) are never word characters here.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let cached = letterCache[code];
  if (cached === 0) {
    cached = LETTER_RE.test(String.fromCharCode(code)) ? 1 : 2;
    letterCache[code] = cached;
  }
  return cached === 1;
}

function isAsciiLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= CODE_A && code <= CODE_Z);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordCode(code: number): boolean {
  return isDigitCode(code) || isLetterCode(code);
}

/** Symbols that stand for letters inside a word ("Schl@mpe", "Id!ot", "Arsch$"). */
function isLeetSymbolCode(code: number): boolean {
  return code === 64 || code === 36 || code === 0x20ac || code === 33 || code === 124;
}

/** Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, and a cheap way to split a word past a filter. */
function isInvisibleCode(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  const code = ch.charCodeAt(0);
  if (code < 128) return ch;
  let cached = foldCache.get(ch);
  if (cached === undefined) {
    cached = ch.normalize('NFD').replace(/\p{M}/gu, '');
    foldCache.set(ch, cached);
  }
  return cached;
}

/**
 * Normalises one word (or a term written by a person) the way tokens are normalised. Digits are read as leetspeak
 * only when the word also has a letter, so "2018" stays a number.
 */
export function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase();
  if (isPlainAscii(lower)) return collapseElongation(lower);
  let hasLetter = false;
  for (let i = 0; i < lower.length; i++) {
    if (isLetterCode(lower.charCodeAt(i))) {
      hasLetter = true;
      break;
    }
  }
  let out = '';
  for (const ch of lower) {
    const code = ch.charCodeAt(0);
    if (code >= CODE_A && code <= CODE_Z) {
      out += ch;
    } else if (hasLetter && (isDigitCode(code) || isLeetSymbolCode(code))) {
      out += LEET[ch] ?? ch;
    } else if (isLetterCode(code)) {
      out += foldChar(ch);
    } else if (isInvisibleCode(code)) {
      continue;
    } else {
      out += ch;
    }
  }
  return collapseElongation(out);
}

/**
 * Expressive lengthening read as its plain form: a letter written three times or more counts twice ("Jaaaaa" →
 * "jaa", "Schwiiiiiz" → "schwiiz"), a two-letter unit repeated three times or more counts twice ("hahahaha" →
 * "haha"). Each repetition would otherwise add the same character n-grams again, and a long laugh or a cheer
 * ("Tooooor!") outweighed the rest of the comment in the model. German compounds with three equal letters
 * ("Schifffahrt") lose one, as in the old spelling. Only a–z; digits (numbers) stay as written.
 */
export function collapseElongation(word: string): string {
  let k = 2;
  for (; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < CODE_A || c > CODE_Z) continue;
    if (c === word.charCodeAt(k - 1) && c === word.charCodeAt(k - 2)) break;
    if (k >= 5 && c === word.charCodeAt(k - 2) && c === word.charCodeAt(k - 4) && word.charCodeAt(k - 1) === word.charCodeAt(k - 3) && word.charCodeAt(k - 1) === word.charCodeAt(k - 5)) break;
  }
  // Nearly every word: nothing to collapse, no string built.
  if (k >= word.length) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const letter = c >= CODE_A && c <= CODE_Z;
    // A third equal letter in a row.
    if (letter && out.length >= 2 && c === out.charCodeAt(out.length - 1) && c === out.charCodeAt(out.length - 2)) continue;
    // A unit of two letters written a third time ("ha" in "hahaha"): skip both.
    if (letter && out.length >= 4 && i + 1 < word.length && c === out.charCodeAt(out.length - 2) && c === out.charCodeAt(out.length - 4)) {
      const d = word.charCodeAt(i + 1);
      if (d !== c && d >= CODE_A && d <= CODE_Z && d === out.charCodeAt(out.length - 1) && d === out.charCodeAt(out.length - 3)) {
        i++;
        continue;
      }
    }
    out += word[i] as string;
  }
  return out;
}

/** Only a–z: the common case, which needs no folding or leetspeak decoding. */
function isPlainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < CODE_A || c > CODE_Z) return false;
  }
  return true;
}

/** The code units of `chars` (one each): punctuation is read on every comment, and a code needs no one-letter string. */
export const charCodes = (chars: string): ReadonlySet<number> => new Set([...chars].map((ch) => ch.charCodeAt(0)));
/** Kinds of quotation mark ({@link QUOTE_KINDS}); 0 for any other code unit. */
const OPENING_QUOTE = 1;
const CLOSING_QUOTE = 2;
const TOGGLING_QUOTE = 3;
const APOSTROPHE_QUOTE = 4;
/**
 * Quotation marks by code unit, as a table up to the highest of them (U+203A): one read per punctuation mark, where a
 * set per kind was up to four lookups for every comma and full stop.
 */
const QUOTE_KINDS = ((): Uint8Array => {
  const kinds: [string, number][] = [['„«‚‹', OPENING_QUOTE], ['»›', CLOSING_QUOTE], ['"“”', TOGGLING_QUOTE], ["'‘’", APOSTROPHE_QUOTE]];
  const table = new Uint8Array(Math.max(...kinds.flatMap(([marks]) => [...charCodes(marks)])) + 1);
  for (const [marks, kind] of kinds) for (const code of charCodes(marks)) table[code] = kind;
  return table;
})();
const SPACED_SEPARATOR = /^[\s.\-_*·/]{1,2}$/;

function isSentenceEnd(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  // \n \r
  if (code === 10 || code === 13) return true;
  // . ! ? ;
  if (code !== 46 && code !== 33 && code !== 63 && code !== 59) return false;
  const next = text.charCodeAt(i + 1);
  return Number.isNaN(next) || !isWordCode(next);
}

/**
 * Words that are not ASCII letters only ("Flüchtlinge", "2018", "V0ll1d10t") as written, to their interned normal
 * form: id × 2, + 1 for a number. Folding umlauts and accents costs more than a lookup of the raw word, and the
 * same words come back all the time. Valid for one generation of {@link WORDS}.
 *
 * Looked up straight from the comment's code units, like {@link WordTable.idOfLowerAscii}: a German comment has
 * a dozen such words, and a slice of each (hashed again by a `Map`) was a sixth of the tokenizer's time.
 */
class RawWords {
  /** The raw word of each entry. */
  private raws: string[] = [];
  private hashes = new Int32Array(1024);
  private entries = new Int32Array(1024);
  /** Open-addressing slots holding index + 1 (0 = empty); the length is a power of two, at most half full. */
  private slots = new Int32Array(2048);

  get size(): number {
    return this.raws.length;
  }

  clear(): void {
    this.raws = [];
    this.slots.fill(0);
  }

  /** The entry of `text.slice(begin, end)`, whose code units folded with {@link hashStep} give `hash`; −1 if none. */
  get(text: string, begin: number, end: number, hash: number): number {
    const length = end - begin;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = (this.slots[slot] as number) - 1;
      if (index < 0) return -1;
      if (this.hashes[index] !== hash) continue;
      const raw = this.raws[index] as string;
      if (raw.length !== length) continue;
      let k = 0;
      while (k < length && raw.charCodeAt(k) === text.charCodeAt(begin + k)) k++;
      if (k === length) return this.entries[index] as number;
    }
  }

  /** Adds a raw word not in the table yet. */
  add(raw: string, hash: number, entry: number): void {
    const index = this.raws.length;
    this.raws.push(raw);
    if (index >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const entries = new Int32Array(this.entries.length * 2);
      entries.set(this.entries);
      this.entries = entries;
    }
    this.hashes[index] = hash;
    this.entries[index] = entry;
    if (2 * this.raws.length > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let k = 0; k < this.raws.length; k++) this.place(k);
    } else {
      this.place(index);
    }
  }

  private place(index: number): void {
    const mask = this.slots.length - 1;
    let slot = (this.hashes[index] as number) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = index + 1;
  }
}

const rawWords = new RawWords();
let rawWordsGeneration = -1;
const MAX_RAW_WORDS = 100_000;

/** The hash of `text.slice(begin, end)` for {@link RawWords}: FNV-1a over its code units, spread like the word table's. */
function rawHash(text: string, begin: number, end: number): number {
  let h = HASH_SEED;
  for (let k = begin; k < end; k++) h = hashStep(h, text.charCodeAt(k));
  // murmur3's finaliser: FNV's low bits alone would crowd the slots.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Splits a comment into tokens with offsets, quote and sentence information. Linear in the text length.
 */
export function normalizeText(text: string): NormalizedText {
  WORDS.beginText();
  if (rawWordsGeneration !== WORDS.generation || rawWords.size >= MAX_RAW_WORDS) {
    rawWords.clear();
    rawWordsGeneration = WORDS.generation;
  }
  const tokens: Token[] = [];
  const n = text.length;
  let sentence = 0;
  let quoted = false;
  let quoteOpenedAtToken = -1;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const startsMention = code === 64 && i + 1 < n && isWordCode(text.charCodeAt(i + 1)) && (i === 0 || !isWordCode(text.charCodeAt(i - 1)));
    const startsLeet = (code === 36 || code === 0x20ac) && i + 1 < n && isLetterCode(text.charCodeAt(i + 1));
    if (isWordCode(code) || startsMention || startsLeet) {
      const begin = i;
      let j = i + 1;
      if (isUrlStart(text, i)) {
        while (j < n && !/\s/.test(text[j] ?? ' ')) j++;
        tokens.push({ norm: '<url>', begin, end: j, kind: 'url', quoted, sentence, id: WORDS.idOf('<url>') });
        i = j;
        continue;
      }
      // Most words are ASCII letters only: their normal form is their lowercase, hashed here as they are read, so
      // that a word seen before is found in the table without building its string again.
      let asciiLetters = !startsMention && isAsciiLetterCode(code);
      let hash = asciiLetters ? hashStep(HASH_SEED, code | 0x20) : 0;
      while (j < n) {
        const cj = text.charCodeAt(j);
        if (isAsciiLetterCode(cj)) {
          if (asciiLetters) hash = hashStep(hash, cj | 0x20);
          j++;
        } else if (cj === 32) {
          // A space ends most words: no need to ask whether it is a digit, a letter or a leetspeak symbol.
          break;
        } else if (isWordCode(cj)) {
          asciiLetters = false;
          j++;
        } else if (isLeetSymbolCode(cj) || isInvisibleCode(cj)) {
          // Up to three in a row, inside a word: "a$$hole", "sh!t".
          let q = j + 1;
          while (q < n && q < j + 3 && (isLeetSymbolCode(text.charCodeAt(q)) || isInvisibleCode(text.charCodeAt(q)))) q++;
          if (q >= n || !isWordCode(text.charCodeAt(q))) break;
          asciiLetters = false;
          j = q;
        } else break;
      }
      const known = asciiLetters ? WORDS.idOfLowerAscii(text, begin, j, hash) : -1;
      if (known >= 0) {
        tokens.push({ norm: WORDS.wordOf(known), begin, end: j, kind: 'word', quoted, sentence, id: known });
        i = j;
        continue;
      }
      if (startsMention) {
        tokens.push({ norm: '@user', begin, end: j, kind: 'mention', quoted, sentence, id: WORDS.idOf('@user') });
      } else {
        const hash = rawHash(text, begin, j);
        let entry = rawWords.get(text, begin, j, hash);
        if (entry < 0) {
          const raw = text.slice(begin, j);
          const norm = normalizeWord(raw);
          entry = WORDS.idOf(norm) * 2 + (/^[0-9]+$/.test(norm) ? 1 : 0);
          rawWords.add(raw, hash, entry);
        }
        const id = entry >>> 1;
        tokens.push({ norm: WORDS.wordOf(id), begin, end: j, kind: (entry & 1) === 1 ? 'number' : 'word', quoted, sentence, id });
      }
      i = j;
      continue;
    }
    // Spaces are most of what is not a word: nothing to decide for them.
    if (code === 32) {
      i++;
      continue;
    }
    const quote = code < QUOTE_KINDS.length ? (QUOTE_KINDS[code] as number) : 0;
    if (quote === OPENING_QUOTE || (quote === TOGGLING_QUOTE && !quoted)) {
      quoted = true;
      quoteOpenedAtToken = tokens.length;
    } else if (quote === CLOSING_QUOTE || (quote === TOGGLING_QUOTE && quoted)) {
      quoted = false;
    } else if (quote === APOSTROPHE_QUOTE) {
      const prevWord = i > 0 && isWordCode(text.charCodeAt(i - 1));
      const nextWord = i + 1 < n && isWordCode(text.charCodeAt(i + 1));
      // An apostrophe between letters (l'idiot, don't) is not a quotation mark.
      if (!prevWord && nextWord && !quoted) {
        quoted = true;
        quoteOpenedAtToken = tokens.length;
      } else if (!nextWord && quoted) {
        quoted = false;
      }
    } else if (isSentenceEnd(text, i)) {
      sentence++;
    }
    i++;
  }
  // A quotation mark that never closes is a typo more often than a quote running to the end.
  if (quoted && quoteOpenedAtToken >= 0) {
    for (let k = quoteOpenedAtToken; k < tokens.length; k++) {
      const token = tokens[k];
      if (token !== undefined) token.quoted = false;
    }
  }
  return { text, tokens: joinSpacedLetters(text, tokens) };
}

function isUrlStart(text: string, i: number): boolean {
  const first = text.charCodeAt(i) | 0x20;
  // Code units compared in place: "he", "what", "wir" start here all the time, and a slice each would be garbage.
  if (first === 104) return startsWithLower(text, i, 'http://') || startsWithLower(text, i, 'https://');
  return first === 119 && startsWithLower(text, i, 'www.');
}

/** Whether `text` at `i`, ASCII letters lowercased, starts with `prefix` (lowercase ASCII). */
function startsWithLower(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    const code = text.charCodeAt(i + k);
    const lower = code >= 65 && code <= 90 ? code | 0x20 : code;
    if (lower !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** Whether the characters between two tokens are blank (1), other separators (2) or none of {@link SPACED_SEPARATOR} (0). */
function separatorKind(text: string, a: Token, b: Token): number {
  const separator = text.slice(a.end, b.begin);
  if (!SPACED_SEPARATOR.test(separator)) return 0;
  return separator.trim() === '' ? 1 : 2;
}

/** Joins runs of 3+ single characters ("I d i o t", "A.r.s.c.h") into one token spanning them. */
function joinSpacedLetters(text: string, tokens: Token[]): Token[] {
  // Only a run of three one-character tokens can be joined: "I", "a", "è" alone are common and change nothing.
  let run = 0;
  for (let k = 0; k < tokens.length && run < 3; k++) {
    const t = tokens[k] as Token;
    run = t.end - t.begin === 1 ? run + 1 : 0;
  }
  if (run < 3) return tokens;
  const out: Token[] = [];
  let k = 0;
  while (k < tokens.length) {
    const first = tokens[k] as Token;
    let m = k;
    // "a c-u-n-t": an article before letters joined otherwise (a space, then hyphens) stays a word of its own.
    const standalone = first.end - first.begin === 1 && k + 2 < tokens.length && separatorKind(text, first, tokens[k + 1] as Token) !== separatorKind(text, tokens[k + 1] as Token, tokens[k + 2] as Token);
    if (first.end - first.begin === 1 && !standalone) {
      // "p a u v r e  c o n": a space wider than the run's first one parts two words.
      let gap = -1;
      while (m + 1 < tokens.length) {
        const cur = tokens[m] as Token;
        const next = tokens[m + 1] as Token;
        const separator = text.slice(cur.end, next.begin);
        if (next.end - next.begin !== 1 || !SPACED_SEPARATOR.test(separator)) break;
        if (gap < 0) gap = separator.length;
        else if (separator.length > gap && separator.trim() === '') break;
        m++;
      }
    }
    let raw = '';
    let letters = 0;
    for (let r = k; m - k >= 2 && r <= m; r++) {
      const t = tokens[r] as Token;
      raw += text.slice(t.begin, t.end);
      if (isLetterCode(text.charCodeAt(t.begin))) letters++;
    }
    if (letters >= 2) {
      const last = tokens[m] as Token;
      const norm = normalizeWord(raw);
      out.push({ norm, begin: first.begin, end: last.end, kind: 'word', quoted: first.quoted, sentence: first.sentence, id: WORDS.idOf(norm) });
      k = m + 1;
    } else {
      out.push(first);
      k++;
    }
  }
  return out;
}
