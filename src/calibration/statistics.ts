/** A proportion's confidence interval, both ends in 0..1. */
export interface Interval {
  low: number;
  high: number;
}

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959964;

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * Wilson's score interval for `successes` out of `trials`: unlike the normal approximation it stays inside 0..1
 * and is honest at small counts and at proportions near 0 or 1. Null when there are no trials.
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { low: round4(Math.max(0, centre - half)), high: round4(Math.min(1, centre + half)) };
}

/** A binary classifier's counts against a reference (moderators), with precision and recall (null when undefined). */
export interface PrecisionRecall {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number | null;
  recall: number | null;
  precisionInterval: Interval | null;
  recallInterval: Interval | null;
}

export function precisionRecall(pairs: readonly { predicted: boolean; actual: boolean }[]): PrecisionRecall {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { predicted, actual } of pairs) {
    if (predicted && actual) tp += 1;
    else if (predicted) fp += 1;
    else if (actual) fn += 1;
    else tn += 1;
  }
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    precision: tp + fp === 0 ? null : round4(tp / (tp + fp)),
    recall: tp + fn === 0 ? null : round4(tp / (tp + fn)),
    precisionInterval: wilsonInterval(tp, tp + fp),
    recallInterval: wilsonInterval(tp, tp + fn),
  };
}

/** One labelled score: the attribute's score, and whether a moderator found the comment should be rejected. */
export interface LabelledScore {
  score: number;
  positive: boolean;
}

export interface RejectThreshold {
  /** Reject at or above this score. */
  threshold: number;
  precision: number;
  interval: Interval;
  /** Decisions at or above the threshold (what the precision is measured on). */
  support: number;
}

export interface HoldThreshold {
  /** Hold at or above this score. */
  threshold: number;
  recall: number;
  interval: Interval;
  /** Comments moderators rejected (what the recall is measured on). */
  support: number;
}

/** The distinct scores, highest first, each with how many positives and negatives score at or above it. */
function cumulative(samples: readonly LabelledScore[]): { score: number; positives: number; negatives: number }[] {
  const sorted = [...samples].sort((a, b) => b.score - a.score);
  const steps: { score: number; positives: number; negatives: number }[] = [];
  let positives = 0;
  let negatives = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const sample = sorted[i] as LabelledScore;
    if (sample.positive) positives += 1;
    else negatives += 1;
    const next = sorted[i + 1];
    if (next === undefined || next.score !== sample.score) steps.push({ score: sample.score, positives, negatives });
  }
  return steps;
}

/**
 * The lowest reject threshold whose precision (moderators' rejections among the comments at or above it) reaches
 * `targetPrecision`, measured on at least `minSupport` decisions; null when no threshold does. Lower thresholds
 * reject more, so the lowest one that is still precise enough is the one to propose.
 */
export function rejectThreshold(samples: readonly LabelledScore[], options: { targetPrecision: number; minSupport: number }): RejectThreshold | null {
  let best: RejectThreshold | null = null;
  for (const step of cumulative(samples)) {
    const support = step.positives + step.negatives;
    if (support < options.minSupport) continue;
    const precision = step.positives / support;
    if (precision >= options.targetPrecision) {
      best = { threshold: step.score, precision: round4(precision), interval: wilsonInterval(step.positives, support) as Interval, support };
    }
  }
  return best;
}

/**
 * The highest hold threshold whose recall (moderators' rejections scoring at or above it, among all they
 * rejected) reaches `targetRecall`, with at least `minSupport` rejections; null when there are fewer. Higher
 * thresholds hold fewer comments, so the highest one that still catches enough is the one to propose.
 */
export function holdThreshold(samples: readonly LabelledScore[], options: { targetRecall: number; minSupport: number }): HoldThreshold | null {
  const total = samples.filter((s) => s.positive).length;
  if (total === 0 || total < options.minSupport) return null;
  for (const step of cumulative(samples)) {
    const recall = step.positives / total;
    if (recall >= options.targetRecall) {
      return { threshold: step.score, recall: round4(recall), interval: wilsonInterval(step.positives, total) as Interval, support: total };
    }
  }
  return null;
}
