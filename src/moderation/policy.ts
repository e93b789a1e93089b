import { ATTRIBUTES, type Policy, type Threshold, type DecidedStatus, type DecisionReason, type AttributeScores, type Language, type Span } from '../domain';

export interface Verdict {
  status: DecidedStatus;
  reasons: DecisionReason[];
}

/** The thresholds in force for one language: the defaults, overridden attribute by attribute. */
export function thresholdsFor(policy: Policy, language: Language): Partial<Record<(typeof ATTRIBUTES)[number], Threshold>> {
  return { ...policy.defaults, ...(policy.languages[language] ?? {}) };
}

/**
 * Reject when any score reaches its reject threshold, hold when any reaches its hold threshold, else approve.
 * Every attribute that crossed the deciding line is given as a reason, with the spans that explain it.
 */
export function applyPolicy(
  policy: Policy,
  input: { language: Language; scores: AttributeScores; spans: Span[]; scorer: string },
): Verdict {
  const thresholds = thresholdsFor(policy, input.language);
  const reasonFor = (rule: string, attribute: (typeof ATTRIBUTES)[number], score: number, threshold: number): DecisionReason => ({
    rule,
    attribute,
    score,
    threshold,
    scorer: input.scorer,
    language: input.language,
    spans: input.spans.filter((span) => span.attribute === attribute),
  });

  const rejects: DecisionReason[] = [];
  const holds: DecisionReason[] = [];
  for (const attribute of ATTRIBUTES) {
    const score = input.scores[attribute];
    const threshold = thresholds[attribute];
    if (score === undefined || threshold === undefined) continue;
    if (score >= threshold.reject) rejects.push(reasonFor('threshold.reject', attribute, score, threshold.reject));
    else if (score >= threshold.hold) holds.push(reasonFor('threshold.hold', attribute, score, threshold.hold));
  }
  if (rejects.length > 0) return { status: 'rejected', reasons: rejects };
  if (holds.length > 0) return { status: 'held', reasons: holds };

  let top: { attribute: (typeof ATTRIBUTES)[number]; score: number } | null = null;
  for (const attribute of ATTRIBUTES) {
    const score = input.scores[attribute];
    if (score !== undefined && (top === null || score > top.score)) top = { attribute, score };
  }
  const highest: DecisionReason = { rule: 'below_thresholds', scorer: input.scorer, language: input.language };
  if (top !== null) {
    highest.attribute = top.attribute;
    highest.score = top.score;
    const threshold = thresholds[top.attribute];
    if (threshold !== undefined) highest.threshold = threshold.hold;
  }
  return { status: 'approved', reasons: [highest] };
}
