import type { DecisionReason, ScoringRecord, AttributeScores, Author, Language, Span, Thresholds } from '../../domain';
import type { AuthorActivity } from '../../authors/author-activity-store';

import type { Verdict } from '../policy';

/** Everything the pipeline has learnt about a comment so far. Phases read it and return what they add. */
export interface ModerationState {
  text: string;
  /** As given by the client; null when the worker must detect it. */
  givenLanguage: Language | null;
  language: Language | null;
  languageSource: 'given' | 'detected' | null;
  scores: AttributeScores;
  spans: Span[];
  scoring: ScoringRecord | null;
  /** Watched-term hits: the comment is held at least. */
  watched: DecisionReason[];
  /** Null when moderated outside the comment store (Coral's phase, offline evaluation). */
  commentId: string | null;
  articleId: string | null;
  author: Author | null;
  /** Newsroom rules (article, author, form) that hold the comment at least; a scorer's reject still rejects. */
  holds: DecisionReason[];
  /** The article's own thresholds, overriding the policy's; null: none. */
  articleThresholds: Thresholds | null;
  /** What the author rules know of the author; null for trusted authors and comments without one. */
  authorActivity: AuthorActivity | null;
  now: Date;
  /** When the comment was submitted. */
  createdAt: Date;
  /** True on the job's last attempt: a phase that would ask for a retry must decide instead. */
  finalAttempt: boolean;
}

export interface PhaseOutput {
  state?: Partial<ModerationState>;
  /** The first phase that returns a verdict ends the run. */
  verdict?: Verdict;
  /** Stop and let the queue try again later. */
  retry?: { reason: string; delayMs?: number };
}

export interface Phase {
  readonly name: string;
  run(state: Readonly<ModerationState>): Promise<PhaseOutput> | PhaseOutput;
}

/** What the pipeline knows of a comment before the first phase: its text, the language given, the clock. */
export function initialState(input: {
  text: string;
  givenLanguage: Language | null;
  now: Date;
  createdAt: Date;
  finalAttempt: boolean;
  commentId?: string;
  articleId?: string;
  author?: Author;
}): ModerationState {
  return {
    text: input.text,
    givenLanguage: input.givenLanguage,
    language: null,
    languageSource: null,
    scores: {},
    spans: [],
    scoring: null,
    watched: [],
    commentId: input.commentId ?? null,
    articleId: input.articleId ?? null,
    author: input.author ?? null,
    holds: [],
    articleThresholds: null,
    authorActivity: null,
    now: input.now,
    createdAt: input.createdAt,
    finalAttempt: input.finalAttempt,
  };
}
