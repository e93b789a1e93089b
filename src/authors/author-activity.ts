import { createHash } from 'node:crypto';
import { readLuaFile } from '../redis/lua-file';

/** Two posts of the same text by one author within this long: the later is a repeat. */
export const REPEAT_POST_WINDOW_MS = 24 * 3_600_000;
/** The author history rule looks at decisions of this long. */
export const AUTHOR_HISTORY_WINDOW_MS = 30 * 86_400_000;
/** Bounds on what is kept per author (a flood of posts must not grow a key without limit). */
export const MAX_POSTS_PER_TEXT = 100;
export const MAX_DECISIONS_KEPT = 500;
/** The most first comments remembered per author: NEW_AUTHOR_HOLDS cannot exceed it. */
export const MAX_FIRST_POSTS = 100;
/** An author unseen for this long counts as new again. */
export const FIRST_POSTS_TTL_MS = 365 * 86_400_000;

/** Lua functions the comment store's intake and decision scripts include (see the files' headers). */
export const RECORD_AUTHOR_POST_LUA = readLuaFile(__dirname, 'lua/includes/record-author-post.lua');
export const RECORD_AUTHOR_DECISION_LUA = readLuaFile(__dirname, 'lua/includes/record-author-decision.lua');

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
  return createHash('sha256').update(normaliseForRepeat(text), 'utf8').digest('hex').slice(0, 24);
}

/**
 * The Redis keys of one author's activity; `text` is the key of the author's comments with one text (by its
 * fingerprint), so that the repeat rule reads at most two ids, never a list of all recent posts.
 */
export function authorActivityKeys(prefix: string, authorId: string, fingerprint = ''): { text: string; first: string; decided: string; rejected: string } {
  const base = `${prefix}:au:${authorId}`;
  return { text: `${base}:t:${fingerprint}`, first: `${base}:first`, decided: `${base}:decided`, rejected: `${base}:rejected` };
}

/** KEYS and ARGV the intake script passes to recordAuthorPost. */
export function authorPostArguments(prefix: string, comment: { id: string; text: string; authorId: string; createdAtMs: number }): { keys: string[]; args: string[] } {
  if (comment.authorId === '') return { keys: ['', ''], args: ['', '0', '0', '0', '0', '0'] };
  const keys = authorActivityKeys(prefix, comment.authorId, textFingerprint(comment.text));
  return {
    keys: [keys.text, keys.first],
    args: [
      comment.id,
      String(comment.createdAtMs),
      String(REPEAT_POST_WINDOW_MS),
      String(MAX_POSTS_PER_TEXT),
      String(MAX_FIRST_POSTS),
      String(FIRST_POSTS_TTL_MS),
    ],
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

/** The same, in script order (KEYS: decided, rejected; ARGV: decidedAtMs, windowMs, maxDecisions). */
export function authorDecisionPositional(a: AuthorDecisionArguments): { keys: string[]; args: string[] } {
  return { keys: [a.keys.authorDecided, a.keys.authorRejected], args: [a.args.decidedAtMs, a.args.authorWindowMs, a.args.authorMaxDecisions] };
}
