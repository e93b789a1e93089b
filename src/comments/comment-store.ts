import type { AttributeScores, Language } from '../scoring/scorer';
import type { Comment, CommentStatus, Decision, DecidedStatus, HistoryEntry, ScoringRecord } from './comment';

/** What intake stores for a new comment; the store adds status, version and indexes. */
export type NewComment = Pick<
  Comment,
  'id' | 'articleId' | 'text' | 'author' | 'language' | 'languageSource' | 'externalId' | 'parentId' | 'metadata' | 'client' | 'createdAt'
>;

export interface AutoDecision {
  status: DecidedStatus;
  decision: Decision;
  scores: AttributeScores;
  scoring: ScoringRecord | null;
  language: Language;
  languageSource: 'given' | 'detected';
}

export interface ModeratorDecision {
  status: 'approved' | 'rejected';
  decision: Decision;
  /** The transition is allowed only from these states. */
  from: CommentStatus[];
  /** When given, the comment must still be at this version (the moderator's view is not stale). */
  expectedVersion?: number;
}

export type CreateOutcome = { created: true; comment: Comment } | { created: false; comment: Comment };

export type AutoDecisionOutcome =
  | { outcome: 'decided'; comment: Comment }
  /** Someone (an earlier run of the job, or a moderator) decided first; nothing was written. */
  | { outcome: 'already_decided'; comment: Comment }
  | { outcome: 'missing' };

export type ModeratorDecisionOutcome =
  | { outcome: 'decided'; comment: Comment }
  | { outcome: 'conflict'; comment: Comment }
  | { outcome: 'missing' };

export interface ListHeldQuery {
  articleId?: string;
  limit: number;
  /** Opaque cursor from the previous page. */
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Where comments, their state indexes and their audit trail live. The pending → decided transition happens
 * here exactly once, atomically.
 */
export interface CommentStore {
  /**
   * Stores a new pending comment. When `dedupeKey` is given and a comment was stored under it before, returns
   * that comment and stores nothing.
   */
  create(comment: NewComment, options: { dedupeKey?: string }): Promise<CreateOutcome>;
  /** Removes a pending comment whose job could not be enqueued, so that a failed intake leaves nothing behind. */
  discardPending(id: string, options: { dedupeKey?: string }): Promise<void>;
  get(id: string): Promise<Comment | null>;
  decideAuto(id: string, decision: AutoDecision): Promise<AutoDecisionOutcome>;
  decideByModerator(id: string, decision: ModeratorDecision): Promise<ModeratorDecisionOutcome>;
  listHeld(query: ListHeldQuery): Promise<Page<Comment>>;
  counts(): Promise<Record<CommentStatus, number>>;
  /** createdAt (ms) of the oldest held comment, or null when none is held. */
  oldestHeldCreatedAtMs(): Promise<number | null>;
  /** Ids of comments pending since before `createdBeforeMs`, oldest first. */
  stalePending(createdBeforeMs: number, limit: number): Promise<string[]>;
  history(id: string): Promise<HistoryEntry[]>;
  /** Round-trips to the store, for readiness checks. */
  ping(): Promise<void>;
}
