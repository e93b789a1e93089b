import { FeatureHasher } from '../../src/scoring/local/feature-hasher';
import { createLexiconScorer } from '../../src/scoring/local/lexicon-scorer';
import { assignFolds, bestThreshold, binaryMetrics, featurize, fitPlatt, margins, trainLogistic, type TrainOptions } from './logistic-trainer';

const FIXTURE: { text: string; label: 0 | 1 }[] = [
  { text: 'Du bist ein Trottel und ein Versager', label: 1 },
  { text: 'So ein dämlicher Trottel', label: 1 },
  { text: 'Halt die Klappe, du Versager', label: 1 },
  { text: 'Was für ein erbärmlicher Versager', label: 1 },
  { text: 'Trottel wie du gehören weg', label: 1 },
  { text: 'Danke für den interessanten Artikel', label: 0 },
  { text: 'Interessanter Artikel, danke für die Recherche', label: 0 },
  { text: 'Ich sehe das anders, aber danke für den Beitrag', label: 0 },
  { text: 'Gute Recherche, spannender Beitrag', label: 0 },
  { text: 'Der Beitrag ist spannend und gut recherchiert', label: 0 },
];

describe('trainLogistic', () => {
  const hasher = new FeatureHasher({ hashBits: 12, charMin: 2, charMax: 4, wordBigrams: true });
  const rows = featurize(
    FIXTURE.map((f) => ({ text: f.text, language: 'de' as const })),
    hasher,
    createLexiconScorer(),
  );
  const labels = FIXTURE.map((f) => f.label);
  const weights = FIXTURE.map(() => 1);
  const options: TrainOptions = { epochs: 20, l2: 1e-4, learningRate: 0.2, seed: 7, nbRatios: true, positiveWeight: 1 };

  it('When trained on a separable fixture, then every training example lands on its side', () => {
    const model = trainLogistic(rows, labels, weights, 12, options);
    const m = margins(rows, model);
    labels.forEach((y, i) => expect((m[i] as number) > 0).toBe(y === 1));
  });

  it('When trained twice with the same seed, then the weights are identical', () => {
    const a = trainLogistic(rows, labels, weights, 12, options);
    const b = trainLogistic(rows, labels, weights, 12, options);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(a.bias).toBe(b.bias);
  });

  it('When the seed changes, then the example order (and so the weights) change', () => {
    const a = trainLogistic(rows, labels, weights, 12, options);
    const b = trainLogistic(rows, labels, weights, 12, { ...options, seed: 8 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(false);
  });

  it('When several example orders are averaged, then the weights and bias are the mean of one model per seed', () => {
    const members = [7, 8, 9].map((seed) => trainLogistic(rows, labels, weights, 12, { ...options, seed }));
    const averaged = trainLogistic(rows, labels, weights, 12, { ...options, orders: 3 });
    for (let j = 0; j < averaged.weights.length; j++) {
      const mean = members.reduce((sum, m) => sum + (m.weights[j] as number), 0) / 3;
      expect(averaged.weights[j]).toBeCloseTo(mean, 5);
    }
    expect(averaged.bias).toBeCloseTo(members.reduce((sum, m) => sum + m.bias, 0) / 3, 10);
    expect(Buffer.from(averaged.weights.buffer).equals(Buffer.from((members[0] as { weights: Float32Array }).weights.buffer))).toBe(false);
  });
});

describe('evaluation helpers', () => {
  it('When metrics are computed, then macro-F is 2·P̄·R̄/(P̄+R̄), not the mean of class F1', () => {
    const m = binaryMetrics([1, 1, 0, 0, 0, 1], [1, 0, 0, 0, 1, 1]);
    expect(m.positive.precision).toBeCloseTo(2 / 3);
    expect(m.positive.recall).toBeCloseTo(2 / 3);
    expect(m.negative.precision).toBeCloseTo(2 / 3);
    const pMean = (2 / 3 + 2 / 3) / 2;
    const rMean = (2 / 3 + 2 / 3) / 2;
    expect(m.macroF).toBeCloseTo((2 * pMean * rMean) / (pMean + rMean));
    const skewed = binaryMetrics([1, 1, 1, 0, 0, 0], [1, 0, 0, 0, 0, 0]);
    expect(skewed.meanF1).toBeCloseTo(0.625);
    expect(skewed.macroF).toBeCloseTo((2 * (2 / 3) * 0.8) / (2 / 3 + 0.8));
  });

  it('When margins separate the classes, then the best threshold lies between them', () => {
    const t = bestThreshold([-2, -1, 1, 2], [0, 0, 1, 1]);
    expect(t).toBeGreaterThan(-1);
    expect(t).toBeLessThan(1);
  });

  it('When Platt scaling is fitted, then larger margins get larger probabilities, and a lower prior lowers them', () => {
    const ms = [-3, -2, -1, -0.5, 0.5, 1, 2, 3, 1.5, -1.5];
    const ys = [0, 0, 0, 1, 0, 1, 1, 1, 1, 0];
    const plain = fitPlatt(ms, ys);
    const lowPrior = fitPlatt(ms, ys, 0.1);
    expect(plain.a).toBeGreaterThan(0);
    const p = (c: { a: number; b: number }, m: number): number => 1 / (1 + Math.exp(-(c.a * m + c.b)));
    expect(p(lowPrior, 0)).toBeLessThan(p(plain, 0));
  });

  it('When folds are assigned, then cases of one group share a fold and both classes spread over folds', () => {
    const groups = ['a', 'a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const labels = [1, 1, 1, 1, 0, 0, 0, 0];
    const folds = assignFolds(groups, labels, 2, 1);
    expect(folds[0]).toBe(folds[1]);
    expect(new Set(Array.from(folds).filter((_, i) => labels[i] === 0)).size).toBe(2);
  });
});
