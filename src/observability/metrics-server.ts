import { createServer, type Server } from 'node:http';
import type { ServiceMetrics } from './metrics';

/**
 * A worker's `/metrics` for Prometheus on METRICS_PORT. Workers serve no API and hold no keys, so this port
 * answers without authentication: bind it to an address only the scraper reaches.
 */
export function startMetricsServer(options: { metrics: ServiceMetrics; port: number; host: string }): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('only GET /metrics here\n');
      return;
    }
    options.metrics.exposition().then(
      ({ contentType, body }) => res.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' }).end(body),
      () => res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('metrics unavailable\n'),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}
