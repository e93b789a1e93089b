import type { AttributeScores, Comment } from '../domain';
import type { ListHeldQuery } from './comment-store';

/** The decision-event outbox's default cap (WEBHOOK_OUTBOX_MAX_EVENTS). */
export const DEFAULT_OUTBOX_MAX_EVENTS = 10_000;

/** A comment's risk: its highest score, used to sort the review list. */
export function riskOf(scores: AttributeScores): number {
  return Object.values(scores).reduce<number>((max, score) => (score !== undefined && score > max ? score : max), 0);
}

/** Whether a comment belongs on a page of the review list asked for by `query`. */
export function matchesHeldQuery(c: Comment, query: ListHeldQuery): boolean {
  if (c.status !== 'held') return false;
  if (query.articleId !== undefined && c.articleId !== query.articleId) return false;
  if (query.language !== undefined && c.language !== query.language) return false;
  if (query.attribute !== undefined && !(c.decision?.reasons ?? []).some((r) => r.attribute === query.attribute)) return false;
  const ageSeconds = (query.nowMs - Date.parse(c.createdAt)) / 1000;
  if (query.minAgeSeconds !== undefined && ageSeconds < query.minAgeSeconds) return false;
  if (query.maxAgeSeconds !== undefined && ageSeconds > query.maxAgeSeconds) return false;
  return true;
}
