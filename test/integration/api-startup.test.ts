import { Redis } from 'ioredis';
import pino from 'pino';
import { createApi, createWorker } from '../../src/composition-root';
import { testRedisUrl } from '../support/redis-server';
import { testConfig } from '../support/service-harness';
import { waitFor } from '../support/wait-for';

/**
 * BullMQ checks the Redis version (INFO) once when a queue is created and keeps the outcome for the queue's
 * lifetime. The API once started while that check was still in flight and then failed (it timed out while the
 * process loaded the local scorer on a loaded CI machine): every `/v1/queue/stats` answered 503 until a restart.
 * Here a Redis user that may not run INFO makes the check fail for certain.
 */
describe('When BullMQ cannot start the queues', () => {
  const user = `noinfo${process.pid}`;
  let admin: Redis;

  beforeAll(async () => {
    admin = new Redis(testRedisUrl());
    await admin.call('ACL', 'SETUSER', user, 'on', '>startup-test-password', '~*', '&*', '+@all', '-info');
  });
  afterAll(async () => {
    await admin.call('ACL', 'DELUSER', user);
    await admin.quit();
  });

  const clientsOf = async (): Promise<number> => {
    const list = (await admin.call('CLIENT', 'LIST')) as string;
    return list.split('\n').filter((line) => line.includes(` user=${user} `)).length;
  };

  /** Starts a process part as the user without INFO; one that started anyway is closed again and said so. */
  async function startAsUserWithoutInfo(start: (config: ReturnType<typeof testConfig>) => Promise<{ close(): Promise<void> }>): Promise<string> {
    const url = new URL(testRedisUrl());
    url.username = user;
    url.password = 'startup-test-password';
    // ioredis skips its own ready check when INFO is refused, and says so on the console.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      // A part that started anyway is closed again, so a failing run does not keep jest waiting on its clients.
      const outcome = await start({ ...testConfig(), redisUrl: url.toString() }).then(
        async (part) => {
          await part.close();
          return 'it started';
        },
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('NOPERM'));
      return outcome;
    } finally {
      warn.mockRestore();
    }
  }

  it('then the API does not start, names the queue and leaves no connection open', async () => {
    const outcome = await startAsUserWithoutInfo((config) => createApi(config, pino({ level: 'silent' })));
    expect(outcome).toMatch(/^BullMQ queue '.+' could not start: NOPERM/);
    await waitFor(async () => (await clientsOf()) === 0, { what: `no client of user ${user} left` });
  });

  it('then the worker does not start, names the queue and leaves no connection open', async () => {
    const outcome = await startAsUserWithoutInfo((config) => createWorker(config, pino({ level: 'silent' })));
    expect(outcome).toMatch(/^BullMQ queue '.+' could not start: NOPERM/);
    await waitFor(async () => (await clientsOf()) === 0, { what: `no client of user ${user} left` });
  });
});
