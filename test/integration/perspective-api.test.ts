import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { createLogger } from '../../src/observability/logger';
import { createPerspectiveScorer } from '../../src/scoring/perspective/perspective-scorer';
import { thresholdsFor } from '../../src/moderation/policy';
import { DEV_KEYS, startService, type ServiceHarness } from '../support/service-harness';
import { waitFor } from '../support/wait-for';

/** The Perspective-compatible API as Perspective's clients call it: real HTTP, real Redis, the shipped scorer. */

const SEED_TOXIC = 'Kim Jong-un ist der begehrteste. Nicht nur Trump, nun auch Putin liebt den fetten Raketenmann.';
const SEED_CLEAN = 'Schweiz hat auch keine Freunde mehr.';
const URL_KEY = 'coral-analyze-key-in-the-url-7f3a';
const MODERATOR_URL_KEY = 'moderator-key-in-the-url-91bd';
const API_KEYS = `analyze:coral:${URL_KEY},moderator:mod:${MODERATOR_URL_KEY},intake:widget:${DEV_KEYS.intake}`;

interface AnalyzeBody {
  attributeScores: Record<string, { summaryScore: { value: number; type: string }; spanScores?: { begin: number; end: number; score: { value: number; type: string } }[] }>;
  languages: string[];
  detectedLanguages: string[];
  clientToken?: string;
}
interface GoogleError {
  error: { code: number; message: string; status: string; details?: { reason?: string; errorType?: string }[] };
}

/** Exactly what Coral's perspective.ts sends: `<endpoint>/comments:analyze?key=…`, text, doNotStore, one attribute, one language. */
async function asCoralSends(endpoint: string, key: string, text: string, init: { rawBody?: string } = {}): Promise<{ status: number; body: unknown }> {
  const url = new URL(endpoint);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/comments:analyze`;
  url.searchParams.set('key', key);
  const body = init.rawBody ?? JSON.stringify({ comment: { text }, doNotStore: true, requestedAttributes: { TOXICITY: {} }, languages: ['de'] });
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  const raw = await response.text();
  return { status: response.status, body: raw === '' ? null : (JSON.parse(raw) as unknown) };
}

describe('Perspective-compatible API: comments:analyze and comments:suggestscore', () => {
  let service: ServiceHarness;
  let redis: Redis;
  const logLines: string[] = [];

  beforeAll(async () => {
    // Everything the API logs, at the chattiest level, to prove that keys and text never reach a line.
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    });
    service = await startService({
      worker: false,
      env: { PERSPECTIVE_API: 'on', API_KEYS, ANALYZE_RATE_LIMIT_PER_KEY: '0' },
      logger: createLogger({ level: 'trace', name: 'api' }, sink),
    });
    redis = new Redis(service.config.redisUrl ?? '');
  });
  afterAll(async () => {
    redis.disconnect();
    await service.close();
  });

  const analyze = (body: unknown, key: string | null = URL_KEY) =>
    service.request<AnalyzeBody & GoogleError>('POST', key === null ? '/v1alpha1/comments:analyze' : `/v1alpha1/comments:analyze?key=${key}`, { key: null, json: body });

  it('When Coral sends the seed comments as its perspective.ts builds them, then the insult scores above 0.5 TOXICITY and the clean one below', async () => {
    const endpoint = `${service.baseUrl}/v1alpha1`;
    const toxic = await asCoralSends(endpoint, URL_KEY, SEED_TOXIC);
    const clean = await asCoralSends(endpoint, URL_KEY, SEED_CLEAN);
    expect(toxic.status).toBe(200);
    expect(clean.status).toBe(200);
    const toxicBody = toxic.body as AnalyzeBody;
    expect(toxicBody.attributeScores.TOXICITY?.summaryScore.type).toBe('PROBABILITY');
    expect(toxicBody.attributeScores.TOXICITY?.summaryScore.value).toBeGreaterThan(0.5);
    expect((clean.body as AnalyzeBody).attributeScores.TOXICITY?.summaryScore.value).toBeLessThan(0.5);
    // Only what was asked for, with the languages as Perspective reports them.
    expect(Object.keys(toxicBody.attributeScores)).toEqual(['TOXICITY']);
    expect(toxicBody.languages).toEqual(['de']);
    expect(toxicBody.detectedLanguages).toEqual(['de']);
  });

  it('When the key comes as a Bearer header instead of ?key=, then it is accepted too; an intake key may analyze', async () => {
    const response = await service.request<AnalyzeBody>('POST', '/v1alpha1/comments:analyze', {
      key: DEV_KEYS.intake,
      json: { comment: { text: SEED_CLEAN }, requestedAttributes: { TOXICITY: {} } },
    });
    expect(response.status).toBe(200);
  });

  it('When fields come in the proto spelling Google also accepts (requested_attributes, score_threshold …), then they are read the same', async () => {
    const response = await analyze({ comment: { text: SEED_TOXIC }, requested_attributes: { TOXICITY: { score_threshold: 0.1 }, INSULT: { score_threshold: 0.99 } }, span_annotations: true, client_token: 'snake', do_not_store: true });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.attributeScores)).toEqual(['TOXICITY']);
    expect(response.body.attributeScores.TOXICITY?.spanScores?.length).toBeGreaterThan(0);
    expect(response.body.clientToken).toBe('snake');
    const polluted = await service.request('POST', `/v1alpha1/comments:analyze?key=${URL_KEY}`, {
      key: null,
      rawBody: '{"comment":{"text":"Hallo"},"requestedAttributes":{"TOXICITY":{}},"__proto__":{"x":1}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(polluted.status).toBe(400);
  });

  it('When an attribute we do not have, no text, or no attributes are sent, then 400 INVALID_ARGUMENT in Google\'s shape', async () => {
    const unknown = await analyze({ comment: { text: 'Hallo' }, requestedAttributes: { FLIRTATION: {} } });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({ error: { code: 400, status: 'INVALID_ARGUMENT', message: 'Unknown requested attribute: FLIRTATION' } });
    const noText = await analyze({ comment: {}, requestedAttributes: { TOXICITY: {} } });
    expect(noText.status).toBe(400);
    expect(noText.body.error).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    const noComment = await analyze({ requestedAttributes: { TOXICITY: {} } });
    expect(noComment.body.error).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    const empty = await analyze({ comment: { text: '  ' }, requestedAttributes: { TOXICITY: {} } });
    expect(empty.body.error).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT', message: 'Comment must be non-empty.', details: [{ errorType: 'COMMENT_EMPTY' }] });
    const noAttributes = await analyze({ comment: { text: 'Hallo' }, requestedAttributes: {} });
    expect(noAttributes.body.error).toMatchObject({ code: 400, message: 'Missing requested_attributes' });
  });

  it('When the text is over 20,480 UTF-8 bytes (though fewer characters), then 400 with Perspective\'s message', async () => {
    const text = 'ä'.repeat(10_241); // 10,241 characters, 20,482 bytes
    const response = await analyze({ comment: { text }, requestedAttributes: { TOXICITY: {} } });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT', message: 'Comment text was too many bytes. Value (20482) exceeded limit (20480).' });
    // Exactly at the limit is fine.
    expect((await analyze({ comment: { text: 'ä'.repeat(10_240) }, requestedAttributes: { TOXICITY: {} } })).status).toBe(200);
  });

  it('When the body is not JSON, then 400 INVALID_ARGUMENT in Google\'s shape', async () => {
    const response = await asCoralSends(`${service.baseUrl}/v1alpha1`, URL_KEY, '', { rawBody: '{"comment": {"text": "Hallo"' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT', message: expect.stringContaining('Invalid JSON payload') } });
  });

  it('When the key is wrong or missing, then 400 API_KEY_INVALID as Perspective answers; a key of another role gets 403 PERMISSION_DENIED', async () => {
    const body = { comment: { text: 'Hallo' }, requestedAttributes: { TOXICITY: {} } };
    for (const key of ['not-a-key-at-all-123', null]) {
      const response = await analyze(body, key);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT', message: 'API key not valid. Please pass a valid API key.' });
      expect(response.body.error.details?.[0]?.reason).toBe('API_KEY_INVALID');
    }
    const wrongRole = await analyze(body, MODERATOR_URL_KEY);
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.body.error).toMatchObject({ code: 403, status: 'PERMISSION_DENIED' });
  });

  it('When spanAnnotations is asked for, then spanScores give UTF-16 offsets, counting an emoji before the insult as two', async () => {
    const text = '😀 Du bist ein Vollidiot.';
    const response = await analyze({ comment: { text }, requestedAttributes: { INSULT: {}, TOXICITY: {} }, languages: ['de'], spanAnnotations: true, clientToken: 'c-42' });
    expect(response.status).toBe(200);
    const insult = response.body.attributeScores.INSULT?.spanScores ?? [];
    expect(insult.map((s) => text.slice(s.begin, s.end))).toContain('Vollidiot');
    expect(insult.find((s) => text.slice(s.begin, s.end) === 'Vollidiot')).toMatchObject({ begin: 15, end: 24, score: { type: 'PROBABILITY' } });
    expect(response.body.clientToken).toBe('c-42');
    // Without spanAnnotations there are none.
    const plain = await analyze({ comment: { text }, requestedAttributes: { INSULT: {} } });
    expect(plain.body.attributeScores.INSULT?.spanScores).toBeUndefined();
  });

  it('When a scoreThreshold is set, then attributes below it are left out, as Perspective does', async () => {
    const response = await analyze({ comment: { text: SEED_CLEAN }, requestedAttributes: { TOXICITY: { scoreThreshold: 0.6 }, INSULT: {} } });
    expect(Object.keys(response.body.attributeScores)).toEqual(['INSULT']);
  });

  it('When no language is given, then it is detected; de-CH is German; a language we do not score is refused as Perspective refuses it', async () => {
    const detected = await analyze({ comment: { text: SEED_TOXIC }, requestedAttributes: { TOXICITY: {} } });
    expect(detected.body.languages).toEqual(['de']);
    expect(detected.body.detectedLanguages).toEqual(['de']);
    const swiss = await analyze({ comment: { text: SEED_TOXIC }, requestedAttributes: { TOXICITY: {} }, languages: ['de-CH'] });
    expect(swiss.body.languages).toEqual(['de-CH']);
    expect(swiss.body.attributeScores.TOXICITY?.summaryScore.value).toBe(detected.body.attributeScores.TOXICITY?.summaryScore.value);
    const spanish = await analyze({ comment: { text: 'Hola' }, requestedAttributes: { TOXICITY: {} }, languages: ['es'] });
    expect(spanish.status).toBe(400);
    expect(spanish.body.error.details?.[0]?.errorType).toBe('LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE');
  });

  it('When a moderator blocks or watches a term, then analyze scores it as certain or at least at the hold threshold', async () => {
    await service.request('POST', '/v1/word-lists/blocked/terms', { key: MODERATOR_URL_KEY, json: { term: 'Gurkenhobel' } });
    await service.request('POST', '/v1/word-lists/watched/terms', { key: MODERATOR_URL_KEY, json: { term: 'Bananenrepublik' } });
    // The word lists reach the API's cache within its refresh interval: wait for the blocked term to count.
    const blocked = await waitFor(
      async () => {
        const r = await analyze({ comment: { text: 'Der Gurkenhobel hat wieder geschrieben.' }, requestedAttributes: { TOXICITY: {}, SEVERE_TOXICITY: {} }, languages: ['de'] });
        return (r.body.attributeScores.TOXICITY?.summaryScore.value ?? 0) >= 0.99 ? r : undefined;
      },
      { what: 'the blocked term to be scored as certain' },
    );
    expect(blocked.body.attributeScores.SEVERE_TOXICITY?.summaryScore.value).toBeGreaterThanOrEqual(0.99);
    const watched = await analyze({ comment: { text: 'Das ist eine Bananenrepublik geworden.' }, requestedAttributes: { TOXICITY: {} }, languages: ['de'] });
    const germanHold = thresholdsFor(service.config.policy, 'de').TOXICITY?.hold ?? 1;
    expect(watched.body.attributeScores.TOXICITY?.summaryScore.value).toBeGreaterThanOrEqual(germanHold);
  });

  it('When comments are analyzed, then nothing about them is stored: the only new keys are rate-limit counters', async () => {
    const prefix = service.config.redisKeyPrefix;
    const before = new Set(await redis.keys(`${prefix}:*`));
    const counts = await redis.hgetall(`${prefix}:counts`);
    await analyze({ comment: { text: `${SEED_TOXIC} nothing-stored-marker` }, requestedAttributes: { TOXICITY: {} }, doNotStore: false });
    await asCoralSends(`${service.baseUrl}/v1alpha1`, URL_KEY, `${SEED_CLEAN} nothing-stored-marker`);
    const after = await redis.keys(`${prefix}:*`);
    for (const key of after.filter((k) => !before.has(k))) expect(key).toMatch(new RegExp(`^${prefix}:rl:`));
    expect(await redis.hgetall(`${prefix}:counts`)).toEqual(counts);
    const contents = async (key: string): Promise<string> => {
      switch (await redis.type(key)) {
        case 'hash':
          return JSON.stringify(await redis.hgetall(key));
        case 'string':
          return (await redis.get(key)) ?? '';
        case 'list':
          return JSON.stringify(await redis.lrange(key, 0, -1));
        case 'set':
          return JSON.stringify(await redis.smembers(key));
        case 'zset':
          return JSON.stringify(await redis.zrange(key, 0, -1));
        case 'stream':
          return JSON.stringify(await redis.xrange(key, '-', '+'));
        default:
          return '';
      }
    };
    for (const key of after) expect(await contents(key)).not.toContain('nothing-stored-marker');
  });

  it('When a moderator\'s verdict comes as suggestscore, then it is kept (without the text by default) and answered as Perspective does', async () => {
    const response = await service.request<{ clientToken?: string; detectedLanguages: string[] }>('POST', `/v1alpha1/comments:suggestscore?key=${URL_KEY}`, {
      key: null,
      json: {
        comment: { text: SEED_TOXIC },
        context: { entries: [{ text: '{"Coral_comment_id":"c1"}' }] },
        attributeScores: { TOXICITY: { summaryScore: { value: 1 } } },
        languages: ['de'],
        communityId: 'Coral:https://www.example.ch',
        clientToken: 'comment:c1',
      },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ clientToken: 'comment:c1', detectedLanguages: ['de'] });
    const entries = await redis.xrange(`${service.config.redisKeyPrefix}:perspective:feedback`, '-', '+');
    expect(entries).toHaveLength(1);
    const stored = JSON.parse(entries[0]?.[1][1] ?? '{}') as Record<string, unknown>;
    expect(stored).toMatchObject({ client: 'coral', scores: { TOXICITY: 1 }, languages: ['de'], communityId: 'Coral:https://www.example.ch', clientToken: 'comment:c1' });
    expect(stored.text).toBeUndefined();
  });

  it('When our own Perspective adapter is pointed at this server, then it scores through it like the real API (a drop-in)', async () => {
    const scorer = createPerspectiveScorer({ apiKey: URL_KEY, baseUrl: service.baseUrl, timeoutMs: 2000 });
    const result = await scorer.score({ text: SEED_TOXIC, language: 'de' });
    expect(result.scores.TOXICITY).toBeGreaterThan(0.5);
  });

  it('When all of the above was logged at trace level, then no key from a URL and no comment text is in any log line', () => {
    const output = logLines.join('');
    expect(output.length).toBeGreaterThan(0);
    for (const secret of [URL_KEY, MODERATOR_URL_KEY, 'not-a-key-at-all-123', 'Raketenmann', 'Vollidiot', 'Gurkenhobel']) expect(output).not.toContain(secret);
  });
});

describe('Perspective-compatible API: quota, feedback text, off switch', () => {
  it('When a key goes over ANALYZE_RATE_LIMIT_PER_KEY, then 429 RESOURCE_EXHAUSTED with Retry-After', async () => {
    const service = await startService({ worker: false, env: { PERSPECTIVE_API: 'on', ANALYZE_RATE_LIMIT_PER_KEY: '2' } });
    try {
      const send = () => service.request<GoogleError>('POST', `/v1alpha1/comments:analyze?key=${DEV_KEYS.analyze}`, { key: null, json: { comment: { text: 'Hallo' }, requestedAttributes: { TOXICITY: {} } } });
      expect((await send()).status).toBe(200);
      expect((await send()).status).toBe(200);
      const refused = await send();
      expect(refused.status).toBe(429);
      expect(refused.body.error).toMatchObject({ code: 429, status: 'RESOURCE_EXHAUSTED' });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await service.close();
    }
  });

  it('When FEEDBACK_STORE_TEXT=true, then suggestscore keeps the text too', async () => {
    const service = await startService({ worker: false, env: { PERSPECTIVE_API: 'on', FEEDBACK_STORE_TEXT: 'true' } });
    const redis = new Redis(service.config.redisUrl ?? '');
    try {
      const response = await service.request('POST', '/v1alpha1/comments:suggestscore', {
        key: DEV_KEYS.analyze,
        json: { comment: { text: SEED_CLEAN }, attributeScores: { TOXICITY: { summaryScore: { value: 0 } } } },
      });
      expect(response.status).toBe(200);
      const entries = await redis.xrange(`${service.config.redisKeyPrefix}:perspective:feedback`, '-', '+');
      expect(JSON.parse(entries[0]?.[1][1] ?? '{}')).toMatchObject({ text: SEED_CLEAN, scores: { TOXICITY: 0 } });
    } finally {
      redis.disconnect();
      await service.close();
    }
  });

  it('When PERSPECTIVE_API is not on (the standalone API default), then the routes answer 404', async () => {
    const service = await startService({ worker: false });
    try {
      const response = await service.request<GoogleError>('POST', `/v1alpha1/comments:analyze?key=${DEV_KEYS.analyze}`, { key: null, json: { comment: { text: 'Hallo' }, requestedAttributes: { TOXICITY: {} } } });
      expect(response.status).toBe(404);
      expect(response.body.error).toMatchObject({ code: 404, status: 'NOT_FOUND', message: expect.stringContaining('PERSPECTIVE_API') });
    } finally {
      await service.close();
    }
  });
});
