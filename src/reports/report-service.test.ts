import { submitReportSchema, reportDecisionSchema } from '../http/schemas';
import { parse } from '../http/route';
import { ValidationError } from '../errors/app-errors';
import type { Comment, Report } from '../domain';
import type { CommentStore } from '../comments/comment-store';
import { addMonths, ReportService } from './report-service';
import type { NewAppeal, ReportStore } from './report-store';

function failures(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return (error.details as { path: string }[]).map((d) => d.path);
    throw error;
  }
  return [];
}

describe('reports: what a notice and a decision must carry', () => {
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

describe('appeals: who may appeal, and until when', () => {
  const decidedAt = '2026-01-31T12:00:00.000Z';
  const comment = (status: Comment['status'], rule: string): Comment => ({
    id: 'c-1',
    status,
    articleId: 'a-1',
    text: 't',
    author: { id: 'author' },
    language: 'de',
    languageSource: 'detected',
    externalId: null,
    parentId: null,
    metadata: {},
    client: 'widget',
    scores: {},
    scoring: null,
    decision: { by: 'anna', status: status === 'rejected' ? 'rejected' : 'approved', reasons: [{ rule }], at: decidedAt },
    createdAt: '2026-01-30T12:00:00.000Z',
    decidedAt,
    version: 3,
  });
  const dismissed = { reporter: { id: 'reader' }, state: 'dismissed', reason: 'spam' } as Report;

  function service(current: Comment, nowIso: string, reports: Report[] = []) {
    const opened: NewAppeal[] = [];
    const reportStore = {
      reportsOf: async () => reports,
      openAppeal: async (_c: Comment, appeal: NewAppeal) => {
        opened.push(appeal);
        return { outcome: 'opened' as const, appeal: { ...appeal, state: 'open' as const, decidedBy: null, decidedAt: null, note: null } };
      },
      openAppealOf: async () => ({ id: 'ap-1', commentId: 'c-1', by: { id: 'author' }, role: 'author' as const, explanation: 'e', receivedAt: decidedAt, against: { by: 'anna', status: 'rejected', at: decidedAt }, state: 'open' as const, decidedBy: null, decidedAt: null, note: null }),
      decideAppeal: async () => {
        throw new Error('must not be called');
      },
    } as unknown as ReportStore;
    const comments = { get: async () => current } as unknown as CommentStore;
    const reportService = new ReportService({ reports: reportStore, comments, now: () => new Date(nowIso), settings: { reportsToReview: 3, reportsToHide: 0, appealWindowMonths: 6 }, claimLeaseMs: 1000 });
    return { reportService, opened };
  }

  async function status(promise: Promise<unknown>): Promise<number> {
    try {
      await promise;
      return 200;
    } catch (error) {
      return (error as { status: number }).status;
    }
  }

  it('When the author of a rejected comment appeals on the last day of the window, then it is taken; a millisecond later, 409', async () => {
    const rejected = comment('rejected', 'report.removed');
    // 31 January + 6 months: 31 July.
    const onTime = service(rejected, '2026-07-31T12:00:00.000Z');
    expect(await status(onTime.reportService.appeal('c-1', { by: { id: 'author' }, explanation: 'e' }, 'site'))).toBe(200);
    expect(onTime.opened.map((a) => [a.role, a.against.by])).toEqual([['author', 'anna']]);
    expect(await status(service(rejected, '2026-07-31T12:00:00.001Z').reportService.appeal('c-1', { by: { id: 'author' }, explanation: 'e' }, 'site'))).toBe(409);
  });

  it('When someone else appeals, then 403: a reader of a removed comment, the author of a kept one, a reporter of a comment never kept', async () => {
    expect(await status(service(comment('rejected', 'report.removed'), decidedAt, [dismissed]).reportService.appeal('c-1', { by: { id: 'reader' }, explanation: 'e' }, 'site'))).toBe(403);
    expect(await status(service(comment('approved', 'report.dismissed'), decidedAt, [dismissed]).reportService.appeal('c-1', { by: { id: 'author' }, explanation: 'e' }, 'site'))).toBe(403);
    expect(await status(service(comment('approved', 'below_thresholds'), decidedAt, [dismissed]).reportService.appeal('c-1', { by: { id: 'reader' }, explanation: 'e' }, 'site'))).toBe(403);
    const kept = service(comment('approved', 'report.dismissed'), decidedAt, [dismissed]);
    expect(await status(kept.reportService.appeal('c-1', { by: { id: 'reader' }, explanation: 'e' }, 'site'))).toBe(200);
    expect(kept.opened[0]?.role).toBe('reporter');
  });

  it('When the moderator who decided tries to decide the appeal, then 403 before anything is written', async () => {
    const { reportService } = service(comment('rejected', 'report.removed'), decidedAt);
    expect(await status(reportService.decideAppeal('c-1', 'anna', { decision: 'reverse' }))).toBe(403);
  });
});
