import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadPolicyFile, projectRoot } from '../../config';
import type { CalibrationReport } from '../../src/calibration/calibration-service';
import type { Comment } from '../../src/domain';
import type { ShadowReport } from '../../src/shadow/shadow-report-service';
import { startPerspectiveFake, type PerspectiveFake } from '../fakes/perspective-fake';
import { DEV_KEYS, startService, waitForDecision, type ServiceHarness } from '../support/service-harness';
import { waitFor } from '../support/wait-for';

const execFileAsync = promisify(execFile);

type Kind = 'benign' | 'insult' | 'profanity' | 'threat';
const KINDS: Kind[] = ['benign', 'insult', 'profanity', 'threat'];
// Scored by the Perspective fake's word list: TOXICITY 0.02, 0.85 (idiot), 0.76 (shit), 0.72 (kill).
const TEXTS: Record<Kind, (i: number) => string> = {
  benign: (i) => `Thanks for the article, number ${i} was very informative`,
  insult: (i) => `You are an idiot, reader ${i}`,
  profanity: (i) => `This policy is shit, reader ${i}`,
  threat: (i) => `I will kill the author of article ${i}`,
};
// What the moderators decide: insults and threats go, swearing at a policy stays.
const REJECTED: ReadonlySet<Kind> = new Set(['insult', 'threat']);

async function submit(service: ServiceHarness, text: string, i: number): Promise<Comment> {
  const { status, body } = await service.request<Comment>('POST', '/v1/comments', { key: DEV_KEYS.intake, json: { articleId: `article-${i % 3}`, text, language: 'en', author: { id: `reader-${i}` } } });
  expect(status).toBe(202);
  return body;
}

describe('shadow mode: local in the shadow of Perspective, then calibration', () => {
  const COUNT = 200;
  let fake: PerspectiveFake;
  let service: ServiceHarness;
  let dir: string;
  const sent: { id: string; kind: Kind }[] = [];

  beforeAll(async () => {
    fake = await startPerspectiveFake();
    dir = mkdtempSync(join(tmpdir(), 'shadow-policy-'));
    // The live policy holds every comment, so that moderators decide all of them; the shadow uses the shipped one.
    const holdAll = join(dir, 'hold-all.json');
    writeFileSync(holdAll, JSON.stringify({ defaults: { TOXICITY: { hold: 0.01, reject: 1 } }, languages: {} }));
    service = await startService({
      env: {
        SCORERS: 'perspective,local',
        PERSPECTIVE_API_KEY: 'test-key',
        PERSPECTIVE_URL: fake.url,
        PERSPECTIVE_QPS: '1000',
        // Perspective decides every comment, even on a loaded machine: a slow answer is retried, never left to local.
        PERSPECTIVE_TIMEOUT_MS: '20000',
        SCORER_FAILURE_POLICY: 'retry',
        JOB_BACKOFF_MS: '50',
        POLICY_FILE: holdAll,
        SHADOW_SCORERS: 'local',
        SHADOW_POLICY_FILE: join(projectRoot(), 'config', 'policy.json'),
        PERSPECTIVE_API: 'on',
      },
    });
    // Two local scorers load (live chain and shadow), each building its lexicon: seconds on a loaded machine.
  }, 60_000);
  afterAll(async () => {
    await service?.close();
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('When a burst of comments is decided by the live chain, then every comment carries a shadow verdict by the local scorer', async () => {
    const submitted = await Promise.all(
      Array.from({ length: COUNT }, async (_, i) => {
        const kind = KINDS[i % KINDS.length] as Kind;
        return { id: (await submit(service, TEXTS[kind](i), i)).id, kind };
      }),
    );
    sent.push(...submitted);
    for (const { id } of sent) {
      const comment = await waitForDecision<Comment>(service, id, { timeoutMs: 60_000 });
      expect(comment.status).toBe('held');
      expect(comment.scoring?.scorer).toBe('perspective');
    }
    for (const { id } of sent) {
      const shadow = await waitFor(
        async () => (await service.request<Comment>('GET', `/v1/comments/${id}`)).body.shadow,
        { what: `the shadow verdict of ${id}`, timeoutMs: 30_000 },
      );
      expect(shadow).toMatchObject({ scorer: 'local', scorers: 'local', policy: 'policy.json', status: expect.stringMatching(/^(approved|held|rejected)$/) });
    }
  }, 120_000);

  it('When moderators list held comments, then each carries its shadow verdict', async () => {
    const { body } = await service.request<{ items: Comment[] }>('GET', '/v1/review/comments?limit=5');
    expect(body.items).toHaveLength(5);
    for (const item of body.items) expect(item.shadow?.scorer).toBe('local');
  });

  it('When the report is read, then its matrix adds up to the comments sent and each disagreement names its comments', async () => {
    const { status, body } = await service.request<ShadowReport>('GET', '/v1/shadow/report', { key: DEV_KEYS.dashboard });
    expect(status).toBe(200);
    const { overall } = body;
    const cells = Object.values(overall.matrix).flatMap((row) => Object.values(row));
    expect(cells.reduce((a, b) => a + b, 0) + overall.shadowErrors).toBe(COUNT);
    expect(overall.total).toBe(COUNT);
    expect(overall.shadowErrors).toBe(0);
    expect(body.byLanguage.en?.total).toBe(COUNT);
    // Live held everything; the shipped policy approves the harmless ones at least.
    expect(overall.matrix.held.approved).toBeGreaterThan(0);
    expect(overall.disagreements.length).toBeGreaterThan(0);
    const ours = new Set(sent.map((s) => s.id));
    for (const cell of overall.disagreements) {
      expect(cell.examples.length).toBeGreaterThan(0);
      for (const id of cell.examples) {
        expect(ours.has(id)).toBe(true);
        const { body: comment } = await service.request<Comment>('GET', `/v1/comments/${id}`);
        expect([comment.status, comment.shadow?.status]).toEqual([cell.live, cell.shadow]);
      }
    }
    const filtered = await service.request<ShadowReport>('GET', '/v1/shadow/report?language=de&articleId=article-1');
    expect(filtered.body.overall.total).toBe(0);
    const byArticle = await service.request<ShadowReport>('GET', `/v1/shadow/report?articleId=article-1&since=${new Date(Date.now() - 3_600_000).toISOString()}`);
    expect(byArticle.body.overall.total).toBe(sent.filter((_, i) => i % 3 === 1).length);
  }, 30_000);

  it('When moderators decide the 200 held comments, then the report measures both sides against them and calibration proposes thresholds with their support', async () => {
    for (let start = 0; start < sent.length; start += 100) {
      const decisions = sent.slice(start, start + 100).map(({ id, kind }) => ({ id, decision: REJECTED.has(kind) ? 'reject' : 'approve', reasonCode: REJECTED.has(kind) ? 'insult' : undefined }));
      const { status, body } = await service.request<{ results: { result: string }[] }>('POST', '/v1/review/decisions', { json: { decisions } });
      expect(status).toBe(200);
      expect(body.results.every((r) => r.result === 'done')).toBe(true);
    }

    const report = (await service.request<ShadowReport>('GET', '/v1/shadow/report')).body;
    expect(report.againstModerators.overall).toMatchObject({ decided: COUNT, moderatorRejected: COUNT / 2 });
    // Live held everything: it sent every rejection to a person (recall 1) and half of what it held was fine.
    expect(report.againstModerators.overall.live.flag).toMatchObject({ recall: 1, precision: 0.5 });
    expect(report.againstModerators.byLanguage.en?.decided).toBe(COUNT);

    const { status, body } = await service.request<CalibrationReport>('GET', '/v1/calibration?attribute=TOXICITY&language=en&targetPrecision=0.9&targetRecall=0.95');
    expect(status).toBe(200);
    expect(body.samples).toMatchObject({ decisions: COUNT, reversals: 0 });
    const [proposal] = body.proposals;
    expect(proposal).toMatchObject({ attribute: 'TOXICITY', language: 'en', support: { total: COUNT, rejected: 100, approved: 100, decisions: COUNT } });
    // Rejecting from 0.85 (the insults) is exact; lower would reject the swearing too. Holding from 0.72 catches the threats.
    expect(proposal?.reject).toMatchObject({ threshold: 0.85, precision: 1, support: 50 });
    expect(proposal?.reject?.interval.low).toBeGreaterThan(0.9);
    expect(proposal?.hold).toMatchObject({ threshold: 0.72, recall: 1, support: 100 });
    expect(proposal?.proposed).toEqual({ hold: 0.72, reject: 0.85 });
  }, 30_000);

  it('When calibration learns from the shadow scores or from suggestscore feedback, then it says so and counts them apart', async () => {
    const shadow = await service.request<CalibrationReport>('GET', '/v1/calibration?attribute=TOXICITY&language=en&scores=shadow');
    expect(shadow.body.scores).toBe('shadow');
    expect(shadow.body.proposals[0]?.support).toMatchObject({ total: COUNT, decisions: COUNT });
    // The local scorer's scores, not Perspective's: its thresholds differ from the live ones.
    expect(shadow.body.proposals[0]?.reject?.threshold).not.toBe(0.85);

    const extra = await submit(service, TEXTS.insult(COUNT), COUNT);
    await waitForDecision(service, extra.id);
    const feedback = (id: string) =>
      service.request('POST', '/v1alpha1/comments:suggestscore', {
        key: DEV_KEYS.intake,
        json: { attributeScores: { TOXICITY: { summaryScore: { value: 1 } } }, languages: ['en'], clientToken: `comment:${id}` },
      });
    expect((await feedback(extra.id)).status).toBe(200);
    expect((await feedback('coral-comment-1')).status).toBe(200);
    const { body } = await service.request<CalibrationReport>('GET', '/v1/calibration?attribute=TOXICITY&language=en');
    expect(body.samples).toMatchObject({ decisions: COUNT, feedback: 1, feedbackWithoutComment: 1 });
    expect(body.proposals[0]?.support).toMatchObject({ total: COUNT + 1, feedback: 1, rejected: 101 });
  }, 30_000);

  it('When npm run calibrate runs, then it writes the proposal beside the policy in force, prints the diff and the expected shares, and leaves the policy alone', async () => {
    const policyFile = join(dir, 'hold-all.json');
    const before = readFileSync(policyFile, 'utf8');
    const env = { ...process.env, REDIS_URL: service.config.redisUrl, REDIS_KEY_PREFIX: service.config.redisKeyPrefix, POLICY_FILE: policyFile, LOG_LEVEL: 'silent' };
    const { stdout } = await execFileAsync(process.execPath, [join(projectRoot(), 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(projectRoot(), 'scripts', 'calibrate.ts'), '--target-precision', '0.9', '--target-recall', '0.95'], { env, timeout: 60_000 });
    expect(stdout).toContain(`decisions: ${COUNT}, reversals: 0, feedback on our comments: 1`);
    expect(stdout).toMatch(/languages\.en\.TOXICITY\.reject: — → 0\.85 +n=201/);
    // Held everything before; the proposal rejects the insults (TOXICITY) and threats (THREAT) and holds the
    // swearing: 50 and 51 + 50 of the 201 comments.
    expect(stdout).toMatch(/held: +100\.0 % → 24\.9 %/);
    expect(stdout).toMatch(/rejected: +0\.0 % → 50\.2 %/);
    expect(stdout).toContain('PROFANITY does not separate what moderators rejected');
    const proposed = loadPolicyFile(join(dir, 'hold-all.proposed.json'));
    expect(proposed.languages.en?.TOXICITY).toEqual({ hold: 0.72, reject: 0.85 });
    expect(readFileSync(policyFile, 'utf8')).toBe(before);
    await expect(execFileAsync(process.execPath, [join(projectRoot(), 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(projectRoot(), 'scripts', 'calibrate.ts'), '--out', policyFile], { env, timeout: 60_000 })).rejects.toMatchObject({
      stderr: expect.stringContaining('must not be the policy in force'),
    });
  }, 120_000);

  it('When the report or calibration is asked with bad parameters, then 400 names them; a dashboard key may not calibrate', async () => {
    const since = await service.request<{ error: { message: string } }>('GET', '/v1/shadow/report?since=yesterday');
    expect(since.status).toBe(400);
    expect(since.body.error.message).toContain('since');
    const target = await service.request<{ error: { message: string } }>('GET', '/v1/calibration?targetPrecision=2');
    expect(target.status).toBe(400);
    expect(target.body.error.message).toContain('targetPrecision');
    expect((await service.request('GET', '/v1/calibration', { key: DEV_KEYS.dashboard })).status).toBe(403);
  });
});

describe('shadow mode with a shadow scorer that hangs', () => {
  const SHADOW_TIMEOUT_MS = 5000;
  let fake: PerspectiveFake;
  let service: ServiceHarness;

  beforeAll(async () => {
    fake = await startPerspectiveFake();
    fake.setMode({ hang: true });
    service = await startService({
      env: {
        SCORERS: 'local',
        SHADOW_SCORERS: 'perspective',
        PERSPECTIVE_API_KEY: 'test-key',
        PERSPECTIVE_URL: fake.url,
        PERSPECTIVE_QPS: '1000',
        // Perspective's own timeout is far off: only the shadow's time limit ends the wait.
        PERSPECTIVE_TIMEOUT_MS: '60000',
        SHADOW_TIMEOUT_MS: String(SHADOW_TIMEOUT_MS),
      },
    });
  });
  afterAll(async () => {
    await service?.close();
    await fake?.close();
  });

  it('When the shadow scorer never answers, then no live decision waits for it, and each comment records a shadow timeout', async () => {
    const startedAtMs = Date.now();
    const ids = await Promise.all(Array.from({ length: 8 }, async (_, i) => (await submit(service, TEXTS[KINDS[i % 4] as Kind](i), i)).id));
    const decided = await Promise.all(ids.map((id) => waitForDecision<Comment>(service, id)));
    // Live decisions that waited for the shadow would be seen no sooner than the shadow's time limit.
    expect(Date.now() - startedAtMs).toBeLessThan(SHADOW_TIMEOUT_MS);
    for (const comment of decided) {
      expect(comment.scoring?.scorer).toBe('local');
      expect(comment.shadow).toBeUndefined();
    }
    await waitFor(() => fake.analyzeRequests().length >= ids.length, { what: 'the shadow requests to reach the hanging fake' });
    for (const id of ids) {
      const shadow = await waitFor(async () => (await service.request<Comment>('GET', `/v1/comments/${id}`)).body.shadow, { what: `the shadow timeout of ${id}` });
      expect(shadow).toMatchObject({ status: 'error', decidedBy: 'timeout', scorers: 'perspective' });
    }
    const { body } = await service.request<ShadowReport>('GET', '/v1/shadow/report');
    expect(body.shadowOutcomes.timeout).toBe(ids.length);
    expect(body.overall).toMatchObject({ total: ids.length, shadowErrors: ids.length });
  }, 60_000);
});
