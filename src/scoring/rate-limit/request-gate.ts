/**
 * A gate a remote adapter passes before each HTTP request it sends, so that quota is counted per request
 * (Perspective may send a second request for one comment when it learns a language lacks an attribute).
 * It resolves when the request may go, or throws a ScorerError (`rate_limited` with `retryAfterMs`, or
 * `timeout` when the caller's signal aborts while waiting).
 */
export interface RequestGate {
  pass(signal?: AbortSignal): Promise<void>;
}

/** A gate that never waits: for adapters without a quota to share. */
export const OPEN_GATE: RequestGate = {
  pass: async () => undefined,
};
