/**
 * Runs hand-written development cases (scripts/training/dev-cases/*.jsonl) through exactly what ships (model,
 * config/policy.json, the worker's phases) and prints the share decided as expected per kind:
 *   npx tsx scripts/dev-cases.ts [--file scripts/training/dev-cases/de-groups-dev.jsonl] [--show]
 * `--show` lists the cases decided otherwise (our own sentences only; never eval-data or held-out sets).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadPolicyFile } from '../config';
import type { Language } from '../src/domain';
import { LocalScorer } from '../src/scoring/local/local-scorer';
import { createOfflineModeration } from './lib/offline-moderation';
import { cliArg } from './lib/cli';

interface DevCase {
  text: string;
  language?: Language;
  expect: 'approved' | 'held' | 'rejected' | 'not_approved';
  kind: string;
}

const repoRoot = path.resolve(__dirname, '..');

process.stdout.on('error', () => process.exit(0));

async function main(): Promise<void> {
  const file = path.resolve(repoRoot, cliArg(process.argv, 'file', 'scripts/training/dev-cases/de-groups-dev.jsonl'));
  const show = process.argv.includes('--show');
  const cases = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as DevCase);
  const moderate = createOfflineModeration({ scorer: LocalScorer.loadSync(), policy: loadPolicyFile(path.join(repoRoot, 'config/policy.json')) });
  const byKind = new Map<string, { n: number; k: number }>();
  let right = 0;
  for (const c of cases) {
    const d = await moderate(c.text, c.language);
    const ok = c.expect === 'not_approved' ? d.status !== 'approved' : d.status === c.expect;
    const entry = byKind.get(c.kind) ?? { n: 0, k: 0 };
    entry.n++;
    if (ok) entry.k++;
    byKind.set(c.kind, entry);
    if (ok) right++;
    else if (show) console.log(`  ✗ [${c.kind}] expected ${c.expect}, got ${d.status} (${d.reasons.join(', ')}): ${c.text}`);
  }
  console.log(`${path.relative(repoRoot, file)}: ${right}/${cases.length} (${((100 * right) / cases.length).toFixed(1)} %)`);
  for (const [kind, { n, k }] of [...byKind].sort()) console.log(`  ${kind.padEnd(18)} ${((100 * k) / n).toFixed(1).padStart(5)} % (${k}/${n})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
