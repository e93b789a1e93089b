/* global console */
// Builds the moderator console (ui/) into dist/ui: index.html, assets/console.js (Preact, bundled by
// esbuild, no CDN) and assets/console.css. Run by `npm run build` and by the jest global setups.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'ui');
await mkdir(join(out, 'assets'), { recursive: true });
await build({
  entryPoints: [join(root, 'ui', 'src', 'main.tsx')],
  outfile: join(out, 'assets', 'console.js'),
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'iife',
  target: ['es2022'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  tsconfig: join(root, 'ui', 'tsconfig.json'),
  logLevel: 'warning',
});
await copyFile(join(root, 'ui', 'index.html'), join(out, 'index.html'));
await copyFile(join(root, 'ui', 'console.css'), join(out, 'assets', 'console.css'));
console.log(`console built into ${out}`);
