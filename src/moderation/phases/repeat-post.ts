import type { Phase } from './phase';

/** The same author posting the same text (after normalisation) within 24 h: held (`author.repeat_post`). */
export function repeatPostPhase(): Phase {
  return {
    name: 'repeat-post',
    run(state) {
      const repeatOf = state.authorActivity?.repeatOf ?? null;
      if (repeatOf === null) return {};
      return { state: { holds: [...state.holds, { rule: 'author.repeat_post', note: `same text as the author's comment ${repeatOf} within 24 h` }] } };
    },
  };
}
