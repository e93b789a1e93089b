import type { Redis } from 'ioredis';
import type { Appeal, AppealState, AppellantRole, Comment, CommentStatus, Report, ReportOutcome, ReportReason, ReportState, ReviewQueue } from '../domain';
import type { ClaimOutcome, CommentStore, ConflictReason } from '../comments/comment-store';
import { pipelineReplies as replies } from '../redis/pipeline-replies';
import { luaScript, runLua } from './lua-script';
import { authorDecisionArguments, RECORD_AUTHOR_DECISION_LUA } from '../authors/author-activity';
import type {
  AddReportOutcome,
  AppealDecision,
  AppealDecisionOutcome,
  NewAppeal,
  NewReport,
  OpenAppealOutcome,
  QueuePosition,
  ReportedDecision,
  ReportedDecisionOutcome,
  ReportRules,
  ReportStore,
  StoreDecisionOutcome,
} from './report-store';

/*
 * Keys (under the comment store's prefix {p}; the comment's own keys are the comment store's):
 *   {p}:report:{reportId}        hash   one report
 *   {p}:reports:{commentId}      list   the comment's report ids, oldest first
 *   {p}:reporters:{commentId}    hash   reporter id -> report id (a reader counts once per comment)
 *   {p}:report-counts:{commentId} hash  open reports: illegal, other
 *   {p}:ix:reported              zset   the reported queue: comment id by when it entered (ms)
 *   {p}:appeal:{appealId}        hash   one appeal
 *   {p}:appeals:{commentId}      list   the comment's appeal ids, oldest first
 *   {p}:appellants:{commentId}   hash   "<person id>|<decidedAt>" -> appeal id (one appeal per person and decision)
 *   {p}:appeal-open:{commentId}  string the open appeal's id
 *   {p}:ix:appealed              zset   the appealed queue: comment id by when the appeal came in (ms)
 * Kept while the comment waits in a queue; otherwise they expire with the comment (DECIDED_RETENTION_DAYS).
 */

const ADD_REPORT = luaScript(
  'add-report.lua',
  ['comment', 'reporters', 'reportList', 'reportCounts', 'report', 'reportedQueue', 'counts', 'history', 'outbox', 'webhooksMarker', 'dedupe', 'appealList', 'appellants'],
  ['commentId', 'reportId', 'reporterId', 'reason', 'reporter', 'explanation', 'law', 'bonaFide', 'client', 'receivedAt', 'receivedAtMs', 'reportsToReview', 'reportsToHide', 'event', 'outboxMaxEvents', 'historyBy', 'reportPrefix', 'appealPrefix'],
);
const CLAIM = luaScript('claim-queued-comment.lua', ['comment', 'claim', 'reportedQueue', 'appealedQueue'], ['commentId', 'moderator', 'leaseMs']);
// The decisions also count in the author history (the author rules), written by the same script.
const authorHistory = { prelude: RECORD_AUTHOR_DECISION_LUA };
const DECIDE_REPORTED = luaScript(
  'decide-reported-comment.lua',
  ['comment', 'claim', 'reportList', 'reporters', 'reportCounts', 'reportedQueue', 'counts', 'history', 'outbox', 'webhooksMarker', 'dedupe', 'appealList', 'appellants', 'authorDecided', 'authorRejected'],
  ['commentId', 'outcome', 'status', 'decision', 'decidedAt', 'reasons', 'expectedVersion', 'moderator', 'commentEvent', 'eventIdPrefix', 'reportEventData', 'retentionMs', 'outboxMaxEvents', 'reportPrefix', 'appealPrefix', 'hasFinding', 'decidedAtMs', 'authorWindowMs', 'authorMaxDecisions'],
  authorHistory,
);
const OPEN_APPEAL = luaScript(
  'open-appeal.lua',
  ['comment', 'appealOpen', 'appealList', 'appellants', 'appeal', 'appealedQueue', 'history', 'outbox', 'webhooksMarker', 'dedupe', 'reportList', 'reporters', 'reportCounts'],
  ['commentId', 'appealId', 'appellantKey', 'byId', 'role', 'explanation', 'receivedAt', 'receivedAtMs', 'decidedAt', 'against', 'reasons', 'historyBy', 'event', 'outboxMaxEvents', 'reportPrefix', 'appealPrefix', 'client'],
);
const DECIDE_APPEAL = luaScript(
  'decide-appeal.lua',
  ['comment', 'claim', 'appealOpen', 'appeal', 'appealedQueue', 'reportedQueue', 'counts', 'history', 'outbox', 'webhooksMarker', 'dedupe', 'reportList', 'reporters', 'reportCounts', 'appealList', 'appellants', 'authorDecided', 'authorRejected'],
  ['commentId', 'appealId', 'outcome', 'decision', 'decidedAt', 'reasons', 'expectedVersion', 'moderator', 'note', 'appealEvent', 'commentEvent', 'retentionMs', 'outboxMaxEvents', 'reportPrefix', 'appealPrefix', 'decidedAtMs', 'authorWindowMs', 'authorMaxDecisions'],
  authorHistory,
);

/** Every script this store runs, for the test that checks each script's header against its declared names. */
export const REPORT_SCRIPTS = [ADD_REPORT, CLAIM, DECIDE_REPORTED, OPEN_APPEAL, DECIDE_APPEAL] as const;

/** Who the audit trail names for changes made by readers' reports and appeals. */
export const READERS = 'readers';

export interface RedisReportStoreOptions {
  redis: Redis;
  keyPrefix: string;
  /** Reads comments and claims back after a change. */
  comments: Pick<CommentStore, 'get' | 'getClaim'>;
  /** As the comment store's: decided comments and their reports are removed this long after the decision; 0: kept. */
  decidedRetentionMs: number;
  outboxMaxEvents: number;
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

function toReport(hash: Record<string, string>): Report | null {
  if (!hash.id || !hash.commentId) return null;
  return {
    id: hash.id,
    commentId: hash.commentId,
    reason: hash.reason as ReportReason,
    reporter: JSON.parse(hash.reporter ?? '{"id":""}') as Report['reporter'],
    explanation: nonEmpty(hash.explanation),
    law: nonEmpty(hash.law),
    bonaFide: hash.bonaFide === '1',
    client: hash.client ?? '',
    receivedAt: hash.receivedAt ?? '',
    state: (hash.state ?? 'open') as ReportState,
    outcome: nonEmpty(hash.outcome) as ReportOutcome | null,
    decidedAt: nonEmpty(hash.decidedAt),
    decidedBy: nonEmpty(hash.decidedBy),
  };
}

function toAppeal(hash: Record<string, string>): Appeal | null {
  if (!hash.id || !hash.commentId) return null;
  return {
    id: hash.id,
    commentId: hash.commentId,
    by: { id: hash.by ?? '' },
    role: hash.role as AppellantRole,
    explanation: hash.explanation ?? '',
    receivedAt: hash.receivedAt ?? '',
    against: JSON.parse(hash.against ?? '{}') as Appeal['against'],
    state: (hash.state ?? 'open') as AppealState,
    decidedBy: nonEmpty(hash.decidedBy),
    decidedAt: nonEmpty(hash.decidedAt),
    note: nonEmpty(hash.note),
  };
}

export class RedisReportStore implements ReportStore {
  private readonly redis: Redis;
  private readonly p: string;

  constructor(private readonly options: RedisReportStoreOptions) {
    this.redis = options.redis;
    this.p = options.keyPrefix;
  }

  private commentKeys(comment: Pick<Comment, 'id' | 'client' | 'externalId'>) {
    const id = comment.id;
    return {
      comment: `${this.p}:c:${id}`,
      history: `${this.p}:h:${id}`,
      claim: `${this.p}:claim:${id}`,
      dedupe: comment.externalId === null ? '' : `${this.p}:x:${comment.client}:${comment.externalId}`,
      counts: `${this.p}:counts`,
      outbox: `${this.p}:outbox`,
      webhooksMarker: `${this.p}:webhooks:configured`,
      reportList: `${this.p}:reports:${id}`,
      reporters: `${this.p}:reporters:${id}`,
      reportCounts: `${this.p}:report-counts:${id}`,
      appealList: `${this.p}:appeals:${id}`,
      appellants: `${this.p}:appellants:${id}`,
      appealOpen: `${this.p}:appeal-open:${id}`,
      reportedQueue: this.queueKey('reported'),
      appealedQueue: this.queueKey('appealed'),
    };
  }
  private queueKey(queue: ReviewQueue): string {
    return `${this.p}:ix:${queue}`;
  }
  private get reportPrefix(): string {
    return `${this.p}:report:`;
  }
  private get appealPrefix(): string {
    return `${this.p}:appeal:`;
  }
  /** The author history's keys and arguments for a decision on `comment` (see recordAuthorDecision). */
  private authorHistory(comment: Pick<Comment, 'author'>, decidedAt: string) {
    return authorDecisionArguments(this.p, { authorId: comment.author.id, decidedAt });
  }

  private get common() {
    return { outboxMaxEvents: String(this.options.outboxMaxEvents), reportPrefix: this.reportPrefix, appealPrefix: this.appealPrefix };
  }

  async addReport(comment: Comment, report: NewReport, rules: ReportRules, event: string): Promise<AddReportOutcome> {
    const k = this.commentKeys(comment);
    const reply = (await runLua(
      this.redis,
      ADD_REPORT,
      { ...k, report: `${this.reportPrefix}${report.id}` },
      {
        ...this.common,
        commentId: comment.id,
        reportId: report.id,
        reporterId: report.reporter.id,
        reason: report.reason,
        reporter: JSON.stringify(report.reporter),
        explanation: report.explanation ?? '',
        law: report.law ?? '',
        bonaFide: report.bonaFide ? '1' : '0',
        client: report.client,
        receivedAt: report.receivedAt,
        receivedAtMs: String(Date.parse(report.receivedAt)),
        reportsToReview: String(rules.reportsToReview),
        reportsToHide: String(rules.reportsToHide),
        event,
        historyBy: READERS,
      },
    )) as [string, string | number, number?];
    if (reply[0] === 'missing') return { outcome: 'missing' };
    if (reply[0] === 'not_published') return { outcome: 'not_published', status: String(reply[1]) as CommentStatus };
    if (reply[0] === 'repeat') {
      const first = await this.getReport(String(reply[1]));
      if (first === null) return { outcome: 'missing' };
      return { outcome: 'repeat', report: first };
    }
    return { outcome: 'created', report: { ...report, state: 'open', outcome: null, decidedAt: null, decidedBy: null }, queued: reply[1] === 1, hidden: reply[2] === 1 };
  }

  async getReport(id: string): Promise<Report | null> {
    return toReport(await this.redis.hgetall(`${this.reportPrefix}${id}`));
  }

  async reportsOf(commentId: string): Promise<Report[]> {
    return this.many(`${this.p}:reports:${commentId}`, this.reportPrefix, toReport);
  }

  async appealsOf(commentId: string): Promise<Appeal[]> {
    return this.many(`${this.p}:appeals:${commentId}`, this.appealPrefix, toAppeal);
  }

  private async many<T>(listKey: string, prefix: string, read: (hash: Record<string, string>) => T | null): Promise<T[]> {
    const ids = await this.redis.lrange(listKey, 0, -1);
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(`${prefix}${id}`);
    return replies(await pipeline.exec(), ids.length)
      .map((hash) => read(hash as Record<string, string>))
      .filter((item): item is T => item !== null);
  }

  async queuePage(queue: ReviewQueue, limit: number, after?: QueuePosition): Promise<QueuePosition[]> {
    const key = this.queueKey(queue);
    // Entries tied with the cursor's time are skipped up to and including the cursor's id (ids sort as Redis sorts them).
    const ties = after === undefined ? 0 : await this.redis.zcount(key, after.score, after.score);
    const flat = await this.redis.zrangebyscore(key, after === undefined ? '-inf' : after.score, '+inf', 'WITHSCORES', 'LIMIT', 0, limit + ties);
    const entries: QueuePosition[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const entry = { id: flat[i] as string, score: Number(flat[i + 1]) };
      if (after !== undefined && entry.score === after.score && entry.id <= after.id) continue;
      entries.push(entry);
    }
    return entries.slice(0, limit);
  }

  async claim(id: string, moderator: string, leaseMs: number): Promise<ClaimOutcome | null> {
    const k = this.commentKeys({ id, client: '', externalId: null });
    const reply = (await runLua(this.redis, CLAIM, k, { commentId: id, moderator, leaseMs: String(leaseMs) })) as [string, ...(string | number)[]];
    if (reply[0] === 'not_queued') return null;
    const comment = reply[0] === 'missing' ? null : await this.options.comments.get(id);
    if (comment === null) return { outcome: 'missing' };
    const expiresAt = (ttlMs: unknown) => new Date(Date.now() + Math.max(0, Number(ttlMs))).toISOString();
    if (reply[0] === 'claimed') return { outcome: 'claimed', claim: { moderator, expiresAt: expiresAt(reply[1]) }, comment };
    return { outcome: 'conflict', reason: 'claimed', claim: { moderator: String(reply[2]), expiresAt: expiresAt(reply[3]) }, comment };
  }

  async decideReported(comment: Comment, d: ReportedDecision): Promise<ReportedDecisionOutcome> {
    const reply = (await runLua(this.redis, DECIDE_REPORTED, { ...this.commentKeys(comment), ...this.authorHistory(comment, d.decision.at).keys }, {
      ...this.common,
      ...this.authorHistory(comment, d.decision.at).args,
      commentId: comment.id,
      outcome: d.outcome,
      status: d.decision.status,
      decision: JSON.stringify(d.decision),
      decidedAt: d.decision.at,
      reasons: JSON.stringify(d.decision.reasons),
      expectedVersion: d.expectedVersion === undefined ? '' : String(d.expectedVersion),
      moderator: d.moderator,
      commentEvent: d.commentEvent,
      eventIdPrefix: d.eventIdPrefix,
      reportEventData: JSON.stringify(d.reportEventData),
      retentionMs: String(this.options.decidedRetentionMs),
      hasFinding: d.decision.reasons.some((r) => r.legality !== undefined && r.legalGround !== undefined) ? '1' : '0',
    })) as string[];
    if (reply[0] === 'needs_finding') return { outcome: 'needs_finding' };
    return this.afterDecision(comment.id, reply);
  }

  async openAppeal(comment: Comment, a: NewAppeal): Promise<OpenAppealOutcome> {
    const k = this.commentKeys(comment);
    const reply = (await runLua(
      this.redis,
      OPEN_APPEAL,
      { ...k, appeal: `${this.appealPrefix}${a.id}` },
      {
        ...this.common,
        commentId: comment.id,
        appealId: a.id,
        appellantKey: `${a.by.id}|${comment.decidedAt ?? ''}`,
        byId: a.by.id,
        role: a.role,
        explanation: a.explanation,
        receivedAt: a.receivedAt,
        receivedAtMs: String(Date.parse(a.receivedAt)),
        decidedAt: comment.decidedAt ?? '',
        against: JSON.stringify(a.against),
        reasons: JSON.stringify(a.historyReasons),
        historyBy: READERS,
        event: a.event,
        client: a.client,
      },
    )) as string[];
    if (reply[0] === 'missing') return { outcome: 'missing' };
    if (reply[0] === 'conflict') return { outcome: 'conflict', reason: reply[1] as 'changed' | 'open' | 'repeat' };
    return {
      outcome: 'opened',
      appeal: { id: a.id, commentId: a.commentId, by: a.by, role: a.role, explanation: a.explanation, receivedAt: a.receivedAt, against: a.against, state: 'open', decidedBy: null, decidedAt: null, note: null },
    };
  }

  async decideAppeal(comment: Comment, d: AppealDecision): Promise<AppealDecisionOutcome> {
    const k = this.commentKeys(comment);
    const reply = (await runLua(
      this.redis,
      DECIDE_APPEAL,
      { ...k, appeal: `${this.appealPrefix}${d.appealId}`, ...this.authorHistory(comment, d.decidedAt).keys },
      {
        ...this.common,
        ...this.authorHistory(comment, d.decidedAt).args,
        commentId: comment.id,
        appealId: d.appealId,
        outcome: d.outcome,
        decision: d.decision === null ? '' : JSON.stringify(d.decision),
        decidedAt: d.decidedAt,
        reasons: JSON.stringify(d.historyReasons),
        expectedVersion: d.expectedVersion === undefined ? '' : String(d.expectedVersion),
        moderator: d.moderator,
        note: d.note ?? '',
        appealEvent: d.appealEvent,
        commentEvent: d.commentEvent,
        retentionMs: String(this.options.decidedRetentionMs),
      },
    )) as string[];
    if (reply[0] === 'forbidden') {
      const current = await this.options.comments.get(comment.id);
      if (current === null) return { outcome: 'missing' };
      return { outcome: 'forbidden', contestedBy: String(reply[1]), comment: current };
    }
    return this.afterDecision(comment.id, reply);
  }

  async openAppealOf(commentId: string): Promise<Appeal | null> {
    const id = await this.redis.get(`${this.p}:appeal-open:${commentId}`);
    return id === null ? null : toAppeal(await this.redis.hgetall(`${this.appealPrefix}${id}`));
  }

  private async afterDecision(id: string, reply: string[]): Promise<StoreDecisionOutcome> {
    if (reply[0] === 'missing') return { outcome: 'missing' };
    const after = await this.options.comments.get(id);
    if (after === null) return { outcome: 'missing' };
    if (reply[0] === 'decided') return { outcome: 'decided', comment: after };
    return { outcome: 'conflict', reason: (reply[1] ?? 'status') as ConflictReason, claim: await this.options.comments.getClaim(id), comment: after };
  }
}
