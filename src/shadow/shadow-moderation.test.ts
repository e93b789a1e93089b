import pino from 'pino';
import type { Policy } from '../domain';
import type { CommentScoring } from '../moderation/comment-scoring';
import { applyThresholdsPhase } from '../moderation/phases/apply-thresholds';
import { initialState, type ModerationState } from '../moderation/phases/phase';
import { scorePhase } from '../moderation/phases/score';
import { ShadowModeration } from './shadow-moderation';
import { InMemoryShadowStore } from './shadow-store';

const policy: Policy = { defaults: { INSULT: { hold: 0.5, reject: 0.9 } }, languages: {} };
const strictPolicy: Policy = { defaults: { INSULT: { hold: 0.3, reject: 0.6 } }, languages: {} };
const now = () => new Date('2026-12-02T10:00:00Z');
const initial = initialState({ text: 't', givenLanguage: 'de', now: now(), createdAt: now(), finalAttempt: false });
const scoring = (insult: number): CommentScoring => ({
  score: async () => ({ outcome: 'scored', result: { scorer: 'local', model: 'm1', language: 'de', scores: { INSULT: insult }, spans: [] }, failures: [] }),
});
const hanging: CommentScoring = { score: () => new Promise(() => undefined) };
const liveState: ModerationState = { ...initial, language: 'de', scores: { INSULT: 0.7 }, scoring: { scorer: 'perspective', model: 'p', failures: [] } };

function shadowWith(deps: { scoring: CommentScoring | null; policy: Policy; timeoutMs?: number; maxInFlight?: number }) {
  const store = new InMemoryShadowStore();
  const shadow = new ShadowModeration({
    phases: (s) => [{ name: 'language', run: () => ({ state: { language: 'de', languageSource: 'given' } }) }, scorePhase({ scoring: s, maxQuotaWaitMs: 0 }), applyThresholdsPhase({ policy: deps.policy })],
    scoring: deps.scoring,
    scorers: deps.scoring === null ? 'live' : 'local',
    policy: 'test',
    timeoutMs: deps.timeoutMs ?? 1000,
    maxInFlight: deps.maxInFlight ?? 10,
    store,
    now,
    logger: pino({ level: 'silent' }),
  });
  return { shadow, store };
}

describe('shadow moderation', () => {
  it('When the shadow chain scores higher, then its own verdict, scores and scorer are returned', async () => {
    const { shadow } = shadowWith({ scoring: scoring(0.95), policy });
    const { verdict, outcome } = await shadow.start(initial).verdict(liveState);
    expect(outcome).toBe('ok');
    expect(verdict).toMatchObject({ status: 'rejected', scorer: 'local', model: 'm1', scores: { INSULT: 0.95 }, decidedBy: 'apply-thresholds' });
  });

  it('When only the policy is shadowed, then the live scores are replayed under it', async () => {
    const { shadow } = shadowWith({ scoring: null, policy: strictPolicy });
    const { verdict } = await shadow.start(initial).verdict(liveState);
    expect(verdict).toMatchObject({ status: 'rejected', scorer: 'perspective', scores: { INSULT: 0.7 }, scorers: 'live' });
  });

  it('When the shadow scorer hangs, then the verdict is a timeout error after the time limit, and it stays counted in flight', async () => {
    const { shadow } = shadowWith({ scoring: hanging, policy, timeoutMs: 50, maxInFlight: 1 });
    const { verdict, outcome } = await shadow.start(initial).verdict(liveState);
    expect(outcome).toBe('timeout');
    expect(verdict).toMatchObject({ status: 'error', decidedBy: 'timeout', error: expect.stringContaining('50 ms') });
    expect(shadow.inFlight()).toBe(1);
    // The cap is reached: the next comment's shadow is skipped at once instead of piling up another hanging call.
    expect((await shadow.start(initial).verdict(liveState)).outcome).toBe('skipped');
  });

  it('When the shadow scorer throws, then the verdict is an error naming it', async () => {
    const { shadow } = shadowWith({ scoring: { score: async () => Promise.reject(new Error('boom')) }, policy });
    const { verdict, outcome } = await shadow.start(initial).verdict(liveState);
    expect(outcome).toBe('error');
    expect(verdict.error).toBe('boom');
  });

  it('When a verdict is recorded, then the store gets both verdicts, and close waits for the write', async () => {
    const { shadow, store } = shadowWith({ scoring: scoring(0.6), policy });
    shadow.record({ run: shadow.start(initial), live: liveState, commentId: 'c1', articleId: 'a1', liveStatus: 'approved', language: 'de', decidedAtMs: 1 });
    await shadow.close();
    expect(store.verdicts.get('c1')?.summary).toEqual({ commentId: 'c1', live: 'approved', shadow: 'held', language: 'de', articleId: 'a1', decidedAtMs: 1 });
    expect(store.counts.ok).toBe(1);
  });
});
