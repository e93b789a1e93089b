import { VersionPoll } from '../caching/version-poll';
import type { ArticlePolicy, ArticlePolicyStore } from './article-policy-store';

/** How a process looks up an article's policy (the cache, or a fake in tests). */
export interface ArticlePolicyLookup {
  policyOf(articleId: string): Promise<ArticlePolicy | null>;
}

/**
 * Article policies as workers and intake read them: each article's policy is read once and kept until the
 * policies' version moves, which is checked at most every `refreshMs`; so a change is in effect on every process
 * within seconds, without a restart, and a busy article costs no read per comment. At most `maxEntries` articles
 * are kept (the oldest dropped first).
 */
export class ArticlePolicyCache implements ArticlePolicyLookup {
  private readonly entries = new Map<string, ArticlePolicy | null>();
  private readonly poll: VersionPoll;
  /** Moves whenever the entries are cleared: a read that began before must not store what it read. */
  private generation = 0;

  constructor(private readonly options: { store: ArticlePolicyStore; refreshMs: number; maxEntries?: number; now?: () => number }) {
    this.poll = new VersionPoll({
      refreshMs: options.refreshMs,
      ...(options.now === undefined ? {} : { now: options.now }),
      readVersion: () => options.store.version(),
      reload: async (seen) => {
        this.clear();
        return seen;
      },
    });
  }

  async policyOf(articleId: string): Promise<ArticlePolicy | null> {
    await this.poll.refresh();
    if (this.entries.has(articleId)) return this.entries.get(articleId) ?? null;
    const generation = this.generation;
    const policy = await this.options.store.get(articleId);
    if (generation !== this.generation) return policy;
    if (this.entries.size >= (this.options.maxEntries ?? 10_000)) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(articleId, policy);
    return policy;
  }

  /** Forgets everything: the next lookup reads the store (after this process changed a policy itself). */
  invalidate(): void {
    this.clear();
    this.poll.expire();
  }

  private clear(): void {
    this.entries.clear();
    this.generation += 1;
  }
}
