import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { RECORD_LISTPACK_VALUE_BYTES } from '../redis/record-encoding-check';

export interface EmbeddedRedis {
  url: string;
  /** The running redis-server's process id (it changes when the server is restarted). */
  pid(): number | undefined;
  stop(): Promise<void>;
}

export class RedisServerMissingError extends Error {
  override readonly name = 'RedisServerMissingError';
}

/** How long a restart waits after an unexpected exit, doubling up to the maximum while restarts keep failing. */
const RESTART_DELAY_MS = 200;
const MAX_RESTART_DELAY_MS = 5000;

function hasRedisServer(): boolean {
  const probe = spawnSync('redis-server', ['--version'], { stdio: 'ignore' });
  return probe.error === undefined && probe.status === 0;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address !== null && typeof address === 'object' ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether `pid` is a redis-server (never signal a process that merely reused the number). */
function isRedisServer(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('redis-server');
  } catch {
    const ps = spawnSync('ps', ['-p', String(pid), '-o', 'comm='], { encoding: 'utf8' });
    return ps.status === 0 && ps.stdout.includes('redis-server');
  }
}

/**
 * A local-mode process killed outright (kill -9, a crash) leaves its redis-server running on the data
 * directory. Stop that one cleanly (SIGTERM flushes the AOF) before starting ours on the same files.
 */
async function stopLeftover(pidFile: string, logger: Logger | undefined): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isRedisServer(pid)) {
    logger?.warn({ pid }, 'stopping the redis-server a previous run left on the data directory');
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 15_000;
    while (isAlive(pid)) {
      if (Date.now() > deadline) throw new Error(`the redis-server left by a previous run (pid ${pid}) did not stop; stop it and start again`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  rmSync(pidFile, { force: true });
}

/**
 * Settings the store's memory figures assume (README, Benchmarks): a comment's record of ~100 characters stays
 * one compact listpack instead of a hash table of separate strings (Redis's default limit is 64 bytes a value).
 */
export const REDIS_MEMORY_ARGS: readonly string[] = ['--hash-max-listpack-value', String(RECORD_LISTPACK_VALUE_BYTES)];

/** Spawns redis-server and resolves once it accepts connections; rejects with its output if it exits first. */
async function spawnRedis(port: number, dir: string): Promise<ChildProcess> {
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction', '--save', '', ...REDIS_MEMORY_ARGS],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk: Buffer): void => {
    if (output.length < 20_000) output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`redis-server exited with ${code}:\n${output.slice(-2000)}`));
    child.once('exit', onExit);
    const poll = setInterval(() => {
      if (output.includes('Ready to accept connections')) {
        clearInterval(poll);
        child.off('exit', onExit);
        resolve();
      }
    }, 25);
    child.once('exit', () => clearInterval(poll));
  });
  child.stdout?.off('data', collect);
  child.stderr?.off('data', collect);
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

/**
 * Starts redis-server as a child process for local mode: loopback only, data under `dir` with AOF on, so
 * comments survive a restart. It is supervised: when it dies (kill -9, out of memory), it is started again on
 * the same port and files, and the service's clients reconnect; the API answers 503 meanwhile.
 */
export async function startEmbeddedRedis(options: { dir: string; port: number | undefined; logger?: Logger }): Promise<EmbeddedRedis> {
  if (!hasRedisServer()) {
    throw new RedisServerMissingError(
      'redis-server was not found on the PATH. Install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) or set REDIS_URL to a running Redis.',
    );
  }
  const { dir, logger } = options;
  mkdirSync(dir, { recursive: true });
  const pidFile = join(dir, 'redis-server.pid');
  await stopLeftover(pidFile, logger);
  const port = options.port ?? (await freePort());

  let child = await spawnRedis(port, dir);
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let restarting: Promise<void> | null = null;
  let delayMs = RESTART_DELAY_MS;
  const recordPid = (): void => writeFileSync(pidFile, `${child.pid ?? ''}\n`);
  const scheduleRestart = (): void => {
    restartTimer = setTimeout(() => {
      restarting = spawnRedis(port, dir)
        .then((restarted) => {
          if (stopping) {
            restarted.kill('SIGTERM');
            return;
          }
          child = restarted;
          recordPid();
          delayMs = RESTART_DELAY_MS;
          logger?.info({ port }, 'embedded redis-server restarted');
          watch();
        })
        .catch((error: unknown) => {
          delayMs = Math.min(delayMs * 2, MAX_RESTART_DELAY_MS);
          logger?.error({ reason: (error as Error).message.slice(0, 500), retryInMs: delayMs }, 'embedded redis-server did not restart');
          if (!stopping) scheduleRestart();
        });
    }, delayMs);
  };
  const watch = (): void => {
    child.once('exit', (code, signal) => {
      if (stopping) return;
      logger?.error({ code, signal, restartInMs: delayMs }, 'embedded redis-server died; restarting it');
      scheduleRestart();
    });
  };
  recordPid();
  watch();

  return {
    url: `redis://127.0.0.1:${port}`,
    pid: () => child.pid,
    stop: async () => {
      stopping = true;
      clearTimeout(restartTimer);
      await restarting;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          rmSync(pidFile, { force: true });
          resolve();
        };
        if (child.exitCode !== null || child.signalCode !== null) {
          done();
          return;
        }
        child.once('exit', done);
        child.kill('SIGTERM');
      });
    },
  };
}
