import type { AttributeScores, CommentStatus, DecidedStatus, Language } from '../domain';

/** A moderator's decision on a comment, with what the machine saw: the ground truth that calibration learns from. */
export interface ModeratorLabel {
  commentId: string;
  decision: 'approved' | 'rejected';
  /** The comment's status before: `held` for a review decision; otherwise (a reversal, a report or appeal decision) `reversal` is true. */
  from: CommentStatus;
  /** The automatic verdict the moderator saw or overturned; null when a moderator had decided before. */
  autoStatus: DecidedStatus | null;
  reversal: boolean;
  language: Language;
  articleId: string;
  /** The live scores the comment was routed on, and the scorer that gave them. */
  scores: AttributeScores;
  scorer: string;
  /** The shadow's scores and scorer, when shadow mode scored the comment: to calibrate a scorer before it goes live. */
  shadowScores?: AttributeScores;
  shadowScorer?: string;
  by: string;
  at: string;
}

/** A capped, time-ordered log of moderators' latest decision per comment. */
export interface ModeratorLabelStore {
  record(label: ModeratorLabel, nowMs: number): Promise<void>;
  /** The newest labels, at most `max`; `truncated` when more exist. */
  recent(max: number): Promise<{ labels: ModeratorLabel[]; truncated: boolean }>;
  /** The labels of these comments, where there is one. */
  getMany(commentIds: readonly string[]): Promise<Map<string, ModeratorLabel>>;
}

/** The in-memory fake, for unit tests. */
export class InMemoryModeratorLabelStore implements ModeratorLabelStore {
  readonly labels = new Map<string, ModeratorLabel>();

  async record(label: ModeratorLabel): Promise<void> {
    this.labels.delete(label.commentId);
    this.labels.set(label.commentId, label);
  }

  async recent(max: number): Promise<{ labels: ModeratorLabel[]; truncated: boolean }> {
    const all = [...this.labels.values()].reverse();
    return { labels: all.slice(0, max), truncated: all.length > max };
  }

  async getMany(commentIds: readonly string[]): Promise<Map<string, ModeratorLabel>> {
    const found = new Map<string, ModeratorLabel>();
    for (const id of commentIds) {
      const label = this.labels.get(id);
      if (label !== undefined) found.set(id, label);
    }
    return found;
  }
}
