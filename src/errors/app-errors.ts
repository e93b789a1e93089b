/**
 * Errors the service throws on purpose. Each carries a stable `code` and its HTTP status; one mapper
 * (src/http/error-mapper.ts) turns them, and everything else, into responses.
 */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 503;

export interface ErrorDetail {
  path?: string;
  message: string;
  [key: string]: unknown;
}

export abstract class AppError extends Error {
  abstract readonly status: ErrorStatus;
  abstract readonly code: string;
  constructor(
    message: string,
    readonly details?: ErrorDetail[] | Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  readonly status = 400;
  readonly code = 'invalid_request';
}

export class UnauthorizedError extends AppError {
  readonly status = 401;
  readonly code = 'unauthorized';
}

export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly code = 'forbidden';
}

export class NotFoundError extends AppError {
  readonly status = 404;
  readonly code = 'not_found';
}

export class ConflictError extends AppError {
  readonly status = 409;
  readonly code = 'conflict';
}

export class UnsupportedMediaTypeError extends AppError {
  readonly status = 415;
  readonly code = 'unsupported_media_type';
}

export class RateLimitedError extends AppError {
  readonly status = 429;
  readonly code = 'rate_limited';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, { retryAfterSeconds });
  }
}

export class ConsoleNotBuiltError extends AppError {
  readonly status = 503;
  readonly code = 'console_not_built';
}

/** The article's comments are closed (its policy's mode is `closed`): intake takes no new comment for it. */
export class CommentsClosedError extends AppError {
  readonly status = 409;
  readonly code = 'comments_closed';
}
