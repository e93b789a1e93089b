/**
 * Rebuilds the shipped model deterministically from the data sets:
 *   npm run train -- [--data ../shared/data] [--out models/local-scorer-v1.json]
 * Paths are relative to the repository root. Prints aggregate figures only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FeatureHasher } from '../src/scoring/local/feature-hasher';
import { createLexiconScorer } from '../src/scoring/local/lexicon-scorer';
import {
  assignFolds,
  bestThreshold,
  binaryMetrics,
  crossValidatedMargins,
  featurize,
  fitPlatt,
  trainLogistic,
} from '../src/scoring/local/logistic-trainer';
import { DEFAULT_MODEL_FILE } from '../src/scoring/local/model-path';
import { OffenseModel, type OffenseModelFile } from '../src/scoring/local/offense-model';
import { TRAINING_CONFIG } from '../src/scoring/local/training-config';
import { loadDatasets } from '../src/scoring/local/training-data';

const repoRoot = path.resolve(__dirname, '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  if (i >= 0 && value === undefined) throw new Error(`--${name} needs a value`);
  return value ?? fallback;
}

function round(x: number, digits = 6): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function main(): void {
  const dataDir = path.resolve(repoRoot, arg('data', '../shared/data'));
  const outFile = path.resolve(repoRoot, arg('out', DEFAULT_MODEL_FILE));
  const config = TRAINING_CONFIG;
  const t0 = performance.now();
  const { examples, files } = loadDatasets(dataDir);
  const hasher = new FeatureHasher(config.features);
  const rows = featurize(examples, hasher, createLexiconScorer());
  const labels = examples.map((e) => e.label);
  const weights = examples.map((e) => config.datasetWeights[e.dataset]);
  const hashBits = config.features.hashBits;

  // Calibration and the reference threshold come from held-out margins, never from the final model's own fit.
  const folds = assignFolds(
    examples.map((e) => e.group),
    labels,
    config.folds,
    config.foldSeed,
  );
  const oof = crossValidatedMargins(rows, labels, weights, folds, config.folds, hashBits, config.train);
  const calibration = fitPlatt(oof, labels);
  const germeval = examples.map((e, i) => (e.dataset === 'germeval2018' ? i : -1)).filter((i) => i >= 0);
  const geMargins = germeval.map((i) => oof[i] as number);
  const geLabels = germeval.map((i) => labels[i] as number);
  const marginThreshold = bestThreshold(geMargins, geLabels);
  const threshold = 1 / (1 + Math.exp(-(calibration.a * marginThreshold + calibration.b)));
  const cv = binaryMetrics(
    geMargins.map((m) => (m > marginThreshold ? 1 : 0)),
    geLabels,
  );

  const final = trainLogistic(rows, labels, weights, hashBits, config.train);
  const file: OffenseModelFile = {
    format: 'local-scorer-offense-model',
    version: config.version,
    features: config.features,
    bias: round(final.bias, 8),
    weights: OffenseModel.encodeWeights(final.weights),
    calibration: { a: round(calibration.a), b: round(calibration.b) },
    threshold: round(threshold),
    training: {
      command: 'npm run train',
      datasets: files,
      examples: examples.length,
      options: config.train,
      datasetWeights: config.datasetWeights,
      folds: config.folds,
      foldSeed: config.foldSeed,
      germevalPooledOutOfFoldMacroF: round(cv.macroF, 4),
      licence: 'Derived from CC BY 4.0 data sets; see NOTICE.',
    },
  };
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify(file, null, 1)}\n`);
  const size = fs.statSync(outFile).size;
  console.log(`examples ${examples.length}, GermEval pooled out-of-fold macro-F ${(cv.macroF * 100).toFixed(2)} (threshold tuned on the same margins; see npm run eval for the nested figure)`);
  console.log(`Platt a=${calibration.a.toFixed(4)} b=${calibration.b.toFixed(4)}, threshold p=${threshold.toFixed(3)}`);
  console.log(`wrote ${path.relative(repoRoot, outFile)} (${(size / 1024).toFixed(0)} KiB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
