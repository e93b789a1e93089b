import { createServer, type Server } from 'node:http';
import { Redis } from 'ioredis';
import type { AddressInfo } from 'node:net';
import type { Appeal, Comment, HistoryEntry, Report } from '../../src/domain';
import { verifySignature } from '../../src/webhooks/webhook-signature';
import { keywordScoring } from '../support/keyword-scorer';
import { startService, waitForDecision, type ServiceHarness } from '../support/service-harness';
import { waitFor } from '../support/wait-for';
import { testRedisUrl } from '../support/redis-server';

const SECRET = 'webhook-secret-0123456789';
const KEYS = { site: 'site-key-0123456789', anna: 'anna-key-0123456789', ben: 'ben-key-01234567890' };
const API_KEYS = `intake:site:${KEYS.site},moderator:anna:${KEYS.anna},moderator:ben:${KEYS.ben}`;
const DAY_MS = 86_400_000;

interface Event {
  id: string;
  type: string;
  data: { commentId: string; reportId?: string; reporter?: { id: string }; outcome?: string; status?: string; legality?: string | null; redress?: { appealUntil: string | null; text: string } };
}
type ErrorBody = { error: { code: string; message: string; details: { path?: string; reason?: string }[] & { reason?: string } } };
type Queued = Comment & { reports: Report[]; appeal: Appeal | null; claim: { moderator: string } | null };

/** A webhook receiver that keeps every event whose signature verifies. */
async function startReceiver(): Promise<{ url: string; events: Event[]; close(): Promise<void> }> {
  const events: Event[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      if (verifySignature(SECRET, raw, String(req.headers['x-moderation-signature']), { nowSeconds: Math.floor(Date.now() / 1000) })) events.push(JSON.parse(raw) as Event);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, events, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function approvedComment(service: ServiceHarness, author: string): Promise<Comment> {
  const { body } = await service.request<Comment>('POST', '/v1/comments', { key: KEYS.site, json: { articleId: 'dsa', text: 'Ein ganz normaler Kommentar', author: { id: author } } });
  const decided = await waitForDecision<Comment>(service, body.id, { key: KEYS.anna });
  expect(decided.status).toBe('approved');
  return decided;
}

function report(service: ServiceHarness, id: string, json: Record<string, unknown>) {
  return service.request<{ reportId: string; receivedAt: string }>('POST', `/v1/comments/${id}/reports`, { key: KEYS.site, json });
}

async function reportedQueue(service: ServiceHarness, status: 'reported' | 'appealed' = 'reported'): Promise<Queued[]> {
  const { status: code, body } = await service.request<{ items: Queued[] }>('GET', `/v1/review/comments?status=${status}&limit=100`, { key: KEYS.anna });
  expect(code).toBe(200);
  return body.items;
}

describe('readers report comments (DSA notice and action) and appeal decisions', () => {
  let service: ServiceHarness;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let nowMs = Date.now();

  beforeAll(async () => {
    receiver = await startReceiver();
    service = await startService({
      overrides: { scoring: keywordScoring(), now: () => new Date(nowMs) },
      env: { API_KEYS, WEBHOOK_URLS: receiver.url, WEBHOOK_SECRET: SECRET, WEBHOOK_BACKOFF_MS: '20' },
    });
  });
  afterAll(async () => {
    await service.close();
    await receiver.close();
  });
  beforeEach(() => {
    nowMs = Date.now();
  });

  it('When three readers report an approved comment, a moderator removes it, the author appeals and a second moderator reverses, then every step is in the history and the webhooks', async () => {
    const comment = await approvedComment(service, 'author-1');

    const first = await report(service, comment.id, { reason: 'abusive', reporter: { id: 'reader-1', email: 'r1@example.ch' } });
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ reportId: expect.any(String), receivedAt: expect.any(String) });
    expect((await report(service, comment.id, { reason: 'offensive', reporter: { id: 'reader-2' } })).status).toBe(202);
    expect((await reportedQueue(service)).map((c) => c.id)).not.toContain(comment.id);

    // The same reader again: the first report, no count.
    const repeat = await report(service, comment.id, { reason: 'spam', reporter: { id: 'reader-1' } });
    expect(repeat.status).toBe(200);
    expect(repeat.body.reportId).toBe(first.body.reportId);
    expect((await reportedQueue(service)).map((c) => c.id)).not.toContain(comment.id);

    expect((await report(service, comment.id, { reason: 'other', reporter: { id: 'reader-3' }, explanation: 'unpassend' })).status).toBe(202);
    const queued = (await reportedQueue(service)).find((c) => c.id === comment.id);
    expect(queued?.status).toBe('approved');
    expect(queued?.reports.map((r) => [r.reporter.id, r.reason, r.state])).toEqual([
      ['reader-1', 'abusive', 'open'],
      ['reader-2', 'offensive', 'open'],
      ['reader-3', 'other', 'open'],
    ]);

    const illegal = await report(service, comment.id, { reason: 'illegal', reporter: { id: 'reader-4' }, explanation: 'Verleumdung' });
    expect(illegal.status).toBe(400);
    expect((illegal.body as unknown as ErrorBody).error.details.map((d) => d.path).sort()).toEqual(['bonaFide', 'law']);
    expect((await report(service, 'no-such-comment', { reason: 'spam', reporter: { id: 'reader-1' } })).status).toBe(404);
    const stored = await service.request<Report>('GET', `/v1/reports/${first.body.reportId}`, { key: KEYS.site });
    expect(stored.body).toMatchObject({ id: first.body.reportId, commentId: comment.id, reason: 'abusive', state: 'open', reporter: { id: 'reader-1' } });

    // Claims and versions as for held comments.
    expect((await service.request('POST', `/v1/review/comments/${comment.id}/claim`, { key: KEYS.anna })).status).toBe(200);
    const stolen = await service.request<ErrorBody>('POST', `/v1/review/comments/${comment.id}/report-decision`, { key: KEYS.ben, json: { decision: 'keep' } });
    expect(stolen.status).toBe(409);
    expect(stolen.body.error.details.reason).toBe('claimed');
    const stale = await service.request<ErrorBody>('POST', `/v1/review/comments/${comment.id}/report-decision`, { key: KEYS.anna, json: { decision: 'remove', reasonCode: 'insult', version: queued!.version - 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.reason).toBe('version');
    expect((await service.request('POST', `/v1/review/comments/${comment.id}/report-decision`, { key: KEYS.anna, json: { decision: 'remove' } })).status).toBe(400);

    const removed = await service.request<Comment & { statementOfReasons: { reasonCode: string } }>('POST', `/v1/review/comments/${comment.id}/report-decision`, {
      key: KEYS.anna,
      json: { decision: 'remove', reasonCode: 'insult', version: queued!.version },
    });
    expect(removed.status).toBe(200);
    expect(removed.body.status).toBe('rejected');
    expect(removed.body.statementOfReasons.reasonCode).toBe('insult');
    expect((await reportedQueue(service)).map((c) => c.id)).not.toContain(comment.id);

    // Each reporter hears the outcome.
    const decidedEvents = await waitFor(() => {
      const found = receiver.events.filter((e) => e.type === 'report.decided' && e.data.commentId === comment.id);
      return found.length === 3 ? found : undefined;
    }, { what: 'three report.decided events' });
    expect(decidedEvents.map((e) => e.data.reporter?.id).sort()).toEqual(['reader-1', 'reader-2', 'reader-3']);
    expect(decidedEvents.every((e) => e.data.outcome === 'removed' && e.data.redress?.appealUntil === null)).toBe(true);
    await waitFor(() => receiver.events.filter((e) => e.type === 'report.received' && e.data.commentId === comment.id).length === 3, { what: 'three report.received events' });

    // The author appeals; nobody else may.
    const stranger = await service.request<ErrorBody>('POST', `/v1/comments/${comment.id}/appeals`, { key: KEYS.site, json: { by: { id: 'reader-1' }, explanation: 'weg damit' } });
    expect(stranger.status).toBe(403);
    const appeal = await service.request<{ appealId: string }>('POST', `/v1/comments/${comment.id}/appeals`, { key: KEYS.site, json: { by: { id: 'author-1' }, explanation: 'Das war keine Beleidigung.' } });
    expect(appeal.status).toBe(202);
    expect((await service.request('POST', `/v1/comments/${comment.id}/appeals`, { key: KEYS.site, json: { by: { id: 'author-1' }, explanation: 'nochmals' } })).status).toBe(409);
    const appealed = (await reportedQueue(service, 'appealed')).find((c) => c.id === comment.id);
    expect(appealed?.appeal).toMatchObject({ id: appeal.body.appealId, role: 'author', state: 'open', against: { by: 'anna', status: 'rejected' } });

    // The moderator who removed it may not decide the appeal; a second one reverses it.
    const own = await service.request<ErrorBody>('POST', `/v1/review/comments/${comment.id}/appeal-decision`, { key: KEYS.anna, json: { decision: 'reverse' } });
    expect(own.status).toBe(403);
    expect(own.body.error.details.reason).toBe('same_moderator');
    const reversed = await service.request<{ comment: Comment; appeal: Appeal }>('POST', `/v1/review/comments/${comment.id}/appeal-decision`, { key: KEYS.ben, json: { decision: 'reverse', note: 'Satire, keine Beleidigung' } });
    expect(reversed.status).toBe(200);
    expect(reversed.body.comment.status).toBe('approved');
    expect(reversed.body.appeal).toMatchObject({ state: 'reversed', decidedBy: 'ben' });
    expect((await reportedQueue(service, 'appealed')).map((c) => c.id)).not.toContain(comment.id);
    const appealEvent = await waitFor(() => receiver.events.find((e) => e.type === 'appeal.decided' && e.data.commentId === comment.id), { what: 'appeal.decided' });
    expect(appealEvent.data).toMatchObject({ outcome: 'reversed', status: 'approved' });

    const history = await service.request<{ history: HistoryEntry[] }>('GET', `/v1/comments/${comment.id}/history`, { key: KEYS.ben });
    expect(history.body.history.map((h) => `${h.from}->${h.to} by ${h.by}: ${h.reasons.map((r) => r.rule).join(',')}`)).toEqual([
      'null->pending by site: submitted',
      'pending->approved by auto: below_thresholds',
      'approved->approved by readers: reports.queued',
      'approved->rejected by anna: report.removed',
      'rejected->rejected by readers: appeal.received',
      'rejected->approved by ben: appeal.reversed',
    ]);

    const exported = await service.request<{ reports: Report[]; appeals: Appeal[]; history: HistoryEntry[]; comment: { id: string } }>('GET', `/v1/comments/${comment.id}/dsa-export`, { key: KEYS.ben });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toBe(`attachment; filename="dsa-export-${comment.id}.json"`);
    expect(exported.body.reports.map((r) => [r.reporter.id, r.state, r.decidedBy])).toEqual([
      ['reader-1', 'upheld', 'anna'],
      ['reader-2', 'upheld', 'anna'],
      ['reader-3', 'upheld', 'anna'],
    ]);
    expect(exported.body.appeals).toEqual([expect.objectContaining({ state: 'reversed', decidedBy: 'ben', note: 'Satire, keine Beleidigung' })]);
    expect(exported.body.history).toHaveLength(6);
  });

  it('When a reader reports a comment readers cannot see (held), then 409 not_published and nothing is stored', async () => {
    const { body } = await service.request<Comment>('POST', '/v1/comments', { key: KEYS.site, json: { articleId: 'dsa', text: 'HOLDME bitte', author: { id: 'author-held' } } });
    expect((await waitForDecision<Comment>(service, body.id, { key: KEYS.anna })).status).toBe('held');
    const refused = await report(service, body.id, { reason: 'illegal', reporter: { id: 'early' }, explanation: 'x', law: 'y', bonaFide: true });
    expect(refused.status).toBe(409);
    expect((refused.body as unknown as ErrorBody).error.details.reason).toBe('not_published');
    const exported = await service.request<{ reports: Report[] }>('GET', `/v1/comments/${body.id}/dsa-export`, { key: KEYS.anna });
    expect(exported.body.reports).toEqual([]);
  });

  it('When an illegal-content report comes in, then the comment is on the queue at once and removing it needs a legality finding and ground', async () => {
    const comment = await approvedComment(service, 'author-2');
    const notice = await report(service, comment.id, { reason: 'illegal', reporter: { id: 'lawyer' }, explanation: 'Ehrverletzung', law: 'StGB Art. 173', bonaFide: true });
    expect(notice.status).toBe(202);
    expect((await reportedQueue(service)).map((c) => c.id)).toContain(comment.id);

    const withoutFinding = await service.request<ErrorBody>('POST', `/v1/review/comments/${comment.id}/report-decision`, { key: KEYS.anna, json: { decision: 'remove', reasonCode: 'other' } });
    expect(withoutFinding.status).toBe(400);
    expect(withoutFinding.body.error.details.map((d) => d.path)).toEqual(['legality', 'legalGround']);

    const removed = await service.request<Comment & { statementOfReasons: { ground: string } }>('POST', `/v1/review/comments/${comment.id}/report-decision`, {
      key: KEYS.anna,
      json: { decision: 'remove', reasonCode: 'other', legality: 'illegal', legalGround: 'StGB Art. 173 (Üble Nachrede)' },
    });
    expect(removed.status).toBe(200);
    expect(removed.body.statementOfReasons.ground).toBe('illegal content: StGB Art. 173 (Üble Nachrede)');
    const event = await waitFor(() => receiver.events.find((e) => e.type === 'report.decided' && e.data.commentId === comment.id), { what: 'report.decided' });
    expect(event.data).toMatchObject({ outcome: 'removed', legality: 'illegal', reporter: { id: 'lawyer' } });
  });

  it('When a reader appeals a kept comment after six months, then 409; within them, a second moderator may uphold the decision', async () => {
    const comment = await approvedComment(service, 'author-3');
    await report(service, comment.id, { reason: 'illegal', reporter: { id: 'reader-9' }, explanation: 'Hetze', law: 'StGB Art. 261bis', bonaFide: true });
    const kept = await service.request<Comment>('POST', `/v1/review/comments/${comment.id}/report-decision`, { key: KEYS.anna, json: { decision: 'keep', legality: 'legal', note: 'zulässige Meinungsäusserung' } });
    expect(kept.status).toBe(200);
    expect(kept.body.status).toBe('approved');
    const event = await waitFor(() => receiver.events.find((e) => e.type === 'report.decided' && e.data.commentId === comment.id), { what: 'report.decided' });
    expect(event.data.outcome).toBe('kept');
    expect(Date.parse(event.data.redress?.appealUntil ?? '')).toBeGreaterThan(Date.parse(kept.body.decidedAt ?? '') + 180 * DAY_MS);

    nowMs = Date.now() + 186 * DAY_MS;
    const late = await service.request<ErrorBody>('POST', `/v1/comments/${comment.id}/appeals`, { key: KEYS.site, json: { by: { id: 'reader-9' }, explanation: 'bitte nochmals prüfen' } });
    expect(late.status).toBe(409);
    expect(late.body.error.details.reason).toBe('appeal_window_closed');
    // The author of a kept comment has nothing to appeal.
    nowMs = Date.now() + 150 * DAY_MS;
    expect((await service.request('POST', `/v1/comments/${comment.id}/appeals`, { key: KEYS.site, json: { by: { id: 'author-3' }, explanation: 'x' } })).status).toBe(403);
    const inTime = await service.request('POST', `/v1/comments/${comment.id}/appeals`, { key: KEYS.site, json: { by: { id: 'reader-9' }, explanation: 'bitte nochmals prüfen' } });
    expect(inTime.status).toBe(202);

    expect((await service.request('POST', `/v1/review/comments/${comment.id}/claim`, { key: KEYS.ben })).status).toBe(200);
    const upheld = await service.request<{ comment: Comment; appeal: Appeal }>('POST', `/v1/review/comments/${comment.id}/appeal-decision`, { key: KEYS.ben, json: { decision: 'uphold', note: 'bleibt' } });
    expect(upheld.status).toBe(200);
    expect(upheld.body.comment.status).toBe('approved');
    expect(upheld.body.appeal.state).toBe('upheld');
    const history = await service.request<{ history: HistoryEntry[] }>('GET', `/v1/comments/${comment.id}/history`, { key: KEYS.ben });
    expect(history.body.history.at(-1)).toMatchObject({ by: 'ben', from: 'approved', to: 'approved', reasons: [{ rule: 'appeal.upheld', note: 'bleibt' }] });
  });

  it('When reported comments are decided in bulk, then each gets its own answer, and a removal lacking a finding refuses the whole request first', async () => {
    const a = await approvedComment(service, 'author-4');
    const b = await approvedComment(service, 'author-5');
    for (const c of [a, b]) await report(service, c.id, { reason: 'illegal', reporter: { id: 'bulk-reader' }, explanation: 'x', law: 'y', bonaFide: true });
    const refused = await service.request<ErrorBody>('POST', '/v1/review/report-decisions', {
      key: KEYS.ben,
      json: { decisions: [{ id: a.id, decision: 'keep' }, { id: b.id, decision: 'remove', reasonCode: 'hate' }] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d) => d.path)).toEqual(['decisions.1.legality', 'decisions.1.legalGround']);
    expect((await reportedQueue(service)).map((c) => c.id)).toEqual(expect.arrayContaining([a.id, b.id]));

    const response = await service.request<{ results: { id: string; result: string; status?: string }[] }>('POST', '/v1/review/report-decisions', {
      key: KEYS.ben,
      json: { decisions: [{ id: a.id, decision: 'keep', legality: 'legal' }, { id: b.id, decision: 'remove', reasonCode: 'hate', legality: 'illegal', legalGround: 'StGB 261bis' }, { id: 'no-such-comment', decision: 'keep' }] },
    });
    expect(response.status).toBe(200);
    expect(response.body.results).toEqual([
      expect.objectContaining({ id: a.id, result: 'done', status: 'approved' }),
      expect.objectContaining({ id: b.id, result: 'done', status: 'rejected' }),
      { id: 'no-such-comment', result: 'not_found' },
    ]);
  });

  it('When a comment waits on the reported queue, then it and its reports are kept; once decided they expire with the retention period', async () => {
    const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    try {
      const p = service.config.redisKeyPrefix;
      const comment = await approvedComment(service, 'author-6');
      expect(await redis.pttl(`${p}:c:${comment.id}`)).toBeGreaterThan(0);
      const { body } = await report(service, comment.id, { reason: 'illegal', reporter: { id: 'keeper' }, explanation: 'x', law: 'y', bonaFide: true });
      const keys = [`${p}:c:${comment.id}`, `${p}:h:${comment.id}`, `${p}:report:${body.reportId}`, `${p}:reports:${comment.id}`, `${p}:reporters:${comment.id}`];
      expect(await Promise.all(keys.map((k) => redis.pttl(k)))).toEqual(keys.map(() => -1));
      await service.request('POST', `/v1/review/comments/${comment.id}/report-decision`, { key: KEYS.anna, json: { decision: 'keep' } });
      const retentionMs = service.config.comments.decidedRetentionMs;
      for (const ttl of await Promise.all(keys.map((k) => redis.pttl(k)))) {
        expect(ttl).toBeGreaterThan(retentionMs - 60_000);
        expect(ttl).toBeLessThanOrEqual(retentionMs);
      }
    } finally {
      redis.disconnect();
    }
  });
});

describe('REPORTS_TO_HIDE hides a reported comment until a moderator decides', () => {
  let service: ServiceHarness;
  beforeAll(async () => {
    service = await startService({ overrides: { scoring: keywordScoring() }, env: { API_KEYS, REPORTS_TO_HIDE: '2', REPORTS_TO_REVIEW: '5' } });
  });
  afterAll(async () => {
    await service.close();
  });

  it('When two readers report an approved comment, then it is `reported` (not published) and a keep publishes it again', async () => {
    const comment = await approvedComment(service, 'author-h');
    await report(service, comment.id, { reason: 'spam', reporter: { id: 'h1' } });
    expect((await service.request<Comment>('GET', `/v1/comments/${comment.id}`, { key: KEYS.site })).body.status).toBe('approved');
    await report(service, comment.id, { reason: 'spam', reporter: { id: 'h2' } });
    const hidden = await service.request<Comment>('GET', `/v1/comments/${comment.id}`, { key: KEYS.site });
    expect(hidden.body.status).toBe('reported');
    expect((await reportedQueue(service)).map((c) => [c.id, c.status])).toEqual([[comment.id, 'reported']]);
    const stats = await service.request<{ comments: Record<string, number> }>('GET', '/v1/queue/stats', { key: KEYS.anna });
    expect(stats.body.comments).toMatchObject({ reported: 1 });

    const kept = await service.request<Comment>('POST', `/v1/review/comments/${comment.id}/report-decision`, { key: KEYS.anna, json: { decision: 'keep', version: hidden.body.version } });
    expect(kept.status).toBe(200);
    expect(kept.body.status).toBe('approved');
    expect(await reportedQueue(service)).toEqual([]);
    const history = await service.request<{ history: HistoryEntry[] }>('GET', `/v1/comments/${comment.id}/history`, { key: KEYS.anna });
    expect(history.body.history.slice(2).map((h) => `${h.from}->${h.to}: ${h.reasons[0]?.rule}`)).toEqual(['approved->reported: reports.hidden', 'reported->reported: reports.queued', 'reported->approved: report.dismissed']);
  });
});
