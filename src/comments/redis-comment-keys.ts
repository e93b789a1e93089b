import type { Comment } from '../domain';

/*
 * Keys (all under one prefix):
 *   {p}:c:{id}          hash   the comment record (field `job`: the moderation job it was last handed to)
 *   {p}:h:{id}          list   its audit trail (JSON entries, append-only)
 *   {p}:ix:pending      zset   pending ids by createdAt (ms), for the re-enqueue sweep
 *   {p}:to-queue        list   ids of new comments waiting to be handed to the moderation queue (intake
 *                              outbox: written with the comment, emptied in batches by the workers' relay)
 *   {p}:ix:held         zset   held ids by createdAt, for the review list and the oldest-held age
 *   {p}:ix:held:a:{art} zset   held ids of one article
 *   {p}:ix:held:risk    zset   held ids by risk (their highest score), for the review list sorted by risk
 *   {p}:claim:{id}      string the moderator who claimed a held comment (expires with the lease)
 *   {p}:outbox          list   decision events waiting to be handed to the webhook queue; once webhooks are
 *                              configured anywhere ({p}:webhooks:configured), every final decision writes one,
 *                              whatever the deciding process's WEBHOOK_URLS, and the list keeps only the newest
 *                              `outboxMaxEvents` (so it is bounded while no process relays)
 *   {p}:webhooks:configured string set by the first process started with WEBHOOK_URLS; never expires
 *   {p}:counts          hash   status → number of comments
 *   {p}:x:{client}:{ext} string the id stored under a client's externalId (idempotent intake)
 * Every state change is one Lua script (`lua/`), so the record, the indexes, the counts and the trail never
 * disagree. An approved or rejected comment's record, trail and externalId key expire after the retention period,
 * counted from its latest decision; pending and held comments never expire. No index holds a decided comment.
 */

/** The names of the store's keys under one prefix. */
export class CommentKeys {
  readonly pending: string;
  readonly held: string;
  readonly heldByRisk: string;
  readonly toQueue: string;
  readonly outbox: string;
  readonly webhooksMarker: string;
  readonly counts: string;

  constructor(private readonly prefix: string) {
    this.pending = `${prefix}:ix:pending`;
    this.held = `${prefix}:ix:held`;
    this.heldByRisk = `${prefix}:ix:held:risk`;
    this.toQueue = `${prefix}:to-queue`;
    this.outbox = `${prefix}:outbox`;
    this.webhooksMarker = `${prefix}:webhooks:configured`;
    this.counts = `${prefix}:counts`;
  }

  /** The prefix itself, for keys other modules name under it (the author activity, src/authors). */
  get keyPrefix(): string {
    return this.prefix;
  }

  comment(id: string): string {
    return `${this.prefix}:c:${id}`;
  }
  history(id: string): string {
    return `${this.prefix}:h:${id}`;
  }
  heldByArticle(articleId: string): string {
    return `${this.prefix}:ix:held:a:${articleId}`;
  }
  claim(id: string): string {
    return `${this.prefix}:claim:${id}`;
  }
  /** The key that makes intake idempotent: one per client and externalId; '' for comments without one. */
  dedupe(comment: Pick<Comment, 'client' | 'externalId'>): string {
    return comment.externalId === null ? '' : `${this.prefix}:x:${comment.client}:${comment.externalId}`;
  }
}
