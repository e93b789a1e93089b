import { randomUUID } from 'node:crypto';
import { CommentsClosedError, NotFoundError } from '../errors/app-errors';
import type { Language, Author, Comment, HistoryEntry } from '../domain';

import type { CommentStore } from './comment-store';

export interface SubmitCommentInput {
  articleId: string;
  text: string;
  author: Author;
  language?: Language;
  externalId?: string;
  parentId?: string;
  metadata?: Record<string, string | number | boolean | null>;
}

export interface CommentServiceDeps {
  store: CommentStore;
  now: () => Date;
  newId?: () => string;
  /** Refuses comments on closed articles (CommentsClosedError); absent: every article is open. */
  articles?: { assertOpen(articleId: string): Promise<void> };
}

/** Intake and reading of comments. */
export class CommentService {
  private readonly newId: () => string;

  constructor(private readonly deps: CommentServiceDeps) {
    this.newId = deps.newId ?? randomUUID;
  }

  /**
   * Stores a comment; the same transaction puts it on the intake outbox, from which the workers' relay hands
   * it to the moderation queue in batches. One atomic round trip: a failed intake writes nothing, and a stored
   * comment is never without its way to a worker.
   * Repeating a submission with the same externalId from the same client returns the first comment.
   */
  async submit(input: SubmitCommentInput, client: string): Promise<{ comment: Comment; created: boolean }> {
    await this.assertOpen(input, client);
    return this.deps.store.create({
      id: this.newId(),
      articleId: input.articleId,
      text: input.text,
      author: input.author,
      language: input.language ?? null,
      languageSource: input.language === undefined ? null : 'given',
      externalId: input.externalId ?? null,
      parentId: input.parentId ?? null,
      metadata: input.metadata ?? {},
      client,
      createdAt: this.deps.now().toISOString(),
    });
  }

  /**
   * Refuses a comment on a closed article, except the replay of one taken in before it closed: as any repeat
   * with the same externalId, it returns the stored comment (a site retrying after a timeout must not see 409).
   */
  private async assertOpen(input: SubmitCommentInput, client: string): Promise<void> {
    try {
      await this.deps.articles?.assertOpen(input.articleId);
    } catch (error) {
      if (!(error instanceof CommentsClosedError) || input.externalId === undefined) throw error;
      if ((await this.deps.store.findByExternalId(client, input.externalId)) === null) throw error;
    }
  }

  async get(id: string): Promise<Comment> {
    const comment = await this.deps.store.get(id);
    if (comment === null) throw new NotFoundError(`comment ${id} does not exist`);
    return comment;
  }

  async history(id: string): Promise<HistoryEntry[]> {
    await this.get(id);
    return this.deps.store.history(id);
  }
}
