import { randomUUID } from 'node:crypto';
import { NotFoundError } from '../errors/app-errors';
import type { ModerationQueue } from '../queue/moderation-queue';
import type { Language } from '../scoring/scorer';
import type { Author, Comment, HistoryEntry } from './comment';
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
  queue: ModerationQueue;
  now: () => Date;
  newId?: () => string;
}

/** Intake and reading of comments. */
export class CommentService {
  private readonly newId: () => string;

  constructor(private readonly deps: CommentServiceDeps) {
    this.newId = deps.newId ?? randomUUID;
  }

  /**
   * Stores a comment and enqueues its moderation. Resolves only once both are in Redis; when the job cannot
   * be enqueued the stored record is removed again, so a failed intake leaves nothing half-written.
   * Repeating a submission with the same externalId from the same client returns the first comment.
   */
  async submit(input: SubmitCommentInput, client: string): Promise<{ comment: Comment; created: boolean }> {
    const dedupeKey = input.externalId === undefined ? undefined : `${client}:${input.externalId}`;
    const outcome = await this.deps.store.create(
      {
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
      },
      dedupeKey === undefined ? {} : { dedupeKey },
    );
    if (!outcome.created) {
      // The first attempt may have stored the record and then lost Redis before its job was added.
      if (outcome.comment.status === 'pending') await this.deps.queue.enqueue(outcome.comment.id);
      return { comment: outcome.comment, created: false };
    }
    try {
      await this.deps.queue.enqueue(outcome.comment.id);
    } catch (error) {
      await this.deps.store.discardPending(outcome.comment.id, dedupeKey === undefined ? {} : { dedupeKey }).catch(() => undefined);
      throw error;
    }
    return { comment: outcome.comment, created: true };
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
