import type { Policy } from '../../../config';
import { applyPolicy } from '../policy';
import type { Phase } from './phase';

/** Routes on the scores: the configurable, per-language approve / hold / reject bands. */
export function applyThresholdsPhase(deps: { policy: Policy }): Phase {
  return {
    name: 'apply-thresholds',
    run(state) {
      return {
        verdict: applyPolicy(deps.policy, {
          language: state.language ?? 'other',
          scores: state.scores,
          spans: state.spans,
          scorer: state.scoring?.scorer ?? 'none',
        }),
      };
    },
  };
}
