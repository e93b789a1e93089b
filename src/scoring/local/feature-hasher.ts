import { IDENTITY_FORMS, PUBLIC_FIGURES } from './identity-terms';
import type { LexiconResult } from './lexicon-scorer';
import { reportedSpeechTokens } from './speech-context';
import { REGISTER, shippedThesaurus, type Thesaurus } from './thesaurus';
import type { NormalizedText, Token } from './text-normalizer';
import { WORDS } from './word-table';

/** How text becomes hashed features; stored in the model file so training and scoring agree. */
export interface FeatureOptions {
  /** log2 of the number of hash buckets. */
  hashBits: number;
  /** Shortest character n-gram (within a word padded with spaces). */
  charMin: number;
  /** Longest character n-gram. */
  charMax: number;
  /** Add word bigrams to word unigrams. */
  wordBigrams: boolean;
  /**
   * Read words that name a group of people ({@link IDENTITY_FORMS}) or a politician ({@link PUBLIC_FIGURES}) as
   * if they were not there: naming a group or a politician can never raise a score on its own. Absent in older model files (false).
   */
  maskIdentity?: boolean;
  /**
   * Add, for German words in the OpenThesaurus-derived list, their register (coarse, vulgar, pejorative,
   * colloquial) and synonym sets as features. Absent in older model files (false).
   */
  thesaurus?: boolean;
  /**
   * Give no lexical evidence for words the comment reports or condemns ({@link reportedSpeechTokens}): quotations
   * and clauses after a verb of saying.
   * Absent in older model files (false).
   */
  maskReportedQuotes?: boolean;
}

/**
 * A reusable sparse vector: `length` (index, value) pairs; repeated indices add up. Or, after {@link startDot},
 * only its dot product with a weight vector: each pair is multiplied in as it comes (values rounded to float32 as
 * if stored), so a score needs no pass over stored pairs and gets the same number.
 */
export class FeatureBuffer {
  indices: Int32Array;
  values: Float32Array;
  length = 0;
  /** `tokenEnds[t]`: buffer length after the features of token `t`, to explain a score by its tokens. */
  tokenEnds: Int32Array;
  /** Set by {@link startDot}: pairs are multiplied into {@link dot} instead of stored. */
  weights: Float32Array | undefined;
  /** The bias plus every pair's value times its weight, in the order pushed. */
  dot = 0;
  /** `tokenShares[t]`: what the pairs of token `t` added to {@link dot}. */
  tokenShares: Float64Array;
  private share = 0;
  /**
   * A second weight vector (a second model head) dotted in the same pass: {@link dot2} and {@link tokenShares2} as
   * {@link dot} and {@link tokenShares}, so that two heads cost one extraction.
   */
  weights2: Float32Array | undefined;
  dot2 = 0;
  tokenShares2: Float64Array;
  private share2 = 0;

  constructor(capacity = 4096) {
    this.indices = new Int32Array(capacity);
    this.values = new Float32Array(capacity);
    this.tokenEnds = new Int32Array(256);
    this.tokenShares = new Float64Array(256);
    this.tokenShares2 = new Float64Array(256);
  }

  /** Empties the buffer to store pairs. */
  reset(): void {
    this.length = 0;
    this.weights = undefined;
    this.weights2 = undefined;
  }

  /**
   * Empties the buffer to compute `bias` + the dot product with `weights` (nothing is stored), and with `second`
   * when given.
   */
  startDot(weights: Float32Array, bias: number, second?: { weights: Float32Array; bias: number }): void {
    this.length = 0;
    this.weights = weights;
    this.dot = bias;
    this.share = 0;
    this.weights2 = second?.weights;
    this.dot2 = second?.bias ?? 0;
    this.share2 = 0;
  }

  /** In dot mode: adds products already multiplied out (a word's cached sums times the comment's unit). */
  addProduct(product: number, product2 = 0): void {
    this.dot += product;
    this.share += product;
    this.dot2 += product2;
    this.share2 += product2;
  }

  /** Makes room for `extra` more pairs (at least doubling, so that pushes stay amortised O(1)). */
  reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.indices.length) return;
    const capacity = Math.max(needed, this.indices.length * 2);
    const indices = new Int32Array(capacity);
    indices.set(this.indices.subarray(0, this.length));
    this.indices = indices;
    const values = new Float32Array(capacity);
    values.set(this.values.subarray(0, this.length));
    this.values = values;
  }

  push(index: number, value: number): void {
    if (this.weights !== undefined) {
      const stored = Math.fround(value);
      const product = (this.weights[index] as number) * stored;
      this.dot += product;
      this.share += product;
      if (this.weights2 !== undefined) {
        const product2 = (this.weights2[index] as number) * stored;
        this.dot2 += product2;
        this.share2 += product2;
      }
      return;
    }
    if (this.length === this.indices.length) this.reserve(1);
    this.indices[this.length] = index;
    this.values[this.length] = value;
    this.length++;
  }

  markTokenEnd(token: number): void {
    if (this.weights !== undefined) {
      this.tokenShares = withIndex(this.tokenShares, token, Float64Array);
      this.tokenShares[token] = this.share;
      this.share = 0;
      if (this.weights2 !== undefined) {
        this.tokenShares2 = withIndex(this.tokenShares2, token, Float64Array);
        this.tokenShares2[token] = this.share2;
        this.share2 = 0;
      }
      return;
    }
    this.tokenEnds = withIndex(this.tokenEnds, token, Int32Array);
    this.tokenEnds[token] = this.length;
  }
}

/** `array` when it has a slot `index`, else a copy at least twice as long (so that growing stays amortised O(1)). */
function withIndex<A extends Float64Array | Int32Array>(array: A, index: number, make: new (length: number) => A): A {
  if (index < array.length) return array;
  const grown = new make(Math.max(index + 1, array.length * 2));
  grown.set(array);
  return grown;
}

/**
 * A word's features dotted with `weights`, cached in `dots` by word id (NaN = not yet): its n-grams are the same in
 * every comment, so the sum is computed once, always in the same order.
 */
function cachedWordDot(dots: Float64Array, weights: Float32Array, id: number, poolIndices: Int32Array, poolSigns: Float32Array, offset: number, length: number): number {
  let sum = dots[id] as number;
  if (Number.isNaN(sum)) {
    sum = 0;
    for (let i = offset; i < offset + length; i++) sum += (weights[poolIndices[i] as number] as number) * (poolSigns[i] as number);
    dots[id] = sum;
  }
  return sum;
}

/** Bits of {@link ASCII_KINDS}: A–Z, any ASCII letter, "!" (each count is its bit shifted down). */
const KIND_UPPER = 1;
const KIND_LETTER = 2;
const KIND_EXCLAMATION = 4;
/** What extractMeta counts of each ASCII code. */
const ASCII_KINDS = ((): Uint8Array => {
  const kinds = new Uint8Array(128);
  for (let c = 65; c <= 90; c++) kinds[c] = KIND_UPPER | KIND_LETTER;
  for (let c = 97; c <= 122; c++) kinds[c] = KIND_LETTER;
  kinds[33] = KIND_EXCLAMATION;
  return kinds;
})();

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_CHAR = 0x1b873593;
const SEED_WORD = 0x5bd1e995;
const SEED_BIGRAM = 0x27d4eb2f;
const SEED_META = 0x165667b1;
const SPACE = 32;


/** murmur3's finaliser: spreads FNV's weak low bits before taking the bucket. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

function hashString(seed: number, s: string): number {
  let h = FNV_OFFSET ^ seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

const START_HASH = hashString(SEED_WORD, '<s>');
const MASKED_HASH = hashString(SEED_WORD, '<masked>');
/** Shorter words are looked up too often for what they add ("aas", "sau" are in the lexicon anyway). */
const MIN_THESAURUS_LENGTH = 4;
const SYNSET_HASH = hashString(SEED_META, 'othes:set');
const REGISTER_ENTRIES = Object.entries(REGISTER) as [keyof typeof REGISTER, number][];
const REGISTER_HASHES = Object.fromEntries(REGISTER_ENTRIES.map(([label]) => [label, hashString(SEED_META, `othes:${label}`)])) as Record<keyof typeof REGISTER, number>;

function unionMask(a: Uint8Array | undefined, b: Uint8Array | undefined): Uint8Array | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i] as number) | (b[i] as number);
  return out;
}

/** The feature-space name of a token; the 'word' forms are what the lexicon and the n-grams see. */
function tokenKey(token: Token): string {
  switch (token.kind) {
    case 'mention':
      return '@user';
    case 'url':
      return '<url>';
    case 'number':
      return '<num>';
    default:
      return token.norm;
  }
}

/**
 * What a word contributes whatever comment it is in, computed once per distinct word and kept: four numbers per
 * word id in one typed array (see {@link FeatureHasher}), so that a token's entry is one read of nearby memory.
 * - `ENTRY_OFFSET`: where the word's features start in the hasher's pool, + 1 (0 = not computed yet);
 * - `ENTRY_LENGTH`: how many features it has, or −1 when it names a group and is masked
 *   ({@link FeatureOptions.maskIdentity});
 * - `ENTRY_COUNT`: occurrences counted for the comment's length normalisation;
 * - `ENTRY_HASH`: hash of the word, for the bigrams.
 */
const ENTRY_OFFSET = 0;
const ENTRY_LENGTH = 1;
const ENTRY_COUNT = 2;
const ENTRY_HASH = 3;
const ENTRY_SIZE = 4;
const GROUP = -1;

/**
 * Turns a comment into hashed features: character n-grams inside words, word uni- and bigrams, lexicon
 * evidence and a few shape cues (shouting, exclamation marks). A word's own features are computed once and
 * cached, so the common words of a language cost a copy, not a hash per n-gram.
 */
export class FeatureHasher {
  private readonly mask: number;
  private readonly signBit: number;
  private readonly thesaurus: Thesaurus | undefined;
  /** {@link ENTRY_SIZE} numbers per word id of the current word-table generation. */
  private entries = new Int32Array(1024 * ENTRY_SIZE);
  /**
   * Every cached word's features, one after the other: one pair of arrays instead of two small ones per word,
   * so that copying a comment's words reads memory that is close together and the heap holds fewer objects.
   */
  private readonly pool = new FeatureBuffer(1 << 14);
  /** The word-table generation the pool's entries belong to; a new one starts the pool afresh. */
  private poolGeneration = -1;
  /**
   * Per weight vector (one per model head), each word's features dotted with it, by word id (NaN = not yet):
   * a word's n-grams are the same in every comment, so in dot mode a token costs one multiplication by the
   * comment's unit instead of one per n-gram.
   */
  private readonly wordDots = new Map<Float32Array, Float64Array>();

  constructor(
    readonly options: FeatureOptions,
    thesaurus?: Thesaurus,
  ) {
    this.mask = (1 << options.hashBits) - 1;
    this.signBit = 1 << Math.min(31, options.hashBits);
    this.thesaurus = options.thesaurus === true ? (thesaurus ?? shippedThesaurus()) : undefined;
  }

  /** Bucket and sign folded into one number: index in the low bits, negative value for the other sign. */
  private emit(out: FeatureBuffer, hash: number, value: number): void {
    const h = fmix(hash);
    out.push(h & this.mask, (h & this.signBit) === 0 ? value : -value);
  }

  /** Computes the entry of a word not yet seen in this generation; returns where it starts in {@link entries}. */
  private wordFeatures(norm: string, id: number): number {
    const at = id * ENTRY_SIZE;
    if (at >= this.entries.length) {
      const entries = new Int32Array(Math.max(at + ENTRY_SIZE, this.entries.length * 2));
      entries.set(this.entries);
      this.entries = entries;
    }
    const entries = this.entries;
    const { charMin, charMax, wordBigrams } = this.options;
    const wordHash = hashString(SEED_WORD, norm);
    if (this.options.maskIdentity === true && (IDENTITY_FORMS.has(norm) || PUBLIC_FIGURES.has(norm))) {
      // A masked group name is read as if it were not there, so that naming a group changes nothing.
      entries[at + ENTRY_OFFSET] = 1;
      entries[at + ENTRY_LENGTH] = GROUP;
      entries[at + ENTRY_COUNT] = 0;
      entries[at + ENTRY_HASH] = 0;
    } else {
      const out = this.pool;
      const offset = out.length;
      this.emit(out, wordHash, 1);
      if (this.thesaurus !== undefined && norm.length >= MIN_THESAURUS_LENGTH) this.thesaurusFeatures(out, norm);
      const len = norm.length + 2;
      let count = wordBigrams ? 2 : 1;
      for (let i = 0; i < len; i++) {
        let h = FNV_OFFSET ^ SEED_CHAR;
        for (let n = 1; n <= charMax && i + n <= len; n++) {
          const k = i + n - 1;
          const code = k === 0 || k === len - 1 ? SPACE : norm.charCodeAt(k - 1);
          h = Math.imul(h ^ code, FNV_PRIME);
          if (n >= charMin) {
            this.emit(out, h ^ n, 1);
            count++;
          }
        }
      }
      entries[at + ENTRY_OFFSET] = offset + 1;
      entries[at + ENTRY_LENGTH] = out.length - offset;
      entries[at + ENTRY_COUNT] = count;
      entries[at + ENTRY_HASH] = wordHash;
    }
    return at;
  }

  /** Writes the comment's features into `out`, or multiplies them in when `out` is in dot mode (see {@link FeatureBuffer}). */
  extract(text: NormalizedText, lexicon: LexiconResult | undefined, out: FeatureBuffer): void {
    if (out.weights === undefined) out.reset();
    const { wordBigrams } = this.options;
    const tokens = text.tokens;
    if (this.poolGeneration !== WORDS.generation) {
      // Word ids of the old generation mean other words now: every entry and the pool start afresh.
      this.entries.fill(0);
      this.pool.reset();
      this.wordDots.clear();
      this.poolGeneration = WORDS.generation;
    }
    let count = 0;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t] as Token;
      if (token.kind !== 'word') {
        count += wordBigrams ? 2 : 1;
        continue;
      }
      const at = token.id * ENTRY_SIZE;
      if (at >= this.entries.length || this.entries[at + ENTRY_OFFSET] === 0) this.wordFeatures(token.norm, token.id);
      count += this.entries[at + ENTRY_COUNT] as number;
    }
    // Each occurrence weighs 1/sqrt(n): comments of any length land on a comparable scale.
    const unit = count > 0 ? 1 / Math.sqrt(count) : 0;
    let masked = lexicon?.maskedTokens;
    if (this.options.maskReportedQuotes === true) {
      // The lexicon may have looked for the reported speech already (null when it did not).
      masked = unionMask(masked, lexicon === undefined || lexicon.reportedSpeech === null ? reportedSpeechTokens(text) : lexicon.reportedSpeech);
    }
    let prevWord = START_HASH;
    // Read after every word of the comment is in the pool: adding one may have moved its arrays.
    const poolIndices = this.pool.indices;
    const poolSigns = this.pool.values;
    const entries = this.entries;
    const weights = out.weights;
    const dots = weights === undefined ? undefined : this.wordDotsFor(weights);
    const weights2 = out.weights2;
    const dots2 = weights2 === undefined ? undefined : this.wordDotsFor(weights2);
    // Each pair's value × unit is rounded to float32 as if stored; values are ±1 or ±2, so that is the unit rounded once.
    const storedUnit = Math.fround(unit);
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t] as Token;
      if (masked !== undefined && masked[t] === 1) {
        // A mentioned or innocent phrase stays a position in the sentence but gives no lexical evidence.
        prevWord = MASKED_HASH;
        out.markTokenEnd(t);
        continue;
      }
      if (token.kind === 'word') {
        const entry = token.id * ENTRY_SIZE;
        const length = entries[entry + ENTRY_LENGTH] as number;
        if (length === GROUP) {
          // Read as if the group were not named: no feature of its own, and the bigram runs across it.
          out.markTokenEnd(t);
          continue;
        }
        const wordHash = entries[entry + ENTRY_HASH] as number;
        if (wordBigrams) this.emit(out, Math.imul(prevWord ^ Math.imul(wordHash, SEED_BIGRAM), FNV_PRIME), unit);
        prevWord = wordHash;
        const offset = (entries[entry + ENTRY_OFFSET] as number) - 1;
        if (dots !== undefined) {
          const sum = cachedWordDot(dots, weights as Float32Array, token.id, poolIndices, poolSigns, offset, length);
          const sum2 = dots2 === undefined ? 0 : cachedWordDot(dots2, weights2 as Float32Array, token.id, poolIndices, poolSigns, offset, length);
          out.addProduct(sum * storedUnit, sum2 * storedUnit);
          out.markTokenEnd(t);
          continue;
        }
        out.reserve(length);
        const at = out.length;
        // A plain loop: for a word's few dozen entries, TypedArray#set costs more in the call than in the copy.
        const outIndices = out.indices;
        const values = out.values;
        for (let i = 0; i < length; i++) {
          outIndices[at + i] = poolIndices[offset + i] as number;
          values[at + i] = (poolSigns[offset + i] as number) * unit;
        }
        out.length = at + length;
      } else {
        const wordHash = hashString(SEED_WORD, tokenKey(token));
        this.emit(out, wordHash, unit);
        if (wordBigrams) this.emit(out, Math.imul(prevWord ^ Math.imul(wordHash, SEED_BIGRAM), FNV_PRIME), unit);
        prevWord = wordHash;
      }
      out.markTokenEnd(t);
    }
    this.extractMeta(text.text, lexicon, out);
  }

  /** The cached word dot products for `weights`, long enough for every word id of the current generation. */
  private wordDotsFor(weights: Float32Array): Float64Array {
    const needed = this.entries.length / ENTRY_SIZE;
    let dots = this.wordDots.get(weights);
    if (dots === undefined || dots.length < needed) {
      const grown = new Float64Array(needed).fill(Number.NaN);
      if (dots !== undefined) grown.set(dots);
      dots = grown;
      this.wordDots.set(weights, dots);
    }
    return dots;
  }

  /** A word's register and synonym-set features, at twice a character n-gram's weight. */
  private thesaurusFeatures(out: FeatureBuffer, norm: string): void {
    const entry = (this.thesaurus as Thesaurus).lookup(norm);
    if (entry === undefined) return;
    const bits = entry[0] as number;
    for (const [label, bit] of REGISTER_ENTRIES) if ((bits & bit) !== 0) this.emit(out, REGISTER_HASHES[label], 2);
    for (let k = 1; k < entry.length; k++) this.emit(out, Math.imul(SYNSET_HASH ^ (entry[k] as number), FNV_PRIME), 2);
  }

  private meta(out: FeatureBuffer, name: string, value: number): void {
    this.emit(out, hashString(SEED_META, name), value);
  }

  private extractMeta(text: string, lexicon: LexiconResult | undefined, out: FeatureBuffer): void {
    let upper = 0;
    let letters = 0;
    let exclamations = 0;
    // Counted from a table of the ASCII codes, without a branch per kind: upper case, lower case and the rest
    // alternate with no pattern a processor could predict, and the mispredicted branches were most of this loop.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const kind = c < 128 ? (ASCII_KINDS[c] as number) : 0;
      upper += kind & KIND_UPPER;
      letters += (kind & KIND_LETTER) >> 1;
      exclamations += kind >> 2;
    }
    if (letters >= 8 && upper / letters > 0.5) this.meta(out, 'shouting', 1);
    if (exclamations >= 2) this.meta(out, 'exclamations', 1);
    if (lexicon === undefined) return;
    for (const hit of lexicon.hits) {
      const strength = Math.max(hit.weights.INSULT ?? 0, hit.weights.TOXICITY ?? 0, hit.weights.THREAT ?? 0, hit.weights.PROFANITY ?? 0);
      this.meta(out, `lex:${hit.category}`, strength);
      if (hit.contexts.length > 0) this.meta(out, `lexctx:${hit.contexts.join('+')}`, 1);
      if (hit.addressed) this.meta(out, 'lex:addressed', 1);
    }
    if (lexicon.identityMentioned) this.meta(out, 'identity', 1);
  }
}
