/**
 * The service as real child processes (`node dist/src/main/api.js`, `node dist/workers/moderation-worker.js`)
 * for fault tests and benchmarks: spawn, wait until ready, read RSS, kill -9 or stop gracefully.
 * Needs a build (`npm run build`); {@link buildDist} runs it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { freePort } from './redis-server';
import { waitFor } from './wait-for';

/** The repository root (this file lives in test/support). */
export const REPO_ROOT = resolve(__dirname, '..', '..');
export const API_SCRIPT = join(REPO_ROOT, 'dist', 'src', 'main', 'api.js');
export const WORKER_SCRIPT = join(REPO_ROOT, 'dist', 'workers', 'moderation-worker.js');

/** The queue name the service uses unless QUEUE_NAME says otherwise. */
export const DEFAULT_QUEUE_NAME = 'moderation';

const OUTPUT_LIMIT_CHARS = 64 * 1024;

/** Compiles src/, workers/ and config/ into dist/ with the project's build; throws with tsc's output if it fails. */
export function buildDist(): void {
  const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(REPO_ROOT, 'tsconfig.build.json')], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) {
    throw new Error(`npm run build failed (exit ${String(result.status)}):\n${`${result.stdout}${result.stderr}`.slice(-4000)}`);
  }
  // As `npm run build` does after tsc: the Lua scripts beside their modules.
  const copied = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'copy-lua-files.cjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (copied.status !== 0) throw new Error(`copying the .lua files into dist/ failed:\n${copied.stderr}`);
  for (const script of [API_SCRIPT, WORKER_SCRIPT]) {
    if (!existsSync(script)) throw new Error(`build produced no ${script}`);
  }
}

/** Settings every spawned service process gets; `env` adds or overrides (e.g. WORKER_CONCURRENCY). */
export interface ServiceEnvOptions {
  redisUrl: string;
  /** REDIS_KEY_PREFIX; BullMQ's keys live under `<prefix>:bull`. */
  keyPrefix: string;
  env?: Record<string, string>;
}

/**
 * A clean environment (nothing inherited but PATH/HOME), quiet logs, the development keys, no intake rate
 * limits and fast recovery: small backoff, and a pending sweep that re-adds a lost job after 2 s.
 */
export function serviceEnv(options: ServiceEnvOptions): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    NODE_ENV: 'test',
    REDIS_URL: options.redisUrl,
    REDIS_KEY_PREFIX: options.keyPrefix,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    JOB_BACKOFF_MS: '50',
    PENDING_REENQUEUE_AFTER_MS: '2000',
    PENDING_SWEEP_INTERVAL_MS: '1000',
    SHUTDOWN_TIMEOUT_MS: '2000',
    // Bursts from one key and a handful of authors are the point of these runs: no intake limits unless asked.
    INTAKE_RATE_LIMIT_PER_KEY: '0',
    INTAKE_RATE_LIMIT_PER_AUTHOR: '0',
    ...options.env,
  };
}

/** One spawned service process. */
export interface ServiceProcess {
  readonly name: string;
  readonly pid: number;
  readonly child: ChildProcess;
  /** The last 64 KB of its stdout and stderr (logs at LOG_LEVEL, start-up failures). */
  output(): string;
  /** True once it has exited, for whatever reason. */
  exited(): boolean;
  /** Resolves when it has exited, with its exit code or signal. */
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resident set size in bytes (Linux /proc), or null once it has exited. */
  rssBytes(): number | null;
  /** kill -9, then waits for the exit. */
  kill9(): Promise<void>;
  /** SIGTERM (graceful shutdown), SIGKILL after `timeoutMs`; waits for the exit. Safe to call twice. */
  stop(timeoutMs?: number): Promise<void>;
}

/** The API process and where it listens. */
export interface ApiProcess extends ServiceProcess {
  readonly port: number;
  readonly baseUrl: string;
}

const running = new Set<ServiceProcess>();

/**
 * CPU seconds (user + system, all threads) a process has used so far, from /proc/<pid>/stat (Linux); null when
 * it is gone. Benchmarks divide the difference by the work done: CPU per comment is steadier than throughput
 * on a shared machine.
 */
export function cpuSecondsOfPid(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at ") "; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Reads VmRSS of a process from /proc (Linux); null when it is gone or /proc is unavailable. */
export function rssOfPid(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match?.[1] === undefined ? null : Number(match[1]) * 1024;
  } catch {
    return null;
  }
}

function spawnService(name: string, script: string, env: Record<string, string>): ServiceProcess {
  if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build first`);
  const child = spawn(process.execPath, [script], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`could not spawn ${name}`);
  const pid = child.pid;
  let output = '';
  const collect = (chunk: Buffer): void => {
    output += chunk.toString();
    if (output.length > OUTPUT_LIMIT_CHARS) output = output.slice(-OUTPUT_LIMIT_CHARS);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let hasExited = false;
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => {
    child.once('exit', (code, signal) => {
      hasExited = true;
      resolveExit({ code, signal });
    });
  });

  const handle: ServiceProcess = {
    name,
    pid,
    child,
    output: () => output,
    exited: () => hasExited,
    exit,
    rssBytes: () => (hasExited ? null : rssOfPid(pid)),
    async kill9() {
      if (!hasExited) child.kill('SIGKILL');
      await exit;
      running.delete(handle);
    },
    async stop(timeoutMs = 10_000) {
      if (!hasExited) {
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const forced = new Promise<void>((resolveForced) => {
          timer = setTimeout(() => {
            if (!hasExited) child.kill('SIGKILL');
            resolveForced();
          }, timeoutMs);
        });
        await Promise.race([exit, forced]);
        clearTimeout(timer);
        await exit;
      }
      running.delete(handle);
    },
  };
  running.add(handle);
  return handle;
}

function describeExit(handle: ServiceProcess): string {
  return `${handle.name} (pid ${handle.pid}) exited during start-up:\n${handle.output().slice(-4000)}`;
}

/** Starts `node dist/src/main/api.js` on a free loopback port and waits until /healthz answers 200. */
export async function startApiProcess(options: ServiceEnvOptions & { port?: number; readyTimeoutMs?: number }): Promise<ApiProcess> {
  const port = options.port ?? (await freePort());
  const handle = spawnService('api', API_SCRIPT, serviceEnv({ ...options, env: { ...options.env, PORT: String(port) } }));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => {
        if (handle.exited()) return 'exited';
        const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(1000) });
        await response.arrayBuffer();
        return response.status === 200 ? 'ready' : undefined;
      },
      { timeoutMs: options.readyTimeoutMs ?? 20_000, intervalMs: 50, what: `the API process on port ${port} to answer /healthz` },
    ).then((state) => {
      if (state === 'exited') throw new Error(describeExit(handle));
    });
  } catch (error) {
    await handle.stop(1000);
    throw error;
  }
  return Object.assign(handle, { port, baseUrl });
}

/** Counts the BullMQ workers connected to the service's queue (by their Redis client names). */
export async function connectedWorkers(options: { redisUrl: string; keyPrefix: string; queueName?: string }): Promise<number> {
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on('error', () => undefined);
  const queue = new Queue(options.queueName ?? DEFAULT_QUEUE_NAME, { connection: redis, prefix: `${options.keyPrefix}:bull` });
  try {
    return await queue.getWorkersCount();
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

/**
 * Starts `node dist/workers/moderation-worker.js` and waits until one more BullMQ worker is connected to the
 * queue than before (so a test knows it is taking jobs).
 */
export async function startWorkerProcess(options: ServiceEnvOptions & { readyTimeoutMs?: number; queueName?: string }): Promise<ServiceProcess> {
  const before = await connectedWorkers(options);
  const handle = spawnService('worker', WORKER_SCRIPT, serviceEnv(options));
  try {
    const state = await waitFor(
      async () => {
        if (handle.exited()) return 'exited';
        return (await connectedWorkers(options)) > before ? 'ready' : undefined;
      },
      { timeoutMs: options.readyTimeoutMs ?? 30_000, intervalMs: 100, what: 'the worker process to connect to the queue' },
    );
    if (state === 'exited') throw new Error(describeExit(handle));
  } catch (error) {
    await handle.stop(1000);
    throw error;
  }
  return handle;
}

/** Kills -9 every service process still running (afterAll safety net). */
export async function killAllServiceProcesses(): Promise<void> {
  await Promise.all([...running].map((handle) => handle.kill9()));
}
