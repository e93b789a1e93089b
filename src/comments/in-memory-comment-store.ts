import type { Comment, CommentStatus, HistoryEntry } from '../domain';
import { COMMENT_STATUSES } from '../domain';
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
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor';
import { DEFAULT_OUTBOX_MAX_EVENTS, matchesHeldQuery, riskOf } from './held-comments';

export interface InMemoryCommentStoreOptions {
  /** The clock claims expire by (default: Date.now). */
  nowMs?: () => number;
  /** Whether a process with webhook receivers has started: decision events are kept only then (default true). */
  webhooksConfigured?: boolean;
  outboxMaxEvents?: number;
}

interface Entry {
  comment: Comment;
  trail: HistoryEntry[];
  job: string | null;
}

const byPosition = (a: CursorPosition, b: CursorPosition): number => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const after = (position: CursorPosition, cursor: CursorPosition | null, descending: boolean): boolean =>
  cursor === null || (descending ? byPosition(position, cursor) < 0 : byPosition(position, cursor) > 0);

/**
 * The comment store in memory, for unit tests of the services that use it: the same transitions, conflicts,
 * outboxes and orderings as the Redis store (test/integration/comment-store-contract.test.ts runs the same
 * cases on both). Not modelled: retention (nothing expires), and the Redis store's bounded scan per page of
 * the held list (here a page always holds `limit` matches when there are that many). Every read returns a copy.
 */
export class InMemoryCommentStore implements CommentStore {
  private readonly entries = new Map<string, Entry>();
  private readonly dedupe = new Map<string, string>();
  private readonly claims = new Map<string, { moderator: string; expiresAtMs: number }>();
  private toQueue: string[] = [];
  private outbox: string[] = [];
  private readonly nowMs: () => number;
  private readonly outboxMaxEvents: number;
  webhooksConfigured: boolean;

  constructor(options: InMemoryCommentStoreOptions = {}) {
    this.nowMs = options.nowMs ?? Date.now;
    this.webhooksConfigured = options.webhooksConfigured ?? true;
    this.outboxMaxEvents = options.outboxMaxEvents ?? DEFAULT_OUTBOX_MAX_EVENTS;
  }

  async create(input: NewComment): Promise<CreateOutcome> {
    const dedupeKey = input.externalId === null ? null : `${input.client}\u0000${input.externalId}`;
    const existingId = dedupeKey === null ? undefined : this.dedupe.get(dedupeKey);
    if (existingId !== undefined) {
      const existing = await this.get(existingId);
      if (existing === null) throw new Error(`dedupe key points at a missing comment ${existingId}`);
      return { created: false, comment: existing };
    }
    const comment: Comment = { ...structuredClone(input), status: 'pending', scores: {}, scoring: null, decision: null, decidedAt: null, version: 1 };
    const trail: HistoryEntry[] = [{ at: input.createdAt, by: input.client, from: null, to: 'pending', reasons: [{ rule: 'submitted' }] }];
    this.entries.set(input.id, { comment, trail, job: null });
    if (dedupeKey !== null) this.dedupe.set(dedupeKey, input.id);
    this.toQueue.push(input.id);
    return { created: true, comment: structuredClone(comment) };
  }

  async findByExternalId(client: string, externalId: string): Promise<Comment | null> {
    const id = this.dedupe.get(`${client}\u0000${externalId}`);
    return id === undefined ? null : this.get(id);
  }

  async takeToQueue(max: number): Promise<string[]> {
    return this.toQueue.splice(0, max);
  }

  /** Does not wait: takes an id when one is there, else answers null at once. */
  async waitToQueue(_timeoutSeconds: number): Promise<string | null> {
    return this.toQueue.shift() ?? null;
  }

  async returnToQueue(ids: readonly string[]): Promise<void> {
    this.toQueue = [...ids, ...this.toQueue];
  }

  async toQueueLength(): Promise<number> {
    return this.toQueue.length;
  }

  async oldestOnQueueCreatedAtMs(): Promise<number | null> {
    const head = this.toQueue[0];
    const entry = head === undefined ? undefined : this.entries.get(head);
    return entry === undefined ? null : Date.parse(entry.comment.createdAt);
  }

  async assignJobs(jobs: readonly { jobId: string; commentIds: readonly string[] }[]): Promise<void> {
    for (const job of jobs) {
      for (const id of job.commentIds) {
        const entry = this.entries.get(id);
        if (entry?.comment.status === 'pending') entry.job = job.jobId;
      }
    }
  }

  async jobsOf(ids: readonly string[]): Promise<(string | null)[]> {
    return ids.map((id) => this.entries.get(id)?.job ?? null);
  }

  async stalePending(createdBeforeMs: number, limit: number, afterPosition?: CursorPosition): Promise<CursorPosition[]> {
    return this.positions('pending', (c) => Date.parse(c.createdAt))
      .filter((position) => after(position, afterPosition ?? null, false) && position.score < createdBeforeMs)
      .slice(0, limit);
  }

  async get(id: string): Promise<Comment | null> {
    const entry = this.entries.get(id);
    return entry === undefined ? null : structuredClone(entry.comment);
  }

  async getMany(ids: readonly string[]): Promise<(Comment | null)[]> {
    return Promise.all(ids.map((id) => this.get(id)));
  }

  async history(id: string): Promise<HistoryEntry[]> {
    return structuredClone(this.entries.get(id)?.trail ?? []);
  }

  async ping(): Promise<void> {}

  async decideAutoMany(items: readonly { comment: Comment; decision: AutoDecision }[]): Promise<AutoDecisionOutcome[]> {
    return items.map(({ comment: read, decision: d }): AutoDecisionOutcome => {
      const entry = this.entries.get(read.id);
      if (entry === undefined) return { outcome: 'missing' };
      if (entry.comment.status !== 'pending') return { outcome: 'already_decided', comment: structuredClone(entry.comment) };
      const c = entry.comment;
      Object.assign(c, { status: d.status, decision: structuredClone(d.decision), scores: { ...d.scores }, scoring: structuredClone(d.scoring), language: d.language, languageSource: d.languageSource, decidedAt: d.decision.at });
      c.version += 1;
      entry.job = null;
      entry.trail.push({ at: d.decision.at, by: d.decision.by, from: 'pending', to: d.status, reasons: structuredClone(d.decision.reasons) });
      if (d.status !== 'held') this.addEvent(d.event);
      return { outcome: 'decided', comment: structuredClone(c) };
    });
  }

  async decideByModerator(read: Comment, d: ModeratorDecision): Promise<ModeratorDecisionOutcome> {
    const entry = this.entries.get(read.id);
    if (entry === undefined) return { outcome: 'missing' };
    const c = entry.comment;
    const conflict = (reason: 'status' | 'version' | 'claimed'): ModeratorDecisionOutcome => ({ outcome: 'conflict', reason, claim: this.claimOf(read.id), comment: structuredClone(c) });
    if (!d.from.includes(c.status)) return conflict('status');
    if (d.expectedVersion !== undefined && d.expectedVersion !== c.version) return conflict('version');
    const holder = this.claimOf(read.id);
    if (holder !== null && holder.moderator !== d.moderator) return conflict('claimed');
    const from = c.status;
    Object.assign(c, { status: d.status, decision: structuredClone(d.decision), decidedAt: d.decision.at });
    c.version += 1;
    entry.job = null;
    this.claims.delete(read.id);
    entry.trail.push({ at: d.decision.at, by: d.decision.by, from, to: d.status, reasons: structuredClone(d.decision.reasons) });
    this.addEvent(d.event);
    return { outcome: 'decided', comment: structuredClone(c) };
  }

  async outboxLength(): Promise<number> {
    return this.outbox.length;
  }

  async peekOutbox(max: number): Promise<string[]> {
    return this.outbox.slice(0, max);
  }

  async trimOutbox(events: readonly string[]): Promise<boolean> {
    if (events.length === 0) return true;
    const last = events[events.length - 1] as string;
    const at = this.outbox.slice(0, events.length).lastIndexOf(last);
    if (at < 0) return false;
    this.outbox = this.outbox.slice(at + 1);
    return true;
  }

  async claim(id: string, moderator: string, leaseMs: number): Promise<ClaimOutcome> {
    const entry = this.entries.get(id);
    if (entry === undefined) return { outcome: 'missing' };
    const holder = this.claimOf(id);
    if (entry.comment.status !== 'held') return { outcome: 'conflict', reason: 'status', claim: holder, comment: structuredClone(entry.comment) };
    if (holder !== null && holder.moderator !== moderator) return { outcome: 'conflict', reason: 'claimed', claim: holder, comment: structuredClone(entry.comment) };
    const expiresAtMs = this.nowMs() + leaseMs;
    this.claims.set(id, { moderator, expiresAtMs });
    return { outcome: 'claimed', claim: { moderator, expiresAt: new Date(expiresAtMs).toISOString() }, comment: structuredClone(entry.comment) };
  }

  async release(id: string, moderator: string): Promise<boolean> {
    if (this.claimOf(id)?.moderator !== moderator) return false;
    return this.claims.delete(id);
  }

  async getClaim(id: string): Promise<Claim | null> {
    return this.claimOf(id);
  }

  async listHeld(query: ListHeldQuery): Promise<Page<HeldComment>> {
    const descending = query.sort === 'risk';
    const positions = this.positions('held', (c) => (descending ? riskOf(c.scores) : Date.parse(c.createdAt)));
    if (descending) positions.reverse();
    const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor);
    const matching = positions.filter((position) => {
      const comment = this.entries.get(position.id)?.comment;
      return after(position, cursor, descending) && comment !== undefined && matchesHeldQuery(comment, query);
    });
    const page = matching.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((position) => ({ ...(structuredClone(this.entries.get(position.id)?.comment) as Comment), claim: this.claimOf(position.id) })),
      nextCursor: matching.length > query.limit && last !== undefined ? encodeCursor(last) : null,
    };
  }

  async oldestHeldCreatedAtMs(): Promise<number | null> {
    return this.positions('held', (c) => Date.parse(c.createdAt))[0]?.score ?? null;
  }

  async counts(): Promise<Record<CommentStatus, number>> {
    const counts = Object.fromEntries(COMMENT_STATUSES.map((status) => [status, 0])) as Record<CommentStatus, number>;
    for (const { comment } of this.entries.values()) counts[comment.status] += 1;
    return counts;
  }

  private positions(status: CommentStatus, scoreOf: (comment: Comment) => number): CursorPosition[] {
    const positions: CursorPosition[] = [];
    for (const { comment } of this.entries.values()) if (comment.status === status) positions.push({ id: comment.id, score: scoreOf(comment) });
    return positions.sort(byPosition);
  }

  private claimOf(id: string): Claim | null {
    const claim = this.claims.get(id);
    if (claim === undefined || claim.expiresAtMs <= this.nowMs()) return null;
    return { moderator: claim.moderator, expiresAt: new Date(claim.expiresAtMs).toISOString() };
  }

  private addEvent(event: string): void {
    if (event === '' || !this.webhooksConfigured) return;
    this.outbox.push(event);
    if (this.outbox.length > this.outboxMaxEvents) this.outbox = this.outbox.slice(-this.outboxMaxEvents);
  }
}
