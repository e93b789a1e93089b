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
  private version = -1;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private refreshing: Promise<void> | null = null;
  /** Moves whenever the entries are cleared: a read that began before must not store what it read. */
  private generation = 0;

  constructor(private readonly options: { store: ArticlePolicyStore; refreshMs: number; maxEntries?: number; now?: () => number }) {}

  async policyOf(articleId: string): Promise<ArticlePolicy | null> {
    await this.refresh();
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
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }

  private clear(): void {
    this.entries.clear();
    this.generation += 1;
  }

  private async refresh(): Promise<void> {
    const now = (this.options.now ?? Date.now)();
    if (now - this.checkedAt < this.options.refreshMs) return;
    this.refreshing ??= (async () => {
      try {
        const version = await this.options.store.version();
        if (version !== this.version) {
          this.clear();
          this.version = version;
        }
        this.checkedAt = now;
      } finally {
        this.refreshing = null;
      }
    })();
    await this.refreshing;
  }
}
