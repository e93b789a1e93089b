import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads a Lua script kept beside the module that uses it (`dir` is that module's `__dirname`). The build copies
 * `.lua` files into dist/ next to the compiled modules (scripts/copy-lua.mjs), so the same path works from
 * sources (jest, tsx) and from dist/.
 */
export function readLuaFile(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}
