import { ReplyError } from 'ioredis';
import { ForbiddenError, RateLimitedError, UnauthorizedError, ValidationError } from '../errors/app-errors';
import { toErrorResponse } from './error-mapper';

describe('error mapper', () => {
  it.each([
    'MISCONF Redis is configured to save RDB snapshots, but it is currently not able to persist on disk',
    'BUSY Redis is busy running a script',
    'NOREPLICAS Not enough good replicas to write',
    'OOM command not allowed when used memory > maxmemory',
    'LOADING Redis is loading the dataset in memory',
    'READONLY You can\'t write against a read only replica.',
  ])('When Redis refuses with "%s", then the answer is 503 with Retry-After, not 500', (message) => {
    const response = toErrorResponse(new ReplyError(message), 'req-1');
    expect(response.status).toBe(503);
    expect(response.headers['Retry-After']).toBe('5');
    expect(response.unexpected).toBe(false);
  });

  it('When ioredis gives up on a command (commandTimeout), then 503', () => {
    // ioredis rejects with a plain Error carrying exactly this message.
    expect(toErrorResponse(new Error('Command timed out'), 'req-1').status).toBe(503);
  });

  it.each([
    new Error('config still loading'),
    new TypeError('Cannot read properties of undefined (reading \'BUSY\')'),
    new Error('ECONNREFUSED while rendering the template'),
    new Error('max retries per request exceeded in my retry helper'),
    new ReplyError('ERR wrong number of arguments; LOADING'),
  ].map((error) => [error.message, error]))('When an error only mentions a Redis condition in its message ("%s"), then it is a bug: 500, logged with its stack', (_message, error) => {
    expect(toErrorResponse(error, 'req-1')).toMatchObject({ status: 500, unexpected: true });
  });

  it('When an error is ours (a bug), then the answer is 500 and it is marked for logging with its stack', () => {
    const response = toErrorResponse(new TypeError('x is undefined'), 'req-1');
    expect(response).toMatchObject({ status: 500, unexpected: true, body: { error: { code: 'internal_error', requestId: 'req-1' } } });
  });
});

describe('error mapper, body parser faults', () => {
  it('When the body parser reports a client fault without a known type (a body sent as gzip that is not), then the answer is 400', () => {
    // As body-parser passes on a zlib failure: http-errors style, status 400, expose true, no type.
    const zlib = Object.assign(new Error('incorrect header check'), { status: 400, statusCode: 400, expose: true, errno: -3, code: 'Z_DATA_ERROR' });
    expect(toErrorResponse(zlib, 'req-1')).toMatchObject({ status: 400, unexpected: false, body: { error: { code: 'invalid_request', message: expect.stringContaining('incorrect header check') } } });
  });

  it('When the route speaks Perspective, then errors are in Google\'s shape: a bad key is 400 API_KEY_INVALID, a wrong role 403, quota 429', () => {
    const badKey = toErrorResponse(new UnauthorizedError('unknown API key'), 'req-1', 'google');
    expect(badKey.status).toBe(400);
    expect(badKey.body).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT', message: 'API key not valid. Please pass a valid API key.', details: [{ reason: 'API_KEY_INVALID' }] } });
    expect(toErrorResponse(new ForbiddenError('no'), 'req-1', 'google').body).toEqual({ error: { code: 403, status: 'PERMISSION_DENIED', message: 'no' } });
    const quota = toErrorResponse(new RateLimitedError('Quota exceeded', 30), 'req-1', 'google');
    expect(quota).toMatchObject({ status: 429, headers: { 'Retry-After': '30' }, body: { error: { code: 429, status: 'RESOURCE_EXHAUSTED' } } });
    const empty = toErrorResponse(new ValidationError('Comment must be non-empty.', { errorType: 'COMMENT_EMPTY' }), 'req-1', 'google');
    expect(empty.body).toEqual({ error: { code: 400, status: 'INVALID_ARGUMENT', message: 'Comment must be non-empty.', details: [{ '@type': 'type.googleapis.com/google.commentanalyzer.v1alpha1.Error', errorType: 'COMMENT_EMPTY' }] } });
    const badJson = toErrorResponse(Object.assign(new Error('Unexpected token'), { type: 'entity.parse.failed' }), 'req-1', 'google');
    expect(badJson.body).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT', message: expect.stringContaining('Invalid JSON payload') } });
  });
});
