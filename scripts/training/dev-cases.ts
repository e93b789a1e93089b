/**
 * Runs our own development cases (scripts/training/dev-cases/*.jsonl) through what ships, as `npm run eval` does
 * (model file, config/policy.json, the worker's moderation phases), and prints per split ("dev", "check") how many
 * decisions met their expectation. With --show, lists the misses with the attributes and lexicon rules behind them.
 *   npx tsx scripts/training/dev-cases.ts [--file scripts/training/dev-cases/threats.jsonl] [--split dev] [--show]
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadPolicyFile } from '../../config';
import type { Language } from '../../src/domain';
import { LocalScorer } from '../../src/scoring/local/local-scorer';
import { createOfflineModeration } from '../lib/offline-moderation';

interface DevCase {
  text: string;
  language?: Language;
  expect: 'approved' | 'held' | 'rejected' | 'not_approved';
  kind?: string;
  split?: string;
}

const repoRoot = path.resolve(__dirname, '..', '..');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};

async function main(): Promise<void> {
  const files = arg('file') !== undefined ? [path.resolve(arg('file') as string)] : fs.readdirSync(path.join(repoRoot, 'scripts/training/dev-cases')).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(repoRoot, 'scripts/training/dev-cases', f));
  const only = arg('split');
  const show = process.argv.includes('--show');
  const scorer = LocalScorer.loadSync();
  const moderate = createOfflineModeration({ scorer, policy: loadPolicyFile(path.join(repoRoot, 'config/policy.json')) });
  const tally = new Map<string, { n: number; ok: number; approved: number; rejected: number }>();
  for (const file of files) {
    const cases = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as DevCase);
    for (const c of cases) {
      const split = c.split ?? 'dev';
      if (only !== undefined && split !== only) continue;
      const d = await moderate(c.text, process.argv.includes('--detect') ? undefined : c.language);
      const ok = c.expect === 'not_approved' ? d.status !== 'approved' : d.status === c.expect;
      for (const key of [`${split} ${c.expect}`, `${split} ${c.expect} ${c.language ?? '?'}`]) {
        const t = tally.get(key) ?? { n: 0, ok: 0, approved: 0, rejected: 0 };
        t.n++;
        if (ok) t.ok++;
        if (d.status === 'approved') t.approved++;
        if (d.status === 'rejected') t.rejected++;
        tally.set(key, t);
      }
      if (show && !ok) {
        const s = await scorer.score({ text: c.text, language: c.language ?? d.language });
        const top = Object.entries(s.scores).filter(([, v]) => (v ?? 0) >= 0.3).map(([k, v]) => `${k}=${(v ?? 0).toFixed(2)}`).join(' ');
        const spans = s.spans.map((sp) => `${c.text.slice(sp.begin, sp.end)}[${sp.rule}]`).join('; ');
        console.log(`${split} ${c.language} want ${c.expect} got ${d.status} | ${c.text} | ${top} | ${spans}`);
      }
    }
  }
  for (const [key, t] of [...tally.entries()].sort()) {
    console.log(`${key.padEnd(24)} ok ${((100 * t.ok) / t.n).toFixed(1)} % (${t.ok}/${t.n})  approved ${t.approved}  rejected ${t.rejected}`);
  }
}

void main();
