import { ReplyError } from 'ioredis';
import { toErrorResponse } from './error-mapper';

describe('error mapper', () => {
  it.each([
    'MISCONF Redis is configured to save RDB snapshots, but it is currently not able to persist on disk',
    'BUSY Redis is busy running a script',
    'NOREPLICAS Not enough good replicas to write',
    'OOM command not allowed when used memory > maxmemory',
    'Command timed out',
  ])('When Redis refuses with "%s", then the answer is 503 with Retry-After, not 500', (message) => {
    const response = toErrorResponse(new ReplyError(message), 'req-1');
    expect(response.status).toBe(503);
    expect(response.headers['Retry-After']).toBe('5');
    expect(response.unexpected).toBe(false);
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
});
