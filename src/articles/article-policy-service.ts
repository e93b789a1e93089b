import { CommentsClosedError, NotFoundError } from '../errors/app-errors';
import type { Thresholds } from '../domain';
import type { ArticlePolicyCache } from './article-policy-cache';
import type { ArticleMode, ArticlePolicy, ArticlePolicyChange, ArticlePolicyStore } from './article-policy-store';

/** An article's policy as the API shows it: the stored one, or the default (`auto`) when none was set. */
export type ArticlePolicyView = (ArticlePolicy & { isDefault: false }) | { articleId: string; mode: 'auto'; isDefault: true; updatedBy: null; updatedAt: null };

/** Moderators set an article's mode and thresholds; intake and workers pick changes up within seconds. */
export class ArticlePolicyService {
  constructor(private readonly deps: { store: ArticlePolicyStore; cache: ArticlePolicyCache; now: () => Date }) {}

  async get(articleId: string): Promise<ArticlePolicyView> {
    const policy = await this.deps.store.get(articleId);
    if (policy === null) return { articleId, mode: 'auto', isDefault: true, updatedBy: null, updatedAt: null };
    return { ...policy, isDefault: false };
  }

  async set(articleId: string, input: { mode: ArticleMode; thresholds?: Thresholds }, moderator: string): Promise<ArticlePolicyView> {
    const at = this.deps.now().toISOString();
    const policy: ArticlePolicy = { articleId, mode: input.mode, updatedBy: moderator, updatedAt: at };
    const change: ArticlePolicyChange = { at, by: moderator, action: 'set', mode: input.mode };
    if (input.thresholds !== undefined) {
      policy.thresholds = input.thresholds;
      change.thresholds = input.thresholds;
    }
    await this.deps.store.put(policy, change);
    // This process's intake sees its own change at once; the others within their refresh interval.
    this.deps.cache.invalidate();
    return { ...policy, isDefault: false };
  }

  async reset(articleId: string, moderator: string): Promise<void> {
    const removed = await this.deps.store.remove(articleId, { at: this.deps.now().toISOString(), by: moderator, action: 'reset', mode: 'auto' });
    if (!removed) throw new NotFoundError(`article ${articleId} has no policy of its own`);
    this.deps.cache.invalidate();
  }

  history(articleId: string): Promise<ArticlePolicyChange[]> {
    return this.deps.store.history(articleId);
  }

  /** Throws {@link CommentsClosedError} when the article takes no new comments. */
  async assertOpen(articleId: string): Promise<void> {
    const policy = await this.deps.cache.policyOf(articleId);
    if (policy?.mode === 'closed') throw new CommentsClosedError(`comments on article ${articleId} are closed`, { articleId });
  }
}
