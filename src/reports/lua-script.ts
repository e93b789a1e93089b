import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Redis } from 'ioredis';

const INCLUDE = /^--@include ([a-z0-9-]+)$/gm;

/**
 * The directory of the report scripts: next to this module in the sources, and found by walking up from the
 * build (`dist/src/reports`, where tsc copies no `.lua` file) to the repository's `src/reports/lua`.
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

/** A Lua script with its KEYS and ARGV named in order, so that callers pass objects, never counted positions. */
export interface LuaScript<K extends string, A extends string> {
  file: string;
  keys: readonly K[];
  args: readonly A[];
  source: string;
}

/** Reads `lua/<file>` (with its `--@include name` lines replaced by `lua/includes/<name>.lua`). */
export function luaScript<const K extends string, const A extends string>(file: string, keys: readonly K[], args: readonly A[]): LuaScript<K, A> {
  const dir = luaDirectory();
  const source = readFileSync(join(dir, file), 'utf8').replace(INCLUDE, (_line, name: string) => readFileSync(join(dir, 'includes', `${name}.lua`), 'utf8'));
  return { file, keys, args, source };
}

type Raw = (...keysAndArgs: string[]) => Promise<unknown>;

/** Runs a script (EVALSHA, loading it on first use per client, as ioredis's defineCommand does). */
export function runLua<K extends string, A extends string>(redis: Redis, script: LuaScript<K, A>, keys: Record<K, string>, args: Record<A, string>): Promise<unknown> {
  const name = `dsa_${script.file.replace(/\.lua$/, '').replace(/-/g, '_')}`;
  const commands = redis as unknown as Record<string, Raw | undefined>;
  if (commands[name] === undefined) redis.defineCommand(name, { lua: script.source, numberOfKeys: script.keys.length });
  const command = commands[name] as Raw;
  return command.call(redis, ...script.keys.map((k) => keys[k]), ...script.args.map((a) => args[a]));
}
