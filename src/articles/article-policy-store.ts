import type { Thresholds } from '../domain';

export const ARTICLE_MODES = ['auto', 'premoderate', 'closed'] as const;
/** `auto`: moderated as usual; `premoderate`: every new comment is held; `closed`: intake refuses new comments. */
export type ArticleMode = (typeof ARTICLE_MODES)[number];

/** A newsroom's rule for one article's comments. */
export interface ArticlePolicy {
  articleId: string;
  mode: ArticleMode;
  /** Per-attribute thresholds that override the policy (and its per-language thresholds) for this article. */
  thresholds?: Thresholds;
  updatedBy: string;
  updatedAt: string;
}

/** One change of an article's policy, as its history shows it. */
export interface ArticlePolicyChange {
  at: string;
  by: string;
  action: 'set' | 'reset';
  /** The policy in force after the change (`auto`, no thresholds, after a reset). */
  mode: ArticleMode;
  thresholds?: Thresholds;
}

/** Article policies, shared by every process through the store; each change is kept in the article's history. */
export interface ArticlePolicyStore {
  get(articleId: string): Promise<ArticlePolicy | null>;
  /** Sets the policy and appends `change` to the article's history, in one transaction. */
  put(policy: ArticlePolicy, change: ArticlePolicyChange): Promise<void>;
  /** Removes the policy (back to the default) and appends `change`; false (and nothing written) when there was none. */
  remove(articleId: string, change: ArticlePolicyChange): Promise<boolean>;
  /** The article's changes, oldest first (the newest {@link ARTICLE_POLICY_HISTORY_MAX} kept). */
  history(articleId: string): Promise<ArticlePolicyChange[]>;
  /** Moves with every change; caches reload when it moves. */
  version(): Promise<number>;
}

/** The most changes kept per article. */
export const ARTICLE_POLICY_HISTORY_MAX = 200;
