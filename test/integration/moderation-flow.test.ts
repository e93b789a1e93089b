import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { Comment } from '../../src/domain';
import type { ModerationJobData } from '../../src/queue/moderation-queue';
import type { QueueStats } from '../../src/queue/queue-stats-service';
import { KeywordScorer, keywordScoring } from '../support/keyword-scorer';
import { DEV_KEYS, startService, type ServiceHarness } from '../support/service-harness';
import { testRedisUrl } from '../support/redis-server';
import { waitFor } from '../support/wait-for';

type Stats = QueueStats;

describe('moderation flow over HTTP, on real Redis and a real BullMQ worker', () => {
  let service: ServiceHarness;
  const scorer = new KeywordScorer();

  let queueRedis: Redis;
  let moderationJobs: Queue<ModerationJobData>;

  beforeAll(async () => {
    service = await startService({ overrides: { scoring: keywordScoring(scorer) }, env: { JOB_BACKOFF_MS: '10', JOB_ATTEMPTS: '2' } });
    queueRedis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    moderationJobs = new Queue<ModerationJobData>(service.config.queue.name, { connection: queueRedis, prefix: `${service.config.redisKeyPrefix}:bull` });
  });
  afterAll(async () => {
    await moderationJobs.close();
    queueRedis.disconnect();
    await service.close();
  });

  const post = (body: Record<string, unknown>) => service.request<Comment>('POST', '/v1/comments', { key: DEV_KEYS.intake, json: body });
  const decided = (id: string) =>
    waitFor(
      async () => {
        const { body } = await service.request<Comment>('GET', `/v1/comments/${id}`);
        return body.status !== 'pending' ? body : undefined;
      },
      { what: `comment ${id} to be decided` },
    );

  it('When a widget posts a comment, then it gets 202 with an id and the worker decides it', async () => {
    const response = await post({ articleId: 'a-1', text: 'Guter Artikel, danke.', author: { id: 'u1', name: 'Anna' }, language: 'de-CH' });
    expect(response.status).toBe(202);
    expect(response.body.status).toBe('pending');
    expect(response.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('location')).toBe(`/v1/comments/${response.body.id}`);

    const comment = await decided(response.body.id);
    expect(comment.status).toBe('approved');
    expect(comment.language).toBe('de');
    expect(comment.languageSource).toBe('given');
    expect(comment.decision).toMatchObject({ by: 'auto', status: 'approved' });
    expect(comment.decision?.reasons[0]).toMatchObject({ rule: 'below_thresholds', scorer: 'keyword' });
    expect(comment.scores.INSULT).toBeCloseTo(0.02);
    expect(comment.decidedAt).not.toBeNull();
  });

  it('When a comment crosses a reject threshold, then it is rejected with the rule, attribute, score, threshold and span', async () => {
    const text = 'Du bist ein REJECTME';
    const { body } = await post({ articleId: 'a-1', text, author: { id: 'u2' } });
    const comment = await decided(body.id);
    expect(comment.status).toBe('rejected');
    const reason = comment.decision?.reasons.find((r) => r.attribute === 'INSULT');
    expect(reason).toMatchObject({ rule: 'threshold.reject', attribute: 'INSULT', score: 0.99, threshold: 0.95, scorer: 'keyword' });
    const span = reason?.spans?.[0];
    expect(span && text.slice(span.begin, span.end)).toBe('REJECTME');
  });

  it('When a moderator approves a held comment, then it leaves the held list, the stats count it and a second decision is a 409', async () => {
    const { body } = await post({ articleId: 'a-held', text: 'HOLDME bitte', author: { id: 'u3' } });
    const held = await decided(body.id);
    expect(held.status).toBe('held');

    const list = await service.request<{ items: Comment[]; nextCursor: string | null }>('GET', '/v1/review/comments?status=held&articleId=a-held');
    expect(list.status).toBe(200);
    expect(list.body.items.map((c) => c.id)).toEqual([body.id]);

    const statsBefore = await service.request<Stats>('GET', '/v1/queue/stats', { key: DEV_KEYS.dashboard });
    expect(statsBefore.body.comments.held).toBeGreaterThanOrEqual(1);
    expect(statsBefore.body.oldestHeldAgeSeconds).not.toBeNull();

    const decision = await service.request<Comment>('POST', `/v1/review/comments/${body.id}/decision`, { json: { decision: 'approve', note: 'satire' } });
    expect(decision.status).toBe(200);
    expect(decision.body.status).toBe('approved');
    expect(decision.body.decision).toMatchObject({ by: 'dev-moderator', status: 'approved', reasons: [{ rule: 'moderator', note: 'satire' }] });

    const again = await service.request<{ error: { code: string } }>('POST', `/v1/review/comments/${body.id}/decision`, { json: { decision: 'reject' } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');

    const after = await service.request<{ items: Comment[] }>('GET', '/v1/review/comments?status=held&articleId=a-held');
    expect(after.body.items).toEqual([]);
    const statsAfter = await service.request<Stats>('GET', '/v1/queue/stats', { key: DEV_KEYS.dashboard });
    expect(statsAfter.body.comments.held).toBe(statsBefore.body.comments.held - 1);
    expect(statsAfter.body.comments.approved).toBe(statsBefore.body.comments.approved + 1);

    const history = await service.request<{ history: { from: string | null; to: string; by: string }[] }>('GET', `/v1/comments/${body.id}/history`);
    expect(history.body.history.map((h) => [h.from, h.to, h.by])).toEqual([
      [null, 'pending', 'dev-widget'],
      ['pending', 'held', 'auto'],
      ['held', 'approved', 'dev-moderator'],
    ]);
  });

  it('When scoring fails on every attempt, then the comment is held with scorer_unavailable, never approved', async () => {
    const { body } = await post({ articleId: 'a-2', text: 'FAILME', author: { id: 'u4' } });
    const comment = await decided(body.id);
    expect(comment.status).toBe('held');
    expect(comment.decision?.reasons[0]?.rule).toBe('scorer_unavailable');
    expect(comment.scoring?.failures[0]).toMatchObject({ scorer: 'keyword', kind: 'unavailable' });
  });

  it('When the same client repeats a post with the same externalId, then it gets the same comment and no second job', async () => {
    const payload = { articleId: 'a-3', text: 'Einmal reicht.', author: { id: 'u5' }, externalId: 'ext-42' };
    const first = await post(payload);
    await decided(first.body.id);
    const callsBefore = scorer.calls;
    const second = await post(payload);
    expect(second.status).toBe(202);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    // A second job would be handed over by the relay later, not during the request: post a marker after the
    // repeat and wait until it is decided. The intake outbox is first in, first out, so by then any job for the
    // repeat has been added too. Then count the jobs that carry the comment: exactly one.
    const marker = await post({ articleId: 'a-3', text: 'Nur ein Marker.', author: { id: 'u5' } });
    await decided(marker.body.id);
    await waitFor(async () => {
      const { body } = await service.request<Stats>('GET', '/v1/queue/stats', { key: DEV_KEYS.dashboard });
      return body.awaitingQueue + body.queue.waiting + body.queue.active + body.queue.delayed === 0;
    }, { what: 'the queue to be idle' });
    const jobs = await moderationJobs.getJobs(['completed', 'failed', 'waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);
    const carrying = jobs.filter((job) => job.data.commentIds.includes(first.body.id));
    expect(carrying).toHaveLength(1);
    expect(jobs.filter((job) => job.data.commentIds.includes(marker.body.id))).toHaveLength(1);
    // The marker was scored; the repeat was not scored again.
    expect(scorer.calls).toBe(callsBefore + 1);
  });

  it('When held comments span several pages, then the cursor walks them oldest first without repeats', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const { body } = await post({ articleId: 'a-pages', text: `HOLDME ${i}`, author: { id: 'u6' } });
      await decided(body.id);
      ids.push(body.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/v1/review/comments?articleId=a-pages&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page: { body: { items: Comment[]; nextCursor: string | null } } = await service.request('GET', query);
      seen.push(...page.body.items.map((c) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(ids);
  });
});
