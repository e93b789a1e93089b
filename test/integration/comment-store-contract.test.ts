import { Redis } from 'ioredis';
import type { AutoDecision, CommentStore, ModeratorDecision } from '../../src/comments/comment-store';
import { InMemoryCommentStore } from '../../src/comments/in-memory-comment-store';
import { RedisCommentStore } from '../../src/comments/redis-comment-store';
import type { AttributeScores, Comment, DecidedStatus } from '../../src/domain';
import { newComment } from '../support/new-comment';
import { testRedisUrl } from '../support/redis-server';
import { uniquePrefix } from '../support/service-harness';

/**
 * One contract, two stores: the cases below run on the Redis store (real Redis) and on the in-memory fake that
 * unit tests use, so the fake cannot drift from what the services really get.
 */
const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
afterAll(() => {
  redis.disconnect();
});

const stores: [string, () => Promise<CommentStore>][] = [
  [
    'RedisCommentStore',
    async () => {
      const store = new RedisCommentStore({ redis, keyPrefix: uniquePrefix() });
      await store.markWebhooksConfigured();
      return store;
    },
  ],
  ['InMemoryCommentStore', async () => new InMemoryCommentStore()],
];

function auto(status: DecidedStatus, scores: AttributeScores = {}, event = ''): AutoDecision {
  const at = new Date().toISOString();
  return { status, decision: { by: 'auto', status, reasons: [{ rule: 'test', attribute: 'TOXICITY', score: 0.5 }], at }, scores, scoring: { scorer: 'local', model: 'm', failures: [] }, language: 'de', languageSource: 'detected', event };
}

function byModerator(status: 'approved' | 'rejected', options: Partial<ModeratorDecision> = {}): ModeratorDecision {
  const at = new Date().toISOString();
  return { status, decision: { by: 'anna', status, reasons: [{ rule: 'moderator', code: 'insult' }], at }, from: ['held', 'pending'], moderator: 'anna', event: '', ...options };
}

describe.each(stores)('The comment store contract: %s', (_name, makeStore) => {
  let store: CommentStore;
  beforeEach(async () => {
    store = await makeStore();
  });

  async function created(id: string, overrides: Partial<ReturnType<typeof newComment>> = {}): Promise<Comment> {
    return (await store.create({ ...newComment(id), ...overrides })).comment;
  }

  it('When a comment is created, then it reads back pending, with every field, on the intake outbox and counted', async () => {
    const createdAt = new Date(Date.now() - 5000).toISOString();
    const result = await store.create({ ...newComment('c1'), author: { id: 'r-1', name: 'Ruth' }, externalId: 'ext-1', parentId: 'p-1', metadata: { page: 3, paid: true }, language: 'fr', languageSource: 'given', createdAt });
    expect(result.created).toBe(true);
    const read = await store.get('c1');
    expect(read).toEqual(result.comment);
    expect(read).toMatchObject({ id: 'c1', status: 'pending', author: { id: 'r-1', name: 'Ruth' }, externalId: 'ext-1', parentId: 'p-1', metadata: { page: 3, paid: true }, language: 'fr', languageSource: 'given', createdAt, version: 1, scores: {}, decision: null, decidedAt: null, scoring: null });
    expect(await store.getMany(['c1', 'nope'])).toEqual([read, null]);
    expect(await store.toQueueLength()).toBe(1);
    expect(await store.oldestOnQueueCreatedAtMs()).toBe(Date.parse(createdAt));
    expect((await store.counts()).pending).toBe(1);
    expect(await store.history('c1')).toEqual([{ at: createdAt, by: 'widget', from: null, to: 'pending', reasons: [{ rule: 'submitted' }] }]);
  });

  it('When the same client sends the same externalId again, then the first comment comes back and nothing is stored', async () => {
    await created('first', { externalId: 'same' });
    const again = await store.create({ ...newComment('second'), externalId: 'same' });
    expect(again).toMatchObject({ created: false, comment: { id: 'first' } });
    expect(await store.get('second')).toBeNull();
    expect(await store.toQueueLength()).toBe(1);
    expect((await store.create({ ...newComment('other-client'), externalId: 'same', client: 'app' })).created).toBe(true);
  });

  it('When ids are taken off the intake outbox and some put back, then they come back first, in their order', async () => {
    for (const id of ['a', 'b', 'c']) await created(id);
    expect(await store.takeToQueue(2)).toEqual(['a', 'b']);
    await store.returnToQueue(['a', 'b']);
    expect(await store.takeToQueue(10)).toEqual(['a', 'b', 'c']);
    expect(await store.takeToQueue(10)).toEqual([]);
  });

  it('When jobs are assigned, then pending comments record them and decided or missing ones do not', async () => {
    const pending = await created('p');
    const decided = await created('d');
    await store.decideAutoMany([{ comment: decided, decision: auto('approved') }]);
    await store.assignJobs([{ jobId: 'job-1', commentIds: [pending.id, decided.id, 'missing'] }]);
    expect(await store.jobsOf(['p', 'd', 'missing'])).toEqual(['job-1', null, null]);
    expect(await store.get('missing')).toBeNull();
  });

  it('When a pending comment is decided automatically, then once only: a second decision changes nothing', async () => {
    const comment = await created('auto-1');
    const [first] = await store.decideAutoMany([{ comment, decision: auto('rejected', { TOXICITY: 0.91, INSULT: 0.5 }, '{"id":"e1"}') }]);
    expect(first).toMatchObject({ outcome: 'decided', comment: { status: 'rejected', version: 2, scores: { TOXICITY: 0.91, INSULT: 0.5 }, language: 'de' } });
    const read = await store.get('auto-1');
    expect(read).toEqual(first?.outcome === 'decided' ? first.comment : null);
    const [second] = await store.decideAutoMany([{ comment, decision: auto('approved') }]);
    expect(second).toMatchObject({ outcome: 'already_decided', comment: { status: 'rejected' } });
    expect(await store.decideAutoMany([{ comment: { ...comment, id: 'gone' }, decision: auto('approved') }])).toEqual([{ outcome: 'missing' }]);
    expect(await store.counts()).toEqual({ pending: 0, approved: 0, held: 0, rejected: 1, reported: 0 });
    expect(await store.peekOutbox(10)).toEqual(['{"id":"e1"}']);
    expect((await store.history('auto-1')).map((entry) => [entry.from, entry.to, entry.by])).toEqual([
      [null, 'pending', 'widget'],
      ['pending', 'rejected', 'auto'],
    ]);
  });

  it('When a batch mixes pending, decided and missing comments, then each gets its own outcome, in order, and only pending ones change', async () => {
    const decidedBefore = await created('b-decided');
    await store.decideAutoMany([{ comment: decidedBefore, decision: auto('rejected') }]);
    const held = await created('b-held', { articleId: 'art-b', author: { id: 'r-b' } });
    const approved = await created('b-approved', { author: { id: 'r-b' } });
    const outcomes = await store.decideAutoMany([
      { comment: held, decision: auto('held', { TOXICITY: 0.7 }, '{"id":"held-event"}') },
      { comment: decidedBefore, decision: auto('approved', {}, '{"id":"never"}') },
      { comment: { ...held, id: 'b-missing' }, decision: auto('approved', {}, '{"id":"never-either"}') },
      { comment: approved, decision: auto('approved', { TOXICITY: 0.1 }, '{"id":"approved-event"}') },
    ]);
    expect(outcomes.map((outcome) => [outcome.outcome, outcome.outcome === 'missing' ? null : outcome.comment.status])).toEqual([
      ['decided', 'held'],
      ['already_decided', 'rejected'],
      ['missing', null],
      ['decided', 'approved'],
    ]);
    expect(await store.get('b-held')).toMatchObject({ status: 'held', scores: { TOXICITY: 0.7 }, version: 2 });
    expect(await store.get('b-approved')).toMatchObject({ status: 'approved', scores: { TOXICITY: 0.1 }, version: 2 });
    expect(await store.get('b-missing')).toBeNull();
    expect(await store.counts()).toEqual({ pending: 0, approved: 1, held: 1, rejected: 1, reported: 0 });
    // Held comments send no event (not a final decision); the already decided one sends none either.
    expect(await store.peekOutbox(10)).toEqual(['{"id":"approved-event"}']);
    expect((await store.listHeld({ sort: 'risk', limit: 10, nowMs: Date.now() })).items.map((c) => c.id)).toEqual(['b-held']);
    expect((await store.listHeld({ sort: 'age', limit: 10, nowMs: Date.now(), articleId: 'art-b' })).items.map((c) => c.id)).toEqual(['b-held']);
  });

  it('When a held comment is claimed, then others conflict, the holder decides, and the trail keeps every decision', async () => {
    const comment = await created('held-1');
    await store.decideAutoMany([{ comment, decision: auto('held', { TOXICITY: 0.6 }) }]);
    expect(await store.claim('held-1', 'anna', 60_000)).toMatchObject({ outcome: 'claimed', claim: { moderator: 'anna' } });
    expect(await store.claim('held-1', 'ben', 60_000)).toMatchObject({ outcome: 'conflict', reason: 'claimed', claim: { moderator: 'anna' } });
    expect(await store.release('held-1', 'ben')).toBe(false);
    const held = (await store.get('held-1')) as Comment;
    expect(await store.decideByModerator(held, byModerator('approved', { moderator: 'ben' }))).toMatchObject({ outcome: 'conflict', reason: 'claimed' });
    expect(await store.decideByModerator(held, byModerator('approved', { expectedVersion: 1 }))).toMatchObject({ outcome: 'conflict', reason: 'version' });
    const decided = await store.decideByModerator(held, byModerator('rejected', { expectedVersion: 2, event: '{"id":"e2"}' }));
    expect(decided).toMatchObject({ outcome: 'decided', comment: { status: 'rejected', version: 3, decision: { by: 'anna' } } });
    expect(await store.getClaim('held-1')).toBeNull();
    expect(await store.decideByModerator(held, byModerator('approved', { from: ['held'] }))).toMatchObject({ outcome: 'conflict', reason: 'status' });
    expect(await store.claim('held-1', 'anna', 60_000)).toMatchObject({ outcome: 'conflict', reason: 'status' });
    expect(await store.claim('nope', 'anna', 60_000)).toEqual({ outcome: 'missing' });
    expect(await store.counts()).toEqual({ pending: 0, approved: 0, held: 0, rejected: 1, reported: 0 });
    expect(await store.peekOutbox(10)).toEqual(['{"id":"e2"}']);
    const history = await store.history('held-1');
    expect(history.map((entry) => [entry.from, entry.to, entry.by])).toEqual([
      [null, 'pending', 'widget'],
      ['pending', 'held', 'auto'],
      ['held', 'rejected', 'anna'],
    ]);
    expect(history[1]?.reasons).toEqual([{ rule: 'test', attribute: 'TOXICITY', score: 0.5 }]);
    expect(history[2]?.reasons).toEqual([{ rule: 'moderator', code: 'insult' }]);
  });

  it('When held comments are listed, then by age oldest first, by risk highest first, page by page without gaps', async () => {
    const now = Date.now();
    const risks = [0.5, 0.9, 0.5, 0.7, 0.5];
    for (let i = 0; i < risks.length; i += 1) {
      const comment = await created(`h${i}`, { createdAt: new Date(now - (10 - i) * 1000).toISOString(), articleId: i % 2 === 0 ? 'even' : 'odd' });
      await store.decideAutoMany([{ comment, decision: auto('held', { TOXICITY: risks[i] as number }) }]);
    }
    const all = async (sort: 'age' | 'risk', extra: { articleId?: string } = {}): Promise<string[]> => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listHeld({ sort, limit: 2, nowMs: now, ...extra, ...(cursor === undefined ? {} : { cursor }) });
        expect(page.items.length).toBeLessThanOrEqual(2);
        ids.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      return ids;
    };
    expect(await all('age')).toEqual(['h0', 'h1', 'h2', 'h3', 'h4']);
    expect(await all('risk')).toEqual(['h1', 'h3', 'h4', 'h2', 'h0']);
    expect(await all('age', { articleId: 'odd' })).toEqual(['h1', 'h3']);
    expect(await store.oldestHeldCreatedAtMs()).toBe(now - 10_000);
  });

  it('When pending comments are stale, then stalePending pages through them oldest first, only before the cut-off', async () => {
    const now = Date.now();
    for (let i = 0; i < 4; i += 1) await created(`s${i}`, { createdAt: new Date(now - (10 - i) * 1000).toISOString() });
    const first = await store.stalePending(now - 7500, 2);
    expect(first.map((p) => p.id)).toEqual(['s0', 's1']);
    const rest = await store.stalePending(now - 7500, 2, first[1]);
    expect(rest.map((p) => p.id)).toEqual(['s2']);
  });

  it('When relays trim the outbox, then only the first trim of the same events removes them', async () => {
    for (let i = 0; i < 3; i += 1) {
      const comment = await created(`o${i}`);
      await store.decideAutoMany([{ comment, decision: auto('approved', {}, `{"id":"e${i}"}`) }]);
    }
    const read = await store.peekOutbox(2);
    expect(read).toEqual(['{"id":"e0"}', '{"id":"e1"}']);
    expect(await store.trimOutbox(read)).toBe(true);
    expect(await store.trimOutbox(read)).toBe(false);
    expect(await store.outboxLength()).toBe(1);
  });
});
