import type { Redis } from 'ioredis';
import type { AttributeScores, Language } from '../scoring/scorer';
import { COMMENT_STATUSES, type Comment, type CommentStatus, type HistoryEntry } from './comment';
import type {
  AutoDecision,
  AutoDecisionOutcome,
  CommentStore,
  CreateOutcome,
  ListHeldQuery,
  ModeratorDecision,
  ModeratorDecisionOutcome,
  NewComment,
  Page,
} from './comment-store';
import { decodeCursor, encodeCursor } from './cursor';

/*
 * Keys (all under one prefix):
 *   {p}:c:{id}          hash   the comment record
 *   {p}:h:{id}          list   its audit trail (JSON entries, append-only)
 *   {p}:ix:pending      zset   pending ids by createdAt (ms), for the re-enqueue sweep
 *   {p}:ix:held         zset   held ids by createdAt, for the review list and the oldest-held age
 *   {p}:ix:held:a:{art} zset   held ids of one article
 *   {p}:counts          hash   status → number of comments
 *   {p}:x:{client}:{ext} string the id stored under a client's externalId (idempotent intake)
 * Every state change is one Lua script, so the record, the indexes, the counts and the trail never disagree.
 */

const CREATE = `
if KEYS[4] ~= '' then
  local existing = redis.call('GET', KEYS[4])
  if existing then return {0, existing} end
end
redis.call('HSET', KEYS[1], unpack(ARGV, 4))
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
redis.call('HINCRBY', KEYS[3], 'pending', 1)
redis.call('RPUSH', KEYS[5], ARGV[3])
if KEYS[4] ~= '' then redis.call('SET', KEYS[4], ARGV[1]) end
return {1, ARGV[1]}
`;

const DISCARD = `
if redis.call('HGET', KEYS[1], 'status') ~= 'pending' then return 0 end
redis.call('DEL', KEYS[1], KEYS[5])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HINCRBY', KEYS[3], 'pending', -1)
if KEYS[4] ~= '' and redis.call('GET', KEYS[4]) == ARGV[1] then redis.call('DEL', KEYS[4]) end
return 1
`;

// KEYS: comment, pending, held, heldByArticle, counts, history
// ARGV: id, status, decision, scores, scoring, language, languageSource, decidedAt, historyEntry
const DECIDE_AUTO = `
local record = redis.call('HMGET', KEYS[1], 'status', 'createdAtMs')
local status = record[1]
if not status then return 'missing' end
if status ~= 'pending' then return 'already_decided' end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'decision', ARGV[3], 'scores', ARGV[4], 'scoring', ARGV[5],
  'language', ARGV[6], 'languageSource', ARGV[7], 'decidedAt', ARGV[8])
redis.call('HINCRBY', KEYS[1], 'version', 1)
redis.call('ZREM', KEYS[2], ARGV[1])
if ARGV[2] == 'held' then
  redis.call('ZADD', KEYS[3], record[2], ARGV[1])
  redis.call('ZADD', KEYS[4], record[2], ARGV[1])
end
redis.call('HINCRBY', KEYS[5], 'pending', -1)
redis.call('HINCRBY', KEYS[5], ARGV[2], 1)
redis.call('RPUSH', KEYS[6], ARGV[9])
return 'decided'
`;

// KEYS: comment, held, heldByArticle, counts, history
// ARGV: id, status, decision, decidedAt, historyEntryWithoutFrom, expectedVersion ('' = any), allowedFrom...
const DECIDE_MODERATOR = `
local record = redis.call('HMGET', KEYS[1], 'status', 'version')
local status = record[1]
if not status then return 'missing' end
local allowed = false
for i = 7, #ARGV do if ARGV[i] == status then allowed = true end end
if not allowed then return 'conflict' end
if ARGV[6] ~= '' and ARGV[6] ~= record[2] then return 'conflict' end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'decision', ARGV[3], 'decidedAt', ARGV[4])
redis.call('HINCRBY', KEYS[1], 'version', 1)
if status == 'held' then
  redis.call('ZREM', KEYS[2], ARGV[1])
  redis.call('ZREM', KEYS[3], ARGV[1])
end
if status == 'pending' then redis.call('ZREM', KEYS[6], ARGV[1]) end
redis.call('HINCRBY', KEYS[4], status, -1)
redis.call('HINCRBY', KEYS[4], ARGV[2], 1)
redis.call('RPUSH', KEYS[5], (string.gsub(ARGV[5], '"from":null', '"from":"' .. status .. '"', 1)))
return 'decided'
`;

// Keyset pagination over a zset ordered by (score, member): the entries strictly after (score, member).
const PAGE_AFTER = `
local afterScore = tonumber(ARGV[1])
local afterMember = ARGV[2]
local limit = tonumber(ARGV[3])
local out = {}
local offset = 0
while #out < limit * 2 do
  local batch = redis.call('ZRANGEBYSCORE', KEYS[1], afterScore, '+inf', 'WITHSCORES', 'LIMIT', offset, 200)
  if #batch == 0 then break end
  for i = 1, #batch, 2 do
    local member, score = batch[i], tonumber(batch[i + 1])
    if score > afterScore or member > afterMember then
      out[#out + 1] = member
      out[#out + 1] = batch[i + 1]
      if #out >= limit * 2 then break end
    end
  end
  offset = offset + 200
end
return out
`;

type Scripts = {
  moderationCreate(keys: string[], args: string[]): Promise<[number, string]>;
  moderationDiscard(keys: string[], args: string[]): Promise<number>;
  moderationDecideAuto(keys: string[], args: string[]): Promise<string>;
  moderationDecideModerator(keys: string[], args: string[]): Promise<string>;
  moderationPageAfter(keys: string[], args: string[]): Promise<string[]>;
};

function defineScripts(redis: Redis): Redis & Scripts {
  const withScripts = redis as Redis & Partial<Scripts>;
  if (!withScripts.moderationCreate) {
    redis.defineCommand('moderationCreateRaw', { lua: CREATE });
    redis.defineCommand('moderationDiscardRaw', { lua: DISCARD });
    redis.defineCommand('moderationDecideAutoRaw', { lua: DECIDE_AUTO });
    redis.defineCommand('moderationDecideModeratorRaw', { lua: DECIDE_MODERATOR });
    redis.defineCommand('moderationPageAfterRaw', { lua: PAGE_AFTER });
    type Raw = (numberOfKeys: number, ...keysAndArgs: string[]) => Promise<unknown>;
    const call = (name: string) => (keys: string[], args: string[]) =>
      ((redis as unknown as Record<string, Raw>)[name] as Raw).call(redis, keys.length, ...keys, ...args);
    Object.assign(withScripts, {
      moderationCreate: call('moderationCreateRaw'),
      moderationDiscard: call('moderationDiscardRaw'),
      moderationDecideAuto: call('moderationDecideAutoRaw'),
      moderationDecideModerator: call('moderationDecideModeratorRaw'),
      moderationPageAfter: call('moderationPageAfterRaw'),
    });
  }
  return withScripts as Redis & Scripts;
}

function parseJson<T>(value: string | undefined, fallback: T): T {
  return value ? (JSON.parse(value) as T) : fallback;
}

function toRecord(hash: Record<string, string>): Comment | null {
  if (!hash.id || !hash.status) return null;
  return {
    id: hash.id,
    status: hash.status as CommentStatus,
    articleId: hash.articleId ?? '',
    text: hash.text ?? '',
    author: parseJson(hash.author, { id: '' }),
    language: (hash.language || null) as Language | null,
    languageSource: (hash.languageSource || null) as Comment['languageSource'],
    externalId: hash.externalId || null,
    parentId: hash.parentId || null,
    metadata: parseJson(hash.metadata, {}),
    client: hash.client ?? '',
    scores: parseJson<AttributeScores>(hash.scores, {}),
    scoring: parseJson(hash.scoring, null),
    decision: parseJson(hash.decision, null),
    createdAt: hash.createdAt ?? '',
    decidedAt: hash.decidedAt || null,
    version: Number(hash.version ?? 0),
  };
}

export interface RedisCommentStoreOptions {
  redis: Redis;
  keyPrefix: string;
}

export class RedisCommentStore implements CommentStore {
  private readonly redis: Redis & Scripts;
  private readonly p: string;

  constructor(options: RedisCommentStoreOptions) {
    this.redis = defineScripts(options.redis);
    this.p = options.keyPrefix;
  }

  private commentKey(id: string): string {
    return `${this.p}:c:${id}`;
  }
  private historyKey(id: string): string {
    return `${this.p}:h:${id}`;
  }
  private heldByArticleKey(articleId: string): string {
    return `${this.p}:ix:held:a:${articleId}`;
  }
  private dedupeKeyOf(dedupeKey: string | undefined): string {
    return dedupeKey === undefined ? '' : `${this.p}:x:${dedupeKey}`;
  }

  async create(comment: NewComment, options: { dedupeKey?: string }): Promise<CreateOutcome> {
    const createdAtMs = Date.parse(comment.createdAt);
    const history: HistoryEntry = { at: comment.createdAt, by: comment.client, from: null, to: 'pending', reasons: [{ rule: 'submitted' }] };
    const fields: string[] = [
      'id', comment.id,
      'status', 'pending',
      'articleId', comment.articleId,
      'text', comment.text,
      'author', JSON.stringify(comment.author),
      'language', comment.language ?? '',
      'languageSource', comment.languageSource ?? '',
      'externalId', comment.externalId ?? '',
      'parentId', comment.parentId ?? '',
      'metadata', JSON.stringify(comment.metadata),
      'client', comment.client,
      'createdAt', comment.createdAt,
      'createdAtMs', String(createdAtMs),
      'version', '1',
    ];
    const [created, id] = await this.redis.moderationCreate(
      [this.commentKey(comment.id), `${this.p}:ix:pending`, `${this.p}:counts`, this.dedupeKeyOf(options.dedupeKey), this.historyKey(comment.id)],
      [comment.id, String(createdAtMs), JSON.stringify(history), ...fields],
    );
    if (created === 1) {
      return { created: true, comment: { ...comment, status: 'pending', scores: {}, scoring: null, decision: null, decidedAt: null, version: 1 } };
    }
    const existing = await this.get(id);
    if (existing === null) throw new Error(`dedupe key points at a missing comment ${id}`);
    return { created: false, comment: existing };
  }

  async discardPending(id: string, options: { dedupeKey?: string }): Promise<void> {
    await this.redis.moderationDiscard(
      [this.commentKey(id), `${this.p}:ix:pending`, `${this.p}:counts`, this.dedupeKeyOf(options.dedupeKey), this.historyKey(id)],
      [id],
    );
  }

  async get(id: string): Promise<Comment | null> {
    return toRecord(await this.redis.hgetall(this.commentKey(id)));
  }

  async decideAuto(id: string, d: AutoDecision): Promise<AutoDecisionOutcome> {
    const comment = await this.get(id);
    if (comment === null) return { outcome: 'missing' };
    const history: HistoryEntry = { at: d.decision.at, by: d.decision.by, from: 'pending', to: d.status, reasons: d.decision.reasons };
    const result = await this.redis.moderationDecideAuto(
      [
        this.commentKey(id),
        `${this.p}:ix:pending`,
        `${this.p}:ix:held`,
        this.heldByArticleKey(comment.articleId),
        `${this.p}:counts`,
        this.historyKey(id),
      ],
      [
        id,
        d.status,
        JSON.stringify(d.decision),
        JSON.stringify(d.scores),
        d.scoring === null ? '' : JSON.stringify(d.scoring),
        d.language,
        d.languageSource,
        d.decision.at,
        JSON.stringify(history),
      ],
    );
    const after = await this.get(id);
    if (after === null) return { outcome: 'missing' };
    return result === 'decided' ? { outcome: 'decided', comment: after } : { outcome: 'already_decided', comment: after };
  }

  async decideByModerator(id: string, d: ModeratorDecision): Promise<ModeratorDecisionOutcome> {
    const comment = await this.get(id);
    if (comment === null) return { outcome: 'missing' };
    const history: HistoryEntry = { at: d.decision.at, by: d.decision.by, from: null, to: d.status, reasons: d.decision.reasons };
    const result = await this.redis.moderationDecideModerator(
      [this.commentKey(id), `${this.p}:ix:held`, this.heldByArticleKey(comment.articleId), `${this.p}:counts`, this.historyKey(id), `${this.p}:ix:pending`],
      [id, d.status, JSON.stringify(d.decision), d.decision.at, JSON.stringify(history), d.expectedVersion === undefined ? '' : String(d.expectedVersion), ...d.from],
    );
    const after = await this.get(id);
    if (after === null || result === 'missing') return { outcome: 'missing' };
    return result === 'decided' ? { outcome: 'decided', comment: after } : { outcome: 'conflict', comment: after };
  }

  async listHeld(query: ListHeldQuery): Promise<Page<Comment>> {
    const key = query.articleId === undefined ? `${this.p}:ix:held` : this.heldByArticleKey(query.articleId);
    const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
    const flat =
      after === null
        ? await this.redis.zrange(key, 0, query.limit, 'WITHSCORES')
        : await this.redis.moderationPageAfter([key], [String(after.score), after.id, String(query.limit + 1)]);
    const entries: { id: string; score: number }[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) entries.push({ id: flat[i] as string, score: Number(flat[i + 1]) });
    const page = entries.slice(0, query.limit);
    const pipeline = this.redis.pipeline();
    for (const entry of page) pipeline.hgetall(this.commentKey(entry.id));
    const results = (await pipeline.exec()) ?? [];
    const items: Comment[] = [];
    for (const [error, hash] of results) {
      if (error) throw error;
      const comment = toRecord(hash as Record<string, string>);
      if (comment !== null && comment.status === 'held') items.push(comment);
    }
    const last = page[page.length - 1];
    const nextCursor = entries.length > query.limit && last !== undefined ? encodeCursor({ score: last.score, id: last.id }) : null;
    return { items, nextCursor };
  }

  async counts(): Promise<Record<CommentStatus, number>> {
    const raw = await this.redis.hgetall(`${this.p}:counts`);
    return Object.fromEntries(COMMENT_STATUSES.map((s) => [s, Number(raw[s] ?? 0)])) as Record<CommentStatus, number>;
  }

  async oldestHeldCreatedAtMs(): Promise<number | null> {
    const first = await this.redis.zrange(`${this.p}:ix:held`, 0, 0, 'WITHSCORES');
    return first.length === 2 ? Number(first[1]) : null;
  }

  async stalePending(createdBeforeMs: number, limit: number): Promise<string[]> {
    return this.redis.zrangebyscore(`${this.p}:ix:pending`, '-inf', `(${createdBeforeMs}`, 'LIMIT', 0, limit);
  }

  async history(id: string): Promise<HistoryEntry[]> {
    const entries = await this.redis.lrange(this.historyKey(id), 0, -1);
    return entries.map((entry) => JSON.parse(entry) as HistoryEntry);
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }
}
