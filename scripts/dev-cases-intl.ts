/**
 * Runs hand-written development cases (scripts/training/dev-cases/*.jsonl: {"text","language","expect","kind","split"})
 * through exactly what ships: the model file, config/policy.json and the worker's moderation phases, the language
 * detected as in production. Prints per language and split the share decided as expected.
 *
 *   npx tsx scripts/dev-cases-intl.ts [--file scripts/training/dev-cases/intl-insults.jsonl] [--show dev|check|all|none]
 *
 * Cases with `"split": "check"` are for a final check only: list their failures (`--show check`) only at the end.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadPolicyFile } from '../config';
import { LocalScorer } from '../src/scoring/local/local-scorer';
import { createOfflineModeration } from './lib/offline-moderation';
import { cliArg } from './lib/cli';

interface DevCase {
  text: string;
  language: string;
  expect: 'approved' | 'held' | 'rejected' | 'not_approved';
  kind?: string;
  split?: string;
}

const repoRoot = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const file = path.resolve(repoRoot, cliArg(process.argv, 'file', 'scripts/training/dev-cases/intl-insults.jsonl'));
  const show = cliArg(process.argv, 'show', 'dev');
  const cases = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as DevCase);
  const moderate = createOfflineModeration({ scorer: LocalScorer.loadSync(), policy: loadPolicyFile(path.join(repoRoot, 'config/policy.json')) });
  const tally = new Map<string, [number, number]>();
  const failures: string[] = [];
  for (const c of cases) {
    const d = await moderate(c.text);
    const ok = c.expect === 'not_approved' ? d.status !== 'approved' : d.status === c.expect;
    const key = `${c.split ?? 'dev'} ${c.language} ${c.kind ?? c.expect}`;
    const t = tally.get(key) ?? [0, 0];
    t[0] += ok ? 1 : 0;
    t[1] += 1;
    tally.set(key, t);
    if (!ok && (show === 'all' || show === (c.split ?? 'dev'))) failures.push(`${c.split ?? 'dev'} ${c.language}→${d.language} ${c.kind} ${d.status} [${d.reasons.join(' ')}] ${c.text}`);
  }
  for (const [key, [k, n]] of [...tally.entries()].sort()) console.log(`${key.padEnd(22)} ${((100 * k) / n).toFixed(1).padStart(5)} % (${k}/${n})`);
  if (failures.length > 0) console.log(`\nfailures (${show}):\n${failures.join('\n')}`);
}

void main();
