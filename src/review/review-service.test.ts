import type { Comment } from '../domain';
import type { CommentStore, ModeratorDecision, ModeratorDecisionOutcome } from '../comments/comment-store';
import { ReviewService } from './review-service';

const held = (id: string): Comment => ({
  id,
  status: 'held',
  articleId: 'a-1',
  text: 't',
  author: { id: 'r-1' },
  language: 'de',
  languageSource: 'detected',
  externalId: null,
  parentId: null,
  metadata: {},
  client: 'widget',
  scores: {},
  scoring: null,
  decision: null,
  createdAt: '2026-11-26T12:00:00.000Z',
  decidedAt: null,
  version: 2,
});

/** A store whose Redis goes away after `working` decisions. */
function storeFailingAfter(working: number): Pick<CommentStore, 'get' | 'decideByModerator'> & { attempted: string[] } {
  const attempted: string[] = [];
  return {
    attempted,
    get: async (id) => held(id),
    decideByModerator: async (comment: Comment, d: ModeratorDecision): Promise<ModeratorDecisionOutcome> => {
      attempted.push(comment.id);
      if (attempted.length > working) throw new Error('Connection is closed.');
      return { outcome: 'decided', comment: { ...comment, status: d.status, version: comment.version + 1 } };
    },
  };
}

describe('review service, bulk decisions', () => {
  const decisions = ['c-1', 'c-2', 'c-3'].map((id) => ({ id, decision: 'approve' as const }));

  it('When Redis fails partway, then the decisions made are reported done and the rest unavailable, not attempted', async () => {
    const store = storeFailingAfter(1);
    const review = new ReviewService({ store: store as unknown as CommentStore, now: () => new Date(), claimLeaseMs: 60_000 });
    expect(await review.decideMany('anna', decisions)).toEqual([
      { id: 'c-1', result: 'done', status: 'approved', version: 3 },
      { id: 'c-2', result: 'unavailable' },
      { id: 'c-3', result: 'unavailable' },
    ]);
    expect(store.attempted).toEqual(['c-1', 'c-2']);
  });

  it('When Redis fails before any decision, then the request fails as a whole (503)', async () => {
    const review = new ReviewService({ store: storeFailingAfter(0) as unknown as CommentStore, now: () => new Date(), claimLeaseMs: 60_000 });
    await expect(review.decideMany('anna', decisions)).rejects.toThrow('Connection is closed.');
  });
});
