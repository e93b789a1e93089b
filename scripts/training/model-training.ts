import type { Language } from '../../src/domain';
import {
  assignFolds,
  bestThreshold,
  crossValidatedMargins,
  fitPlatt,
  trainLogistic,
  type LinearWeights,
  type SparseRow,
} from './logistic-trainer';
import { OffenseModel, type PlattCalibration } from '../../src/scoring/local/offense-model';
import type { HeadConfig, ThreatHeadConfig, TrainingConfig } from './training-config';
import { isThreatCategory, type LabelledExample } from './training-data';

/** A trained head with what cross-validation said about it. */
export interface TrainedHead {
  name: string;
  languages: Language[];
  weights: Float32Array;
  bias: number;
  calibration: PlattCalibration;
  /** Probability that maximised GermEval's macro-F on the held-out margins. */
  threshold: number;
  /** Indices (into the examples) the head was trained on, and their held-out margins. */
  trainedOn: number[];
  heldOutMargins: Float64Array;
}

/**
 * Indices of the examples a head learns from: the training split of the data sets it weighs above 0, in example
 * order. The development split is never fitted.
 */
export function headExamples(examples: readonly LabelledExample[], head: Pick<HeadConfig, 'datasetWeights'>, keep: (i: number) => boolean = () => true): number[] {
  const out: number[] = [];
  examples.forEach((e, i) => {
    if (e.split === 'train' && head.datasetWeights[e.dataset] > 0 && keep(i)) out.push(i);
  });
  return out;
}

/**
 * Grouped k-fold held-out margins of `labels` over the examples `idx` (weighted by data set), and the final weights
 * fitted on all of them: what every head needs before it is calibrated.
 */
function fitWithHeldOut(
  rows: readonly SparseRow[],
  examples: readonly LabelledExample[],
  idx: readonly number[],
  labels: readonly number[],
  head: Pick<HeadConfig, 'datasetWeights' | 'train'>,
  config: Pick<TrainingConfig, 'features' | 'folds' | 'foldSeed'>,
): { heldOutMargins: Float64Array; final: LinearWeights } {
  const headRows = idx.map((i) => rows[i] as SparseRow);
  const weights = idx.map((i) => head.datasetWeights[(examples[i] as LabelledExample).dataset]);
  const folds = assignFolds(
    idx.map((i) => (examples[i] as LabelledExample).group),
    labels,
    config.folds,
    config.foldSeed,
  );
  const heldOutMargins = crossValidatedMargins(headRows, labels, weights, folds, config.folds, config.features.hashBits, head.train);
  const final = trainLogistic(headRows, labels, weights, config.features.hashBits, head.train);
  return { heldOutMargins, final };
}

/**
 * Trains one head on the examples `keep` allows: held-out margins by k-fold cross-validation (grouped by
 * HateCheck template) give the Platt calibration and the threshold; the final weights use all of them.
 */
export function trainHead(
  rows: readonly SparseRow[],
  examples: readonly LabelledExample[],
  head: HeadConfig,
  config: Pick<TrainingConfig, 'features' | 'folds' | 'foldSeed'>,
  keep?: (i: number) => boolean,
): TrainedHead {
  const idx = headExamples(examples, head, keep);
  const labels = idx.map((i) => (examples[i] as LabelledExample).label);
  const { heldOutMargins, final } = fitWithHeldOut(rows, examples, idx, labels, head, config);
  const calibration = fitPlatt(heldOutMargins, labels, head.calibrationPrior);
  const threshold = OffenseModel.probabilityOf({ calibration }, bestThreshold(heldOutMargins, labels));
  return { name: head.name, languages: head.languages, weights: final.weights, bias: final.bias, calibration, threshold, trainedOn: idx, heldOutMargins };
}

/**
 * Trains the threat head on every data set it weighs (labels: {@link isThreatCategory}). Grouped cross-validation
 * gives held-out margins for the Platt calibration and the threshold: the P(threat) that at most
 * `head.cleanBudget` of the clean training comments of `head.budgetDatasets` reach.
 */
export function trainThreatHead(rows: readonly SparseRow[], examples: readonly LabelledExample[], head: ThreatHeadConfig, config: Pick<TrainingConfig, 'features' | 'folds' | 'foldSeed'>): TrainedHead {
  const idx = headExamples(examples, head);
  const labels = idx.map((i) => (isThreatCategory((examples[i] as LabelledExample).category) ? 1 : 0));
  const { heldOutMargins, final } = fitWithHeldOut(rows, examples, idx, labels, head, config);
  const calibration = fitPlatt(heldOutMargins, labels);
  // The budget's share of the everyday clean comments, highest held-out margins first: the threshold is the next one's.
  const counted = new Set(head.budgetDatasets);
  const clean = idx
    .flatMap((i, k) => {
      const e = examples[i] as LabelledExample;
      return e.label === 0 && counted.has(e.dataset) ? [heldOutMargins[k] as number] : [];
    })
    .sort((a, b) => b - a);
  if (clean.length === 0) throw new Error(`the threat head's budget data sets (${head.budgetDatasets.join(', ')}) have no clean training comments`);
  const threshold = OffenseModel.probabilityOf({ calibration }, clean[Math.min(clean.length - 1, Math.floor(head.cleanBudget * clean.length))] as number);
  return { name: head.name, languages: ['de', 'fr', 'it', 'en', 'other'], weights: final.weights, bias: final.bias, calibration, threshold, trainedOn: idx, heldOutMargins };
}
