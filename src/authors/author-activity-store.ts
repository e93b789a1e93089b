/** What the author rules know of an author when one of their comments is moderated. */
export interface AuthorActivity {
  /** An earlier comment of the author with the same normalised text within 24 h, or null. */
  repeatOf: string | null;
  /** This comment's place (1 = first) among the author's first comments; null beyond the first 100. */
  postNumber: number | null;
  /** The author's comments approved or rejected in the last 30 days, and how many of them were rejected. */
  decided: number;
  rejected: number;
}

/** The query for one comment: its author, its id, its text and when it was taken in. */
export interface AuthorActivityQuery {
  authorId: string;
  commentId: string;
  /** Compared by fingerprint only (see textFingerprint); never stored. */
  text: string;
  createdAtMs: number;
  nowMs: number;
}

/**
 * Reads the per-author activity that intake and decisions record (in the comment store's own transactions, see
 * src/authors/lua/includes). Read-only: a retried moderation job reads the same answer.
 */
export interface AuthorActivityStore {
  activity(query: AuthorActivityQuery): Promise<AuthorActivity>;
}
