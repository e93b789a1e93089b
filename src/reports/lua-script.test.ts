import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { luaDirectory } from './lua-script';
import { REPORT_SCRIPTS } from './redis-report-store';

/** The names a script's header comment gives its KEYS or ARGV, in order, with the numbers it gives them. */
function headerNames(file: string, kind: 'KEYS' | 'ARGV'): { index: number; name: string }[] {
  const text = readFileSync(join(luaDirectory(), file), 'utf8');
  return [...text.matchAll(new RegExp(`^-- ${kind}\\[(\\d+)\\] (\\S+)`, 'gm'))].map((m) => ({ index: Number(m[1]), name: m[2] as string }));
}

describe('report scripts', () => {
  it.each(REPORT_SCRIPTS.map((s) => [s.file, s] as const))('When %s is run, then its header lists exactly the KEYS and ARGV the store passes, in order', (_file, script) => {
    for (const [kind, names] of [['KEYS', script.keys], ['ARGV', script.args]] as const) {
      const header = headerNames(script.file, kind);
      expect(header.map((h) => h.index)).toEqual(names.map((_n, i) => i + 1));
      expect(header.map((h) => h.name)).toEqual([...names]);
    }
  });

  it('When a script includes a fragment, then the fragment is in its source and the include line is not', () => {
    for (const script of REPORT_SCRIPTS) {
      expect(script.source).not.toMatch(/^--@include/m);
      if (script.source.includes('historyEntry(')) expect(script.source).toContain('local function historyEntry');
    }
  });

  it('When the service runs from the build (dist/src/reports), then the scripts are found (copied by the build, else in the sources)', () => {
    const fromDist = luaDirectory(join(__dirname, '..', '..', 'dist', 'src', 'reports'));
    expect([join(__dirname, '..', '..', 'dist', 'src', 'reports', 'lua'), join(__dirname, 'lua')]).toContain(fromDist);
    expect(existsSync(join(fromDist, 'add-report.lua'))).toBe(true);
  });
});
