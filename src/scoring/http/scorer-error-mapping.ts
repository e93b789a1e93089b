import { ScorerError, type ScorerFailureKind } from '../scorer';
import { HttpTransportError } from './json-http-client';

/** Used when a 429 carries no usable Retry-After. */
export const DEFAULT_RETRY_AFTER_MS = 1000;

/**
 * The HTTP status → failure kind table shared by the remote adapters (API-specific cases such as
 * Perspective's API_KEY_INVALID 400 are handled by the adapter before it falls back to this).
 */
export function failureKindForStatus(status: number): ScorerFailureKind {
  if (status === 429) return 'rate_limited';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'unavailable';
  // The key or the service is gone; retrying the same request will not help.
  if (status === 401 || status === 403 || status === 404 || status === 410) return 'shutdown';
  // A permanent redirect means the endpoint moved: treat like a shut-down service until someone reconfigures.
  if (status === 301 || status === 308) return 'shutdown';
  if (status >= 300 && status < 400) return 'unavailable';
  return 'rejected';
}

/** Maps a transport failure (no HTTP status) onto a ScorerError. */
export function scorerErrorFromTransport(scorer: string, error: HttpTransportError): ScorerError {
  const kind: ScorerFailureKind = error.failure === 'timeout' || error.failure === 'aborted' ? 'timeout' : 'unavailable';
  return new ScorerError(scorer, kind, error.message);
}

/**
 * Turns anything a remote call threw into a ScorerError. Unknown errors become `unavailable` with only their
 * name and message, never the raw object (it may hold a request URL with a key).
 */
export function toScorerError(scorer: string, error: unknown): ScorerError {
  if (error instanceof ScorerError) return error;
  if (error instanceof HttpTransportError) return scorerErrorFromTransport(scorer, error);
  const description = error instanceof Error ? `${error.name}: ${error.message}` : 'non-Error thrown';
  return new ScorerError(scorer, 'unavailable', `unexpected error (${truncate(description, 200)})`);
}

export function truncate(value: string, maxLength: number): string {
  return value.length <= maxLength ? value : `${value.slice(0, maxLength - 1)}…`;
}
