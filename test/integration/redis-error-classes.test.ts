import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import pino from 'pino';
import { loadConfig } from '../../config';
import { isRedisUnavailable } from '../../src/errors/redis-errors';
import { ApiKeyAuthenticator } from '../../src/http/auth';
import { createHttpApp } from '../../src/http/express-app';
import { closeServer, listen } from '../../src/main/http-server';
import { freePort, testRedisUrl } from '../support/redis-server';

/**
 * Which failures are "Redis is unavailable, retry" (503) and which are bugs (500, logged with the stack) is
 * decided by the error's class and the reply's error code, never by words inside a message.
 */
describe('Redis error classification on real Redis', () => {
  const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
  const logLines: Record<string, unknown>[] = [];
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        logLines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        callback();
      },
    });
    const app = createHttpApp({
      authenticator: new ApiKeyAuthenticator(loadConfig({}).apiKeys),
      logger: pino({ level: 'info' }, stream),
      routes: [
        {
          method: 'get',
          path: '/bug',
          access: 'public',
          handler: async () => {
            throw new Error('template cache is still loading: undefined is not a function');
          },
        },
        {
          method: 'get',
          path: '/loading',
          access: 'public',
          // A genuine error reply from Redis, as a restarting server sends while it loads its dataset.
          handler: async () => {
            await redis.eval("return redis.error_reply('LOADING Redis is loading the dataset in memory')", 0);
            return { status: 200, body: {} };
          },
        },
      ],
    });
    server = await listen(app, 0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await closeServer(server, 2000);
    redis.disconnect();
  });

  it('When a bug throws an Error whose message says "loading", then 500 and it is logged with its stack', async () => {
    const response = await fetch(`${baseUrl}/bug`);
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('internal_error');
    const line = logLines.find((l) => l.msg === 'unexpected error' && l.path === '/bug') as { level: number; err: { stack: string } } | undefined;
    expect(line?.level).toBe(50);
    expect(line?.err.stack).toMatch(/template cache is still loading[\s\S]*redis-error-classes\.test\.ts/);
  });

  it('When Redis replies LOADING, then 503 with Retry-After and no stack', async () => {
    const response = await fetch(`${baseUrl}/loading`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(logLines.find((l) => l.path === '/loading')).toMatchObject({ msg: 'dependency unavailable', level: 40 });
  });

  it('When a reply only mentions an unavailable code later in its message, then it is not unavailable', async () => {
    const error = await redis.eval("return redis.error_reply('ERR key is BUSY LOADING READONLY')", 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isRedisUnavailable(error)).toBe(false);
  });

  it('When the connection is gone, then the errors ioredis gives are unavailable', async () => {
    const closed = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
    await closed.ping();
    closed.disconnect();
    expect(isRedisUnavailable(await closed.get('k').catch((e: unknown) => e))).toBe(true);

    const port = await freePort();
    const nobody = new Redis(`redis://127.0.0.1:${port}`, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => null, lazyConnect: true });
    nobody.on('error', () => undefined);
    const offline = await nobody.get('k').catch((e: unknown) => e);
    nobody.disconnect();
    expect(isRedisUnavailable(offline)).toBe(true);
    // One reconnect attempt, so that the client gives up (and ends) by itself after the command was flushed.
    const retrying = new Redis(`redis://127.0.0.1:${port}`, { maxRetriesPerRequest: 0, retryStrategy: (times) => (times > 1 ? null : 10) });
    retrying.on('error', () => undefined);
    const ended = new Promise((resolve) => retrying.once('end', resolve));
    const maxRetries = await retrying.get('k').catch((e: unknown) => e);
    await ended;
    expect((maxRetries as Error).name).toBe('MaxRetriesPerRequestError');
    expect(isRedisUnavailable(maxRetries)).toBe(true);
  });
});
