import type { Redis } from 'ioredis';
import { pipelineReplies } from '../redis/pipeline-replies';
import type { Language } from '../domain';

export const WORD_LISTS = ['blocked', 'watched', 'allowed'] as const;
/** `blocked` rejects, `watched` holds, `allowed` neutralises blocked/watched matches it covers. */
export type WordListName = (typeof WORD_LISTS)[number];

export interface WordListEntry {
  list: WordListName;
  term: string;
  /** Omitted: every language. */
  language?: Exclude<Language, 'other'>;
  addedBy: string;
  addedAt: string;
}

export interface WordLists {
  /** Changes with every edit; workers reload when it moves. */
  version: number;
  entries: WordListEntry[];
}

/** Moderator-maintained word lists, shared by every process through Redis. */
export interface WordListStore {
  add(entry: WordListEntry): Promise<{ added: boolean }>;
  remove(list: WordListName, term: string, language: WordListEntry['language']): Promise<boolean>;
  all(): Promise<WordLists>;
  version(): Promise<number>;
}

function field(term: string, language: WordListEntry['language']): string {
  return `${language ?? '*'}:${term.toLowerCase()}`;
}

export class RedisWordListStore implements WordListStore {
  constructor(private readonly options: { redis: Redis; keyPrefix: string }) {}

  private key(list: WordListName): string {
    return `${this.options.keyPrefix}:wl:${list}`;
  }
  private get versionKey(): string {
    return `${this.options.keyPrefix}:wl:version`;
  }

  async add(entry: WordListEntry): Promise<{ added: boolean }> {
    // A failed INCR would leave every worker on the old lists: an error in any reply fails the call.
    const [added] = pipelineReplies(
      await this.options.redis.multi().hsetnx(this.key(entry.list), field(entry.term, entry.language), JSON.stringify(entry)).incr(this.versionKey).exec(),
      2,
    );
    return { added: added === 1 };
  }

  async remove(list: WordListName, term: string, language: WordListEntry['language']): Promise<boolean> {
    const [removed] = pipelineReplies(await this.options.redis.multi().hdel(this.key(list), field(term, language)).incr(this.versionKey).exec(), 2);
    return removed === 1;
  }

  async all(): Promise<WordLists> {
    const pipeline = this.options.redis.pipeline().get(this.versionKey);
    for (const list of WORD_LISTS) pipeline.hvals(this.key(list));
    const [version, ...lists] = pipelineReplies(await pipeline.exec(), 1 + WORD_LISTS.length) as [string | null, ...string[][]];
    const entries: WordListEntry[] = [];
    for (const values of lists) for (const value of values) entries.push(JSON.parse(value) as WordListEntry);
    entries.sort((a, b) => a.list.localeCompare(b.list) || a.term.localeCompare(b.term));
    return { version: Number(version ?? 0), entries };
  }

  async version(): Promise<number> {
    return Number((await this.options.redis.get(this.versionKey)) ?? 0);
  }
}
