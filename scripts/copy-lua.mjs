// Copies every .lua file under src/ into dist/src/ at the same place: modules read their scripts beside them.
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function copyLua(from, to) {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) copyLua(source, join(to, name));
    else if (name.endsWith('.lua')) cpSync(source, join(to, name));
  }
}

if (existsSync('src')) copyLua('src', join('dist', 'src'));
