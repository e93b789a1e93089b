/**
 * Hyper-parameter search for the offense model by 10-fold cross-validation on the GermEval 2018 training split
 * (the other data sets always stay in training). Prints GermEval's macro-F per setting; nothing is written.
 * Usage: tsx scripts/train-tune.ts [--data ../shared/data] [--grid '[{"l2":1e-6},{"nbRatios":true}]']
 */
import path from 'node:path';
import { FeatureHasher } from '../src/scoring/local/feature-hasher';
import { createLexiconScorer } from '../src/scoring/local/lexicon-scorer';
import { assignFolds, bestThreshold, binaryMetrics, featurize, margins, trainLogistic, type TrainOptions } from '../src/scoring/local/logistic-trainer';
import { TRAINING_CONFIG } from '../src/scoring/local/training-config';
import { loadDatasets } from '../src/scoring/local/training-data';
import { cliArg } from './train';

const arg = (name: string, fallback: string): string => cliArg(process.argv, name, fallback);

const dataDir = path.resolve(__dirname, '..', arg('data', '../shared/data'));
const { examples } = loadDatasets(dataDir);
const lexicon = createLexiconScorer();
type Candidate = { name: string; hashBits: number; charMax: number; options: TrainOptions; otherWeight: number };
const germanHead = TRAINING_CONFIG.heads[0]!;
const base: Candidate = {
  name: 'shipped',
  hashBits: TRAINING_CONFIG.features.hashBits,
  charMax: TRAINING_CONFIG.features.charMax,
  options: germanHead.train,
  otherWeight: germanHead.datasetWeights['hatecheck-en'],
};
// --grid '[{"l2":1e-6},{"nbRatios":true,"epochs":12}]': each entry overrides the shipped settings.
const grid = JSON.parse(arg('grid', '[{}]')) as (Partial<TrainOptions> & { hashBits?: number; charMax?: number; otherWeight?: number })[];
const configs: Candidate[] = grid.map((g) => {
  const { hashBits, charMax, otherWeight, ...options } = g;
  return {
    name: JSON.stringify(g),
    hashBits: hashBits ?? base.hashBits,
    charMax: charMax ?? base.charMax,
    otherWeight: otherWeight ?? base.otherWeight,
    options: { ...base.options, ...options },
  };
});
const filter = arg('only', '');
for (const config of configs) {
  if (filter !== '' && !config.name.includes(filter)) continue;
  const t0 = performance.now();
  const hasher = new FeatureHasher({ hashBits: config.hashBits, charMin: 2, charMax: config.charMax, wordBigrams: true });
  const rows = featurize(examples, hasher, lexicon);
  const labels = examples.map((e) => e.label);
  const weights = examples.map((e) => (e.dataset === 'germeval2018' ? 1 : config.otherWeight));
  const ge = examples.map((e, i) => (e.dataset === 'germeval2018' ? i : -1)).filter((i) => i >= 0);
  const folds = assignFolds(ge.map((i) => examples[i]?.group ?? ''), ge.map((i) => labels[i] ?? 0), 10, 42);
  const oof = new Float64Array(ge.length);
  for (let f = 0; f < 10; f++) {
    const testSet = new Set(ge.filter((_, k) => folds[k] === f));
    const train = examples.map((_, i) => i).filter((i) => !testSet.has(i));
    const model = trainLogistic(train.map((i) => rows[i]!), train.map((i) => labels[i]!), train.map((i) => weights[i]!), config.hashBits, config.options);
    const testIdx = ge.map((i, k) => [i, k] as const).filter(([, k]) => folds[k] === f);
    const m = margins(testIdx.map(([i]) => rows[i]!), model);
    testIdx.forEach(([, k], j) => (oof[k] = m[j]!));
  }
  const gold = ge.map((i) => labels[i]!);
  const at0 = binaryMetrics(Array.from(oof, (m) => (m > 0 ? 1 : 0)), gold);
  const thr = bestThreshold(oof, gold);
  const best = binaryMetrics(Array.from(oof, (m) => (m > thr ? 1 : 0)), gold);
  console.log(`${config.name}: macroF@0 ${(at0.macroF * 100).toFixed(2)} macroF@best ${(best.macroF * 100).toFixed(2)} (thr ${thr.toFixed(3)}) ${((performance.now() - t0) / 1000).toFixed(1)}s`);
}
