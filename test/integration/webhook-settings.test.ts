import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { Comment } from '../../src/domain';
import { createApi, createWorker, type ApiParts, type WorkerParts } from '../../src/composition-root';
import type { QueueStats } from '../../src/queue/queue-stats-service';
import { closeServer, listen } from '../../src/main/http-server';
import { keywordScoring } from '../support/keyword-scorer';
import { DEV_KEYS, startService, testConfig, uniquePrefix, type ServiceHarness } from '../support/service-harness';
import { waitFor } from '../support/wait-for';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';

const SECRET = 'webhook-secret-0123456789';

/**
 * The API and the workers are deployed separately and often configured separately. Whether a decision has an
 * event must not depend on which of them decided: here the API has no WEBHOOK_URLS and the worker has.
 * (test/fault/webhook-settings.test.ts runs the same with the compiled service as separate processes.)
 */
describe('When the API process has no WEBHOOK_URLS and the worker has', () => {
  let receiver: WebhookReceiver;
  let api: ApiParts;
  let worker: WorkerParts;
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    receiver = await startWebhookReceiver(SECRET);
    const prefix = uniquePrefix();
    const logger = pino({ level: 'silent' });
    worker = await createWorker(testConfig({ REDIS_KEY_PREFIX: prefix, WEBHOOK_URLS: receiver.url, WEBHOOK_SECRET: SECRET }), logger, { scoring: keywordScoring() });
    api = await createApi(testConfig({ REDIS_KEY_PREFIX: prefix }), logger);
    server = await listen(api.app, 0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await closeServer(server, 2000);
    await api.close();
    await worker.close();
    await receiver.close();
  });

  async function call<T>(method: string, path: string, key: string, json?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(json === undefined ? {} : { body: JSON.stringify(json) }),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  it("then a moderator's decision, made in the API, reaches the worker's receiver", async () => {
    const { body: submitted } = await call<Comment>('POST', '/v1/comments', DEV_KEYS.intake, { articleId: 'a', text: 'HOLDME bitte', author: { id: 'u' } });
    await waitFor(async () => (await call<Comment>('GET', `/v1/comments/${submitted.id}`, DEV_KEYS.moderator)).body.status === 'held', { what: 'the comment to be held' });

    const decided = await call('POST', `/v1/review/comments/${submitted.id}/decision`, DEV_KEYS.moderator, { decision: 'reject', reasonCode: 'insult' });
    expect(decided.status).toBe(200);

    const event = await waitFor(() => receiver.received.find((r) => r.body.data.commentId === submitted.id), { what: "the moderator decision's event" });
    expect(event.verified).toBe(true);
    expect(event.body.data).toMatchObject({ status: 'rejected', decision: { by: 'dev-moderator' } });
  });
});

describe('When no process has WEBHOOK_URLS', () => {
  let service: ServiceHarness;
  beforeAll(async () => {
    service = await startService({ overrides: { scoring: keywordScoring() } });
  });
  afterAll(async () => {
    await service.close();
  });

  it('then decisions write no events (nothing piles up) and the stats say none await a relay', async () => {
    const { body } = await service.request<Comment>('POST', '/v1/comments', { key: DEV_KEYS.intake, json: { articleId: 'a', text: 'freundlich', author: { id: 'u' } } });
    await waitFor(async () => (await service.request<Comment>('GET', `/v1/comments/${body.id}`)).body.status === 'approved', { what: 'the approval' });
    const stats = await service.request<QueueStats>('GET', '/v1/queue/stats', { key: DEV_KEYS.dashboard });
    expect(stats.body.webhooks.awaitingRelay).toBe(0);
  });
});

describe('When only the API process has WEBHOOK_URLS (the workers, which deliver, have none)', () => {
  let api: ApiParts;
  let worker: WorkerParts;
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    const prefix = uniquePrefix();
    const logger = pino({ level: 'silent' });
    api = await createApi(testConfig({ REDIS_KEY_PREFIX: prefix, WEBHOOK_URLS: 'http://127.0.0.1:9/never', WEBHOOK_SECRET: SECRET }), logger);
    worker = await createWorker(testConfig({ REDIS_KEY_PREFIX: prefix }), logger, { scoring: keywordScoring() });
    server = await listen(api.app, 0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await closeServer(server, 2000);
    await api.close();
    await worker.close();
  });

  it("then the workers' decisions write events, which wait for a relay and show in the stats (the outbox cap bounds them)", async () => {
    const headers = { authorization: `Bearer ${DEV_KEYS.intake}`, 'content-type': 'application/json' };
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(`${baseUrl}/v1/comments`, { method: 'POST', headers, body: JSON.stringify({ articleId: 'a', text: `freundlich ${i}`, author: { id: `u${i}` } }) });
      ids.push(((await response.json()) as Comment).id);
    }
    const stats = await waitFor(async () => {
      const response = await fetch(`${baseUrl}/v1/queue/stats`, { headers: { authorization: `Bearer ${DEV_KEYS.dashboard}` } });
      const body = (await response.json()) as QueueStats;
      return body.comments.approved === 3 ? body : undefined;
    }, { what: 'three approvals' });
    // Written by the worker, which has no receivers of its own, because the API marked the deployment.
    expect(stats.webhooks.awaitingRelay).toBe(3);
  });
});
