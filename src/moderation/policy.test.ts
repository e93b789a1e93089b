import type { Policy } from '../domain';
import { applyPolicy } from './policy';

const policy: Policy = {
  defaults: { INSULT: { hold: 0.5, reject: 0.9 }, THREAT: { hold: 0.3, reject: 0.8 } },
  languages: { de: { INSULT: { hold: 0.6, reject: 0.95 } } },
};
const run = (scores: Record<string, number>, language: 'de' | 'en' = 'en') =>
  applyPolicy(policy, { language, scores, spans: [{ begin: 0, end: 3, attribute: 'INSULT', score: 0.9, rule: 'r' }], scorer: 'local' });

describe('routing policy', () => {
  it('When any score reaches its reject threshold, then the comment is rejected and every rejecting attribute is a reason', () => {
    const verdict = run({ INSULT: 0.9, THREAT: 0.85 });
    expect(verdict.status).toBe('rejected');
    expect(verdict.reasons.map((r) => [r.rule, r.attribute, r.threshold])).toEqual([
      ['threshold.reject', 'INSULT', 0.9],
      ['threshold.reject', 'THREAT', 0.8],
    ]);
    expect(verdict.reasons[0]?.spans).toHaveLength(1);
    expect(verdict.reasons[1]?.spans).toHaveLength(0);
  });

  it('When a score reaches only a hold threshold, then the comment is held', () => {
    expect(run({ INSULT: 0.1, THREAT: 0.3 })).toMatchObject({ status: 'held', reasons: [{ rule: 'threshold.hold', attribute: 'THREAT', score: 0.3 }] });
  });

  it('When every score is below its hold threshold, then the comment is approved with the highest score as the reason', () => {
    expect(run({ INSULT: 0.49, THREAT: 0.1 })).toMatchObject({ status: 'approved', reasons: [{ rule: 'below_thresholds', attribute: 'INSULT', score: 0.49, threshold: 0.5 }] });
  });

  it('When the language has its own thresholds, then they override the defaults for that language only', () => {
    expect(run({ INSULT: 0.55 }, 'de').status).toBe('approved');
    expect(run({ INSULT: 0.55 }, 'en').status).toBe('held');
    expect(run({ INSULT: 0.92 }, 'de').status).toBe('held');
  });
});
