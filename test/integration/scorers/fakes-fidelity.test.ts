import { startOpenAiFake, type OpenAiFake } from '../../fakes/openai-fake';
import { startPerspectiveFake, type PerspectiveFake } from '../../fakes/perspective-fake';

/** The fakes answer like the real APIs; these pin the error bodies the adapters and other tests rely on. */
let perspective: PerspectiveFake;
let openai: OpenAiFake;

beforeAll(async () => {
  [perspective, openai] = await Promise.all([startPerspectiveFake({ apiKeys: ['k'] }), startOpenAiFake({ apiKeys: ['sk-k'] })]);
});
afterAll(async () => {
  await Promise.all([perspective.close(), openai.close()]);
});

async function analyze(body: unknown, key = 'k', path = '/v1alpha1/comments:analyze'): Promise<{ status: number; json: unknown; text: string }> {
  const response = await fetch(`${perspective.url}${path}?key=${key}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}

const attrs = { TOXICITY: {} };

describe('Perspective fake', () => {
  it('When the text is empty, then it answers 400 COMMENT_EMPTY', async () => {
    const { status, json } = await analyze({ comment: { text: '' }, requestedAttributes: attrs, languages: ['en'] });
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT', message: 'Comment must be non-empty.', details: [{ errorType: 'COMMENT_EMPTY' }] } });
  });

  it('When the text is over 20480 UTF-8 bytes, then it answers with the byte count like the real API', async () => {
    const { status, json } = await analyze({ comment: { text: 'ö'.repeat(11_684) }, requestedAttributes: attrs, languages: ['de'] });
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: { message: 'Comment text was too many bytes. Value (23368) exceeded limit (20480).' } });
  });

  it('When German asks for INSULT and THREAT, then it names the first unsupported attribute only', async () => {
    const { json } = await analyze({ comment: { text: 'Du bist doof' }, requestedAttributes: { TOXICITY: {}, INSULT: {}, THREAT: {} }, languages: ['de'] });
    expect(json).toMatchObject({
      error: {
        message: 'Attribute INSULT does not support request languages: de',
        details: [{ errorType: 'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE', languageNotSupportedByAttributeError: { attribute: 'INSULT' } }],
      },
    });
  });

  it('When attributes are missing or unknown, then it answers 400 with the real messages', async () => {
    expect((await analyze({ comment: { text: 'hi' }, languages: ['en'] })).json).toMatchObject({ error: { message: 'Missing requested_attributes' } });
    expect((await analyze({ comment: { text: 'hi' }, requestedAttributes: { FLIRTY: {} }, languages: ['en'] })).json).toMatchObject({
      error: { message: 'Unknown requested attribute: FLIRTY' },
    });
  });

  it('When no language is given and the text is too short to detect, then it answers LANGUAGE_DETECTION_FAILED', async () => {
    expect((await analyze({ comment: { text: 'ok' }, requestedAttributes: attrs })).json).toMatchObject({
      error: { message: 'Unable to detect language', details: [{ errorType: 'LANGUAGE_DETECTION_FAILED' }] },
    });
  });

  it('When the key is wrong or missing, then it answers 400 API_KEY_INVALID or 403 PERMISSION_DENIED', async () => {
    expect(await analyze({ comment: { text: 'hi' }, requestedAttributes: attrs }, 'bad')).toMatchObject({
      status: 400,
      json: { error: { message: 'API key not valid. Please pass a valid API key.', details: [{ reason: 'API_KEY_INVALID' }] } },
    });
    expect(await analyze({ comment: { text: 'hi' }, requestedAttributes: attrs }, '')).toMatchObject({ status: 403, json: { error: { status: 'PERMISSION_DENIED' } } });
  });

  it('When the body is not JSON or the path is wrong, then it answers 400 or the HTML 404 page', async () => {
    expect((await analyze('{nope')).status).toBe(400);
    const wrong = await analyze({}, 'k', '/v1/comments:analyze');
    expect(wrong.status).toBe(404);
    expect(wrong.text).toContain('<title>Error 404 (Not Found)!!1</title>');
  });

  it('When scoring, then summary and per-sentence span scores come from the word list and honour scoreThreshold', async () => {
    const text = 'Nice. You idiot!';
    const { json } = await analyze({ comment: { text }, requestedAttributes: { INSULT: {}, THREAT: { scoreThreshold: 0.5 } }, languages: ['en'], spanAnnotations: true });
    expect(json).toEqual({
      attributeScores: {
        INSULT: {
          summaryScore: { value: 0.88, type: 'PROBABILITY' },
          spanScores: [
            { begin: 0, end: 6, score: { value: 0.02, type: 'PROBABILITY' } },
            { begin: 6, end: 16, score: { value: 0.88, type: 'PROBABILITY' } },
          ],
        },
      },
      languages: ['en'],
    });
  });
});

describe('OpenAI fake', () => {
  async function moderate(body: unknown, key = 'sk-k'): Promise<{ status: number; json: unknown }> {
    const response = await fetch(`${openai.url}/v1/moderations`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(body) });
    return { status: response.status, json: await response.json() };
  }

  it('When the key is wrong, then it answers 401 invalid_api_key with a masked key', async () => {
    expect(await moderate({ input: 'x' }, 'sk-wrong-key-0000')).toMatchObject({
      status: 401,
      json: { error: { code: 'invalid_api_key', message: expect.stringContaining('sk-wr***0000') } },
    });
  });

  it('When input is missing, then it answers 400 missing_required_parameter', async () => {
    expect(await moderate({ model: 'omni-moderation-latest' })).toMatchObject({ status: 400, json: { error: { param: 'input' } } });
  });

  it('When scoring, then all 13 categories come back with the resolved model name', async () => {
    const { json } = await moderate({ model: 'omni-moderation-latest', input: 'you idiot' });
    expect(json).toMatchObject({ model: 'omni-moderation-2024-09-26', results: [{ flagged: true, categories: { harassment: true } }] });
    expect(Object.keys((json as { results: { category_scores: object }[] }).results[0]!.category_scores)).toHaveLength(13);
  });
});
