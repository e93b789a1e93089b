import pino from 'pino';
import { startEnqueueRelay, type EnqueueRelayOptions } from './enqueue-relay';
import { planJobs, type PlannedJob } from './moderation-queue';

describe('enqueue relay', () => {
  it('When taking more ids fails right after the blocking wait returned one, then that one is still handed over', async () => {
    const added: PlannedJob[] = [];
    let waited = false;
    let handedOver: () => void = () => undefined;
    let endWait: (id: string | null) => void = () => undefined;
    const done = new Promise<void>((resolve) => (handedOver = resolve));
    const outbox: EnqueueRelayOptions['outbox'] = {
      // Empty at first, so the relay waits; the wait yields one id, then Redis fails.
      takeToQueue: async () => {
        if (waited) throw new Error('Connection is closed.');
        return [];
      },
      waitToQueue: async () => {
        if (waited) return new Promise<string | null>((resolve) => (endWait = resolve)); // until close
        waited = true;
        return 'c-1';
      },
      returnToQueue: async () => undefined,
      assignJobs: async () => undefined,
    };
    const relay = startEnqueueRelay({
      outbox,
      queue: {
        plan: (ids) => planJobs(ids, 16),
        add: async (jobs) => {
          added.push(...jobs);
          handedOver();
        },
      },
      logger: pino({ level: 'silent' }),
      batchSize: 100,
      waitSeconds: 1,
      retryDelayMs: 10,
      interruptWait: () => endWait(null),
    });
    try {
      let timer: NodeJS.Timeout | undefined;
      const giveUp = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('c-1 was never handed over')), 2000)));
      await Promise.race([done, giveUp]).finally(() => clearTimeout(timer));
      expect(added).toEqual([{ jobId: 'c-1', commentIds: ['c-1'] }]);
    } finally {
      await relay.close();
    }
  });
});
