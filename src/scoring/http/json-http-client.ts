/**
 * The one HTTP client the remote scorers use: JSON over POST with a per-request timeout, a cap on the
 * response size and no automatic redirects. Errors never carry the request URL, because Perspective puts
 * its API key in the query string.
 */

/** What went wrong below HTTP: no status code was received, or the body could not be read in full. */
export type HttpTransportFailure =
  /** Our `timeoutMs` elapsed before the whole response was read. */
  | 'timeout'
  /** The caller's AbortSignal fired. */
  | 'aborted'
  /** Connection refused or reset, DNS failure, TLS failure. */
  | 'network'
  /** The response body exceeded `maxResponseBytes`. */
  | 'too_large';

/** A failure below HTTP. Its message never includes the URL (it may hold an API key). */
export class HttpTransportError extends Error {
  override readonly name = 'HttpTransportError';
  constructor(
    readonly failure: HttpTransportFailure,
    message: string,
    /** A system error code such as `ECONNREFUSED`, when there is one. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** One JSON POST. */
export interface PostJsonRequest {
  url: URL;
  body: unknown;
  headers?: Record<string, string>;
  /** Covers connecting, sending and reading the whole response. */
  timeoutMs: number;
  maxResponseBytes: number;
  signal?: AbortSignal;
}

/** A response of any status. `json` is undefined when the body is not JSON (e.g. Google's HTML 404 page). */
export interface JsonHttpResponse {
  status: number;
  headers: Headers;
  json: unknown;
  /** Whether `json` holds a parsed body; false for empty, HTML or truncated bodies. */
  isJson: boolean;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

/** POSTs `body` as JSON and reads the response, enforcing timeout, size cap and no redirects. */
export async function postJson(request: PostJsonRequest): Promise<JsonHttpResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  let callerAborted = false;
  const onCallerAbort = (): void => {
    callerAborted = true;
    controller.abort();
  };
  if (request.signal?.aborted === true) {
    clearTimeout(timer);
    throw new HttpTransportError('aborted', 'request aborted by the caller before it was sent');
  }
  request.signal?.addEventListener('abort', onCallerAbort, { once: true });

  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...request.headers },
      body: JSON.stringify(request.body),
      redirect: 'manual',
      signal: controller.signal,
    });
    const bytes = await readCapped(response, request.maxResponseBytes);
    return { status: response.status, headers: response.headers, ...parseJson(bytes) };
  } catch (error) {
    if (error instanceof HttpTransportError) throw error;
    if (timedOut) throw new HttpTransportError('timeout', `no complete response within ${request.timeoutMs} ms`);
    if (callerAborted) throw new HttpTransportError('aborted', 'request aborted by the caller');
    // undici wraps the system error in `cause`; keep only its code, never the URL.
    const code = systemErrorCode(error);
    throw new HttpTransportError('network', `request failed${code === undefined ? '' : ` (${code})`}`, code);
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onCallerAbort);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new HttpTransportError('too_large', `response of ${declared} bytes exceeds the ${maxBytes}-byte cap`);
  }
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new HttpTransportError('too_large', `response exceeds the ${maxBytes}-byte cap`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function parseJson(bytes: Uint8Array): { json: unknown; isJson: boolean } {
  if (bytes.byteLength === 0) return { json: undefined, isJson: false };
  try {
    return { json: JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown, isJson: true };
  } catch {
    return { json: undefined, isJson: false };
  }
}

function systemErrorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return undefined;
}

/**
 * Parses an HTTP `Retry-After` header (delta-seconds or an HTTP date) into milliseconds from `nowMs`.
 * Returns undefined when absent or unparseable.
 */
export function parseRetryAfterMs(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}
