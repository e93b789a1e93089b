/**
 * Benchmarks the local scorer on one core against a baseline measured in the same run (lowercase + split over the
 * same texts), and prints a table; writes the same as JSON. Comment text is never printed.
 *   npm run bench:scorer -- [--data ../shared/data] [--chars 300] [--seconds 3] [--out bench/results/bench-scorer.json]
 * Texts are ~300-character comments assembled from the data sets' sentences, per language.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../src/domain';
import { LocalScorer } from '../src/scoring/local/local-scorer';
import { DEFAULT_MODEL_FILE } from '../src/scoring/local/model-path';
import { loadDatasets, type LabelledExample } from './training/training-data';
import { cliArg } from './lib/cli';

const repoRoot = path.resolve(__dirname, '..');

/** Joins data-set texts of one language into comments of about `chars` characters, deterministically. */
function buildComments(examples: readonly LabelledExample[], language: Language, chars: number, count: number): string[] {
  const pool = examples.filter((e) => e.language === language).map((e) => e.text.replace(/\s+/g, ' '));
  const out: string[] = [];
  let k = 0;
  while (out.length < count && pool.length > 0) {
    let comment = '';
    while (comment.length < chars) {
      comment += `${pool[k % pool.length] as string} `;
      k += 7;
    }
    out.push(comment.slice(0, chars));
  }
  return out;
}

/** Runs `fn` over `texts` repeatedly for about `seconds`; returns items per second. */
function throughput(texts: readonly string[], seconds: number, fn: (text: string) => number): { perSecond: number; sink: number } {
  let sink = 0;
  for (let i = 0; i < Math.min(texts.length, 2000); i++) sink += fn(texts[i] as string);
  let done = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  while (performance.now() < deadline) {
    for (const text of texts) sink += fn(text);
    done += texts.length;
  }
  return { perSecond: done / ((performance.now() - start) / 1000), sink };
}

function baseline(text: string): number {
  return text.toLowerCase().split(/\s+/).length;
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect !== undefined) collect();
}

function main(): void {
  const dataDir = path.resolve(repoRoot, cliArg(process.argv, 'data', '../shared/data'));
  const chars = Number(cliArg(process.argv, 'chars', '300'));
  const seconds = Number(cliArg(process.argv, 'seconds', '3'));
  const outFile = path.resolve(repoRoot, cliArg(process.argv, 'out', 'bench/results/bench-scorer.json'));
  const modelFile = path.join(repoRoot, DEFAULT_MODEL_FILE);
  const { examples } = loadDatasets(dataDir);

  gc();
  const before = process.memoryUsage();
  const loadStart = performance.now();
  const scorer = LocalScorer.loadSync(modelFile);
  const loadMs = performance.now() - loadStart;
  gc();
  const after = process.memoryUsage();
  const modelMemoryMb = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 1024 / 1024;

  const languages: Language[] = ['de', 'fr', 'it', 'en'];
  const rows: { language: Language; comments: number; baselinePerSecond: number; scorerPerSecond: number; ratio: number }[] = [];
  for (const language of languages) {
    const texts = buildComments(examples, language, chars, 5000);
    const base = throughput(texts, seconds, baseline);
    const scored = throughput(texts, seconds, (t) => scorer.scoreSync(t, language).scores.TOXICITY ?? 0);
    rows.push({
      language,
      comments: texts.length,
      baselinePerSecond: Math.round(base.perSecond),
      scorerPerSecond: Math.round(scored.perSecond),
      ratio: Math.round((base.perSecond / scored.perSecond) * 10) / 10,
    });
    if (Number.isNaN(base.sink + scored.sink)) throw new Error('unreachable: keeps the work observable');
  }
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  const modelFileKb = fs.statSync(modelFile).size / 1024;

  console.log(`local scorer benchmark: ~${chars}-character comments, one core, ${seconds} s per measurement`);
  console.log('language  baseline/s (lowercase+split)  scorer/s  baseline÷scorer');
  for (const r of rows) {
    console.log(`${r.language.padEnd(8)}  ${String(r.baselinePerSecond).padStart(28)}  ${String(r.scorerPerSecond).padStart(8)}  ${String(r.ratio).padStart(15)}×`);
  }
  const minPerSecond = Math.min(...rows.map((r) => r.scorerPerSecond));
  console.log(`slowest language: ${minPerSecond} comments/s (target >= 20000: ${minPerSecond >= 20000 ? 'met' : 'NOT met'})`);
  console.log(`model load ${loadMs.toFixed(0)} ms (target < 1000), model memory ~${modelMemoryMb.toFixed(1)} MB (target < 100), process RSS ${rssMb.toFixed(0)} MB, model file ${modelFileKb.toFixed(0)} KiB`);
  const result = {
    command: 'npm run bench:scorer',
    node: process.version,
    chars,
    secondsPerMeasurement: seconds,
    rows,
    slowestCommentsPerSecond: minPerSecond,
    loadMs: Math.round(loadMs),
    modelMemoryMb: Math.round(modelMemoryMb * 10) / 10,
    gcExposed: (globalThis as { gc?: () => void }).gc !== undefined,
    rssMb: Math.round(rssMb),
    modelFileKb: Math.round(modelFileKb),
  };
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${path.relative(repoRoot, outFile)}`);
}

main();
