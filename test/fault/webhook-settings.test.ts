import type { Comment } from '../../src/domain';
import { killAllServiceProcesses, startApiProcess, startWorkerProcess, type ApiProcess, type ServiceProcess } from '../support/processes';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';
import { waitFor } from '../support/wait-for';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { call, DEV_KEYS } from './fault-client';

const SECRET = 'webhook-secret-0123456789';

/**
 * The compiled service as two processes configured differently, as deployments often are: the API without
 * WEBHOOK_URLS, the worker with them. Every decision's event must still reach the receiver, whichever process
 * made the decision.
 */
describe('When the API process runs without WEBHOOK_URLS and the worker process with them', () => {
  let redis: RedisServerHandle;
  let receiver: WebhookReceiver;
  let api: ApiProcess;
  let worker: ServiceProcess;
  const keyPrefix = 'fwh';

  beforeAll(async () => {
    redis = await startRedisServer();
    receiver = await startWebhookReceiver(SECRET);
    api = await startApiProcess({ redisUrl: redis.url, keyPrefix });
    worker = await startWorkerProcess({ redisUrl: redis.url, keyPrefix, env: { WEBHOOK_URLS: receiver.url, WEBHOOK_SECRET: SECRET, WEBHOOK_BACKOFF_MS: '20' } });
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await worker?.stop();
    await killAllServiceProcesses();
    await receiver?.close();
    await redis?.stop();
  });

  it("then the worker's automatic decision and the moderator's decision in the API are both delivered", async () => {
    const submitted = await call<Comment>(api.baseUrl, 'POST', '/v1/comments', { key: DEV_KEYS.intake, json: { articleId: 'a', text: 'Danke für den Artikel.', author: { id: 'u' } } });
    expect(submitted.status).toBe(202);
    const id = submitted.body.id;
    await waitFor(async () => (await call<Comment>(api.baseUrl, 'GET', `/v1/comments/${id}`)).body.status === 'approved', { timeoutMs: 20_000, what: 'the automatic approval' });

    // The moderator reverses it: this decision is made in the API process, which has no receivers configured.
    const reversal = await call(api.baseUrl, 'POST', `/v1/review/comments/${id}/reversal`, { json: { decision: 'reject', reasonCode: 'spam' } });
    expect(reversal.status).toBe(200);

    const events = await waitFor(
      () => {
        const forComment = receiver.received.filter((r) => r.body.data.commentId === id);
        return forComment.some((r) => r.body.data.status === 'rejected') && forComment.some((r) => r.body.data.status === 'approved') ? forComment : undefined;
      },
      { timeoutMs: 20_000, what: 'both decisions to be delivered' },
    );
    expect(events.every((r) => r.verified)).toBe(true);
    expect(events.find((r) => r.body.data.status === 'rejected')?.body.data.decision.by).toBe('dev-moderator');
  }, 60_000);
});
