import type { Logger } from 'pino';
import type { Comment } from '../domain';
import type { AutoDecision, AutoDecisionOutcome, CommentStore } from '../comments/comment-store';
import type { DecisionRecorder } from '../stats/decision-recorder';
import { decisionEvent } from '../webhooks/decision-event';
import { runPipeline, type PipelineResult } from './pipeline';
import { initialState, type ModerationState, type Phase } from './phases/phase';
import type { ShadowModeration, ShadowRun } from '../shadow/shadow-moderation';

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
  /** Told of every decision made here (metrics, queue-health statistics). */
  recorder?: DecisionRecorder;
  /** Shadow mode: another scorer chain / policy beside the live one, recorded and never acted upon. */
  shadow?: ShadowModeration;
}

/** A comment's verdict, ready to be recorded. */
type Ready = { kind: 'ready'; comment: Comment; decision: AutoDecision; phase: string; state: ModerationState; shadow: ShadowRun | undefined };

/**
 * Moderates pending comments: runs the pipeline for each and records each verdict exactly once. A batch is
 * read in one round trip and decided in one; each comment is still decided on its own, and one comment's
 * failure does not hold back the others.
 */
export class ModerationService {
  constructor(private readonly deps: ModerationServiceDeps) {}

  /** Outcomes in the order of `commentIds`. */
  async moderateMany(commentIds: readonly string[], options: { finalAttempt: boolean }): Promise<ModerateOutcome[]> {
    const comments = await this.deps.store.getMany(commentIds);
    const now = this.deps.now();
    const runs = await Promise.all(comments.map((comment) => this.verdictFor(comment, now, options.finalAttempt)));

    const ready = runs.filter((run): run is Ready => run.kind === 'ready');
    const recorded = await this.deps.store.decideAutoMany(ready);
    let next = 0;
    const outcomes = runs.map((run): ModerateOutcome => {
      if (run.kind !== 'ready') return run;
      const outcome = recorded[next++] as AutoDecisionOutcome;
      if (outcome.outcome === 'missing') return { kind: 'missing' };
      if (outcome.outcome === 'already_decided') return { kind: 'already_decided', comment: outcome.comment };
      // After the live decision is written, never before: the shadow is recorded in a write of its own.
      if (run.shadow !== undefined) {
        this.deps.shadow?.record({
          run: run.shadow,
          live: run.state,
          commentId: run.comment.id,
          articleId: run.comment.articleId,
          liveStatus: run.decision.status,
          language: run.decision.language,
          decidedAtMs: Date.parse(run.decision.decision.at),
        });
      }
      return { kind: 'decided', comment: outcome.comment, phase: run.phase };
    });
    const decided = outcomes.flatMap((outcome) => (outcome.kind === 'decided' ? [outcome.comment] : []));
    if (decided.length > 0) await this.deps.recorder?.autoDecided(decided);
    return outcomes;
  }

  private async verdictFor(comment: Comment | null, now: Date, finalAttempt: boolean): Promise<Ready | Exclude<ModerateOutcome, { kind: 'decided' }>> {
    if (comment === null) return { kind: 'missing' };
    if (comment.status !== 'pending') return { kind: 'already_decided', comment };
    let result: PipelineResult;
    const initial = initialState({
      text: comment.text,
      givenLanguage: comment.languageSource === 'given' ? comment.language : null,
      now,
      createdAt: new Date(comment.createdAt),
      finalAttempt,
      commentId: comment.id,
      articleId: comment.articleId,
      author: comment.author,
    });
    // Started beside the live run; it is waited for only after the live decision is written (see moderateMany).
    const shadow = this.deps.shadow?.start(initial);
    try {
      result = await runPipeline(this.deps.phases, initial);
    } catch (error) {
      // A phase that throws is a bug or an outage: this comment is tried again, the rest of its batch goes on.
      if (!finalAttempt) return { kind: 'retry', reason: (error as Error).message };
      // On the last attempt it goes to a moderator: never approved unchecked, and never left pending for the
      // sweep to retry its failed job forever.
      this.deps.logger.warn({ commentId: comment.id, reason: (error as Error).message }, 'moderation failed on the last attempt; comment held');
      const reason = { rule: 'moderation_error', note: 'automatic moderation failed on its last attempt' };
      result = { kind: 'verdict', verdict: { status: 'held', reasons: [reason] }, state: initial, decidedBy: 'error' };
    }
    if (result.kind === 'retry') {
      const retry: ModerateOutcome = { kind: 'retry', reason: result.reason };
      if (result.delayMs !== undefined) retry.delayMs = result.delayMs;
      return retry;
    }

    const { verdict, state } = result;
    const decision = { by: 'auto', status: verdict.status, reasons: verdict.reasons, at: now.toISOString() };
    return {
      kind: 'ready',
      comment,
      phase: result.decidedBy,
      state,
      shadow,
      decision: {
        status: verdict.status,
        decision,
        // Always: whether an event is kept must not depend on which process decided (the store decides, see webhook-delivery.ts).
        event: JSON.stringify(decisionEvent(comment, decision)),
        scores: state.scores,
        scoring: state.scoring,
        language: state.language ?? comment.language ?? 'other',
        languageSource: state.languageSource ?? comment.languageSource ?? 'detected',
      },
    };
  }
}
