import type { Redis } from 'ioredis';
import type { Comment, CommentStatus, HistoryEntry } from '../domain';
import type {
  AutoDecision,
  AutoDecisionOutcome,
  Claim,
  ClaimOutcome,
  CommentStore,
  CreateOutcome,
  HeldComment,
  ListHeldQuery,
  ModeratorDecision,
  ModeratorDecisionOutcome,
  NewComment,
  Page,
} from './comment-store';
import type { CursorPosition } from './cursor';
import { RedisClaimStore } from './redis-claim-store';
import { RedisCommentCounts } from './redis-comment-counts';
import { CommentKeys } from './redis-comment-keys';
import { RedisCommentReader } from './redis-comment-reader';
import { RedisDecisionStore } from './redis-decision-store';
import { RedisHeldList } from './redis-held-list';
import { RedisIntakeStore } from './redis-intake-store';

export { DEFAULT_OUTBOX_MAX_EVENTS, riskOf } from './held-comments';

export interface RedisCommentStoreOptions {
  redis: Redis;
  keyPrefix: string;
  /**
   * A connection of its own for blocking reads (BLPOP), which would stall every other command on `redis`.
   * Only the relay that hands new comments to the queue needs it.
   */
  blockingRedis?: Redis;
  /** See {@link RedisIntakeStoreOptions.authorFirstPostsKept}. */
  authorFirstPostsKept?: number;
  /** Approved and rejected comments are removed this long after their latest decision; 0 or absent: kept. */
  decidedRetentionMs?: number;
  /**
   * The decision-event outbox keeps only the newest this many events (default {@link DEFAULT_OUTBOX_MAX_EVENTS}):
   * events are written whatever the deciding process's settings, so this bounds the list while no process relays.
   */
  outboxMaxEvents?: number;
}

/**
 * The whole store on Redis, for callers that use several concerns: each method is one of the per-concern stores'
 * (intake, reading, decisions, claims, held list, counts), which share the key names in {@link CommentKeys}.
 */
export class RedisCommentStore implements CommentStore {
  readonly intake: RedisIntakeStore;
  readonly reader: RedisCommentReader;
  readonly decisions: RedisDecisionStore;
  readonly claims: RedisClaimStore;
  readonly heldList: RedisHeldList;
  readonly commentCounts: RedisCommentCounts;

  constructor(options: RedisCommentStoreOptions) {
    const { redis } = options;
    const keys = new CommentKeys(options.keyPrefix);
    this.reader = new RedisCommentReader({ redis, keys });
    const intake: ConstructorParameters<typeof RedisIntakeStore>[0] = { redis, keys, reader: this.reader };
    if (options.blockingRedis !== undefined) intake.blockingRedis = options.blockingRedis;
    if (options.authorFirstPostsKept !== undefined) intake.authorFirstPostsKept = options.authorFirstPostsKept;
    this.intake = new RedisIntakeStore(intake);
    this.claims = new RedisClaimStore({ redis, keys, reader: this.reader });
    const decisions: ConstructorParameters<typeof RedisDecisionStore>[0] = { redis, keys, reader: this.reader, claims: this.claims };
    if (options.decidedRetentionMs !== undefined) decisions.decidedRetentionMs = options.decidedRetentionMs;
    if (options.outboxMaxEvents !== undefined) decisions.outboxMaxEvents = options.outboxMaxEvents;
    this.decisions = new RedisDecisionStore(decisions);
    this.heldList = new RedisHeldList({ redis, keys });
    this.commentCounts = new RedisCommentCounts({ redis, keys });
  }

  create(comment: NewComment): Promise<CreateOutcome> {
    return this.intake.create(comment);
  }
  findByExternalId(client: string, externalId: string): Promise<Comment | null> {
    return this.intake.findByExternalId(client, externalId);
  }
  takeToQueue(max: number): Promise<string[]> {
    return this.intake.takeToQueue(max);
  }
  waitToQueue(timeoutSeconds: number): Promise<string | null> {
    return this.intake.waitToQueue(timeoutSeconds);
  }
  returnToQueue(ids: readonly string[]): Promise<void> {
    return this.intake.returnToQueue(ids);
  }
  toQueueLength(): Promise<number> {
    return this.intake.toQueueLength();
  }
  oldestOnQueueCreatedAtMs(): Promise<number | null> {
    return this.intake.oldestOnQueueCreatedAtMs();
  }
  assignJobs(jobs: readonly { jobId: string; commentIds: readonly string[] }[]): Promise<void> {
    return this.intake.assignJobs(jobs);
  }
  jobsOf(ids: readonly string[]): Promise<(string | null)[]> {
    return this.intake.jobsOf(ids);
  }
  stalePending(createdBeforeMs: number, limit: number, after?: CursorPosition): Promise<CursorPosition[]> {
    return this.intake.stalePending(createdBeforeMs, limit, after);
  }

  get(id: string): Promise<Comment | null> {
    return this.reader.get(id);
  }
  getMany(ids: readonly string[]): Promise<(Comment | null)[]> {
    return this.reader.getMany(ids);
  }
  history(id: string): Promise<HistoryEntry[]> {
    return this.reader.history(id);
  }
  ping(): Promise<void> {
    return this.reader.ping();
  }

  decideAutoMany(items: readonly { comment: Comment; decision: AutoDecision }[]): Promise<AutoDecisionOutcome[]> {
    return this.decisions.decideAutoMany(items);
  }
  decideByModerator(comment: Comment, decision: ModeratorDecision): Promise<ModeratorDecisionOutcome> {
    return this.decisions.decideByModerator(comment, decision);
  }
  /** See {@link RedisDecisionStore.markWebhooksConfigured}. */
  markWebhooksConfigured(): Promise<void> {
    return this.decisions.markWebhooksConfigured();
  }
  outboxLength(): Promise<number> {
    return this.decisions.outboxLength();
  }
  peekOutbox(max: number): Promise<string[]> {
    return this.decisions.peekOutbox(max);
  }
  trimOutbox(events: readonly string[]): Promise<boolean> {
    return this.decisions.trimOutbox(events);
  }

  claim(id: string, moderator: string, leaseMs: number): Promise<ClaimOutcome> {
    return this.claims.claim(id, moderator, leaseMs);
  }
  release(id: string, moderator: string): Promise<boolean> {
    return this.claims.release(id, moderator);
  }
  getClaim(id: string): Promise<Claim | null> {
    return this.claims.getClaim(id);
  }

  listHeld(query: ListHeldQuery): Promise<Page<HeldComment>> {
    return this.heldList.listHeld(query);
  }
  oldestHeldCreatedAtMs(): Promise<number | null> {
    return this.heldList.oldestHeldCreatedAtMs();
  }

  counts(): Promise<Record<CommentStatus, number>> {
    return this.commentCounts.counts();
  }
}
