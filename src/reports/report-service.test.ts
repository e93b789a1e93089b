import { submitReportSchema, reportDecisionSchema } from '../http/schemas';
import { parse } from '../http/route';
import { ValidationError } from '../errors/app-errors';
import { addMonths } from './report-service';

function failures(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return (error.details as { path: string }[]).map((d) => d.path);
    throw error;
  }
  return [];
}

describe('reports', () => {
  it('When an illegal-content report lacks explanation, law and good faith, then the 400 names each', () => {
    expect(failures(() => parse(submitReportSchema, { reason: 'illegal', reporter: { id: 'r' } }, 'body'))).toEqual(['explanation', 'law', 'bonaFide']);
    expect(failures(() => parse(submitReportSchema, { reason: 'illegal', reporter: { id: 'r' }, explanation: 'e', law: 'l', bonaFide: false }, 'body'))).toEqual(['bonaFide']);
    expect(failures(() => parse(submitReportSchema, { reason: 'illegal', reporter: { id: 'r' }, explanation: 'e', law: 'l', bonaFide: true }, 'body'))).toEqual([]);
  });

  it('When another reason is given without them, or an unknown reason, then only the unknown reason fails', () => {
    expect(failures(() => parse(submitReportSchema, { reason: 'spam', reporter: { id: 'r' } }, 'body'))).toEqual([]);
    expect(failures(() => parse(submitReportSchema, { reason: 'rude', reporter: { id: 'r', email: 'nope' } }, 'body'))).toEqual(['reason', 'reporter.email']);
  });

  it('When a moderator removes without a reason code, or finds illegality without a ground, then 400', () => {
    expect(failures(() => parse(reportDecisionSchema, { decision: 'remove' }, 'body'))).toEqual(['reasonCode']);
    expect(failures(() => parse(reportDecisionSchema, { decision: 'keep', legality: 'illegal' }, 'body'))).toEqual(['legalGround']);
    expect(failures(() => parse(reportDecisionSchema, { decision: 'keep' }, 'body'))).toEqual([]);
  });

  it('When six months are added, then the calendar date is kept, or the month end when it has no such day', () => {
    expect(addMonths('2026-01-15T10:00:00.000Z', 6).toISOString()).toBe('2026-07-15T10:00:00.000Z');
    expect(addMonths('2026-08-31T10:00:00.000Z', 6).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(addMonths('2027-08-31T10:00:00.000Z', 6).toISOString()).toBe('2028-02-29T10:00:00.000Z');
  });
});
