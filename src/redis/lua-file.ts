import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * Reads a Lua script kept beside the module that uses it (`dir` is that module's `__dirname`). tsc copies no
 * `.lua` file, so from the build (`dist/src/…`) the script is read from the same place under `src/` (the Docker
 * image copies those folders).
 */
export function readLuaFile(dir: string, file: string): string {
  const beside = join(dir, file);
  if (existsSync(beside)) return readFileSync(beside, 'utf8');
  const marker = `${sep}dist${sep}src${sep}`;
  const at = dir.lastIndexOf(marker);
  if (at === -1) throw new Error(`Lua script ${file} not found in ${dir}`);
  return readFileSync(join(`${dir.slice(0, at)}${sep}src${sep}${dir.slice(at + marker.length)}`, file), 'utf8');
}
