import type { SparseRow } from './logistic-trainer';
import { seededRandom } from './logistic-trainer';
import { trainThreatHead } from './model-training';
import type { ThreatHeadConfig } from './training-config';
import { DATASET_NAMES, type DatasetName, type LabelledExample } from './training-data';

/** 600 synthetic examples over 64 buckets: threats share buckets 1–3, insults 4–6, everything has noise in 10–63. */
function fixture(): { rows: SparseRow[]; examples: LabelledExample[] } {
  const random = seededRandom(11);
  const rows: SparseRow[] = [];
  const examples: LabelledExample[] = [];
  for (let i = 0; i < 600; i++) {
    const kind = i % 10 === 0 ? 'threat' : i % 10 < 4 ? 'insult' : 'clean';
    const indices = [10 + Math.floor(random() * 54), 10 + Math.floor(random() * 54), 10 + Math.floor(random() * 54)];
    // Noisy cues: a threat shows a threat bucket nearly always, a clean comment now and then.
    if (kind === 'threat' && random() < 0.95) indices.push(1 + Math.floor(random() * 3));
    if (kind === 'clean' && random() < 0.01) indices.push(1 + Math.floor(random() * 3));
    if (kind === 'insult') indices.push(4 + Math.floor(random() * 3));
    rows.push({ indices: Int32Array.from(indices), values: Float32Array.from(indices.map(() => 1)) });
    examples.push({
      dataset: i % 2 === 0 ? 'germeval2018' : 'own-rules',
      language: 'de',
      text: `example ${i}`,
      label: kind === 'clean' ? 0 : 1,
      category: kind === 'threat' ? 'threat/threat' : kind,
      group: `g${i}`,
      split: i % 7 === 0 ? 'dev' : 'train',
      disagreement: false,
    });
  }
  return { rows, examples };
}

const allWeighted = Object.fromEntries(DATASET_NAMES.map((d) => [d, 1])) as Record<DatasetName, number>;
const head: ThreatHeadConfig = {
  name: 'threat',
  datasetWeights: allWeighted,
  train: { epochs: 10, l2: 1e-5, learningRate: 0.1, seed: 1, nbRatios: false, positiveWeight: 1 },
  cleanBudget: 0.02,
  budgetDatasets: ['germeval2018'],
};
const config = { features: { hashBits: 6, charMin: 3, charMax: 5, wordBigrams: true }, folds: 5, foldSeed: 3 };

describe('trainThreatHead', () => {
  const { rows, examples } = fixture();
  const trained = trainThreatHead(rows, examples, head, config);
  const probability = (margin: number): number => 1 / (1 + Math.exp(-(trained.calibration.a * margin + trained.calibration.b)));

  it('When trained, then it learns from the training split only, threats labelled by their category', () => {
    expect(trained.trainedOn.every((i) => examples[i]?.split === 'train')).toBe(true);
    expect(trained.trainedOn).toHaveLength(examples.filter((e) => e.split === 'train').length);
  });

  it('When its threshold is read off the held-out margins, then at most the budget of the counted data sets\' clean comments (plus the one at the threshold) reach it', () => {
    const clean = trained.trainedOn.flatMap((i, k) => (examples[i]?.label === 0 && examples[i]?.dataset === 'germeval2018' ? [probability(trained.heldOutMargins[k] as number)] : []));
    const reaching = clean.filter((p) => p >= trained.threshold - 1e-12).length;
    expect(clean.length).toBeGreaterThan(150);
    expect(reaching).toBeGreaterThan(0);
    expect(reaching / clean.length).toBeLessThanOrEqual(head.cleanBudget + 1 / clean.length);
  });

  it('When the budget counts a data set with no clean training comments, then training stops with an error naming it', () => {
    expect(() => trainThreatHead(rows, examples, { ...head, budgetDatasets: ['gahd'] }, config)).toThrow(/gahd/);
  });

  it('When a data set is weighed 0, then none of its examples is fitted', () => {
    const withoutRules = trainThreatHead(rows, examples, { ...head, datasetWeights: { ...allWeighted, 'own-rules': 0 } }, config);
    expect(withoutRules.trainedOn.every((i) => examples[i]?.dataset === 'germeval2018')).toBe(true);
  });

  it('When held-out threats are scored, then most reach the threshold that few inoffensive comments reach', () => {
    const threats = trained.trainedOn.flatMap((i, k) => (examples[i]?.category === 'threat/threat' ? [probability(trained.heldOutMargins[k] as number)] : []));
    expect(threats.filter((p) => p >= trained.threshold).length / threats.length).toBeGreaterThan(0.5);
  });
});
