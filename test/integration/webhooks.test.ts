import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Comment } from '../../src/domain';
import type { QueueStats } from '../../src/queue/queue-stats-service';
import { verifySignature } from '../../src/webhooks/webhook-signature';
import { keywordScoring } from '../support/keyword-scorer';
import { DEV_KEYS, startService, type ServiceHarness } from '../support/service-harness';
import { waitFor } from '../support/wait-for';

const SECRET = 'webhook-secret-0123456789';

interface Received {
  eventId: string;
  verified: boolean;
  body: { id: string; type: string; data: { commentId: string; status: string; decision: { by: string } } };
}

describe('webhooks: the comment platform hears back', () => {
  let receiver: Server;
  let service: ServiceHarness;
  const received: Received[] = [];
  let failuresLeft = 2;
  let attempts = 0;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        attempts += 1;
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          res.writeHead(500).end();
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const verified = verifySignature(SECRET, raw, String(req.headers['x-moderation-signature']), { nowSeconds: Math.floor(Date.now() / 1000) });
        received.push({ eventId: String(req.headers['x-moderation-event-id']), verified, body: JSON.parse(raw) as Received['body'] });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    service = await startService({
      overrides: { scoring: keywordScoring() },
      env: { WEBHOOK_URLS: url, WEBHOOK_SECRET: SECRET, WEBHOOK_BACKOFF_MS: '20', WEBHOOK_ATTEMPTS: '5' },
    });
  });
  afterAll(async () => {
    await service.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('When decisions are made, then the receiver gets one signed event per final decision, even after answering 500 twice', async () => {
    const post = (text: string) => service.request<Comment>('POST', '/v1/comments', { key: DEV_KEYS.intake, json: { articleId: 'a', text, author: { id: 'u' } } });
    const approved = (await post('freundlich')).body;
    const held = (await post('HOLDME')).body;
    await waitFor(async () => (await service.request<Comment>('GET', `/v1/comments/${held.id}`)).body.status === 'held', { what: 'hold' });
    const decision = await service.request('POST', `/v1/review/comments/${held.id}/decision`, { json: { decision: 'reject', reasonCode: 'insult' } });
    expect(decision.status).toBe(200);

    await waitFor(() => received.length >= 2, { what: 'two deliveries' });
    // Let any duplicate that might be in flight arrive before counting: wait until the webhook queue is idle.
    await waitFor(async () => {
      const stats = (await service.request<QueueStats>('GET', '/v1/queue/stats', { key: DEV_KEYS.dashboard })).body.webhooks;
      return stats.waiting + stats.active + stats.delayed === 0;
    }, { what: 'webhook queue to drain' });

    expect(attempts).toBe(4);
    expect(received.every((r) => r.verified)).toBe(true);
    const byComment = received.map((r) => [r.body.data.commentId, r.body.data.status, r.body.data.decision.by]);
    expect(byComment).toEqual(expect.arrayContaining([[approved.id, 'approved', 'auto'], [held.id, 'rejected', 'dev-moderator']]));
    expect(received).toHaveLength(2);
    expect(new Set(received.map((r) => r.eventId)).size).toBe(2);
    expect(received.every((r) => r.eventId === r.body.id)).toBe(true);
    // The held state is not final: no event for it.
    expect(received.filter((r) => r.body.data.status === 'held')).toEqual([]);
  });

  it('When a signature is checked with the wrong secret, an altered body or an old timestamp, then it fails', () => {
    const { signPayload } = jest.requireActual<typeof import('../../src/webhooks/webhook-signature')>('../../src/webhooks/webhook-signature');
    const now = 1_800_000_000;
    const header = signPayload(SECRET, '{"a":1}', now);
    expect(verifySignature(SECRET, '{"a":1}', header, { nowSeconds: now })).toBe(true);
    expect(verifySignature('another-secret-123456', '{"a":1}', header, { nowSeconds: now })).toBe(false);
    expect(verifySignature(SECRET, '{"a":2}', header, { nowSeconds: now })).toBe(false);
    expect(verifySignature(SECRET, '{"a":1}', header, { nowSeconds: now + 301 })).toBe(false);
  });
});
