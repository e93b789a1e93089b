import { CommentsClosedError, NotFoundError } from '../errors/app-errors';
import { CommentService } from './comment-service';
import { InMemoryCommentStore } from './in-memory-comment-store';

describe('CommentService on the in-memory store', () => {
  const now = new Date('2026-12-01T10:00:00.000Z');
  let ids = 0;
  const service = (store = new InMemoryCommentStore()): { comments: CommentService; store: InMemoryCommentStore } => ({
    comments: new CommentService({ store, now: () => now, newId: () => `id-${++ids}` }),
    store,
  });

  it('When a comment is submitted without a language, then it is stored pending with no language and goes to the queue', async () => {
    const { comments, store } = service();
    const { comment, created } = await comments.submit({ articleId: 'a-1', text: 'Guter Artikel', author: { id: 'r-1' } }, 'widget');
    expect(created).toBe(true);
    expect(comment).toMatchObject({ status: 'pending', articleId: 'a-1', client: 'widget', language: null, languageSource: null, externalId: null, parentId: null, metadata: {}, createdAt: now.toISOString(), version: 1 });
    expect(await store.takeToQueue(10)).toEqual([comment.id]);
  });

  it('When the widget gives the language, then it is recorded as given', async () => {
    const { comments } = service();
    const { comment } = await comments.submit({ articleId: 'a-1', text: 'Bon article', author: { id: 'r-1' }, language: 'fr' }, 'widget');
    expect(comment).toMatchObject({ language: 'fr', languageSource: 'given' });
  });

  it('When the same client repeats an externalId, then the first comment is returned and not stored twice', async () => {
    const { comments, store } = service();
    const first = await comments.submit({ articleId: 'a-1', text: 'one', author: { id: 'r-1' }, externalId: 'site-7' }, 'widget');
    const again = await comments.submit({ articleId: 'a-1', text: 'one', author: { id: 'r-1' }, externalId: 'site-7' }, 'widget');
    expect(again).toEqual({ created: false, comment: first.comment });
    expect(await store.toQueueLength()).toBe(1);
  });

  it('When a comment does not exist, then get and history throw NotFoundError', async () => {
    const { comments } = service();
    await expect(comments.get('nope')).rejects.toBeInstanceOf(NotFoundError);
    await expect(comments.history('nope')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('When a comment exists, then its history starts with the submission by its client', async () => {
    const { comments } = service();
    const { comment } = await comments.submit({ articleId: 'a-1', text: 'x', author: { id: 'r-1' } }, 'widget');
    expect(await comments.history(comment.id)).toEqual([{ at: now.toISOString(), by: 'widget', from: null, to: 'pending', reasons: [{ rule: 'submitted' }] }]);
  });

  it('When the article is closed, then a new comment is refused with comments_closed and nothing is stored, but a replay of one taken in before returns it', async () => {
    const store = new InMemoryCommentStore();
    let closed = false;
    const articles = {
      assertOpen: async (articleId: string) => {
        if (closed) throw new CommentsClosedError(`comments on article ${articleId} are closed`);
      },
    };
    const comments = new CommentService({ store, now: () => now, newId: () => `id-${++ids}`, articles });
    const before = await comments.submit({ articleId: 'a-1', text: 'vorher', author: { id: 'r-1' }, externalId: 'site-1' }, 'widget');
    closed = true;
    await expect(comments.submit({ articleId: 'a-1', text: 'neu', author: { id: 'r-1' }, externalId: 'site-2' }, 'widget')).rejects.toBeInstanceOf(CommentsClosedError);
    await expect(comments.submit({ articleId: 'a-1', text: 'neu', author: { id: 'r-1' } }, 'widget')).rejects.toBeInstanceOf(CommentsClosedError);
    const replay = await comments.submit({ articleId: 'a-1', text: 'vorher', author: { id: 'r-1' }, externalId: 'site-1' }, 'widget');
    expect(replay).toEqual({ created: false, comment: before.comment });
    // Another client's externalId of the same name is not a replay.
    await expect(comments.submit({ articleId: 'a-1', text: 'vorher', author: { id: 'r-1' }, externalId: 'site-1' }, 'other-site')).rejects.toBeInstanceOf(CommentsClosedError);
    expect(await store.takeToQueue(10)).toEqual([before.comment.id]);
  });
});
