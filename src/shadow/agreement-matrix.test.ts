import { agreementMatrix } from './agreement-matrix';

describe('agreement matrix', () => {
  const items = [
    { commentId: 'a', live: 'approved', shadow: 'approved' },
    { commentId: 'b', live: 'approved', shadow: 'held' },
    { commentId: 'c', live: 'approved', shadow: 'held' },
    { commentId: 'd', live: 'held', shadow: 'held' },
    { commentId: 'e', live: 'rejected', shadow: 'held' },
    { commentId: 'f', live: 'rejected', shadow: 'rejected' },
    { commentId: 'g', live: 'held', shadow: 'error' },
  ] as const;

  it('When verdicts are counted, then the cells plus the shadow errors add up to the comments', () => {
    const agreement = agreementMatrix(items, { examplesPerCell: 10 });
    expect(agreement.matrix).toEqual({
      approved: { approved: 1, held: 2, rejected: 0 },
      held: { approved: 0, held: 1, rejected: 0 },
      rejected: { approved: 0, held: 1, rejected: 1 },
    });
    expect(agreement.shadowErrors).toBe(1);
    expect(agreement.total).toBe(7);
    expect(agreement.agreementRate).toBe(0.5);
  });

  it('When they disagree, then each disagreement cell names its comments, up to the limit', () => {
    const agreement = agreementMatrix(items, { examplesPerCell: 1 });
    expect(agreement.disagreements).toEqual([
      { live: 'approved', shadow: 'held', count: 2, examples: ['b'] },
      { live: 'rejected', shadow: 'held', count: 1, examples: ['e'] },
    ]);
  });

  it('When there is nothing to compare, then the agreement rate is null', () => {
    expect(agreementMatrix([], { examplesPerCell: 3 }).agreementRate).toBeNull();
  });
});
