import { AppError, type ErrorDetail, type ErrorStatus } from '../errors/app-errors';
import { isRedisUnavailable } from '../errors/redis-errors';

export interface ErrorResponse {
  status: ErrorStatus;
  body: { error: { code: string; message: string; details?: ErrorDetail[] | Record<string, unknown>; requestId: string } } | GoogleErrorBody;
  headers: Record<string, string>;
  /** True for errors that are our fault and must be logged with their stack. */
  unexpected: boolean;
}

/** Errors raised by Express's body parser, by their `type`. */
const BODY_PARSER_ERRORS: Record<string, { status: ErrorStatus; code: string; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'invalid_json', message: 'the request body is not valid JSON' },
  'entity.verify.failed': { status: 400, code: 'invalid_encoding', message: 'the request body is not valid UTF-8' },
  'entity.too.large': { status: 413, code: 'payload_too_large', message: 'the request body is larger than this route accepts (32 KB; 256 KB on the Perspective-compatible and Coral routes)' },
  'encoding.unsupported': { status: 415, code: 'unsupported_media_type', message: 'the body encoding is not supported: send identity-encoded JSON' },
  'charset.unsupported': { status: 415, code: 'unsupported_media_type', message: 'the charset is not supported: send UTF-8 JSON' },
  'request.aborted': { status: 400, code: 'request_aborted', message: 'the request was aborted' },
  'request.size.invalid': { status: 400, code: 'invalid_request', message: 'the body length does not match Content-Length' },
};

/** Google's error envelope, as Perspective (and every googleapis.com API) answers. */
export interface GoogleErrorBody {
  error: { code: number; message: string; status: string; details?: Record<string, unknown>[] };
}

/** How an error body is shaped: ours, or Google's for the Perspective-compatible routes. */
export type ErrorFormat = 'service' | 'google';

/** Google's canonical status names for our statuses (google.rpc.Code). */
const GOOGLE_STATUS: Record<ErrorStatus, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  413: 'INVALID_ARGUMENT',
  415: 'INVALID_ARGUMENT',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

/** Perspective's own words for a bad key (a missing one is treated the same: there is no key to be valid). */
const GOOGLE_INVALID_KEY = 'API key not valid. Please pass a valid API key.';

/** Rewrites one of our error responses in Google's shape, with Perspective's wording where clients match on it. */
function inGoogleShape(response: ErrorResponse, error: unknown): ErrorResponse {
  const ours = response.body.error as { code: string; message: string; details?: unknown };
  if (response.status === 401) {
    // Perspective answers a bad key with 400 INVALID_ARGUMENT and the reason API_KEY_INVALID.
    const details = [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com', metadata: { service: 'commentanalyzer.googleapis.com' } }];
    return { ...response, status: 400, body: { error: { code: 400, message: GOOGLE_INVALID_KEY, status: 'INVALID_ARGUMENT', details } } };
  }
  let message = ours.message;
  let details: Record<string, unknown>[] | undefined;
  if (ours.code === 'invalid_json') message = 'Invalid JSON payload received. The request body is not valid JSON.';
  const errorType = error instanceof AppError && error.details !== undefined && !Array.isArray(error.details) ? error.details.errorType : undefined;
  if (typeof errorType === 'string') {
    details = [{ '@type': 'type.googleapis.com/google.commentanalyzer.v1alpha1.Error', ...(error as AppError).details }];
  }
  // Google knows no 413/415: a body it cannot take is an invalid argument.
  const status: ErrorStatus = response.status === 413 || response.status === 415 ? 400 : response.status;
  return { ...response, status, body: { error: { code: status, message, status: GOOGLE_STATUS[status], ...(details === undefined ? {} : { details }) } } };
}

/** The one place where errors become HTTP responses; `format` picks our body shape or Google's. */
export function toErrorResponse(error: unknown, requestId: string, format: ErrorFormat = 'service'): ErrorResponse {
  const response = toServiceErrorResponse(error, requestId);
  return format === 'google' ? inGoogleShape(response, error) : response;
}

function toServiceErrorResponse(error: unknown, requestId: string): ErrorResponse {
  const make = (status: ErrorStatus, code: string, message: string, details?: ErrorDetail[] | Record<string, unknown>, unexpected = false): ErrorResponse => ({
    status,
    body: { error: { code, message, ...(details === undefined ? {} : { details }), requestId } },
    headers: {},
    unexpected,
  });

  if (error instanceof AppError) {
    const response = make(error.status, error.code, error.message, error.details);
    if (error.status === 429 && 'retryAfterSeconds' in error) response.headers['Retry-After'] = String(error.retryAfterSeconds);
    if (error.status === 503) response.headers['Retry-After'] = '5';
    return response;
  }
  const type = (error as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && type in BODY_PARSER_ERRORS) {
    const known = BODY_PARSER_ERRORS[type] as { status: ErrorStatus; code: string; message: string };
    return make(known.status, known.code, known.message);
  }
  // Other client faults the body parser reports (http-errors style, `expose` marks the message safe to show),
  // e.g. a body sent as gzip that is not gzip.
  const clientFault = error as { status?: unknown; expose?: unknown; message?: unknown } | null;
  if (clientFault?.expose === true && clientFault.status === 400 && typeof clientFault.message === 'string') {
    return make(400, 'invalid_request', `the request body could not be read: ${clientFault.message}`);
  }
  // Express decodes path parameters lazily; a malformed percent-escape surfaces here.
  if (error instanceof URIError) return make(400, 'invalid_request', 'the path is not valid percent-encoding');
  if (isRedisUnavailable(error)) {
    const response = make(503, 'service_unavailable', 'the comment store is unavailable; nothing was stored, retry later');
    response.headers['Retry-After'] = '5';
    return response;
  }
  return make(500, 'internal_error', 'an unexpected error occurred', undefined, true);
}
