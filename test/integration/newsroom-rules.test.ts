import { Redis } from 'ioredis';
import type { Comment, HistoryEntry } from '../../src/domain';
import { KeywordScorer, keywordScoring } from '../support/keyword-scorer';
import { testRedisUrl } from '../support/redis-server';
import { DEV_KEYS, startService, type ServiceHarness } from '../support/service-harness';
import { waitFor } from '../support/wait-for';

type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

describe('newsroom rules (articles and authors) over HTTP, on real Redis and a real worker', () => {
  let service: ServiceHarness;
  let redis: Redis;
  let n = 0;

  beforeAll(async () => {
    service = await startService({
      overrides: { scoring: keywordScoring(new KeywordScorer()) },
      env: { HOLD_LINKS: 'true', LINK_ALLOW_DOMAINS: 'nzz.ch', AUTHOR_REJECT_RATE: '0.5', ARTICLE_POLICY_REFRESH_MS: '1000' },
    });
    redis = new Redis(testRedisUrl());
  });
  afterAll(async () => {
    redis.disconnect();
    await service.close();
  });

  /** A fresh id per test, so rules about one author or article never leak into another test. */
  const unique = (name: string) => `${name}-${(n += 1)}-${Date.now().toString(36)}`;
  const post = (body: Record<string, unknown>) => service.request<Comment & ErrorBody>('POST', '/v1/comments', { key: DEV_KEYS.intake, json: body });
  const decided = (id: string) =>
    waitFor(
      async () => {
        const { body } = await service.request<Comment>('GET', `/v1/comments/${id}`);
        return body.status !== 'pending' ? body : undefined;
      },
      { what: `comment ${id} to be decided` },
    );
  const setPolicy = (articleId: string, json: unknown, key: string = DEV_KEYS.moderator) => service.request<ErrorBody & Record<string, unknown>>('PUT', `/v1/articles/${articleId}/policy`, { key, json });

  it('When an article is set to premoderate, then the next clean comment is held with article.premoderate, and GET and the history show who set it', async () => {
    const article = unique('premod');
    const before = await service.request('GET', `/v1/articles/${article}/policy`);
    expect(before).toMatchObject({ status: 200, body: { articleId: article, mode: 'auto', isDefault: true } });

    const put = await setPolicy(article, { mode: 'premoderate' });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ articleId: article, mode: 'premoderate', updatedBy: 'dev-moderator', isDefault: false });

    const { body } = await post({ articleId: article, text: 'Ein sachlicher Beitrag.', author: { id: unique('reader') } });
    const comment = await decided(body.id);
    expect(comment.status).toBe('held');
    expect(comment.decision?.reasons).toEqual([{ rule: 'article.premoderate', note: `article ${article} is pre-moderated` }]);

    // The threat in a pre-moderated article is still rejected by the scores.
    const threat = await decided((await post({ articleId: article, text: 'Du bist ein REJECTME', author: { id: unique('reader') } })).body.id);
    expect(threat.status).toBe('rejected');
    expect(threat.decision?.reasons.map((r) => r.rule)).toEqual(['threshold.reject', 'threshold.reject', 'article.premoderate']);

    expect((await service.request('GET', `/v1/articles/${article}/policy`)).body).toMatchObject({ mode: 'premoderate', updatedBy: 'dev-moderator' });
    const history = await service.request<{ history: { by: string; action: string; mode: string; at: string }[] }>('GET', `/v1/articles/${article}/policy/history`);
    expect(history.body.history).toEqual([{ at: expect.any(String), by: 'dev-moderator', action: 'set', mode: 'premoderate' }]);
  });

  it('When an article is closed, then intake answers 409 comments_closed, other articles still take comments, and a reset opens it again', async () => {
    const article = unique('closed');
    const before = await post({ articleId: article, text: 'Vor der Schliessung', author: { id: unique('reader') }, externalId: `${article}-ext` });
    expect(before.status).toBe(202);
    expect((await setPolicy(article, { mode: 'closed' })).status).toBe(200);
    // A site retrying a comment taken in before the article closed gets that comment, as any idempotent replay.
    const replay = await post({ articleId: article, text: 'Vor der Schliessung', author: { id: unique('reader') }, externalId: `${article}-ext` });
    expect(replay.status).toBe(202);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(before.body.id);
    expect((await post({ articleId: article, text: 'Neu', author: { id: unique('reader') }, externalId: `${article}-other` })).status).toBe(409);

    const refused = await post({ articleId: article, text: 'Noch ein Gedanke', author: { id: unique('reader') } });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'comments_closed', message: `comments on article ${article} are closed` });
    expect((await post({ articleId: unique('open'), text: 'Noch ein Gedanke', author: { id: unique('reader') } })).status).toBe(202);

    expect((await service.request('DELETE', `/v1/articles/${article}/policy`)).status).toBe(204);
    expect((await service.request('DELETE', `/v1/articles/${article}/policy`)).status).toBe(404);
    expect((await post({ articleId: article, text: 'Jetzt geht es', author: { id: unique('reader') } })).status).toBe(202);
    const history = await service.request<{ history: { by: string; action: string; mode: string }[] }>('GET', `/v1/articles/${article}/policy/history`);
    expect(history.body.history.map((h) => `${h.action}:${h.mode}:${h.by}`)).toEqual(['set:closed:dev-moderator', 'reset:auto:dev-moderator']);
  });

  it('When a policy is malformed or sent by a non-moderator, then it is refused naming the problem, and nothing changes', async () => {
    const article = unique('bad');
    const bad = await setPolicy(article, { mode: 'sometimes', thresholds: { INSULT: { hold: 0.9, reject: 0.5 }, LOUDNESS: { hold: 0.1, reject: 0.2 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.map((d) => d.path).sort()).toEqual(['mode', 'thresholds.INSULT.hold', 'thresholds.LOUDNESS']);
    expect((await setPolicy(article, { mode: 'closed' }, DEV_KEYS.intake)).status).toBe(403);
    expect((await service.request('GET', `/v1/articles/${article}/policy`)).body).toMatchObject({ isDefault: true });
  });

  it('When an article has thresholds of its own, then its comments are routed by them', async () => {
    const article = unique('strict');
    // HOLDME scores INSULT 0.7: held by the policy file, rejected here.
    expect((await setPolicy(article, { mode: 'auto', thresholds: { INSULT: { hold: 0.3, reject: 0.6 } } })).status).toBe(200);
    const comment = await decided((await post({ articleId: article, text: 'Du HOLDME', author: { id: unique('reader') } })).body.id);
    expect(comment.status).toBe('rejected');
    expect(comment.decision?.reasons[0]).toMatchObject({ rule: 'threshold.reject', attribute: 'INSULT', threshold: 0.6 });
  });

  it('When an author posts the same text again within 24 h, then the repeat is held with author.repeat_post, and only a hash of the text is stored', async () => {
    const author = unique('spammer');
    const first = await decided((await post({ articleId: unique('a'), text: 'Kauft jetzt bei uns ein!', author: { id: author } })).body.id);
    expect(first.status).toBe('approved');
    const repeat = await decided((await post({ articleId: unique('a'), text: 'kauft JETZT bei uns ein', author: { id: author } })).body.id);
    expect(repeat.status).toBe('held');
    expect(repeat.decision?.reasons).toEqual([{ rule: 'author.repeat_post', note: `same text as the author's comment ${first.id} within 24 h` }]);

    // One key per author holding `<fingerprint>:<comment id>`: a hash of the text, never the text.
    const postsKey = `${service.config.redisKeyPrefix}:au:${author}:posts`;
    const entries = await redis.zrange(postsKey, 0, -1);
    expect(entries).toHaveLength(2);
    const [fingerprint] = (entries[0] as string).split(':');
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(entries).toEqual([`${fingerprint}:${first.id}`, `${fingerprint}:${repeat.id}`]);
    expect(entries.join(' ')).not.toMatch(/kauft/i);
    const ttlMs = await redis.pttl(postsKey);
    expect(ttlMs).toBeGreaterThan(23 * 3_600_000);
    expect(ttlMs).toBeLessThanOrEqual(24 * 3_600_000);

    // A trusted author (staff) skips the author rules.
    const staff = unique('staff');
    await decided((await post({ articleId: unique('a'), text: 'Danke für die Hinweise', author: { id: staff, trusted: true } })).body.id);
    const again = await decided((await post({ articleId: unique('a'), text: 'Danke für die Hinweise', author: { id: staff, trusted: true } })).body.id);
    expect(again.status).toBe('approved');
  });

  it('When a comment links outside the allowed domains, then it is held with form.link; an allowed domain passes', async () => {
    const spam = await decided((await post({ articleId: unique('a'), text: 'Mehr unter https://billig.example.com/uhren', author: { id: unique('reader') } })).body.id);
    expect(spam.status).toBe('held');
    expect(spam.decision?.reasons).toEqual([{ rule: 'form.link', note: 'links to billig.example.com' }]);
    const source = await decided((await post({ articleId: unique('a'), text: 'Quelle: https://www.nzz.ch/artikel', author: { id: unique('reader') } })).body.id);
    expect(source.status).toBe('approved');
  });

  it('When at least half of an author’s 5 decided comments were rejected (by the scores and by a moderator), then the next is held with author.history', async () => {
    const author = unique('troll');
    for (const text of ['REJECTME eins', 'REJECTME zwei', 'gut drei', 'gut vier']) {
      await decided((await post({ articleId: unique('a'), text, author: { id: author } })).body.id);
    }
    // The fifth is held by the scores and rejected by a moderator: that decision counts too.
    const held = await decided((await post({ articleId: unique('a'), text: 'HOLDME fünf', author: { id: author } })).body.id);
    expect(held.status).toBe('held');
    const before = await decided((await post({ articleId: unique('a'), text: 'sechs, noch vor dem Entscheid', author: { id: author } })).body.id);
    expect(before.status).toBe('approved');
    const decision = await service.request('POST', `/v1/review/comments/${held.id}/decision`, { json: { decision: 'reject', reasonCode: 'insult' } });
    expect(decision.status).toBe(200);

    // 6 decided, 3 rejected: share 0.5 reaches the rate.
    const next = await decided((await post({ articleId: unique('a'), text: 'sieben', author: { id: author } })).body.id);
    expect(next.status).toBe('held');
    expect(next.decision?.reasons).toEqual([
      { rule: 'author.history', score: 0.5, threshold: 0.5, note: "3 of the author's 6 decided comments in 30 days were rejected" },
    ]);
    const rejectedKey = `${service.config.redisKeyPrefix}:au:${author}:rejected`;
    expect(await redis.zcard(rejectedKey)).toBe(3);
    expect(await redis.pttl(rejectedKey)).toBeGreaterThan(29 * 86_400_000);
  });

  it('When a moderator pre-moderates an article, then the worker (its own cache) holds that article’s comments within seconds', async () => {
    const article = unique('live');
    // The worker has looked the article up and keeps its (default) policy in its cache.
    expect((await decided((await post({ articleId: article, text: 'vorher', author: { id: unique('reader') } })).body.id)).status).toBe('approved');

    const changedAt = Date.now();
    expect((await setPolicy(article, { mode: 'premoderate' })).status).toBe(200);
    const held = await waitFor(
      async () => {
        const comment = await decided((await post({ articleId: article, text: `nachher ${Date.now()}`, author: { id: unique('reader') } })).body.id);
        return comment.status === 'held' ? comment : undefined;
      },
      { timeoutMs: 8000, intervalMs: 100, what: 'the worker to apply the new article policy' },
    );
    const elapsedMs = Date.now() - changedAt;
    expect(held.decision?.reasons.map((r) => r.rule)).toEqual(['article.premoderate']);
    // ARTICLE_POLICY_REFRESH_MS is 1000 here: within it, plus a comment's way through the queue.
    expect(elapsedMs).toBeLessThan(3000);

    const trail = await service.request<{ history: HistoryEntry[] }>('GET', `/v1/comments/${held.id}/history`);
    expect(trail.body.history.map((h) => h.to)).toEqual(['pending', 'held']);
  });
});

describe('new authors (NEW_AUTHOR_HOLDS=2) over HTTP, on real Redis and a real worker', () => {
  let service: ServiceHarness;
  beforeAll(async () => {
    service = await startService({ overrides: { scoring: keywordScoring(new KeywordScorer()) }, env: { NEW_AUTHOR_HOLDS: '2' } });
  });
  afterAll(async () => {
    await service.close();
  });

  it('When an author posts for the first time, then their first two comments are held with author.new and the third is not; trusted authors are not', async () => {
    const statuses: string[] = [];
    for (const text of ['erster Beitrag', 'zweiter Beitrag', 'dritter Beitrag']) {
      const { body } = await service.request<Comment>('POST', '/v1/comments', { key: DEV_KEYS.intake, json: { articleId: 'a-new', text, author: { id: 'newcomer' } } });
      const comment = await waitFor(async () => {
        const { body: current } = await service.request<Comment>('GET', `/v1/comments/${body.id}`);
        return current.status !== 'pending' ? current : undefined;
      });
      statuses.push(`${comment.status}:${comment.decision?.reasons.map((r) => r.rule).join(',')}`);
    }
    expect(statuses).toEqual(['held:author.new', 'held:author.new', 'approved:below_thresholds']);

    const { body } = await service.request<Comment>('POST', '/v1/comments', { key: DEV_KEYS.intake, json: { articleId: 'a-new', text: 'von der Redaktion', author: { id: 'editor', trusted: true } } });
    const staff = await waitFor(async () => {
      const { body: current } = await service.request<Comment>('GET', `/v1/comments/${body.id}`);
      return current.status !== 'pending' ? current : undefined;
    });
    expect(staff.status).toBe('approved');
  });
});

describe('decisions on reported comments and appeals count in the author history (real Redis)', () => {
  const KEYS = { site: 'site-key-0123456789', anna: 'anna-key-0123456789', ben: 'ben-key-01234567890' };
  let service: ServiceHarness;
  let redis: Redis;
  beforeAll(async () => {
    service = await startService({
      overrides: { scoring: keywordScoring(new KeywordScorer()) },
      env: { API_KEYS: `intake:site:${KEYS.site},moderator:anna:${KEYS.anna},moderator:ben:${KEYS.ben}` },
    });
    redis = new Redis(testRedisUrl());
  });
  afterAll(async () => {
    redis.disconnect();
    await service.close();
  });

  it('When a reported comment is removed, then it counts as rejected for its author; when the removal is reversed on appeal, then it no longer does', async () => {
    const { body } = await service.request<Comment>('POST', '/v1/comments', { key: KEYS.site, json: { articleId: 'a-1', text: 'Ein Kommentar', author: { id: 'author-r' } } });
    const approved = await waitFor(async () => {
      const { body: current } = await service.request<Comment>('GET', `/v1/comments/${body.id}`, { key: KEYS.anna });
      return current.status === 'approved' ? current : undefined;
    });
    for (const reader of ['r-1', 'r-2', 'r-3']) {
      expect((await service.request('POST', `/v1/comments/${approved.id}/reports`, { key: KEYS.site, json: { reason: 'spam', reporter: { id: reader } } })).status).toBe(202);
    }
    const removed = await service.request<Comment>('POST', `/v1/review/comments/${approved.id}/report-decision`, { key: KEYS.anna, json: { decision: 'remove', reasonCode: 'spam' } });
    expect(removed.body.status).toBe('rejected');
    const keyOf = (set: string) => `${service.config.redisKeyPrefix}:au:author-r:${set}`;
    expect(await redis.zrange(keyOf('rejected'), 0, -1)).toEqual([approved.id]);
    expect(await redis.zrange(keyOf('decided'), 0, -1)).toEqual([approved.id]);

    expect((await service.request('POST', `/v1/comments/${approved.id}/appeals`, { key: KEYS.site, json: { by: { id: 'author-r' }, explanation: 'Kein Spam.' } })).status).toBe(202);
    const reversed = await service.request<{ comment: Comment }>('POST', `/v1/review/comments/${approved.id}/appeal-decision`, { key: KEYS.ben, json: { decision: 'reverse' } });
    expect(reversed.body.comment.status).toBe('approved');
    expect(await redis.zrange(keyOf('rejected'), 0, -1)).toEqual([]);
    expect(await redis.zrange(keyOf('decided'), 0, -1)).toEqual([approved.id]);
  });
});
