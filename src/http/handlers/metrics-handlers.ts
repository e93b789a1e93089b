import type { ServiceMetrics } from '../../observability/metrics';
import type { Handler } from '../route';

/** Prometheus's text exposition of this process's metrics. */
export function prometheusMetrics(deps: { metrics: ServiceMetrics }): Handler {
  return async () => {
    const { contentType, body } = await deps.metrics.exposition();
    return { status: 200, body, headers: { 'Content-Type': contentType } };
  };
}
