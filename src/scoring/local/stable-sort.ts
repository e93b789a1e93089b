/** Longest array {@link sortStable} sorts itself; longer ones go to `Array.prototype.sort`. */
const INSERTION_SORT_MAX = 32;

/**
 * Sorts `items` in place by `compare` and returns them, stably: the same order `Array.prototype.sort` gives (stable
 * since V8 7.0, and a stable order is unique for a consistent comparator), cheaper on the dozen or so matches and
 * spans of a comment, which arrive nearly sorted: the builtin copies the array into work space and calls the
 * comparator through a trampoline, an insertion sort compares each item with the one before and is done.
 */
export function sortStable<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_SORT_MAX) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    // Only items strictly after it move up: equal ones keep their order.
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
