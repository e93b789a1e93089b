import { Redis } from 'ioredis';
import type { Comment } from '../../src/domain';
import { RedisCommentStore } from '../../src/comments/redis-comment-store';
import { newComment } from '../support/new-comment';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';

const HELD = 5000;
const LIMIT = 50;

/**
 * During a scorer outage every held comment has the same risk (0), so the review list sorted by risk is one long
 * run of ties. Paging through it must cost the same per page wherever the page is. A redis-server of its own, so
 * that its command statistics count this test's commands only.
 */
describe(`The review list over ${HELD} held comments of equal risk`, () => {
  let server: RedisServerHandle;
  let redis: Redis;
  let store: RedisCommentStore;

  beforeAll(async () => {
    server = await startRedisServer({ appendonly: false });
    redis = new Redis(server.url, { maxRetriesPerRequest: 1 });
    store = new RedisCommentStore({ redis, keyPrefix: 'paging' });
    const at = new Date().toISOString();
    for (let from = 0; from < HELD; from += 500) {
      // One creation time for all: sorted by age, they are all tied too.
      const created = await Promise.all(Array.from({ length: Math.min(500, HELD - from) }, (_, i) => store.create({ ...newComment(`c${String(from + i).padStart(5, '0')}`), createdAt: at })));
      const decision = { by: 'auto', status: 'held' as const, reasons: [{ rule: 'scorer_unavailable' }], at };
      await store.decideAutoMany(
        created.map(({ comment }) => ({ comment, decision: { status: 'held' as const, decision, event: '', scores: {}, scoring: null, language: 'de' as const, languageSource: 'detected' as const } })),
      );
    }
  }, 60_000);
  afterAll(async () => {
    redis.disconnect();
    await server.stop();
  });

  /** Redis commands executed since the last call, inside scripts included (INFO itself excluded). */
  async function commandsSince(): Promise<number> {
    const info = await redis.info('commandstats');
    await redis.config('RESETSTAT');
    let calls = 0;
    for (const match of info.matchAll(/^cmdstat_(\w+):calls=(\d+)/gm)) if (match[1] !== 'info' && match[1] !== 'config') calls += Number(match[2]);
    return calls;
  }

  async function pageThrough(sort: 'risk' | 'age', removeCursorAtPage: number): Promise<{ ids: string[]; commandsPerPage: number[]; removed: string }> {
    const ids: string[] = [];
    const commandsPerPage: number[] = [];
    let cursor: string | undefined;
    let removed = '';
    for (let page = 0; ; page += 1) {
      await commandsSince();
      const result = await store.listHeld({ sort, limit: LIMIT, nowMs: Date.now(), ...(cursor === undefined ? {} : { cursor }) });
      commandsPerPage.push(await commandsSince());
      ids.push(...result.items.map((c) => c.id));
      if (result.nextCursor === null) break;
      cursor = result.nextCursor;
      if (page === removeCursorAtPage) {
        // The comment the cursor points at is decided before the next page is read: paging goes on after it.
        const last = result.items[result.items.length - 1] as Comment;
        removed = last.id;
        await store.decideByModerator(last, { status: 'approved', from: ['held'], moderator: 'anna', decision: { by: 'anna', status: 'approved', reasons: [{ rule: 'moderator' }], at: new Date().toISOString() }, event: '' });
      }
    }
    return { ids, commandsPerPage, removed };
  }

  it.each(['risk', 'age'] as const)('When paging sorted by %s, then every comment comes exactly once and each page costs the same wherever it is', async (sort) => {
    const removeAt = 60;
    const { ids, commandsPerPage, removed } = await pageThrough(sort, removeAt);
    expect(new Set(ids).size).toBe(ids.length);
    // The comment decided during the first pass (by risk) had been listed already; the second pass no longer has it.
    expect(ids).toHaveLength(sort === 'risk' ? HELD : HELD - 1);
    expect(removed).not.toBe('');
    expect(commandsPerPage).toHaveLength(Math.ceil(ids.length / LIMIT));

    // Per page: the records of its entries and one more (3 commands each) and the cursor's position by rank.
    // Nothing may grow with how far into the ties the page is (before: one more range read per 200 entries
    // skipped, each walking the ties from their start, so the last pages cost ~40x the first in Redis CPU).
    const afterRemoval = removeAt + 1;
    const fullPages = commandsPerPage.slice(0, -1).filter((_, page) => page !== afterRemoval);
    expect(Math.max(...fullPages)).toBeLessThanOrEqual(3 * (LIMIT + 1) + 5);
    expect(Math.max(...fullPages) - Math.min(...fullPages)).toBeLessThanOrEqual(2);
    // The page after the cursor's comment was decided finds its place by a binary search over the ties.
    expect(commandsPerPage[afterRemoval]).toBeLessThanOrEqual(Math.min(...fullPages) + Math.ceil(Math.log2(HELD)) + 4);
  }, 60_000);
});
