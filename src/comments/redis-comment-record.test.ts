import type { HistoryEntry } from '../domain';
import { decodeScores, encodeScores, FIELD, newRecordFields, toComment, toHistory } from './redis-comment-record';

const createdAt = '2026-12-01T10:00:00.000Z';
const createdAtMs = Date.parse(createdAt);

describe('The compact comment record', () => {
  it('When scores are encoded, then they decode to the same scores, absent attributes staying absent', () => {
    for (const scores of [{}, { TOXICITY: 0.3631, INSULT: 0, IDENTITY_ATTACK: 0.0004 }, { SEVERE_TOXICITY: 1 }]) {
      expect(decodeScores(encodeScores(scores))).toEqual(scores);
    }
    expect(encodeScores({ TOXICITY: 0.5, INSULT: 0.25 })).toBe('0.5,,0.25');
  });

  it('When a new comment has no optional values, then none of them is stored, and it reads back the same', () => {
    const comment = { id: 'c1', articleId: 'a', text: 'Hallo', author: { id: 'r' }, language: null, languageSource: null, externalId: null, parentId: null, metadata: {}, client: 'widget', createdAt };
    const fields = newRecordFields(comment, createdAtMs);
    expect(fields).toEqual([FIELD.articleId, 'a', FIELD.text, 'Hallo', FIELD.client, 'widget', FIELD.authorId, 'r']);
    const hash: Record<string, string> = { s: 'pending', v: '1', t: String(createdAtMs) };
    for (let i = 0; i < fields.length; i += 2) hash[fields[i] as string] = fields[i + 1] as string;
    expect(toComment('c1', hash)).toEqual({ ...comment, status: 'pending', scores: {}, scoring: null, decision: null, decidedAt: null, version: 1 });
  });

  it('When createdAt is not the ISO form of its milliseconds, then it is stored as given', () => {
    expect(newRecordFields({ id: 'c', articleId: 'a', text: 't', author: { id: 'r' }, language: null, languageSource: null, externalId: null, parentId: null, metadata: {}, client: 'k', createdAt: '2026-12-01T10:00:00Z' }, createdAtMs)).toContain(FIELD.createdAt);
  });

  it('When the trail list holds replaced decisions and report entries, then the history is in order with the latest decision last', () => {
    const auto = { by: 'auto', status: 'approved', reasons: [{ rule: 'below_thresholds' }], at: '2026-12-01T10:00:01.000Z' };
    const hidden: HistoryEntry = { at: '2026-12-01T11:00:00.000Z', by: 'readers', from: 'approved', to: 'reported', reasons: [{ rule: 'reports.hidden' }] };
    const moderator = { by: 'anna', status: 'rejected', reasons: [{ rule: 'moderator' }], at: '2026-12-01T12:00:00.000Z' };
    const hash = { s: 'rejected', v: '4', t: String(createdAtMs), k: 'widget', d: JSON.stringify(moderator), f: 'reported' };
    expect(toHistory(hash, [`pending ${JSON.stringify(auto)}`, JSON.stringify(hidden)])).toEqual([
      { at: createdAt, by: 'widget', from: null, to: 'pending', reasons: [{ rule: 'submitted' }] },
      { at: auto.at, by: 'auto', from: 'pending', to: 'approved', reasons: auto.reasons },
      hidden,
      { at: moderator.at, by: 'anna', from: 'reported', to: 'rejected', reasons: moderator.reasons },
    ]);
    // Without `f` the latest decision is in the list already: not repeated.
    const { f: _from, ...materialized } = hash;
    expect(toHistory(materialized, [])).toHaveLength(1);
  });

  it('When a record has the earlier long field names, then it is read as such', () => {
    const legacy = { id: 'old', status: 'held', articleId: 'a', text: 't', author: '{"id":"r"}', externalId: '', parentId: '', metadata: '{}', client: 'k', createdAt, createdAtMs: String(createdAtMs), version: '2', scores: '{"TOXICITY":0.6}' };
    expect(toComment('old', legacy)).toMatchObject({ id: 'old', status: 'held', author: { id: 'r' }, externalId: null, scores: { TOXICITY: 0.6 }, version: 2 });
  });
});
