import type { CalibrationSample } from './calibration-samples';
import { CalibrationService, propose } from './calibration-service';

const decision = (score: number, rejected: boolean, language: 'de' | 'fr' = 'de'): CalibrationSample => ({
  commentId: `c${Math.random()}`,
  language,
  scores: { INSULT: score },
  source: 'decision',
  rejected,
});

describe('calibration', () => {
  // 40 held comments: moderators rejected all from 0.8 up and approved all below.
  const samples = Array.from({ length: 40 }, (_, i) => decision(0.5 + i * 0.0125, 0.5 + i * 0.0125 >= 0.8));
  const base = { attribute: 'INSULT' as const, language: 'de' as const, current: { hold: 0.5, reject: 0.95 }, targetPrecision: 0.95, targetRecall: 0.9, minSupport: 10 };

  it('When moderators reject everything from 0.8 up, then reject is proposed at 0.8 with its support and interval', () => {
    const proposal = propose(samples, base);
    expect(proposal.support).toMatchObject({ total: 40, rejected: 16, approved: 24, decisions: 40 });
    expect(proposal.reject).toMatchObject({ threshold: 0.8, precision: 1, support: 16 });
    expect(proposal.reject?.interval.low).toBeGreaterThan(0.75);
    expect(proposal.proposed?.reject).toBe(0.8);
    expect(proposal.proposed?.hold).toBeLessThanOrEqual(0.8);
  });

  it('When there are fewer decisions than the support asked, then nothing is proposed and the note says why', () => {
    const proposal = propose(samples.slice(0, 5), base);
    expect(proposal.proposed).toBeNull();
    expect(proposal.note).toContain('only 5 decisions');
  });

  it('When feedback labels one attribute, then it counts for that attribute only', () => {
    const feedback: CalibrationSample = { commentId: 'f', language: 'de', scores: { INSULT: 0.9, THREAT: 0.9 }, source: 'feedback', rejected: { THREAT: true } };
    expect(propose([feedback], { ...base, attribute: 'INSULT' }).support.total).toBe(0);
    expect(propose([feedback], { ...base, attribute: 'THREAT' }).support).toMatchObject({ total: 1, feedback: 1, rejected: 1 });
  });

  it('When no language is asked, then every language with decisions and all of them together are proposed', async () => {
    const service = new CalibrationService({
      collect: async () => ({ samples: [...samples, decision(0.9, true, 'fr')], decisions: 41, reversals: 0, feedback: 0, feedbackWithoutComment: 0, truncated: false }),
      policy: { defaults: { INSULT: { hold: 0.5, reject: 0.95 } }, languages: { de: { INSULT: { hold: 0.45, reject: 0.95 } } } },
    });
    const report = await service.calibrate({ attribute: 'INSULT', targetPrecision: 0.95, targetRecall: 0.9, minSupport: 10 });
    expect(report.proposals.map((p) => [p.language, p.current?.hold])).toEqual([
      ['all', 0.5],
      ['de', 0.45],
      ['fr', 0.5],
    ]);
  });
});

describe('calibration of an attribute that does not separate', () => {
  it('When the recall target is reached only at the lowest score, then no hold threshold is proposed and the note says why', () => {
    // Rejections split evenly over the scores: holding from the floor would hold everything.
    const flat: CalibrationSample[] = Array.from({ length: 40 }, (_, i) => ({ commentId: `c${i}`, language: 'de', scores: { PROFANITY: 0.02 + (i % 2) * 0.01 }, source: 'decision', rejected: i % 4 < 2 }));
    const proposal = propose(flat, { attribute: 'PROFANITY', language: 'de', current: { hold: 0.9, reject: 1 }, targetPrecision: 0.95, targetRecall: 0.9, minSupport: 10 });
    expect(proposal.hold).toBeNull();
    expect(proposal.note).toContain('PROFANITY does not separate');
  });
});
