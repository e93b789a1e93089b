import type { QueueStats } from '../../src/queue/queue-stats-service';
import { keywordScoring } from '../support/keyword-scorer';
import { DEV_KEYS, startService, type ServiceHarness } from '../support/service-harness';

type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[]; requestId: string } };

describe('HTTP errors: bad input gets a clear 4xx and stores nothing', () => {
  let service: ServiceHarness;

  beforeAll(async () => {
    // No worker: every job that intake creates stays in the queue where the test can count it.
    service = await startService({ worker: false, overrides: { scoring: keywordScoring() } });
  });
  afterAll(async () => {
    await service.close();
  });

  async function nothingStored(): Promise<void> {
    const stats = await service.request<QueueStats>('GET', '/v1/queue/stats', { key: DEV_KEYS.dashboard });
    expect(stats.body.queue.waiting).toBe(0);
    expect(stats.body.comments.pending).toBe(0);
  }

  const valid = { articleId: 'a', text: 'Hallo', author: { id: 'u' } };

  it('When the key is missing or wrong, then 401; when the role is wrong, then 403', async () => {
    const none = await service.request<ErrorBody>('POST', '/v1/comments', { key: null, json: valid });
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('unauthorized');
    expect((await service.request('POST', '/v1/comments', { key: 'wrong-key-123456', json: valid })).status).toBe(401);
    const wrongRole = await service.request<ErrorBody>('POST', '/v1/comments', { key: DEV_KEYS.dashboard, json: valid });
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.body.error.message).toMatch(/intake/);
    expect((await service.request('GET', '/v1/review/comments', { key: DEV_KEYS.intake })).status).toBe(403);
    await nothingStored();
  });

  it('When the JSON is malformed, then 400 invalid_json and no job', async () => {
    const response = await service.request<ErrorBody>('POST', '/v1/comments', {
      key: DEV_KEYS.intake,
      rawBody: '{"articleId": "a", "text": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_json');
    expect(response.body.error.requestId).toBe(response.headers.get('x-request-id'));
    await nothingStored();
  });

  it('When fields are invalid, then 400 names each field', async () => {
    const response = await service.request<ErrorBody>('POST', '/v1/comments', {
      key: DEV_KEYS.intake,
      json: { articleId: '', text: '   ', author: {}, admin: true },
    });
    expect(response.status).toBe(400);
    const paths = response.body.error.details?.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['articleId', 'text', 'author.id', 'admin']));
    await nothingStored();
  });

  it('When the body is not UTF-8, then 400; when it is not JSON, then 415; when it is over 32 KB, then 413', async () => {
    const invalidUtf8 = Buffer.concat([Buffer.from('{"articleId":"a","text":"'), Buffer.from([0xc3, 0x28]), Buffer.from('","author":{"id":"u"}}')]);
    const utf8 = await service.request<ErrorBody>('POST', '/v1/comments', { key: DEV_KEYS.intake, rawBody: invalidUtf8, headers: { 'content-type': 'application/json' } });
    expect(utf8.status).toBe(400);
    expect(utf8.body.error.code).toBe('invalid_encoding');

    const form = await service.request<ErrorBody>('POST', '/v1/comments', { key: DEV_KEYS.intake, rawBody: 'text=hi', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);

    const big = await service.request<ErrorBody>('POST', '/v1/comments', { key: DEV_KEYS.intake, json: { ...valid, text: 'x'.repeat(40_000) } });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('payload_too_large');
    await nothingStored();
  });

  it('When a comment or route does not exist, then 404 in the same error shape', async () => {
    const missing = await service.request<ErrorBody>('GET', '/v1/comments/does-not-exist');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const noRoute = await service.request<ErrorBody>('GET', '/v2/nothing');
    expect(noRoute.status).toBe(404);
    const decide = await service.request<ErrorBody>('POST', '/v1/review/comments/nope/decision', { json: { decision: 'approve' } });
    expect(decide.status).toBe(404);
    const badDecision = await service.request<ErrorBody>('POST', '/v1/review/comments/nope/decision', { json: { decision: 'maybe' } });
    expect(badDecision.status).toBe(400);
    expect(badDecision.body.error.details?.[0]?.path).toBe('decision');
  });

  it('When health is probed, then no key is needed', async () => {
    expect((await service.request('GET', '/healthz', { key: null })).status).toBe(200);
    expect((await service.request('GET', '/readyz', { key: null })).body).toEqual({ status: 'ready', redis: 'up' });
  });
});
