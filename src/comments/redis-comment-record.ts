import type { Attribute, AttributeScores, Author, Comment, CommentStatus, Decision, HistoryEntry, Language, ShadowVerdict } from '../domain';
import type { NewComment } from './comment-store';

/*
 * A comment's record is one hash of short fields, and a field whose value is empty, null or derivable is not
 * stored at all: with ~100-character comments the whole record stays one listpack (`hash-max-listpack-value`
 * 1024, see the README's Benchmarks), about a third of the bytes of a hash of long names.
 *   s  status                  v  version             t  createdAt (ms)          ca createdAt, only when it is not
 *   a  articleId               x  text                k  client                     t's ISO form
 *   u  author id               n  author name         uj author as JSON, when it has more than id and name
 *   l  language                ls languageSource      e  externalId              p  parentId
 *   m  metadata (JSON, not when empty)               j  the moderation job (while pending)
 *   sc scores (see encodeScores)                      sg scoring (JSON)          d  the latest decision (JSON)
 *   f  the status the latest decision left          shadow the shadow verdict (JSON; written by
 *                                                      src/shadow/lua/record-shadow-verdict-4.lua in shadow mode)
 * The audit trail is derived, not copied: the submission from `t`/`ca` and `k`, and the latest decision from `d`
 * while the record has `f`. The trail list {p}:h:{id} holds every other entry, in order: decisions a later one
 * replaced as `<from> <decision JSON>`, and entries of report scripts as HistoryEntry JSON. A script that appends
 * to the list while `f` is set first moves the latest decision there (and removes `f`), so the order holds.
 * The scripts read and write only s, v, t, j, d and f; every other name lives here.
 * Records written before this encoding (long field names such as `status`) are still read; see the README.
 */
export const FIELD = {
  status: 's',
  version: 'v',
  createdAtMs: 't',
  createdAt: 'ca',
  articleId: 'a',
  text: 'x',
  client: 'k',
  authorId: 'u',
  authorName: 'n',
  authorJson: 'uj',
  language: 'l',
  languageSource: 'ls',
  externalId: 'e',
  parentId: 'p',
  metadata: 'm',
  job: 'j',
  scores: 'sc',
  scoring: 'sg',
  decision: 'd',
  from: 'f',
  shadow: 'shadow',
} as const;

/** Score order of the compact scores field. Append only: records already stored depend on the positions. */
const SCORE_ORDER: readonly Attribute[] = ['TOXICITY', 'SEVERE_TOXICITY', 'INSULT', 'PROFANITY', 'THREAT', 'IDENTITY_ATTACK'];

/** Scores as `0.31,0.04,,0` in {@link SCORE_ORDER} (empty: not scored), or JSON for an attribute not in it. */
export function encodeScores(scores: AttributeScores): string {
  const values: string[] = [];
  let last = -1;
  for (const attribute of Object.keys(scores) as Attribute[]) {
    const position = SCORE_ORDER.indexOf(attribute);
    if (position < 0) return JSON.stringify(scores);
    if (position > last) last = position;
  }
  for (let i = 0; i <= last; i += 1) {
    const score = scores[SCORE_ORDER[i] as Attribute];
    values.push(score === undefined ? '' : String(score));
  }
  return values.join(',');
}

export function decodeScores(value: string | undefined): AttributeScores {
  if (value === undefined || value === '') return {};
  if (value.startsWith('{')) return JSON.parse(value) as AttributeScores;
  const scores: AttributeScores = {};
  value.split(',').forEach((score, i) => {
    const attribute = SCORE_ORDER[i];
    if (score !== '' && attribute !== undefined) scores[attribute] = Number(score);
  });
  return scores;
}

/** Field/value pairs of a new comment's record, without the ones the script writes (s, v, t). */
export function newRecordFields(comment: NewComment, createdAtMs: number): string[] {
  const fields: string[] = [FIELD.articleId, comment.articleId, FIELD.text, comment.text, FIELD.client, comment.client];
  if (new Date(createdAtMs).toISOString() !== comment.createdAt) fields.push(FIELD.createdAt, comment.createdAt);
  const { id: authorId, name: authorName, ...otherAuthorFields } = comment.author;
  if (Object.keys(otherAuthorFields).length > 0) fields.push(FIELD.authorJson, JSON.stringify(comment.author));
  else {
    fields.push(FIELD.authorId, authorId);
    if (authorName !== undefined) fields.push(FIELD.authorName, authorName);
  }
  if (comment.language !== null) fields.push(FIELD.language, comment.language);
  if (comment.languageSource !== null) fields.push(FIELD.languageSource, comment.languageSource);
  if (comment.externalId !== null) fields.push(FIELD.externalId, comment.externalId);
  if (comment.parentId !== null) fields.push(FIELD.parentId, comment.parentId);
  if (Object.keys(comment.metadata).length > 0) fields.push(FIELD.metadata, JSON.stringify(comment.metadata));
  return fields;
}

/** A comment from its record (HGETALL); null when the record does not exist. */
export function toComment(id: string, hash: Record<string, string>): Comment | null {
  if (hash.status !== undefined) return fromLegacyRecord(hash);
  const status = hash[FIELD.status];
  if (status === undefined) return null;
  const createdAtMs = Number(hash[FIELD.createdAtMs]);
  const decision = parseJson<Decision | null>(hash[FIELD.decision], null);
  const shadow = hash[FIELD.shadow];
  const authorJson = hash[FIELD.authorJson];
  let author: Author;
  if (authorJson !== undefined) author = JSON.parse(authorJson) as Author;
  else {
    author = { id: hash[FIELD.authorId] ?? '' };
    const name = hash[FIELD.authorName];
    if (name !== undefined) author.name = name;
  }
  return {
    id,
    status: status as CommentStatus,
    articleId: hash[FIELD.articleId] ?? '',
    text: hash[FIELD.text] ?? '',
    author,
    language: (hash[FIELD.language] ?? null) as Language | null,
    languageSource: (hash[FIELD.languageSource] ?? null) as Comment['languageSource'],
    externalId: hash[FIELD.externalId] ?? null,
    parentId: hash[FIELD.parentId] ?? null,
    metadata: parseJson(hash[FIELD.metadata], {}),
    client: hash[FIELD.client] ?? '',
    scores: decodeScores(hash[FIELD.scores]),
    scoring: parseJson(hash[FIELD.scoring], null),
    decision,
    createdAt: hash[FIELD.createdAt] ?? new Date(createdAtMs).toISOString(),
    decidedAt: decision?.at ?? null,
    version: Number(hash[FIELD.version] ?? 0),
    ...(shadow ? { shadow: JSON.parse(shadow) as ShadowVerdict } : {}),
  };
}

/**
 * A comment's audit trail from its record and its trail list: the submission, the decisions later ones replaced
 * (oldest first), the latest decision. Legacy records kept every entry in the list.
 */
export function toHistory(hash: Record<string, string>, trail: readonly string[]): HistoryEntry[] {
  if (hash.status !== undefined) return trail.map((entry) => JSON.parse(entry) as HistoryEntry);
  const status = hash[FIELD.status];
  if (status === undefined) return [];
  const client = hash[FIELD.client] ?? '';
  const history: HistoryEntry[] = [
    { at: hash[FIELD.createdAt] ?? new Date(Number(hash[FIELD.createdAtMs])).toISOString(), by: client, from: null, to: 'pending', reasons: [{ rule: 'submitted' }] },
  ];
  for (const entry of trail) {
    if (entry.startsWith('{')) {
      history.push(JSON.parse(entry) as HistoryEntry);
      continue;
    }
    const space = entry.indexOf(' ');
    history.push(decisionEntry(entry.slice(0, space) as CommentStatus, JSON.parse(entry.slice(space + 1)) as Decision));
  }
  const latest = hash[FIELD.decision];
  const from = hash[FIELD.from];
  if (latest !== undefined && from !== undefined) history.push(decisionEntry(from as CommentStatus, JSON.parse(latest) as Decision));
  return history;
}

function decisionEntry(from: CommentStatus, decision: Decision): HistoryEntry {
  return { at: decision.at, by: decision.by, from, to: decision.status, reasons: decision.reasons };
}

function parseJson<T>(value: string | undefined, fallback: T): T {
  return value ? (JSON.parse(value) as T) : fallback;
}

/** A record written before the compact encoding (long field names, every value stored). */
function fromLegacyRecord(hash: Record<string, string>): Comment | null {
  if (!hash.id || !hash.status) return null;
  return {
    id: hash.id,
    status: hash.status as CommentStatus,
    articleId: hash.articleId ?? '',
    text: hash.text ?? '',
    author: parseJson(hash.author, { id: '' }),
    language: (hash.language || null) as Language | null,
    languageSource: (hash.languageSource || null) as Comment['languageSource'],
    externalId: hash.externalId || null,
    parentId: hash.parentId || null,
    metadata: parseJson(hash.metadata, {}),
    client: hash.client ?? '',
    scores: parseJson<AttributeScores>(hash.scores, {}),
    scoring: parseJson(hash.scoring, null),
    decision: parseJson(hash.decision, null),
    createdAt: hash.createdAt ?? '',
    decidedAt: hash.decidedAt || null,
    version: Number(hash.version ?? 0),
    ...(hash.shadow ? { shadow: JSON.parse(hash.shadow) as ShadowVerdict } : {}),
  };
}

/**
 * The compact record and trail list of a comment read from a legacy record (`npm run migrate:records`): the same
 * fields the scripts would have written; the trail list keeps every entry after the submission as it was (no `f`:
 * the latest decision is not always the last entry, e.g. after readers' reports hid a comment).
 */
export function compactRecord(comment: Comment, history: readonly HistoryEntry[], job: string | null): { fields: string[]; trail: string[] } {
  const createdAtMs = Date.parse(comment.createdAt);
  const fields = [FIELD.status, comment.status, FIELD.version, String(comment.version), FIELD.createdAtMs, String(createdAtMs), ...newRecordFields(comment, createdAtMs)];
  if (comment.status === 'pending' && job !== null) fields.push(FIELD.job, job);
  if (Object.keys(comment.scores).length > 0) fields.push(FIELD.scores, encodeScores(comment.scores));
  if (comment.scoring !== null) fields.push(FIELD.scoring, JSON.stringify(comment.scoring));
  if (comment.decision !== null) fields.push(FIELD.decision, JSON.stringify(comment.decision));
  return { fields, trail: history.slice(1).map((entry) => JSON.stringify(entry)) };
}
