import { join } from 'node:path';
import { Redis } from 'ioredis';
import { LuaScript } from '../../src/redis/lua-script';
import { testRedisUrl } from '../support/redis-server';

describe('LuaScript on real Redis', () => {
  const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
  afterAll(() => {
    redis.disconnect();
  });

  const echo = new LuaScript({ dir: join(__dirname, '..', 'support', 'lua'), file: 'echoPositions-2.lua', keys: ['first', 'second'], args: ['alpha', 'beta'] });

  it('When keys and arguments are given by name, then they arrive in the positions the spec lists, extras after them', async () => {
    // Named in another order than the spec's: the spec decides the positions.
    const reply = await echo.run(redis, { keys: { second: 'k2', first: 'k1' }, args: { beta: 2, alpha: 'a' }, moreArgs: ['x', 'y'] });
    expect(reply).toEqual(['k1', 'k2', '|', 'a', '2', 'x', 'y']);
  });

  it('When the server has lost the script (restart, SCRIPT FLUSH), then a run and a pipelined run still work', async () => {
    await echo.run(redis, { keys: { first: 'a', second: 'b' }, args: { alpha: '1', beta: '2' } });
    await redis.script('FLUSH');
    expect(await echo.run(redis, { keys: { first: 'a', second: 'b' }, args: { alpha: '1', beta: '2' } })).toEqual(['a', 'b', '|', '1', '2']);
    await redis.script('FLUSH');
    const pipeline = redis.pipeline();
    echo.queue(pipeline, { keys: { first: 'c', second: 'd' }, args: { alpha: '3', beta: '4' } });
    expect(await pipeline.exec()).toEqual([[null, ['c', 'd', '|', '3', '4']]]);
  });

  it('When a pipeline was built before the script was defined on its client, then queueing it fails loudly', () => {
    const fresh = new Redis(testRedisUrl(), { lazyConnect: true });
    const script = new LuaScript({ dir: join(__dirname, '..', 'support', 'lua'), file: 'echoPositions-2.lua', keys: ['first', 'second'], args: ['alpha', 'beta'] });
    expect(() => script.queue(fresh.pipeline(), { keys: { first: 'a', second: 'b' }, args: { alpha: '1', beta: '2' } })).toThrow(/defined on its client/);
    fresh.disconnect();
  });
});
