import type { Logger } from 'pino';
import type { Comment } from '../comments/comment';
import type { CommentStore } from '../comments/comment-store';
import { decisionEvent } from '../webhooks/decision-event';
import { runPipeline } from './pipeline';
import type { Phase } from './phases/phase';

export type ModerateOutcome =
  | { kind: 'decided'; comment: Comment; phase: string }
  /** An earlier run of the same job, or a moderator, decided first; nothing was changed. */
  | { kind: 'already_decided'; comment: Comment }
  | { kind: 'missing' }
  | { kind: 'retry'; reason: string; delayMs?: number };

export interface ModerationServiceDeps {
  store: CommentStore;
  phases: readonly Phase[];
  now: () => Date;
  logger: Logger;
  /** Write decision events for webhooks (only when receivers are configured). */
  emitEvents: boolean;
}

/** Moderates one pending comment: runs the pipeline and records its verdict exactly once. */
export class ModerationService {
  constructor(private readonly deps: ModerationServiceDeps) {}

  async moderate(commentId: string, options: { finalAttempt: boolean }): Promise<ModerateOutcome> {
    const comment = await this.deps.store.get(commentId);
    if (comment === null) return { kind: 'missing' };
    if (comment.status !== 'pending') return { kind: 'already_decided', comment };

    const now = this.deps.now();
    const result = await runPipeline(this.deps.phases, {
      text: comment.text,
      givenLanguage: comment.languageSource === 'given' ? comment.language : null,
      language: null,
      languageSource: null,
      scores: {},
      spans: [],
      scoring: null,
      watched: [],
      now,
      createdAt: new Date(comment.createdAt),
      finalAttempt: options.finalAttempt,
    });
    if (result.kind === 'retry') {
      const retry: ModerateOutcome = { kind: 'retry', reason: result.reason };
      if (result.delayMs !== undefined) retry.delayMs = result.delayMs;
      return retry;
    }

    const { verdict, state } = result;
    const decision = { by: 'auto', status: verdict.status, reasons: verdict.reasons, at: now.toISOString() };
    const outcome = await this.deps.store.decideAuto(comment, {
      status: verdict.status,
      decision,
      event: this.deps.emitEvents ? JSON.stringify(decisionEvent(comment, decision)) : '',
      scores: state.scores,
      scoring: state.scoring,
      language: state.language ?? 'other',
      languageSource: state.languageSource ?? 'detected',
    });
    if (outcome.outcome === 'missing') return { kind: 'missing' };
    if (outcome.outcome === 'already_decided') return { kind: 'already_decided', comment: outcome.comment };
    return { kind: 'decided', comment: outcome.comment, phase: result.decidedBy };
  }
}
