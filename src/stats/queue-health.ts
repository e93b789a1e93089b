import type { DecisionStatsReading } from './decision-stats-store';

/** Decisions per minute averaged over the last 1, 5 and 15 minutes. */
export interface Rates {
  m1: number;
  m5: number;
  m15: number;
}

/** The queue-health part of `/v1/queue/stats`. */
export interface QueueHealth {
  throughput: { decisionsPerMinute: Rates & { auto: Rates; moderator: Rates } };
  latency: {
    /** Intake to final decision (approved or rejected, by the pipeline or a moderator), last 15 minutes; null: none. */
    intakeToDecisionMs: { p50: number | null; p95: number | null; p99: number | null; samples: number };
    /** Hold to the moderator's decision, last 15 minutes. */
    holdToModeratorMs: { p50: number | null; p95: number | null; samples: number };
  };
  oldestPendingAgeSeconds: number | null;
  /** Decisions per moderator since midnight UTC. */
  moderatorsToday: { moderator: string; decisions: number }[];
}

const WINDOW_MS = 15 * 60_000;

/**
 * A sliding window over minute buckets: the current (partial) minute, the whole minutes before it, and of the
 * oldest bucket the share that still lies in the window, as if its decisions were spread evenly over it. So a
 * rate does not drop to zero when a new minute begins.
 */
function rates(perMinute: number[], nowMs: number): Rates {
  const elapsed = (nowMs % 60_000) / 60_000;
  const over = (minutes: number): number => {
    const whole = perMinute.slice(0, minutes).reduce((sum, n) => sum + n, 0);
    return round2((whole + (perMinute[minutes] ?? 0) * (1 - elapsed)) / minutes);
  };
  return { m1: over(1), m5: over(5), m15: over(15) };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? null;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function queueHealth(reading: DecisionStatsReading, nowMs: number): QueueHealth {
  const recent = (samples: { atMs: number; ms: number }[]): number[] =>
    samples
      .filter((s) => s.atMs >= nowMs - WINDOW_MS)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
  const intake = recent(reading.intakeToDecision);
  const hold = recent(reading.holdToModerator);
  const total = reading.perMinute.auto.map((n, i) => n + (reading.perMinute.moderator[i] ?? 0));
  return {
    throughput: { decisionsPerMinute: { ...rates(total, nowMs), auto: rates(reading.perMinute.auto, nowMs), moderator: rates(reading.perMinute.moderator, nowMs) } },
    latency: {
      intakeToDecisionMs: { p50: percentile(intake, 50), p95: percentile(intake, 95), p99: percentile(intake, 99), samples: intake.length },
      holdToModeratorMs: { p50: percentile(hold, 50), p95: percentile(hold, 95), samples: hold.length },
    },
    oldestPendingAgeSeconds: reading.oldestPendingCreatedAtMs === null ? null : Math.max(0, Math.floor((nowMs - reading.oldestPendingCreatedAtMs) / 1000)),
    moderatorsToday: Object.entries(reading.moderatorsToday)
      .map(([moderator, decisions]) => ({ moderator, decisions }))
      .sort((a, b) => b.decisions - a.decisions || a.moderator.localeCompare(b.moderator)),
  };
}
