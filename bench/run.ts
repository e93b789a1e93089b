/**
 * Service benchmark, side by side with baselines on the same machine and the same Redis (AOF on, as deployed):
 *   npm run bench -- [--comments 100000] [--seconds 10] [--rounds 3] [--connections 50] [--e2e 10000] [--rate 200] [--skip-build]
 *                    [--only intake,e2e,scorer,memory]   (a subset, for profiling; the table shows n/a for the rest)
 * - intake: POST /v1/comments (autocannon) vs a bare Express 5 app that parses the same JSON and answers 202;
 * - end to end: comments decided per second (drain of a backlog, in `--rounds` rounds taking turns with the
 *   baseline) and intake-to-decision latency at a steady rate, with the local scorer, vs a bare BullMQ worker
 *   with a no-op processor;
 * - analyze: POST /v1alpha1/comments:analyze (the Perspective-compatible API, as Coral sends it) at a fixed
 *   `--rate` per second, latency p50/p99, vs the bare Express app answering a fixed body at the same rate;
 * - scorer: LocalScorer.scoreSync on one core for typical comments;
 * - memory: API and worker RSS and Redis memory before and after `--comments` comments.
 * Prints a table and writes bench/results/<date>.json. Ratios matter, not absolute figures: client, service and
 * Redis share this machine's cores. Comment text is never printed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { LocalScorer } from '../src/scoring/local/local-scorer';
import type { Language } from '../src/domain';
import { buildDist, cpuSecondsOfPid, REPO_ROOT, startApiProcess, startWorkerProcess, type ApiProcess, type ServiceProcess } from '../test/support/processes';
import { freePort, startRedisServer, type RedisServerHandle } from '../test/support/redis-server';
import { waitFor } from '../test/support/wait-for';

const MB = 1024 * 1024;
const INTAKE_KEY = 'dev-intake-key';
const MODERATOR_KEY = 'dev-moderator-key';
const QUEUE_NAME = 'moderation';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}
const flag = (name: string): boolean => process.argv.includes(`--${name}`);
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? new Set((process.argv[onlyIndex + 1] ?? '').split(',')) : null;
const wanted = (section: 'intake' | 'e2e' | 'analyze' | 'scorer' | 'memory'): boolean => only === null || only.has(section);

const settings = {
  comments: arg('comments', 100_000),
  seconds: arg('seconds', 10),
  connections: arg('connections', 50),
  e2eComments: arg('e2e', 10_000),
  rate: arg('rate', 200),
  scorerSeconds: arg('scorer-seconds', 3),
  /** Worker concurrency, the same for the service's worker and the bare BullMQ worker. */
  concurrency: arg('concurrency', 32),
  /** Intake runs per contender, interleaved (see intakeSection). */
  rounds: arg('rounds', 3),
};

/** Typical reader comments (40–300 characters) in the four languages, with a few sharp ones. */
const TYPICAL: { text: string; language: Language }[] = [
  { text: 'Guter Artikel, danke für die sorgfältige Recherche. Ich hätte mir noch etwas mehr zu den Kosten gewünscht.', language: 'de' },
  { text: 'Das ist doch völliger Unsinn, typisch für diese Zeitung. Wer glaubt denn so etwas noch?', language: 'de' },
  { text: 'Der Bundesrat hat wieder einmal versagt. Diese Politiker sind alle unfähig und sollten zurücktreten, aber das passiert in der Schweiz ja nie.', language: 'de' },
  { text: 'Je ne suis pas d’accord avec cette analyse, mais merci pour l’article. Les chiffres de Genève sont différents.', language: 'fr' },
  { text: 'Quel ramassis de bêtises, vous êtes vraiment des idiots dans cette rédaction.', language: 'fr' },
  { text: 'Articolo interessante, speriamo che il Consiglio federale ascolti finalmente i cantoni di confine.', language: 'it' },
  { text: 'This is a thoughtful piece on Swiss transit policy; the comparison with Austria is especially useful.', language: 'en' },
  { text: 'What an idiotic take. The author clearly has no clue what he is talking about.', language: 'en' },
];

function commentJson(n: number): string {
  const typical = TYPICAL[n % TYPICAL.length] ?? TYPICAL[0];
  return JSON.stringify({ articleId: `article-${n % 50}`, text: `${typical?.text ?? ''} #${n}`, author: { id: `reader-${n % 5000}` } });
}

interface IntakeFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  requests: number;
  /** CPU time per request of the server process, and of Redis (µs). */
  serverCpuUsPerRequest?: number;
  redisCpuUsPerRequest?: number;
}

/** CPU seconds each pid used while `work` ran, in the order given. */
async function cpuDuring<T>(pids: number[], work: () => Promise<T>): Promise<{ result: T; cpuSeconds: number[] }> {
  const before = pids.map((pid) => cpuSecondsOfPid(pid) ?? Number.NaN);
  const result = await work();
  const after = pids.map((pid) => cpuSecondsOfPid(pid) ?? Number.NaN);
  return { result, cpuSeconds: after.map((a, i) => a - (before[i] ?? Number.NaN)) };
}

/** Runs autocannon as `cannon` does and adds the CPU per request of the server and of Redis. */
async function cannonWithCpu(baseUrl: string, serverPid: number, redisPid: number, options: { seconds?: number; connections: number }): Promise<IntakeFigures> {
  const { result, cpuSeconds } = await cpuDuring([serverPid, redisPid], () => cannon(baseUrl, options));
  const perRequest = (seconds: number | undefined): number => ((seconds ?? Number.NaN) * 1e6) / Math.max(result.requests, 1);
  return { ...result, serverCpuUsPerRequest: perRequest(cpuSeconds[0]), redisCpuUsPerRequest: perRequest(cpuSeconds[1]) };
}

/** Runs autocannon against POST /v1/comments with distinct bodies; `amount` sends exactly that many. */
async function cannon(baseUrl: string, options: { seconds?: number; amount?: number; connections: number }): Promise<IntakeFigures> {
  let n = 0;
  const result = await autocannon({
    url: `${baseUrl}/v1/comments`,
    method: 'POST',
    connections: options.connections,
    ...(options.amount === undefined ? { duration: options.seconds ?? settings.seconds } : { amount: options.amount }),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${INTAKE_KEY}` },
    requests: [
      {
        setupRequest: (request) => {
          n += 1;
          return { ...request, body: commentJson(n) };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    requests: result.requests.total,
  };
}

/** A TypeScript file run with tsx as its own process (the baselines). */
function spawnTs(file: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, file)], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

interface IntakeContender {
  name: 'bareExpress' | 'service' | 'serviceWithRateLimits';
  baseUrl: string;
  pid: number;
}

/**
 * Sends POST comments:analyze (Coral's request shape, distinct texts) at a steady `rate` per second, open loop:
 * request i is due at i / rate seconds, and its latency counts from when it was due, so a stall on either side
 * shows up in full. (autocannon's `overallRate` sends each second's requests as a burst, which measures the
 * burst's queue, not the latency at that rate.) Node's http client with keep-alive.
 */
async function analyzeAtRate(baseUrl: string, options: { seconds: number; rate: number }): Promise<IntakeFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const url = new URL(`${baseUrl}/v1alpha1/comments:analyze?key=${INTAKE_KEY}`);
  const total = Math.round(options.rate * options.seconds);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const send = (n: number, dueAt: number): Promise<void> =>
    new Promise((resolve) => {
      const typical = TYPICAL[n % TYPICAL.length] ?? TYPICAL[0];
      const body = JSON.stringify({ comment: { text: `${typical?.text ?? ''} #${n}` }, doNotStore: true, requestedAttributes: { TOXICITY: {} }, languages: [typical?.language ?? 'de'] });
      const request = httpRequest(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
        response.resume();
        response.on('end', () => {
          latencies.push(performance.now() - dueAt);
          if ((response.statusCode ?? 0) < 200 || (response.statusCode ?? 0) >= 300) non2xx += 1;
          resolve();
        });
      });
      request.on('error', () => {
        errors += 1;
        resolve();
      });
      request.end(body);
    });
  const inFlight: Promise<void>[] = [];
  const startedAt = performance.now();
  let sent = 0;
  while (sent < total) {
    const now = performance.now();
    while (sent < total && startedAt + (sent * 1000) / options.rate <= now) {
      inFlight.push(send(sent, startedAt + (sent * 1000) / options.rate));
      sent += 1;
    }
    const nextDue = startedAt + (sent * 1000) / options.rate;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, nextDue - performance.now())));
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - startedAt) / 1000;
  agent.destroy();
  return {
    requestsPerSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    non2xx,
    errors,
    requests: latencies.length,
  };
}

interface AnalyzeSection {
  rate: number;
  bareExpress: IntakeFigures;
  service: IntakeFigures;
  rounds: { bareExpress: IntakeFigures; service: IntakeFigures }[];
}

/**
 * The Perspective-compatible API at a steady `--rate` (200/s by default; target p99 < 20 ms on 2 cores): the API
 * process as deployed with PERSPECTIVE_API=on (its analyze rate limit on, one Redis round trip), and the bare
 * Express app answering a fixed body, taking turns for `--rounds` rounds; the table shows the median round.
 */
async function analyzeSection(redis: RedisServerHandle): Promise<AnalyzeSection> {
  const port = await freePort();
  const bareProcess = spawnTs('bench/baselines/bare-express.ts', { PORT: String(port) });
  const bareUrl = `http://127.0.0.1:${port}`;
  let api: ApiProcess | null = null;
  try {
    await waitFor(async () => (await fetch(`${bareUrl}/v1alpha1/comments:analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status === 200, {
      timeoutMs: 20_000,
      what: 'the bare Express app',
    });
    api = await startApiProcess({ redisUrl: redis.url, keyPrefix: 'ba', env: { PERSPECTIVE_API: 'on' } });
    const contenders = [
      { name: 'bareExpress' as const, baseUrl: bareUrl },
      { name: 'service' as const, baseUrl: api.baseUrl },
    ];
    // Warm-up past the start-up phase: while the API's heap grows (the scorer and language profiles are ~25 MB
    // live), its first major GCs pause it for tens of ms; a long-running server is measured, not a fresh one.
    for (const contender of contenders) await analyzeAtRate(contender.baseUrl, { seconds: 5, rate: settings.rate });
    const rounds: AnalyzeSection['rounds'] = [];
    for (let r = 0; r < settings.rounds; r += 1) {
      const round: Partial<AnalyzeSection['rounds'][number]> = {};
      for (let i = 0; i < contenders.length; i += 1) {
        const contender = contenders[(i + r) % contenders.length] as (typeof contenders)[number];
        round[contender.name] = await analyzeAtRate(contender.baseUrl, { seconds: settings.seconds, rate: settings.rate });
      }
      rounds.push(round as AnalyzeSection['rounds'][number]);
    }
    return {
      rate: settings.rate,
      bareExpress: medianFigures(rounds.map((round) => round.bareExpress)),
      service: medianFigures(rounds.map((round) => round.service)),
      rounds,
    };
  } finally {
    await api?.stop();
    await stopChild(bareProcess);
    await flush(redis);
  }
}

interface IntakeSection {
  bareExpress: IntakeFigures;
  service: IntakeFigures;
  serviceWithRateLimits: IntakeFigures;
  /** Median over the rounds of each round's service / bare ratio (req/s), and its range. */
  ratio: number;
  ratioRange: [number, number];
  p99Ratio: number;
  ratioWithRateLimits: number;
  rounds: Record<IntakeContender['name'], IntakeFigures>[];
}

/**
 * The bare app and the service run side by side, each loaded in turn, for `--rounds` rounds (the order rotating
 * each round). Each round gives its own ratio from two runs a few seconds apart, so a noisy neighbour on this
 * shared machine slows one round rather than deciding the result; the table shows the median round.
 */
async function intakeSection(redis: RedisServerHandle): Promise<IntakeSection> {
  const port = await freePort();
  const bareProcess = spawnTs('bench/baselines/bare-express.ts', { PORT: String(port) });
  const bare: IntakeContender = { name: 'bareExpress', baseUrl: `http://127.0.0.1:${port}`, pid: bareProcess.pid ?? -1 };
  const apis: ServiceProcess[] = [];
  try {
    await waitFor(async () => (await fetch(`${bare.baseUrl}/v1/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status === 202, {
      timeoutMs: 20_000,
      what: 'the bare Express app',
    });
    // The service's intake alone (no worker): the comments wait in Redis, flushed after each run.
    const service = await startApiProcess({ redisUrl: redis.url, keyPrefix: 'bi', env: {} });
    apis.push(service);
    // As configured by default: intake rate limits on (here too high to ever refuse), each two Redis round trips.
    const limited = await startApiProcess({ redisUrl: redis.url, keyPrefix: 'bl', env: { INTAKE_RATE_LIMIT_PER_KEY: '10000000', INTAKE_RATE_LIMIT_PER_AUTHOR: '10000000' } });
    apis.push(limited);
    const contenders: IntakeContender[] = [
      bare,
      { name: 'service', baseUrl: service.baseUrl, pid: service.pid },
      { name: 'serviceWithRateLimits', baseUrl: limited.baseUrl, pid: limited.pid },
    ];
    for (const contender of contenders) await cannon(contender.baseUrl, { seconds: 2, connections: settings.connections }); // warm-up
    await flush(redis);

    const rounds: IntakeSection['rounds'] = [];
    for (let r = 0; r < settings.rounds; r += 1) {
      const round: Partial<IntakeSection['rounds'][number]> = {};
      for (let i = 0; i < contenders.length; i += 1) {
        const contender = contenders[(i + r) % contenders.length] as IntakeContender;
        round[contender.name] = await cannonWithCpu(contender.baseUrl, contender.pid, redis.pid, { connections: settings.connections });
        await flush(redis);
      }
      rounds.push(round as IntakeSection['rounds'][number]);
    }
    const ratios = (of: (round: IntakeSection['rounds'][number]) => number): number[] => rounds.map(of);
    const rps = ratios((round) => round.service.requestsPerSecond / round.bareExpress.requestsPerSecond);
    return {
      bareExpress: medianFigures(rounds.map((round) => round.bareExpress)),
      service: medianFigures(rounds.map((round) => round.service)),
      serviceWithRateLimits: medianFigures(rounds.map((round) => round.serviceWithRateLimits)),
      ratio: median(rps),
      ratioRange: [Math.min(...rps), Math.max(...rps)],
      p99Ratio: median(ratios((round) => round.service.p99Ms / Math.max(round.bareExpress.p99Ms, 1))),
      ratioWithRateLimits: median(ratios((round) => round.serviceWithRateLimits.requestsPerSecond / round.bareExpress.requestsPerSecond)),
      rounds,
    };
  } finally {
    for (const api of apis) await api.stop();
    await stopChild(bareProcess);
  }
}

/** The middle value (for an even count, the upper of the two middle ones). */
const median = (values: number[]): number => percentile(values, 50);

/** Each figure's median over the runs; counts (requests, errors, non-2xx) are summed. */
function medianFigures(runs: IntakeFigures[]): IntakeFigures {
  const of = (pick: (run: IntakeFigures) => number | undefined): number => median(runs.map((run) => pick(run) ?? Number.NaN));
  const sum = (pick: (run: IntakeFigures) => number): number => runs.reduce((total, run) => total + pick(run), 0);
  return {
    requestsPerSecond: of((run) => run.requestsPerSecond),
    p50Ms: of((run) => run.p50Ms),
    p99Ms: of((run) => run.p99Ms),
    non2xx: sum((run) => run.non2xx),
    errors: sum((run) => run.errors),
    requests: sum((run) => run.requests),
    serverCpuUsPerRequest: of((run) => run.serverCpuUsPerRequest),
    redisCpuUsPerRequest: of((run) => run.redisCpuUsPerRequest),
  };
}

async function flush(redis: RedisServerHandle): Promise<void> {
  const client = new Redis(redis.url);
  await client.flushall();
  client.disconnect();
}

/** Polls `remaining()` until it reaches 0; the rate is counted from the first completion seen. */
async function drainRate(remaining: () => Promise<number>, total: number, timeoutMs: number): Promise<{ perSecond: number; seconds: number; drained: number }> {
  let startedAt = 0;
  let atStart = total;
  let atCall = Number.NaN;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = await remaining();
    if (Number.isNaN(atCall)) atCall = left;
    const now = performance.now();
    if (startedAt === 0 && left < total) {
      startedAt = now;
      atStart = left;
    }
    if (left === 0) {
      const seconds = (now - startedAt) / 1000;
      return { perSecond: atStart / Math.max(seconds, 0.001), seconds, drained: atCall };
    }
    if (Date.now() > deadline) throw new Error(`drain did not finish within ${timeoutMs} ms (${left} left)`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Drain rate, and CPU per comment drained while the CPU was counted. */
function drainFigures(drain: { perSecond: number; seconds: number; drained: number }, cpuSeconds: number[]): Pick<E2eFigures, 'decidedPerSecond' | 'drainSeconds' | 'workerCpuUsPerComment' | 'redisCpuUsPerComment'> {
  const perComment = (seconds: number | undefined): number => ((seconds ?? Number.NaN) * 1e6) / Math.max(drain.drained, 1);
  return { decidedPerSecond: drain.perSecond, drainSeconds: drain.seconds, workerCpuUsPerComment: perComment(cpuSeconds[0]), redisCpuUsPerComment: perComment(cpuSeconds[1]) };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN);
}

/** Calls `send(i)` at `rate` per second for `seconds` (open loop), waits for all, returns the results. */
async function steady<T>(rate: number, seconds: number, send: (i: number) => Promise<T>): Promise<T[]> {
  const tasks: Promise<T>[] = [];
  const startedAt = Date.now();
  const total = rate * seconds;
  while (tasks.length < total && Date.now() - startedAt < seconds * 1000 + 5000) {
    const due = Math.min(total, Math.floor(((Date.now() - startedAt) / 1000) * rate));
    while (tasks.length < due) tasks.push(send(tasks.length));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return Promise.all(tasks);
}

interface E2eFigures {
  decidedPerSecond: number;
  drainSeconds: number;
  /** CPU time per comment during the drain, of the worker process and of Redis (µs). */
  workerCpuUsPerComment: number;
  redisCpuUsPerComment: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
}

async function bareBullmqSection(redis: RedisServerHandle, options: { latency: boolean }): Promise<E2eFigures> {
  const prefix = 'bare:bull';
  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  const queue = new Queue(QUEUE_NAME, { connection, prefix });
  const jobOptions = { attempts: 5, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: { count: 1000 }, removeOnFail: { count: 5000 } };
  try {
    for (let i = 0; i < settings.e2eComments; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, settings.e2eComments - i) }, (_, k) => ({ name: 'moderate', data: { commentId: `c-${i + k}` }, opts: { ...jobOptions, jobId: `c-${i + k}` } }));
      await queue.addBulk(batch);
    }
    const worker = spawnTs('bench/baselines/bare-bullmq-worker.ts', { REDIS_URL: redis.url, QUEUE_PREFIX: prefix, QUEUE_NAME, CONCURRENCY: String(settings.concurrency) });
    try {
      const counts = async (): Promise<number> => {
        const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        return (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0);
      };
      const { result: drain, cpuSeconds } = await cpuDuring([worker.pid ?? -1, redis.pid], () => drainRate(counts, settings.e2eComments, 300_000));
      if (!options.latency) return { ...drainFigures(drain, cpuSeconds), latencyP50Ms: Number.NaN, latencyP99Ms: Number.NaN };
      // Latency at a steady rate: keep these jobs to read their timestamps.
      const ids = await steady(settings.rate, settings.seconds, async (i) => {
        const job = await queue.add('moderate', { commentId: `s-${i}` }, { ...jobOptions, removeOnComplete: false, jobId: `s-${i}` });
        return job.id ?? '';
      });
      await waitFor(async () => (await counts()) === 0, { timeoutMs: 60_000, what: 'the bare worker to finish the steady phase' });
      const latencies: number[] = [];
      for (const id of ids) {
        const job = await queue.getJob(id);
        if (job?.finishedOn !== undefined) latencies.push(job.finishedOn - job.timestamp);
      }
      return { ...drainFigures(drain, cpuSeconds), latencyP50Ms: percentile(latencies, 50), latencyP99Ms: percentile(latencies, 99) };
    } finally {
      await stopChild(worker);
    }
  } finally {
    await queue.close();
    connection.disconnect();
    await flush(redis);
  }
}

async function serviceE2eSection(redis: RedisServerHandle, options: { latency: boolean }): Promise<E2eFigures> {
  const keyPrefix = 'be';
  const api = await startApiProcess({ redisUrl: redis.url, keyPrefix });
  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  let worker: ServiceProcess | null = null;
  try {
    // A backlog through the real intake, with no worker yet; then one worker drains it.
    const filled = await cannon(api.baseUrl, { amount: settings.e2eComments, connections: settings.connections });
    if (filled.non2xx + filled.errors > 0) throw new Error(`filling the backlog: ${filled.non2xx} non-2xx, ${filled.errors} errors`);
    // Comments not yet decided: on the intake outbox, queued or being scored (the relay in the worker hands the
    // outbox to BullMQ, so the queue alone would look empty before the worker starts).
    const counts = async (): Promise<number> => Number(await connection.hget(`${keyPrefix}:counts`, 'pending'));
    worker = await startWorkerProcess({ redisUrl: redis.url, keyPrefix, env: { WORKER_CONCURRENCY: String(settings.concurrency) } });
    const started = worker;
    const { result: drain, cpuSeconds } = await cpuDuring([started.pid, redis.pid], () => drainRate(counts, settings.e2eComments, 600_000));
    if (!options.latency) return { ...drainFigures(drain, cpuSeconds), latencyP50Ms: Number.NaN, latencyP99Ms: Number.NaN };

    // Intake-to-decision latency at a steady rate: createdAt → decidedAt of each comment.
    const ids = await steady(settings.rate, settings.seconds, async (i) => {
      const response = await fetch(`${api.baseUrl}/v1/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${INTAKE_KEY}` },
        body: commentJson(1_000_000 + i),
      });
      const body = (await response.json()) as { id?: string };
      return body.id ?? '';
    });
    await waitFor(async () => (await counts()) === 0, { timeoutMs: 60_000, what: 'the worker to finish the steady phase' });
    const latencies: number[] = [];
    for (const id of ids.filter((x) => x !== '')) {
      const response = await fetch(`${api.baseUrl}/v1/comments/${id}`, { headers: { authorization: `Bearer ${MODERATOR_KEY}` } });
      const comment = (await response.json()) as { createdAt?: string; decidedAt?: string | null };
      if (comment.createdAt !== undefined && typeof comment.decidedAt === 'string') latencies.push(Date.parse(comment.decidedAt) - Date.parse(comment.createdAt));
    }
    return { ...drainFigures(drain, cpuSeconds), latencyP50Ms: percentile(latencies, 50), latencyP99Ms: percentile(latencies, 99) };
  } finally {
    await worker?.stop();
    await api.stop();
    connection.disconnect();
    await flush(redis);
  }
}

interface E2eSection {
  bareBullmq: E2eFigures;
  service: E2eFigures;
  /** Median over the rounds of each round's service / bare drain rate, and its range. */
  ratio: number;
  ratioRange: [number, number];
  rounds: { bareBullmq: E2eFigures; service: E2eFigures }[];
}

/**
 * The bare BullMQ worker and the service drain a backlog in turn, for `--rounds` rounds (the order rotating), so
 * that a noisy neighbour slows one round instead of deciding the ratio; the steady-rate latency is measured in
 * the last round only.
 */
async function e2eSection(redis: RedisServerHandle): Promise<E2eSection> {
  const rounds: E2eSection['rounds'] = [];
  for (let r = 0; r < settings.rounds; r += 1) {
    const latency = r === settings.rounds - 1;
    const round: Partial<E2eSection['rounds'][number]> = {};
    for (const name of r % 2 === 0 ? (['bareBullmq', 'service'] as const) : (['service', 'bareBullmq'] as const)) {
      round[name] = name === 'bareBullmq' ? await bareBullmqSection(redis, { latency }) : await serviceE2eSection(redis, { latency });
    }
    const done = round as E2eSection['rounds'][number];
    rounds.push(done);
    console.log(`e2e round ${r + 1}/${settings.rounds}: drain ${fmt(done.service.decidedPerSecond)}/s vs bare ${fmt(done.bareBullmq.decidedPerSecond)}/s`);
  }
  const ratios = rounds.map((round) => round.service.decidedPerSecond / round.bareBullmq.decidedPerSecond);
  const medianOf = (pick: (round: E2eSection['rounds'][number]) => E2eFigures): E2eFigures => {
    const of = (field: keyof E2eFigures): number => median(rounds.map((round) => pick(round)[field]).filter((value) => !Number.isNaN(value)));
    return {
      decidedPerSecond: of('decidedPerSecond'),
      drainSeconds: of('drainSeconds'),
      workerCpuUsPerComment: of('workerCpuUsPerComment'),
      redisCpuUsPerComment: of('redisCpuUsPerComment'),
      latencyP50Ms: of('latencyP50Ms'),
      latencyP99Ms: of('latencyP99Ms'),
    };
  };
  return {
    bareBullmq: medianOf((round) => round.bareBullmq),
    service: medianOf((round) => round.service),
    ratio: median(ratios),
    ratioRange: [Math.min(...ratios), Math.max(...ratios)],
    rounds,
  };
}

function scorerSection(): { commentsPerSecond: number; meanChars: number } {
  const scorer = LocalScorer.loadSync();
  const texts = TYPICAL.map((t, i) => ({ ...t, text: `${t.text} #${i}` }));
  let sink = 0;
  for (let i = 0; i < 2000; i += 1) {
    const t = texts[i % texts.length];
    if (t !== undefined) sink += Object.keys(scorer.scoreSync(t.text, t.language).scores).length;
  }
  let done = 0;
  const start = performance.now();
  const deadline = start + settings.scorerSeconds * 1000;
  while (performance.now() < deadline) {
    for (const t of texts) sink += Object.keys(scorer.scoreSync(t.text, t.language).scores).length;
    done += texts.length;
  }
  if (sink < 0) console.log(sink); // keeps the work observable
  return { commentsPerSecond: done / ((performance.now() - start) / 1000), meanChars: texts.reduce((s, t) => s + t.text.length, 0) / texts.length };
}

interface MemoryPoint {
  apiRssMb: number;
  workerRssMb: number;
  redisUsedMb: number;
}

async function memorySection(redis: RedisServerHandle): Promise<Record<string, unknown>> {
  const keyPrefix = 'bm';
  const probe = new Redis(redis.url);
  const api = await startApiProcess({ redisUrl: redis.url, keyPrefix });
  const worker = await startWorkerProcess({ redisUrl: redis.url, keyPrefix, env: { WORKER_CONCURRENCY: String(settings.concurrency) } });
  const point = async (): Promise<MemoryPoint> => ({
    apiRssMb: (api.rssBytes() ?? Number.NaN) / MB,
    workerRssMb: (worker.rssBytes() ?? Number.NaN) / MB,
    redisUsedMb: Number(/used_memory:(\d+)/.exec(await probe.info('memory'))?.[1]) / MB,
  });
  const decided = async (): Promise<number> => {
    const counts = await probe.hgetall(`${keyPrefix}:counts`);
    return Number(counts.approved ?? 0) + Number(counts.held ?? 0) + Number(counts.rejected ?? 0);
  };
  const outbox = (): Promise<number> => probe.llen(`${keyPrefix}:outbox`);
  try {
    // Warm-up, so that "before" is a running service and not a cold one.
    await cannon(api.baseUrl, { amount: 2000, connections: 16 });
    await waitFor(async () => (await decided()) >= 2000, { timeoutMs: 60_000, what: 'the warm-up to be decided' });
    await waitFor(async () => (await outbox()) === 0, { timeoutMs: 60_000, what: 'the warm-up outbox to drain' });
    const before = await point();
    const startedAt = performance.now();
    let outboxPeak = 0;
    let rssPeak = { api: 0, worker: 0 };
    const watcher = setInterval(() => {
      void outbox().then((n) => (outboxPeak = Math.max(outboxPeak, n)));
      rssPeak = { api: Math.max(rssPeak.api, api.rssBytes() ?? 0), worker: Math.max(rssPeak.worker, worker.rssBytes() ?? 0) };
    }, 500);
    let sent: IntakeFigures;
    try {
      sent = await cannon(api.baseUrl, { amount: settings.comments, connections: 32 });
      await waitFor(async () => (await decided()) >= 2000 + settings.comments, { timeoutMs: 1_800_000, intervalMs: 500, what: `${settings.comments} comments to be decided` });
    } finally {
      clearInterval(watcher);
    }
    const decidedAfterS = (performance.now() - startedAt) / 1000;
    await waitFor(async () => (await outbox()) === 0, { timeoutMs: 600_000, intervalMs: 500, what: 'the outbox to drain' });
    const outboxDrainedAfterS = (performance.now() - startedAt) / 1000;
    const after = await point();
    const bull = new Queue(QUEUE_NAME, { connection: probe, prefix: `${keyPrefix}:bull` });
    const jobCounts = await bull.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed');
    await bull.close();
    const dbsize = await probe.dbsize();
    return {
      comments: settings.comments,
      intake: sent,
      decidedAfterS,
      outboxDrainedAfterS,
      outboxPeak,
      before,
      after,
      peakRssMb: { api: rssPeak.api / MB, worker: rssPeak.worker / MB },
      redisBytesPerComment: ((after.redisUsedMb - before.redisUsedMb) * MB) / settings.comments,
      bullJobCounts: jobCounts,
      eventsStreamLength: await probe.xlen(`${keyPrefix}:bull:${QUEUE_NAME}:events`),
      redisKeys: dbsize,
    };
  } finally {
    await worker.stop();
    await api.stop();
    probe.disconnect();
    await flush(redis);
  }
}

const fmt = (n: number, digits = 0): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

async function main(): Promise<void> {
  if (!flag('skip-build')) buildDist();
  const redis = await startRedisServer();
  const startedAt = new Date();
  try {
    console.log(`bench: ${JSON.stringify(settings)}`);
    const noIntake: IntakeFigures = { requestsPerSecond: Number.NaN, p50Ms: Number.NaN, p99Ms: Number.NaN, non2xx: 0, errors: 0, requests: 0 };
    const noE2e: E2eFigures = { decidedPerSecond: Number.NaN, drainSeconds: Number.NaN, workerCpuUsPerComment: Number.NaN, redisCpuUsPerComment: Number.NaN, latencyP50Ms: Number.NaN, latencyP99Ms: Number.NaN };
    const noMemory: MemoryPoint = { apiRssMb: Number.NaN, workerRssMb: Number.NaN, redisUsedMb: Number.NaN };
    const intake: IntakeSection = wanted('intake')
      ? await intakeSection(redis)
      : { bareExpress: noIntake, service: noIntake, serviceWithRateLimits: noIntake, ratio: Number.NaN, ratioRange: [Number.NaN, Number.NaN], p99Ratio: Number.NaN, ratioWithRateLimits: Number.NaN, rounds: [] };
    const endToEnd: E2eSection = wanted('e2e') ? await e2eSection(redis) : { bareBullmq: noE2e, service: noE2e, ratio: Number.NaN, ratioRange: [Number.NaN, Number.NaN], rounds: [] };
    const { bareBullmq: bare, service: e2e } = endToEnd;
    const analyze: AnalyzeSection = wanted('analyze') ? await analyzeSection(redis) : { rate: settings.rate, bareExpress: noIntake, service: noIntake, rounds: [] };
    const scorer = wanted('scorer') ? scorerSection() : { commentsPerSecond: Number.NaN, meanChars: Number.NaN };
    const memory = wanted('memory') ? await memorySection(redis) : { before: noMemory, after: noMemory, redisBytesPerComment: Number.NaN, outboxPeak: Number.NaN };
    const results = { at: startedAt.toISOString(), settings, node: process.version, cores: cpus().length, intake, endToEnd, analyze, scorer, memory };

    const { bareExpress, service, serviceWithRateLimits: limited } = intake;
    const percent = (ratio: number): string => `${fmt(ratio * 100)} %`;
    const m = memory as { before: MemoryPoint; after: MemoryPoint; redisBytesPerComment: number; outboxPeak: number };
    const rows: [string, string, string, string][] = [
      ['what', 'service', 'baseline', 'ratio (target)'],
      [`intake req/s (median of ${settings.rounds})`, fmt(service.requestsPerSecond), fmt(bareExpress.requestsPerSecond), `${percent(intake.ratio)} (≥ 60 %); rounds ${percent(intake.ratioRange[0])}–${percent(intake.ratioRange[1])}`],
      ['intake p50 / p99 ms', `${fmt(service.p50Ms, 1)} / ${fmt(service.p99Ms, 1)}`, `${fmt(bareExpress.p50Ms, 1)} / ${fmt(bareExpress.p99Ms, 1)}`, `p99 ×${fmt(intake.p99Ratio, 2)} (≤ ×2)`],
      ['  CPU µs/request: server, Redis', `${fmt(service.serverCpuUsPerRequest ?? Number.NaN)}, ${fmt(service.redisCpuUsPerRequest ?? Number.NaN)}`, `${fmt(bareExpress.serverCpuUsPerRequest ?? Number.NaN)}, ${fmt(bareExpress.redisCpuUsPerRequest ?? Number.NaN)}`, `server CPU ×${fmt((service.serverCpuUsPerRequest ?? Number.NaN) / (bareExpress.serverCpuUsPerRequest ?? Number.NaN), 2)}`],
      // A refused or failed request is counted by autocannon like any other: the ratios hold only when these are 0.
      ['intake non-2xx / errors', `${service.non2xx + limited.non2xx} / ${service.errors + limited.errors}`, `${bareExpress.non2xx} / ${bareExpress.errors}`, service.non2xx + service.errors + limited.non2xx + limited.errors === 0 ? 'none' : 'INVALID: requests failed'],
      ['intake req/s, rate limits on', fmt(limited.requestsPerSecond), fmt(bareExpress.requestsPerSecond), `${percent(intake.ratioWithRateLimits)}; p99 ${fmt(limited.p99Ms, 1)} ms`],
      [`decided/s (drain, median of ${settings.rounds})`, fmt(e2e.decidedPerSecond), fmt(bare.decidedPerSecond), `${percent(endToEnd.ratio)} (≥ 50 %); rounds ${percent(endToEnd.ratioRange[0])}–${percent(endToEnd.ratioRange[1])}`],
      ['  CPU µs/comment: worker, Redis', `${fmt(e2e.workerCpuUsPerComment)}, ${fmt(e2e.redisCpuUsPerComment)}`, `${fmt(bare.workerCpuUsPerComment)}, ${fmt(bare.redisCpuUsPerComment)}`, `worker CPU ×${fmt(e2e.workerCpuUsPerComment / bare.workerCpuUsPerComment, 2)}`],
      [`intake→decision p50 / p99 ms @${settings.rate}/s`, `${fmt(e2e.latencyP50Ms)} / ${fmt(e2e.latencyP99Ms)}`, `${fmt(bare.latencyP50Ms)} / ${fmt(bare.latencyP99Ms)}`, ''],
      [
        `analyze p50 / p99 ms @${analyze.rate}/s (median of ${settings.rounds})`,
        `${fmt(analyze.service.p50Ms, 1)} / ${fmt(analyze.service.p99Ms, 1)}`,
        `${fmt(analyze.bareExpress.p50Ms, 1)} / ${fmt(analyze.bareExpress.p99Ms, 1)}`,
        `p99 < 20 ms: ${Number.isNaN(analyze.service.p99Ms) ? 'not measured' : analyze.service.p99Ms < 20 ? 'yes' : 'NO'}`,
      ],
      [
        'analyze req/s; non-2xx / errors',
        `${fmt(analyze.service.requestsPerSecond)}; ${analyze.service.non2xx} / ${analyze.service.errors}`,
        `${fmt(analyze.bareExpress.requestsPerSecond)}; ${analyze.bareExpress.non2xx} / ${analyze.bareExpress.errors}`,
        analyze.service.non2xx + analyze.service.errors === 0 ? 'none' : 'INVALID: requests failed',
      ],
      ['scorer comments/s, one core', fmt(scorer.commentsPerSecond), '', `mean ${fmt(scorer.meanChars)} chars`],
      ['API RSS MB before → after', `${fmt(m.before.apiRssMb)} → ${fmt(m.after.apiRssMb)}`, '', ''],
      ['worker RSS MB before → after', `${fmt(m.before.workerRssMb)} → ${fmt(m.after.workerRssMb)}`, '', ''],
      [`Redis MB before → after ${settings.comments}`, `${fmt(m.before.redisUsedMb, 1)} → ${fmt(m.after.redisUsedMb, 1)}`, '', `${fmt(m.redisBytesPerComment)} B/comment; outbox peak ${m.outboxPeak}`],
    ];
    const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]?.length ?? 0)));
    console.log(`\n${rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')).join('\n')}\n`);
    const dir = join(REPO_ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`results: ${file}`);
  } finally {
    await redis.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
