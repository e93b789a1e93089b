import type { Policy, Thresholds } from '../../domain';
import { applyPolicy } from '../policy';
import type { Phase } from './phase';

/** Routes on the scores: the configurable, per-language approve / hold / reject bands. */
export function applyThresholdsPhase(deps: { policy: Policy }): Phase {
  return {
    name: 'apply-thresholds',
    run(state) {
      const policy = state.articleThresholds === null ? deps.policy : withArticleThresholds(deps.policy, state.articleThresholds);
      const verdict = applyPolicy(policy, {
        language: state.language ?? 'other',
        scores: state.scores,
        spans: state.spans,
        scorer: state.scoring?.scorer ?? 'none',
      });
      // A watched term or a newsroom rule holds a comment the scores would approve, and is named beside any other
      // reason; a reject by the scores is never weakened to a hold, but still names the rules that applied.
      const atLeastHeld = state.holds.length === 0 ? state.watched : [...state.watched, ...state.holds];
      if (atLeastHeld.length === 0) return { verdict };
      if (verdict.status === 'rejected') return { verdict: { status: 'rejected', reasons: [...verdict.reasons, ...state.holds] } };
      if (verdict.status === 'approved') return { verdict: { status: 'held', reasons: atLeastHeld } };
      return { verdict: { status: 'held', reasons: [...atLeastHeld, ...verdict.reasons] } };
    },
  };
}

/** The policy with an article's thresholds laid over its defaults and every language's own thresholds. */
export function withArticleThresholds(policy: Policy, article: Thresholds): Policy {
  const languages: Policy['languages'] = {};
  for (const [language, thresholds] of Object.entries(policy.languages) as [keyof Policy['languages'], Thresholds][]) {
    languages[language] = { ...thresholds, ...article };
  }
  return { defaults: { ...policy.defaults, ...article }, languages };
}
