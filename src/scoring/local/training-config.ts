import type { FeatureOptions } from './feature-hasher';
import type { TrainOptions } from './logistic-trainer';
import type { DatasetName } from './training-data';

/** Everything `npm run train` and `npm run eval` must agree on; chosen by `scripts/train-tune.ts`. */
export interface TrainingConfig {
  version: string;
  features: FeatureOptions;
  train: TrainOptions;
  /** Weight of each data set's examples. HateCheck suites are templated and much more hateful than real comments. */
  datasetWeights: Record<DatasetName, number>;
  folds: number;
  foldSeed: number;
}

export const TRAINING_CONFIG: TrainingConfig = {
  version: 'local-scorer-v1',
  features: { hashBits: 18, charMin: 2, charMax: 5, wordBigrams: true },
  train: { epochs: 8, l2: 1e-5, learningRate: 0.1, seed: 1, nbRatios: false, positiveWeight: 1 },
  datasetWeights: { germeval2018: 1, 'hatecheck-en': 0.5, 'mhc-fr': 0.5, 'mhc-it': 0.5 },
  folds: 10,
  foldSeed: 42,
};
