import { ARTICLE_POLICY_HISTORY_MAX, type ArticlePolicy, type ArticlePolicyChange, type ArticlePolicyStore } from './article-policy-store';

/** An in-memory {@link ArticlePolicyStore} for unit tests; counts reads so that caching can be checked. */
export class InMemoryArticlePolicyStore implements ArticlePolicyStore {
  private readonly policies = new Map<string, ArticlePolicy>();
  private readonly changes = new Map<string, ArticlePolicyChange[]>();
  private currentVersion = 0;
  reads = 0;

  async get(articleId: string): Promise<ArticlePolicy | null> {
    this.reads += 1;
    return this.policies.get(articleId) ?? null;
  }

  async put(policy: ArticlePolicy, change: ArticlePolicyChange): Promise<void> {
    this.policies.set(policy.articleId, policy);
    this.record(policy.articleId, change);
  }

  async remove(articleId: string, change: ArticlePolicyChange): Promise<boolean> {
    if (!this.policies.delete(articleId)) return false;
    this.record(articleId, change);
    return true;
  }

  async history(articleId: string): Promise<ArticlePolicyChange[]> {
    return [...(this.changes.get(articleId) ?? [])];
  }

  async version(): Promise<number> {
    return this.currentVersion;
  }

  private record(articleId: string, change: ArticlePolicyChange): void {
    this.changes.set(articleId, [...(this.changes.get(articleId) ?? []), change].slice(-ARTICLE_POLICY_HISTORY_MAX));
    this.currentVersion += 1;
  }
}
