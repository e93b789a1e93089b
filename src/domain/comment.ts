import type { Attribute, AttributeScores, Span } from './attribute';
import type { Language } from './language';

/**
 * `reported`: an approved comment hidden by readers' reports (REPORTS_TO_HIDE) until a moderator decides; never
 * reached otherwise. Whether a comment waits in the reported or appealed review queue is not a status: see
 * `./report.ts`.
 */
export const COMMENT_STATUSES = ['pending', 'approved', 'held', 'rejected', 'reported'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
/** What a decision (the machine's or a moderator's) can set; `reported` is set by readers' reports only. */
export type DecidedStatus = Exclude<CommentStatus, 'pending' | 'reported'>;

export interface Author {
  id: string;
  name?: string;
  /** Set by the site for staff or verified readers: the author and form rules skip them, text scoring does not. */
  trusted?: boolean;
}

/** Why a comment went where it went. Every automatic and human decision carries at least one. */
export interface DecisionReason {
  /** e.g. `threshold.reject`, `threshold.hold`, `below_thresholds`, `scorer_unavailable`, `moderator`. */
  rule: string;
  attribute?: Attribute;
  score?: number;
  threshold?: number;
  scorer?: string;
  language?: Language;
  /** The parts of the text that explain the score (UTF-16 offsets, end exclusive). */
  spans?: Span[];
  /** Free text from a moderator, or detail on a failure (never the comment text). */
  note?: string;
  /** Moderators' reason code (insult, hate, threat, spam, off_topic, personal_data, other). */
  code?: string;
  /** On a decision about an `illegal` report: whether the moderator found the content illegal. */
  legality?: Legality;
  /** On such a decision: the law or ground the finding rests on. */
  legalGround?: string;
}

/** A moderator's finding on a notice of illegal content (DSA Art. 16). */
export type Legality = 'legal' | 'illegal';

export interface Decision {
  /** `auto`, or the name of the moderator. */
  by: string;
  status: DecidedStatus;
  reasons: DecisionReason[];
  at: string;
}

/** Which scorers ran for a comment and how each fared. */
export interface ScoringRecord {
  /** The scorer whose scores were used. */
  scorer: string;
  model: string;
  failures: { scorer: string; kind: string; message: string }[];
}

export interface Comment {
  id: string;
  status: CommentStatus;
  articleId: string;
  text: string;
  author: Author;
  /** Given by the client or detected; `null` until the worker has looked at it when not given. */
  language: Language | null;
  languageSource: 'given' | 'detected' | null;
  externalId: string | null;
  parentId: string | null;
  metadata: Record<string, string | number | boolean | null>;
  /** Name of the API key that submitted the comment. */
  client: string;
  scores: AttributeScores;
  scoring: ScoringRecord | null;
  decision: Decision | null;
  createdAt: string;
  decidedAt: string | null;
  /** Incremented on every state change; moderators send the version they saw. */
  version: number;
  /** What the shadow scorers / policy would have decided (shadow mode); absent when none ran. */
  shadow?: ShadowVerdict;
}

/** One entry of a comment's append-only audit trail. */
export interface HistoryEntry {
  at: string;
  by: string;
  from: CommentStatus | null;
  to: CommentStatus;
  reasons: DecisionReason[];
}

/**
 * What a shadow scorer chain or policy would have decided for a comment, stored beside the live decision and
 * never acted upon. `status` is `error` when the shadow failed or ran out of time (`error` says why).
 */
export interface ShadowVerdict {
  status: DecidedStatus | 'error';
  reasons: DecisionReason[];
  scores: AttributeScores;
  /** The scorer whose scores the shadow used (`none` when no shadow scorer answered). */
  scorer: string;
  model: string;
  /** Shadow scorers that failed before one answered. */
  failures: { scorer: string; kind: string; message: string }[];
  /** The shadow's chain (`SHADOW_SCORERS`, or `live` when it reuses the live scores) and policy file name (or `live`). */
  scorers: string;
  policy: string;
  /** The phase that decided, or `timeout` / `error`. */
  decidedBy: string;
  durationMs: number;
  at: string;
  error?: string;
}
