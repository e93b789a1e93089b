import { Redis } from 'ioredis';
import pino from 'pino';
import { createApi } from '../../src/composition-root';
import { testRedisUrl } from '../support/redis-server';
import { testConfig } from '../support/service-harness';
import { waitFor } from '../support/wait-for';

/**
 * BullMQ checks the Redis version (INFO) once when a queue is created and keeps the outcome for the queue's
 * lifetime. The API once started while that check was still in flight and then failed (it timed out while the
 * process loaded the local scorer on a loaded CI machine): every `/v1/queue/stats` answered 503 until a restart.
 * Here a Redis user that may not run INFO makes the check fail for certain.
 */
describe('When BullMQ cannot start the API\'s queues', () => {
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

  it('then the API does not start, names the queue and leaves no connection open', async () => {
    const url = new URL(testRedisUrl());
    url.username = user;
    url.password = 'startup-test-password';
    // ioredis skips its own ready check when INFO is refused, and says so on the console.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const config = { ...testConfig(), redisUrl: url.toString() };
      // An API that started anyway is closed again, so a failing run does not keep jest waiting on its clients.
      const outcome = await createApi(config, pino({ level: 'silent' })).then(
        async (api) => {
          await api.close();
          return 'the API started';
        },
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      expect(outcome).toMatch(/^BullMQ queue '.+' could not start: NOPERM/);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('NOPERM'));
    } finally {
      warn.mockRestore();
    }
    const clientsOf = async (): Promise<number> => {
      const list = (await admin.call('CLIENT', 'LIST')) as string;
      return list.split('\n').filter((line) => line.includes(` user=${user} `)).length;
    };
    await waitFor(async () => (await clientsOf()) === 0, { what: `no client of user ${user} left` });
  });
});
