import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpTransportError, parseRetryAfterMs, postJson } from './json-http-client';

let server: Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    hits.push(req.url ?? '');
    req.resume();
    req.on('end', () => {
      switch (req.url?.split('?')[0]) {
        case '/big-declared':
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
          res.end('x'.repeat(5000));
          return;
        case '/big-chunked':
          res.writeHead(200, { 'content-type': 'application/json' });
          for (let i = 0; i < 10; i += 1) res.write('y'.repeat(500));
          res.end();
          return;
        case '/redirect':
          res.writeHead(302, { location: '/elsewhere' });
          res.end();
          return;
        case '/trickle':
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write('{"a":');
          return; // never finishes the body
        default:
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"ok":true}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const post = (path: string, extra: { timeoutMs?: number } = {}) =>
  postJson({ url: new URL(`${base}${path}?key=SECRET`), body: { a: 1 }, timeoutMs: extra.timeoutMs ?? 1000, maxResponseBytes: 1024 });

async function transportFailure(promise: Promise<unknown>): Promise<HttpTransportError> {
  const thrown = await promise.then(() => undefined, (error: unknown) => error);
  if (thrown instanceof HttpTransportError) return thrown;
  throw new Error('expected an HttpTransportError');
}

describe('postJson', () => {
  it('When the server answers JSON, then it is parsed', async () => {
    expect(await post('/ok')).toMatchObject({ status: 200, json: { ok: true }, isJson: true });
  });

  it('When the declared body is over the cap, then it is refused as too_large', async () => {
    expect((await transportFailure(post('/big-declared'))).failure).toBe('too_large');
  });

  it('When a chunked body grows over the cap, then reading stops with too_large', async () => {
    expect((await transportFailure(post('/big-chunked'))).failure).toBe('too_large');
  });

  it('When the server redirects, then the redirect is returned, not followed', async () => {
    hits.length = 0;
    const response = await post('/redirect');
    expect(response.status).toBe(302);
    expect(hits.map((h) => h.split('?')[0])).toEqual(['/redirect']);
  });

  it('When the body never completes, then the timeout covers the body too, and the message has no URL', async () => {
    const error = await transportFailure(post('/trickle', { timeoutMs: 100 }));
    expect(error.failure).toBe('timeout');
    expect(`${error.message}${error.stack ?? ''}`).not.toContain('SECRET');
  });
});

describe('parseRetryAfterMs', () => {
  it('When given seconds or an HTTP date, then it returns milliseconds; garbage gives undefined', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfterMs('2', now)).toBe(2000);
    expect(parseRetryAfterMs('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
  });
});
