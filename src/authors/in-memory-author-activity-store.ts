import { AUTHOR_HISTORY_WINDOW_MS, MAX_FIRST_POSTS, REPEAT_POST_WINDOW_MS, textFingerprint } from './author-activity';
import type { AuthorActivity, AuthorActivityQuery, AuthorActivityStore } from './author-activity-store';

interface Post {
  commentId: string;
  fingerprint: string;
  createdAtMs: number;
}

/** An in-memory {@link AuthorActivityStore} for unit tests, with the same windows as the Redis one. */
export class InMemoryAuthorActivityStore implements AuthorActivityStore {
  private readonly posts = new Map<string, Post[]>();
  private readonly decisions = new Map<string, Map<string, { status: 'approved' | 'rejected'; atMs: number }>>();

  post(authorId: string, post: { commentId: string; text: string; createdAtMs: number }): void {
    const list = this.posts.get(authorId) ?? [];
    list.push({ commentId: post.commentId, fingerprint: textFingerprint(post.text), createdAtMs: post.createdAtMs });
    this.posts.set(authorId, list);
  }

  decide(authorId: string, decision: { commentId: string; status: 'approved' | 'rejected'; atMs: number }): void {
    const map = this.decisions.get(authorId) ?? new Map();
    map.set(decision.commentId, { status: decision.status, atMs: decision.atMs });
    this.decisions.set(authorId, map);
  }

  async activity(query: AuthorActivityQuery): Promise<AuthorActivity> {
    const fingerprint = textFingerprint(query.text);
    const posts = [...(this.posts.get(query.authorId) ?? [])].sort((a, b) => a.createdAtMs - b.createdAtMs);
    const repeat = posts.find(
      (p) =>
        p.commentId !== query.commentId &&
        p.fingerprint === fingerprint &&
        p.createdAtMs <= query.createdAtMs &&
        p.createdAtMs >= query.createdAtMs - REPEAT_POST_WINDOW_MS,
    );
    const index = posts.slice(0, MAX_FIRST_POSTS).findIndex((p) => p.commentId === query.commentId);
    const recent = [...(this.decisions.get(query.authorId)?.values() ?? [])].filter((d) => d.atMs > query.nowMs - AUTHOR_HISTORY_WINDOW_MS);
    return {
      repeatOf: repeat?.commentId ?? null,
      postNumber: index === -1 ? null : index + 1,
      decided: recent.length,
      rejected: recent.filter((d) => d.status === 'rejected').length,
    };
  }
}
