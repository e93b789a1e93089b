import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Builds the console into dist/ui (as `npm run build` does), so that tests after a plain `npm ci` can serve it. */
export function buildConsole(): void {
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build-ui.mjs')], { stdio: 'pipe' });
}
