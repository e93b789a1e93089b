import { compileTerms, type TermMatcher } from '../scoring/local/term-matcher';
import type { Language } from '../domain';
import type { WordListEntry, WordListName, WordListStore } from './word-list-store';
import { VersionPoll } from '../caching/version-poll';

export interface WordListHit {
  list: Exclude<WordListName, 'allowed'>;
  term: string;
  begin: number;
  end: number;
}

type Payload = { list: Exclude<WordListName, 'allowed'> };

/** Compiles the lists with the local scorer's German-aware matcher (inflections, compounds, ss/ß, leetspeak…). */
export function compileWordLists(entries: readonly WordListEntry[]): TermMatcher<Payload> {
  return compileTerms<Payload>(
    entries.map((entry) => ({
      term: entry.term,
      id: `${entry.list}:${entry.language ?? '*'}:${entry.term}`,
      ...(entry.language === undefined ? {} : { language: entry.language }),
      action: entry.list === 'allowed' ? ('allow' as const) : ('match' as const),
      // Long terms also count inside compounds ("Vollidiot"); short ones only as whole words, to spare "Barsch".
      compound: [...entry.term].length >= 5 ? ('both' as const) : ('none' as const),
      ...(entry.list === 'allowed' ? {} : { data: { list: entry.list } }),
    })),
  );
}

/**
 * What workers match comments against: reloaded from Redis when the lists' version moves, checked at most
 * every `refreshMs`, so an edit is in effect on every worker within seconds without a restart.
 */
export class WordListCache {
  private matcher: TermMatcher<Payload> = compileWordLists([]);
  private readonly poll: VersionPoll;

  constructor(options: { store: WordListStore; refreshMs: number; now?: () => number }) {
    this.poll = new VersionPoll({
      refreshMs: options.refreshMs,
      ...(options.now === undefined ? {} : { now: options.now }),
      readVersion: () => options.store.version(),
      reload: async () => {
        const lists = await options.store.all();
        this.matcher = compileWordLists(lists.entries);
        return lists.version;
      },
    });
  }

  async match(text: string, language: Language): Promise<WordListHit[]> {
    await this.poll.refresh();
    return this.matcher.match(text, language).flatMap((m) => (m.data === undefined ? [] : [{ list: m.data.list, term: m.term, begin: m.begin, end: m.end }]));
  }
}
