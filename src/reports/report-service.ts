import { randomUUID } from 'node:crypto';
import type { Appeal, Comment, CommentStatus, Decision, DecisionReason, HistoryEntry, Legality, Report, ReportReason, Reporter, ReviewQueue } from '../domain';
import type { Claim, ClaimOutcome, CommentStore, Page } from '../comments/comment-store';
import { decodeCursor, encodeCursor } from '../comments/cursor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors/app-errors';
import { bulkResultOf, decideEach, type BulkResult } from '../review/decision-outcome';
import { statementOfReasons, type ReasonCode, type StatementOfReasons } from '../review/statement-of-reasons';
import { decisionEvent } from '../webhooks/decision-event';
import { decidedOrThrow } from '../review/decision-outcome';
import { appealDecidedEvent, reportDecidedData, reporterRedress, reportReceivedEvent } from './report-events';
import type { ReportedDecisionOutcome, ReportStore } from './report-store';
import type { DecisionRecorder } from '../stats/decision-recorder';

/** How a 409 says that a comment is no longer on the queue this decision is for. */
const NOT_ON_QUEUE = ' and not on this queue, which this decision needs';

export interface SubmitReportInput {
  reason: ReportReason;
  reporter: Reporter;
  explanation?: string;
  law?: string;
  bonaFide?: boolean;
}

export interface ReportDecisionInput {
  decision: 'keep' | 'remove';
  reasonCode?: ReasonCode;
  note?: string;
  legality?: Legality;
  legalGround?: string;
  /** The version the moderator saw; a changed comment is a conflict. */
  version?: number;
}

export interface AppealInput {
  by: { id: string };
  explanation: string;
}

export interface AppealDecisionInput {
  decision: 'uphold' | 'reverse';
  note?: string;
  /** When reversing a decision to keep: the reason code of the removal (default `other`). */
  reasonCode?: ReasonCode;
  version?: number;
}

/** A comment of the reported or appealed queue as moderators list it: with every report and its open appeal. */
export interface QueuedComment extends Comment {
  claim: Claim | null;
  reports: Report[];
  appeal: Appeal | null;
}

/** One comment's reports, appeals and decisions, for an authority (DSA Art. 16, 17, 20). */
export interface DsaExport {
  exportedAt: string;
  comment: Omit<Comment, 'client'> & { statementOfReasons: StatementOfReasons | null };
  reports: Report[];
  appeals: Appeal[];
  history: HistoryEntry[];
}

export interface ReportSettings {
  /** Open non-illegal reports from distinct readers that put a published comment on the reported queue. */
  reportsToReview: number;
  /** Open reports that hide an approved comment (status `reported`) until a moderator decides; 0: never. */
  reportsToHide: number;
  /** How long after a decision it may be appealed (DSA Art. 20: at least six months). */
  appealWindowMonths: number;
}

export interface ReportServiceDeps {
  reports: ReportStore;
  comments: CommentStore;
  now: () => Date;
  settings: ReportSettings;
  claimLeaseMs: number;
  newId?: () => string;
  /** Told of every decision made here (metrics, queue-health statistics). */
  recorder?: DecisionRecorder;
  /** Keeps each decision made here for threshold calibration (src/calibration); never fails a decision. */
  labels?: { record(before: Comment, after: Comment): Promise<void> };
}

/** The calendar date `months` after `iso` (31 August + 6 months: 28/29 February, never 3 March). */
export function addMonths(iso: string, months: number): Date {
  const date = new Date(iso);
  const day = date.getUTCDate();
  date.setUTCMonth(date.getUTCMonth() + months);
  if (date.getUTCDate() < day) date.setUTCDate(0);
  return date;
}

/** Readers' reports (notices) and appeals, and what moderators do with reported and appealed comments. */
export class ReportService {
  private readonly newId: () => string;

  constructor(private readonly deps: ReportServiceDeps) {
    this.newId = deps.newId ?? randomUUID;
  }

  /**
   * Stores a reader's report on a published comment (approved, or hidden by reports); a repeat by the same reader
   * returns the first report (`created: false`). 409 for a comment readers cannot see.
   */
  async submitReport(commentId: string, input: SubmitReportInput, client: string): Promise<{ report: Report; created: boolean }> {
    const comment = await this.comment(commentId);
    const report = {
      id: this.newId(),
      commentId,
      reason: input.reason,
      reporter: input.reporter,
      explanation: input.explanation ?? null,
      law: input.law ?? null,
      bonaFide: input.bonaFide === true,
      client,
      receivedAt: this.deps.now().toISOString(),
    };
    const outcome = await this.deps.reports.addReport(comment, report, this.deps.settings, JSON.stringify(reportReceivedEvent(comment, report)));
    if (outcome.outcome === 'missing') throw new NotFoundError(`comment ${commentId} does not exist`);
    if (outcome.outcome === 'not_published') {
      throw new ConflictError(`comment ${commentId} is ${outcome.status}, not published: there is nothing to report`, { reason: 'not_published', status: outcome.status });
    }
    return { report: outcome.report, created: outcome.outcome === 'created' };
  }

  async getReport(id: string): Promise<Report> {
    const report = await this.deps.reports.getReport(id);
    if (report === null) throw new NotFoundError(`report ${id} does not exist`);
    return report;
  }

  async exportComment(id: string): Promise<DsaExport> {
    const comment = await this.comment(id);
    const [reports, appeals, history] = await Promise.all([this.deps.reports.reportsOf(id), this.deps.reports.appealsOf(id), this.deps.comments.history(id)]);
    const { client: _client, ...view } = comment;
    return { exportedAt: this.deps.now().toISOString(), comment: { ...view, statementOfReasons: statementOfReasons(comment) }, reports, appeals, history };
  }

  async listQueue(queue: ReviewQueue, query: { limit: number; cursor?: string }): Promise<Page<QueuedComment>> {
    const positions = await this.deps.reports.queuePage(queue, query.limit + 1, query.cursor === undefined ? undefined : decodeCursor(query.cursor));
    const page = positions.slice(0, query.limit);
    const comments = await this.deps.comments.getMany(page.map((p) => p.id));
    // A comment decided by another route meanwhile (a reversal) is left out.
    const listed = comments.filter((c): c is Comment => c !== null && (queue !== 'reported' || c.status === 'approved' || c.status === 'reported'));
    // All at once: the API's client pipelines concurrent commands into few round trips.
    const items: QueuedComment[] = await Promise.all(
      listed.map(async (comment) => {
        const [reports, appeal, claim] = await Promise.all([this.deps.reports.reportsOf(comment.id), this.deps.reports.openAppealOf(comment.id), this.deps.comments.getClaim(comment.id)]);
        return { ...comment, claim, reports, appeal };
      }),
    );
    const last = page[page.length - 1];
    return { items, nextCursor: positions.length > query.limit && last !== undefined ? encodeCursor(last) : null };
  }

  /** Claims a comment of the reported or appealed queue; null when it is on neither (the review service goes on). */
  claim(id: string, moderator: string): Promise<ClaimOutcome | null> {
    return this.deps.reports.claim(id, moderator, this.deps.claimLeaseMs);
  }

  /** Keeps or removes a comment of the reported queue. */
  async decideReported(id: string, moderator: string, input: ReportDecisionInput): Promise<Comment> {
    const missing = await this.missingFinding(id, input);
    if (missing.length > 0) throw needsFinding(missing.map((field) => ({ path: field })));
    const outcome = await this.applyReported(id, moderator, input);
    if (outcome.outcome === 'needs_finding') throw needsFinding(missingFields(input).map((field) => ({ path: field })));
    return decidedOrThrow(id, outcome, NOT_ON_QUEUE);
  }

  /** Decides up to 100 comments of the reported queue; answers per comment, as bulk decisions on held comments do. */
  async decideReportedMany(moderator: string, items: (ReportDecisionInput & { id: string })[]): Promise<BulkResult[]> {
    // Checked for every item before any is decided, so that a 400 means that nothing was decided.
    const missing = (await Promise.all(items.map(async (item, index) => (await this.missingFinding(item.id, item)).map((field) => ({ path: `decisions.${index}.${field}` }))))).flat();
    if (missing.length > 0) throw needsFinding(missing);
    return decideEach(items, async (item) => {
      const outcome = await this.applyReported(item.id, moderator, item);
      if (outcome.outcome !== 'needs_finding') return bulkResultOf(item.id, outcome);
      // An illegal-content report arrived between the check above and this decision.
      const current = await this.deps.comments.get(item.id);
      if (current === null) return { id: item.id, result: 'not_found' };
      return { id: item.id, result: 'conflict', reason: 'needs_finding', status: current.status, version: current.version, claim: await this.deps.comments.getClaim(item.id) };
    });
  }

  /**
   * A notice of illegal content is answered with a finding on its legality and the ground (DSA Art. 16(5), 17(3)(d)):
   * the fields a removal lacks while such a report is open.
   */
  private async missingFinding(id: string, input: ReportDecisionInput): Promise<string[]> {
    if (input.decision !== 'remove' || missingFields(input).length === 0) return [];
    const reports = await this.deps.reports.reportsOf(id);
    return reports.some((r) => r.state === 'open' && r.reason === 'illegal') ? missingFields(input) : [];
  }

  private async applyReported(id: string, moderator: string, input: ReportDecisionInput): Promise<ReportedDecisionOutcome> {
    const comment = await this.deps.comments.get(id);
    if (comment === null) return { outcome: 'missing' };
    const at = this.deps.now().toISOString();
    const reason: DecisionReason = { rule: input.decision === 'remove' ? 'report.removed' : 'report.dismissed' };
    if (input.decision === 'remove') reason.code = input.reasonCode ?? 'other';
    if (input.note !== undefined) reason.note = input.note;
    if (input.legality !== undefined) reason.legality = input.legality;
    if (input.legalGround !== undefined) reason.legalGround = input.legalGround;
    const decision: Decision = { by: moderator, status: input.decision === 'remove' ? 'rejected' : 'approved', reasons: [reason], at };
    const outcome = input.decision === 'remove' ? 'removed' : 'kept';
    const decided = await this.deps.reports.decideReported(comment, {
      outcome,
      decision,
      moderator,
      commentEvent: JSON.stringify(decisionEvent(comment, decision)),
      eventIdPrefix: this.newId(),
      reportEventData: { ...reportDecidedData(comment, { outcome, legality: input.legality ?? null, legalGround: input.legalGround ?? null, decidedAt: at, redress: reporterRedress(outcome, this.appealUntil(at).toISOString()) }) },
      ...(input.version === undefined ? {} : { expectedVersion: input.version }),
    });
    if (decided.outcome === 'decided') await this.deps.recorder?.moderatorDecided({ before: comment, after: decided.comment, moderator, reversal: true });
    // A reported comment the machine had approved, removed or kept by a person: calibration's best evidence below the hold line.
    if (decided.outcome === 'decided') await this.deps.labels?.record(comment, decided.comment);
    return decided;
  }

  /**
   * An internal complaint (DSA Art. 20) from the author of a removed comment or a reporter of a kept one, within
   * the appeal window of the decision: 403 for anyone else, 409 once the window has closed or while an appeal is open.
   */
  async appeal(id: string, input: AppealInput, client: string): Promise<Appeal> {
    const comment = await this.comment(id);
    const decision = comment.decision;
    if (decision === null || comment.decidedAt === null || (comment.status !== 'approved' && comment.status !== 'rejected')) {
      throw new ConflictError(`comment ${id} is ${comment.status}: there is no decision to appeal`, { reason: 'not_decided', status: comment.status });
    }
    let role: Appeal['role'] | null = null;
    if (comment.status === 'rejected' && input.by.id === comment.author.id) role = 'author';
    else if (comment.status === 'approved' && decision.reasons.some((r) => r.rule === 'report.dismissed')) {
      const reports = await this.deps.reports.reportsOf(id);
      if (reports.some((r) => r.reporter.id === input.by.id && r.state === 'dismissed')) role = 'reporter';
    }
    if (role === null) {
      throw new ForbiddenError(`only the author of a removed comment or a reader whose report was dismissed may appeal comment ${id}'s decision`, { reason: 'not_entitled' });
    }
    const until = this.appealUntil(comment.decidedAt);
    const now = this.deps.now();
    if (now.getTime() > until.getTime()) {
      throw new ConflictError(`the decision on comment ${id} can no longer be appealed: the window closed at ${until.toISOString()}`, { reason: 'appeal_window_closed', decidedAt: comment.decidedAt, appealUntil: until.toISOString() });
    }
    const outcome = await this.deps.reports.openAppeal(comment, {
      id: this.newId(),
      commentId: id,
      by: { id: input.by.id },
      role,
      explanation: input.explanation,
      receivedAt: now.toISOString(),
      against: { by: decision.by, status: comment.status, at: comment.decidedAt },
      client,
      historyReasons: [{ rule: 'appeal.received', note: `by the ${role}` }],
      event: '',
    });
    if (outcome.outcome === 'missing') throw new NotFoundError(`comment ${id} does not exist`);
    if (outcome.outcome === 'conflict') {
      const why = { changed: 'was decided again meanwhile: read it again', open: 'already has an open appeal', repeat: 'was already appealed by this person' }[outcome.reason];
      throw new ConflictError(`the decision on comment ${id} ${why}`, { reason: `appeal_${outcome.reason}` });
    }
    return outcome.appeal;
  }

  /**
   * Upholds or reverses the decision an open appeal contests. The moderator who made that decision may not (403):
   * Art. 20(6) asks that complaints are not decided solely by automated means, and a second look means another person.
   */
  async decideAppeal(id: string, moderator: string, input: AppealDecisionInput): Promise<{ comment: Comment; appeal: Appeal }> {
    const comment = await this.comment(id);
    const appeal = await this.deps.reports.openAppealOf(id);
    if (appeal === null) throw new ConflictError(`comment ${id} has no open appeal`, { reason: 'no_open_appeal', status: comment.status, version: comment.version });
    if (appeal.against.by === moderator) throw sameModerator(id, moderator);
    const at = this.deps.now().toISOString();
    const reversed = input.decision === 'reverse';
    const status: CommentStatus = reversed ? (comment.status === 'rejected' ? 'approved' : 'rejected') : comment.status;
    let decision: Decision | null = null;
    const reason: DecisionReason = { rule: reversed ? 'appeal.reversed' : 'appeal.upheld' };
    if (input.note !== undefined) reason.note = input.note;
    if (reversed) {
      if (status === 'rejected') reason.code = input.reasonCode ?? 'other';
      decision = { by: moderator, status: status === 'rejected' ? 'rejected' : 'approved', reasons: [reason], at };
    }
    const note = input.note ?? null;
    const outcome = await this.deps.reports.decideAppeal(comment, {
      appealId: appeal.id,
      outcome: reversed ? 'reversed' : 'upheld',
      decision,
      historyReasons: [reason],
      decidedAt: at,
      moderator,
      note,
      appealEvent: JSON.stringify(appealDecidedEvent(comment, appeal, { outcome: reversed ? 'reversed' : 'upheld', status, note, decidedAt: at })),
      commentEvent: decision === null ? '' : JSON.stringify(decisionEvent(comment, decision)),
      ...(input.version === undefined ? {} : { expectedVersion: input.version }),
    });
    if (outcome.outcome === 'forbidden') throw sameModerator(id, moderator);
    const decided = decidedOrThrow(id, outcome, NOT_ON_QUEUE);
    if (decision !== null) await this.deps.recorder?.moderatorDecided({ before: comment, after: decided, moderator, reversal: true });
    if (decision !== null) await this.deps.labels?.record(comment, decided);
    return { comment: decided, appeal: { ...appeal, state: reversed ? 'reversed' : 'upheld', decidedBy: moderator, decidedAt: at, note } };
  }

  private appealUntil(decidedAt: string): Date {
    return addMonths(decidedAt, this.deps.settings.appealWindowMonths);
  }

  private async comment(id: string): Promise<Comment> {
    const comment = await this.deps.comments.get(id);
    if (comment === null) throw new NotFoundError(`comment ${id} does not exist`);
    return comment;
  }
}

function missingFields(input: ReportDecisionInput): ('legality' | 'legalGround')[] {
  return (['legality', 'legalGround'] as const).filter((field) => input[field] === undefined);
}

function needsFinding(fields: { path: string }[]): ValidationError {
  return new ValidationError(
    `removing a comment reported as illegal needs a legality finding and its ground: ${fields.map((f) => f.path).join(', ')}`,
    fields.map(({ path }) => ({ path, message: 'is required: the comment has an open illegal-content report' })),
  );
}

function sameModerator(id: string, moderator: string): ForbiddenError {
  return new ForbiddenError(`${moderator} made the decision appealed on comment ${id}: another moderator must decide the appeal`, { reason: 'same_moderator' });
}
