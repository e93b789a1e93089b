import type { NewComment } from '../../src/comments/comment-store';

/** A new comment as intake would hand it to the store, for tests that use the store directly. */
export function newComment(id: string): NewComment {
  return {
    id,
    articleId: 'a-1',
    text: 'Guter Artikel',
    author: { id: 'reader-1' },
    language: null,
    languageSource: null,
    externalId: null,
    parentId: null,
    metadata: {},
    client: 'widget',
    createdAt: new Date().toISOString(),
  };
}
