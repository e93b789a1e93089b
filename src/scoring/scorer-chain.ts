import { toScorerError } from './http/scorer-error-mapping';
import type { ScoreRequest, ScoreResult, Scorer, ScorerError, ScorerFailureKind } from './scorer';

/**
 * What to do when a scorer cannot score:
 * - `fallback`: record the failure and try the next scorer;
 * - `hold`: stop at the first failure and report `unavailable` (the worker holds the comment);
 * - `retry`: on a retryable failure throw ScorerChainRetryError so the job is retried with backoff; on the
 *   final attempt behave like `hold`.
 * Under every policy a 429 never fails a comment, and a scorer that is shut down is skipped.
 */
export const FAILURE_POLICIES = ['fallback', 'hold', 'retry'] as const;
export type FailurePolicy = (typeof FAILURE_POLICIES)[number];

/** One scorer that did not score this comment, and why. Safe to store and show: no comment text. */
export interface ChainFailure {
  scorer: string;
  kind: ScorerFailureKind;
  message: string;
  retryAfterMs?: number;
  /** True when the scorer was not called because its circuit is open (marked down). */
  skipped?: boolean;
}

/** What scoring one comment came to. */
export type ChainOutcome =
  /** `used` names the scorer whose result this is; `failures` lists the scorers tried before it. */
  | { outcome: 'scored'; result: ScoreResult; used: string; failures: ChainFailure[] }
  /** No scorer scored and the policy says stop: the worker holds the comment (`scorer_unavailable`). */
  | { outcome: 'unavailable'; failures: ChainFailure[] }
  /**
   * Quota exhausted: do not fail or hold the comment, run the job again after `retryAfterMs`
   * (BullMQ: `await job.moveToDelayed(Date.now() + retryAfterMs, token); throw new DelayedError()`).
   */
  | { outcome: 'rate_limited'; retryAfterMs: number; failures: ChainFailure[] };

/**
 * Thrown under the `retry` policy for a retryable failure when this is not the final attempt: let it reach
 * BullMQ so the job is retried with the queue's backoff.
 */
export class ScorerChainRetryError extends Error {
  override readonly name = 'ScorerChainRetryError';
  readonly code = 'SCORER_RETRY';
  constructor(readonly failures: ChainFailure[]) {
    super(`scoring failed, will retry: ${failures.map((f) => `${f.scorer} ${f.kind}`).join(', ')}`);
  }
}

/** A scorer's health as the queue-stats API shows it. */
export interface ScorerStatus {
  name: string;
  /** `down`: shut down, skipped until `reprobeAt`; `degraded`: its last call failed; `up`: its last call scored (or none yet). */
  state: 'up' | 'down' | 'degraded';
  lastFailure?: { kind: ScorerFailureKind; message: string; at: string };
  /** ISO time the scorer was first marked down (kept across failed re-probes). */
  downSince?: string;
  /** ISO time after which the next comment probes it again. */
  reprobeAt?: string;
}

/** Settings for a chain (built once per worker process). */
export interface ScorerChainOptions {
  /** In order of preference. */
  scorers: readonly Scorer[];
  policy: FailurePolicy;
  /** How long a shut-down scorer is skipped before one comment probes it again (default 5 minutes). */
  downForMs?: number;
  now?: () => number;
}

/** Per-call flags from the worker. */
export interface ChainCallOptions {
  /** True on the job's last attempt: the `retry` policy then holds instead of throwing. */
  finalAttempt: boolean;
}

interface Circuit {
  state: ScorerStatus['state'];
  lastFailure?: { kind: ScorerFailureKind; message: string; at: number };
  downSince?: number;
  reprobeAt?: number;
  probing: boolean;
}

export const DEFAULT_DOWN_FOR_MS = 5 * 60 * 1000;

/** Scores with an ordered list of scorers under one failure policy, with a circuit per scorer. */
export class ScorerChain {
  private readonly scorers: readonly Scorer[];
  private readonly policy: FailurePolicy;
  private readonly downForMs: number;
  private readonly now: () => number;
  private readonly circuits = new Map<string, Circuit>();

  constructor(options: ScorerChainOptions) {
    const names = options.scorers.map((s) => s.name);
    if (new Set(names).size !== names.length) throw new TypeError(`scorer names must be unique: ${names.join(', ')}`);
    this.scorers = options.scorers;
    this.policy = options.policy;
    this.downForMs = options.downForMs ?? DEFAULT_DOWN_FOR_MS;
    this.now = options.now ?? Date.now;
    for (const name of names) this.circuits.set(name, { state: 'up', probing: false });
  }

  /**
   * Scores one comment. Returns `scored` only with a result from a scorer that scored; throws
   * ScorerChainRetryError only under the `retry` policy.
   */
  async score(request: ScoreRequest, options: ChainCallOptions): Promise<ChainOutcome> {
    const failures: ChainFailure[] = [];
    for (const scorer of this.scorers) {
      const circuit = this.circuit(scorer.name);
      if (!this.mayCall(circuit)) {
        failures.push({
          scorer: scorer.name,
          kind: 'shutdown',
          message: `skipped: marked down since ${iso(circuit.downSince)}`,
          skipped: true,
        });
        continue;
      }
      const probing = circuit.state === 'down';
      if (probing) circuit.probing = true;

      let error: ScorerError;
      try {
        const result = await scorer.score(request);
        if (Object.keys(result.scores).length > 0) {
          this.recordSuccess(circuit);
          return { outcome: 'scored', result, used: scorer.name, failures };
        }
        error = toScorerError(scorer.name, new Error('scorer returned no scores'));
      } catch (thrown) {
        error = toScorerError(scorer.name, thrown);
      } finally {
        if (probing) circuit.probing = false;
      }

      this.recordFailure(circuit, error);
      const failure: ChainFailure = { scorer: scorer.name, kind: error.kind, message: error.message };
      if (error.options.retryAfterMs !== undefined) failure.retryAfterMs = error.options.retryAfterMs;
      failures.push(failure);

      // A scorer that is gone fails every comment alike: move on under every policy (recorded above).
      if (error.kind === 'shutdown' || this.policy === 'fallback') continue;
      if (error.kind === 'rate_limited') return { outcome: 'rate_limited', retryAfterMs: retryAfterOf(failure), failures };
      if (this.policy === 'retry' && error.retryable && !options.finalAttempt) throw new ScorerChainRetryError(failures);
      return { outcome: 'unavailable', failures };
    }

    // Waiting for quota beats holding the comment for a person when a later scorer also failed.
    const rateLimited = failures.filter((f) => f.kind === 'rate_limited');
    if (rateLimited.length > 0) {
      return { outcome: 'rate_limited', retryAfterMs: Math.min(...rateLimited.map(retryAfterOf)), failures };
    }
    return { outcome: 'unavailable', failures };
  }

  /** Health of every scorer, in chain order. */
  status(): ScorerStatus[] {
    return this.scorers.map((scorer) => {
      const circuit = this.circuit(scorer.name);
      const status: ScorerStatus = { name: scorer.name, state: circuit.state };
      if (circuit.lastFailure !== undefined) {
        status.lastFailure = { kind: circuit.lastFailure.kind, message: circuit.lastFailure.message, at: iso(circuit.lastFailure.at) };
      }
      if (circuit.downSince !== undefined) status.downSince = iso(circuit.downSince);
      if (circuit.reprobeAt !== undefined) status.reprobeAt = iso(circuit.reprobeAt);
      return status;
    });
  }

  private circuit(name: string): Circuit {
    const circuit = this.circuits.get(name);
    if (circuit === undefined) throw new Error(`unknown scorer ${name}`);
    return circuit;
  }

  /** Closed: call. Open: skip until `reprobeAt`, then let exactly one call through as a probe. */
  private mayCall(circuit: Circuit): boolean {
    if (circuit.state !== 'down') return true;
    return !circuit.probing && this.now() >= (circuit.reprobeAt ?? 0);
  }

  private recordSuccess(circuit: Circuit): void {
    circuit.state = 'up';
    delete circuit.downSince;
    delete circuit.reprobeAt;
  }

  private recordFailure(circuit: Circuit, error: ScorerError): void {
    const now = this.now();
    circuit.lastFailure = { kind: error.kind, message: error.message, at: now };
    if (error.kind === 'shutdown') {
      circuit.downSince ??= now;
      circuit.reprobeAt = now + this.downForMs;
      circuit.state = 'down';
      return;
    }
    // A comment-specific refusal says nothing about the scorer's health.
    if (error.kind === 'rejected') {
      if (circuit.state === 'down') this.recordSuccess(circuit);
      return;
    }
    circuit.state = 'degraded';
    delete circuit.downSince;
    delete circuit.reprobeAt;
  }
}

function retryAfterOf(failure: ChainFailure): number {
  return failure.retryAfterMs ?? 1000;
}

function iso(ms: number | undefined): string {
  return new Date(ms ?? 0).toISOString();
}
