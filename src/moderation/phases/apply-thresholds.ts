import type { Policy } from '../../domain';
import { applyPolicy } from '../policy';
import type { Phase } from './phase';

/** Routes on the scores: the configurable, per-language approve / hold / reject bands. */
export function applyThresholdsPhase(deps: { policy: Policy }): Phase {
  return {
    name: 'apply-thresholds',
    run(state) {
      const verdict = applyPolicy(deps.policy, {
        language: state.language ?? 'other',
        scores: state.scores,
        spans: state.spans,
        scorer: state.scoring?.scorer ?? 'none',
      });
      // A watched term holds a comment the scores would approve, and is named beside any other reason.
      if (state.watched.length === 0 || verdict.status === 'rejected') return { verdict };
      if (verdict.status === 'approved') return { verdict: { status: 'held', reasons: state.watched } };
      return { verdict: { status: 'held', reasons: [...state.watched, ...verdict.reasons] } };
    },
  };
}
