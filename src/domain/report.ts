/**
 * Readers' reports (notices, EU DSA Art. 16) and appeals (internal complaints, Art. 20). A comment's status
 * says whether it is published; whether it waits for a moderator because of reports or an appeal is told by
 * the review queue it is in ({@link ReviewQueue}), so approved comments stay approved (and published) while reported,
 * unless REPORTS_TO_HIDE hides them (status `reported`).
 */
export const REPORT_REASONS = ['offensive', 'abusive', 'spam', 'illegal', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** `open` until a moderator decides the comment: `dismissed` when it is kept, `upheld` when it is removed. */
export type ReportState = 'open' | 'dismissed' | 'upheld';

/** What a moderator did with a reported comment. */
export type ReportOutcome = 'kept' | 'removed';

/** The review queues besides `held`. */
export const REVIEW_QUEUES = ['reported', 'appealed'] as const;
export type ReviewQueue = (typeof REVIEW_QUEUES)[number];

export interface Reporter {
  id: string;
  name?: string;
  email?: string;
}

/** One reader's notice about one comment. A reader counts once per comment. */
export interface Report {
  id: string;
  commentId: string;
  reason: ReportReason;
  reporter: Reporter;
  /** Required for `illegal`: why the content is illegal. */
  explanation: string | null;
  /** Required for `illegal`: which law or ground. */
  law: string | null;
  /** Required (true) for `illegal`: the reporter's statement of good faith. */
  bonaFide: boolean;
  /** Name of the API key that sent the report. */
  client: string;
  receivedAt: string;
  state: ReportState;
  outcome: ReportOutcome | null;
  decidedAt: string | null;
  decidedBy: string | null;
}

/** Who may appeal: the author of a removed comment, or a reporter of a kept one. */
export type AppellantRole = 'author' | 'reporter';
export type AppealState = 'open' | 'upheld' | 'reversed';

/** An internal complaint against one decision. */
export interface Appeal {
  id: string;
  commentId: string;
  by: { id: string };
  role: AppellantRole;
  explanation: string;
  receivedAt: string;
  /** The decision appealed against, as it was when the appeal came in. */
  against: { by: string; status: string; at: string };
  state: AppealState;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
}
