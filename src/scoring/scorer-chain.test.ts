import { ScorerError, type ScoreRequest, type ScoreResult, type Scorer, type ScorerFailureKind } from './scorer';
import { ScorerChain, ScorerChainRetryError, type ChainOutcome, type FailurePolicy } from './scorer-chain';

/** A scorer whose next answers are scripted: a kind to fail with, or 'ok'. */
class ScriptedScorer implements Scorer {
  calls = 0;
  private readonly script: (ScorerFailureKind | 'ok' | 'empty')[];
  constructor(
    readonly name: string,
    script: (ScorerFailureKind | 'ok' | 'empty')[],
    private readonly fallbackStep: ScorerFailureKind | 'ok' = 'ok',
  ) {
    this.script = [...script];
  }
  async score(request: ScoreRequest): Promise<ScoreResult> {
    this.calls += 1;
    const step = this.script.shift() ?? this.fallbackStep;
    if (step === 'ok') return { scorer: this.name, model: 'm', language: request.language, scores: { TOXICITY: 0.1 }, spans: [] };
    if (step === 'empty') return { scorer: this.name, model: 'm', language: request.language, scores: {}, spans: [] };
    throw new ScorerError(this.name, step, `${this.name} ${step}`, step === 'rate_limited' ? { retryAfterMs: 2500 } : {});
  }
}

const request: ScoreRequest = { text: 'irrelevant', language: 'de' };
const notFinal = { finalAttempt: false };

function chain(policy: FailurePolicy, scorers: Scorer[], now: () => number = () => 0): ScorerChain {
  return new ScorerChain({ scorers, policy, downForMs: 60_000, now });
}

function kinds(outcome: ChainOutcome): string[] {
  return outcome.failures.map((f) => `${f.scorer}:${f.kind}${f.skipped === true ? ':skipped' : ''}`);
}

describe('ScorerChain', () => {
  describe('fallback', () => {
    it('When the first scorer times out, then the next one scores and the failure is recorded', async () => {
      const outcome = await chain('fallback', [new ScriptedScorer('perspective', ['timeout']), new ScriptedScorer('local', [])]).score(request, notFinal);
      expect(outcome).toMatchObject({ outcome: 'scored', used: 'local', result: { scorer: 'local' } });
      expect(kinds(outcome)).toEqual(['perspective:timeout']);
    });

    it('When the first scorer is rate limited, then the next one scores (a 429 never fails the comment)', async () => {
      const outcome = await chain('fallback', [new ScriptedScorer('perspective', ['rate_limited']), new ScriptedScorer('local', [])]).score(request, notFinal);
      expect(outcome).toMatchObject({ outcome: 'scored', used: 'local' });
      expect(outcome.failures[0]).toMatchObject({ kind: 'rate_limited', retryAfterMs: 2500 });
    });

    it('When every scorer fails, then the outcome is unavailable, never scored', async () => {
      const outcome = await chain('fallback', [new ScriptedScorer('a', ['unavailable']), new ScriptedScorer('b', ['rejected'])]).score(request, notFinal);
      expect(outcome.outcome).toBe('unavailable');
      expect(kinds(outcome)).toEqual(['a:unavailable', 'b:rejected']);
    });

    it('When every scorer fails and one was rate limited, then the job is delayed instead of held', async () => {
      const outcome = await chain('fallback', [new ScriptedScorer('a', ['rate_limited']), new ScriptedScorer('b', ['timeout'])]).score(request, notFinal);
      expect(outcome).toMatchObject({ outcome: 'rate_limited', retryAfterMs: 2500 });
    });

    it('When a scorer returns no scores at all, then it counts as a failure, not as scored', async () => {
      const outcome = await chain('fallback', [new ScriptedScorer('a', ['empty']), new ScriptedScorer('b', [])]).score(request, notFinal);
      expect(outcome).toMatchObject({ outcome: 'scored', used: 'b' });
      expect(kinds(outcome)).toEqual(['a:unavailable']);
    });

    it('When the chain is empty, then the outcome is unavailable', async () => {
      expect((await chain('fallback', []).score(request, notFinal)).outcome).toBe('unavailable');
    });

    it('When a scorer throws something that is not a ScorerError, then it is recorded as unavailable', async () => {
      const broken: Scorer = { name: 'broken', score: async () => Promise.reject(new TypeError('boom')) };
      const outcome = await chain('fallback', [broken, new ScriptedScorer('local', [])]).score(request, notFinal);
      expect(outcome.failures[0]).toMatchObject({ scorer: 'broken', kind: 'unavailable' });
    });
  });

  describe('hold', () => {
    it('When the first scorer fails, then the chain stops and reports unavailable without calling the next', async () => {
      const next = new ScriptedScorer('local', []);
      const outcome = await chain('hold', [new ScriptedScorer('perspective', ['unavailable']), next]).score(request, notFinal);
      expect(outcome.outcome).toBe('unavailable');
      expect(next.calls).toBe(0);
    });

    it('When the first scorer rejects the comment, then the chain holds it', async () => {
      const outcome = await chain('hold', [new ScriptedScorer('perspective', ['rejected']), new ScriptedScorer('local', [])]).score(request, notFinal);
      expect(outcome.outcome).toBe('unavailable');
    });

    it('When the first scorer is rate limited, then the job is delayed by retryAfterMs, not held', async () => {
      const next = new ScriptedScorer('local', []);
      const outcome = await chain('hold', [new ScriptedScorer('perspective', ['rate_limited']), next]).score(request, notFinal);
      expect(outcome).toMatchObject({ outcome: 'rate_limited', retryAfterMs: 2500 });
      expect(next.calls).toBe(0);
    });
  });

  describe('retry', () => {
    it('When the first scorer fails retryably before the final attempt, then the chain throws for a retry', async () => {
      const next = new ScriptedScorer('local', []);
      const c = chain('retry', [new ScriptedScorer('perspective', ['timeout']), next]);
      const thrown = await c.score(request, notFinal).catch((error: unknown) => error);
      expect(thrown).toBeInstanceOf(ScorerChainRetryError);
      expect((thrown as ScorerChainRetryError).failures).toEqual([{ scorer: 'perspective', kind: 'timeout', message: 'perspective timeout' }]);
      expect(next.calls).toBe(0);
    });

    it('When it fails on the final attempt, then the chain holds instead of throwing', async () => {
      const outcome = await chain('retry', [new ScriptedScorer('perspective', ['unavailable'])]).score(request, { finalAttempt: true });
      expect(outcome.outcome).toBe('unavailable');
    });

    it('When the failure is not retryable (rejected), then the chain holds at once', async () => {
      const outcome = await chain('retry', [new ScriptedScorer('perspective', ['rejected'])]).score(request, notFinal);
      expect(outcome.outcome).toBe('unavailable');
    });

    it('When the first scorer is rate limited, even on the final attempt, then the job is delayed', async () => {
      const outcome = await chain('retry', [new ScriptedScorer('perspective', ['rate_limited'])]).score(request, { finalAttempt: true });
      expect(outcome).toMatchObject({ outcome: 'rate_limited', retryAfterMs: 2500 });
    });
  });

  describe('shutdown circuit', () => {
    it.each<FailurePolicy>(['fallback', 'hold', 'retry'])(
      'When a scorer is shut down under %s, then it is marked down, skipped, and the next scorer keeps scoring',
      async (policy) => {
        let now = Date.parse('2026-11-01T10:00:00Z');
        const perspective = new ScriptedScorer('perspective', ['shutdown']);
        const local = new ScriptedScorer('local', []);
        const c = chain(policy, [perspective, local], () => now);

        const first = await c.score(request, notFinal);
        expect(first).toMatchObject({ outcome: 'scored', used: 'local' });
        expect(kinds(first)).toEqual(['perspective:shutdown']);

        now += 1000;
        const second = await c.score(request, notFinal);
        expect(second).toMatchObject({ outcome: 'scored', used: 'local' });
        expect(kinds(second)).toEqual(['perspective:shutdown:skipped']);
        expect(perspective.calls).toBe(1);
        expect(c.status()).toEqual([
          {
            name: 'perspective',
            state: 'down',
            downSince: '2026-11-01T10:00:00.000Z',
            reprobeAt: '2026-11-01T10:01:00.000Z',
            lastFailure: { kind: 'shutdown', message: 'perspective shutdown', at: '2026-11-01T10:00:00.000Z' },
          },
          { name: 'local', state: 'up' },
        ]);
      },
    );

    it('When the down period is over, then one comment re-probes; success brings the scorer up again', async () => {
      let now = 0;
      const perspective = new ScriptedScorer('perspective', ['shutdown', 'ok']);
      const c = chain('fallback', [perspective, new ScriptedScorer('local', [])], () => now);
      await c.score(request, notFinal);
      now = 59_999;
      await c.score(request, notFinal);
      expect(perspective.calls).toBe(1);

      now = 60_000;
      expect(await c.score(request, notFinal)).toMatchObject({ outcome: 'scored', used: 'perspective' });
      expect(c.status()[0]).toMatchObject({ name: 'perspective', state: 'up' });
      expect(c.status()[0]?.downSince).toBeUndefined();
    });

    it('When the re-probe finds it still shut down, then it stays down with its original downSince', async () => {
      let now = 0;
      const c = chain('fallback', [new ScriptedScorer('perspective', [], 'shutdown'), new ScriptedScorer('local', [])], () => now);
      await c.score(request, notFinal);
      now = 60_000;
      await c.score(request, notFinal);
      expect(c.status()[0]).toMatchObject({ state: 'down', downSince: new Date(0).toISOString(), reprobeAt: new Date(120_000).toISOString() });
    });

    it('When comments arrive while a re-probe is in flight, then only the probe reaches the down scorer', async () => {
      let now = 0;
      let release: (() => void) | undefined;
      let calls = 0;
      const slow: Scorer = {
        name: 'perspective',
        score: async (r) => {
          calls += 1;
          if (calls === 1) throw new ScorerError('perspective', 'shutdown', 'gone');
          await new Promise<void>((resolve) => {
            release = resolve;
          });
          return { scorer: 'perspective', model: 'm', language: r.language, scores: { TOXICITY: 0.5 }, spans: [] };
        },
      };
      const c = chain('fallback', [slow, new ScriptedScorer('local', [])], () => now);
      await c.score(request, notFinal);
      now = 60_000;
      const probe = c.score(request, notFinal);
      const during = await c.score(request, notFinal);
      expect(during).toMatchObject({ used: 'local' });
      expect(kinds(during)).toEqual(['perspective:shutdown:skipped']);
      release?.();
      expect(await probe).toMatchObject({ used: 'perspective' });
      expect(calls).toBe(2);
    });

    it('When a scorer times out, then status shows it degraded; a later success shows it up', async () => {
      const c = chain('fallback', [new ScriptedScorer('perspective', ['timeout', 'ok']), new ScriptedScorer('local', [])]);
      await c.score(request, notFinal);
      expect(c.status()[0]).toMatchObject({ state: 'degraded', lastFailure: { kind: 'timeout' } });
      await c.score(request, notFinal);
      expect(c.status()[0]).toMatchObject({ state: 'up', lastFailure: { kind: 'timeout' } });
    });
  });

  it('When two scorers share a name, then the chain refuses to build', () => {
    expect(() => chain('fallback', [new ScriptedScorer('a', []), new ScriptedScorer('a', [])])).toThrow(/unique/);
  });
});
