import type { DecisionReason, Span } from '../../domain';

import type { WordListCache } from '../../word-lists/word-list-matcher';
import type { Phase } from './phase';

/**
 * Moderators' word lists: a blocked term rejects at once; a watched term marks the comment to be held at least
 * (scoring still runs, so the moderator sees the scores too). Allowed phrases neutralise what they cover.
 */
export function wordListsPhase(deps: { wordLists: WordListCache }): Phase {
  return {
    name: 'word-lists',
    async run(state) {
      const language = state.language ?? 'other';
      const hits = await deps.wordLists.match(state.text, language);
      if (hits.length === 0) return {};
      const reasonFor = (list: 'blocked' | 'watched'): DecisionReason[] => {
        const ofList = hits.filter((hit) => hit.list === list);
        if (ofList.length === 0) return [];
        const spans: Span[] = ofList.map((hit) => ({ begin: hit.begin, end: hit.end, attribute: 'TOXICITY', score: 1, rule: `word_list:${list}:${hit.term}` }));
        return [{ rule: `word_list.${list}`, language, note: [...new Set(ofList.map((hit) => hit.term))].join(', '), spans }];
      };
      const blocked = reasonFor('blocked');
      if (blocked.length > 0) return { verdict: { status: 'rejected', reasons: [...blocked, ...state.holds] } };
      return { state: { watched: reasonFor('watched') } };
    },
  };
}
