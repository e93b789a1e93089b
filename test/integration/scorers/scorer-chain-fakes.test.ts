import { OpenAiModerationScorer } from '../../../src/scoring/openai/openai-moderation-scorer';
import { PerspectiveScorer } from '../../../src/scoring/perspective/perspective-scorer';
import { ScorerChain, type FailurePolicy } from '../../../src/scoring/scorer-chain';
import { installLoopbackOnlyFetch } from '../../fakes/loopback-only-fetch';
import { startOpenAiFake, type OpenAiFake } from '../../fakes/openai-fake';
import { startPerspectiveFake, type PerspectiveFake } from '../../fakes/perspective-fake';

/** The chain with the real adapters against both fakes: what the worker will see. */
let perspectiveFake: PerspectiveFake;
let openAiFake: OpenAiFake;
let restoreFetch: () => void;

beforeAll(async () => {
  restoreFetch = installLoopbackOnlyFetch();
  [perspectiveFake, openAiFake] = await Promise.all([startPerspectiveFake({ apiKeys: ['p-key'] }), startOpenAiFake({ apiKeys: ['sk-o-key'] })]);
});
afterAll(async () => {
  await Promise.all([perspectiveFake.close(), openAiFake.close()]);
  restoreFetch();
});
beforeEach(() => {
  for (const fake of [perspectiveFake, openAiFake]) {
    fake.resetMode();
    fake.clearRequests();
  }
});

function chain(policy: FailurePolicy, now: () => number = Date.now): ScorerChain {
  return new ScorerChain({
    policy,
    downForMs: 10 * 60_000,
    now,
    scorers: [
      // Long enough that a loaded CI machine still answers in time (200 ms once was not); the hang test waits it out.
      new PerspectiveScorer({ apiKey: 'p-key', baseUrl: perspectiveFake.url, timeoutMs: 1000 }),
      new OpenAiModerationScorer({ apiKey: 'sk-o-key', baseUrl: openAiFake.url, timeoutMs: 3000 }),
    ],
  });
}

const comment = { text: 'Toller Artikel <3 du bist ein Vollidiot', language: 'de' as const };

describe('Scorer chain against the fakes', () => {
  it('When both services answer, then Perspective scores and OpenAI is not called', async () => {
    const outcome = await chain('fallback').score(comment, { finalAttempt: false });
    expect(outcome).toMatchObject({ outcome: 'scored', used: 'perspective', failures: [] });
    expect(perspectiveFake.requests).toHaveLength(1);
    expect(openAiFake.requests).toHaveLength(0);
  });

  it('When Perspective hangs under fallback, then it times out and OpenAI scores the comment', async () => {
    perspectiveFake.setMode({ hang: true });
    const outcome = await chain('fallback').score(comment, { finalAttempt: false });
    expect(outcome).toMatchObject({ outcome: 'scored', used: 'openai', result: { scorer: 'openai', scores: { INSULT: 0.93 } } });
    expect(outcome.failures).toEqual([{ scorer: 'perspective', kind: 'timeout', message: 'no complete response within 1000 ms' }]);
    expect(openAiFake.requests[0]?.body).toMatchObject({ input: comment.text });
  });

  it('When Perspective fails under hold, then the comment is unavailable and OpenAI is never asked', async () => {
    perspectiveFake.setMode({ alwaysFail500: true });
    const outcome = await chain('hold').score(comment, { finalAttempt: false });
    expect(outcome).toEqual({ outcome: 'unavailable', failures: [expect.objectContaining({ scorer: 'perspective', kind: 'unavailable' })] });
    expect(openAiFake.requests).toHaveLength(0);
  });

  it('When Perspective is shut down, then it is marked down, skipped, shown as down, and OpenAI keeps scoring', async () => {
    let now = Date.parse('2026-12-31T23:00:00Z');
    const c = chain('hold', () => now);
    perspectiveFake.setMode({ shutdown: 410 });

    const first = await c.score(comment, { finalAttempt: false });
    expect(first).toMatchObject({ outcome: 'scored', used: 'openai', failures: [{ scorer: 'perspective', kind: 'shutdown' }] });
    now += 60_000;
    const second = await c.score(comment, { finalAttempt: false });
    expect(second).toMatchObject({ outcome: 'scored', used: 'openai', failures: [{ scorer: 'perspective', kind: 'shutdown', skipped: true }] });
    expect(perspectiveFake.requests).toHaveLength(1);
    expect(c.status()).toEqual([
      expect.objectContaining({ name: 'perspective', state: 'down', downSince: '2026-12-31T23:00:00.000Z' }),
      expect.objectContaining({ name: 'openai', state: 'up' }),
    ]);

    perspectiveFake.resetMode();
    now += 10 * 60_000;
    const third = await c.score(comment, { finalAttempt: false });
    expect(third).toMatchObject({ outcome: 'scored', used: 'perspective' });
    expect(c.status()[0]).toMatchObject({ state: 'up' });
  });

  it('When Perspective answers 404 HTML for a wrong path, then it counts as shut down', async () => {
    const c = new ScorerChain({
      policy: 'fallback',
      scorers: [
        new PerspectiveScorer({ apiKey: 'p-key', baseUrl: `${perspectiveFake.url}/v2`, timeoutMs: 1000 }),
        new OpenAiModerationScorer({ apiKey: 'sk-o-key', baseUrl: openAiFake.url, timeoutMs: 3000 }),
      ],
    });
    const outcome = await c.score(comment, { finalAttempt: false });
    expect(outcome).toMatchObject({ used: 'openai', failures: [{ scorer: 'perspective', kind: 'shutdown' }] });
    expect(perspectiveFake.requests[0]?.status).toBe(404);
  });

  it('When both services fail, then the outcome is unavailable and never scored', async () => {
    perspectiveFake.setMode({ alwaysFail500: true });
    openAiFake.setMode({ alwaysFail500: true });
    const outcome = await chain('fallback').score(comment, { finalAttempt: false });
    expect(outcome.outcome).toBe('unavailable');
    expect(outcome.failures.map((f) => f.scorer)).toEqual(['perspective', 'openai']);
  });
});
