import { installLoopbackOnlyFetch } from '../../../test/fakes/loopback-only-fetch';
import { OPENAI_FAKE_RESOLVED_MODEL, startOpenAiFake, type OpenAiFake } from '../../../test/fakes/openai-fake';
import { mapCategories, OpenAiModerationScorer, type OpenAiModerationScorerOptions } from './openai-moderation-scorer';
import { scorerFailure } from '../../../test/support/scorer-failure';

const KEY = 'sk-test-key';
let fake: OpenAiFake;
let restoreFetch: () => void;

beforeAll(async () => {
  restoreFetch = installLoopbackOnlyFetch();
  fake = await startOpenAiFake({ apiKeys: [KEY] });
});
afterAll(async () => {
  await fake.close();
  restoreFetch();
});
beforeEach(() => {
  fake.resetMode();
  fake.setInsufficientQuota(false);
  fake.clearRequests();
});

function scorer(options: Partial<OpenAiModerationScorerOptions> = {}): OpenAiModerationScorer {
  return new OpenAiModerationScorer({ apiKey: KEY, baseUrl: fake.url, timeoutMs: 2000, ...options });
}


describe('OpenAiModerationScorer', () => {
  it('When a comment is scored, then the model, bearer key and full text are sent and categories map onto attributes', async () => {
    const text = 'Toller Artikel <3 du bist ein Vollidiot';
    const result = await scorer().score({ text, language: 'de' });

    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.body).toEqual({ model: 'omni-moderation-latest', input: text });
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(result).toEqual({
      scorer: 'openai',
      model: OPENAI_FAKE_RESOLVED_MODEL,
      language: 'de',
      // harassment 0.93 (INSULT), threatening/hate/violence at baseline
      scores: { TOXICITY: 0.93, SEVERE_TOXICITY: 0.02, INSULT: 0.93, THREAT: 0.02, IDENTITY_ATTACK: 0.02 },
      spans: [],
    });
    expect(result.scores.PROFANITY).toBeUndefined();
  });

  it('When categories are given, then each attribute is the maximum of its mapped categories', () => {
    expect(
      mapCategories({ harassment: 0.1, 'harassment/threatening': 0.7, hate: 0.2, 'hate/threatening': 0.3, violence: 0.9 }),
    ).toEqual({ TOXICITY: 0.9, SEVERE_TOXICITY: 0.7, INSULT: 0.1, THREAT: 0.9, IDENTITY_ATTACK: 0.2 });
  });

  it('When the server hangs, then the request times out', async () => {
    fake.setMode({ hang: true });
    expect((await scorerFailure(scorer({ timeoutMs: 150 }).score({ text: 'hi', language: 'en' }))).kind).toBe('timeout');
  });

  it('When rate limited with retry-after-ms, then the failure is rate_limited with that delay', async () => {
    const withHeader = await startOpenAiFake({ apiKeys: [KEY], retryAfterMs: 640 });
    try {
      withHeader.setMode({ maxPerSecond: 0 });
      const error = await scorerFailure(new OpenAiModerationScorer({ apiKey: KEY, baseUrl: withHeader.url, timeoutMs: 2000 }).score({ text: 'hi', language: 'en' }));
      expect(error).toMatchObject({ kind: 'rate_limited', options: { retryAfterMs: 640, status: 429 } });
    } finally {
      await withHeader.close();
    }
  });

  it('When rate limited without a header, then retryAfterMs defaults to 1000', async () => {
    fake.setMode({ maxPerSecond: 0 });
    expect((await scorerFailure(scorer().score({ text: 'hi', language: 'en' }))).options.retryAfterMs).toBe(1000);
  });

  it('When the billing quota is exhausted (429 insufficient_quota), then the scorer counts as shut down', async () => {
    fake.setInsufficientQuota(true);
    expect((await scorerFailure(scorer().score({ text: 'hi', language: 'en' }))).kind).toBe('shutdown');
  });

  it.each([
    ['a 500', 'unavailable', { alwaysFail500: true }],
    ['malformed JSON', 'unavailable', { malformedBody: true }],
    ['403', 'shutdown', { shutdown: 403 as const }],
    ['404', 'shutdown', { shutdown: 404 as const }],
    ['410', 'shutdown', { shutdown: 410 as const }],
  ])('When the server answers %s, then the failure is %s', async (_label, kind, mode) => {
    fake.setMode(mode);
    expect((await scorerFailure(scorer().score({ text: 'hi', language: 'en' }))).kind).toBe(kind);
  });

  it('When the key is wrong, then the failure is shutdown and the message holds no part of the key', async () => {
    const error = await scorerFailure(scorer({ apiKey: 'sk-live-SECRETVALUE1234' }).score({ text: 'hi', language: 'en' }));
    expect(error.kind).toBe('shutdown');
    expect(error.message).toContain('invalid_api_key');
    expect(error.message).not.toMatch(/SECRET|1234|sk-live/);
  });

  it('When the model does not exist, then the scorer counts as shut down (reconfigure)', async () => {
    expect((await scorerFailure(scorer({ model: 'omni-moderation-1999' }).score({ text: 'hi', language: 'en' }))).kind).toBe('shutdown');
  });
});
