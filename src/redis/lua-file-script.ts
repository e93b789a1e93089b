import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redis } from 'ioredis';

/**
 * A Lua script kept in a `.lua` file, called with named keys and arguments: the names are the order, so no
 * caller counts positions by hand. Runs by EVALSHA, and loads the script once when Redis does not know it.
 */
export interface LuaFileScript<K extends string, A extends string> {
  readonly name: string;
  run(redis: Redis, keys: Record<K, string>, args: Record<A, string | number>): Promise<unknown>;
}

/**
 * Reads `file` from `dir`; from `dist/` (where `npm run build` copies the .lua files) falls back to the same
 * folder under `src/`, for a `tsc` run without the copy step.
 */
function readLua(dir: string, file: string): string {
  const direct = join(dir, file);
  if (existsSync(direct)) return readFileSync(direct, 'utf8');
  const fromSources = direct.replace(/([/\\])dist([/\\])src([/\\])/, '$1src$3');
  return readFileSync(fromSources, 'utf8');
}

export function luaFileScript<const K extends readonly string[], const A extends readonly string[]>(options: {
  dir: string;
  file: string;
  keys: K;
  args: A;
}): LuaFileScript<K[number], A[number]> {
  const lua = readLua(options.dir, options.file);
  const sha = createHash('sha1').update(lua).digest('hex');
  return {
    name: options.file,
    async run(redis, keys, args) {
      const keyValues = options.keys.map((k: K[number]) => keys[k]);
      const argValues = options.args.map((a: A[number]) => String(args[a]));
      try {
        return await redis.evalsha(sha, keyValues.length, ...keyValues, ...argValues);
      } catch (error) {
        if (!(error as Error).message.startsWith('NOSCRIPT')) throw error;
        return redis.eval(lua, keyValues.length, ...keyValues, ...argValues);
      }
    },
  };
}
