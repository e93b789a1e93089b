import { DelayedError, type Job } from 'bullmq';
import pino from 'pino';
import type { Comment } from '../domain';
import type { ModerateOutcome } from '../moderation/moderation-service';
import { planJobs, type ModerationJobData } from './moderation-queue';
import { moderationProcessor, type ModerationJobResult } from './moderation-consumer';

const logger = pino({ level: 'silent' });

function fakeJob(commentIds: string[], attemptsMade = 0, attempts = 5) {
  const delayedUntil: number[] = [];
  const job = {
    data: { commentIds },
    attemptsMade,
    opts: { attempts },
    moveToDelayed: async (timestamp: number) => {
      delayedUntil.push(timestamp);
    },
  } as unknown as Job<ModerationJobData, ModerationJobResult>;
  return { job, delayedUntil };
}

/** A moderation service whose outcome per comment is scripted, and which records what it was asked. */
function scripted(outcomes: Record<string, ModerateOutcome>) {
  const calls: { ids: readonly string[]; finalAttempt: boolean }[] = [];
  return {
    calls,
    moderation: {
      moderateMany: async (ids: readonly string[], options: { finalAttempt: boolean }): Promise<ModerateOutcome[]> => {
        calls.push({ ids, finalAttempt: options.finalAttempt });
        return ids.map((id) => outcomes[id] ?? { kind: 'missing' });
      },
    },
  };
}

const decided = (id: string): ModerateOutcome => ({ kind: 'decided', comment: { id, status: 'approved' } as Comment, phase: 'thresholds' });

describe('planJobs', () => {
  it('When a backlog is planned, then it is split in order into full jobs named after their first comment', () => {
    const ids = Array.from({ length: 35 }, (_, i) => `c-${i}`);
    const jobs = planJobs(ids, 16);
    expect(jobs.map((job) => job.commentIds.length)).toEqual([16, 16, 3]);
    expect(jobs.map((job) => job.jobId)).toEqual(['c-0', 'c-16', 'c-32']);
    expect(jobs.flatMap((job) => job.commentIds)).toEqual(ids);
  });

  it('When one comment arrives, then it travels alone; a size below 1 is refused', () => {
    expect(planJobs(['only'], 16)).toEqual([{ jobId: 'only', commentIds: ['only'] }]);
    expect(planJobs([], 16)).toEqual([]);
    expect(() => planJobs(['a'], 0)).toThrow(RangeError);
  });
});

describe('moderationProcessor over a job of several comments', () => {
  it('When every comment is settled, then the job completes with what each came to', async () => {
    const { moderation, calls } = scripted({ a: decided('a'), b: { kind: 'already_decided', comment: { id: 'b' } as Comment }, c: decided('c') });
    const { job } = fakeJob(['a', 'b', 'c', 'gone']);
    await expect(moderationProcessor({ moderation, logger })(job, 'token')).resolves.toEqual({ decided: 2, alreadyDecided: 1, missing: 1 });
    expect(calls).toEqual([{ ids: ['a', 'b', 'c', 'gone'], finalAttempt: false }]);
  });

  it('When one comment fails, then the attempt fails naming it, and the decided ones are not asked to wait', async () => {
    const { moderation } = scripted({ a: decided('a'), b: { kind: 'retry', reason: 'perspective: 503' }, c: decided('c') });
    const { job, delayedUntil } = fakeJob(['a', 'b', 'c']);
    await expect(moderationProcessor({ moderation, logger })(job, 'token')).rejects.toThrow('perspective: 503');
    expect(delayedUntil).toEqual([]);
  });

  it('When several fail, then the error says how many of the job’s comments need another attempt', async () => {
    const { moderation } = scripted({ a: { kind: 'retry', reason: 'timeout' }, b: { kind: 'retry', reason: 'quota', delayMs: 500 } });
    const { job, delayedUntil } = fakeJob(['a', 'b', 'c']);
    await expect(moderationProcessor({ moderation, logger })(job, 'token')).rejects.toThrow('2 of 3 comments need another attempt; first: timeout');
    expect(delayedUntil).toEqual([]); // one real failure: the attempt counts, no free delay
  });

  it('When every unsettled comment only waits for quota, then the job is delayed until the soonest, without using an attempt', async () => {
    const { moderation } = scripted({ a: decided('a'), b: { kind: 'retry', reason: 'quota', delayMs: 2000 }, c: { kind: 'retry', reason: 'quota', delayMs: 700 } });
    const { job, delayedUntil } = fakeJob(['a', 'b', 'c']);
    const before = Date.now();
    await expect(moderationProcessor({ moderation, logger })(job, 'token')).rejects.toBeInstanceOf(DelayedError);
    expect(delayedUntil).toHaveLength(1);
    expect(delayedUntil[0]).toBeGreaterThanOrEqual(before + 700);
    expect(delayedUntil[0]).toBeLessThan(before + 2000);
  });

  it('When a job from before batching carries one commentId, then that comment is moderated', async () => {
    const { moderation, calls } = scripted({ old: decided('old') });
    const job = { data: { commentId: 'old' }, attemptsMade: 0, opts: { attempts: 5 } } as unknown as Job<{ commentId: string }, ModerationJobResult>;
    await expect(moderationProcessor({ moderation, logger })(job, 'token')).resolves.toEqual({ decided: 1, alreadyDecided: 0, missing: 0 });
    expect(calls.map((call) => call.ids)).toEqual([['old']]);
  });

  it('When the job is on its last attempt, then the moderation service is told so', async () => {
    const { moderation, calls } = scripted({ a: decided('a') });
    await moderationProcessor({ moderation, logger })(fakeJob(['a'], 4, 5).job, 'token');
    await moderationProcessor({ moderation, logger })(fakeJob(['a'], 3, 5).job, 'token');
    expect(calls.map((call) => call.finalAttempt)).toEqual([true, false]);
  });
});
