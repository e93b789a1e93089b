import { CommentsClosedError, NotFoundError } from '../errors/app-errors';
import { ArticlePolicyCache } from './article-policy-cache';
import { ArticlePolicyService } from './article-policy-service';
import { InMemoryArticlePolicyStore } from './in-memory-article-policy-store';

function setup() {
  let nowMs = Date.parse('2026-12-02T10:00:00Z');
  const store = new InMemoryArticlePolicyStore();
  const cache = new ArticlePolicyCache({ store, refreshMs: 2000, now: () => nowMs });
  const service = new ArticlePolicyService({ store, cache, now: () => new Date(nowMs) });
  // A second process: its own cache over the same store.
  const other = new ArticlePolicyCache({ store, refreshMs: 2000, now: () => nowMs });
  return { store, cache, service, other, advance: (ms: number) => (nowMs += ms) };
}

describe('article policies', () => {
  it('When an article has no policy, then GET shows the default (auto) and says it is the default', async () => {
    const { service } = setup();
    expect(await service.get('a-1')).toEqual({ articleId: 'a-1', mode: 'auto', isDefault: true, updatedBy: null, updatedAt: null });
  });

  it('When a moderator closes an article, then intake on this process refuses it at once, with comments_closed', async () => {
    const { service } = setup();
    await service.assertOpen('a-1');
    await service.set('a-1', { mode: 'closed' }, 'anna');
    await expect(service.assertOpen('a-1')).rejects.toBeInstanceOf(CommentsClosedError);
    await expect(service.assertOpen('a-1')).rejects.toMatchObject({ status: 409, code: 'comments_closed' });
    await service.assertOpen('a-2');
  });

  it('When another process changed a policy, then this one sees it after its refresh interval, not before, and reads the store once per article meanwhile', async () => {
    const { service, other, store, advance } = setup();
    expect(await other.policyOf('a-1')).toBeNull();
    await service.set('a-1', { mode: 'premoderate' }, 'anna');
    const reads = store.reads;
    expect(await other.policyOf('a-1')).toBeNull();
    expect(store.reads).toBe(reads);
    advance(2000);
    expect(await other.policyOf('a-1')).toMatchObject({ mode: 'premoderate', updatedBy: 'anna' });
    expect(await other.policyOf('a-1')).toMatchObject({ mode: 'premoderate' });
    expect(store.reads).toBe(reads + 1);
  });

  it('When a policy is set, changed and reset, then the history names who did each and when, oldest first', async () => {
    const { service, advance } = setup();
    await service.set('a-1', { mode: 'premoderate', thresholds: { THREAT: { hold: 0.2, reject: 0.5 } } }, 'anna');
    advance(60_000);
    await service.set('a-1', { mode: 'closed' }, 'ben');
    advance(60_000);
    await service.reset('a-1', 'anna');
    expect(await service.history('a-1')).toEqual([
      { at: '2026-12-02T10:00:00.000Z', by: 'anna', action: 'set', mode: 'premoderate', thresholds: { THREAT: { hold: 0.2, reject: 0.5 } } },
      { at: '2026-12-02T10:01:00.000Z', by: 'ben', action: 'set', mode: 'closed' },
      { at: '2026-12-02T10:02:00.000Z', by: 'anna', action: 'reset', mode: 'auto' },
    ]);
    expect((await service.get('a-1')).isDefault).toBe(true);
    await service.assertOpen('a-1');
  });

  it('When an article without a policy is reset, then it is a 404 and nothing is recorded', async () => {
    const { service } = setup();
    await expect(service.reset('a-1', 'anna')).rejects.toBeInstanceOf(NotFoundError);
    expect(await service.history('a-1')).toEqual([]);
  });
});
