/**
 * The one interface every scorer implements: the local offline scorer and the remote adapters
 * (Perspective, OpenAI moderation). Scores are Perspective-style calibrated probabilities in 0..1,
 * so that one policy's thresholds mean the same thing whichever scorer produced them.
 */
import type { AttributeScores, Language, Span } from '../domain';

export interface ScoreRequest {
  /** The comment text exactly as submitted (never log it). */
  text: string;
  language: Language;
  /** Aborted when the caller gives up (timeouts, shutdown). */
  signal?: AbortSignal;
}

export interface ScoreResult {
  /** Name of the scorer that produced these scores, e.g. `local`, `perspective`, `openai`. */
  scorer: string;
  /** Version of the model or API, stored with every score because remote models change unannounced. */
  model: string;
  language: Language;
  scores: AttributeScores;
  spans: Span[];
}

export interface Scorer {
  readonly name: string;
  score(request: ScoreRequest): Promise<ScoreResult>;
}

/** Why a scorer could not score. The chain and the worker decide what to do from `kind` alone. */
export type ScorerFailureKind =
  /** No answer in time. Retryable. */
  | 'timeout'
  /** Quota exceeded (HTTP 429); `retryAfterMs` says when to try again. Retryable, never a failure of the comment. */
  | 'rate_limited'
  /** 5xx, connection refused, malformed response. Retryable. */
  | 'unavailable'
  /** The service is gone or refuses us (persistent 401/403/404/410): retrying will not help. */
  | 'shutdown'
  /** The request itself was refused (e.g. text too long, language unsupported): retrying will not help. */
  | 'rejected';

export class ScorerError extends Error {
  override readonly name = 'ScorerError';
  constructor(
    readonly scorer: string,
    readonly kind: ScorerFailureKind,
    message: string,
    readonly options: { retryAfterMs?: number; status?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
  }

  get retryable(): boolean {
    return this.kind === 'timeout' || this.kind === 'rate_limited' || this.kind === 'unavailable';
  }
}
