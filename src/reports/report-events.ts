import { randomUUID } from 'node:crypto';
import type { Appeal, Comment, Legality, Report, ReportOutcome } from '../domain';

/** What a reporter or appellant can still do about a decision (DSA Art. 17(3)(f), Art. 20, Art. 21). */
export interface Redress {
  /** Until when an internal complaint is open to this person (`POST /v1/comments/:id/appeals`); null: none. */
  appealUntil: string | null;
  text: string;
}

const OUT_OF_COURT = 'Out-of-court dispute settlement (DSA Art. 21) and the courts remain open.';

/** A reader's report arrived: its confirmation of receipt, for the site to pass on. Carries no report text. */
export interface ReportReceivedEvent {
  id: string;
  type: 'report.received';
  createdAt: string;
  data: { reportId: string; commentId: string; articleId: string; externalId: string | null; reason: Report['reason']; reporter: { id: string }; receivedAt: string };
}

/**
 * A moderator decided a reported comment: one event per report, so that the site can tell each reporter the outcome
 * and the redress open to them. The store adds `reportId`, `reporter` and `reason` to `data`.
 */
export interface ReportDecidedEvent {
  id: string;
  type: 'report.decided';
  createdAt: string;
  data: ReportDecidedData & { reportId: string; reporter: { id: string }; reason: Report['reason'] };
}

export interface ReportDecidedData {
  commentId: string;
  articleId: string;
  externalId: string | null;
  outcome: ReportOutcome;
  /** On `illegal` reports decided with a finding: the finding and its legal ground. */
  legality: Legality | null;
  legalGround: string | null;
  decidedAt: string;
  redress: Redress;
}

/** An appeal was decided: for the site to tell the appellant. */
export interface AppealDecidedEvent {
  id: string;
  type: 'appeal.decided';
  createdAt: string;
  data: { appealId: string; commentId: string; articleId: string; externalId: string | null; by: { id: string }; role: Appeal['role']; outcome: 'upheld' | 'reversed'; status: Comment['status']; note: string | null; decidedAt: string; redress: Redress };
}

export function reportReceivedEvent(comment: Pick<Comment, 'id' | 'articleId' | 'externalId'>, report: Pick<Report, 'id' | 'reason' | 'reporter' | 'receivedAt'>): ReportReceivedEvent {
  return {
    id: randomUUID(),
    type: 'report.received',
    createdAt: report.receivedAt,
    data: { reportId: report.id, commentId: comment.id, articleId: comment.articleId, externalId: comment.externalId, reason: report.reason, reporter: { id: report.reporter.id }, receivedAt: report.receivedAt },
  };
}

/** The redress open to a reporter after a decision: an appeal against keeping the comment, else only Art. 21 and courts. */
export function reporterRedress(outcome: ReportOutcome, appealUntil: string): Redress {
  if (outcome === 'kept') {
    return { appealUntil, text: `The comment was kept. You may appeal this decision until ${appealUntil} (internal complaint, DSA Art. 20). ${OUT_OF_COURT}` };
  }
  return { appealUntil: null, text: `The comment was removed. ${OUT_OF_COURT}` };
}

export function reportDecidedData(comment: Pick<Comment, 'id' | 'articleId' | 'externalId'>, fields: Omit<ReportDecidedData, 'commentId' | 'articleId' | 'externalId'>): ReportDecidedData {
  return { commentId: comment.id, articleId: comment.articleId, externalId: comment.externalId, ...fields };
}

export function appealDecidedEvent(comment: Pick<Comment, 'id' | 'articleId' | 'externalId'>, appeal: Appeal, fields: { outcome: 'upheld' | 'reversed'; status: Comment['status']; note: string | null; decidedAt: string }): AppealDecidedEvent {
  return {
    id: randomUUID(),
    type: 'appeal.decided',
    createdAt: fields.decidedAt,
    data: {
      appealId: appeal.id,
      commentId: comment.id,
      articleId: comment.articleId,
      externalId: comment.externalId,
      by: appeal.by,
      role: appeal.role,
      ...fields,
      redress: { appealUntil: null, text: `The appeal was ${fields.outcome === 'upheld' ? 'rejected: the decision stands' : 'granted: the decision was reversed'}. ${OUT_OF_COURT}` },
    },
  };
}
