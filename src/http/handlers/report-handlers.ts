import type { ReportService } from '../../reports/report-service';
import type { ReviewService } from '../../review/review-service';
import {
  appealDecisionSchema,
  appealSchema,
  bulkReportDecisionSchema,
  commentIdSchema,
  listQueueQuerySchema,
  reportDecisionSchema,
  reportIdSchema,
  submitReportSchema,
} from '../schemas';
import { commentView, parse, type Handler } from '../route';
import { listHeldComments } from './review-handlers';

function callerOf(request: Parameters<Handler>[0]): string {
  return request.principal?.name ?? 'unknown';
}

/** A reader's report: 202 with the confirmation of receipt, or 200 with the first report when the reader repeats. */
export function submitReport(deps: { reports: ReportService }): Handler {
  return async (request) => {
    const { id } = parse(commentIdSchema, request.params, 'params');
    const body = parse(submitReportSchema, request.body, 'body');
    const { report, created } = await deps.reports.submitReport(id, body, callerOf(request));
    return {
      status: created ? 202 : 200,
      headers: { Location: `/v1/reports/${report.id}`, ...(created ? {} : { 'Idempotent-Replayed': 'true' }) },
      body: { reportId: report.id, receivedAt: report.receivedAt },
    };
  };
}

export function getReport(deps: { reports: ReportService }): Handler {
  return async (request) => {
    const { reportId } = parse(reportIdSchema, request.params, 'params');
    const { client: _client, ...report } = await deps.reports.getReport(reportId);
    return { status: 200, body: report };
  };
}

export function exportCommentReports(deps: { reports: ReportService }): Handler {
  return async (request) => {
    const { id } = parse(commentIdSchema, request.params, 'params');
    // The id is checked by its schema (letters, digits, _ and -), so it is safe in the header.
    return { status: 200, headers: { 'Content-Disposition': `attachment; filename="dsa-export-${id}.json"` }, body: await deps.reports.exportComment(id) };
  };
}

/** `status=held` (the default) lists held comments; `reported` and `appealed` list those queues with their reports. */
export function listReviewQueue(deps: { review: ReviewService; reports: ReportService }): Handler {
  const held = listHeldComments(deps);
  return async (request) => {
    const status = request.query.status;
    if (status !== 'reported' && status !== 'appealed') return held(request);
    const query = parse(listQueueQuerySchema, request.query, 'query');
    const page = await deps.reports.listQueue(query.status, { limit: query.limit, ...(query.cursor === undefined ? {} : { cursor: query.cursor }) });
    return { status: 200, body: { items: page.items.map(commentView), nextCursor: page.nextCursor } };
  };
}

export function decideReported(deps: { reports: ReportService }): Handler {
  return async (request) => {
    const { id } = parse(commentIdSchema, request.params, 'params');
    const body = parse(reportDecisionSchema, request.body, 'body');
    return { status: 200, body: commentView(await deps.reports.decideReported(id, callerOf(request), body)) };
  };
}

export function decideReportedMany(deps: { reports: ReportService }): Handler {
  return async (request) => {
    const { decisions } = parse(bulkReportDecisionSchema, request.body, 'body');
    return { status: 200, body: { results: await deps.reports.decideReportedMany(callerOf(request), decisions) } };
  };
}

export function submitAppeal(deps: { reports: ReportService }): Handler {
  return async (request) => {
    const { id } = parse(commentIdSchema, request.params, 'params');
    const body = parse(appealSchema, request.body, 'body');
    const appeal = await deps.reports.appeal(id, body, callerOf(request));
    return { status: 202, body: { appealId: appeal.id, receivedAt: appeal.receivedAt, appeal } };
  };
}

export function decideAppeal(deps: { reports: ReportService }): Handler {
  return async (request) => {
    const { id } = parse(commentIdSchema, request.params, 'params');
    const body = parse(appealDecisionSchema, request.body, 'body');
    const { comment, appeal } = await deps.reports.decideAppeal(id, callerOf(request), body);
    return { status: 200, body: { comment: commentView(comment), appeal } };
  };
}
