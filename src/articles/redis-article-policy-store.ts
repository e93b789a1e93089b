import type { Redis } from 'ioredis';
import { readLuaFile } from '../redis/lua-file';
import { ARTICLE_POLICY_HISTORY_MAX, type ArticlePolicy, type ArticlePolicyChange, type ArticlePolicyStore } from './article-policy-store';

const SET_ARTICLE_POLICY = readLuaFile(__dirname, 'lua/set-article-policy-3.lua');

type WithScript = Redis & { setArticlePolicy?(numberOfKeys: number, ...keysAndArgs: string[]): Promise<number> };

/*
 * Keys:
 *   {p}:ap:policies      hash    article id -> policy JSON
 *   {p}:ap:h:{article}   list    the article's changes (JSON), the newest ARTICLE_POLICY_HISTORY_MAX
 *   {p}:ap:version       string  moves with every change
 */
export class RedisArticlePolicyStore implements ArticlePolicyStore {
  private readonly redis: Redis & Required<Pick<WithScript, 'setArticlePolicy'>>;

  constructor(private readonly options: { redis: Redis; keyPrefix: string }) {
    const redis = options.redis as WithScript;
    if (redis.setArticlePolicy === undefined) redis.defineCommand('setArticlePolicy', { lua: SET_ARTICLE_POLICY });
    this.redis = redis as Redis & Required<Pick<WithScript, 'setArticlePolicy'>>;
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

  private write(action: 'set' | 'reset', articleId: string, policy: string, change: ArticlePolicyChange): Promise<number> {
    const keys = [this.policiesKey, this.historyKey(articleId), this.versionKey];
    return this.redis.setArticlePolicy(keys.length, ...keys, action, articleId, policy, JSON.stringify(change), String(ARTICLE_POLICY_HISTORY_MAX));
  }

  async history(articleId: string): Promise<ArticlePolicyChange[]> {
    return (await this.redis.lrange(this.historyKey(articleId), 0, -1)).map((entry) => JSON.parse(entry) as ArticlePolicyChange);
  }

  async version(): Promise<number> {
    return Number((await this.redis.get(this.versionKey)) ?? 0);
  }
}
