import { installLoopbackOnlyFetch } from '../../../test/fakes/loopback-only-fetch';
import { startPerspectiveFake, type PerspectiveFake } from '../../../test/fakes/perspective-fake';
import { ATTRIBUTES } from '../../domain';
import { PerspectiveScorer, type PerspectiveScorerOptions } from './perspective-scorer';
import { scorerFailure } from '../../../test/support/scorer-failure';

const KEY = 'test-key';
let fake: PerspectiveFake;
let restoreFetch: () => void;

beforeAll(async () => {
  restoreFetch = installLoopbackOnlyFetch();
  fake = await startPerspectiveFake({ apiKeys: [KEY] });
});
afterAll(async () => {
  await fake.close();
  restoreFetch();
});
beforeEach(() => {
  fake.resetMode();
  fake.clearRequests();
});

function scorer(options: Partial<PerspectiveScorerOptions> = {}): PerspectiveScorer {
  return new PerspectiveScorer({ apiKey: KEY, baseUrl: fake.url, timeoutMs: 2000, ...options });
}


interface SentBody {
  comment: { text: string };
  languages?: string[];
  doNotStore?: boolean;
  spanAnnotations?: boolean;
  requestedAttributes: Record<string, unknown>;
}
const sentBody = (index = 0): SentBody => fake.requests[index]?.body as SentBody;

describe('PerspectiveScorer', () => {
  it('When a French comment contains "<3", then the full text is sent with doNotStore, languages and span annotations', async () => {
    const text = 'Toller Artikel <3 tu es un imbécile. Merci!';
    const result = await scorer().score({ text, language: 'fr' });

    expect(fake.requests).toHaveLength(1);
    const body = sentBody();
    expect(body.comment.text).toBe(text);
    expect(body.doNotStore).toBe(true);
    expect(body.languages).toEqual(['fr']);
    expect(body.spanAnnotations).toBe(true);
    expect(Object.keys(body.requestedAttributes).sort()).toEqual([...ATTRIBUTES].sort());
    expect(fake.requests[0]?.query.key).toBe(KEY);
    expect(result).toMatchObject({ scorer: 'perspective', language: 'fr', scores: { INSULT: 0.86, TOXICITY: 0.82 } });
  });

  it('When spans come back, then each maps onto the comment text with slice(begin, end)', async () => {
    const text = 'Danke für den Artikel. Du bist ein Vollidiot! 😀 Schönen Tag.';
    const result = await scorer().score({ text, language: 'de' });

    const toxicSpans = result.spans.filter((s) => s.attribute === 'TOXICITY' && s.score > 0.5);
    expect(toxicSpans).toHaveLength(1);
    expect(text.slice(toxicSpans[0]?.begin, toxicSpans[0]?.end)).toBe('Du bist ein Vollidiot! ');
    expect(result.spans.every((s) => s.rule === 'perspective:span')).toBe(true);
    expect(result.spans.map((s) => text.slice(s.begin, s.end)).join('')).toContain('😀 Schönen Tag.');
  });

  it('When the language is other, then no languages are sent and the API detects the language', async () => {
    await scorer().score({ text: 'El artículo es bueno y no es malo', language: 'other' });
    expect(sentBody().languages).toBeUndefined();
    expect(Object.keys(sentBody().requestedAttributes)).toEqual(['TOXICITY']);
  });

  it('When German lacks INSULT and THREAT, then the scorer drops each named attribute, retries, and remembers', async () => {
    const s = scorer({ attributesByLanguage: { de: ['TOXICITY', 'INSULT', 'THREAT'] } });

    const first = await s.score({ text: 'Du bist ein Vollidiot.', language: 'de' });
    expect(first.scores).toEqual({ TOXICITY: 0.92 });
    expect(fake.requests.map((r) => r.status)).toEqual([400, 400, 200]);
    expect(s.attributesFor('de')).toEqual(['TOXICITY']);

    fake.clearRequests();
    await s.score({ text: 'Noch ein Kommentar.', language: 'de' });
    expect(fake.requests.map((r) => r.status)).toEqual([200]);
    expect(Object.keys(sentBody().requestedAttributes)).toEqual(['TOXICITY']);
  });

  it('When the text is over 20480 UTF-8 bytes but under 20480 characters, then it is rejected without a request', async () => {
    const text = 'ä'.repeat(12_000);
    const error = await scorerFailure(scorer().score({ text, language: 'de' }));
    expect(error.kind).toBe('rejected');
    expect(error.message).toContain('24000 UTF-8 bytes');
    expect(fake.requests).toHaveLength(0);
  });

  it('When the text is exactly 20480 bytes, then it is sent whole', async () => {
    const text = `${'a'.repeat(20_478)}ä`;
    await scorer().score({ text, language: 'en' });
    expect(sentBody().comment.text).toBe(text);
  });

  it('When the text is empty, then it is rejected without a request', async () => {
    expect((await scorerFailure(scorer().score({ text: '', language: 'en' }))).kind).toBe('rejected');
    expect(fake.requests).toHaveLength(0);
  });

  it('When the server hangs, then the request times out', async () => {
    fake.setMode({ hang: true });
    const error = await scorerFailure(scorer({ timeoutMs: 150 }).score({ text: 'hello there', language: 'en' }));
    expect(error.kind).toBe('timeout');
    expect(error.retryable).toBe(true);
  });

  it('When the caller aborts, then the request stops with a timeout failure', async () => {
    fake.setMode({ hang: true });
    const controller = new AbortController();
    const pending = scorerFailure(scorer({ timeoutMs: 10_000 }).score({ text: 'hello there', language: 'en', signal: controller.signal }));
    await waitUntil(() => fake.requests.length === 1);
    controller.abort();
    expect((await pending).kind).toBe('timeout');
  });

  it('When the quota is exhausted, then the failure is rate_limited with a default retryAfterMs', async () => {
    fake.setMode({ maxPerSecond: 0 });
    const error = await scorerFailure(scorer().score({ text: 'hello', language: 'en' }));
    expect(error.kind).toBe('rate_limited');
    expect(error.options.retryAfterMs).toBe(1000);
    expect(error.message).toContain('RESOURCE_EXHAUSTED');
  });

  it('When a 429 carries Retry-After, then retryAfterMs follows it', async () => {
    const withHeader = await startPerspectiveFake({ apiKeys: [KEY], retryAfterSeconds: 7 });
    try {
      withHeader.setMode({ maxPerSecond: 0 });
      const error = await scorerFailure(new PerspectiveScorer({ apiKey: KEY, baseUrl: withHeader.url, timeoutMs: 2000 }).score({ text: 'x', language: 'en' }));
      expect(error.options.retryAfterMs).toBe(7000);
    } finally {
      await withHeader.close();
    }
  });

  it.each([
    ['a 500', 'unavailable', { alwaysFail500: true }],
    ['malformed JSON', 'unavailable', { malformedBody: true }],
    ['403 PERMISSION_DENIED', 'shutdown', { shutdown: 403 as const }],
    ['a 404 HTML page', 'shutdown', { shutdown: 404 as const }],
    ['410 Gone', 'shutdown', { shutdown: 410 as const }],
  ])('When the server answers %s, then the failure is %s', async (_label, kind, mode) => {
    fake.setMode(mode);
    expect((await scorerFailure(scorer().score({ text: 'hello', language: 'en' }))).kind).toBe(kind);
  });

  it('When the base URL path is wrong, then the 404 HTML page means shutdown', async () => {
    const error = await scorerFailure(scorer({ baseUrl: `${fake.url}/wrong` }).score({ text: 'hello', language: 'en' }));
    expect(error.kind).toBe('shutdown');
    expect(error.message).toContain('not JSON');
  });

  it('When the key is invalid, then the failure is shutdown and no message contains the key', async () => {
    const secret = 'SECRET-should-not-leak';
    const error = await scorerFailure(scorer({ apiKey: secret }).score({ text: 'hello', language: 'en' }));
    expect(error.kind).toBe('shutdown');
    expect(error.message).toContain('API key not valid');
    expect(JSON.stringify({ message: error.message, stack: error.stack, options: error.options })).not.toContain(secret);
  });

  it('When nothing listens, then the failure is unavailable and does not mention the key', async () => {
    const closed = await startPerspectiveFake();
    await closed.close();
    const error = await scorerFailure(scorer({ baseUrl: closed.url, apiKey: 'SECRET-2' }).score({ text: 'hello', language: 'en' }));
    expect(error.kind).toBe('unavailable');
    expect(`${error.message}${error.stack ?? ''}`).not.toContain('SECRET-2');
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
