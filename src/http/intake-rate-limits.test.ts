import type { RedisReply } from 'rate-limit-redis';
import { ReloadingRedisStore } from './intake-rate-limits';

/**
 * A stand-in for Redis's script cache as rate-limit-redis sees it: SCRIPT LOAD and EVALSHA, with a cache that
 * can be flushed (a Redis restart) and a connection that can fail.
 */
function fakeRedis(): { send: (...command: string[]) => Promise<RedisReply>; flushScripts: () => void; setDown: (down: boolean) => void } {
  let loaded = false;
  let down = false;
  return {
    send: async (...command: string[]) => {
      if (down) throw new Error('Connection is closed.');
      if (command[0] === 'SCRIPT') {
        loaded = true;
        return 'sha-1';
      }
      if (!loaded) throw new Error('NOSCRIPT No matching script. Please use EVAL.');
      return [1, 60_000];
    },
    flushScripts: () => (loaded = false),
    setDown: (value: boolean) => (down = value),
  };
}

describe('intake rate limit store', () => {
  it('When reloading the script after a Redis restart fails once, then a later request loads it again', async () => {
    const redis = fakeRedis();
    const store = new ReloadingRedisStore({ sendCommand: redis.send, prefix: 'rl:' });
    await store.init({ windowMs: 60_000 } as Parameters<ReloadingRedisStore['init']>[0]);
    expect((await store.increment('k')).totalHits).toBe(1);

    // Redis restarted (script cache empty) and the connection drops just as the script is reloaded.
    redis.flushScripts();
    const send = redis.send;
    let calls = 0;
    store.sendCommand = async ({ command }) => {
      calls += 1;
      if (command[0] === 'SCRIPT') redis.setDown(true);
      const reply = send(...command);
      redis.setDown(false);
      return reply;
    };
    await expect(store.increment('k')).rejects.toThrow('Connection is closed');
    expect(calls).toBeGreaterThan(0);

    // Redis is back: the next request must not fail on the failed load it would otherwise keep.
    store.sendCommand = async ({ command }) => send(...command);
    expect((await store.increment('k')).totalHits).toBe(1);
  });
});
