import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Redis } from 'ioredis';
import { LuaScript } from '../redis/lua-script';

/**
 * The directory of the report scripts: next to this module (in the sources, and in `dist/` where `npm run build`
 * copies them), else found by walking up from a build made by tsc alone to the repository's `src/reports/lua`.
 */
export function luaDirectory(from: string = __dirname): string {
  let dir = resolve(from);
  for (;;) {
    for (const candidate of [join(dir, 'lua'), join(dir, 'src', 'reports', 'lua')]) {
      if (existsSync(join(candidate, 'add-report.lua'))) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`src/reports/lua not found above ${from}`);
    dir = parent;
  }
}

export type { LuaScript } from '../redis/lua-script';

/** A report script (`lua/<file>`, with its `--@include name` lines replaced by `lua/includes/<name>.lua`). */
export function luaScript<const K extends string, const A extends string>(file: string, keys: readonly K[], args: readonly A[], options: { prelude?: string } = {}): LuaScript<K, A> {
  return new LuaScript({ dir: luaDirectory(), file, keys, args, ...options });
}

/** Runs a script through the one Lua helper (EVALSHA, EVAL when the server lost it). */
export function runLua<K extends string, A extends string>(redis: Redis, script: LuaScript<K, A>, keys: Record<K, string>, args: Record<A, string>): Promise<unknown> {
  return script.run(redis, { keys, args });
}
