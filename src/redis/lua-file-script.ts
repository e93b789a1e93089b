import type { Redis } from 'ioredis';
import { LuaScript } from './lua-script';

/**
 * A Lua script kept in a `.lua` file, called with named keys and arguments: the names are the order, so no
 * caller counts positions by hand. A thin name for {@link LuaScript}, the one Lua helper.
 */
export interface LuaFileScript<K extends string, A extends string> {
  readonly name: string;
  run(redis: Redis, keys: Record<K, string>, args: Record<A, string | number>): Promise<unknown>;
}

export function luaFileScript<const K extends readonly string[], const A extends readonly string[]>(options: {
  dir: string;
  file: string;
  keys: K;
  args: A;
}): LuaFileScript<K[number], A[number]> {
  const script = new LuaScript<K[number], A[number]>({ dir: options.dir, file: options.file, keys: options.keys, args: options.args });
  return {
    name: options.file,
    run: (redis, keys, args) => script.run(redis, { keys, args }),
  };
}
