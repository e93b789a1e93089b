import type { Redis } from 'ioredis';

/** One moderator verdict sent through `comments:suggestscore`, kept for threshold calibration. */
export interface FeedbackEntry {
  at: string;
  /** Name of the API key that sent it. */
  client: string;
  /** Attribute → 0 (acceptable) … 1 (not), as the moderator decided. */
  scores: Record<string, number>;
  languages: string[];
  detectedLanguage: string;
  communityId?: string;
  /** Perspective's opaque token; Coral sends `comment:<id>`. */
  clientToken?: string;
  /** Only when FEEDBACK_STORE_TEXT=true: readers' text is not kept by default. */
  text?: string;
}

/** Where moderator feedback goes: a capped log, newest last. */
export interface FeedbackStore {
  add(entry: FeedbackEntry): Promise<void>;
}

/** A Redis stream capped near `maxEntries` (approximate trimming, so a write stays O(1)). */
export class RedisFeedbackStore implements FeedbackStore {
  constructor(private readonly options: { redis: Redis; keyPrefix: string; maxEntries: number }) {}

  /** The stream's key: `<prefix>:perspective:feedback`. */
  get key(): string {
    return `${this.options.keyPrefix}:perspective:feedback`;
  }

  async add(entry: FeedbackEntry): Promise<void> {
    await this.options.redis.xadd(this.key, 'MAXLEN', '~', String(this.options.maxEntries), '*', 'entry', JSON.stringify(entry));
  }
}

/** The in-memory fake, for unit tests. */
export class InMemoryFeedbackStore implements FeedbackStore {
  readonly entries: FeedbackEntry[] = [];
  constructor(private readonly maxEntries = Number.POSITIVE_INFINITY) {}

  async add(entry: FeedbackEntry): Promise<void> {
    this.entries.push(entry);
    if (this.entries.length > this.maxEntries) this.entries.shift();
  }
}
