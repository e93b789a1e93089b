/**
 * The worker's moderation pipeline, run in process without Redis or a queue: the same phases (language
 * detection, the moderators' word lists, the scorer chain, the policy's thresholds) in the same order, so that
 * what `npm run eval` measures is what the service decides.
 */
import type { Policy, DecidedStatus, Language } from '../../src/domain';

import { createLanguageDetector } from '../../src/language/tinyld-language-detector';
import { moderationPhases } from '../../src/moderation/phases';
import { initialState } from '../../src/moderation/phases/phase';
import { runPipeline } from '../../src/moderation/pipeline';
import { chainScoring } from '../../src/scoring/create-scoring';
import { ScorerChain } from '../../src/scoring/scorer-chain';
import type { Scorer } from '../../src/scoring/scorer';
import { WordListCache } from '../../src/word-lists/word-list-matcher';
import type { WordListEntry, WordListStore } from '../../src/word-lists/word-list-store';

export interface OfflineDecision {
  status: DecidedStatus;
  language: Language;
  /** The rules that decided (`threshold.hold`, `word_list.blocked`, …) with the attribute, for reports. */
  reasons: string[];
}

/** A word-list store that holds the given entries (none: a fresh installation). */
function fixedWordLists(entries: readonly WordListEntry[]): WordListStore {
  return {
    add: () => Promise.reject(new Error('read-only')),
    remove: () => Promise.reject(new Error('read-only')),
    all: () => Promise.resolve({ version: 1, entries: [...entries] }),
    version: () => Promise.resolve(1),
  };
}

/** Moderates one comment as the worker would, the language detected unless given. */
export type OfflineModeration = (text: string, givenLanguage?: Language) => Promise<OfflineDecision>;

export function createOfflineModeration(options: { scorer: Scorer; policy: Policy; wordLists?: readonly WordListEntry[] }): OfflineModeration {
  const phases = moderationPhases({
    detector: createLanguageDetector(),
    scoring: chainScoring(new ScorerChain({ scorers: [options.scorer], policy: 'hold' })),
    policy: options.policy,
    wordLists: new WordListCache({ store: fixedWordLists(options.wordLists ?? []), refreshMs: 60_000 }),
    maxQuotaWaitMs: 0,
  });
  return async (text, givenLanguage) => {
    const now = new Date();
    const result = await runPipeline(phases, initialState({ text, givenLanguage: givenLanguage ?? null, now, createdAt: now, finalAttempt: true }));
    if (result.kind !== 'verdict') throw new Error(`the pipeline asked for a retry offline: ${result.reason}`);
    return {
      status: result.verdict.status,
      language: result.state.language ?? 'other',
      reasons: result.verdict.reasons.map((r) => (r.attribute === undefined ? r.rule : `${r.rule}:${r.attribute}`)),
    };
  };
}
