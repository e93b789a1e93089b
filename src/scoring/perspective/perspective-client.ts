import { z } from 'zod';
import type { Attribute } from '../../domain';
import { DEFAULT_MAX_RESPONSE_BYTES, parseRetryAfterMs, postJson } from '../http/json-http-client';
import { truncate } from '../http/scorer-error-mapping';

/**
 * A small typed client for Perspective's `comments:analyze`. It replaces the npm package
 * perspective-api-client (README, "Why we do not use the npm package `perspective-api-client`"). It only speaks HTTP: which attributes
 * to ask for and how errors become ScorerErrors is the scorer's business.
 */

export const PERSPECTIVE_DEFAULT_BASE_URL = 'https://commentanalyzer.googleapis.com';
export const PERSPECTIVE_ANALYZE_PATH = '/v1alpha1/comments:analyze';
/** The API counts UTF-8 bytes, not characters. */
export const PERSPECTIVE_MAX_TEXT_BYTES = 20480;

/** Settings for one client; one client per API key. */
export interface PerspectiveClientOptions {
  apiKey: string;
  /** Default `https://commentanalyzer.googleapis.com`; tests pass a loopback fake. */
  baseUrl?: string;
  timeoutMs: number;
  /** Cap on the response body (default 1 MiB). */
  maxResponseBytes?: number;
  /** Clock for Retry-After dates; defaults to `Date.now`. */
  now?: () => number;
}

/** One analyze call. `doNotStore` is always sent as true and cannot be turned off. */
export interface AnalyzeCommentRequest {
  text: string;
  requestedAttributes: readonly Attribute[];
  /** Perspective language codes; absent → the API auto-detects. */
  languages?: readonly string[];
  spanAnnotations: boolean;
}

const probabilitySchema = z.object({ value: z.number().min(0).max(1), type: z.string().optional() });

const analyzeResponseSchema = z.object({
  attributeScores: z.record(
    z.string(),
    z.object({
      summaryScore: probabilitySchema,
      spanScores: z
        .array(z.object({ begin: z.number().int().nonnegative(), end: z.number().int().nonnegative(), score: probabilitySchema }))
        .optional(),
    }),
  ),
  languages: z.array(z.string()).optional(),
  detectedLanguages: z.array(z.string()).optional(),
  clientToken: z.string().optional(),
});

/** A validated `comments:analyze` response. */
export type AnalyzeCommentResponse = z.infer<typeof analyzeResponseSchema>;

const googleErrorSchema = z.object({
  error: z.object({
    code: z.number().optional(),
    message: z.string().optional(),
    status: z.string().optional(),
    details: z
      .array(
        z.object({
          errorType: z.string().optional(),
          reason: z.string().optional(),
          languageNotSupportedByAttributeError: z.object({ attribute: z.string().optional() }).optional(),
        }),
      )
      .optional(),
  }),
});

/** A non-2xx answer from Perspective, with the parts of Google's error envelope the scorer decides on. */
export class PerspectiveApiError extends Error {
  override readonly name = 'PerspectiveApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly details: {
      /** Google status string, e.g. `INVALID_ARGUMENT`, `RESOURCE_EXHAUSTED`. */
      googleStatus?: string;
      /** Perspective's `errorType`, e.g. `LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE`, `COMMENT_EMPTY`. */
      errorType?: string;
      /** Google's `ErrorInfo.reason`, e.g. `API_KEY_INVALID`. */
      reason?: string;
      /** For LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE: the attribute the API named. */
      unsupportedAttribute?: string;
      /** From Retry-After, when present. */
      retryAfterMs?: number;
      /** False when the body was not Google's JSON envelope (e.g. the HTML 404 page). */
      isJson: boolean;
    },
  ) {
    super(message);
  }
}

/** A 2xx answer whose body did not match the documented shape. */
export class PerspectiveMalformedResponseError extends Error {
  override readonly name = 'PerspectiveMalformedResponseError';
}

const UNSUPPORTED_ATTRIBUTE_MESSAGE = /Attribute (\w+) does not support request languages/;

export class PerspectiveClient {
  private readonly url: URL;
  private readonly apiKey: string;
  private readonly timeoutMs: number;
  private readonly maxResponseBytes: number;
  private readonly now: () => number;

  constructor(options: PerspectiveClientOptions) {
    if (options.apiKey === '') throw new TypeError('Perspective apiKey must not be empty');
    if (!(options.timeoutMs > 0)) throw new TypeError('Perspective timeoutMs must be positive');
    const base = (options.baseUrl ?? PERSPECTIVE_DEFAULT_BASE_URL).replace(/\/+$/, '');
    const url = new URL(`${base}${PERSPECTIVE_ANALYZE_PATH}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('Perspective baseUrl must be http(s)');
    this.url = url;
    this.apiKey = options.apiKey;
    this.timeoutMs = options.timeoutMs;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.now = options.now ?? Date.now;
  }

  /**
   * Sends one analyze request. Throws HttpTransportError (no answer), PerspectiveApiError (non-2xx) or
   * PerspectiveMalformedResponseError (2xx with an unexpected body).
   */
  async analyze(request: AnalyzeCommentRequest, options: { signal?: AbortSignal } = {}): Promise<AnalyzeCommentResponse> {
    const url = new URL(this.url);
    url.searchParams.set('key', this.apiKey);
    const body = {
      comment: { text: request.text, type: 'PLAIN_TEXT' },
      requestedAttributes: Object.fromEntries(request.requestedAttributes.map((attribute) => [attribute, {}])),
      ...(request.languages !== undefined && request.languages.length > 0 ? { languages: [...request.languages] } : {}),
      spanAnnotations: request.spanAnnotations,
      doNotStore: true,
    };
    const response = await postJson({
      url,
      body,
      timeoutMs: this.timeoutMs,
      maxResponseBytes: this.maxResponseBytes,
      signal: options.signal,
    });
    if (response.status >= 200 && response.status < 300) {
      const parsed = analyzeResponseSchema.safeParse(response.json);
      if (!response.isJson || !parsed.success) {
        throw new PerspectiveMalformedResponseError(
          response.isJson ? `unexpected response shape (${truncate(parsed.error?.issues[0]?.message ?? 'invalid', 120)})` : 'response is not JSON',
        );
      }
      return parsed.data;
    }
    throw this.apiError(response.status, response.json, response.isJson, response.headers);
  }

  private apiError(status: number, json: unknown, isJson: boolean, headers: Headers): PerspectiveApiError {
    const retryAfterMs = parseRetryAfterMs(headers.get('retry-after'), this.now());
    const parsed = isJson ? googleErrorSchema.safeParse(json) : undefined;
    if (parsed === undefined || !parsed.success) {
      return new PerspectiveApiError(status, `HTTP ${status} (${isJson ? 'unexpected error body' : 'not JSON'})`, { retryAfterMs, isJson });
    }
    const { error } = parsed.data;
    const details = error.details ?? [];
    const errorType = details.find((d) => d.errorType !== undefined)?.errorType;
    const reason = details.find((d) => d.reason !== undefined)?.reason;
    const message = error.message ?? '';
    const unsupportedAttribute =
      details.find((d) => d.languageNotSupportedByAttributeError?.attribute !== undefined)?.languageNotSupportedByAttributeError?.attribute ??
      UNSUPPORTED_ATTRIBUTE_MESSAGE.exec(message)?.[1];
    return new PerspectiveApiError(status, `HTTP ${status} ${error.status ?? ''}: ${truncate(message, 300)}`.replace(' :', ':'), {
      googleStatus: error.status,
      // Older answers carry the attribute only in the message, without an errorType detail.
      errorType: errorType ?? (unsupportedAttribute !== undefined ? 'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE' : undefined),
      reason,
      unsupportedAttribute,
      retryAfterMs,
      isJson,
    });
  }
}
