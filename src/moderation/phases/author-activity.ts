import type { AuthorActivityStore } from '../../authors/author-activity-store';
import type { Phase } from './phase';

/**
 * Looks up what the author rules need to know of the comment's author, once for all of them. Trusted authors
 * (staff, verified readers) are not looked up: the author rules skip them.
 */
export function authorActivityPhase(deps: { authors: AuthorActivityStore }): Phase {
  return {
    name: 'author-activity',
    async run(state) {
      if (state.author === null || state.author.trusted === true || state.commentId === null || state.author.id === '') return {};
      const authorActivity = await deps.authors.activity({
        authorId: state.author.id,
        commentId: state.commentId,
        text: state.text,
        createdAtMs: state.createdAt.getTime(),
        nowMs: state.now.getTime(),
      });
      return { state: { authorActivity } };
    },
  };
}
