import { WordCache, WordTable } from './word-table';

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
});
