import type { Comment } from '../../src/domain';
import { ServiceMetrics } from '../../src/observability/metrics';
import { startMetricsServer } from '../../src/observability/metrics-server';
import { closeServer } from '../../src/main/http-server';
import { chainScoring } from '../../src/scoring/create-scoring';
import { ScorerChain } from '../../src/scoring/scorer-chain';
import { timedScorer } from '../../src/scoring/timed-scorer';
import type { QueueStats } from '../../src/queue/queue-stats-service';
import { KeywordScorer } from '../support/keyword-scorer';
import { startService, type ServiceHarness } from '../support/service-harness';
import { waitFor } from '../support/wait-for';

const KEYS = { intake: 'intake-key-0123456789', anna: 'anna-key-0123456789', dashboard: 'dash-key-0123456789' };
const BURST = { approved: 20, held: 6, rejected: 4 };

describe('Prometheus metrics, queue health and bull-board under a burst of comments', () => {
  let service: ServiceHarness;
  const metrics = new ServiceMetrics();
  const ids: Record<keyof typeof BURST, string[]> = { approved: [], held: [], rejected: [] };

  beforeAll(async () => {
    service = await startService({
      // As in `npm start`: API and worker in one process share one registry.
      overrides: { metrics, scoring: chainScoring(new ScorerChain({ scorers: [timedScorer(new KeywordScorer(), metrics)], policy: 'retry' })) },
      env: { API_KEYS: `intake:site:${KEYS.intake},moderator:anna:${KEYS.anna},dashboard:grafana:${KEYS.dashboard}`, JOB_BACKOFF_MS: '60000', REPORTS_TO_REVIEW: '1' },
    });
    const words: Record<keyof typeof BURST, string> = { approved: 'fine', held: 'HOLDME', rejected: 'REJECTME' };
    const submissions = (Object.keys(BURST) as (keyof typeof BURST)[]).flatMap((kind) =>
      Array.from({ length: BURST[kind] }, async (_, i) => {
        const { body } = await service.request<Comment>('POST', '/v1/comments', { key: KEYS.intake, json: { articleId: 'burst', text: `${words[kind]} comment number ${i}`, author: { id: `${kind}-${i}` }, language: 'en' } });
        ids[kind].push(body.id);
      }),
    );
    await Promise.all(submissions);
    const total = BURST.approved + BURST.held + BURST.rejected;
    await waitFor(
      async () => {
        const { body } = await service.request<QueueStats>('GET', '/v1/queue/stats', { key: KEYS.dashboard });
        return body.comments.approved + body.comments.held + body.comments.rejected === total;
      },
      { what: 'the burst to be decided', timeoutMs: 20_000 },
    );
    for (const id of ids.held.slice(0, 2)) {
      expect((await service.request('POST', `/v1/review/comments/${id}/decision`, { key: KEYS.anna, json: { decision: 'approve' } })).status).toBe(200);
    }
    // Still pending: scoring fails and the retry waits a minute.
    await service.request('POST', '/v1/comments', { key: KEYS.intake, json: { articleId: 'burst', text: 'FAILME now', author: { id: 'failing' }, language: 'en' } });
  });
  afterAll(async () => {
    await service.close();
  });

  const scrape = async (key: string = KEYS.dashboard) => service.request<string>('GET', '/metrics', { key });

  it('When /metrics is scraped, then only dashboard and moderator keys get it', async () => {
    expect((await service.request('GET', '/metrics', { key: null })).status).toBe(401);
    expect((await scrape(KEYS.intake)).status).toBe(403);
    expect((await scrape(KEYS.anna)).status).toBe(200);
    const { status, headers } = await scrape();
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('When /metrics is scraped, then every metric of the issue is there with its labels', async () => {
    await waitFor(async () => /moderation_scorer_errors_total\{scorer="keyword",kind="unavailable"\} [1-9]/.test((await scrape()).body), { what: 'the scorer failure to be counted' });
    const { body } = await scrape();
    expect(body).toContain(`moderation_decisions_total{status="approved",by="auto",language="en",scorer="keyword"} ${BURST.approved}`);
    expect(body).toContain(`moderation_decisions_total{status="held",by="auto",language="en",scorer="keyword"} ${BURST.held}`);
    expect(body).toContain(`moderation_decisions_total{status="rejected",by="auto",language="en",scorer="keyword"} ${BURST.rejected}`);
    expect(body).toContain('moderation_decisions_total{status="approved",by="moderator",language="en",scorer="none"} 2');
    expect(body).toMatch(/moderation_scorer_duration_seconds_count\{scorer="keyword"\} \d+/);
    expect(body).toContain(`moderation_comments{status="held"} ${BURST.held - 2}`);
    expect(body).toContain('moderation_comments{status="pending"} 1');
    expect(body).toMatch(/moderation_queue_jobs\{state="delayed"\} 1/);
    expect(body).toMatch(/moderation_time_to_decision_seconds_count\{by="auto"\} 30/);
    expect(body).toMatch(/moderation_time_to_decision_seconds_bucket\{le="\+Inf",by="moderator"\} 2/);
    expect(body).toMatch(/process_cpu_user_seconds_total \d/);
    expect(body).toMatch(/nodejs_eventloop_lag_seconds \d/);
    expect(body).toMatch(/http_request_duration_seconds_count\{route="\/v1\/comments",method="POST",status="202"\} 31/);
    expect(body).toMatch(/http_request_duration_seconds_count\{route="\/v1\/review\/comments\/:id\/decision",method="POST",status="200"\} 2/);
    // The route as in the route table, never the raw path with its ids.
    for (const id of ids.held) expect(body).not.toContain(id);
  });

  it('When the stats are polled, then throughput, latency percentiles, oldest pending and per-moderator counts answer', async () => {
    const { status, body } = await service.request<QueueStats>('GET', '/v1/queue/stats', { key: KEYS.dashboard });
    expect(status).toBe(200);
    const auto = BURST.approved + BURST.held + BURST.rejected;
    // The burst took seconds, so all of it falls within the last 5 minutes (perhaps across a minute boundary).
    expect(body.throughput?.decisionsPerMinute.auto.m5).toBeCloseTo(auto / 5, 2);
    expect(body.throughput?.decisionsPerMinute.moderator.m5).toBeCloseTo(2 / 5, 2);
    expect(body.throughput?.decisionsPerMinute.m15).toBeCloseTo((auto + 2) / 15, 2);
    const intake = body.latency?.intakeToDecisionMs;
    expect(intake?.samples).toBe(BURST.approved + BURST.rejected + 2);
    expect(intake?.p50).toEqual(expect.any(Number));
    expect(intake?.p50 ?? Infinity).toBeLessThanOrEqual(intake?.p95 ?? -1);
    expect(intake?.p95 ?? Infinity).toBeLessThanOrEqual(intake?.p99 ?? -1);
    expect(body.latency?.holdToModeratorMs).toMatchObject({ samples: 2, p50: expect.any(Number), p95: expect.any(Number) });
    expect(body.oldestPendingAgeSeconds).toEqual(expect.any(Number));
    expect(body.moderatorsToday).toEqual([{ moderator: 'anna', decisions: 2 }]);
  });

  it('When a worker serves METRICS_PORT, then Prometheus reads the same registry there without a key', async () => {
    const server = await startMetricsServer({ metrics, port: 0, host: '127.0.0.1' });
    try {
      const address = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${address.port}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('moderation_decisions_total{status="approved",by="auto"');
      expect((await fetch(`http://127.0.0.1:${address.port}/other`)).status).toBe(404);
    } finally {
      await closeServer(server, 1000);
    }
  });

  it('When bull-board is opened, then moderators may act, dashboards only look, others are refused', async () => {
    expect((await service.request('GET', '/admin/queues', { key: null })).status).toBe(401);
    const browser = await fetch(`${service.baseUrl}/admin/queues`, { headers: { accept: 'text/html,application/xhtml+xml' }, redirect: 'manual' });
    expect(browser.status).toBe(303);
    expect(browser.headers.get('location')).toBe('/ui');
    expect((await service.request('GET', '/admin/queues', { key: KEYS.intake })).status).toBe(403);
    const page = await service.request<string>('GET', '/admin/queues', { key: KEYS.anna });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);

    type Queues = { queues: { name: string; readOnlyMode: boolean }[] };
    const forModerator = await service.request<Queues>('GET', '/admin/queues/api/queues', { key: KEYS.anna });
    expect(forModerator.body.queues.map((q) => q.name)).toContain('moderation');
    expect(forModerator.body.queues.every((q) => !q.readOnlyMode)).toBe(true);
    const forDashboard = await service.request<Queues>('GET', '/admin/queues/api/queues', { key: KEYS.dashboard });
    expect(forDashboard.body.queues.every((q) => q.readOnlyMode)).toBe(true);

    expect((await service.request('PUT', '/admin/queues/api/queues/moderation/retry/failed', { key: KEYS.dashboard })).status).toBe(405);
    expect((await service.request('PUT', '/admin/queues/api/queues/moderation/retry/failed', { key: KEYS.anna })).status).toBe(200);
  });

  it('When a reported comment is removed, then that moderator decision is counted too (throughput, not latency)', async () => {
    const id = ids.approved[0] as string;
    const reported = await service.request('POST', `/v1/comments/${id}/reports`, { key: KEYS.intake, json: { reason: 'abusive', reporter: { id: 'reader-1' } } });
    expect(reported.status).toBe(202);
    const removed = await service.request('POST', `/v1/review/comments/${id}/report-decision`, { key: KEYS.anna, json: { decision: 'remove', reasonCode: 'insult' } });
    expect(removed.status).toBe(200);

    expect((await scrape()).body).toContain('moderation_decisions_total{status="rejected",by="moderator",language="en",scorer="none"} 1');
    const { body } = await service.request<QueueStats>('GET', '/v1/queue/stats', { key: KEYS.dashboard });
    expect(body.moderatorsToday).toEqual([{ moderator: 'anna', decisions: 3 }]);
    expect(body.latency?.intakeToDecisionMs.samples).toBe(BURST.approved + BURST.rejected + 2);
  });
});
