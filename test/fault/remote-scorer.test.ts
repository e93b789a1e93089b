/**
 * A remote scorer that hangs, answers 500 or answers 429, with the service as real processes (API and
 * workers from dist/), a real redis-server and the Perspective fake in this process on 127.0.0.1.
 * Whatever Perspective does, every comment that got a 202 ends decided exactly once, by the failure policy
 * (SCORER_FAILURE_POLICY), and none is approved without scores.
 */
import type { Comment } from '../../src/domain';
import { startPerspectiveFake, type PerspectiveFake } from '../fakes/perspective-fake';
import type { RecordedRequest } from '../fakes/fake-http-server';
import { killAllServiceProcesses, startApiProcess, startWorkerProcess, type ApiProcess, type ServiceProcess } from '../support/processes';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';
import { waitFor } from '../support/wait-for';
import { call, decidedCount, pool, postComment, queueStats, trailsNotDecidedOnce, waitUntilAllDecided } from './fault-client';

type CommentView = Omit<Comment, 'client'>;
type Policy = 'fallback' | 'hold' | 'retry';

/*
 * The fake runs in this (Jest) process, which shares the machine's cores with the API, the workers and Redis.
 * Where the fake answers at once, the timeout is not under test and is generous: a loaded CI machine once let
 * 300 ms expire before the fake had read the request, holding comments for a timeout instead of the 500 or 429
 * the case is about. Only the hang case waits out the timeout, so it is shorter there, yet long enough for the
 * request to reach the fake (the case checks Perspective was really asked).
 */
const PERSPECTIVE_TIMEOUT_MS = 5_000;
const HANG_TIMEOUT_MS = 1_500;
const DECIDE_TIMEOUT_MS = 30_000;

/** What every case shares; `env` of a case adds to or overrides it. */
function scorerEnv(fakeUrl: string, policy: Policy, env: Record<string, string>): Record<string, string> {
  return {
    SCORERS: 'perspective,local',
    SCORER_FAILURE_POLICY: policy,
    PERSPECTIVE_API_KEY: 'test-key',
    PERSPECTIVE_URL: fakeUrl,
    PERSPECTIVE_TIMEOUT_MS: String(PERSPECTIVE_TIMEOUT_MS),
    PERSPECTIVE_QPS: '20',
    JOB_ATTEMPTS: '3',
    JOB_BACKOFF_MS: '50',
    WORKER_CONCURRENCY: '16',
    ...env,
  };
}

/** The comment text the fake was asked to score, if the body carried one. */
function textOf(request: RecordedRequest): string | undefined {
  const body = request.body;
  if (typeof body !== 'object' || body === null || !('comment' in body)) return undefined;
  const comment: unknown = body.comment;
  if (typeof comment !== 'object' || comment === null || !('text' in comment)) return undefined;
  return typeof comment.text === 'string' ? comment.text : undefined;
}

/** Statuses the fake answered for each comment text, in arrival order (undefined: never answered). */
function statusesByText(fake: PerspectiveFake): Map<string, (number | undefined)[]> {
  const byText = new Map<string, (number | undefined)[]>();
  for (const request of fake.analyzeRequests()) {
    const text = textOf(request);
    if (text === undefined) continue;
    byText.set(text, [...(byText.get(text) ?? []), request.status]);
  }
  return byText;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

const firstRule = (comment: CommentView): string | undefined => comment.decision?.reasons[0]?.rule;
const hasScores = (comment: CommentView): boolean => Object.keys(comment.scores).length > 0;

describe('When the remote scorer (Perspective) hangs, answers 500 or answers 429', () => {
  let redis: RedisServerHandle;
  let fake: PerspectiveFake;
  let caseNumber = 0;

  beforeAll(async () => {
    redis = await startRedisServer({ appendonly: false });
    fake = await startPerspectiveFake();
  }, 30_000);

  afterEach(async () => {
    await killAllServiceProcesses();
    fake?.resetMode();
    fake?.clearRequests();
  });

  afterAll(async () => {
    await killAllServiceProcesses();
    await fake?.close();
    await redis?.stop();
  });

  interface Service {
    api: ApiProcess;
    workers: ServiceProcess[];
  }

  /** A fresh key prefix, one API and `workerCount` workers (started one after another). */
  async function startService(policy: Policy, env: Record<string, string>, workerCount = 1): Promise<Service> {
    caseNumber += 1;
    const options = { redisUrl: redis.url, keyPrefix: `frs${caseNumber}`, env: scorerEnv(fake.url, policy, env) };
    const api = await startApiProcess(options);
    const workers: ServiceProcess[] = [];
    for (let i = 0; i < workerCount; i += 1) workers.push(await startWorkerProcess(options));
    return { api, workers };
  }

  /** Posts `count` comments (every one must get a 202) and returns their ids. */
  async function postBurst(api: ApiProcess, count: number): Promise<string[]> {
    const results = await pool(count, 32, (i) => postComment(api.baseUrl, i));
    expect(results.filter((r) => r.status !== 202)).toEqual([]);
    const ids = results.flatMap((r) => ('id' in r && r.id !== undefined ? [r.id] : []));
    expect(ids).toHaveLength(count);
    return ids;
  }

  /**
   * The invariants of every case: all decided (nothing pending or queued, nothing failed), each exactly once,
   * none approved without scores, and the processes still running. Returns the comments as the API shows them.
   */
  async function expectNoneLostNoneUnscored(service: Service, ids: readonly string[], what: string): Promise<CommentView[]> {
    const final = await waitUntilAllDecided(service.api.baseUrl, { timeoutMs: DECIDE_TIMEOUT_MS, what });
    expect(decidedCount(final)).toBe(ids.length);
    expect(final.queue.failed).toBe(0);

    const responses = await pool(ids.length, 16, (i) => call<CommentView>(service.api.baseUrl, 'GET', `/v1/comments/${ids[i] ?? ''}`));
    expect(responses.filter((r) => r.status !== 200)).toEqual([]);
    const comments = responses.map((r) => r.body);
    expect(comments.filter((c) => c.status === 'pending').map((c) => c.id)).toEqual([]);
    const approvedUnscored = comments.filter((c) => c.status === 'approved' && (c.scoring === null || c.scoring.scorer === 'none' || !hasScores(c)));
    expect(approvedUnscored.map((c) => ({ id: c.id, scoring: c.scoring, scores: c.scores }))).toEqual([]);

    expect(await trailsNotDecidedOnce(service.api.baseUrl, ids)).toEqual([]);
    expect([service.api, ...service.workers].filter((p) => p.exited()).map((p) => `${p.name} ${p.pid}:\n${p.output().slice(-2000)}`)).toEqual([]);
    return comments;
  }

  it('1. fallback, Perspective hangs: every comment is scored by local, with the Perspective timeout recorded', async () => {
    const BURST = 100;
    // The local quota is set far above the burst so that the only Perspective failure is the hang (with 20/s,
    // comments waiting for a slot would fall back with `rate_limited` instead, which is right but not this case).
    const service = await startService('fallback', { PERSPECTIVE_QPS: '1000', PERSPECTIVE_TIMEOUT_MS: String(HANG_TIMEOUT_MS) });
    fake.setMode({ hang: true });
    const startedAt = Date.now();

    const ids = await postBurst(service.api, BURST);
    const comments = await expectNoneLostNoneUnscored(service, ids, 'every comment to be decided while Perspective hangs');
    const elapsedMs = Date.now() - startedAt;

    const notLocal = comments.filter((c) => c.scoring?.scorer !== 'local' || !hasScores(c));
    expect(notLocal.map((c) => ({ id: c.id, scoring: c.scoring }))).toEqual([]);
    const withoutTimeout = comments.filter((c) => !(c.scoring?.failures ?? []).some((f) => f.scorer === 'perspective' && f.kind === 'timeout'));
    expect(withoutTimeout.map((c) => ({ id: c.id, failures: c.scoring?.failures }))).toEqual([]);

    // Perspective was really asked for every comment, and never answered.
    const byText = statusesByText(fake);
    const neverAsked = comments.filter((c) => (byText.get(c.text) ?? []).length === 0);
    expect(neverAsked.map((c) => c.id)).toEqual([]);
    expect(fake.analyzeRequests().filter((r) => r.status !== undefined)).toEqual([]);

    // Dashboards see Perspective degraded by timeouts (workers publish every 2 s).
    const perspective = await waitFor(
      async () => (await queueStats(service.api.baseUrl)).scorers.find((s) => s.name === 'perspective' && s.lastFailure?.kind === 'timeout'),
      { timeoutMs: 10_000, intervalMs: 200, what: 'the stats to show Perspective timing out' },
    );
    expect(perspective.state).toBe('degraded');

    console.log(
      `remote scorer hangs (fallback): ${BURST} comments decided in ${elapsedMs} ms, all by local after a ${HANG_TIMEOUT_MS} ms timeout; ` +
        `statuses ${JSON.stringify(countBy(comments, (c) => c.status))}, ${fake.analyzeRequests().length} requests left unanswered by the fake`,
    );
  }, 60_000);

  it('2. hold, Perspective answers 500: every comment is held with scorer_unavailable, none approved, local not used', async () => {
    const BURST = 100;
    const service = await startService('hold', { PERSPECTIVE_QPS: '50' });
    fake.setMode({ alwaysFail500: true });
    const startedAt = Date.now();

    const ids = await postBurst(service.api, BURST);
    const comments = await expectNoneLostNoneUnscored(service, ids, 'every comment to be decided while Perspective answers 500');
    const elapsedMs = Date.now() - startedAt;

    const notHeldUnavailable = comments.filter((c) => c.status !== 'held' || firstRule(c) !== 'scorer_unavailable' || c.scoring?.scorer !== 'none');
    expect(notHeldUnavailable.map((c) => ({ id: c.id, status: c.status, decision: c.decision, scoring: c.scoring }))).toEqual([]);
    const withoutUnavailable = comments.filter((c) => !(c.scoring?.failures ?? []).some((f) => f.scorer === 'perspective' && f.kind === 'unavailable'));
    expect(withoutUnavailable.map((c) => ({ id: c.id, failures: c.scoring?.failures }))).toEqual([]);

    // Each one was sent to Perspective and got the 500 it was held for.
    const byText = statusesByText(fake);
    const not500 = comments.filter((c) => !(byText.get(c.text) ?? []).includes(500));
    expect(not500.map((c) => ({ id: c.id, statuses: byText.get(c.text) }))).toEqual([]);

    console.log(
      `remote scorer answers 500 (hold): ${BURST} comments held with scorer_unavailable in ${elapsedMs} ms; ` +
        `${fake.analyzeRequests().length} requests to the fake (${JSON.stringify(countBy(fake.analyzeRequests(), (r) => String(r.status)))})`,
    );
  }, 60_000);

  it('3. retry, Perspective answers 500 for a while, then recovers: comments are retried and scored by Perspective, or held once out of attempts', async () => {
    const BURST = 60;
    const FAILURES_BEFORE_RECOVERY = 30;
    const ATTEMPTS = 3;
    const service = await startService('retry', { PERSPECTIVE_QPS: '50', JOB_ATTEMPTS: String(ATTEMPTS) });
    fake.setMode({ alwaysFail500: true });
    const startedAt = Date.now();

    const posting = postBurst(service.api, BURST);
    posting.catch(() => undefined); // awaited below; this only keeps a failed wait from leaving it unhandled
    // Recover once one comment has used every attempt on a 500 (it must end held) and enough others have
    // had a 500 with attempts left (they must end scored by Perspective).
    await waitFor(
      () => {
        const fiveHundreds = [...statusesByText(fake).values()].map((statuses) => statuses.filter((s) => s === 500).length);
        return fiveHundreds.some((n) => n >= ATTEMPTS) && fiveHundreds.reduce((a, b) => a + b, 0) >= FAILURES_BEFORE_RECOVERY;
      },
      { timeoutMs: 15_000, intervalMs: 5, what: `a comment to get ${ATTEMPTS} answers 500 and ${FAILURES_BEFORE_RECOVERY} in all` },
    );
    fake.setMode({ alwaysFail500: false });
    const recoveredAt = fake.analyzeRequests().length;
    const ids = await posting;
    const comments = await expectNoneLostNoneUnscored(service, ids, 'every comment to be decided after Perspective recovered');
    const elapsedMs = Date.now() - startedAt;

    const byText = statusesByText(fake);
    const scored = comments.filter((c) => c.scoring?.scorer === 'perspective' && hasScores(c));
    const held = comments.filter((c) => c.status === 'held' && firstRule(c) === 'scorer_unavailable' && c.scoring?.scorer === 'none');
    // Under `retry` only Perspective scores; a comment it could not score is held, never sent on to local.
    const neither = comments.filter((c) => !scored.includes(c) && !held.includes(c));
    expect(neither.map((c) => ({ id: c.id, status: c.status, decision: c.decision, scoring: c.scoring }))).toEqual([]);

    // Every scored comment's last request was answered 200; every held one recorded why.
    const scoredWithout200 = scored.filter((c) => !(byText.get(c.text) ?? []).includes(200));
    expect(scoredWithout200.map((c) => ({ id: c.id, statuses: byText.get(c.text) }))).toEqual([]);
    const heldWithoutFailure = held.filter((c) => (c.scoring?.failures ?? []).length === 0);
    expect(heldWithoutFailure.map((c) => c.id)).toEqual([]);

    // The retry path itself: comments that got a 500 and were then scored by Perspective on a later attempt.
    const retriedThenScored = scored.filter((c) => (byText.get(c.text) ?? []).includes(500));
    expect(retriedThenScored.length).toBeGreaterThan(0);
    // And the way out: a comment whose every attempt got a 500 is held, not approved and not left pending.
    const heldAfterThree500 = held.filter((c) => (byText.get(c.text) ?? []).filter((s) => s === 500).length >= ATTEMPTS);
    expect(heldAfterThree500.length).toBeGreaterThan(0);
    const exhaustedNotHeld = comments.filter((c) => (byText.get(c.text) ?? []).filter((s) => s === 500).length >= ATTEMPTS && !held.includes(c));
    expect(exhaustedNotHeld.map((c) => ({ id: c.id, status: c.status, scoring: c.scoring }))).toEqual([]);
    const heldOnQuotaWait = held.filter((c) => (c.scoring?.failures ?? []).every((f) => f.kind === 'rate_limited'));

    console.log(
      `remote scorer 500 then healthy (retry): recovered after ${recoveredAt} requests; ${BURST} comments decided in ${elapsedMs} ms: ` +
        `${scored.length} scored by perspective (${retriedThenScored.length} of them after a 500), ${held.length} held with scorer_unavailable ` +
        `(${heldAfterThree500.length} after three 500s, ${heldOnQuotaWait.length} on a quota wait in their final attempt); ` +
        `fake answered ${JSON.stringify(countBy(fake.analyzeRequests(), (r) => String(r.status)))}`,
    );
  }, 60_000);

  it('4. hold, Perspective answers 429 above its quota: jobs are delayed, not failed, and every comment is scored by Perspective', async () => {
    const BURST = 20;
    const FAKE_MAX_PER_SECOND = 3;
    // Two workers, and a local quota (20/s) well above what the fake allows: Perspective's 429s decide the pace.
    const service = await startService('hold', { PERSPECTIVE_QPS: '20' }, 2);
    fake.setMode({ maxPerSecond: FAKE_MAX_PER_SECOND });
    const startedAt = Date.now();

    const ids = await postBurst(service.api, BURST);
    const comments = await expectNoneLostNoneUnscored(service, ids, 'every comment to be decided while Perspective answers 429');
    const elapsedMs = Date.now() - startedAt;

    const notPerspective = comments.filter((c) => c.scoring?.scorer !== 'perspective' || !hasScores(c) || firstRule(c) === 'scorer_unavailable');
    expect(notPerspective.map((c) => ({ id: c.id, status: c.status, decision: c.decision, scoring: c.scoring }))).toEqual([]);

    const answered = countBy(fake.analyzeRequests(), (r) => String(r.status));
    expect(answered['429'] ?? 0).toBeGreaterThan(0);
    expect(answered['200'] ?? 0).toBeGreaterThanOrEqual(BURST);
    const byText = statusesByText(fake);
    const delayedThenScored = comments.filter((c) => (byText.get(c.text) ?? []).includes(429));

    console.log(
      `remote scorer answers 429 above ${FAKE_MAX_PER_SECOND}/s (hold, 2 workers): ${BURST} comments scored by perspective in ${elapsedMs} ms, ` +
        `${delayedThenScored.length} of them after at least one 429; fake answered ${JSON.stringify(answered)}`,
    );
  }, 60_000);
  /*
   * A quota wait (a Perspective 429, or the shared PERSPECTIVE_QPS gate) delays the job without using up an
   * attempt, so it must not turn into a hold on the final attempt either: with JOB_ATTEMPTS=1 every attempt
   * is final. (This once held every 429 with `scorer_unavailable`.)
   */
  it('5. hold with JOB_ATTEMPTS=1, Perspective answers 429: jobs are still delayed, not held with scorer_unavailable', async () => {
    const BURST = 12;
    const FAKE_MAX_PER_SECOND = 3;
    const service = await startService('hold', { PERSPECTIVE_QPS: '20', JOB_ATTEMPTS: '1' });
    fake.setMode({ maxPerSecond: FAKE_MAX_PER_SECOND });
    const startedAt = Date.now();

    const ids = await postBurst(service.api, BURST);
    const comments = await expectNoneLostNoneUnscored(service, ids, 'every comment to be decided while Perspective answers 429 (one attempt per job)');
    const elapsedMs = Date.now() - startedAt;
    const answered = countBy(fake.analyzeRequests(), (r) => String(r.status));
    const heldOnQuota = comments.filter((c) => firstRule(c) === 'scorer_unavailable');
    console.log(
      `remote scorer answers 429 with JOB_ATTEMPTS=1 (hold): ${BURST} comments decided in ${elapsedMs} ms, ${heldOnQuota.length} held with scorer_unavailable ` +
        `(failures ${JSON.stringify(countBy(heldOnQuota.flatMap((c) => c.scoring?.failures ?? []), (f) => `${f.scorer}:${f.kind}`))}); fake answered ${JSON.stringify(answered)}`,
    );

    expect(answered['429'] ?? 0).toBeGreaterThan(0);
    const notPerspective = comments.filter((c) => c.scoring?.scorer !== 'perspective' || !hasScores(c) || firstRule(c) === 'scorer_unavailable');
    expect(notPerspective.map((c) => `${c.id} ${c.status} ${firstRule(c) ?? '-'} (${c.decision?.reasons[0]?.note ?? ''})`)).toEqual([]);
  }, 60_000);
});
