import type { CommentScoring, ScoringOutcome } from '../comment-scoring';
import type { ModerationState } from './phase';
import { scorePhase } from './score';

const fixed = (outcome: ScoringOutcome): CommentScoring => ({ score: async () => outcome });
const state = (overrides: Partial<ModerationState>): ModerationState => ({
  text: 't',
  givenLanguage: 'de',
  language: 'de',
  languageSource: 'given',
  scores: {},
  spans: [],
  scoring: null,
  watched: [],
  commentId: null,
  articleId: null,
  author: null,
  holds: [],
  articleThresholds: null,
  authorActivity: null,
  now: new Date('2026-11-26T12:00:00Z'),
  createdAt: new Date('2026-11-26T11:59:00Z'),
  finalAttempt: false,
  ...overrides,
});
const rateLimited: ScoringOutcome = { outcome: 'retry', delayMs: 800, failures: [{ scorer: 'perspective', kind: 'rate_limited', message: '429' }] };
const failing: ScoringOutcome = { outcome: 'retry', failures: [{ scorer: 'perspective', kind: 'unavailable', message: '500' }] };

describe('score phase', () => {
  const phase = scorePhase({ scoring: fixed(rateLimited), maxQuotaWaitMs: 120_000 });

  it('When quota is exhausted, then the job is delayed, even on its final attempt', async () => {
    expect(await phase.run(state({ finalAttempt: true }))).toEqual({ retry: { reason: expect.stringContaining('perspective: rate_limited'), delayMs: 800 } });
  });

  it('When a Retry-After is longer than the quota wait left, then the delay is cut to what is left', async () => {
    // Created 60 s ago with 120 s allowed: a 1-hour Retry-After waits 60 s, then the comment is held.
    const hourLong = scorePhase({ scoring: fixed({ ...rateLimited, delayMs: 3_600_000 }), maxQuotaWaitMs: 120_000 });
    expect((await hourLong.run(state({}))).retry?.delayMs).toBe(60_000);
  });

  it('When a comment has waited for quota longer than allowed, then it is held with scorer_unavailable', async () => {
    const output = await phase.run(state({ finalAttempt: true, createdAt: new Date('2026-11-26T11:57:00Z') }));
    expect(output.verdict).toMatchObject({ status: 'held', reasons: [{ rule: 'scorer_unavailable' }] });
  });

  it('When scoring failed and attempts remain, then it is retried with backoff; on the last attempt it is held', async () => {
    const retrying = scorePhase({ scoring: fixed(failing), maxQuotaWaitMs: 120_000 });
    expect((await retrying.run(state({}))).retry).toEqual({ reason: expect.stringContaining('unavailable') });
    expect((await retrying.run(state({ finalAttempt: true }))).verdict?.status).toBe('held');
  });
});
