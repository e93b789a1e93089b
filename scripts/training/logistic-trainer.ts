import { FeatureBuffer, type FeatureHasher } from '../../src/scoring/local/feature-hasher';
import type { LexiconScorer } from '../../src/scoring/local/lexicon-scorer';
import type { PlattCalibration } from '../../src/scoring/local/offense-model';
import { normalizeText } from '../../src/scoring/local/text-normalizer';
import type { Language } from '../../src/domain';

/** A featurised example: sparse hashed features (repeated indices add up). */
export interface SparseRow {
  indices: Int32Array;
  values: Float32Array;
}

/** Hyper-parameters of {@link trainLogistic}. */
export interface TrainOptions {
  epochs: number;
  /** L2 penalty per feature occurrence (lazy, applied to the weights an example touches). */
  l2: number;
  /** AdaGrad base learning rate. */
  learningRate: number;
  /** Seed of the example order. */
  seed: number;
  /**
   * Models averaged, each with its own example order (seeds `seed`, `seed + 1`, …); 1 (the default) trains one. A
   * linear model's averaged weights score the mean of the members' margins, so the shipped model stays one weight
   * vector while the example order's noise shrinks.
   */
  orders?: number;
  /** Scale the features by NB-SVM log-count ratios (Wang & Manning 2012), folded into the weights afterwards. */
  nbRatios: boolean;
  /** Weight of positive examples relative to negatives (class weighting). */
  positiveWeight: number;
}

/** Weights and bias of a linear model over hashed features. */
export interface LinearWeights {
  weights: Float32Array;
  bias: number;
}

/** mulberry32: a tiny seeded PRNG so that training is reproducible byte for byte. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded PRNG. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Featurises texts with the same normaliser, lexicon and hasher the scorer uses at run time. */
export function featurize(texts: readonly { text: string; language: Language }[], hasher: FeatureHasher, lexicon: LexiconScorer): SparseRow[] {
  const buffer = new FeatureBuffer();
  return texts.map(({ text, language }) => {
    const normalized = normalizeText(text);
    hasher.extract(normalized, lexicon.score(normalized, language), buffer);
    return { indices: buffer.indices.slice(0, buffer.length), values: buffer.values.slice(0, buffer.length) };
  });
}

function nbRatios(rows: readonly SparseRow[], labels: ArrayLike<number>, dim: number): Float32Array {
  const pos = new Float64Array(dim);
  const neg = new Float64Array(dim);
  let posTotal = 0;
  let negTotal = 0;
  rows.forEach((row, r) => {
    const target = labels[r] === 1 ? pos : neg;
    for (let i = 0; i < row.indices.length; i++) {
      const v = Math.abs(row.values[i] as number);
      const j = row.indices[i] as number;
      target[j] = (target[j] as number) + v;
      if (labels[r] === 1) posTotal += v;
      else negTotal += v;
    }
  });
  const alpha = 1e-3;
  const ratios = new Float32Array(dim);
  for (let j = 0; j < dim; j++) {
    const p = ((pos[j] as number) + alpha) / (posTotal + alpha * dim);
    const q = ((neg[j] as number) + alpha) / (negTotal + alpha * dim);
    // Interpolate towards 1 (plain LR) so that rare buckets are not blown up by noisy ratios.
    ratios[j] = 0.5 + 0.5 * Math.abs(Math.log(p / q));
  }
  return ratios;
}

/**
 * L2-regularised logistic regression by AdaGrad SGD over hashed features. Deterministic for a given seed and
 * row order. `sampleWeights` lets data sets count differently.
 */
export function trainLogistic(
  rows: readonly SparseRow[],
  labels: ArrayLike<number>,
  sampleWeights: ArrayLike<number>,
  hashBits: number,
  options: TrainOptions,
): LinearWeights {
  const orders = options.orders ?? 1;
  if (orders === 1) return trainOneOrder(rows, labels, sampleWeights, hashBits, options);
  const sum = new Float64Array(1 << hashBits);
  let bias = 0;
  for (let k = 0; k < orders; k++) {
    const member = trainOneOrder(rows, labels, sampleWeights, hashBits, { ...options, seed: options.seed + k });
    for (let j = 0; j < sum.length; j++) sum[j] = (sum[j] as number) + (member.weights[j] as number);
    bias += member.bias;
  }
  const weights = new Float32Array(sum.length);
  for (let j = 0; j < sum.length; j++) weights[j] = (sum[j] as number) / orders;
  return { weights, bias: bias / orders };
}

function trainOneOrder(
  rows: readonly SparseRow[],
  labels: ArrayLike<number>,
  sampleWeights: ArrayLike<number>,
  hashBits: number,
  options: TrainOptions,
): LinearWeights {
  const dim = 1 << hashBits;
  const ratios = options.nbRatios ? nbRatios(rows, labels, dim) : undefined;
  const w = new Float64Array(dim);
  const g2 = new Float64Array(dim);
  let bias = 0;
  let biasG2 = 0;
  const random = seededRandom(options.seed);
  const order = rows.map((_, i) => i);
  const eps = 1e-8;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const r of shuffled(order, random)) {
      const row = rows[r] as SparseRow;
      const { indices, values } = row;
      let margin = bias;
      for (let i = 0; i < indices.length; i++) {
        const j = indices[i] as number;
        const x = (values[i] as number) * (ratios ? (ratios[j] as number) : 1);
        margin += (w[j] as number) * x;
      }
      const y = labels[r] as number;
      const p = 1 / (1 + Math.exp(-margin));
      const sw = (sampleWeights[r] as number) * (y === 1 ? options.positiveWeight : 1);
      const grad = (p - y) * sw;
      for (let i = 0; i < indices.length; i++) {
        const j = indices[i] as number;
        const x = (values[i] as number) * (ratios ? (ratios[j] as number) : 1);
        const g = grad * x + options.l2 * (w[j] as number);
        g2[j] = (g2[j] as number) + g * g;
        w[j] = (w[j] as number) - (options.learningRate * g) / (Math.sqrt(g2[j] as number) + eps);
      }
      biasG2 += grad * grad;
      bias -= (options.learningRate * grad) / (Math.sqrt(biasG2) + eps);
    }
  }
  const weights = new Float32Array(dim);
  for (let j = 0; j < dim; j++) weights[j] = (w[j] as number) * (ratios ? (ratios[j] as number) : 1);
  return { weights, bias };
}

/** Margins of rows under trained weights. */
export function margins(rows: readonly SparseRow[], model: LinearWeights): Float64Array {
  const out = new Float64Array(rows.length);
  rows.forEach((row, r) => {
    let m = model.bias;
    for (let i = 0; i < row.indices.length; i++) m += (model.weights[row.indices[i] as number] as number) * (row.values[i] as number);
    out[r] = m;
  });
  return out;
}

/**
 * Platt scaling fitted by Newton's method on held-out margins, with Platt's smoothed targets. With `prior`, the
 * classes are reweighted so that the calibrated probabilities assume that share of positives instead of the
 * training data's own.
 */
export function fitPlatt(marginValues: ArrayLike<number>, labels: ArrayLike<number>, prior?: number): PlattCalibration {
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === 1) positives++;
  const negatives = labels.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const rate = positives / Math.max(1, labels.length);
  const posWeight = prior === undefined || rate === 0 ? 1 : prior / rate;
  const negWeight = prior === undefined || rate === 1 ? 1 : (1 - prior) / (1 - rate);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < labels.length; i++) {
      const m = marginValues[i] as number;
      const positive = labels[i] === 1;
      const t = positive ? hi : lo;
      const w = positive ? posWeight : negWeight;
      const p = 1 / (1 + Math.exp(-(a * m + b)));
      const d = (p - t) * w;
      const s = p * (1 - p) * w;
      ga += d * m;
      gb += d;
      haa += s * m * m;
      hab += s * m;
      hbb += s;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}

/** Per-class precision/recall/F1 and GermEval's official macro-F (2·P̄·R̄/(P̄+R̄)). */
export interface BinaryMetrics {
  positive: { precision: number; recall: number; f1: number; support: number };
  negative: { precision: number; recall: number; f1: number; support: number };
  accuracy: number;
  macroF: number;
  /** Mean of the per-class F1 (for comparison; not GermEval's metric). */
  meanF1: number;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function binaryMetrics(predicted: ArrayLike<number>, gold: ArrayLike<number>): BinaryMetrics {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    const p = predicted[i] === 1;
    const g = gold[i] === 1;
    if (p && g) tp++;
    else if (p) fp++;
    else if (g) fn++;
    else tn++;
  }
  const div = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  const pos = { precision: div(tp, tp + fp), recall: div(tp, tp + fn), f1: 0, support: tp + fn };
  pos.f1 = f1(pos.precision, pos.recall);
  const neg = { precision: div(tn, tn + fn), recall: div(tn, tn + fp), f1: 0, support: tn + fp };
  neg.f1 = f1(neg.precision, neg.recall);
  const pMean = (pos.precision + neg.precision) / 2;
  const rMean = (pos.recall + neg.recall) / 2;
  return { positive: pos, negative: neg, accuracy: div(tp + tn, gold.length), macroF: f1(pMean, rMean), meanF1: (pos.f1 + neg.f1) / 2 };
}

/** The margin threshold that maximises GermEval's macro-F on the given (held-out) margins. */
export function bestThreshold(marginValues: ArrayLike<number>, labels: ArrayLike<number>): number {
  const order = Array.from({ length: labels.length }, (_, i) => i).sort((x, y) => (marginValues[x] as number) - (marginValues[y] as number) || x - y);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === 1) positives++;
  const n = labels.length;
  // Sweep: everything above the cut is predicted positive.
  let tp = positives;
  let fp = n - positives;
  let best = -Infinity;
  let bestScore = -1;
  for (let k = 0; k <= n; k++) {
    const fn = positives - tp;
    const tn = n - positives - fp;
    const pPos = tp + fp === 0 ? 0 : tp / (tp + fp);
    const pNeg = tn + fn === 0 ? 0 : tn / (tn + fn);
    const rPos = positives === 0 ? 0 : tp / positives;
    const rNeg = n - positives === 0 ? 0 : tn / (n - positives);
    const score = f1((pPos + pNeg) / 2, (rPos + rNeg) / 2);
    const cut = k === 0 ? -Infinity : (marginValues[order[k - 1] as number] as number);
    if (score > bestScore) {
      bestScore = score;
      const next = k < n ? (marginValues[order[k] as number] as number) : cut + 1;
      best = k === 0 ? next - 1 : (cut + next) / 2;
    }
    const idx = order[k];
    if (idx === undefined) break;
    if (labels[idx] === 1) tp--;
    else fp--;
  }
  return best;
}

/** Stratified fold assignment by group (cases of one HateCheck template share a fold); deterministic. */
export function assignFolds(groups: readonly string[], labels: ArrayLike<number>, folds: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const groupLabel = new Map<string, number>();
  groups.forEach((g, i) => {
    if (!groupLabel.has(g)) groupLabel.set(g, labels[i] as number);
  });
  const byLabel: string[][] = [[], []];
  for (const [g, l] of groupLabel) (byLabel[l === 1 ? 1 : 0] as string[]).push(g);
  const foldOf = new Map<string, number>();
  for (const list of byLabel) shuffled(list, random).forEach((g, i) => foldOf.set(g, i % folds));
  return Int32Array.from(groups, (g) => foldOf.get(g) ?? 0);
}

/** Held-out margins for every row: k models, each trained without its fold (plus whatever `trainable` allows). */
export function crossValidatedMargins(
  rows: readonly SparseRow[],
  labels: ArrayLike<number>,
  sampleWeights: ArrayLike<number>,
  folds: Int32Array,
  foldCount: number,
  hashBits: number,
  options: TrainOptions,
): Float64Array {
  const out = new Float64Array(rows.length);
  for (let f = 0; f < foldCount; f++) {
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < rows.length; i++) (folds[i] === f ? test : train).push(i);
    const model = trainLogistic(
      train.map((i) => rows[i] as SparseRow),
      train.map((i) => labels[i] as number),
      train.map((i) => sampleWeights[i] as number),
      hashBits,
      options,
    );
    const m = margins(
      test.map((i) => rows[i] as SparseRow),
      model,
    );
    test.forEach((i, k) => {
      out[i] = m[k] as number;
    });
  }
  return out;
}
