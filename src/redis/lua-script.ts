import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChainableCommander, Redis } from 'ioredis';

/** Where a script lives and the names of its KEYS and ARGV, in their positions. */
export interface LuaScriptSpec<K extends string, A extends string> {
  /** Directory of the `.lua` file (a module's `join(__dirname, 'lua')`: the build copies it next to the JS). */
  dir: string;
  /** Named after the transition it makes and its key count, e.g. `createComment-6.lua`. */
  file: string;
  /** KEYS[1], KEYS[2], … by name. */
  keys: readonly K[];
  /** ARGV[1], ARGV[2], … by name. */
  args: readonly A[];
  /** Lua put before the script: a fragment kept in another folder (the author history, for the report scripts). */
  prelude?: string;
}

/** `--@include name` on a line of its own: replaced by `includes/name.lua` of the script's directory. */
const INCLUDE = /^--@include ([A-Za-z0-9-]+)$/gm;

/**
 * Reads a script file; from `dist/` (where `npm run build` copies the .lua files) it falls back to the same folder
 * under `src/`, for a build by `tsc` alone. Exported for fragments another folder's scripts are given as text.
 */
export function readLua(path: string): string {
  if (existsSync(path)) return readFileSync(path, 'utf8');
  return readFileSync(path.replace(/([/\\])dist([/\\])src([/\\])/, '$1src$3'), 'utf8');
}

/** One call's keys and arguments by name; `moreKeys`/`moreArgs` follow the named ones (variadic scripts). */
export interface LuaCall<K extends string, A extends string> {
  keys: Record<K, string>;
  args: Record<A, string | number>;
  moreKeys?: readonly string[];
  moreArgs?: readonly string[];
}

type ScriptCommand = (numberOfKeys: number, ...keysAndArgs: (string | number)[]) => Promise<unknown>;
type PipelinedScriptCommand = (numberOfKeys: number, ...keysAndArgs: (string | number)[]) => ChainableCommander;

/**
 * A Lua script from a `.lua` file, called with its KEYS and ARGV by name: the positions are written once, in the
 * spec, next to the script's header. ioredis `defineCommand` runs it by EVALSHA and falls back to EVAL when the
 * server does not have it (NOSCRIPT: after a restart or SCRIPT FLUSH); defined pipelines carry it too.
 */
export class LuaScript<K extends string, A extends string> {
  /** The script as Redis runs it, fragments included. */
  readonly source: string;
  readonly file: string;
  readonly keys: readonly K[];
  readonly args: readonly A[];
  private readonly command: string;
  private readonly definedOn = new WeakSet<Redis>();

  constructor(private readonly spec: LuaScriptSpec<K, A>) {
    this.source = (spec.prelude ?? '') + readLua(join(spec.dir, spec.file)).replace(INCLUDE, (_line, name: string) => readLua(join(spec.dir, 'includes', `${name}.lua`)));
    this.file = spec.file;
    this.keys = spec.keys;
    this.args = spec.args;
    // The source's digest in the name: two scripts of the same file name (in different folders) never share a command.
    const digest = createHash('sha1').update(this.source).digest('hex').slice(0, 12);
    this.command = `lua_${spec.file.replace(/\.lua$/, '').replace(/\W/g, '_')}_${digest}`;
  }

  /** Runs the script; the reply as Redis sends it (callers narrow it). */
  run(redis: Redis, call: LuaCall<K, A>): Promise<unknown> {
    const command = (this.define(redis) as unknown as Record<string, ScriptCommand>)[this.command] as ScriptCommand;
    const [numberOfKeys, flat] = this.positions(call);
    return command.call(redis, numberOfKeys, ...flat);
  }

  /**
   * Adds a run to `pipeline`. ioredis copies a client's defined commands onto each pipeline when it builds it,
   * so the script must be defined on the client ({@link define}) before the pipeline is made.
   */
  queue(pipeline: ChainableCommander, call: LuaCall<K, A>): void {
    const command = (pipeline as unknown as Record<string, PipelinedScriptCommand>)[this.command];
    if (command === undefined) throw new Error(`${this.file}: the pipeline was made before the script was defined on its client`);
    const [numberOfKeys, flat] = this.positions(call);
    command.call(pipeline, numberOfKeys, ...flat);
  }

  /** Defines the script on `redis` (once per client). */
  define(redis: Redis): Redis {
    if (!this.definedOn.has(redis)) {
      redis.defineCommand(this.command, { lua: this.source });
      this.definedOn.add(redis);
    }
    return redis;
  }

  private positions(call: LuaCall<K, A>): [number, (string | number)[]] {
    const keys = this.keys.map((name) => call.keys[name]);
    if (call.moreKeys !== undefined) keys.push(...call.moreKeys);
    const args: (string | number)[] = this.args.map((name) => call.args[name]);
    if (call.moreArgs !== undefined) args.push(...call.moreArgs);
    return [keys.length, [...keys, ...args]];
  }
}
