import pino from 'pino';
import { InMemoryCommentStore } from '../comments/in-memory-comment-store';
import { newComment } from '../../test/support/new-comment';
import { ModerationService } from './moderation-service';
import type { Phase } from './phases/phase';
import type { DecisionEvent } from '../webhooks/decision-event';

const now = new Date('2026-12-01T10:00:00.000Z');
const logger = pino({ level: 'silent' });

/** Rejects texts containing "bad", holds "meh", asks for a retry on "later", throws on "boom", approves the rest. */
const phases: Phase[] = [
  { name: 'detect-language', run: (state) => ({ state: { language: state.givenLanguage ?? 'de', languageSource: state.givenLanguage === null ? 'detected' : 'given' } }) },
  {
    name: 'decide',
    run(state) {
      if (state.text.includes('boom')) throw new Error('scorer bug');
      if (state.text.includes('later')) return { retry: { reason: 'quota', delayMs: 250 } };
      const status = state.text.includes('bad') ? 'rejected' : state.text.includes('meh') ? 'held' : 'approved';
      return { state: { scores: { TOXICITY: status === 'approved' ? 0.1 : 0.9 } }, verdict: { status, reasons: [{ rule: `test.${status}` }] } };
    },
  },
];

async function setUp(texts: Record<string, string>): Promise<{ store: InMemoryCommentStore; service: ModerationService }> {
  const store = new InMemoryCommentStore();
  for (const [id, text] of Object.entries(texts)) await store.create({ ...newComment(id), text });
  return { store, service: new ModerationService({ store, phases, now: () => now, logger }) };
}

describe('ModerationService on the in-memory store', () => {
  it('When a batch is moderated, then each comment is decided on its own, in the order asked, with the deciding phase', async () => {
    const { store, service } = await setUp({ a: 'fine', b: 'bad words', c: 'meh' });
    const outcomes = await service.moderateMany(['a', 'b', 'c'], { finalAttempt: false });
    expect(outcomes.map((o) => (o.kind === 'decided' ? [o.comment.id, o.comment.status, o.phase] : o.kind))).toEqual([
      ['a', 'approved', 'decide'],
      ['b', 'rejected', 'decide'],
      ['c', 'held', 'decide'],
    ]);
    expect(await store.get('b')).toMatchObject({ status: 'rejected', language: 'de', languageSource: 'detected', scores: { TOXICITY: 0.9 }, decision: { by: 'auto', at: now.toISOString(), reasons: [{ rule: 'test.rejected' }] } });
    expect(await store.counts()).toEqual({ pending: 0, approved: 1, held: 1, rejected: 1, reported: 0 });
  });

  it('When a final decision is recorded, then its webhook event goes to the outbox with it; a hold writes none', async () => {
    const { store, service } = await setUp({ a: 'fine', c: 'meh' });
    await service.moderateMany(['a', 'c'], { finalAttempt: false });
    const events = (await store.peekOutbox(10)).map((event) => JSON.parse(event) as DecisionEvent);
    expect(events).toEqual([expect.objectContaining({ type: 'comment.decided', data: expect.objectContaining({ commentId: 'a', status: 'approved' }) })]);
  });

  it('When a comment is already decided or missing, then nothing is written for it', async () => {
    const { store, service } = await setUp({ a: 'fine' });
    await service.moderateMany(['a'], { finalAttempt: false });
    const version = (await store.get('a'))?.version;
    const outcomes = await service.moderateMany(['a', 'gone'], { finalAttempt: false });
    expect(outcomes.map((o) => o.kind)).toEqual(['already_decided', 'missing']);
    expect((await store.get('a'))?.version).toBe(version);
  });

  it('When a phase asks for a retry, then that comment stays pending and the others are decided', async () => {
    const { store, service } = await setUp({ a: 'fine', l: 'later please' });
    const outcomes = await service.moderateMany(['a', 'l'], { finalAttempt: false });
    expect(outcomes[1]).toEqual({ kind: 'retry', reason: 'quota', delayMs: 250 });
    expect((await store.get('l'))?.status).toBe('pending');
    expect((await store.get('a'))?.status).toBe('approved');
  });

  it('When a phase throws before the last attempt, then the comment is retried; on the last attempt it is held, never approved', async () => {
    const { store, service } = await setUp({ x: 'boom' });
    expect(await service.moderateMany(['x'], { finalAttempt: false })).toEqual([{ kind: 'retry', reason: 'scorer bug' }]);
    expect((await store.get('x'))?.status).toBe('pending');
    const [last] = await service.moderateMany(['x'], { finalAttempt: true });
    expect(last).toMatchObject({ kind: 'decided', phase: 'error', comment: { status: 'held', decision: { reasons: [{ rule: 'moderation_error' }] } } });
  });
});
