/**
 * Rebuilds the shipped model deterministically from the data sets:
 *   npm run train -- [--data ../shared/data] [--out models/local-scorer-v1.json]
 * Paths are relative to the repository root. Prints aggregate figures only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FeatureHasher } from '../src/scoring/local/feature-hasher';
import { createLexiconScorer } from '../src/scoring/local/lexicon-scorer';
import { featurize } from '../src/scoring/local/logistic-trainer';
import { DEFAULT_MODEL_FILE } from '../src/scoring/local/model-path';
import { trainHead } from '../src/scoring/local/model-training';
import { encodeWeights, type OffenseModelFile } from '../src/scoring/local/offense-model';
import { TRAINING_CONFIG } from '../src/scoring/local/training-config';
import { loadDatasets } from '../src/scoring/local/training-data';

const repoRoot = path.resolve(__dirname, '..');

/** Value of `--name value`, or `fallback`. */
export function cliArg(argv: readonly string[], name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  const value = i >= 0 ? argv[i + 1] : undefined;
  if (i >= 0 && value === undefined) throw new Error(`--${name} needs a value`);
  return value ?? fallback;
}

function round(x: number, digits = 6): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function main(): void {
  const dataDir = path.resolve(repoRoot, cliArg(process.argv, 'data', '../shared/data'));
  const outFile = path.resolve(repoRoot, cliArg(process.argv, 'out', DEFAULT_MODEL_FILE));
  const config = TRAINING_CONFIG;
  const t0 = performance.now();
  const { examples, files } = loadDatasets(dataDir);
  const rows = featurize(examples, new FeatureHasher(config.features), createLexiconScorer());
  const heads = config.heads.map((head) => trainHead(rows, examples, head, config));
  const file: OffenseModelFile = {
    format: 'local-scorer-offense-model',
    version: config.version,
    features: config.features,
    heads: heads.map((h) => ({
      name: h.name,
      languages: h.languages,
      bias: round(h.bias, 8),
      weights: encodeWeights(h.weights),
      calibration: { a: round(h.calibration.a), b: round(h.calibration.b) },
      threshold: round(h.threshold),
    })),
    training: {
      command: 'npm run train',
      datasets: files,
      heads: config.heads,
      folds: config.folds,
      foldSeed: config.foldSeed,
      licence: 'Weights derived from CC BY 4.0 data sets; see NOTICE.',
    },
  };
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify(file, null, 1)}\n`);
  for (const h of heads) {
    console.log(`head ${h.name}: ${h.trainedOn.length} examples, Platt a=${h.calibration.a.toFixed(4)} b=${h.calibration.b.toFixed(4)}, threshold p=${h.threshold.toFixed(3)}`);
  }
  const size = fs.statSync(outFile).size;
  console.log(`wrote ${path.relative(repoRoot, outFile)} (${(size / 1024).toFixed(0)} KiB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (require.main === module) main();
