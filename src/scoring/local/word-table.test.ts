import { HASH_SEED, hashStep, WordBytes, WordCache, WordFlags, WordPairFlags, WordSet, WordTable } from './word-table';

function lowerHash(text: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < text.length; i++) h = hashStep(h, text.charCodeAt(i) | 0x20);
  return h;
}

describe('WordTable and WordCache', () => {
  it('When a word comes again, then it has the same id, and a new word the next one', () => {
    const table = new WordTable(10);
    expect(table.idOf('idiot')).toBe(0);
    expect(table.idOf('und')).toBe(1);
    expect(table.idOf('idiot')).toBe(0);
  });

  it('When the table is full, then it starts afresh only between texts and every cache forgets its values', () => {
    const table = new WordTable(2);
    const cache = new WordCache<string>(table);
    table.beginText();
    cache.set(table.idOf('a'), 'walk of a');
    cache.set(table.idOf('b'), 'walk of b');
    // Full, but still inside the same text: ids keep counting up, so no two words of one text share an id.
    expect(table.idOf('c')).toBe(2);
    expect(cache.get(table.idOf('a'))).toBe('walk of a');
    table.beginText();
    expect(table.generation).toBe(1);
    const idOfC = table.idOf('c');
    expect(idOfC).toBe(0);
    // Id 0 was "a" in the last generation: the cache must not answer with a's value for c.
    expect(cache.get(idOfC)).toBeUndefined();
  });

  it('When the table is not full, then a new text keeps the ids and the cached values', () => {
    const table = new WordTable(100);
    const cache = new WordCache<number>(table);
    cache.set(table.idOf('x'), 42);
    table.beginText();
    expect(table.generation).toBe(0);
    expect(cache.get(table.idOf('x'))).toBe(42);
  });

  it('When a word is looked up from the text it came in, then it has its lowercase form\'s id, and an unknown one -1', () => {
    const table = new WordTable(100);
    const id = table.idOf('idiot');
    const text = 'Du IdIoT du';
    expect(table.idOfLowerAscii(text, 3, 8, lowerHash('IdIoT'))).toBe(id);
    expect(table.wordOf(id)).toBe('idiot');
    expect(table.idOfLowerAscii(text, 0, 2, lowerHash('Du'))).toBe(-1);
    expect(table.idOfLowerAscii('idio', 0, 4, lowerHash('idio'))).toBe(-1);
  });

  it('When words of up to 12 letters and longer ones are looked up again from text, then each is found as itself', () => {
    const table = new WordTable(100_000);
    // 12 letters are kept by their letters in the table of recent words, 13 by hash; both are asked twice (the
    // second answer comes from that table), with look-alikes of the same length that must not be taken for them.
    const words = ['a', 'zz', 'abcdef', 'abcdefg', 'zzzzzzzzzzzz', 'vollidiotism', 'vollidiotismu', 'kackbratzenx', 'abcdefghijklm', 'abcdefghijklz'];
    const ids = words.map((w) => table.idOf(w));
    for (let round = 0; round < 2; round++) {
      words.forEach((w, k) => expect(table.idOfLowerAscii(`Du ${w.toUpperCase()}!`, 3, 3 + w.length, lowerHash(w))).toBe(ids[k]));
    }
    expect(table.idOfLowerAscii('vollidiotisn', 0, 12, lowerHash('vollidiotisn'))).toBe(-1);
    expect(table.idOfLowerAscii('abcdefghijkly', 0, 13, lowerHash('abcdefghijkly'))).toBe(-1);
  });

  it('When thousands of words come, then each keeps its own id', () => {
    const table = new WordTable(100_000);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const ids = words.map((w) => table.idOf(w));
    expect(new Set(ids).size).toBe(words.length);
    expect(words.map((w) => table.idOf(w))).toEqual(ids);
    expect(table.size).toBe(words.length);
  });
});

describe('WordFlags', () => {
  it('When a word has flags, then they are read back until the table starts afresh', () => {
    const table = new WordTable(1);
    const flags = new WordFlags(table);
    table.beginText();
    const id = table.idOf('idiot');
    expect(flags.get(id)).toBe(0);
    flags.set(id, 5);
    flags.set(5000, 7);
    expect(flags.get(id)).toBe(5);
    expect(flags.get(5000)).toBe(7);
    table.beginText();
    expect(flags.get(table.idOf('und'))).toBe(0);
  });
});

describe('WordFlags and WordBytes of one table', () => {
  it('When many caches share the table\'s rows, then each reads back its own values as rows and columns are added', () => {
    const table = new WordTable(100_000);
    table.beginText();
    const flags = Array.from({ length: 20 }, () => new WordFlags(table));
    const bytes = Array.from({ length: 20 }, () => new WordBytes(table));
    flags.forEach((f, k) => f.set(3, 1000 + k));
    bytes.forEach((b, k) => b.set(3, 100 + k));
    // Added after values were set: the rows are laid out again, and the new columns start at zero.
    const late = new WordFlags(table);
    expect(late.get(3)).toBe(0);
    flags.forEach((f, k) => f.set(5000 + k, k + 1));
    expect(flags.map((f) => f.get(3))).toEqual(flags.map((_, k) => 1000 + k));
    expect(bytes.map((b) => b.get(3))).toEqual(bytes.map((_, k) => 100 + k));
    expect(flags.map((f, k) => f.get(5000 + k))).toEqual(flags.map((_, k) => k + 1));
    expect([flags[0]?.get(5001), late.get(5000), bytes[0]?.get(5000), flags[0]?.get(1 << 20)]).toEqual([0, 0, 0, 0]);
  });
});

describe('WordSet', () => {
  it('When tokens are asked about again, then the answers stay those of the set, also after the table starts afresh', () => {
    const table = new WordTable(2);
    const set = new WordSet(new Set(['du', 'dich']), table);
    const token = (norm: string): { norm: string; id: number } => ({ norm, id: table.idOf(norm) });
    table.beginText();
    expect([set.has(token('du')), set.has(token('idiot')), set.has(token('du')), set.has(token('idiot'))]).toEqual([true, false, true, false]);
    table.beginText();
    // "dich" now has the id "du" had: the old answer must not leak into the new generation.
    expect([set.has(token('idiot')), set.has(token('dich'))]).toEqual([false, true]);
  });
});

describe('WordPairFlags', () => {
  it('When pairs have flags, then each is read back, in either order, until the table starts afresh or the pairs overflow', () => {
    const table = new WordTable(10_000);
    const pairs = new WordPairFlags(3000, table);
    table.beginText();
    for (let k = 0; k < 2000; k++) pairs.set(k, k + 1, 1 + (k % 200));
    pairs.set(1, 0, 9);
    expect([pairs.get(0, 1), pairs.get(1, 0), pairs.get(1999, 2000), pairs.get(2000, 1999)]).toEqual([1, 9, 200, 0]);
    pairs.set(0, 1, 3);
    expect(pairs.get(0, 1)).toBe(3);
    // Past maxPairs the table empties itself before it takes the new pair.
    for (let k = 0; k < 1000; k++) pairs.set(5000 + k, k, 2);
    expect([pairs.get(0, 1), pairs.get(5999, 999)]).toEqual([0, 2]);
    const full = new WordTable(1);
    const other = new WordPairFlags(100, full);
    full.beginText();
    other.set(full.idOf('du'), full.idOf('bist'), 4);
    expect(other.get(0, 1)).toBe(4);
    full.beginText();
    expect(other.get(0, 1)).toBe(0);
  });
});
