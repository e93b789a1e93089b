import { holdThreshold, precisionRecall, rejectThreshold, wilsonInterval, type LabelledScore } from './statistics';

const scores = (pairs: [number, boolean][]): LabelledScore[] => pairs.map(([score, positive]) => ({ score, positive }));

describe('Wilson interval', () => {
  it('When 8 of 10 succeed, then the 95 % interval is 0.4902..0.9433 (the published value)', () => {
    expect(wilsonInterval(8, 10)).toEqual({ low: 0.4902, high: 0.9433 });
  });

  it('When all succeed, then the interval stays inside 0..1 and is not a point', () => {
    const interval = wilsonInterval(20, 20);
    expect(interval?.high).toBe(1);
    expect(interval?.low).toBeCloseTo(0.8389, 4);
  });

  it('When there are no trials, then there is no interval', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('precision and recall', () => {
  it('When 3 of 4 flagged are right and 1 of 4 positives is missed, then precision and recall are 0.75', () => {
    const pr = precisionRecall([
      { predicted: true, actual: true },
      { predicted: true, actual: true },
      { predicted: true, actual: true },
      { predicted: true, actual: false },
      { predicted: false, actual: true },
      { predicted: false, actual: false },
    ]);
    expect(pr).toMatchObject({ truePositives: 3, falsePositives: 1, falseNegatives: 1, trueNegatives: 1, precision: 0.75, recall: 0.75 });
  });

  it('When nothing is predicted positive, then precision is null rather than 0 or NaN', () => {
    expect(precisionRecall([{ predicted: false, actual: true }])).toMatchObject({ precision: null, recall: 0, precisionInterval: null });
  });
});

describe('threshold search', () => {
  // Ten decisions: moderators rejected everything at 0.8 and above, and one of the two at 0.7.
  const decisions = scores([
    [0.95, true],
    [0.9, true],
    [0.85, true],
    [0.8, true],
    [0.7, true],
    [0.7, false],
    [0.6, false],
    [0.5, true],
    [0.4, false],
    [0.3, false],
  ]);

  it('When precision 1 is asked, then the lowest threshold with no false rejection is proposed: 0.8, on 4 decisions', () => {
    expect(rejectThreshold(decisions, { targetPrecision: 1, minSupport: 1 })).toMatchObject({ threshold: 0.8, precision: 1, support: 4 });
  });

  it('When precision 0.8 is asked, then 0.7 qualifies (5 of 6) and is proposed', () => {
    expect(rejectThreshold(decisions, { targetPrecision: 0.8, minSupport: 1 })).toMatchObject({ threshold: 0.7, precision: 0.8333, support: 6 });
  });

  it('When the support asked for exceeds what qualifies, then no reject threshold is proposed', () => {
    expect(rejectThreshold(decisions, { targetPrecision: 1, minSupport: 5 })).toBeNull();
  });

  it('When recall 0.8 is asked, then the highest hold threshold catching 5 of the 6 rejections is 0.7', () => {
    expect(holdThreshold(decisions, { targetRecall: 0.8, minSupport: 1 })).toMatchObject({ threshold: 0.7, recall: 0.8333, support: 6 });
  });

  it('When recall 1 is asked, then the hold threshold goes down to the lowest rejected score, 0.5', () => {
    const hold = holdThreshold(decisions, { targetRecall: 1, minSupport: 1 });
    expect(hold).toMatchObject({ threshold: 0.5, recall: 1 });
    expect(hold?.interval).toEqual(wilsonInterval(6, 6));
  });

  it('When there are fewer rejections than the support asked for, then no hold threshold is proposed', () => {
    expect(holdThreshold(decisions, { targetRecall: 0.5, minSupport: 7 })).toBeNull();
  });
});
