import type { Attribute } from '../../src/domain';
import {
  googleNotFoundPage,
  json,
  startFakeHttpServer,
  type FakeMode,
  type FakeResponse,
  type FakeServerHandle,
  type RecordedRequest,
} from './fake-http-server';
import { detectLanguage, scoreSentences, scoreText } from './fake-lexicon';

/**
 * A faithful stand-in for Perspective's `comments:analyze` on 127.0.0.1: it validates requests the way the
 * real API does (key, JSON, attributes, languages, per-language attribute support, UTF-8 byte limit) and
 * answers with the real error envelopes, so the adapter is tested against the API's behaviour and not
 * against our own assumptions. Scores come from a small word list (see fake-lexicon.ts).
 */

export const PERSPECTIVE_PATH = '/v1alpha1/comments:analyze';
export const PERSPECTIVE_MAX_TEXT_BYTES = 20480;
const PRODUCTION_ATTRIBUTES: Attribute[] = ['TOXICITY', 'SEVERE_TOXICITY', 'IDENTITY_ATTACK', 'INSULT', 'PROFANITY', 'THREAT'];
const SERVED_LANGUAGES = ['ar', 'zh', 'cs', 'nl', 'en', 'fr', 'de', 'hi', 'hi-Latn', 'id', 'it', 'ja', 'ko', 'pl', 'pt', 'ru', 'es', 'sv'];

/**
 * The disputed per-language table: several copies of the official one list `de` and `es` for TOXICITY only.
 * The fake uses it by default so that the adapter's recovery from LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE is
 * exercised.
 */
export function disputedLanguageSupport(): Record<string, Attribute[]> {
  const support: Record<string, Attribute[]> = {};
  for (const language of SERVED_LANGUAGES) {
    support[language] = language === 'de' || language === 'es' ? ['TOXICITY'] : [...PRODUCTION_ATTRIBUTES];
  }
  return support;
}

export interface PerspectiveFakeOptions {
  /** Listen on this port (default: an ephemeral one). */
  port?: number;
  /** Keys the fake accepts (default `['test-key']`). */
  apiKeys?: string[];
  /** Language → attributes that support it (default `disputedLanguageSupport()`). */
  languageSupport?: Record<string, Attribute[]>;
  /** Send `Retry-After: <seconds>` with 429s (the real API usually sends none). */
  retryAfterSeconds?: number;
}

/** A running Perspective fake: `url` is the base URL to give the adapter as `baseUrl`. */
export interface PerspectiveFake extends FakeServerHandle {
  /** Requests to the analyze path whose key was accepted (what counts against quota). */
  analyzeRequests(): RecordedRequest[];
  /** Replace the per-language attribute support at run time. */
  setLanguageSupport(support: Record<string, Attribute[]>): void;
}

export async function startPerspectiveFake(options: PerspectiveFakeOptions = {}): Promise<PerspectiveFake> {
  const apiKeys = new Set(options.apiKeys ?? ['test-key']);
  let support = options.languageSupport ?? disputedLanguageSupport();

  const handle = await startFakeHttpServer({
    port: options.port,
    handle: (request, context) => handleAnalyze(request, context.mode, () => context.admitForQuota(), { apiKeys, support, retryAfterSeconds: options.retryAfterSeconds }),
  });
  return {
    ...handle,
    get mode() {
      return handle.mode;
    },
    analyzeRequests: () => handle.requests.filter((r) => r.path === PERSPECTIVE_PATH && apiKeys.has(r.query.key ?? '')),
    setLanguageSupport(next) {
      support = next;
    },
  };
}

interface AnalyzeSettings {
  apiKeys: Set<string>;
  support: Record<string, Attribute[]>;
  retryAfterSeconds: number | undefined;
}

function googleError(code: number, status: string, message: string, details?: unknown[], headers?: Record<string, string>): FakeResponse {
  return json(code, { error: { code, message, status, ...(details === undefined ? {} : { details }) } }, headers);
}

function analyzerError(message: string, errorType: string, extra: Record<string, unknown> = {}): FakeResponse {
  return googleError(400, 'INVALID_ARGUMENT', message, [
    { '@type': 'type.googleapis.com/google.commentanalyzer.v1alpha1.Error', errorType, ...extra },
  ]);
}

function handleAnalyze(request: RecordedRequest, mode: Readonly<FakeMode>, admit: () => boolean, settings: AnalyzeSettings): FakeResponse {
  if (request.method !== 'POST' || request.path !== PERSPECTIVE_PATH) return googleNotFoundPage(request.path);
  if (mode.shutdown === 404) return googleNotFoundPage(request.path);
  if (mode.shutdown === 403) {
    return googleError(403, 'PERMISSION_DENIED', 'Perspective Comment Analyzer API has been shut down. Please see https://perspectiveapi.com.');
  }
  if (mode.shutdown === 410) return googleError(410, 'NOT_FOUND', 'Perspective Comment Analyzer API is no longer available.');
  if (mode.alwaysFail500) return googleError(500, 'INTERNAL', 'Internal error encountered.');

  const key = request.query.key;
  if (key === undefined || key === '') return googleError(403, 'PERMISSION_DENIED', 'The request is missing a valid API key.');
  if (!settings.apiKeys.has(key)) {
    return googleError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [
      { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com', metadata: { service: 'commentanalyzer.googleapis.com' } },
    ]);
  }
  if (!admit()) {
    const headers = settings.retryAfterSeconds === undefined ? undefined : { 'retry-after': String(settings.retryAfterSeconds) };
    return googleError(
      429,
      'RESOURCE_EXHAUSTED',
      "Quota exceeded for quota metric 'Analysis requests (AnalyzeComment)' and limit 'Analysis requests (AnalyzeComment) per minute' of service 'commentanalyzer.googleapis.com' for consumer 'project_number:000000000000'.",
      [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'RATE_LIMIT_EXCEEDED', domain: 'googleapis.com' }],
      headers,
    );
  }
  if (mode.malformedBody) return { status: 200, body: '{"attributeScores": {"TOXICITY": ', headers: { 'content-type': 'application/json; charset=UTF-8' } };

  if (request.body === undefined || typeof request.body !== 'object' || request.body === null) {
    return googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received. Unexpected token.');
  }
  const body = request.body as {
    comment?: { text?: unknown; type?: unknown };
    requestedAttributes?: unknown;
    languages?: unknown;
    spanAnnotations?: unknown;
    clientToken?: unknown;
  };
  const text = body.comment?.text;
  if (typeof text !== 'string' || text === '') return analyzerError('Comment must be non-empty.', 'COMMENT_EMPTY');
  if (body.comment?.type !== undefined && body.comment.type !== 'PLAIN_TEXT') {
    return googleError(400, 'INVALID_ARGUMENT', `Invalid value at 'comment.type', "${String(body.comment.type)}"`);
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > PERSPECTIVE_MAX_TEXT_BYTES) {
    return analyzerError(`Comment text was too many bytes. Value (${bytes}) exceeded limit (${PERSPECTIVE_MAX_TEXT_BYTES}).`, 'COMMENT_TOO_LONG');
  }

  const requested = body.requestedAttributes;
  if (requested === undefined || requested === null || typeof requested !== 'object' || Object.keys(requested).length === 0) {
    return googleError(400, 'INVALID_ARGUMENT', 'Missing requested_attributes');
  }
  const attributes = Object.keys(requested);
  for (const attribute of attributes) {
    if (!(PRODUCTION_ATTRIBUTES as string[]).includes(attribute)) return googleError(400, 'INVALID_ARGUMENT', `Unknown requested attribute: ${attribute}`);
  }

  let languages: string[];
  let detectedLanguages: string[] | undefined;
  if (Array.isArray(body.languages) && body.languages.length > 0) {
    languages = body.languages.map(String);
  } else {
    const detected = detectLanguage(text);
    if (detected === undefined) return analyzerError('Unable to detect language', 'LANGUAGE_DETECTION_FAILED');
    languages = [detected];
    detectedLanguages = [detected];
  }
  for (const attribute of attributes) {
    const unsupported = languages.filter((language) => !(settings.support[language] ?? []).includes(attribute as Attribute));
    if (unsupported.length > 0) {
      // The real API names one attribute per error (the first it checks), not all of them.
      return analyzerError(`Attribute ${attribute} does not support request languages: ${languages.join(',')}`, 'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE', {
        languageNotSupportedByAttributeError: { detectedLanguages: detectedLanguages ?? [], attribute },
      });
    }
  }

  const summary = scoreText(text);
  const sentences = body.spanAnnotations === true ? scoreSentences(text) : [];
  const attributeScores: Record<string, unknown> = {};
  for (const attribute of attributes as Attribute[]) {
    const threshold = (requested as Record<string, { scoreThreshold?: unknown }>)[attribute]?.scoreThreshold;
    if (typeof threshold === 'number' && summary[attribute] < threshold) continue;
    attributeScores[attribute] = {
      summaryScore: { value: summary[attribute], type: 'PROBABILITY' },
      ...(sentences.length > 0
        ? { spanScores: sentences.map((s) => ({ begin: s.begin, end: s.end, score: { value: s.scores[attribute], type: 'PROBABILITY' } })) }
        : {}),
    };
  }
  return json(200, {
    attributeScores,
    languages,
    ...(detectedLanguages === undefined ? {} : { detectedLanguages }),
    ...(typeof body.clientToken === 'string' ? { clientToken: body.clientToken } : {}),
  });
}
