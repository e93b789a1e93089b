import type { Logger } from 'pino';
import type { DecidedStatus, Language, ShadowVerdict } from '../domain';
import type { CommentScoring, ScoringOutcome } from '../moderation/comment-scoring';
import { runPipeline } from '../moderation/pipeline';
import type { ModerationState, Phase } from '../moderation/phases/phase';
import type { ShadowOutcome, ShadowStore } from './shadow-store';

/** A shadow run under way for one comment: `verdict` gives its verdict once the live pipeline has its own. */
export interface ShadowRun {
  verdict(live: ModerationState): Promise<{ verdict: ShadowVerdict; outcome: ShadowOutcome }>;
}

export interface ShadowModerationDeps {
  /** The moderation phases, built with the shadow's policy around the scoring given. */
  phases(scoring: CommentScoring): readonly Phase[];
  /** The shadow's own scorer chain (SHADOW_SCORERS); null: the shadow reuses the live scores (SHADOW_POLICY_FILE only). */
  scoring: CommentScoring | null;
  /** For the record: the shadow's chain and policy. */
  scorers: string;
  policy: string;
  timeoutMs: number;
  maxInFlight: number;
  store: ShadowStore;
  now: () => Date;
  logger: Logger;
}

/** Replays the live pipeline's scores, so that a shadow policy is tried without scoring the comment again. */
export function replayScoring(live: ModerationState): CommentScoring {
  return {
    async score(): Promise<ScoringOutcome> {
      const scoring = live.scoring;
      if (scoring === null || scoring.scorer === 'none') return { outcome: 'unavailable', failures: scoring?.failures ?? [] };
      return {
        outcome: 'scored',
        result: { scorer: scoring.scorer, model: scoring.model, language: live.language ?? 'other', scores: live.scores, spans: live.spans },
        failures: scoring.failures,
      };
    },
  };
}

function timeout(ms: number): { promise: Promise<'timeout'>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Shadow mode: the same moderation phases with another scorer chain and/or policy, beside the live pipeline. A
 * shadow never changes nor delays the live decision: it starts after the live phases have had their turn, has
 * its own time limit, is recorded in a write of its own once the live decision is written, and its failures are
 * recorded as a shadow `error` and counted.
 */
export class ShadowModeration {
  private running = 0;
  private readonly recording = new Set<Promise<void>>();

  constructor(private readonly deps: ShadowModerationDeps) {}

  /** Starts the shadow for a comment whose live run starts from `initial`. */
  start(initial: ModerationState): ShadowRun {
    const startedAtMs = Date.now();
    if (this.deps.scoring === null) {
      // Nothing to wait for but the live scores: run when the live verdict is there.
      return { verdict: (live) => this.limited(startedAtMs, (async () => this.run(initial, replayScoring(live)))()) };
    }
    if (this.running >= this.deps.maxInFlight) {
      const skipped = this.failed(startedAtMs, 'skipped', `more than ${this.deps.maxInFlight} shadow runs in flight`);
      return { verdict: async () => skipped };
    }
    const scoring = this.deps.scoring;
    this.running += 1;
    const pending = (async () => {
      // The live phases go first: a shadow scorer that computes on this thread must not push them back.
      await new Promise((resolve) => setImmediate(resolve));
      return this.run(initial, scoring);
    })();
    // Counted until the scorer really answers, not until the time limit: a hanging scorer fills the cap, and
    // comments beyond it are skipped instead of piling up more hanging requests.
    pending
      .finally(() => {
        this.running -= 1;
      })
      .catch(() => undefined);
    const done = this.limited(startedAtMs, pending);
    return { verdict: () => done };
  }

  /**
   * Records the shadow verdict beside the live one once it is ready. Returns at once: the caller (the worker)
   * goes on; {@link close} waits for what is still being recorded.
   */
  record(input: { run: ShadowRun; live: ModerationState; commentId: string; articleId: string; liveStatus: DecidedStatus; language: Language; decidedAtMs: number }): void {
    const task = (async () => {
      const { verdict, outcome } = await input.run.verdict(input.live);
      await this.deps.store.record({
        summary: { commentId: input.commentId, live: input.liveStatus, shadow: verdict.status, language: input.language, articleId: input.articleId, decidedAtMs: input.decidedAtMs },
        verdict,
        outcome,
        nowMs: this.deps.now().getTime(),
      });
    })().catch((error: unknown) => {
      this.deps.logger.warn({ commentId: input.commentId, reason: (error as Error).message }, 'shadow verdict not recorded');
    });
    this.recording.add(task);
    void task.finally(() => this.recording.delete(task));
  }

  /** Shadow runs started and not finished. */
  inFlight(): number {
    return this.running;
  }

  /** Waits for the verdicts still being recorded (each bounded by the shadow's time limit and one Redis write). */
  async close(): Promise<void> {
    await Promise.allSettled([...this.recording]);
  }

  private async run(initial: ModerationState, scoring: CommentScoring): Promise<{ verdict: ShadowVerdict; outcome: ShadowOutcome }> {
    const startedAtMs = Date.now();
    // The final attempt, and no quota wait: a shadow decides at once or holds, it never asks for a retry.
    const result = await runPipeline(this.deps.phases(scoring), { ...initial, finalAttempt: true });
    if (result.kind === 'retry') return this.failed(startedAtMs, 'error', `the shadow asked for a retry: ${result.reason}`);
    const { state, verdict } = result;
    return {
      outcome: 'ok',
      verdict: {
        status: verdict.status,
        reasons: verdict.reasons,
        scores: state.scores,
        scorer: state.scoring?.scorer ?? 'none',
        model: state.scoring?.model ?? 'none',
        failures: state.scoring?.failures ?? [],
        scorers: this.deps.scorers,
        policy: this.deps.policy,
        decidedBy: result.decidedBy,
        durationMs: Date.now() - startedAtMs,
        at: this.deps.now().toISOString(),
      },
    };
  }

  /** Bounds a run by the shadow's time limit and turns a throw into a recorded error. */
  private async limited(startedAtMs: number, run: Promise<{ verdict: ShadowVerdict; outcome: ShadowOutcome }>): Promise<{ verdict: ShadowVerdict; outcome: ShadowOutcome }> {
    const limit = timeout(this.deps.timeoutMs);
    try {
      const first = await Promise.race([run, limit.promise]);
      if (first === 'timeout') return this.failed(startedAtMs, 'timeout', `no shadow verdict within ${this.deps.timeoutMs} ms`);
      return first;
    } catch (error) {
      return this.failed(startedAtMs, 'error', (error as Error).message);
    } finally {
      limit.cancel();
    }
  }

  private failed(startedAtMs: number, outcome: Exclude<ShadowOutcome, 'ok'>, message: string): { verdict: ShadowVerdict; outcome: ShadowOutcome } {
    return {
      outcome,
      verdict: {
        status: 'error',
        reasons: [{ rule: `shadow.${outcome}`, note: message }],
        scores: {},
        scorer: 'none',
        model: 'none',
        failures: [],
        scorers: this.deps.scorers,
        policy: this.deps.policy,
        decidedBy: outcome,
        durationMs: Date.now() - startedAtMs,
        at: this.deps.now().toISOString(),
        error: message,
      },
    };
  }
}
