/**
 * Normalised words interned as small integers, so that the per-word caches of the matcher, the feature hasher and
 * the misspelling finder are array reads instead of three lookups of the same string in three large maps.
 * An id means nothing outside the generation it was given in: when the table is full it starts afresh (only
 * between comments, see {@link WordTable.beginText}), and every {@link WordCache} then empties itself.
 */
export class WordTable {
  private ids = new Map<string, number>();
  private currentGeneration = 0;

  constructor(private readonly maxWords: number) {}

  get generation(): number {
    return this.currentGeneration;
  }

  /** Called before a text is tokenised: a table reset never falls inside one text, so its ids stay comparable. */
  beginText(): void {
    if (this.ids.size < this.maxWords) return;
    this.ids = new Map();
    this.currentGeneration++;
  }

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }
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
