/** Attributes every scorer reports (a remote scorer may omit those its language does not support). */
export const ATTRIBUTES = ['TOXICITY', 'SEVERE_TOXICITY', 'INSULT', 'PROFANITY', 'THREAT', 'IDENTITY_ATTACK'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

/** Attribute → probability in 0..1. */
export type AttributeScores = Partial<Record<Attribute, number>>;

/**
 * A part of the comment that explains a score. Offsets are UTF-16 code units into the comment text as
 * submitted, end exclusive (`text.slice(begin, end)`).
 */
export interface Span {
  begin: number;
  end: number;
  attribute: Attribute;
  /** Probability this span contributes for `attribute`, 0..1. */
  score: number;
  /** What matched: a lexicon rule id (`lexicon:de:vollidiot`), a model feature, or `perspective:span`. */
  rule: string;
}
