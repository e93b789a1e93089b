import { sortStable } from './stable-sort';

describe('sortStable', () => {
  // Items with many ties: a stable sort must keep tied items in their input order, as Array.prototype.sort does.
  const byKey = (a: { key: number; at: number }, b: { key: number; at: number }): number => a.key - b.key;

  it('gives the order Array.prototype.sort gives, short arrays and long ones', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (const length of [0, 1, 2, 5, 31, 32, 33, 100]) {
      for (let round = 0; round < 20; round++) {
        const items = Array.from({ length }, (_, at) => ({ key: next() % 6, at }));
        const expected = [...items].sort(byKey);
        expect(sortStable([...items], byKey)).toEqual(expected);
      }
    }
  });

  it('sorts in place and returns the same array', () => {
    const items = [3, 1, 2];
    expect(sortStable(items, (a, b) => a - b)).toBe(items);
    expect(items).toEqual([1, 2, 3]);
  });
});
