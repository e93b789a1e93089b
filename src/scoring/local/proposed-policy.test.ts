import type { ScoreResult } from '../scorer';
import { decide } from './proposed-policy';

const result = (scores: ScoreResult['scores']): ScoreResult => ({ scorer: 'local', model: 'test', language: 'de', scores, spans: [] });

describe('decide (proposed bands)', () => {
  it('When every score is low, then approve', () => {
    expect(decide(result({ INSULT: 0.1, TOXICITY: 0.2 }))).toBe('approve');
  });
  it('When one score reaches hold, then hold', () => {
    expect(decide(result({ INSULT: 0.5, TOXICITY: 0.1 }))).toBe('hold');
  });
  it('When one score reaches reject, then reject whatever the others say', () => {
    expect(decide(result({ INSULT: 0.1, THREAT: 0.95 }))).toBe('reject');
  });
  it('When only profanity is certain, then hold, never reject', () => {
    expect(decide(result({ PROFANITY: 1 }))).toBe('hold');
  });
});
