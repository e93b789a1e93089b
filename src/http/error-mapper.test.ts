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
