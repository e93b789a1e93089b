import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, startEmbeddedRedis, type EmbeddedRedis } from '../../src/main/embedded-redis';
import { waitFor } from '../support/wait-for';

/**
 * Local mode's own redis-server (`npm start`): restarted on the same port and files when it dies, and a
 * leftover from a local-mode process that was killed outright is stopped before a new one starts.
 */
describe('The embedded redis-server of local mode', () => {
  const dirs: string[] = [];
  const servers: EmbeddedRedis[] = [];
  const clients: Redis[] = [];

  afterAll(async () => {
    for (const client of clients) client.disconnect();
    for (const server of servers) await server.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'embedded-redis-'));
    dirs.push(dir);
    return dir;
  }

  function client(url: string): Redis {
    const redis = new Redis(url, { maxRetriesPerRequest: 1, retryStrategy: () => 50, lazyConnect: true });
    redis.on('error', () => undefined);
    clients.push(redis);
    return redis;
  }

  it('When the server is killed with SIGKILL, then it is started again on the same port and its data is back', async () => {
    const server = await startEmbeddedRedis({ dir: tempDir(), port: undefined });
    servers.push(server);
    const redis = client(server.url);
    // Every write on disk before the kill (the service runs with everysec).
    await redis.config('SET', 'appendfsync', 'always');
    await redis.set('survives', 'yes');
    const killed = server.pid();
    expect(killed).toBeDefined();
    process.kill(killed as number, 'SIGKILL');

    await waitFor(async () => server.pid() !== killed && (await redis.ping()) === 'PONG', { timeoutMs: 10_000, what: 'the restarted redis-server' });
    expect(await redis.get('survives')).toBe('yes');
  }, 20_000);

  it('When a previous run left its redis-server on the data directory, then it is stopped and the data is kept', async () => {
    const dir = tempDir();
    const port = await freePort();
    // A leftover as a killed local-mode process leaves it: running on the directory, its pid on file.
    const leftover = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', ''], { stdio: 'ignore' });
    const exited = new Promise((resolve) => leftover.once('exit', resolve));
    writeFileSync(join(dir, 'redis-server.pid'), `${leftover.pid}\n`);
    const old = client(`redis://127.0.0.1:${port}`);
    await waitFor(async () => (await old.ping()) === 'PONG', { what: 'the leftover redis-server' });
    await old.set('kept', 'yes');

    const server = await startEmbeddedRedis({ dir, port: undefined });
    servers.push(server);
    // Stopped (cleanly: redis-server exits 0 on SIGTERM after flushing), before ours started on its files.
    expect(await exited).toBe(0);
    expect(server.pid()).not.toBe(leftover.pid);
    expect(await client(server.url).get('kept')).toBe('yes');
  }, 20_000);
});
