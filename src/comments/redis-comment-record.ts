import type { AttributeScores, Comment, CommentStatus, Language } from '../domain';

function parseJson<T>(value: string | undefined, fallback: T): T {
  return value ? (JSON.parse(value) as T) : fallback;
}

/** A comment from its record's hash (HGETALL); null when the record does not exist. */
export function toComment(hash: Record<string, string>): Comment | null {
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
  };
}
