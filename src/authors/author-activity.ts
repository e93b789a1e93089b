import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readLua } from '../redis/lua-script';

/** Two posts of the same text by one author within this long: the later is a repeat. */
export const REPEAT_POST_WINDOW_MS = 24 * 3_600_000;
/** The author history rule looks at decisions of this long. */
export const AUTHOR_HISTORY_WINDOW_MS = 30 * 86_400_000;
/** Bounds on what is kept per author (a flood of posts must not grow a key without limit). */
export const MAX_POSTS_KEPT = 100;
export const MAX_DECISIONS_KEPT = 500;
/** The most first comments remembered per author: NEW_AUTHOR_HOLDS cannot exceed it. */
export const MAX_FIRST_POSTS = 100;
/** An author unseen for this long counts as new again. */
export const FIRST_POSTS_TTL_MS = 365 * 86_400_000;

/**
 * The Lua function the decision scripts include to record a decision for the author history; the comment store's
 * scripts include it by name (`--@include record-author-decision`), the report store's are given it here.
 */
export const RECORD_AUTHOR_DECISION_LUA = readLua(join(__dirname, '..', 'comments', 'lua', 'includes', 'record-author-decision.lua'));

/**
 * The text as the repeat rule compares it: Unicode-normalised, lower case, letters and digits only (spacing,
 * punctuation and emoji do not make a post new).
 */
export function normaliseForRepeat(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A hash of the normalised text: what is stored for the repeat rule instead of the text itself. */
export function textFingerprint(text: string): string {
  // 64 bits: collisions among one author's posts of a day are out of reach, and `<fingerprint>:<uuid>` stays
  // within a listpack entry's default 64 bytes.
  return createHash('sha256').update(normaliseForRepeat(text), 'utf8').digest('hex').slice(0, 16);
}

/**
 * The Redis keys of one author's activity: `posts` holds the author's comments of the last 24 h as
 * `<fingerprint>:<comment id>` (at most {@link MAX_POSTS_KEPT}), so the repeat rule reads a bounded list.
 */
export function authorActivityKeys(prefix: string, authorId: string): { posts: string; first: string; decided: string; rejected: string } {
  const base = `${prefix}:au:${authorId}`;
  return { posts: `${base}:posts`, first: `${base}:first`, decided: `${base}:decided`, rejected: `${base}:rejected` };
}

/** The keys and arguments the intake script passes to recordAuthorPost, besides the comment id and createdAt. */
export interface AuthorPostArguments {
  /** '' when the comment has no author: nothing is recorded. */
  keys: { authorPosts: string; authorFirst: string };
  args: { authorWindowMs: string; authorMaxPosts: string; authorMaxFirst: string; authorFirstTtlMs: string; authorTextFingerprint: string };
}

export function authorPostArguments(prefix: string, comment: { text: string; authorId: string }, firstPostsKept = MAX_FIRST_POSTS): AuthorPostArguments {
  const keys = comment.authorId === '' ? null : authorActivityKeys(prefix, comment.authorId);
  return {
    keys: { authorPosts: keys?.posts ?? '', authorFirst: keys?.first ?? '' },
    args: {
      authorTextFingerprint: keys === null ? '' : textFingerprint(comment.text),
      authorWindowMs: String(REPEAT_POST_WINDOW_MS),
      authorMaxPosts: String(MAX_POSTS_KEPT),
      authorMaxFirst: String(firstPostsKept),
      authorFirstTtlMs: String(FIRST_POSTS_TTL_MS),
    },
  };
}

/** The keys and arguments the decision scripts pass to recordAuthorDecision, besides the comment id and status. */
export interface AuthorDecisionArguments {
  /** '' when the comment has no author: nothing is recorded. */
  keys: { authorDecided: string; authorRejected: string };
  args: { decidedAtMs: string; authorWindowMs: string; authorMaxDecisions: string };
}

export function authorDecisionArguments(prefix: string, decision: { authorId: string; decidedAt: string }): AuthorDecisionArguments {
  const keys = decision.authorId === '' ? null : authorActivityKeys(prefix, decision.authorId);
  return {
    keys: { authorDecided: keys?.decided ?? '', authorRejected: keys?.rejected ?? '' },
    args: { decidedAtMs: String(Date.parse(decision.decidedAt)), authorWindowMs: String(AUTHOR_HISTORY_WINDOW_MS), authorMaxDecisions: String(MAX_DECISIONS_KEPT) },
  };
}

