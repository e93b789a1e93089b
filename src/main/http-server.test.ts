import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { closeServer, listen } from './http-server';

/** An app whose one route answers when the test says so. */
function slowApp(): { app: express.Express; arrived: Promise<void>; answer: () => void } {
  let markArrived: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (markArrived = resolve));
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const app = express();
  app.get('/slow', (_req, res) => {
    markArrived();
    void answered.then(() => res.json({ ok: true }));
  });
  return { app, arrived, answer };
}

/** GET on a kept-alive connection; resolves with the status and Connection header, or the socket error. */
function get(port: number, agent: Agent): Promise<{ status?: number; connection?: string; error?: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/slow', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, connection: res.headers.connection }));
    });
    req.on('error', (error) => resolve({ error: error.message }));
    req.end();
  });
}

describe('HTTP server shutdown', () => {
  it('When a request is in flight on a kept-alive connection, then it is answered with Connection: close and shutdown ends', async () => {
    const { app, arrived, answer } = slowApp();
    const server = await listen(app, 0, '127.0.0.1');
    const agent = new Agent({ keepAlive: true });
    const response = get((server.address() as AddressInfo).port, agent);
    await arrived;
    const closed = closeServer(server, 10_000);
    answer();
    expect(await response).toEqual({ status: 200, connection: 'close' });
    // Ends as soon as that connection closes, not after the 65 s keep-alive timeout (jest would time out).
    await closed;
    agent.destroy();
  });

  it('When a request outlasts the shutdown timeout, then its connection is cut and shutdown ends', async () => {
    const { app, arrived, answer } = slowApp();
    const server = await listen(app, 0, '127.0.0.1');
    const agent = new Agent({ keepAlive: true });
    const response = get((server.address() as AddressInfo).port, agent);
    await arrived;
    await closeServer(server, 100);
    expect((await response).error).toBeDefined();
    answer();
    agent.destroy();
  });
});
