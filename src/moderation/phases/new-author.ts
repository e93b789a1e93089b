import type { Phase } from './phase';

/** An author's first `newAuthorHolds` comments are held (`author.new`); 0 turns the rule off. */
export function newAuthorPhase(deps: { newAuthorHolds: number }): Phase {
  return {
    name: 'new-author',
    run(state) {
      const postNumber = state.authorActivity?.postNumber ?? null;
      if (deps.newAuthorHolds === 0 || postNumber === null || postNumber > deps.newAuthorHolds) return {};
      const note = `comment ${postNumber} of the author's first ${deps.newAuthorHolds}`;
      return { state: { holds: [...state.holds, { rule: 'author.new', note }] } };
    },
  };
}
