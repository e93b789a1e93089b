import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keywordScoring } from '../support/keyword-scorer';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';
import { DEV_KEYS, startService, testConfig, type ServiceHarness } from '../support/service-harness';
import { waitFor } from '../support/wait-for';

describe('When Redis goes away', () => {
  let redis: RedisServerHandle;
  let service: ServiceHarness;
  const dir = mkdtempSync(join(tmpdir(), 'outage-'));

  // appendfsync always: with everysec, Redis may answer before it writes the AOF while a slow fsync is still
  // running (a loaded machine), and SIGKILL then loses the first comment: it did once in CI.
  beforeAll(async () => {
    redis = await startRedisServer({ dir, appendfsync: 'always' });
    const config = { ...testConfig(), redisUrl: redis.url };
    service = await startService({ config, worker: false, overrides: { scoring: keywordScoring() } });
  });
  afterAll(async () => {
    await service.close();
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = () => service.request<{ id: string; error?: { code: string } }>('POST', '/v1/comments', { key: DEV_KEYS.intake, json: { articleId: 'a', text: 'Hallo', author: { id: 'u' } } });

  it('then intake answers 503 (never 202) and readiness fails; after it returns, intake works again and nothing was half-written', async () => {
    expect((await post()).status).toBe(202);

    const port = redis.port;
    redis.process.kill('SIGKILL');
    await new Promise((resolve) => redis.process.once('exit', resolve));

    const during = await post();
    expect(during.status).toBe(503);
    expect(during.body.error?.code).toBe('service_unavailable');
    expect(during.headers.get('retry-after')).toBe('5');
    expect((await service.request('GET', '/readyz', { key: null })).status).toBe(503);

    redis = await startRedisServer({ dir, port, appendfsync: 'always' });
    await waitFor(async () => (await service.request('GET', '/readyz', { key: null })).status === 200, { what: 'readiness after restart' });
    const after = await post();
    expect(after.status).toBe(202);

    const stats = await service.request<{ comments: { pending: number }; awaitingQueue: number }>('GET', '/v1/queue/stats', { key: DEV_KEYS.dashboard });
    // The comment from before the crash survived (AOF) and the one after was stored; the 503 stored nothing.
    // No worker runs here, so both wait on the intake outbox for a relay to hand them to the queue.
    expect(stats.body.comments.pending).toBe(2);
    expect(stats.body.awaitingQueue).toBe(2);
  });
});
