import { NotFoundError } from '../errors/app-errors';
import type { WordListEntry, WordListName, WordLists, WordListStore } from './word-list-store';

/** Moderators manage blocked, watched and allowed terms; workers pick changes up within seconds. */
export class WordListService {
  constructor(private readonly deps: { store: WordListStore; now: () => Date }) {}

  list(): Promise<WordLists> {
    return this.deps.store.all();
  }

  async add(list: WordListName, input: { term: string; language?: WordListEntry['language'] }, moderator: string): Promise<{ entry: WordListEntry; added: boolean }> {
    const entry: WordListEntry = { list, term: input.term, addedBy: moderator, addedAt: this.deps.now().toISOString() };
    if (input.language !== undefined) entry.language = input.language;
    const { added } = await this.deps.store.add(entry);
    return { entry, added };
  }

  async remove(list: WordListName, input: { term: string; language?: WordListEntry['language'] }): Promise<void> {
    if (!(await this.deps.store.remove(list, input.term, input.language))) {
      throw new NotFoundError(`"${input.term}" is not on the ${list} list${input.language ? ` for ${input.language}` : ''}`);
    }
  }
}
