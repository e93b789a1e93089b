import type { Language } from '../../domain';
import { normalizeText, normalizeWord, type NormalizedText, type Token } from './text-normalizer';
import { WORDS, WordCache, WordFlags, WordPairFlags } from './word-table';
import { sortStable } from './stable-sort';

/** Matches in order of position, longer first on ties, then by id (deterministic). */
function byMatchPosition<T>(a: TermMatch<T>, b: TermMatch<T>): number {
  return a.begin - b.begin || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Where a term may sit inside a compound word.
 * - `none`: the whole word (plus an inflection suffix).
 * - `head`: also as the last part of a compound ("Voll|idiot", "Dreck|sack").
 * - `modifier`: also as the first part ("Idioten|partei").
 * - `both`: anywhere in a compound.
 */
export type CompoundMode = 'none' | 'head' | 'modifier' | 'both';

/**
 * A term as a person writes it: one or more words separated by spaces, `*` for up to three other words
 * ("polier * fresse"). Case, ä/ae, ß/ss, accents, leetspeak, spaced letters and stretched letters ("Idiooot")
 * are handled by the matcher; the term itself should be written plainly.
 */
export interface TermDefinition<T = undefined> {
  term: string;
  /** Stable id reported with each match; defaults to the normalised term. */
  id?: string;
  /** Only applies to comments in this language (and to `other`/unknown); omitted means every language. */
  language?: Language;
  /**
   * `allow` marks an innocent phrase ("fett gedruckt", "idiotensicher"): any `match` lying entirely within an
   * `allow` match is dropped. Default `match`.
   */
  action?: 'match' | 'allow';
  /** Default `none`. */
  compound?: CompoundMode;
  /**
   * Inflection suffixes accepted after the last letter of a word: `true` (default) for the common German, French,
   * English and Italian endings, `false` for the exact word only, or an explicit list ("stronz" + o/a/i/e).
   */
  inflect?: boolean | readonly string[];
  /** Anything the caller wants back with each match, e.g. attribute weights. */
  data?: T;
}

/** One occurrence of a term in a comment. */
export interface TermMatch<T = undefined> {
  /** UTF-16 offset into the original text, inclusive. */
  begin: number;
  /** UTF-16 offset into the original text, exclusive. */
  end: number;
  /** The term as defined. */
  term: string;
  id: string;
  /** Index of the first token matched. */
  tokenStart: number;
  /** Index after the last token matched. */
  tokenEnd: number;
  data: T | undefined;
}

/** Token ranges of the `allow` phrases found, end exclusive. */
export interface AllowedRange {
  tokenStart: number;
  tokenEnd: number;
  /**
   * Said of oneself ("j'ai été une vraie tête de con"): even a severe insult inside is no attack. Only the insults
   * found inside are masked from the model, not the range.
   */
  self?: boolean;
}

/** A compiled set of terms; reusable and safe to share (no state between calls). */
export interface TermMatcher<T = undefined> {
  /** Matches in order of position (longer first on ties); `allow` matches are applied, not returned. */
  match(text: string | NormalizedText, language?: Language): TermMatch<T>[];
  /** Like {@link match}, plus where the `allow` phrases are (so other evidence can ignore them too). */
  matchWithAllowed(text: string | NormalizedText, language?: Language): { matches: TermMatch<T>[]; allowed: AllowedRange[] };
  /**
   * Whether a word read whole, from its first letter, holds a term or starts a phrase of the language: asked of the
   * parts of words run together (joined-words.ts), once per distinct word.
   */
  knows(word: string, language?: Language): boolean;
  /** Number of compiled terms. */
  readonly size: number;
}

/** Endings of inflected and plural forms in de/fr/it/en; "Idiot" also matches "Idioten", "Idiotin", "idiots". */
export const DEFAULT_SUFFIXES: readonly string[] = ['e', 'en', 'er', 'es', 'em', 'ern', 'n', 'ns', 'ens', 's', 'in', 'innen', 'x', 'i', 'a', 'o', 'he', 'hen'];

const GAP = '*';
const MAX_GAP_WORDS = 3;
/**
 * A long gap ("**"): up to {@link MAX_GAP_WORDS} words as a gap, and up to {@link MAX_LONG_GAP_WORDS} inside one
 * clause (no comma, semicolon, colon, dash or bracket skipped), for calls whose object sits between the modal and the verb ("man sollte diesen korrupten Typen aus Bern
 * endlich erschiessen"). Only a few frames use it, so the longer walk starts rarely.
 */
const LONG_GAP = '**';
const MAX_LONG_GAP_WORDS = 8;
const CLAUSE_BREAKS: ReadonlySet<number> = new Set([',', ';', ':', '–', '—', '(', ')'].map((c) => c.charCodeAt(0)));
const MIN_MODIFIER_REST = 3;

interface CompiledTerm<T> {
  term: string;
  id: string;
  language: Language | undefined;
  allow: boolean;
  head: boolean;
  modifier: boolean;
  /** Shared between terms with the same endings (see {@link suffixSet}): one set per list of endings. */
  suffixes: ReadonlySet<string>;
  data: T | undefined;
  /**
   * The phrase walk that last found this term: a term reached again in the same walk (by a longer gap) is the same
   * match found later, and only the first counts.
   */
  seenInWalk: number;
}

interface TrieNode<T> {
  /** Children for a–z, by code unit − 97 (normalised words are almost all a–z; an array beats a map here). */
  az: (TrieNode<T> | undefined)[];
  /** Children for any other code unit. */
  other: Map<number, TrieNode<T>> | undefined;
  /** Terms of one word ending here. */
  terms: CompiledTerm<T>[];
  /**
   * Terms of several words whose first word ends here, as a trie over their further words: frames such as
   * "ich werde dich * umbringen" come in hundreds of variants, and each word of a comment is compared once per
   * distinct word of the frames at that place, not once per frame.
   */
  phrase: WordNode<T> | undefined;
  /** Whether any term ends here (one check per step of the walk instead of three). */
  final: boolean;
}

/**
 * A place in the word trie of multi-word terms: the words matched so far lead here. A gap ("*") is an edge of its
 * own that skips up to {@link MAX_GAP_WORDS} words. Other edges are {@link WordLabel}s: which labels a comment word
 * matches is worked out once per distinct word, so a step of the walk compares small integers, not strings.
 */
interface WordNode<T> {
  /** Terms whose last word led here. */
  ends: CompiledTerm<T>[];
  edges: WordEdge<T>[];
  /** The edges by label, for crowded nodes (a verb table after "sollte man *"), which are not scanned. */
  byLabel: Map<number, WordNode<T>> | undefined;
  /** Bit k when an edge starts with letter k, {@link NEXT_OTHER} for any other first code unit. */
  nextBits: number;
  /** The {@link labelBit}s of its edges' labels: a word whose labels have none of them goes on along no edge. */
  labelBits: number;
  gap: WordNode<T> | undefined;
  /** The edge of a long gap ({@link LONG_GAP}). */
  longGap: WordNode<T> | undefined;
  /** Languages of the terms at or below this node, as {@link languageBit}s (all bits for a term of every language). */
  languages: number;
  /** A number of its own for a node with edges (0 for the others), to key what its edges do with a word. */
  index: number;
}

/** A word of a phrase with the endings its term accepts, numbered: the same word with the same endings is one label. */
interface WordLabel {
  id: number;
  /** First code unit of {@link pattern}. */
  code: number;
  pattern: string;
  suffixes: ReadonlySet<string>;
}

interface WordEdge<T> {
  label: number;
  code: number;
  child: WordNode<T>;
}

/** How many letters of a word's skeleton (see {@link skeletonKeys}) index the labels. */
const SKELETON_KEY_LETTERS = 3;

/**
 * Keys of the first one, two and three letters of a word's skeleton: the word with each run of one letter
 * written once ("erschiesssen" → e, er, ers). A word can only match a pattern whose skeleton starts its own, as
 * stretched letters repeat and endings follow; patterns are filed under the key of their skeleton's first three
 * letters (fewer if they have fewer), so a word's candidates are in the buckets of its own three keys.
 */
function skeletonKeys(word: string, out: number[]): number {
  let key = 0;
  let count = 0;
  let last = -1;
  for (let k = 0; k < word.length && count < SKELETON_KEY_LETTERS; k++) {
    const c = word.charCodeAt(k);
    if (c === last) continue;
    last = c;
    key = key * 0x20000 + c;
    out[count++] = key;
  }
  return count;
}

/** Nodes with more edges than this get {@link WordNode.byLabel}. */
const INDEXED_EDGES = 6;

/** Shared by every node without ends or edges (most have one or the other): tens of thousands of empty arrays saved. */
const NO_ENDS: never[] = [];
const NO_EDGES: never[] = [];
const NO_TERMS: never[] = [];
const NO_LABELS: readonly number[] = [];
const NO_LABELS_OF_CODE: readonly WordLabel[] = [];

function newWordNode<T>(): WordNode<T> {
  return { ends: NO_ENDS, edges: NO_EDGES, byLabel: undefined, nextBits: 0, labelBits: 0, gap: undefined, longGap: undefined, languages: 0, index: 0 };
}

/** {@link WordNode.index}es handed out so far. */
let indexedWordNodes = 0;

/** Bit of a word's first code unit in {@link WordNode.nextBits} and in word flags. */
function nextBitOf(code: number): number {
  const k = code - CODE_A;
  return k >= 0 && k < 26 ? 1 << k : NEXT_OTHER;
}

/**
 * A label's bit among {@link LABEL_BITS}, for {@link WordNode.labelBits} and a word's label bits: labels share bits,
 * so bits in common only say that a word may go on along an edge, none that it does not.
 */
function labelBit(label: number): number {
  return 1 << label % LABEL_BITS;
}

/** Bits of label ids: small integers stay small integers (kept inline in an array). */
const LABEL_BITS = 30;

/** Sets each node's {@link WordNode.nextBits} and labelBits and indexes crowded nodes, once all terms are in. */
function finishWordNode<T>(node: WordNode<T>): void {
  for (const edge of node.edges) {
    node.nextBits |= nextBitOf(edge.code);
    node.labelBits |= labelBit(edge.label);
    finishWordNode(edge.child);
  }
  if (node.edges.length > INDEXED_EDGES) node.byLabel = new Map(node.edges.map((edge) => [edge.label, edge.child]));
  if (node.edges.length > 0 && node.index === 0) node.index = ++indexedWordNodes;
  if (node.gap !== undefined) finishWordNode(node.gap);
  if (node.longGap !== undefined) finishWordNode(node.longGap);
}

const ALL_LANGUAGES = -1;
const languageBits = new Map<string, number>();
/** A bit per language, handed out as languages are met (there are a handful). */
function languageBit(language: Language): number {
  let bit = languageBits.get(language);
  if (bit === undefined) {
    bit = 1 << languageBits.size;
    languageBits.set(language, bit);
  }
  return bit;
}

function newNode<T>(): TrieNode<T> {
  return { az: new Array<TrieNode<T> | undefined>(26).fill(undefined), other: undefined, terms: NO_TERMS, phrase: undefined, final: false };
}

const CODE_A = 97;

/** Bits of a word's flags (see `flagsOf` in {@link compileTerms}); bits 0–25 are a–z. */
const NEXT_OTHER = 1 << 26;
const HAS_GAPPED = 1 << 27;
const HAS_SINGLES = 1 << 28;
const KNOWN = 1 << 29;

/** Values of the word-pair flags of {@link compileTerms}'s `stepsOn`. */
const STEPS = 1;
const NO_STEP = 2;

function childOf<T>(node: TrieNode<T>, code: number): TrieNode<T> | undefined {
  const k = code - CODE_A;
  return k >= 0 && k < 26 ? node.az[k] : node.other?.get(code);
}

function addChild<T>(node: TrieNode<T>, code: number): TrieNode<T> {
  const existing = childOf(node, code);
  if (existing !== undefined) return existing;
  const child = newNode<T>();
  const k = code - CODE_A;
  if (k >= 0 && k < 26) node.az[k] = child;
  else (node.other ??= new Map()).set(code, child);
  return child;
}

/** Suffix sets shared between terms with the same endings (most use the defaults). */
const suffixSets = new Map<string, ReadonlySet<string>>();

function suffixSet(suffixes: readonly string[]): ReadonlySet<string> {
  const key = suffixes.join('\u0000');
  let set = suffixSets.get(key);
  if (set === undefined) {
    set = new Set(suffixes);
    suffixSets.set(key, set);
  }
  return set;
}

/** Longest inflection suffix worth slicing out of a word; anything longer can only be a compound's rest. */
const MAX_SUFFIX_LENGTH = 8;

/**
 * What follows position `from` in `word` once repetitions of `last` are skipped ("idiooot": after "idio", "oot"
 * → "t"). Returns the rest when it is short enough to be a suffix, otherwise only its length (as a string of that
 * many NULs is never a suffix), so that huge one-word inputs do not cost a slice per candidate.
 */
function restAfter(word: string, from: number, last: number): { rest: string; length: number } {
  let k = from;
  while (k < word.length && word.charCodeAt(k) === last) k++;
  const end = stretchedEnd(word, k);
  const length = end - k;
  return { rest: length <= MAX_SUFFIX_LENGTH ? word.slice(k, end) : '', length };
}

/** a e i o u y as bits of (code − 'a'). */
const VOWEL_BITS = (1 << 0) | (1 << 4) | (1 << 8) | (1 << 14) | (1 << 20) | (1 << 24);

/**
 * Where the ending after `from` stops once a stretched final vowel counts once: "cretinoo" (from "Cretinooo", which
 * the normaliser keeps as two) ends like "cretino", "idiotaa" like "idiota". Only a vowel doubled at the very end of
 * the word: no ending of an insult ends in two equal vowels, and a consonant pair may be a real one ("-ess").
 */
function stretchedEnd(word: string, from: number): number {
  let end = word.length;
  const v = word.charCodeAt(end - 1) - CODE_A;
  if (end - from < 2 || v < 0 || v > 25 || ((VOWEL_BITS >> v) & 1) === 0) return end;
  while (end - from >= 2 && word.charCodeAt(end - 2) === word.charCodeAt(end - 1)) end--;
  return end;
}

/** Phrase words at least this long also match with a doubled letter written once ("amazzo", "erschiesen", "solte"). */
const MIN_SINGLED_LENGTH = 6;

/**
 * Whether `word` is `pattern` plus an accepted ending, tolerating stretched letters ("dummmm") and, in longer words, a
 * doubled letter written once ("ti amazzo", "man solte den erschiesen"): short words keep their spelling ("das" is not
 * "dass", "den" not "denn", "shot" not "shoot").
 */
function matchesWord(pattern: string, word: string, suffixes: ReadonlySet<string>): boolean {
  let p = 0;
  let w = 0;
  let last = '';
  const singled = pattern.length >= MIN_SINGLED_LENGTH;
  while (p < pattern.length && w < word.length) {
    const c = word[w] as string;
    if (c === pattern[p]) {
      last = c;
      p++;
      w++;
    } else if (c === last) {
      w++;
    } else if (singled && p > 0 && pattern[p] === pattern[p - 1]) {
      p++;
    } else {
      return false;
    }
  }
  // "ammazz" against "amaz": the pattern's last doubled letter written once at the end of the word.
  if (singled && p === pattern.length - 1 && w === word.length && pattern[p] === pattern[p - 1]) p++;
  if (p < pattern.length) return false;
  // As restAfter, without building its answer: this runs for every candidate phrase word.
  const lastCode = last.charCodeAt(0);
  while (w < word.length && word.charCodeAt(w) === lastCode) w++;
  const end = stretchedEnd(word, w);
  const length = end - w;
  return length === 0 || (length <= MAX_SUFFIX_LENGTH && suffixes.has(word.slice(w, end)));
}

/**
 * Build-time memo of {@link compileOne}'s work that repeats across terms: generated frames spell the same words and
 * share the same ending lists thousands of times, and normalising each occurrence anew made up most of the load time.
 */
interface CompileMemo {
  /** A term's word as written → its normalised form. */
  readonly words: Map<string, string>;
  /** An `inflect` list (by identity) → its normalised suffix set. */
  readonly endings: WeakMap<readonly string[], ReadonlySet<string>>;
}

const NO_ENDINGS = suffixSet([]);
const DEFAULT_ENDINGS = suffixSet(DEFAULT_SUFFIXES);

function normalisedTermWord(word: string, memo: CompileMemo): string {
  if (word === GAP || word === LONG_GAP) return word;
  let norm = memo.words.get(word);
  if (norm === undefined) {
    norm = normalizeText(word).tokens.map((t) => t.norm).join('');
    memo.words.set(word, norm);
  }
  return norm;
}

function endingsOf(inflect: boolean | readonly string[], memo: CompileMemo): ReadonlySet<string> {
  if (inflect === true) return DEFAULT_ENDINGS;
  if (inflect === false) return NO_ENDINGS;
  let endings = memo.endings.get(inflect);
  if (endings === undefined) {
    endings = suffixSet(inflect.map((s) => normalizeWord(s)));
    memo.endings.set(inflect, endings);
  }
  return endings;
}

/** Whether a clause mark stands between the end of `from` and the next token (or the text's end). */
function breaksClause(text: string, from: Token, next: Token | undefined): boolean {
  const to = next === undefined ? text.length : next.begin;
  for (let j = from.end; j < to; j++) if (CLAUSE_BREAKS.has(text.charCodeAt(j))) return true;
  return false;
}

/** Whether a code unit is one of the white space characters of `\s` (and of `String.prototype.trim`). */
function isSpace(code: number): boolean {
  if (code === 32) return true;
  if (code < 128) return code >= 9 && code <= 13;
  return /\s/.test(String.fromCharCode(code));
}

/**
 * A term's words, normalised, into `words` (reused from term to term: only needed while the tries are built); the
 * same as `term.trim().split(/\s+/)` with each word normalised and the empty ones left out, without the arrays.
 */
function termWords(term: string, memo: CompileMemo, words: string[]): void {
  words.length = 0;
  let begin = -1;
  for (let k = 0; k <= term.length; k++) {
    if (k < term.length && !isSpace(term.charCodeAt(k))) {
      if (begin < 0) begin = k;
      continue;
    }
    if (begin < 0) continue;
    const norm = normalisedTermWord(term.slice(begin, k), memo);
    if (norm.length > 0) words.push(norm);
    begin = -1;
  }
}

/** A term compiled; its normalised words are left in `words`. */
function compileOne<T>(def: TermDefinition<T>, memo: CompileMemo, words: string[]): CompiledTerm<T> | undefined {
  termWords(def.term, memo, words);
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || first === GAP || first === LONG_GAP || last === GAP || last === LONG_GAP) return undefined;
  const compound = def.compound ?? 'none';
  const endings = endingsOf(def.inflect ?? true, memo);
  const compiled: CompiledTerm<T> = {
    term: def.term,
    id: def.id ?? words.join(' '),
    language: def.language,
    allow: def.action === 'allow',
    head: compound === 'head' || compound === 'both',
    modifier: compound === 'modifier' || compound === 'both',
    suffixes: endings,
    data: def.data,
    seenInWalk: 0,
  };
  return compiled;
}

/**
 * Compiles terms into a matcher. Terms that normalise to nothing (only punctuation, or only gaps) are ignored.
 * Matching is linear in the comment length times the depth of the term trie.
 */
export function compileTerms<T = undefined>(definitions: readonly TermDefinition<T>[]): TermMatcher<T> {
  // Terms that may close a compound also go into a second trie, walked from inside words: most terms may not,
  // and walking only these from every position keeps matching cheap.
  const root = newNode<T>();
  const headRoot = newNode<T>();
  let size = 0;
  // Letter pairs a compound head can start with: most positions inside a word start none, and one array read
  // rules them out before the head trie is walked.
  const headPairs = new Uint8Array(26 * 26);
  const headTriples = new Uint8Array(26 * 26 * 26);
  // Labels by endings and word (build time only), and by their first two distinct letters (to label comment words).
  // Terms with the same endings share one suffix set (see suffixSet), which keys the first level.
  const labelsByEndings = new Map<ReadonlySet<string>, Map<string, WordLabel>>();
  let labelCount = 0;
  const labelsByStart = new Map<number, WordLabel[]>();
  /** Scratch space for {@link skeletonKeys}. */
  const keys: number[] = [0, 0, 0];
  const labelOf = (word: string, compiled: CompiledTerm<T>): WordLabel => {
    let byWord = labelsByEndings.get(compiled.suffixes);
    if (byWord === undefined) {
      byWord = new Map();
      labelsByEndings.set(compiled.suffixes, byWord);
    }
    let label = byWord.get(word);
    if (label === undefined) {
      label = { id: labelCount++, code: word.charCodeAt(0), pattern: word, suffixes: compiled.suffixes };
      byWord.set(word, label);
      const count = skeletonKeys(word, keys);
      const start = keys[count - 1] as number;
      const sameStart = labelsByStart.get(start);
      if (sameStart === undefined) labelsByStart.set(start, [label]);
      else sameStart.push(label);
    }
    return label;
  };
  // Build time only: the edges of crowded nodes by label, so that such a node is not scanned for each new term.
  const edgesByLabel = new Map<WordNode<T>, Map<number, WordEdge<T>>>();
  const phraseRoots: WordNode<T>[] = [];
  const insert = (trie: TrieNode<T>, compiled: CompiledTerm<T>, words: readonly string[]): void => {
    let node = trie;
    const first = words[0] as string;
    for (let i = 0; i < first.length; i++) {
      const code = first.charCodeAt(i);
      node = addChild(node, code);
    }
    node.final = true;
    const second = words[1];
    if (second === undefined) {
      if (node.terms === NO_TERMS) node.terms = [compiled];
      else node.terms.push(compiled);
    } else {
      const bit = compiled.language === undefined ? ALL_LANGUAGES : languageBit(compiled.language);
      if (node.phrase === undefined) {
        node.phrase = newWordNode<T>();
        phraseRoots.push(node.phrase);
      }
      let at = node.phrase;
      at.languages |= bit;
      for (let w = 1; w < words.length; w++) {
        const word = words[w] as string;
        if (word === GAP) {
          at = at.gap ??= newWordNode<T>();
        } else if (word === LONG_GAP) {
          at = at.longGap ??= newWordNode<T>();
        } else {
          const from = at;
          const label = labelOf(word, compiled);
          let edge: WordEdge<T> | undefined;
          // Only a node with many edges has a map (once it has one, it keeps more edges than that).
          let crowded = from.edges.length > INDEXED_EDGES ? edgesByLabel.get(from) : undefined;
          if (crowded === undefined && from.edges.length > INDEXED_EDGES) {
            crowded = new Map(from.edges.map((e) => [e.label, e]));
            edgesByLabel.set(from, crowded);
          }
          if (crowded === undefined) {
            for (const e of from.edges) {
              if (e.label === label.id) {
                edge = e;
                break;
              }
            }
          } else {
            edge = crowded.get(label.id);
          }
          if (edge === undefined) {
            edge = { label: label.id, code: label.code, child: newWordNode<T>() };
            // A literal of one: most nodes keep a single edge, and `push` onto an empty array reserves room for 17.
            if (from.edges === NO_EDGES) from.edges = [edge];
            else from.edges.push(edge);
            crowded?.set(label.id, edge);
          }
          at = edge.child;
        }
        at.languages |= bit;
      }
      if (at.ends === NO_ENDS) at.ends = [compiled];
      else at.ends.push(compiled);
    }
  };
  const memo: CompileMemo = { words: new Map(), endings: new WeakMap() };
  const words: string[] = [];
  for (const def of definitions) {
    const compiled = compileOne(def, memo, words);
    if (compiled === undefined) continue;
    size++;
    insert(root, compiled, words);
    if (compiled.head) {
      insert(headRoot, compiled, words);
      const first = words[0] as string;
      const a = first.charCodeAt(0) - CODE_A;
      const b = first.charCodeAt(1) - CODE_A;
      const c = first.charCodeAt(2) - CODE_A;
      if (a >= 0 && a < 26 && b >= 0 && b < 26) headPairs[a * 26 + b] = 1;
      else headPairs.fill(1);
      if (a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26) headTriples[(a * 26 + b) * 26 + c] = 1;
      else headTriples.fill(1);
    }
  }
  for (const phrase of phraseRoots) finishWordNode(phrase);
  // The matcher's closures share this scope: empty the build-time maps so they are not kept for its lifetime.
  edgesByLabel.clear();
  labelsByEndings.clear();
  phraseRoots.length = 0;

  /** A term without a language applies to all; a comment of unknown (`other`) or unstated language meets every term. */
  const languageAllows = (term: CompiledTerm<T>, language: Language | undefined): boolean =>
    term.language === undefined || language === undefined || language === 'other' || term.language === language;

  function accepts(term: CompiledTerm<T>, start: number, rest: { rest: string; length: number }, language: Language | undefined): boolean {
    if (!languageAllows(term, language)) return false;
    if (start > 0 && !term.head) return false;
    if (rest.length === 0 || (rest.length <= MAX_SUFFIX_LENGTH && term.suffixes.has(rest.rest))) return true;
    return term.modifier && rest.length >= MIN_MODIFIER_REST;
  }

  /** What the trie walk finds in one word, whatever its neighbours (see {@link walkOf}). */
  interface WordWalk {
    /** Single-word terms found in the word, before the language filter. */
    singles: CompiledTerm<T>[];
    /** Trie nodes where phrases (or gapped terms) may start, with where in the word and what rest follows. */
    phraseStarts: { node: TrieNode<T>; start: number; rest: { rest: string; length: number } }[];
  }
  const walks = new WordCache<WordWalk>();
  /** The labels each word matches, found once per distinct word. */
  const wordLabels = new WordCache<readonly number[]>();
  function labelsOfWord(word: string, id: number): readonly number[] {
    const known = wordLabels.get(id);
    if (known !== undefined) return known;
    let labels: number[] | undefined;
    const count = skeletonKeys(word, keys);
    for (let k = 0; k < count; k++) {
      for (const label of labelsByStart.get(keys[k] as number) ?? NO_LABELS_OF_CODE) {
        if (matchesWord(label.pattern, word, label.suffixes)) (labels ??= []).push(label.id);
      }
    }
    const found = labels ?? NO_LABELS;
    wordLabels.set(id, found);
    return found;
  }
  /** {@link labelBit}s of each word's labels: small integers, kept in the array itself. */
  const wordLabelBits = new WordCache<number>();
  /**
   * The label bits of a word: one read of a compact array, where the step known for a node and a word is a probe
   * of a large table, and nearly every word a walk reaches goes on along no edge.
   */
  function labelBitsOf(word: string, id: number): number {
    const known = wordLabelBits.get(id);
    if (known !== undefined) return known;
    let bits = 0;
    for (const label of labelsOfWord(word, id)) bits |= labelBit(label);
    wordLabelBits.set(id, bits);
    return bits;
  }
  /**
   * Whether a word leads on from a phrase node with edges ({@link WordNode.index}, word id): {@link STEPS} or
   * {@link NO_STEP}. Nearly every word a walk reaches, after a gap above all, leads nowhere, and the answer depends on
   * the node and the word alone: known, it saves the word's labels and a lookup of each.
   */
  const nodeSteps = new WordPairFlags();
  /** Numbers each phrase walk, for {@link CompiledTerm.seenInWalk}. */
  let phraseWalks = 0;
  /**
   * A word's walk and flags for the comments of one language (see {@link languageBit}; {@link ALL_LANGUAGES} for an
   * unknown one): terms and phrases of other languages left out, so that an English comment does not load the walk
   * of a word only German terms start in, nor follow phrases only French frames go on with.
   */
  interface LanguageWords {
    bit: number;
    language: Language | undefined;
    /** {@link flagsOf} per word, in a typed array: most tokens are ruled out without loading their walk. */
    flags: WordFlags;
    walks: WordCache<WordWalk>;
    /** {@link phraseStartsOf} per word. */
    phrases: WordCache<readonly PhraseStart[]>;
    /** {@link stepsOn} per pair of words: {@link STEPS} or {@link NO_STEP}. */
    steps: WordPairFlags;
    /** {@link rootLabelsOf} per word. */
    rootLabels: WordCache<number>;
    /** {@link WordNode.nextBits} of phrase roots, counting only the edges that lead to phrases of the language. */
    nextBits: Map<WordNode<T>, number>;
  }
  /** The language's bit ({@link languageBit}); every language's for an unknown (`other`) or unstated one. */
  const bitOf = (language: Language | undefined): number => (language === undefined || language === 'other' ? ALL_LANGUAGES : languageBit(language));
  const byLanguage = new Map<number, LanguageWords>();
  function languageWords(bit: number, language: Language | undefined): LanguageWords {
    let words = byLanguage.get(bit);
    if (words === undefined) {
      words = { bit, language: bit === ALL_LANGUAGES ? undefined : language, flags: new WordFlags(), walks: new WordCache<WordWalk>(), phrases: new WordCache<readonly PhraseStart[]>(), steps: new WordPairFlags(), rootLabels: new WordCache<number>(), nextBits: new Map() };
      byLanguage.set(bit, words);
    }
    return words;
  }

  /**
   * What a word's walk can lead to in comments of `lang`, as bits: {@link NEXT_AZ} bit k when a phrase starting in it
   * may go on with a word starting with letter k, {@link NEXT_OTHER} for any other first code unit,
   * {@link HAS_GAPPED} when a gapped term may start in it, {@link HAS_SINGLES} when it holds single-word terms, and
   * always {@link KNOWN}.
   */
  function flagsOf(word: string, id: number, lang: LanguageWords): number {
    const known = lang.flags.get(id);
    if (known !== 0) return known;
    const walk = languageWalkOf(word, id, lang);
    let flags = KNOWN;
    if (walk.singles.length > 0) flags |= HAS_SINGLES;
    for (const { node } of walk.phraseStarts) {
      const phrase = node.phrase as WordNode<T>;
      if (phrase.gap !== undefined && (phrase.gap.languages & lang.bit) !== 0) flags |= HAS_GAPPED;
      if (phrase.longGap !== undefined && (phrase.longGap.languages & lang.bit) !== 0) flags |= HAS_GAPPED;
      let nextBits = lang.nextBits.get(phrase);
      if (nextBits === undefined) {
        nextBits = 0;
        for (const edge of phrase.edges) if ((edge.child.languages & lang.bit) !== 0) nextBits |= nextBitOf(edge.code);
        lang.nextBits.set(phrase, nextBits);
      }
      flags |= nextBits;
    }
    lang.flags.set(id, flags);
    return flags;
  }

  /**
   * Whether a phrase starting in a word (its walk, without gapped phrases) goes on with the next word: most phrase
   * starts do not, and the answer depends on the two words alone, so it is kept per pair (see {@link WordPairFlags}).
   */
  function stepsOn(word: Token, next: Token, lang: LanguageWords): boolean {
    // A pair is a probe of a large table: most next words share no label bit with the phrases, and need none.
    if ((rootLabelsOf(word, lang) & labelBitsOf(next.norm, next.id)) === 0) return false;
    const known = lang.steps.get(word.id, next.id);
    if (known !== 0) return known === STEPS;
    const labels = labelsOfWord(next.norm, next.id);
    let steps = false;
    for (const { node } of languageWalkOf(word.norm, word.id, lang).phraseStarts) {
      const phrase = node.phrase as WordNode<T>;
      if (phrase.byLabel !== undefined) {
        for (const label of labels) {
          const child = phrase.byLabel.get(label);
          if (child !== undefined && (child.languages & lang.bit) !== 0) steps = true;
        }
      } else {
        for (const edge of phrase.edges) if ((edge.child.languages & lang.bit) !== 0 && labels.includes(edge.label)) steps = true;
      }
    }
    lang.steps.set(word.id, next.id, steps ? STEPS : NO_STEP);
    return steps;
  }

  /**
   * The {@link WordNode.labelBits} of the phrases starting in a word, counting only the edges that lead to phrases of
   * the language: a next word whose labels have none of these bits goes on with none of them.
   */
  function rootLabelsOf(token: Token, lang: LanguageWords): number {
    const known = lang.rootLabels.get(token.id);
    if (known !== undefined) return known;
    let bits = 0;
    for (const { node } of languageWalkOf(token.norm, token.id, lang).phraseStarts) {
      for (const edge of (node.phrase as WordNode<T>).edges) if ((edge.child.languages & lang.bit) !== 0) bits |= labelBit(edge.label);
    }
    lang.rootLabels.set(token.id, bits);
    return bits;
  }

  /** A phrase that may start in a word: the node its next words are looked up in, where it starts, what follows. */
  interface PhraseStart {
    phrase: WordNode<T>;
    start: number;
    rest: { rest: string; length: number };
  }

  /**
   * The phrase starts of a word's {@link languageWalkOf}, each with its node of phrases at hand: read for every
   * word a phrase walk starts from, where the walk, its starts and their trie nodes were a chain of reads from all
   * over the heap.
   */
  function phraseStartsOf(token: Token, lang: LanguageWords): readonly PhraseStart[] {
    const cached = lang.phrases.get(token.id);
    if (cached !== undefined) return cached;
    const starts = languageWalkOf(token.norm, token.id, lang).phraseStarts.map(({ node, start, rest }) => ({ phrase: node.phrase as WordNode<T>, start, rest }));
    lang.phrases.set(token.id, starts);
    return starts;
  }

  /** {@link walkOf} without the single-word terms of other languages and the phrases that go on in none of `lang`'s. */
  function languageWalkOf(word: string, id: number, lang: LanguageWords): WordWalk {
    const cached = lang.walks.get(id);
    if (cached !== undefined) return cached;
    const all = walkOf(word, id);
    const walk: WordWalk = {
      singles: all.singles.filter((term) => languageAllows(term, lang.language)),
      phraseStarts: all.phraseStarts.filter(({ node }) => node.phrase !== undefined && (node.phrase.languages & lang.bit) !== 0),
    };
    lang.walks.set(id, walk);
    return walk;
  }

  /**
   * Walks the tries from every position of a word (compound heads included) once per distinct word: the walk
   * depends on the word alone, so later comments replay it and only check phrases against the next word.
   */
  function walkOf(word: string, id: number): WordWalk {
    const cached = walks.get(id);
    if (cached !== undefined) return cached;
    const walk: WordWalk = { singles: [], phraseStarts: [] };
    for (let start = 0; start < word.length; start++) {
      // Starting inside a run of one letter finds nothing the run's first letter did not ("aaaa…" stays linear).
      if (start > 0 && word.charCodeAt(start) === word.charCodeAt(start - 1)) continue;
      if (start > 0 && start + 1 < word.length) {
        const a = word.charCodeAt(start) - CODE_A;
        const b = word.charCodeAt(start + 1) - CODE_A;
        // A doubled letter may be a stretched one ("Vollidiiiot"): only distinct pairs are ruled out.
        if (a !== b && a >= 0 && a < 26 && b >= 0 && b < 26) {
          if (headPairs[a * 26 + b] === 0) continue;
          const c = start + 2 < word.length ? word.charCodeAt(start + 2) - CODE_A : -1;
          if (c !== b && c >= 0 && c < 26 && headTriples[(a * 26 + b) * 26 + c] === 0) continue;
        }
      }
      let node = childOf(start === 0 ? root : headRoot, word.charCodeAt(start));
      if (node === undefined) continue;
      let last = word.charCodeAt(start);
      let pos = start + 1;
      for (;;) {
        if (node.final) {
          const rest = restAfter(word, pos, last);
          for (const term of node.terms) if (accepts(term, start, rest, undefined)) walk.singles.push(term);
          if (node.phrase !== undefined) walk.phraseStarts.push({ node, start, rest });
        }
        if (pos >= word.length) break;
        const c = word.charCodeAt(pos);
        const child: TrieNode<T> | undefined = childOf(node, c);
        if (child !== undefined) {
          node = child;
          last = c;
        } else if (c !== last) {
          break;
        }
        pos++;
      }
    }
    walks.set(id, walk);
    return walk;
  }

  function matchWithAllowed(input: string | NormalizedText, language?: Language): { matches: TermMatch<T>[]; allowed: AllowedRange[] } {
    const normalized = typeof input === 'string' ? normalizeText(input) : input;
    const tokens = normalized.tokens;
    const found: { term: CompiledTerm<T>; tokenStart: number; tokenEnd: number }[] = [];
    const bit = bitOf(language);
    const lang = languageWords(bit, language);
    /**
     * Follows the words of phrases from `node`, the token at `at` next; terms that end on the way are found from
     * token `i`, once each: depth first with the shorter gap tried first, so a term ends where its smallest gaps put it.
     */
    const walkPhrase = (node: WordNode<T>, at: number, walkId: number, start: number, rest: { rest: string; length: number }, i: number, sentence: number): void => {
      if ((node.languages & bit) === 0) return;
      for (const term of node.ends) {
        if (term.seenInWalk === walkId || !accepts(term, start, rest, language)) continue;
        term.seenInWalk = walkId;
        found.push({ term, tokenStart: i, tokenEnd: at });
      }
      const token = tokens[at];
      if (token === undefined || token.sentence !== sentence) return;
      if (token.kind === 'word') {
        const code = token.norm.charCodeAt(0);
        const known = (node.nextBits & nextBitOf(code)) !== 0 && (node.labelBits & labelBitsOf(token.norm, token.id)) !== 0 ? nodeSteps.get(node.index, token.id) : NO_STEP;
        if (known !== NO_STEP) {
          const labels = labelsOfWord(token.norm, token.id);
          let steps = false;
          if (node.byLabel !== undefined) {
            for (const label of labels) {
              const child = node.byLabel.get(label);
              if (child === undefined) continue;
              steps = true;
              walkPhrase(child, at + 1, walkId, start, rest, i, sentence);
            }
          } else if (labels.length > 0) {
            for (const edge of node.edges) {
              if (!labels.includes(edge.label)) continue;
              steps = true;
              walkPhrase(edge.child, at + 1, walkId, start, rest, i, sentence);
            }
          }
          if (known === 0) nodeSteps.set(node.index, token.id, steps ? STEPS : NO_STEP);
        }
      }
      const longGap = node.longGap;
      if (longGap !== undefined && (longGap.languages & bit) !== 0) walkGap(longGap, MAX_LONG_GAP_WORDS, true, at, walkId, start, rest, i, sentence);
      const gap = node.gap;
      if (gap === undefined || (gap.languages & bit) === 0) return;
      walkGap(gap, MAX_GAP_WORDS, false, at, walkId, start, rest, i, sentence);
    };
    /** Skips up to `most` words before `gap`'s edges; a long gap stays inside the clause. */
    const walkGap = (gap: WordNode<T>, most: number, clause: boolean, at: number, walkId: number, start: number, rest: { rest: string; length: number }, i: number, sentence: number): void => {
      // A gap that only leads on to words (most do) is followed only to a word one of its edges starts like.
      const wordsOnly = gap.ends.length === 0 && gap.gap === undefined && gap.longGap === undefined;
      for (let skip = 0; skip <= most; skip++) {
        const next = at + skip;
        const skipped = tokens[next - 1];
        if (skip > 0 && (skipped === undefined || skipped.sentence !== sentence)) break;
        if (wordsOnly) {
          const word = tokens[next];
          if (word === undefined || word.sentence !== sentence || word.kind !== 'word' || (gap.nextBits & nextBitOf(word.norm.charCodeAt(0))) === 0) continue;
          if ((gap.labelBits & labelBitsOf(word.norm, word.id)) === 0) continue;
        }
        // Beyond a short gap's words, a long one stays in the clause: "man sollte, wenn …, …" is no call across the comma.
        // Asked only of a word the gap may go on with: a break before one word is a break before every later one.
        if (clause && skip > MAX_GAP_WORDS && at > 0 && breaksClause(normalized.text, tokens[at - 1] as Token, tokens[next])) break;
        walkPhrase(gap, next, walkId, start, rest, i, sentence);
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (token.kind !== 'word') continue;
      const flags = flagsOf(token.norm, token.id, lang);
      if (flags === KNOWN) continue;
      // Phrases continue on the next word of the same sentence; its first letter picks the candidates.
      const nextToken = tokens[i + 1];
      const nextWord = nextToken !== undefined && nextToken.sentence === token.sentence && nextToken.kind === 'word';
      const nextCode = nextWord ? nextToken.norm.charCodeAt(0) : -1;
      const nextBit = nextCode < 0 ? 0 : nextCode >= CODE_A && nextCode < CODE_A + 26 ? 1 << (nextCode - CODE_A) : NEXT_OTHER;
      if ((flags & (HAS_SINGLES | HAS_GAPPED | nextBit)) === 0) continue;
      // The walk (objects from anywhere in the heap) is read only when it finds something: few words that get here
      // hold single-word terms, and most phrase starts do not go on with the next word (known from the pair alone).
      if ((flags & HAS_SINGLES) !== 0) for (const term of languageWalkOf(token.norm, token.id, lang).singles) found.push({ term, tokenStart: i, tokenEnd: i + 1 });
      if ((flags & (HAS_GAPPED | nextBit)) === 0) continue;
      // Without a gap, a phrase that does not go on with the next word finds nothing.
      if ((flags & HAS_GAPPED) === 0 && !stepsOn(token, nextToken as Token, lang)) continue;
      for (const { phrase, start, rest } of phraseStartsOf(token, lang)) walkPhrase(phrase, i + 1, ++phraseWalks, start, rest, i, token.sentence);
    }
    const allows = found.filter((f) => f.term.allow);
    const matches: TermMatch<T>[] = [];
    // Found in order of their first token: a repeat of a match (the same term found from two places in a word)
    // can only be among the matches kept since that token, a handful at most.
    let sameStart = 0;
    for (const f of found) {
      if (f.term.allow) continue;
      if (allows.some((a) => a.tokenStart <= f.tokenStart && a.tokenEnd >= f.tokenEnd)) continue;
      while (sameStart < matches.length && (matches[sameStart] as TermMatch<T>).tokenStart !== f.tokenStart) sameStart++;
      let repeat = false;
      for (let k = sameStart; k < matches.length && !repeat; k++) {
        const m = matches[k] as TermMatch<T>;
        repeat = m.id === f.term.id && m.tokenEnd === f.tokenEnd;
      }
      if (repeat) continue;
      const first = tokens[f.tokenStart] as Token;
      const lastToken = tokens[f.tokenEnd - 1] as Token;
      matches.push({
        begin: first.begin,
        end: lastToken.end,
        term: f.term.term,
        id: f.term.id,
        tokenStart: f.tokenStart,
        tokenEnd: f.tokenEnd,
        data: f.term.data,
      });
    }
    sortStable(matches, byMatchPosition);
    return { matches, allowed: allows.map(({ tokenStart, tokenEnd }) => ({ tokenStart, tokenEnd })) };
  }

  function knows(word: string, language?: Language): boolean {
    const bit = bitOf(language);
    const walk = languageWalkOf(word, WORDS.idOf(word), languageWords(bit, language));
    // From the first letter to the last but an ending: not a term inside a longer word ("ing" holds no "in").
    if (walk.phraseStarts.some((s) => s.start === 0 && (s.rest.length === 0 || DEFAULT_ENDINGS.has(s.rest.rest)))) return true;
    return walk.singles.some((term) => {
      const first = normalizeWord(term.term);
      return word === first || (word.startsWith(first) && term.suffixes.has(word.slice(first.length)));
    });
  }

  return { match: (input, language) => matchWithAllowed(input, language).matches, matchWithAllowed, knows, size };
}
