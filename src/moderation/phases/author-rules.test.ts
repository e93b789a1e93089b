import { InMemoryAuthorActivityStore } from '../../authors/in-memory-author-activity-store';
import type { AuthorActivity } from '../../authors/author-activity-store';
import { authorActivityPhase } from './author-activity';
import { authorHistoryPhase } from './author-history';
import { newAuthorPhase } from './new-author';
import { initialState, type ModerationState, type Phase } from './phase';
import { repeatPostPhase } from './repeat-post';

const HOUR_MS = 3_600_000;
const now = new Date('2026-12-02T10:00:00Z');
const comment = (input: { id: string; text: string; createdAt?: Date; trusted?: boolean }): ModerationState =>
  initialState({
    text: input.text,
    givenLanguage: 'en',
    now,
    createdAt: input.createdAt ?? now,
    finalAttempt: false,
    commentId: input.id,
    articleId: 'a-1',
    author: { id: 'reader-1', ...(input.trusted === undefined ? {} : { trusted: input.trusted }) },
  });

/** Runs the activity lookup and then `rule`, as the pipeline would. */
async function run(store: InMemoryAuthorActivityStore, rule: Phase, state: ModerationState): Promise<ModerationState> {
  const looked = await authorActivityPhase({ authors: store }).run(state);
  const withActivity = { ...state, ...looked.state };
  const output = await rule.run(withActivity);
  expect(output.verdict).toBeUndefined();
  return { ...withActivity, ...output.state };
}

const activity = (overrides: Partial<AuthorActivity>): AuthorActivity => ({ repeatOf: null, postNumber: null, decided: 0, rejected: 0, ...overrides });
const withActivity = (a: AuthorActivity) => ({ ...comment({ id: 'c-9', text: 'x' }), authorActivity: a });

describe('repeat post', () => {
  it('When the author posted the same text (spacing, case and punctuation aside) within 24 h, then the comment is held with author.repeat_post', async () => {
    const store = new InMemoryAuthorActivityStore();
    store.post('reader-1', { commentId: 'c-1', text: 'Buy cheap watches now!', createdAtMs: now.getTime() - 23 * HOUR_MS });
    store.post('reader-1', { commentId: 'c-2', text: 'buy  CHEAP watches now', createdAtMs: now.getTime() });
    const state = await run(store, repeatPostPhase(), comment({ id: 'c-2', text: 'buy  CHEAP watches now' }));
    expect(state.holds).toEqual([{ rule: 'author.repeat_post', note: "same text as the author's comment c-1 within 24 h" }]);
  });

  it('When the earlier post is older than 24 h or says something else, then nothing is held', async () => {
    const store = new InMemoryAuthorActivityStore();
    store.post('reader-1', { commentId: 'c-1', text: 'Buy cheap watches now!', createdAtMs: now.getTime() - 25 * HOUR_MS });
    store.post('reader-1', { commentId: 'c-2', text: 'Buy cheap shoes now!', createdAtMs: now.getTime() - HOUR_MS });
    store.post('reader-1', { commentId: 'c-3', text: 'Buy cheap watches now!', createdAtMs: now.getTime() });
    expect((await run(store, repeatPostPhase(), comment({ id: 'c-3', text: 'Buy cheap watches now!' }))).holds).toEqual([]);
  });

  it('When the first of two equal posts is moderated (again, after the second was taken in), then it is not a repeat of the later one', async () => {
    const store = new InMemoryAuthorActivityStore();
    store.post('reader-1', { commentId: 'c-1', text: 'Same words', createdAtMs: now.getTime() - HOUR_MS });
    store.post('reader-1', { commentId: 'c-2', text: 'Same words', createdAtMs: now.getTime() });
    expect((await run(store, repeatPostPhase(), comment({ id: 'c-1', text: 'Same words', createdAt: new Date(now.getTime() - HOUR_MS) }))).holds).toEqual([]);
  });

  it('When the author is trusted, then the author rules do not look them up and nothing is held', async () => {
    const store = new InMemoryAuthorActivityStore();
    store.post('reader-1', { commentId: 'c-1', text: 'Same words', createdAtMs: now.getTime() - HOUR_MS });
    store.post('reader-1', { commentId: 'c-2', text: 'Same words', createdAtMs: now.getTime() });
    const state = await run(store, repeatPostPhase(), comment({ id: 'c-2', text: 'Same words', trusted: true }));
    expect(state.authorActivity).toBeNull();
    expect(state.holds).toEqual([]);
  });
});

describe('new author', () => {
  it('When NEW_AUTHOR_HOLDS is 2, then the author’s first two comments are held with author.new and the third is not', async () => {
    const store = new InMemoryAuthorActivityStore();
    for (const [i, id] of ['c-1', 'c-2', 'c-3'].entries()) store.post('reader-1', { commentId: id, text: `comment ${i}`, createdAtMs: now.getTime() + i });
    const phase = newAuthorPhase({ newAuthorHolds: 2 });
    expect((await run(store, phase, comment({ id: 'c-1', text: 'comment 0' }))).holds).toEqual([{ rule: 'author.new', note: "comment 1 of the author's first 2" }]);
    expect((await run(store, phase, comment({ id: 'c-2', text: 'comment 1' }))).holds.map((r) => r.rule)).toEqual(['author.new']);
    expect((await run(store, phase, comment({ id: 'c-3', text: 'comment 2' }))).holds).toEqual([]);
  });

  it('When NEW_AUTHOR_HOLDS is 0 (the default), then even a first comment is not held', () => {
    expect(newAuthorPhase({ newAuthorHolds: 0 }).run(withActivity(activity({ postNumber: 1 })))).toEqual({});
  });
});

describe('author history', () => {
  const DAY_MS = 86_400_000;
  it('When 3 of the author’s 5 decisions in 30 days were rejections (rate 0.5), then the comment is held with author.history and the share', async () => {
    const store = new InMemoryAuthorActivityStore();
    const statuses = ['rejected', 'rejected', 'rejected', 'approved', 'approved'] as const;
    statuses.forEach((status, i) => store.decide('reader-1', { commentId: `old-${i}`, status, atMs: now.getTime() - (i + 1) * DAY_MS }));
    const state = await run(store, authorHistoryPhase({ rejectRate: 0.5 }), comment({ id: 'c-9', text: 'hello' }));
    expect(state.holds).toEqual([
      { rule: 'author.history', score: 0.6, threshold: 0.5, note: "3 of the author's 5 decided comments in 30 days were rejected" },
    ]);
  });

  it('When the rejections are older than 30 days, or fewer than 5 comments were decided, or the share is below the rate, then nothing is held', async () => {
    const store = new InMemoryAuthorActivityStore();
    for (let i = 0; i < 5; i += 1) store.decide('reader-1', { commentId: `old-${i}`, status: 'rejected', atMs: now.getTime() - 31 * DAY_MS });
    const phase = authorHistoryPhase({ rejectRate: 0.5 });
    expect((await run(store, phase, comment({ id: 'c-9', text: 'hello' }))).holds).toEqual([]);
    expect(phase.run(withActivity(activity({ decided: 4, rejected: 4 })))).toEqual({});
    expect(phase.run(withActivity(activity({ decided: 10, rejected: 4 })))).toEqual({});
  });

  it('When a rejection is reversed to an approval, then it no longer counts as rejected', async () => {
    const store = new InMemoryAuthorActivityStore();
    for (let i = 0; i < 5; i += 1) store.decide('reader-1', { commentId: `old-${i}`, status: i < 3 ? 'rejected' : 'approved', atMs: now.getTime() - DAY_MS });
    store.decide('reader-1', { commentId: 'old-0', status: 'approved', atMs: now.getTime() - 1000 });
    expect((await run(store, authorHistoryPhase({ rejectRate: 0.5 }), comment({ id: 'c-9', text: 'hello' }))).holds).toEqual([]);
  });
});
