import type { Comment } from '../../src/domain';
import { keywordScoring } from '../support/keyword-scorer';
import { startService, type ServiceHarness } from '../support/service-harness';
import { waitFor } from '../support/wait-for';

const KEYS = {
  intake: 'intake-key-0123456789',
  anna: 'anna-key-0123456789',
  ben: 'ben-key-01234567890',
  dashboard: 'dash-key-0123456789',
};

type ErrorBody = { error: { code: string; message: string; details: { reason: string; status: string; version: number; claim: { moderator: string } | null } } };

describe('review workflow for moderator teams', () => {
  let service: ServiceHarness;

  beforeAll(async () => {
    service = await startService({
      overrides: { scoring: keywordScoring() },
      env: {
        API_KEYS: `intake:site:${KEYS.intake},moderator:anna:${KEYS.anna},moderator:ben:${KEYS.ben},dashboard:grafana:${KEYS.dashboard}`,
        WORD_LIST_REFRESH_MS: '100',
      },
    });
  });
  afterAll(async () => {
    await service.close();
  });

  async function submit(text: string, extra: Record<string, unknown> = {}): Promise<Comment> {
    const { body } = await service.request<Comment>('POST', '/v1/comments', { key: KEYS.intake, json: { articleId: 'art', text, author: { id: `a-${text.length}-${Math.random()}` }, ...extra } });
    return waitFor(
      async () => {
        const { body: comment } = await service.request<Comment>('GET', `/v1/comments/${body.id}`, { key: KEYS.anna });
        return comment.status !== 'pending' ? comment : undefined;
      },
      { what: 'a decision' },
    );
  }

  it('When two moderators claim the same comment, then one wins and the other gets 409 naming the holder', async () => {
    const held = await submit('HOLDME claim');
    const [a, b] = await Promise.all([
      service.request<{ claim: { moderator: string } }>('POST', `/v1/review/comments/${held.id}/claim`, { key: KEYS.anna }),
      service.request<ErrorBody>('POST', `/v1/review/comments/${held.id}/claim`, { key: KEYS.ben }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = a.status === 200 ? 'anna' : 'ben';
    const loserKey = winner === 'anna' ? KEYS.ben : KEYS.anna;
    const winnerKey = winner === 'anna' ? KEYS.anna : KEYS.ben;

    const stolen = await service.request<ErrorBody>('POST', `/v1/review/comments/${held.id}/decision`, { key: loserKey, json: { decision: 'reject', reasonCode: 'insult' } });
    expect(stolen.status).toBe(409);
    expect(stolen.body.error.details).toMatchObject({ reason: 'claimed', status: 'held', claim: { moderator: winner } });

    // Only the holder gives a claim back; giving it back twice is fine (a retried DELETE).
    const releasedByLoser = await service.request<ErrorBody>('DELETE', `/v1/review/comments/${held.id}/claim`, { key: loserKey });
    expect(releasedByLoser.status).toBe(409);
    expect(releasedByLoser.body.error.details).toMatchObject({ reason: 'claimed', claim: { moderator: winner } });
    expect((await service.request('DELETE', `/v1/review/comments/${held.id}/claim`, { key: winnerKey })).status).toBe(204);
    expect((await service.request('DELETE', `/v1/review/comments/${held.id}/claim`, { key: winnerKey })).status).toBe(204);
    expect((await service.request('POST', `/v1/review/comments/${held.id}/claim`, { key: winnerKey })).status).toBe(200);

    const decided = await service.request<Comment>('POST', `/v1/review/comments/${held.id}/decision`, { key: winnerKey, json: { decision: 'reject', reasonCode: 'insult', version: held.version } });
    expect(decided.status).toBe(200);
    expect(decided.body.decision).toMatchObject({ by: winner, status: 'rejected', reasons: [{ rule: 'moderator', code: 'insult' }] });
  });

  it('When a moderator decides on a stale version, then 409 returns the current state and nothing changes', async () => {
    const held = await submit('HOLDME stale');
    const stale = await service.request<ErrorBody>('POST', `/v1/review/comments/${held.id}/decision`, { key: KEYS.anna, json: { decision: 'approve', version: held.version - 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toMatchObject({ reason: 'version', status: 'held', version: held.version });
    const { body } = await service.request<Comment>('GET', `/v1/comments/${held.id}`, { key: KEYS.anna });
    expect(body.status).toBe('held');
  });

  it('When a bulk decision mixes held, decided and unknown ids, then each gets its own answer', async () => {
    const held1 = await submit('HOLDME bulk 1');
    const held2 = await submit('HOLDME bulk 2');
    const approved = await submit('ganz harmlos');
    const response = await service.request<{ results: { id: string; result: string; status?: string; reason?: string }[] }>('POST', '/v1/review/decisions', {
      key: KEYS.ben,
      json: {
        decisions: [
          { id: held1.id, decision: 'approve' },
          { id: held2.id, decision: 'reject', reasonCode: 'spam', note: 'Werbung' },
          { id: approved.id, decision: 'reject' },
          { id: 'no-such-comment', decision: 'approve' },
        ],
      },
    });
    expect(response.status).toBe(200);
    expect(response.body.results).toEqual([
      expect.objectContaining({ id: held1.id, result: 'done', status: 'approved' }),
      expect.objectContaining({ id: held2.id, result: 'done', status: 'rejected' }),
      expect.objectContaining({ id: approved.id, result: 'conflict', reason: 'status', status: 'approved' }),
      { id: 'no-such-comment', result: 'not_found' },
    ]);
    const tooMany = await service.request('POST', '/v1/review/decisions', { key: KEYS.ben, json: { decisions: Array.from({ length: 101 }, (_, i) => ({ id: `c${i}`, decision: 'approve' })) } });
    expect(tooMany.status).toBe(400);
  });

  it('When a moderator reverses an automatic approval, then the history shows both and a rejection has a statement of reasons', async () => {
    const approved = await submit('harmlos, aber später gemeldet');
    expect(approved.status).toBe('approved');
    const reversed = await service.request<Comment & { statementOfReasons: { automated: boolean; reasonCode: string } }>('POST', `/v1/review/comments/${approved.id}/reversal`, {
      key: KEYS.anna,
      json: { decision: 'reject', reasonCode: 'personal_data', note: 'Adresse genannt' },
    });
    expect(reversed.status).toBe(200);
    expect(reversed.body.status).toBe('rejected');
    expect(reversed.body.statementOfReasons).toMatchObject({ automated: false, reasonCode: 'personal_data', restriction: 'removal' });
    const history = await service.request<{ history: { from: string | null; to: string; by: string }[] }>('GET', `/v1/comments/${approved.id}/history`, { key: KEYS.anna });
    expect(history.body.history.map((h) => `${h.from}->${h.to} by ${h.by}`)).toEqual(['null->pending by site', 'pending->approved by auto', 'approved->rejected by anna']);
  });

  it('When the held list is filtered and sorted by risk, then only matching comments come, riskiest first, with why they were held', async () => {
    await submit('HOLDME risk low', { articleId: 'risky', language: 'fr' });
    await submit('HOLDME again', { articleId: 'risky', language: 'it' });
    const fr = await service.request<{ items: Comment[] }>('GET', '/v1/review/comments?articleId=risky&language=fr', { key: KEYS.anna });
    expect(fr.body.items.map((c) => c.language)).toEqual(['fr']);
    expect(fr.body.items[0]?.decision?.reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'threshold.hold', attribute: 'INSULT', scorer: 'keyword', threshold: expect.any(Number), spans: [expect.objectContaining({ rule: 'keyword:HOLDME' })] })]),
    );
    const byRisk = await service.request<{ items: Comment[] }>('GET', '/v1/review/comments?sort=risk&attribute=INSULT&limit=100', { key: KEYS.anna });
    const risks = byRisk.body.items.map((c) => c.scores.INSULT ?? 0);
    expect(risks).toEqual([...risks].sort((x, y) => y - x));
    const young = await service.request<{ items: Comment[] }>('GET', '/v1/review/comments?minAgeSeconds=3600', { key: KEYS.anna });
    expect(young.body.items).toEqual([]);
  });

  it('When a moderator blocks a term, then the next comment with it (inflected, leetspeak) is rejected within seconds', async () => {
    const add = await service.request('POST', '/v1/word-lists/blocked/terms', { key: KEYS.anna, json: { term: 'Schafseckel', language: 'de' } });
    expect(add.status).toBe(201);
    const allow = await service.request('POST', '/v1/word-lists/watched/terms', { key: KEYS.anna, json: { term: 'Bünzli' } });
    expect(allow.status).toBe(201);
    const lists = await service.request<{ entries: { list: string; term: string; addedBy: string }[] }>('GET', '/v1/word-lists', { key: KEYS.anna });
    expect(lists.body.entries).toEqual(expect.arrayContaining([expect.objectContaining({ list: 'blocked', term: 'Schafseckel', addedBy: 'anna' })]));

    const blocked = await waitFor(async () => {
      const comment = await submit('Du bist ein Sch4fs3ckel!', { language: 'de' });
      return comment.status === 'rejected' ? comment : undefined;
    }, { what: 'the blocked term to take effect', timeoutMs: 8000 });
    const reason = blocked.decision?.reasons[0];
    expect(reason?.rule).toBe('word_list.blocked');
    expect(reason?.spans?.map((s) => blocked.text.slice(s.begin, s.end))).toEqual(['Sch4fs3ckel']);

    const watched = await submit('So ein Bünzli-Kommentar', { language: 'de' });
    expect(watched.status).toBe('held');
    expect(watched.decision?.reasons[0]?.rule).toBe('word_list.watched');

    expect((await service.request('DELETE', '/v1/word-lists/blocked/terms?term=Schafseckel&language=de', { key: KEYS.anna })).status).toBe(204);
    expect((await service.request('DELETE', '/v1/word-lists/blocked/terms?term=Schafseckel&language=de', { key: KEYS.anna })).status).toBe(404);
  });
});
