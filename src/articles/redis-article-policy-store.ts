import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { LuaScript } from '../redis/lua-script';
import { ARTICLE_POLICY_HISTORY_MAX, type ArticlePolicy, type ArticlePolicyChange, type ArticlePolicyStore } from './article-policy-store';

/** The article policies' one script, with its KEYS and ARGV by name (the order is the script header's). */
export const setArticlePolicy = new LuaScript({
  dir: join(__dirname, 'lua'),
  file: 'setArticlePolicy-3.lua',
  keys: ['policies', 'history', 'version'],
  args: ['action', 'articleId', 'policy', 'change', 'historyMax'],
});

/*
 * Keys:
 *   {p}:ap:policies      hash    article id -> policy JSON
 *   {p}:ap:h:{article}   list    the article's changes (JSON), the newest ARTICLE_POLICY_HISTORY_MAX
 *   {p}:ap:version       string  moves with every change
 */
export class RedisArticlePolicyStore implements ArticlePolicyStore {
  private readonly redis: Redis;

  constructor(private readonly options: { redis: Redis; keyPrefix: string }) {
    this.redis = options.redis;
  }

  private get policiesKey(): string {
    return `${this.options.keyPrefix}:ap:policies`;
  }
  private historyKey(articleId: string): string {
    return `${this.options.keyPrefix}:ap:h:${articleId}`;
  }
  private get versionKey(): string {
    return `${this.options.keyPrefix}:ap:version`;
  }

  async get(articleId: string): Promise<ArticlePolicy | null> {
    const value = await this.redis.hget(this.policiesKey, articleId);
    return value === null ? null : (JSON.parse(value) as ArticlePolicy);
  }

  async put(policy: ArticlePolicy, change: ArticlePolicyChange): Promise<void> {
    await this.write('set', policy.articleId, JSON.stringify(policy), change);
  }

  async remove(articleId: string, change: ArticlePolicyChange): Promise<boolean> {
    return (await this.write('reset', articleId, '', change)) === 1;
  }

  private async write(action: 'set' | 'reset', articleId: string, policy: string, change: ArticlePolicyChange): Promise<number> {
    return Number(
      await setArticlePolicy.run(this.redis, {
        keys: { policies: this.policiesKey, history: this.historyKey(articleId), version: this.versionKey },
        args: { action, articleId, policy, change: JSON.stringify(change), historyMax: ARTICLE_POLICY_HISTORY_MAX },
      }),
    );
  }

  async history(articleId: string): Promise<ArticlePolicyChange[]> {
    return (await this.redis.lrange(this.historyKey(articleId), 0, -1)).map((entry) => JSON.parse(entry) as ArticlePolicyChange);
  }

  async version(): Promise<number> {
    return Number((await this.redis.get(this.versionKey)) ?? 0);
  }
}
