import { ATTRIBUTES, type Attribute, type AttributeScores, type Language, type Span } from '../../domain';
import { ScorerError, type ScoreRequest, type ScoreResult, type Scorer } from '../scorer';
import { HttpTransportError } from '../http/json-http-client';
import { DEFAULT_RETRY_AFTER_MS, failureKindForStatus, scorerErrorFromTransport, toScorerError } from '../http/scorer-error-mapping';
import { OPEN_GATE, type RequestGate } from '../rate-limit/request-gate';
import {
  PERSPECTIVE_MAX_TEXT_BYTES,
  PerspectiveApiError,
  PerspectiveClient,
  PerspectiveMalformedResponseError,
  type AnalyzeCommentResponse,
} from './perspective-client';

/** Attributes to request per language before anything is learnt. */
export type PerspectiveAttributeTable = Record<Language, readonly Attribute[]>;

/**
 * The disputed official table (several copies list German for TOXICITY only). We start from it so no quota
 * is spent on 400s; if the API proves to lack an attribute for a language anyway, the scorer drops it and
 * remembers. `other` asks for TOXICITY only: the API then detects the language itself and TOXICITY is the
 * attribute served in the most languages.
 */
export const DEFAULT_PERSPECTIVE_ATTRIBUTES: PerspectiveAttributeTable = {
  de: ['TOXICITY'],
  fr: [...ATTRIBUTES],
  it: [...ATTRIBUTES],
  en: [...ATTRIBUTES],
  other: ['TOXICITY'],
};

/** Settings for the Perspective adapter (built by the composition root from config). */
export interface PerspectiveScorerOptions {
  apiKey: string;
  /** Default `https://commentanalyzer.googleapis.com`. */
  baseUrl?: string;
  /** Per HTTP request, covering the whole response (default 5000: Perspective often takes over a second). */
  timeoutMs?: number;
  /** Response body cap (default 1 MiB). */
  maxResponseBytes?: number;
  /** Override the starting attribute table (e.g. all six for `de` once the table is settled). */
  attributesByLanguage?: Partial<PerspectiveAttributeTable>;
  /** Passed before every HTTP request: the shared quota (see RateLimitGate). Default: no limit. */
  gate?: RequestGate;
  /** Spans scoring below this are left out (default 0: keep every span the API returns). */
  minSpanScore?: number;
  /** Scorer name reported in results and errors (default `perspective`). */
  name?: string;
  now?: () => number;
}

export const PERSPECTIVE_MODEL = 'perspective-v1alpha1';
const PERSPECTIVE_LANGUAGE: Record<Language, string | undefined> = { de: 'de', fr: 'fr', it: 'it', en: 'en', other: undefined };

/** Scores comments with Perspective; implements the shared Scorer contract. */
export class PerspectiveScorer implements Scorer {
  readonly name: string;
  private readonly client: PerspectiveClient;
  private readonly gate: RequestGate;
  private readonly minSpanScore: number;
  /** What we currently ask for per language; shrinks when the API says a language lacks an attribute. */
  private readonly attributes: Map<Language, readonly Attribute[]>;

  constructor(options: PerspectiveScorerOptions) {
    this.name = options.name ?? 'perspective';
    this.client = new PerspectiveClient({
      apiKey: options.apiKey,
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs ?? 5000,
      maxResponseBytes: options.maxResponseBytes,
      now: options.now,
    });
    this.gate = options.gate ?? OPEN_GATE;
    this.minSpanScore = options.minSpanScore ?? 0;
    const table = { ...DEFAULT_PERSPECTIVE_ATTRIBUTES, ...options.attributesByLanguage };
    this.attributes = new Map(Object.entries(table) as [Language, readonly Attribute[]][]);
  }

  /** The attributes the next request for `language` will ask for (after anything learnt so far). */
  attributesFor(language: Language): readonly Attribute[] {
    return this.attributes.get(language) ?? ['TOXICITY'];
  }

  async score(request: ScoreRequest): Promise<ScoreResult> {
    const { text, language, signal } = request;
    if (text.length === 0) throw new ScorerError(this.name, 'rejected', 'empty comment: Perspective refuses empty text');
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > PERSPECTIVE_MAX_TEXT_BYTES) {
      // Never score a truncated comment: the part we would drop could be the insult.
      throw new ScorerError(this.name, 'rejected', `comment is ${bytes} UTF-8 bytes, over Perspective's ${PERSPECTIVE_MAX_TEXT_BYTES}-byte limit`);
    }

    let attributes = [...this.attributesFor(language)];
    const perspectiveLanguage = PERSPECTIVE_LANGUAGE[language];
    // The API names one unsupported attribute per 400, so one comment may need a few rounds the first time;
    // what is learnt is kept, so later comments in that language pay nothing.
    for (let round = 0; round <= ATTRIBUTES.length; round += 1) {
      await this.gate.pass(signal);
      try {
        const response = await this.client.analyze(
          { text, requestedAttributes: attributes, languages: perspectiveLanguage === undefined ? undefined : [perspectiveLanguage], spanAnnotations: true },
          { signal },
        );
        return this.toResult(response, request);
      } catch (error) {
        const unsupported = unsupportedAttributeOf(error);
        if (unsupported === undefined || !attributes.includes(unsupported)) throw this.toScorerError(error);
        attributes = attributes.filter((attribute) => attribute !== unsupported);
        // For `other` the API detected the language itself, so the lesson says nothing about the next comment.
        if (language !== 'other') {
          // Intersect with the current table: a concurrent request may have learnt something else meanwhile.
          this.attributes.set(language, this.attributesFor(language).filter((attribute) => attribute !== unsupported));
        }
        if (attributes.length === 0) {
          throw new ScorerError(this.name, 'rejected', `Perspective supports none of the requested attributes for language ${language}`, { status: 400 });
        }
      }
    }
    throw new ScorerError(this.name, 'rejected', 'language support negotiation did not converge');
  }

  private toResult(response: AnalyzeCommentResponse, request: ScoreRequest): ScoreResult {
    const scores: AttributeScores = {};
    const spans: Span[] = [];
    for (const attribute of ATTRIBUTES) {
      const entry = response.attributeScores[attribute];
      if (entry === undefined) continue;
      scores[attribute] = entry.summaryScore.value;
      for (const span of entry.spanScores ?? []) {
        // Offsets outside the text would point the moderator at the wrong words: drop them.
        if (span.begin >= span.end || span.end > request.text.length) continue;
        if (span.score.value < this.minSpanScore) continue;
        spans.push({ begin: span.begin, end: span.end, attribute, score: span.score.value, rule: 'perspective:span' });
      }
    }
    if (Object.keys(scores).length === 0) {
      throw new ScorerError(this.name, 'unavailable', 'response held no scores for the requested attributes');
    }
    return { scorer: this.name, model: PERSPECTIVE_MODEL, language: request.language, scores, spans };
  }

  private toScorerError(error: unknown): ScorerError {
    if (error instanceof ScorerError) return error;
    if (error instanceof HttpTransportError) return scorerErrorFromTransport(this.name, error);
    if (error instanceof PerspectiveMalformedResponseError) return new ScorerError(this.name, 'unavailable', error.message);
    if (error instanceof PerspectiveApiError) {
      const { status, details } = error;
      if (status === 400 && details.reason === 'API_KEY_INVALID') return new ScorerError(this.name, 'shutdown', error.message, { status });
      const kind = failureKindForStatus(status);
      return new ScorerError(this.name, kind, error.message, {
        status,
        ...(kind === 'rate_limited' ? { retryAfterMs: details.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS } : {}),
      });
    }
    return toScorerError(this.name, error);
  }
}

function unsupportedAttributeOf(error: unknown): Attribute | undefined {
  if (!(error instanceof PerspectiveApiError) || error.status !== 400) return undefined;
  if (error.details.errorType !== 'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE') return undefined;
  const attribute = error.details.unsupportedAttribute;
  return (ATTRIBUTES as readonly string[]).includes(attribute ?? '') ? (attribute as Attribute) : undefined;
}

/** Builds the Perspective adapter from its slice of configuration. */
export function createPerspectiveScorer(options: PerspectiveScorerOptions): PerspectiveScorer {
  return new PerspectiveScorer(options);
}
