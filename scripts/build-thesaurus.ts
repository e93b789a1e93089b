/**
 * Derives the register word list from OpenThesaurus (LGPL 2.1 or later; the result keeps that licence and ships
 * as its own file beside its licence text):
 *   tsx scripts/build-thesaurus.ts [--data ../shared/data] [--out models/openthesaurus-de/register-synsets.json]
 * Keeps the synonym sets that hold at least one coarse, vulgar or pejorative word, and for each single word in
 * them its register bits and set ids. Deterministic: the same input gives the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normalizeWord } from '../src/scoring/local/text-normalizer';
import { REGISTER, THESAURUS_FILE, type ThesaurusFile } from '../src/scoring/local/thesaurus';
import { cliArg } from './lib/cli';

const repoRoot = path.resolve(__dirname, '..');

function registerBits(labels: string): number {
  let bits = 0;
  if (/\bderb\b/.test(labels)) bits |= REGISTER.derb;
  if (/\bvulg\b/.test(labels)) bits |= REGISTER.vulg;
  if (/abwertend/.test(labels)) bits |= REGISTER.abwertend;
  if (/\bugs\b/.test(labels)) bits |= REGISTER.ugs;
  return bits;
}

/** Builds the derived list from OpenThesaurus's text export. */
export function buildThesaurus(source: string): ThesaurusFile {
  const words = new Map<string, number[]>();
  let setId = 0;
  for (const line of source.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const entries = line.split(';').map((entry) => {
      const labels = [...entry.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]).join(' ');
      return { word: entry.replace(/\([^)]*\)/g, '').trim(), bits: registerBits(labels) };
    });
    if (!entries.some((e) => (e.bits & (REGISTER.derb | REGISTER.vulg | REGISTER.abwertend)) !== 0)) continue;
    const id = setId++;
    for (const { word, bits } of entries) {
      if (word === '' || /[\s.]/.test(word)) continue;
      const norm = normalizeWord(word);
      if (!/^[a-z]{3,}$/.test(norm)) continue;
      const known = words.get(norm);
      if (known === undefined) words.set(norm, [bits, id]);
      else {
        known[0] = (known[0] as number) | bits;
        if (known.length < 6) known.push(id);
      }
    }
  }
  const sorted = Object.fromEntries([...words.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    format: 'openthesaurus-de-derived',
    licence: 'GNU LGPL 2.1 or later; see LICENSE in this folder. Derived from OpenThesaurus, (c) Daniel Naber and the openthesaurus.de contributors.',
    source: "Debian package openthesaurus-de-text 20160424-4, /usr/share/openthesaurus-de/openthesaurus.txt (sha256 1d6c3ca3...3920)",
    words: sorted,
  };
}

function main(): void {
  const dataDir = path.resolve(repoRoot, cliArg(process.argv, 'data', '../shared/data'));
  const outFile = path.resolve(repoRoot, cliArg(process.argv, 'out', THESAURUS_FILE));
  const file = buildThesaurus(fs.readFileSync(path.join(dataDir, 'openthesaurus-de', 'openthesaurus.txt'), 'utf8'));
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify(file)}\n`);
  console.log(`wrote ${path.relative(repoRoot, outFile)}: ${Object.keys(file.words).length} words`);
}

if (require.main === module) main();
