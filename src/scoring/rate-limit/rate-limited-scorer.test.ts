import type { ScoreRequest, Scorer } from '../scorer';
import { InMemoryRateLimiter } from './in-memory-rate-limiter';
import { RateLimitGate, RateLimitedScorer, createRateLimitedScorer } from './rate-limited-scorer';
import type { RateLimitDecision, RateLimiter } from './rate-limiter';
import { scorerFailure } from '../../../test/support/scorer-failure';

class ScriptedLimiter implements RateLimiter {
  calls = 0;
  rates: number[] = [];
  constructor(private readonly decisions: (RateLimitDecision | Error)[]) {}
  async acquire(_key: string, perSecond: number): Promise<RateLimitDecision> {
    this.calls += 1;
    this.rates.push(perSecond);
    const next = this.decisions.shift() ?? { allowed: true };
    if (next instanceof Error) throw next;
    return next;
  }
}


const gate = (limiter: RateLimiter, maxWaitMs = 1500): RateLimitGate =>
  new RateLimitGate({ limiter, key: 'perspective', perSecond: 1, scorerName: 'perspective', maxWaitMs });

describe('RateLimitGate', () => {
  it('When a slot is free, then the request passes at once, paced 5 % under the quota for network jitter', async () => {
    const limiter = new ScriptedLimiter([{ allowed: true }]);
    await gate(limiter).pass();
    expect(limiter.calls).toBe(1);
    expect(limiter.rates).toEqual([0.95]);
  });

  it('When the next slot is within the wait budget, then the gate waits for it and passes', async () => {
    const limiter = new ScriptedLimiter([{ allowed: false, retryAfterMs: 5 }, { allowed: false, retryAfterMs: 5 }, { allowed: true }]);
    await gate(limiter).pass();
    expect(limiter.calls).toBe(3);
  });

  it('When the next slot is beyond the wait budget, then the gate throws rate_limited with retryAfterMs', async () => {
    const error = await scorerFailure(gate(new ScriptedLimiter([{ allowed: false, retryAfterMs: 4000 }])).pass());
    expect(error).toMatchObject({ kind: 'rate_limited', scorer: 'perspective', options: { retryAfterMs: 4000 } });
  });

  it('When the caller aborts while the gate waits, then it stops with a timeout failure', async () => {
    const controller = new AbortController();
    const limiter = new ScriptedLimiter([{ allowed: false, retryAfterMs: 1000 }]);
    const pending = scorerFailure(gate(limiter).pass(controller.signal));
    controller.abort();
    expect((await pending).kind).toBe('timeout');
    expect(limiter.calls).toBe(1);
  });

  it('When the limiter does not answer in time, then the gate fails closed as unavailable', async () => {
    const stuck: RateLimiter = { acquire: () => new Promise<RateLimitDecision>(() => undefined) };
    const error = await scorerFailure(new RateLimitGate({ limiter: stuck, key: 'k', perSecond: 1, scorerName: 'perspective', acquireTimeoutMs: 20 }).pass());
    expect(error).toMatchObject({ kind: 'unavailable', message: 'rate limiter unavailable (no answer within 20 ms)' });
  });

  it('When the limiter store is down, then the gate fails closed as unavailable', async () => {
    const error = await scorerFailure(gate(new ScriptedLimiter([new Error('Connection is closed.')])).pass());
    expect(error.kind).toBe('unavailable');
  });
});

describe('RateLimitedScorer', () => {
  const inner: Scorer & { calls: number } = {
    name: 'openai',
    calls: 0,
    async score(request: ScoreRequest) {
      this.calls += 1;
      return { scorer: 'openai', model: 'm', language: request.language, scores: { TOXICITY: 0.1 }, spans: [] };
    },
  };

  it('When the quota allows, then the inner scorer is called; when it does not, then it is not', async () => {
    const scorer = createRateLimitedScorer(inner, { limiter: new InMemoryRateLimiter(() => 0), key: 'openai', perSecond: 0.1, maxWaitMs: 0, headroom: 0 });
    await scorer.score({ text: 't', language: 'en' });
    const error = await scorerFailure(scorer.score({ text: 't', language: 'en' }));
    expect(error).toMatchObject({ kind: 'rate_limited', scorer: 'openai', options: { retryAfterMs: 10_000 } });
    expect(inner.calls).toBe(1);
    expect(scorer).toBeInstanceOf(RateLimitedScorer);
    expect(scorer.name).toBe('openai');
  });
});
