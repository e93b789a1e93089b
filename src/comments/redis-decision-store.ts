import type { Redis } from 'ioredis';
import { authorDecisionArguments, type AuthorDecisionArguments } from '../authors/author-activity';
import type { Comment } from '../domain';
import type {
  AutoDecision,
  AutoDecisionOutcome,
  ClaimStore,
  CommentReader,
  ConflictReason,
  DecisionStore,
  ModeratorDecision,
  ModeratorDecisionOutcome,
} from './comment-store';
import { commentScripts, defineCommentScripts } from './comment-lua-scripts';
import { DEFAULT_OUTBOX_MAX_EVENTS, riskOf } from './held-comments';
import type { CommentKeys } from './redis-comment-keys';
import { encodeScores, FIELD } from './redis-comment-record';

export interface RedisDecisionStoreOptions {
  redis: Redis;
  keys: CommentKeys;
  reader: CommentReader;
  claims: Pick<ClaimStore, 'getClaim'>;
  /** Approved and rejected comments are removed this long after their latest decision; 0 or absent: kept. */
  decidedRetentionMs?: number;
  /** The decision-event outbox keeps only the newest this many events (default {@link DEFAULT_OUTBOX_MAX_EVENTS}). */
  outboxMaxEvents?: number;
}

/** Automatic and moderators' decisions, each with its outbox event in the same transaction. */
export class RedisDecisionStore implements DecisionStore {
  private readonly redis: Redis;
  private readonly keys: CommentKeys;
  private readonly reader: CommentReader;
  private readonly claims: Pick<ClaimStore, 'getClaim'>;
  private readonly retentionMs: number;
  private readonly outboxMaxEvents: number;

  constructor(options: RedisDecisionStoreOptions) {
    this.redis = options.redis;
    // Defined up front: ioredis copies a client's scripts onto a pipeline only when it builds it.
    defineCommentScripts(this.redis);
    this.keys = options.keys;
    this.reader = options.reader;
    this.claims = options.claims;
    this.retentionMs = options.decidedRetentionMs ?? 0;
    const outboxMaxEvents = options.outboxMaxEvents ?? DEFAULT_OUTBOX_MAX_EVENTS;
    if (!Number.isInteger(outboxMaxEvents) || outboxMaxEvents < 1) throw new Error('outboxMaxEvents must be a positive whole number');
    this.outboxMaxEvents = outboxMaxEvents;
  }

  async decideAutoMany(items: readonly { comment: Comment; decision: AutoDecision }[]): Promise<AutoDecisionOutcome[]> {
    const authors = items.map(({ comment, decision: d }) => authorDecisionArguments(this.keys.keyPrefix, { authorId: comment.author.id, decidedAt: d.decision.at }));
    // The author history's window and size are the same for every author.
    const [first] = authors;
    if (first === undefined) return [];
    // One script call for the whole batch: each comment is still decided on its own terms (only if pending).
    const moreKeys: string[] = [];
    const moreArgs: string[] = [];
    for (const [i, { comment, decision: d }] of items.entries()) {
      const author = authors[i] as AuthorDecisionArguments;
      moreKeys.push(this.keys.comment(comment.id), this.keys.heldByArticle(comment.articleId), this.keys.dedupe(comment), author.keys.authorDecided, author.keys.authorRejected);
      const fields = [FIELD.scores, encodeScores(d.scores), FIELD.language, d.language, FIELD.languageSource, d.languageSource];
      if (d.scoring !== null) fields.push(FIELD.scoring, JSON.stringify(d.scoring));
      moreArgs.push(comment.id, d.status, JSON.stringify(d.decision), String(riskOf(d.scores)), d.event, author.args.decidedAtMs, String(fields.length), ...fields);
    }
    const results = (await commentScripts.decideAutoMany.run(this.redis, {
      keys: {
        pending: this.keys.pending,
        held: this.keys.held,
        counts: this.keys.counts,
        heldByRisk: this.keys.heldByRisk,
        outbox: this.keys.outbox,
        webhooksMarker: this.keys.webhooksMarker,
      },
      args: {
        retentionMs: this.retentionMs,
        outboxMaxEvents: this.outboxMaxEvents,
        authorWindowMs: first.args.authorWindowMs,
        authorMaxDecisions: first.args.authorMaxDecisions,
      },
      moreKeys,
      moreArgs,
    })) as string[];
    return Promise.all(
      items.map(async ({ comment, decision: d }, i): Promise<AutoDecisionOutcome> => {
        if (results[i] === 'decided') {
          // The script wrote exactly this, so the caller's copy plus the changes is the new state: no re-read.
          return {
            outcome: 'decided',
            comment: {
              ...comment,
              status: d.status,
              decision: d.decision,
              scores: d.scores,
              scoring: d.scoring,
              language: d.language,
              languageSource: d.languageSource,
              decidedAt: d.decision.at,
              version: comment.version + 1,
            },
          };
        }
        const after = await this.reader.get(comment.id);
        if (after === null || results[i] === 'missing') return { outcome: 'missing' };
        return { outcome: 'already_decided', comment: after };
      }),
    );
  }

  async decideByModerator(comment: Comment, d: ModeratorDecision): Promise<ModeratorDecisionOutcome> {
    const id = comment.id;
    const author = authorDecisionArguments(this.keys.keyPrefix, { authorId: comment.author.id, decidedAt: d.decision.at });
    const [result, reason] = (await commentScripts.decideByModerator.run(this.redis, {
      keys: {
        comment: this.keys.comment(id),
        held: this.keys.held,
        heldByArticle: this.keys.heldByArticle(comment.articleId),
        counts: this.keys.counts,
        history: this.keys.history(id),
        pending: this.keys.pending,
        heldByRisk: this.keys.heldByRisk,
        claim: this.keys.claim(id),
        outbox: this.keys.outbox,
        dedupe: this.keys.dedupe(comment),
        webhooksMarker: this.keys.webhooksMarker,
        ...author.keys,
      },
      args: {
        id,
        status: d.status,
        decision: JSON.stringify(d.decision),
        expectedVersion: d.expectedVersion === undefined ? '' : String(d.expectedVersion),
        moderator: d.moderator,
        event: d.event,
        retentionMs: this.retentionMs,
        outboxMaxEvents: this.outboxMaxEvents,
        ...author.args,
      },
      moreArgs: d.from,
    })) as string[];
    if (result === 'missing') return { outcome: 'missing' };
    const after = await this.reader.get(id);
    if (after === null) return { outcome: 'missing' };
    if (result === 'decided') return { outcome: 'decided', comment: after };
    return { outcome: 'conflict', reason: (reason ?? 'status') as ConflictReason, claim: await this.claims.getClaim(id), comment: after };
  }

  /**
   * Records that webhooks are configured in this deployment: from then on every process writes decision events,
   * whatever its own WEBHOOK_URLS. Called at start by each process that has receivers; never unset by one that
   * has none (so a rolling change of WEBHOOK_URLS loses nothing). Until it is set, no events are written.
   */
  async markWebhooksConfigured(): Promise<void> {
    await this.redis.set(this.keys.webhooksMarker, '1');
  }

  outboxLength(): Promise<number> {
    return this.redis.llen(this.keys.outbox);
  }

  async peekOutbox(max: number): Promise<string[]> {
    return this.redis.lrange(this.keys.outbox, 0, max - 1);
  }

  async trimOutbox(events: readonly string[]): Promise<boolean> {
    if (events.length === 0) return true;
    const reply = await commentScripts.trimOutbox.run(this.redis, { keys: { outbox: this.keys.outbox }, args: { lastEvent: events[events.length - 1] as string, count: events.length } });
    return reply === 1;
  }
}
