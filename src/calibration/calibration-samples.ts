import type { Redis } from 'ioredis';
import { ATTRIBUTES, type Attribute, type AttributeScores, type Comment, type Language } from '../domain';
import type { FeedbackEntry } from '../perspective-api/feedback-store';
import type { ModeratorLabelStore } from './moderator-label-store';

/** `live`: the scores each comment was routed on; `shadow`: the shadow chain's scores (SHADOW_SCORERS). */
export type ScoreSource = 'live' | 'shadow';
export const SCORE_SOURCES: readonly ScoreSource[] = ['live', 'shadow'];

/** Where a labelled comment came from. */
export type SampleSource = 'decision' | 'reversal' | 'feedback';

/**
 * A comment's stored scores with a person's verdict on it: for a moderator decision one verdict for the whole
 * comment (rejected or not), for Perspective-style feedback one per attribute the moderator scored.
 */
export interface CalibrationSample {
  commentId: string;
  language: Language;
  scores: AttributeScores;
  source: SampleSource;
  rejected: boolean | Partial<Record<Attribute, boolean>>;
}

/** The person's verdict for one attribute; undefined when they gave none for it. */
export function labelFor(sample: CalibrationSample, attribute: Attribute): boolean | undefined {
  return typeof sample.rejected === 'boolean' ? sample.rejected : sample.rejected[attribute];
}

/** Reads the newest entries of the `comments:suggestscore` feedback stream. */
export interface FeedbackSource {
  recent(max: number): Promise<FeedbackEntry[]>;
}

export class RedisFeedbackSource implements FeedbackSource {
  constructor(private readonly options: { redis: Redis; key: string }) {}

  async recent(max: number): Promise<FeedbackEntry[]> {
    const entries = await this.options.redis.xrevrange(this.options.key, '+', '-', 'COUNT', max);
    const parsed: FeedbackEntry[] = [];
    for (const [, fields] of entries) {
      const index = fields.indexOf('entry');
      const value = index >= 0 ? fields[index + 1] : undefined;
      if (value !== undefined) parsed.push(JSON.parse(value) as FeedbackEntry);
    }
    return parsed;
  }
}

export interface SampleSet {
  samples: CalibrationSample[];
  decisions: number;
  reversals: number;
  feedback: number;
  /** Feedback that names no comment of ours (`clientToken` not `comment:<our id>`, e.g. Coral's ids): no stored scores to learn from. */
  feedbackWithoutComment: number;
  /** More labels or feedback exist than were read. */
  truncated: boolean;
}

/**
 * Collects what calibration learns from: moderators' decisions on held comments and their reversals (the latest
 * word on each comment), and Perspective-style feedback on our own comments (Coral sends `comment:<id>` as its
 * token), joined with the scores stored with each comment. A comment a moderator decided is not counted twice.
 */
export async function collectSamples(deps: {
  labels: ModeratorLabelStore;
  feedback: FeedbackSource | null;
  comments: { getMany(ids: readonly string[]): Promise<(Comment | null)[]> };
  maxDecisions: number;
  /** Which scores to learn from: the live chain's, or the shadow's (a scorer not yet live). */
  scores: ScoreSource;
}): Promise<SampleSet> {
  const { labels: all, truncated } = await deps.labels.recent(deps.maxDecisions);
  const shadow = deps.scores === 'shadow';
  const labels = shadow ? all.filter((label) => label.shadowScores !== undefined) : all;
  const samples: CalibrationSample[] = labels.map((label) => ({
    commentId: label.commentId,
    language: label.language,
    scores: (shadow ? label.shadowScores : label.scores) ?? {},
    source: label.reversal ? 'reversal' : 'decision',
    rejected: label.decision === 'rejected',
  }));
  const decided = new Set(all.map((l) => l.commentId));
  const entries = deps.feedback === null ? [] : await deps.feedback.recent(deps.maxDecisions);
  const byComment = new Map<string, FeedbackEntry>();
  let feedbackWithoutComment = 0;
  for (const entry of entries) {
    const id = entry.clientToken?.startsWith('comment:') ? entry.clientToken.slice('comment:'.length) : undefined;
    if (id === undefined || id === '') feedbackWithoutComment += 1;
    // Newest first: the latest feedback on a comment wins.
    else if (!decided.has(id) && !byComment.has(id)) byComment.set(id, entry);
  }
  const ids = [...byComment.keys()];
  const comments = await deps.comments.getMany(ids);
  let feedback = 0;
  comments.forEach((comment, i) => {
    const entry = byComment.get(ids[i] as string);
    if (comment === null) {
      // Coral's tokens name Coral's comment ids, which are not ours.
      feedbackWithoutComment += 1;
      return;
    }
    const scores = shadow ? (comment.shadow?.status === 'error' ? undefined : comment.shadow?.scores) : comment.scores;
    if (entry === undefined || scores === undefined || Object.keys(scores).length === 0) return;
    const rejected: Partial<Record<Attribute, boolean>> = {};
    for (const attribute of ATTRIBUTES) {
      const given = entry.scores[attribute];
      if (given !== undefined) rejected[attribute] = given >= 0.5;
    }
    feedback += 1;
    samples.push({ commentId: comment.id, language: comment.language ?? 'other', scores, source: 'feedback', rejected });
  });
  return {
    samples,
    decisions: labels.filter((l) => !l.reversal).length,
    reversals: labels.filter((l) => l.reversal).length,
    feedback,
    feedbackWithoutComment,
    truncated: truncated || entries.length >= deps.maxDecisions,
  };
}
