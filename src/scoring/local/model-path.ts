import fs from 'node:fs';
import path from 'node:path';

/** File name of the shipped model, relative to the repository root. */
export const DEFAULT_MODEL_FILE = 'models/local-scorer-v1.json';

/**
 * Absolute path of the shipped model: the first `models/local-scorer-v1.json` found walking up from `from`.
 * Works from the TS sources under jest (`src/scoring/local`), from the compiled build (`dist/src/scoring/local`,
 * where tsc copies no model file and may emit its own package.json) and in an image that copies the repo.
 */
export function defaultModelPath(from: string = __dirname): string {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, DEFAULT_MODEL_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${DEFAULT_MODEL_FILE} not found above ${from}`);
    dir = parent;
  }
}

