import { createServer, type ServerResponse, type Server } from 'node:http';
import type { Express } from 'express';

const inFlight = new WeakMap<Server, Set<ServerResponse>>();

/** Starts listening; resolves with the server once it accepts connections. */
export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    // Keep-alive longer than typical load balancers' idle timeout, so they never reuse a closed socket.
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    server.requestTimeout = 30_000;
    // Responses in flight, so that shutdown can ask their clients to close the connection.
    const responses = new Set<ServerResponse>();
    inFlight.set(server, responses);
    server.prependListener('request', (_req, res: ServerResponse) => {
      // A request on a kept-alive connection after close() (which stops listening at once) is the last on it.
      if (!server.listening) res.shouldKeepAlive = false;
      responses.add(res);
      res.once('close', () => responses.delete(res));
    });
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * Stops taking connections and lets requests in flight finish: their responses (and any request still
 * arriving on a kept-alive connection) say `Connection: close`, idle connections are closed at once, and
 * whatever is still open after `timeoutMs` is cut, so that shutdown ends well within an orchestrator's grace
 * period instead of waiting for keep-alive timeouts.
 */
export function closeServer(server: Server, timeoutMs: number): Promise<void> {
  for (const res of inFlight.get(server) ?? []) if (!res.headersSent) res.shouldKeepAlive = false;
  return new Promise((resolve) => {
    const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
    deadline.unref();
    server.close(() => {
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}
