import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { freePort, REDIS_MEMORY_ARGS } from '../../src/main/embedded-redis';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real redis-server child process on a free loopback port, for tests and benchmarks. */
export interface RedisServerHandle {
  port: number;
  url: string;
  pid: number;
  dir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export { freePort };

export interface StartRedisOptions {
  /** Keep data in this directory (AOF on) instead of a fresh temporary one. */
  dir?: string;
  port?: number;
  appendonly?: boolean;
  /**
   * AOF fsync policy (default everysec). With everysec Redis may postpone the AOF *write* by up to 2 s while a
   * previous fsync is still running (a busy disk) and still answer clients: a kill -9 then loses writes it
   * acknowledged. `always` writes and syncs before every answer.
   */
  appendfsync?: 'always' | 'everysec';
}

export async function startRedisServer(options: StartRedisOptions = {}): Promise<RedisServerHandle> {
  const port = options.port ?? (await freePort());
  const ownDir = options.dir === undefined;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'moderation-redis-'));
  const args = [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--dir', dir,
    '--save', '',
    '--appendonly', options.appendonly === false ? 'no' : 'yes',
    '--appendfsync', options.appendfsync ?? 'everysec',
    '--maxmemory-policy', 'noeviction',
    '--protected-mode', 'yes',
    ...REDIS_MEMORY_ARGS,
  ];
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });

  await new Promise<void>((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`));
    child.once('error', (error) => reject(new Error(`could not start redis-server (is it installed?): ${error.message}`)));
    child.once('exit', onExit);
    const check = (): void => {
      if (output.includes('Ready to accept connections')) {
        child.off('exit', onExit);
        resolve();
      } else {
        setTimeout(check, 20);
      }
    };
    check();
  });

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    }
    if (ownDir) rmSync(dir, { recursive: true, force: true });
  };

  return { port, url: `redis://127.0.0.1:${port}`, pid: child.pid ?? -1, dir, process: child, stop };
}

/** The redis-server that jest's global setup started for the integration tests. */
export function testRedisUrl(): string {
  const url = process.env.TEST_REDIS_URL;
  if (url === undefined) throw new Error('TEST_REDIS_URL is not set: run integration tests through jest (global setup starts redis-server)');
  return url;
}
