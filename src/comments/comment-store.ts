import type { Attribute, AttributeScores, Language, Comment, CommentStatus, Decision, DecidedStatus, HistoryEntry, ScoringRecord } from '../domain';

import type { CursorPosition } from './cursor';

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
  /** Event handed to the outbox in the same transaction (webhooks); empty: none (no receivers configured). */
  event: string;
}

export interface ModeratorDecision {
  status: 'approved' | 'rejected';
  decision: Decision;
  /** The transition is allowed only from these states. */
  from: CommentStatus[];
  /** When given, the comment must still be at this version (the moderator's view is not stale). */
  expectedVersion?: number;
  /** The deciding moderator: a comment claimed by someone else is a conflict. */
  moderator: string;
  /** Event handed to the outbox in the same transaction (webhooks); empty: none (no receivers configured). */
  event: string;
}

/** Why a moderator's change was refused. */
export type ConflictReason = 'status' | 'version' | 'claimed';

export interface Claim {
  moderator: string;
  expiresAt: string;
}

export type ClaimOutcome =
  | { outcome: 'claimed'; claim: Claim; comment: Comment }
  | { outcome: 'conflict'; reason: 'status' | 'claimed'; claim: Claim | null; comment: Comment }
  | { outcome: 'missing' };

export type CreateOutcome = { created: true; comment: Comment } | { created: false; comment: Comment };

export type AutoDecisionOutcome =
  | { outcome: 'decided'; comment: Comment }
  /** Someone (an earlier run of the job, or a moderator) decided first; nothing was written. */
  | { outcome: 'already_decided'; comment: Comment }
  | { outcome: 'missing' };

export type ModeratorDecisionOutcome =
  | { outcome: 'decided'; comment: Comment }
  | { outcome: 'conflict'; reason: ConflictReason; claim: Claim | null; comment: Comment }
  | { outcome: 'missing' };

export interface ListHeldQuery {
  articleId?: string;
  language?: Language;
  /** Only comments held for this attribute. */
  attribute?: Attribute;
  /** Only comments at least / at most this old. */
  minAgeSeconds?: number;
  maxAgeSeconds?: number;
  /** `age`: oldest first (default); `risk`: highest score first. */
  sort: 'age' | 'risk';
  limit: number;
  /** Opaque cursor from the previous page. */
  cursor?: string;
  nowMs: number;
}

/** A held comment as the review list shows it: with its current claim. */
export interface HeldComment extends Comment {
  claim: Claim | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Intake: new comments, and the intake outbox that hands their ids to the moderation queue. */
export interface CommentIntakeStore {
  /**
   * Stores a new pending comment and puts its id on the intake outbox, in one transaction. When the same
   * client stored a comment with the same externalId before, returns that comment and stores nothing.
   */
  create(comment: NewComment): Promise<CreateOutcome>;
  /** The comment a client stored under its externalId (while it is kept), or null. */
  findByExternalId(client: string, externalId: string): Promise<Comment | null>;
  /**
   * Takes up to `max` ids of new comments off the intake outbox (oldest first), to be handed to the
   * moderation queue. `create` puts each new comment there in the same transaction that stores it.
   */
  takeToQueue(max: number): Promise<string[]>;
  /** Waits up to `timeoutSeconds` for one id to arrive on the intake outbox and takes it; null on timeout. */
  waitToQueue(timeoutSeconds: number): Promise<string | null>;
  /** Puts taken ids back at the head of the intake outbox, in their order (their hand-off failed). */
  returnToQueue(ids: readonly string[]): Promise<void>;
  /** How many new comments wait on the intake outbox. */
  toQueueLength(): Promise<number>;
  /**
   * createdAt (ms) of the comment longest on the intake outbox (its head: new ids are appended, ids put back
   * go to the head), or null when the outbox is empty.
   */
  oldestOnQueueCreatedAtMs(): Promise<number | null>;
  /** Records which moderation job each comment was handed to (the pending sweep asks). */
  assignJobs(jobs: readonly { jobId: string; commentIds: readonly string[] }[]): Promise<void>;
  /** The job each comment was last handed to, in the order asked; null when none was recorded. */
  jobsOf(ids: readonly string[]): Promise<(string | null)[]>;
  /**
   * Comments pending since before `createdBeforeMs`, oldest first (by createdAt, then id): up to `limit` of them
   * strictly after `after` (a position this method returned), so that a caller can page through all of them.
   */
  stalePending(createdBeforeMs: number, limit: number, after?: CursorPosition): Promise<CursorPosition[]>;
}

/** Reading comments and their audit trail. */
export interface CommentReader {
  get(id: string): Promise<Comment | null>;
  /** Several comments in one round trip, in the order asked; null for one that does not exist. */
  getMany(ids: readonly string[]): Promise<(Comment | null)[]>;
  history(id: string): Promise<HistoryEntry[]>;
  /** Round-trips to the store, for readiness checks. */
  ping(): Promise<void>;
}

/** Decisions (automatic and by moderators), and the decision-event outbox they write in the same transaction. */
export interface DecisionStore {
  /**
   * Decides pending comments, each given as the caller read it, in one round trip. Each decision is its own
   * transaction: nothing is written for a comment that is no longer pending. Outcomes are in the order given.
   */
  decideAutoMany(items: readonly { comment: Comment; decision: AutoDecision }[]): Promise<AutoDecisionOutcome[]>;
  /**
   * Applies a moderator's decision to a comment, given as the caller read it; the script re-checks its state,
   * version and claim, so a stale read is a conflict, never an overwrite.
   */
  decideByModerator(comment: Comment, decision: ModeratorDecision): Promise<ModeratorDecisionOutcome>;
  /** Decision events waiting in the outbox for a relay (a worker with WEBHOOK_URLS). */
  outboxLength(): Promise<number>;
  /** Takes up to `max` events from the outbox (oldest first) without removing them. */
  peekOutbox(max: number): Promise<string[]>;
  /**
   * Removes `events` (as `peekOutbox` returned them) from the head of the outbox once they are handed on, unless
   * another relay removed them first; returns whether this call removed them. Never removes later events, and
   * still removes them when older events were dropped meanwhile (the outbox at its cap).
   */
  trimOutbox(events: readonly string[]): Promise<boolean>;
}

/** Moderators' claims on held comments. */
export interface ClaimStore {
  /** Gives a held comment to one moderator for `leaseMs`; the same moderator may renew it. */
  claim(id: string, moderator: string, leaseMs: number): Promise<ClaimOutcome>;
  /** Gives a claim back; only its holder can. Returns whether a claim was released. */
  release(id: string, moderator: string): Promise<boolean>;
  getClaim(id: string): Promise<Claim | null>;
}

/** The review list: held comments, filtered and paged. */
export interface HeldListStore {
  listHeld(query: ListHeldQuery): Promise<Page<HeldComment>>;
  /** createdAt (ms) of the oldest held comment, or null when none is held. */
  oldestHeldCreatedAtMs(): Promise<number | null>;
}

/** How many comments are in each state. */
export interface CommentCountsStore {
  counts(): Promise<Record<CommentStatus, number>>;
}

/**
 * Where comments, their state indexes and their audit trail live, as one type for callers that use several
 * concerns. The pending → decided transition happens here exactly once, atomically.
 */
export type CommentStore = CommentIntakeStore & CommentReader & DecisionStore & ClaimStore & HeldListStore & CommentCountsStore;
