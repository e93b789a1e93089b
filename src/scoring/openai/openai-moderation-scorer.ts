import { z } from 'zod';
import type { AttributeScores, Attribute } from '../../domain';
import { ScorerError, type ScoreRequest, type ScoreResult, type Scorer } from '../scorer';
import { DEFAULT_MAX_RESPONSE_BYTES, parseRetryAfterMs, postJson, type JsonHttpResponse } from '../http/json-http-client';
import { DEFAULT_RETRY_AFTER_MS, failureKindForStatus, toScorerError, truncate } from '../http/scorer-error-mapping';
import { OPEN_GATE, type RequestGate } from '../rate-limit/request-gate';

/**
 * Adapter for OpenAI's moderation endpoint (`POST /v1/moderations`, model `omni-moderation-latest`).
 * Its categories are mapped onto our attributes (table below and in the README's "OpenAI moderation adapter"); it
 * returns no spans.
 */

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com';
export const OPENAI_MODERATION_PATH = '/v1/moderations';
export const OPENAI_MODERATION_MODEL = 'omni-moderation-latest';

/** The categories the mapping reads; the API returns more (self-harm*, sexual*, illicit*), which we ignore. */
export const OPENAI_MAPPED_CATEGORIES = ['harassment', 'harassment/threatening', 'hate', 'hate/threatening', 'violence'] as const;
export type OpenAiMappedCategory = (typeof OPENAI_MAPPED_CATEGORIES)[number];

/**
 * Our attribute = the maximum of these OpenAI category scores. PROFANITY has no OpenAI category and is
 * deliberately not reported (a made-up number would pass thresholds calibrated for a real one); the local
 * scorer's lexicon covers profanity.
 */
export const OPENAI_ATTRIBUTE_MAPPING: Readonly<Record<Exclude<Attribute, 'PROFANITY'>, readonly OpenAiMappedCategory[]>> = {
  TOXICITY: ['harassment', 'harassment/threatening', 'hate', 'hate/threatening', 'violence'],
  SEVERE_TOXICITY: ['hate/threatening', 'harassment/threatening'],
  INSULT: ['harassment'],
  THREAT: ['harassment/threatening', 'violence', 'hate/threatening'],
  IDENTITY_ATTACK: ['hate'],
};

/** Settings for the OpenAI moderation adapter. */
export interface OpenAiModerationScorerOptions {
  apiKey: string;
  /** Default `https://api.openai.com`. */
  baseUrl?: string;
  /** Default `omni-moderation-latest`. */
  model?: string;
  /** Per HTTP request, covering the whole response (default 5000). */
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** Passed before every HTTP request (default: no limit). */
  gate?: RequestGate;
  /** Default `openai`. */
  name?: string;
  now?: () => number;
}

const score = z.number().min(0).max(1);
const moderationResponseSchema = z.object({
  id: z.string().optional(),
  model: z.string(),
  results: z
    .array(
      z.object({
        flagged: z.boolean().optional(),
        category_scores: z.object(Object.fromEntries(OPENAI_MAPPED_CATEGORIES.map((c) => [c, score])) as Record<OpenAiMappedCategory, typeof score>),
      }),
    )
    .length(1),
});

const openAiErrorSchema = z.object({
  error: z.object({ message: z.string().optional(), type: z.string().nullish(), code: z.string().nullish() }),
});

/** Scores comments with OpenAI's moderation endpoint; implements the shared Scorer contract. */
export class OpenAiModerationScorer implements Scorer {
  readonly name: string;
  private readonly url: URL;
  private readonly apiKey: string;
  private readonly model: string;
  private readonly timeoutMs: number;
  private readonly maxResponseBytes: number;
  private readonly gate: RequestGate;
  private readonly now: () => number;

  constructor(options: OpenAiModerationScorerOptions) {
    if (options.apiKey === '') throw new TypeError('OpenAI apiKey must not be empty');
    this.name = options.name ?? 'openai';
    const base = (options.baseUrl ?? OPENAI_DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.url = new URL(`${base}${OPENAI_MODERATION_PATH}`);
    if (this.url.protocol !== 'https:' && this.url.protocol !== 'http:') throw new TypeError('OpenAI baseUrl must be http(s)');
    this.apiKey = options.apiKey;
    this.model = options.model ?? OPENAI_MODERATION_MODEL;
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.gate = options.gate ?? OPEN_GATE;
    this.now = options.now ?? Date.now;
  }

  async score(request: ScoreRequest): Promise<ScoreResult> {
    if (request.text.length === 0) throw new ScorerError(this.name, 'rejected', 'empty comment');
    await this.gate.pass(request.signal);
    let response: JsonHttpResponse;
    try {
      response = await postJson({
        url: this.url,
        body: { model: this.model, input: request.text },
        headers: { authorization: `Bearer ${this.apiKey}` },
        timeoutMs: this.timeoutMs,
        maxResponseBytes: this.maxResponseBytes,
        signal: request.signal,
      });
    } catch (error) {
      throw toScorerError(this.name, error);
    }
    if (response.status < 200 || response.status >= 300) throw this.httpError(response);

    const parsed = moderationResponseSchema.safeParse(response.json);
    if (!response.isJson || !parsed.success) {
      throw new ScorerError(this.name, 'unavailable', response.isJson ? 'unexpected response shape' : 'response is not JSON');
    }
    const categories = parsed.data.results[0]?.category_scores;
    if (categories === undefined) throw new ScorerError(this.name, 'unavailable', 'response held no result');
    return { scorer: this.name, model: parsed.data.model, language: request.language, scores: mapCategories(categories), spans: [] };
  }

  private httpError(response: JsonHttpResponse): ScorerError {
    const status = response.status;
    const parsed = response.isJson ? openAiErrorSchema.safeParse(response.json) : undefined;
    const error = parsed?.success === true ? parsed.data.error : undefined;
    const code = error?.code ?? undefined;
    const message = `HTTP ${status}${code === undefined ? '' : ` ${code}`}: ${this.redact(truncate(error?.message ?? (response.isJson ? 'unexpected error body' : 'not JSON'), 300))}`;
    // insufficient_quota is a billing stop, not a pace problem: waiting a second will not help.
    if (status === 429 && code === 'insufficient_quota') return new ScorerError(this.name, 'shutdown', message, { status });
    const kind = failureKindForStatus(status);
    if (kind !== 'rate_limited') return new ScorerError(this.name, kind, message, { status });
    const retryAfterMs =
      parseMs(response.headers.get('retry-after-ms')) ?? parseRetryAfterMs(response.headers.get('retry-after'), this.now()) ?? DEFAULT_RETRY_AFTER_MS;
    return new ScorerError(this.name, 'rate_limited', message, { status, retryAfterMs });
  }

  /** OpenAI echoes a masked key in 401 messages; strip anything key-like. */
  private redact(message: string): string {
    return message.split(this.apiKey).join('[key]').replace(/sk-[\w*-]+/g, 'sk-[redacted]');
  }
}

/** Applies OPENAI_ATTRIBUTE_MAPPING: each attribute is the maximum of its categories' scores. */
export function mapCategories(categories: Record<OpenAiMappedCategory, number>): AttributeScores {
  const scores: AttributeScores = {};
  for (const [attribute, sources] of Object.entries(OPENAI_ATTRIBUTE_MAPPING) as [Attribute, readonly OpenAiMappedCategory[]][]) {
    scores[attribute] = Math.max(...sources.map((category) => categories[category]));
  }
  return scores;
}

function parseMs(value: string | null): number | undefined {
  if (value === null || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  return Math.ceil(Number(value));
}

/** Builds the OpenAI moderation adapter from its slice of configuration. */
export function createOpenAiModerationScorer(options: OpenAiModerationScorerOptions): OpenAiModerationScorer {
  return new OpenAiModerationScorer(options);
}
