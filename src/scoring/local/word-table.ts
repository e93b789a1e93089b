import { randomInt } from 'node:crypto';

/**
 * Per-word values of many caches side by side: a row per word id, a column per cache. A token's answers from the
 * dozens of word sets and flag caches asked about it then share a cache line or two, where an array per cache put
 * each answer on a line of its own (as long as the word table, these arrays do not stay in the processor's caches).
 * Emptied when the table starts afresh.
 */
export class WordColumns<A extends Int32Array | Uint8Array> {
  values: A;
  /** Columns per row; grows by {@link COLUMN_STEP} as caches are made (at start-up, mostly). */
  stride = COLUMN_STEP;
  /** Rows the values have room for. */
  rows = 1024;
  private columns = 0;
  /** Columns whose owner was garbage-collected (a matcher built for a test, a scorer loaded again), to reuse. */
  private readonly free: number[] = [];
  private readonly owners = new FinalizationRegistry<number>((column) => this.free.push(column));

  constructor(private readonly allocate: (length: number) => A) {
    this.values = allocate(this.rows * this.stride);
  }

  /** A column of zeros for `owner`, free again once the owner is garbage-collected. */
  addColumn(owner: object): number {
    const column = this.free.pop() ?? this.newColumn();
    for (let at = column; at < this.values.length; at += this.stride) this.values[at] = 0;
    this.owners.register(owner, column);
    return column;
  }

  private newColumn(): number {
    if (this.columns === this.stride) {
      const stride = this.stride + COLUMN_STEP;
      const values = this.allocate(this.rows * stride);
      for (let row = 0; row < this.rows; row++) values.set(this.values.subarray(row * this.stride, (row + 1) * this.stride), row * stride);
      this.values = values;
      this.stride = stride;
    }
    return this.columns++;
  }

  /** Makes room for row `id`. */
  reserve(id: number): void {
    if (id < this.rows) return;
    const rows = Math.max(id + 1, this.rows * 2);
    const values = this.allocate(rows * this.stride);
    values.set(this.values);
    this.values = values;
    this.rows = rows;
  }

  clear(): void {
    this.values.fill(0);
  }
}

const COLUMN_STEP = 8;

/** Slots of {@link WordTable}'s table of recent words, less one. */
const RECENT_MASK = 16383;
/**
 * Words of at most this many letters are keyed in the table of recent words by their letters, 5 bits each in two
 * numbers (see {@link WordTable.idOfLowerAscii}).
 */
const PACKED_LETTERS = 12;

/** Whether `text` from `begin`, ASCII letters lowercased, is `word` (of `length` code units). */
function sameLowerAscii(word: string, text: string, begin: number, length: number): boolean {
  if (word.length !== length) return false;
  let k = 0;
  while (k < length && word.charCodeAt(k) === (text.charCodeAt(begin + k) | 0x20)) k++;
  return k === length;
}

/**
 * Normalised words interned as small integers, so that the per-word caches of the matcher, the feature hasher and
 * the misspelling finder are array reads instead of three lookups of the same string in three large maps.
 * An id means nothing outside the generation it was given in: when the table is full it starts afresh (only
 * between comments, see {@link WordTable.beginText}), and every {@link WordCache} then empties itself.
 *
 * The table is its own open-addressing hash set rather than a `Map<string, number>`: the tokenizer can then look a
 * word up straight from the comment's code units ({@link WordTable.idOfLowerAscii}) and reuse the interned string,
 * without slicing and lowercasing a new string (and hashing it again) for every word it has seen before.
 */
export class WordTable {
  /** The word of each id. */
  private words: string[] = [];
  /** The hash of each id's word, to rehash without recomputing. */
  private hashes = new Int32Array(1024);
  /**
   * Open-addressing slots, two numbers each: id + 1 (0 = empty) and the word's hash, side by side so that a probe
   * reads one cache line, not the slot and then the hash of the id. A power of two of slots, at most half full.
   */
  private slots = new Int32Array(2 * 2048);
  private currentGeneration = 0;
  /**
   * The words {@link idOfLowerAscii} found last, by a few bits of the hash: a small table that answers the common
   * words ("die", "the", "und") without a probe of the large one. Four numbers a slot: id + 1, then the word as its
   * letters (1–6 and 7–12, 5 bits each) or, for a longer one, its hash and −1. A word of up to 12 letters is then
   * known from one read of the slot: comparing it with the interned string cost a cache miss or two per token.
   */
  private readonly recent = new Int32Array(4 * (RECENT_MASK + 1));

  constructor(private readonly maxWords: number) {}

  get generation(): number {
    return this.currentGeneration;
  }

  /** Number of words interned in this generation. */
  get size(): number {
    return this.words.length;
  }

  /** Called before a text is tokenised: a table reset never falls inside one text, so its ids stay comparable. */
  beginText(): void {
    if (this.words.length < this.maxWords) return;
    this.words = [];
    this.slots.fill(0);
    this.recent.fill(0);
    this.currentGeneration++;
    this.flagColumns.clear();
    this.byteColumns.clear();
  }

  /** The values of every {@link WordFlags} of this table, a row per word (see {@link WordColumns}). */
  readonly flagColumns = new WordColumns((length) => new Int32Array(length));
  /** The values of every {@link WordBytes} of this table. */
  readonly byteColumns = new WordColumns((length) => new Uint8Array(length));

  idOf(word: string): number {
    let h = HASH_SEED;
    for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
    const mask = (this.slots.length >> 1) - 1;
    for (let slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[2 * slot] as number;
      if (entry === 0) return this.add(word, h, slot);
      if (this.slots[2 * slot + 1] === h && this.words[entry - 1] === word) return entry - 1;
    }
  }

  /**
   * The id of `text.slice(begin, end).toLowerCase()` when those code units are ASCII letters only, given `hash`,
   * their lowercase codes folded with {@link hashStep} from {@link HASH_SEED}. Returns −1 when the word is not in
   * the table yet (the caller then builds the string and uses {@link idOf}).
   */
  idOfLowerAscii(text: string, begin: number, end: number, hash: number): number {
    const length = end - begin;
    const spreadHash = spread(hash);
    const recent = 4 * (spreadHash & RECENT_MASK);
    // The key of the slot: the letters themselves (each 1–26, so no two words share one), or the hash and −1.
    let low = hash;
    let high = -1;
    if (length <= PACKED_LETTERS) {
      low = 0;
      high = 0;
      for (let k = 0; k < length; k++) {
        const letter = (text.charCodeAt(begin + k) | 0x20) - 96;
        if (k < 6) low |= letter << (5 * k);
        else high |= letter << (5 * (k - 6));
      }
    }
    const last = (this.recent[recent] as number) - 1;
    if (last >= 0 && this.recent[recent + 1] === low && this.recent[recent + 2] === high && (high !== -1 || sameLowerAscii(this.words[last] as string, text, begin, length))) return last;
    const mask = (this.slots.length >> 1) - 1;
    for (let slot = spreadHash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[2 * slot] as number;
      if (entry === 0) return -1;
      if (this.slots[2 * slot + 1] !== hash) continue;
      const id = entry - 1;
      if (!sameLowerAscii(this.words[id] as string, text, begin, length)) continue;
      this.recent[recent] = entry;
      this.recent[recent + 1] = low;
      this.recent[recent + 2] = high;
      return id;
    }
  }

  /** The word an id stands for in the current generation. */
  wordOf(id: number): string {
    return this.words[id] as string;
  }

  private add(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    if (id >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = hash;
    this.slots[2 * slot] = id + 1;
    this.slots[2 * slot + 1] = hash;
    // Keep the table at most half full, so that probe runs stay short.
    if (this.words.length * 2 > this.slots.length >> 1) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let id = 0; id < this.words.length; id++) {
      const hash = this.hashes[id] as number;
      let slot = spread(hash) & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = id + 1;
      slots[2 * slot + 1] = hash;
    }
    this.slots = slots;
  }
}

/**
 * Starting value of a word's hash, drawn once per process: words crafted to collide (and so to make every lookup
 * of the table slow) would have to be crafted against a value nobody outside the process knows. Ids are only
 * cache keys, so scores do not depend on it.
 */
export const HASH_SEED = randomInt(0x100000000) | 0;

/** One code unit folded into a word's hash (FNV-1a); the tokenizer hashes words as it reads them. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** murmur3's finaliser: FNV's low bits alone would crowd the slots. */
function spread(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Distinct words kept before the table starts afresh (a newsroom sees a few thousand new words a day). */
export const WORDS = new WordTable(200_000);

/** A value per interned word, valid for the table's current generation. */
export class WordCache<T> {
  private values: (T | undefined)[] = [];
  private generation = -1;

  constructor(private readonly table: WordTable = WORDS) {}

  get(id: number): T | undefined {
    this.forgetOldGeneration();
    return this.values[id];
  }

  set(id: number, value: T): void {
    this.forgetOldGeneration();
    // Ids of words a cache never sees leave gaps; filling them keeps the array's elements fast (not a dictionary).
    const values = this.values;
    while (values.length < id) values.push(undefined);
    values[id] = value;
  }

  private forgetOldGeneration(): void {
    if (this.generation === this.table.generation) return;
    this.values = [];
    this.generation = this.table.generation;
  }
}

/**
 * A small non-negative integer per interned word (0 = not yet known), valid for the table's current generation:
 * one typed-array read per token where a {@link WordCache} would load an object from anywhere in the heap. The values
 * are a column of the table's {@link WordTable.flagColumns}.
 */
export class WordFlags {
  private readonly store: WordColumns<Int32Array>;
  private readonly column: number;

  constructor(table: WordTable = WORDS) {
    this.store = table.flagColumns;
    this.column = this.store.addColumn(this);
  }

  get(id: number): number {
    const store = this.store;
    return id < store.rows ? (store.values[id * store.stride + this.column] as number) : 0;
  }

  set(id: number, value: number): void {
    const store = this.store;
    store.reserve(id);
    store.values[id * store.stride + this.column] = value;
  }
}

/**
 * {@link WordFlags} of one byte (0–255) per word, for answers that fit: a column of {@link WordTable.byteColumns}.
 * A class of its own rather than WordFlags over either array type: each hot read then sees one typed-array kind.
 */
export class WordBytes {
  private readonly store: WordColumns<Uint8Array>;
  private readonly column: number;

  constructor(table: WordTable = WORDS) {
    this.store = table.byteColumns;
    this.column = this.store.addColumn(this);
  }

  get(id: number): number {
    const store = this.store;
    return id < store.rows ? (store.values[id * store.stride + this.column] as number) : 0;
  }

  set(id: number, value: number): void {
    const store = this.store;
    store.reserve(id);
    store.values[id * store.stride + this.column] = value;
  }
}

/** Numbers per slot of {@link WordPairFlags}: first word, second word, value, and one unused (16 bytes). */
const PAIR_SLOT = 4;

/**
 * A small positive integer per pair of interned words (0 = not yet known), valid for the table's current
 * generation: an open-addressing table of at most {@link WordPairFlags.maxPairs} pairs, emptied when full (the
 * pairs worth keeping, the common ones, come back at once).
 */
export class WordPairFlags {
  /**
   * Open-addressing slots of {@link PAIR_SLOT} numbers: first word, second word, value (0 for an empty slot). Side
   * by side, a probe reads one cache line, where an array each for the firsts, the seconds and the values was three.
   */
  private slots = new Int32Array(1024 * PAIR_SLOT);
  private count = 0;
  private generation = -1;

  constructor(
    private readonly maxPairs = 1 << 16,
    private readonly table: WordTable = WORDS,
  ) {}

  get(first: number, second: number): number {
    if (this.generation !== this.table.generation) return 0;
    const slots = this.slots;
    const mask = slots.length / PAIR_SLOT - 1;
    for (let slot = pairSlot(first, second) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * PAIR_SLOT;
      const value = slots[at + 2] as number;
      if (value === 0 || (slots[at] === first && slots[at + 1] === second)) return value;
    }
  }

  /** `value` must be 1–255. */
  set(first: number, second: number, value: number): void {
    if (this.generation !== this.table.generation || this.count >= this.maxPairs) {
      this.slots.fill(0);
      this.count = 0;
      this.generation = this.table.generation;
    }
    // Keep the table at most half full, so that probe runs stay short.
    if (2 * (this.count + 1) > this.slots.length / PAIR_SLOT) this.grow();
    const slots = this.slots;
    const mask = slots.length / PAIR_SLOT - 1;
    let at = (pairSlot(first, second) & mask) * PAIR_SLOT;
    while (slots[at + 2] !== 0 && (slots[at] !== first || slots[at + 1] !== second)) at = (at + PAIR_SLOT) & (slots.length - 1);
    if (slots[at + 2] === 0) this.count++;
    slots[at] = first;
    slots[at + 1] = second;
    slots[at + 2] = value;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length / PAIR_SLOT - 1;
    for (let from = 0; from < old.length; from += PAIR_SLOT) {
      if (old[from + 2] === 0) continue;
      const first = old[from] as number;
      const second = old[from + 1] as number;
      let at = (pairSlot(first, second) & mask) * PAIR_SLOT;
      while (slots[at + 2] !== 0) at = (at + PAIR_SLOT) & (slots.length - 1);
      slots[at] = first;
      slots[at + 1] = second;
      slots[at + 2] = old[from + 2] as number;
    }
    this.slots = slots;
  }
}

function pairSlot(first: number, second: number): number {
  return spread(Math.imul(first, 0x9e3779b1) ^ second);
}

/**
 * A fixed set of words asked about tokens: the answer is kept per interned word, so a comment's tokens are checked
 * with one typed-array read each instead of a string-keyed set lookup each.
 */
export class WordSet {
  private readonly answers: WordBytes;

  constructor(
    private readonly words: ReadonlySet<string>,
    table: WordTable = WORDS,
  ) {
    this.answers = new WordBytes(table);
  }

  /** Whether the token's normal form is in the set. */
  has(token: { norm: string; id: number }): boolean {
    const known = this.answers.get(token.id);
    if (known !== 0) return known === 2;
    const has = this.words.has(token.norm);
    this.answers.set(token.id, has ? 2 : 1);
    return has;
  }
}
