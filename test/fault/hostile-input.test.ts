import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';
import { killAllServiceProcesses, startApiProcess, type ApiProcess } from '../support/processes';
import { call, commentBody, DEV_KEYS, queueStats } from './fault-client';

/** One malformed request, sent byte for byte as given. */
interface HostileCase {
  name: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Send the body in 64 KB chunks with Transfer-Encoding: chunked (no Content-Length). */
  chunked?: boolean;
  /** The exact status expected, when the contract names one; otherwise any 4xx. */
  status?: number;
}

type RawOutcome = { status: number; body: string } | { error: string };

/** Sends a request with node:http so that bodies, lengths and encodings are exactly what the case says. */
function send(baseUrl: string, hostile: HostileCase): Promise<RawOutcome> {
  const url = new URL(hostile.path ?? '/v1/comments', baseUrl);
  const body = hostile.body === undefined ? undefined : Buffer.isBuffer(hostile.body) ? hostile.body : Buffer.from(hostile.body, 'utf8');
  const headers: Record<string, string> = {
    authorization: `Bearer ${DEV_KEYS.intake}`,
    'content-type': 'application/json',
    ...hostile.headers,
  };
  if (body !== undefined && hostile.chunked !== true) headers['content-length'] = String(body.length);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: RawOutcome): void => {
      if (!settled) {
        settled = true;
        resolve(outcome);
      }
    };
    const req = httpRequest(url, { method: hostile.method ?? 'POST', headers, timeout: 15_000, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (text.length < 10_000) text += chunk;
      });
      res.on('end', () => settle({ status: res.statusCode ?? 0, body: text }));
      res.on('error', () => settle({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('timeout', () => {
      req.destroy(new Error('no answer within 15 s'));
    });
    // The server may answer (413) and close before a large body is sent: the answer is what counts.
    req.on('error', (error) => setTimeout(() => settle({ error: error.message }), 100));
    if (body === undefined) {
      req.end();
    } else if (hostile.chunked === true) {
      let offset = 0;
      const writeMore = (): void => {
        while (offset < body.length) {
          const chunk = body.subarray(offset, offset + 64 * 1024);
          offset += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', writeMore);
            return;
          }
        }
        req.end();
      };
      writeMore();
    } else {
      req.end(body);
    }
  });
}

const valid = commentBody(1);
const json = (value: unknown): string => JSON.stringify(value);
const withField = (field: string, value: unknown): string => json({ ...valid, [field]: value });

function corpus(): HostileCase[] {
  const nestedArrays = `{"articleId":"a","text":"x","author":{"id":"u"},"metadata":{"k":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
  const nestedObjects = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
  const tenMegabytes = Buffer.alloc(10 * 1024 * 1024, 0x61);
  return [
    // Not JSON at all, or broken JSON.
    { name: 'truncated JSON', body: '{"articleId": "a", "text": ', status: 400 },
    { name: 'single quotes', body: "{'articleId':'a'}", status: 400 },
    { name: 'trailing comma', body: '{"articleId":"a","text":"b","author":{"id":"u"},}', status: 400 },
    { name: 'NaN literal', body: '{"articleId":"a","text":"b","author":{"id":"u"},"metadata":{"n":NaN}}', status: 400 },
    { name: 'empty body with a JSON content type', body: '', status: 400 },
    { name: 'JSON null', body: 'null', status: 400 },
    { name: 'JSON string', body: '"hello"', status: 400 },
    { name: 'JSON number', body: '42', status: 400 },
    { name: 'JSON array', body: json([valid]), status: 400 },
    // Bytes that are not UTF-8.
    { name: 'invalid UTF-8 (C3 28)', body: Buffer.concat([Buffer.from('{"articleId":"a","text":"'), Buffer.from([0xc3, 0x28]), Buffer.from('","author":{"id":"u"}}')]), status: 400 },
    { name: 'overlong UTF-8 (C0 AF)', body: Buffer.concat([Buffer.from('{"articleId":"a","text":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('","author":{"id":"u"}}')]), status: 400 },
    { name: 'UTF-8-encoded surrogate (ED A0 80)', body: Buffer.concat([Buffer.from('{"articleId":"a","text":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('","author":{"id":"u"}}')]), status: 400 },
    { name: 'lone surrogate escape in text', body: '{"articleId":"a","text":"\\ud800 hallo","author":{"id":"u"}}', status: 400 },
    { name: 'UTF-16 charset', headers: { 'content-type': 'application/json; charset=utf-16' }, body: Buffer.from(json(valid), 'utf16le'), status: 415 },
    // Size.
    { name: '10 MB body with Content-Length', body: tenMegabytes, status: 413 },
    { name: '10 MB body, chunked', body: tenMegabytes, chunked: true, status: 413 },
    { name: 'gzip bomb (10 MB inflated)', headers: { 'content-encoding': 'gzip' }, body: gzipSync(Buffer.concat([Buffer.from('{"articleId":"a","text":"'), tenMegabytes, Buffer.from('"}')])), status: 413 },
    { name: 'unknown content encoding', headers: { 'content-encoding': 'br2' }, body: json(valid), status: 415 },
    { name: 'gzip encoding on a body that is not gzip', headers: { 'content-encoding': 'gzip' }, body: json(valid), status: 400 },
    { name: '100,000-character text', body: withField('text', 'x'.repeat(100_000)), status: 413 },
    { name: '5,001-character text (under the byte limit)', body: withField('text', 'x'.repeat(5001)), status: 400 },
    { name: '3,000 unknown keys', body: `{${Array.from({ length: 3000 }, (_, i) => `"k${i}":1`).join(',')}}`, status: 400 },
    // Nesting.
    { name: 'deeply nested arrays (10,000 levels)', body: nestedArrays, status: 400 },
    { name: 'deeply nested objects (5,000 levels)', body: nestedObjects, status: 400 },
    // Wrong types.
    { name: 'text is a number', body: withField('text', 123), status: 400 },
    { name: 'text is an object', body: withField('text', { toString: 'x' }), status: 400 },
    { name: 'articleId is an array', body: withField('articleId', ['a']), status: 400 },
    { name: 'author is a string', body: withField('author', 'u'), status: 400 },
    { name: 'author.id is an object', body: withField('author', { id: { $gt: '' } }), status: 400 },
    { name: 'metadata is an array', body: withField('metadata', ['x']), status: 400 },
    { name: 'metadata value is an object', body: withField('metadata', { a: { b: 1 } }), status: 400 },
    { name: 'metadata number overflows to Infinity', body: `{"articleId":"a","text":"b","author":{"id":"u"},"metadata":{"n":1e999}}`, status: 400 },
    { name: 'language is not a tag', body: withField('language', 'de; DROP TABLE'), status: 400 },
    // Prototype pollution.
    { name: '__proto__ at the top level', body: `{"__proto__":{"admin":true},"articleId":"a","text":"b","author":{"id":"u"}}`, status: 400 },
    { name: '__proto__ in author', body: `{"articleId":"a","text":"b","author":{"id":"u","__proto__":{"name":"x"}}}`, status: 400 },
    { name: '__proto__ as a metadata key', body: `{"articleId":"a","text":"b","author":{"id":"u"},"metadata":{"__proto__":"x"}}`, status: 400 },
    { name: 'constructor.prototype as a metadata key', body: `{"articleId":"a","text":"b","author":{"id":"u"},"metadata":{"constructor":{"prototype":{"admin":true}}}}`, status: 400 },
    // Control characters.
    { name: 'NUL in text', body: withField('text', 'hallo\u0000welt'), status: 400 },
    { name: 'escape sequence in text', body: withField('text', '\u001b[31mrot\u001b[0m'), status: 400 },
    { name: 'C1 control in text', body: withField('text', 'a\u0085b'), status: 400 },
    { name: 'BEL in articleId', body: withField('articleId', 'a\u0007'), status: 400 },
    { name: 'newline in author.id', body: withField('author', { id: 'u\nx' }), status: 400 },
    { name: 'control character in a metadata key', body: withField('metadata', { 'a\u0001': 'b' }), status: 400 },
    // Unknown or missing fields.
    { name: 'unknown top-level field', body: withField('status', 'approved'), status: 400 },
    { name: 'unknown author field', body: withField('author', { id: 'u', role: 'admin' }), status: 400 },
    { name: 'missing text', body: json({ articleId: 'a', author: { id: 'u' } }), status: 400 },
    { name: 'whitespace-only text', body: withField('text', ' \t\n '), status: 400 },
    // Headers and routes.
    { name: 'text/plain body', headers: { 'content-type': 'text/plain' }, body: json(valid), status: 415 },
    { name: 'form body', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'text=hi', status: 415 },
    { name: 'no Authorization', headers: { authorization: '' }, body: json(valid), status: 401 },
    { name: 'a 10 KB bearer token', headers: { authorization: `Bearer ${'k'.repeat(10_000)}` }, body: json(valid), status: 401 },
    { name: 'moderator key on intake', headers: { authorization: `Bearer ${DEV_KEYS.moderator}` }, body: json(valid), status: 403 },
    { name: 'a 20 KB header', headers: { 'x-filler': 'f'.repeat(20_000) }, body: json(valid), status: 431 },
    { name: 'array in a query parameter', method: 'GET', path: '/v1/review/comments?limit[]=1&limit[]=2', headers: { authorization: `Bearer ${DEV_KEYS.moderator}` } },
    { name: '__proto__ in the query', method: 'GET', path: '/v1/review/comments?__proto__[x]=1', headers: { authorization: `Bearer ${DEV_KEYS.moderator}` } },
    { name: 'path traversal as a comment id', method: 'GET', path: '/v1/comments/..%2F..%2Fetc%2Fpasswd', headers: { authorization: `Bearer ${DEV_KEYS.moderator}` } },
    { name: 'malformed percent-encoding in the path', method: 'GET', path: '/v1/comments/%E0%A4%A', headers: { authorization: `Bearer ${DEV_KEYS.moderator}` } },
  ];
}

describe('When the API gets hostile input', () => {
  let redis: RedisServerHandle;
  let api: ApiProcess;

  beforeAll(async () => {
    redis = await startRedisServer({ appendonly: false });
    // No worker: every job intake creates stays in the queue where the test can count it.
    api = await startApiProcess({ redisUrl: redis.url, keyPrefix: 'fhi' });
  }, 60_000);

  afterAll(async () => {
    await killAllServiceProcesses();
    await redis?.stop();
  });

  // One test per case, so that each wrong answer is reported by name.
  it.each(corpus().map((hostile) => [hostile.name, String(hostile.status ?? '4xx'), hostile] as const))('%s → %s', async (_name, _expected, hostile) => {
    const outcome = await send(api.baseUrl, hostile);
    expect('error' in outcome ? `no answer: ${outcome.error}` : outcome.status).toEqual(hostile.status ?? expect.any(Number));
    if (!('error' in outcome)) {
      expect(outcome.status).toBeGreaterThanOrEqual(400);
      expect(outcome.status).toBeLessThan(500);
    }
  }, 30_000);

  it('then after the whole corpus nothing crashed, nothing was logged as an error and no comment or job was created', async () => {
    expect(api.exited()).toBe(false);
    expect((await call(api.baseUrl, 'GET', '/healthz', { key: null })).status).toBe(200);
    const stats = await queueStats(api.baseUrl);
    expect(stats.queue).toMatchObject({ waiting: 0, active: 0, delayed: 0 });
    expect(stats.comments).toMatchObject({ pending: 0, approved: 0, held: 0, rejected: 0 });
    // Nothing the API logged at error level (pino 50+), such as 'unexpected error'.
    expect(api.output().split('\n').filter((line) => /"level":(50|60)/.test(line))).toEqual([]);

    // And it still takes a good comment.
    expect((await call(api.baseUrl, 'POST', '/v1/comments', { key: DEV_KEYS.intake, json: valid })).status).toBe(202);
  }, 30_000);
});
