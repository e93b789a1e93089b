import { Redis } from 'ioredis';
import { textFingerprint } from '../../src/authors/author-activity';
import { RedisAuthorActivityStore } from '../../src/authors/redis-author-activity-store';
import type { AutoDecision } from '../../src/comments/comment-store';
import { RedisCommentStore } from '../../src/comments/redis-comment-store';
import type { Comment, DecidedStatus } from '../../src/domain';
import { newComment } from '../support/new-comment';
import { testRedisUrl } from '../support/redis-server';
import { uniquePrefix } from '../support/service-harness';

const HOUR_MS = 3_600_000;

/** The author activity the comment store records in its intake and decision scripts, read back. Real Redis. */
describe('author activity on real Redis', () => {
  const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
  afterAll(() => {
    redis.disconnect();
  });

  function setUp() {
    const prefix = uniquePrefix();
    return { prefix, comments: new RedisCommentStore({ redis, keyPrefix: prefix }), authors: new RedisAuthorActivityStore({ redis, keyPrefix: prefix }) };
  }
  const base = Date.parse('2026-12-02T10:00:00Z');
  const take = (store: RedisCommentStore, id: string, input: { text: string; atMs: number; author?: string; externalId?: string }) =>
    store.create({ ...newComment(id), text: input.text, author: { id: input.author ?? 'reader-1' }, createdAt: new Date(input.atMs).toISOString(), externalId: input.externalId ?? null });
  const auto = (status: DecidedStatus, atMs: number): AutoDecision => {
    const at = new Date(atMs).toISOString();
    return { status, decision: { by: 'auto', status, reasons: [{ rule: 'test' }], at }, scores: {}, scoring: null, language: 'de', languageSource: 'detected', event: '' };
  };
  const activityOf = (authors: RedisAuthorActivityStore, comment: Pick<Comment, 'id' | 'text' | 'createdAt'>, nowMs: number) =>
    authors.activity({ authorId: 'reader-1', commentId: comment.id, text: comment.text, createdAtMs: Date.parse(comment.createdAt), nowMs });

  it('When an author repeats a text within 24 h, then the later comment finds the earlier one; after 24 h, or for the earlier one, it does not', async () => {
    const { comments, authors } = setUp();
    const first = (await take(comments, 'c-1', { text: 'Kauft bei uns!', atMs: base })).comment;
    const repeat = (await take(comments, 'c-2', { text: 'kauft bei uns', atMs: base + 23 * HOUR_MS })).comment;
    const late = (await take(comments, 'c-3', { text: 'Kauft bei uns', atMs: base + 48 * HOUR_MS })).comment;
    expect((await activityOf(authors, repeat, base + 23 * HOUR_MS)).repeatOf).toBe('c-1');
    expect((await activityOf(authors, first, base + 23 * HOUR_MS)).repeatOf).toBeNull();
    expect((await activityOf(authors, late, base + 48 * HOUR_MS)).repeatOf).toBeNull();
  });

  it('When the worker asks, then the fingerprint intake recorded for the comment decides, not a new hash of its text', async () => {
    const { prefix, comments, authors } = setUp();
    await take(comments, 'c-1', { text: 'Kauft bei uns!', atMs: base });
    const repeat = (await take(comments, 'c-2', { text: 'kauft bei uns', atMs: base + 1000 })).comment;
    // As if the worker normalised differently from the intake that recorded the posts (a rolling upgrade):
    // the text it holds no longer hashes to the recorded fingerprint, and the pair is still found.
    expect((await activityOf(authors, { ...repeat, text: 'ganz anders' }, base + 2000)).repeatOf).toBe('c-1');
    // Without its own entry (trimmed from a flood of posts) the text is hashed.
    await redis.zrem(`${prefix}:au:reader-1:posts`, `${textFingerprint(repeat.text)}:c-2`);
    expect((await activityOf(authors, repeat, base + 2000)).repeatOf).toBe('c-1');
    expect((await activityOf(authors, { ...repeat, text: 'ganz anders' }, base + 2000)).repeatOf).toBeNull();
  });

  it('When the same comment is submitted again with its externalId, then it is not recorded twice (no repeat of itself, no second post)', async () => {
    const { prefix, comments, authors } = setUp();
    const first = (await take(comments, 'c-1', { text: 'Hallo', atMs: base, externalId: 'ext-1' })).comment;
    await take(comments, 'c-other-id', { text: 'Hallo', atMs: base + 1000, externalId: 'ext-1' });
    expect(await redis.zrange(`${prefix}:au:reader-1:posts`, 0, -1)).toEqual([`${textFingerprint('Hallo')}:c-1`]);
    expect(await activityOf(authors, first, base + 1000)).toMatchObject({ repeatOf: null, postNumber: 1 });
  });

  it('When several comments ask at once (a job of several comments), then one script call answers each its own question', async () => {
    const { comments, authors } = setUp();
    const first = (await take(comments, 'c-a1', { text: 'Kauft bei uns!', atMs: base, author: 'reader-a' })).comment;
    const repeat = (await take(comments, 'c-a2', { text: 'kauft bei uns', atMs: base + 1000, author: 'reader-a' })).comment;
    const other = (await take(comments, 'c-b1', { text: 'Kauft bei uns!', atMs: base + 2000, author: 'reader-b' })).comment;
    const ask = (author: string, comment: Comment) =>
      authors.activity({ authorId: author, commentId: comment.id, text: comment.text, createdAtMs: Date.parse(comment.createdAt), nowMs: base + 3000 });
    const commandsBefore = Number(/total_commands_processed:(\d+)/.exec(await redis.info('stats'))?.[1]);
    const answers = await Promise.all([ask('reader-a', repeat), ask('reader-b', other), ask('reader-a', first)]);
    const commandsAfter = Number(/total_commands_processed:(\d+)/.exec(await redis.info('stats'))?.[1]);
    expect(answers.map((a) => a.repeatOf)).toEqual(['c-a1', null, null]);
    expect(answers.map((a) => a.postNumber)).toEqual([2, 1, 1]);
    // One script call for the three questions (its four commands each run inside it), plus the INFO that read the
    // counter: the questions asked together reached Redis together.
    expect(commandsAfter - commandsBefore).toBe(1 + 3 * 4 + 1);
  });

  it('When an author posts, then each comment knows its place among the author’s first comments', async () => {
    const { comments, authors } = setUp();
    const taken = [];
    for (let i = 0; i < 3; i += 1) taken.push((await take(comments, `c-${i}`, { text: `Beitrag ${i}`, atMs: base + i * 1000 })).comment);
    expect(await Promise.all(taken.map(async (c) => (await activityOf(authors, c, base + 5000)).postNumber))).toEqual([1, 2, 3]);
  });

  it('When comments are decided automatically and by moderators (reversals included), then the decided and rejected counts follow the latest decision', async () => {
    const { comments, authors } = setUp();
    const taken: Comment[] = [];
    for (let i = 0; i < 3; i += 1) taken.push((await take(comments, `c-${i}`, { text: `Beitrag ${i}`, atMs: base + i })).comment);
    const [a, b, c] = taken as [Comment, Comment, Comment];
    await comments.decideAutoMany([
      { comment: a, decision: auto('approved', base + 10) },
      { comment: b, decision: auto('rejected', base + 10) },
      { comment: c, decision: auto('held', base + 10) },
    ]);
    const probe = { id: 'c-new', text: 'neu', createdAt: new Date(base + 100).toISOString() };
    expect(await activityOf(authors, probe, base + 100)).toMatchObject({ decided: 2, rejected: 1 });

    const decide = async (comment: Comment, status: 'approved' | 'rejected', from: Comment['status'][]) => {
      const current = (await comments.get(comment.id)) as Comment;
      const at = new Date(base + 50).toISOString();
      const outcome = await comments.decideByModerator(current, { status, decision: { by: 'anna', status, reasons: [{ rule: 'moderator' }], at }, from, moderator: 'anna', event: '' });
      expect(outcome.outcome).toBe('decided');
    };
    await decide(c, 'rejected', ['held']);
    expect(await activityOf(authors, probe, base + 100)).toMatchObject({ decided: 3, rejected: 2 });
    await decide(b, 'approved', ['rejected']);
    expect(await activityOf(authors, probe, base + 100)).toMatchObject({ decided: 3, rejected: 1 });
    // Thirty days later none of them counts.
    expect(await activityOf(authors, probe, base + 30 * 24 * HOUR_MS + 100)).toMatchObject({ decided: 0, rejected: 0 });
  });
});
