/**
 * Runs our own development cases (scripts/training/dev-cases/*.jsonl: {"text","language","expect","kind","split"})
 * through what ships, as `npm run eval` does (model file, config/policy.json, the worker's moderation phases), and
 * prints per file and split ("dev", "check", "rules"; a file named `…-check.jsonl` is all check, `…-rules.jsonl` all
 * rules: written from, never fitted) the share decided as expected, by expectation and language, and by kind. Our own sentences only: never eval-data or held-out sets.
 * Since session 16 the dev parts are also training data (`loadOwnCases` in training-data.ts): on them this shows how
 * well the model fits; only the check parts measure comments it has not seen.
 *   npx tsx scripts/training/dev-cases.ts [--file scripts/training/dev-cases/threats.jsonl] [--split dev] [--detect] [--show] [--model FILE]
 * --detect: the language is detected as in production instead of taken from the case.
 * --show: lists the misses with the attributes and lexicon rules behind them (list a check part's misses only at the end).
 * --summary: one line per file and split instead (the README's table of own cases is printed by this).
 * --model: a candidate model file instead of the shipped one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadPolicyFile } from '../../config';
import { LocalScorer } from '../../src/scoring/local/local-scorer';
import { createOfflineModeration } from '../lib/offline-moderation';
import { cliArg } from '../lib/cli';
import { readCaseFile } from './training-data';


const repoRoot = path.resolve(__dirname, '..', '..');
const casesDir = path.join(repoRoot, 'scripts/training/dev-cases');

async function main(): Promise<void> {
  const fileArg = cliArg(process.argv, 'file', '');
  const files = fileArg !== '' ? [path.resolve(fileArg)] : fs.readdirSync(casesDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(casesDir, f));
  const only = cliArg(process.argv, 'split', '');
  const detect = process.argv.includes('--detect');
  const show = process.argv.includes('--show');
  const summary = process.argv.includes('--summary');
  const modelArg = cliArg(process.argv, 'model', '');
  const scorer = LocalScorer.loadSync(modelArg === '' ? undefined : path.resolve(modelArg));
  const moderate = createOfflineModeration({ scorer, policy: loadPolicyFile(path.join(repoRoot, 'config/policy.json')) });
  for (const file of files) {
    const cases = readCaseFile(file);
    const tally = new Map<string, { n: number; ok: number; approved: number; rejected: number }>();
    for (const c of cases) {
      const split = c.split;
      if (only !== '' && split !== only) continue;
      const d = await moderate(c.text, detect ? undefined : c.language);
      const ok = c.expect === 'not_approved' ? d.status !== 'approved' : d.status === c.expect;
      for (const key of [`${split} ${c.expect}`, `${split} ${c.expect} ${c.language ?? '?'}`, `${split} kind ${c.kind ?? '?'}`]) {
        const t = tally.get(key) ?? { n: 0, ok: 0, approved: 0, rejected: 0 };
        t.n++;
        if (ok) t.ok++;
        if (d.status === 'approved') t.approved++;
        if (d.status === 'rejected') t.rejected++;
        tally.set(key, t);
      }
      if (show && !ok) {
        const s = await scorer.score({ text: c.text, language: d.language });
        const top = Object.entries(s.scores).filter(([, v]) => (v ?? 0) >= 0.3).map(([k, v]) => `${k}=${(v ?? 0).toFixed(2)}`).join(' ');
        const spans = s.spans.map((sp) => `${c.text.slice(sp.begin, sp.end)}[${sp.rule}]`).join('; ');
        console.log(`${split} ${c.language ?? '?'}→${d.language} ${c.kind ?? ''} want ${c.expect} got ${d.status} | ${c.text} | ${top} | ${spans}`);
      }
    }
    if (summary) {
      for (const split of ['dev', 'check', 'rules']) {
        const sum = (expects: string[]) => {
          const parts = [...tally.entries()].filter(([k]) => expects.some((e) => k === `${split} ${e}`)).map(([, t]) => t);
          return { n: parts.reduce((a, t) => a + t.n, 0), ok: parts.reduce((a, t) => a + t.ok, 0) };
        };
        const clean = sum(['approved']);
        const flagged = sum(['held', 'rejected', 'not_approved']);
        const threats = [...tally.entries()].filter(([k]) => k.startsWith(`${split} kind threat`)).map(([, t]) => t);
        if (clean.n + flagged.n === 0) continue;
        const pct = (x: { n: number; ok: number }) => (x.n === 0 ? '-' : `${((100 * x.ok) / x.n).toFixed(1)} % (${x.ok}/${x.n})`);
        const threatText = threats.length === 0 ? '' : `  threats approved ${threats.reduce((a, t) => a + t.approved, 0)} of ${threats.reduce((a, t) => a + t.n, 0)}`;
        console.log(`${path.basename(file).padEnd(30)} ${split.padEnd(5)}  clean approved ${pct(clean).padEnd(18)}  others decided as expected ${pct(flagged)}${threatText}`);
      }
      continue;
    }
    console.log(path.relative(repoRoot, file));
    for (const [key, t] of [...tally.entries()].sort()) {
      console.log(`  ${key.padEnd(34)} ok ${((100 * t.ok) / t.n).toFixed(1).padStart(5)} % (${t.ok}/${t.n})  approved ${t.approved}  rejected ${t.rejected}`);
    }
  }
}

void main();
