import { json, startFakeHttpServer, type FakeMode, type FakeResponse, type FakeServerHandle, type RecordedRequest } from './fake-http-server';
import { BASELINE_SCORE, scoreText } from './fake-lexicon';

/**
 * A stand-in for OpenAI's `POST /v1/moderations` on 127.0.0.1, with OpenAI's error envelopes
 * (`{"error":{"message","type","param","code"}}`) and deterministic category scores derived from the same
 * word list as the Perspective fake.
 */

export const OPENAI_MODERATION_PATH = '/v1/moderations';
/** What `omni-moderation-latest` resolves to in responses. */
export const OPENAI_FAKE_RESOLVED_MODEL = 'omni-moderation-2024-09-26';
const KNOWN_MODELS = ['omni-moderation-latest', 'omni-moderation-2024-09-26', 'text-moderation-latest', 'text-moderation-stable'];

const CATEGORIES = [
  'harassment',
  'harassment/threatening',
  'hate',
  'hate/threatening',
  'illicit',
  'illicit/violent',
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic',
] as const;

export interface OpenAiFakeOptions {
  port?: number;
  /** Keys accepted as `Authorization: Bearer <key>` (default `['sk-test-key']`). */
  apiKeys?: string[];
  /** Send `retry-after-ms` with 429s. */
  retryAfterMs?: number;
}

/** A running OpenAI moderation fake; `url` is the base URL for the adapter. */
export interface OpenAiFake extends FakeServerHandle {
  /** Answer 429 `insufficient_quota` (billing exhausted) to every request. */
  setInsufficientQuota(on: boolean): void;
}

export async function startOpenAiFake(options: OpenAiFakeOptions = {}): Promise<OpenAiFake> {
  const apiKeys = new Set(options.apiKeys ?? ['sk-test-key']);
  let insufficientQuota = false;
  const handle = await startFakeHttpServer({
    port: options.port,
    handle: (request, context) => handleModeration(request, context.mode, () => context.admitForQuota(), { apiKeys, insufficientQuota, retryAfterMs: options.retryAfterMs }),
  });
  return {
    ...handle,
    get mode() {
      return handle.mode;
    },
    setInsufficientQuota(on) {
      insufficientQuota = on;
    },
  };
}

function openAiError(status: number, message: string, type: string, code: string | null, param: string | null = null, headers?: Record<string, string>): FakeResponse {
  return json(status, { error: { message, type, param, code } }, headers);
}

function maskKey(key: string): string {
  return key.length <= 8 ? '***' : `${key.slice(0, 5)}***${key.slice(-4)}`;
}

function handleModeration(
  request: RecordedRequest,
  mode: Readonly<FakeMode>,
  admit: () => boolean,
  settings: { apiKeys: Set<string>; insufficientQuota: boolean; retryAfterMs: number | undefined },
): FakeResponse {
  if (mode.shutdown === 404 || request.method !== 'POST' || request.path !== OPENAI_MODERATION_PATH) {
    return openAiError(404, `Invalid URL (${request.method} ${request.path})`, 'invalid_request_error', null);
  }
  if (mode.shutdown === 403) return openAiError(403, 'Country, region, or territory not supported', 'request_forbidden', 'unsupported_country_region_territory');
  if (mode.shutdown === 410) return openAiError(410, 'This endpoint has been retired.', 'invalid_request_error', 'gone');
  if (mode.alwaysFail500) return openAiError(500, 'The server had an error while processing your request. Sorry about that!', 'server_error', null);

  const authorization = request.headers.authorization ?? '';
  const key = /^Bearer (.+)$/.exec(authorization)?.[1];
  if (key === undefined) {
    return openAiError(
      401,
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
      'invalid_request_error',
      null,
    );
  }
  if (!settings.apiKeys.has(key)) {
    return openAiError(401, `Incorrect API key provided: ${maskKey(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`, 'invalid_request_error', 'invalid_api_key');
  }
  if (settings.insufficientQuota) {
    return openAiError(429, 'You exceeded your current quota, please check your plan and billing details.', 'insufficient_quota', 'insufficient_quota');
  }
  if (!admit()) {
    const headers = settings.retryAfterMs === undefined ? undefined : { 'retry-after-ms': String(settings.retryAfterMs) };
    return openAiError(
      429,
      'Rate limit reached for omni-moderation-latest in organization org-fake on requests per min (RPM): Limit 1000, Used 1000, Requested 1.',
      'requests',
      'rate_limit_exceeded',
      null,
      headers,
    );
  }
  if (mode.malformedBody) return { status: 200, body: '{"id": "modr-1", "results": [', headers: { 'content-type': 'application/json' } };

  const body = request.body as { model?: unknown; input?: unknown } | undefined;
  if (body === undefined || typeof body !== 'object' || body === null) {
    return openAiError(
      400,
      "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly.)",
      'invalid_request_error',
      null,
    );
  }
  if (body.input === undefined) return openAiError(400, "Missing required parameter: 'input'.", 'invalid_request_error', 'missing_required_parameter', 'input');
  const model = body.model ?? 'omni-moderation-latest';
  if (typeof model !== 'string' || !KNOWN_MODELS.includes(model)) {
    return openAiError(404, `The model \`${String(model)}\` does not exist or you do not have access to it.`, 'invalid_request_error', 'model_not_found', 'model');
  }
  const inputs = typeof body.input === 'string' ? [body.input] : Array.isArray(body.input) ? body.input : undefined;
  if (inputs === undefined || inputs.some((input) => typeof input !== 'string')) {
    return openAiError(400, "Invalid type for 'input'.", 'invalid_request_error', 'invalid_type', 'input');
  }

  return json(200, {
    id: `modr-${request.at}`,
    model: model === 'omni-moderation-latest' ? OPENAI_FAKE_RESOLVED_MODEL : model,
    results: (inputs as string[]).map((text) => moderationResult(text)),
  });
}

function moderationResult(text: string): unknown {
  const s = scoreText(text);
  const low = BASELINE_SCORE / 10;
  const scores: Record<(typeof CATEGORIES)[number], number> = {
    harassment: s.INSULT,
    'harassment/threatening': Math.min(s.INSULT, s.THREAT),
    hate: s.IDENTITY_ATTACK,
    'hate/threatening': Math.min(s.IDENTITY_ATTACK, s.THREAT),
    illicit: low,
    'illicit/violent': low,
    'self-harm': low,
    'self-harm/intent': low,
    'self-harm/instructions': low,
    sexual: low,
    'sexual/minors': low,
    violence: s.THREAT,
    'violence/graphic': low,
  };
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, scores[c] > 0.5]));
  return {
    flagged: Object.values(categories).some(Boolean),
    categories,
    category_scores: scores,
    category_applied_input_types: Object.fromEntries(CATEGORIES.map((c) => [c, ['text']])),
  };
}
