import type { Phase } from './phase';

/** Fewer decided comments than this say too little about an author. */
export const AUTHOR_HISTORY_MIN_DECIDED = 5;

/**
 * An author with at least 5 comments approved or rejected in the last 30 days, of which at least `rejectRate`
 * were rejected, is held (`author.history`; score: the rejected share, threshold: the rate).
 */
export function authorHistoryPhase(deps: { rejectRate: number }): Phase {
  return {
    name: 'author-history',
    run(state) {
      const activity = state.authorActivity;
      if (activity === null || activity.decided < AUTHOR_HISTORY_MIN_DECIDED) return {};
      const share = activity.rejected / activity.decided;
      if (share < deps.rejectRate) return {};
      const reason = {
        rule: 'author.history',
        score: Math.round(share * 1000) / 1000,
        threshold: deps.rejectRate,
        note: `${activity.rejected} of the author's ${activity.decided} decided comments in 30 days were rejected`,
      };
      return { state: { holds: [...state.holds, reason] } };
    },
  };
}
