import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../../src/webhooks/webhook-signature';

/** One event as a receiver got it. */
export interface ReceivedEvent {
  eventId: string;
  verified: boolean;
  body: { id: string; type: string; data: { commentId: string; status: string; decision: { by: string } } };
}

/** A real HTTP server on 127.0.0.1 that records signed decision events and answers 204. */
export interface WebhookReceiver {
  url: string;
  received: ReceivedEvent[];
  close(): Promise<void>;
}

export async function startWebhookReceiver(secret: string): Promise<WebhookReceiver> {
  const received: ReceivedEvent[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const verified = verifySignature(secret, raw, String(req.headers['x-moderation-signature']), { nowSeconds: Math.floor(Date.now() / 1000) });
      received.push({ eventId: String(req.headers['x-moderation-event-id']), verified, body: JSON.parse(raw) as ReceivedEvent['body'] });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
