import type { Appeal, Comment, CommentStatus, Decision, DecisionReason, Report, ReportOutcome, ReviewQueue } from '../domain';
import type { Claim, ClaimOutcome, ConflictReason } from '../comments/comment-store';

/** A report as intake hands it to the store; the store sets its state. */
export type NewReport = Omit<Report, 'state' | 'outcome' | 'decidedAt' | 'decidedBy'>;

export type AddReportOutcome =
  | { outcome: 'created'; report: Report; queued: boolean; hidden: boolean }
  /** This reporter reported the comment before: the first report, nothing stored. */
  | { outcome: 'repeat'; report: Report }
  /** Pending, held or rejected: readers cannot see it, so there is nothing to report; nothing stored. */
  | { outcome: 'not_published'; status: CommentStatus }
  | { outcome: 'missing' };

/** When reports put a comment on the reported queue, and hide it. */
export interface ReportRules {
  reportsToReview: number;
  /** 0: never hide. */
  reportsToHide: number;
}

export interface ReportedDecision {
  outcome: ReportOutcome;
  decision: Decision;
  expectedVersion?: number;
  moderator: string;
  /** comment.decided for the outbox ('' for none). */
  commentEvent: string;
  /** Prefix of the report.decided events' ids (one event per open report). */
  eventIdPrefix: string;
  /** What every report.decided event carries besides the report's id, reporter and reason. */
  reportEventData: Record<string, unknown>;
}

export type StoreDecisionOutcome =
  | { outcome: 'decided'; comment: Comment }
  | { outcome: 'conflict'; reason: ConflictReason; claim: Claim | null; comment: Comment }
  | { outcome: 'missing' };

/** A removal without a legality finding while an illegal-content report is open: nothing was written. */
export type ReportedDecisionOutcome = StoreDecisionOutcome | { outcome: 'needs_finding' };

export type OpenAppealOutcome =
  | { outcome: 'opened'; appeal: Appeal }
  | { outcome: 'conflict'; reason: 'changed' | 'open' | 'repeat' }
  | { outcome: 'missing' };

/** What opening an appeal stores: the appeal as received (its decision fields come later), and the audit entry. */
export interface NewAppeal extends Pick<Appeal, 'id' | 'commentId' | 'by' | 'role' | 'explanation' | 'receivedAt' | 'against'> {
  client: string;
  historyReasons: DecisionReason[];
  /** appeal.received for the outbox ('' for none). */
  event: string;
}

export interface AppealDecision {
  appealId: string;
  outcome: 'upheld' | 'reversed';
  /** The comment's new decision when reversed. */
  decision: Decision | null;
  historyReasons: DecisionReason[];
  decidedAt: string;
  expectedVersion?: number;
  moderator: string;
  note: string | null;
  appealEvent: string;
  commentEvent: string;
}

export type AppealDecisionOutcome = StoreDecisionOutcome | { outcome: 'forbidden'; contestedBy: string; comment: Comment };

/** A queue entry: the comment id and when it entered (ms). */
export interface QueuePosition {
  id: string;
  score: number;
}

/**
 * Where readers' reports and appeals live, with the reported and appealed review queues. Every change that touches
 * a comment (its status, version, trail, counts, outbox) is one Lua script in `./lua`.
 */
export interface ReportStore {
  addReport(comment: Comment, report: NewReport, rules: ReportRules, event: string): Promise<AddReportOutcome>;
  getReport(id: string): Promise<Report | null>;
  /** A comment's reports, oldest first. */
  reportsOf(commentId: string): Promise<Report[]>;
  /** A comment's appeals, oldest first. */
  appealsOf(commentId: string): Promise<Appeal[]>;
  /** The comment's open appeal, if any. */
  openAppealOf(commentId: string): Promise<Appeal | null>;
  /** Up to `limit` entries of a queue after `after`, oldest first. */
  queuePage(queue: ReviewQueue, limit: number, after?: QueuePosition): Promise<QueuePosition[]>;
  /** Claims a comment of the reported or appealed queue; null when it is on neither. */
  claim(id: string, moderator: string, leaseMs: number): Promise<ClaimOutcome | null>;
  decideReported(comment: Comment, decision: ReportedDecision): Promise<ReportedDecisionOutcome>;
  openAppeal(comment: Comment, appeal: NewAppeal): Promise<OpenAppealOutcome>;
  decideAppeal(comment: Comment, decision: AppealDecision): Promise<AppealDecisionOutcome>;
}
