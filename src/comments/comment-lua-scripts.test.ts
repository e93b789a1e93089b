import { commentScripts } from './comment-lua-scripts';

/** The names a script's header gives its KEYS or ARGV, with their numbers (`-- KEYS[2] pending …`). */
function headerNames(source: string, kind: 'KEYS' | 'ARGV'): { index: number; name: string }[] {
  return [...source.matchAll(new RegExp(`^-- ${kind}\\[(\\d+)\\] (\\S+)`, 'gm'))].map((m) => ({ index: Number(m[1]), name: m[2] as string }));
}

describe('The comment store scripts', () => {
  it.each(Object.values(commentScripts).map((s) => [s.file, s] as const))('When %s is called, then its header lists exactly the KEYS and ARGV the store names, in order', (_file, script) => {
    for (const [kind, names] of [['KEYS', script.keys], ['ARGV', script.args]] as const) {
      const header = headerNames(script.source, kind);
      expect(header.map((h) => h.index)).toEqual(names.map((_n, i) => i + 1));
      expect(header.map((h) => h.name)).toEqual([...names]);
    }
  });

  it.each(Object.values(commentScripts).map((s) => [s.file, s] as const))('When %s names a key count, then it is the number of keys it takes', (file, script) => {
    const count = /-(\d+)\.lua$/.exec(file)?.[1];
    // Variadic scripts (no count in the name) take their named keys first, then groups the header describes.
    if (count === undefined) expect(script.source).toMatch(/^-- KEYS\[\w+\.\.\w*\]/m);
    else expect(script.keys).toHaveLength(Number(count));
  });
});
