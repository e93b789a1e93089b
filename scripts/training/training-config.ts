import type { Language } from '../../src/domain';
import type { FeatureOptions } from '../../src/scoring/local/feature-hasher';
import type { TrainOptions } from './logistic-trainer';
import type { DatasetName } from './training-data';

/** One classifier head: which comment languages it scores and what it learns from. */
export interface HeadConfig {
  name: string;
  languages: Language[];
  /** Weight of each data set's examples; 0 leaves the data set out. */
  datasetWeights: Record<DatasetName, number>;
  train: TrainOptions;
  /**
   * Share of offensive comments the calibrated probabilities assume. HateCheck suites are ~70 % hateful by
   * construction; calibrating to that rate would overstate every score on real comments.
   */
  calibrationPrior: number | undefined;
}

/**
 * The threat head: P(threat) over the same hashed features, for every language. It holds a comment in which the word
 * lists found no threat; it never rejects, and never lowers what the lists found.
 */
export interface ThreatHeadConfig {
  name: string;
  /** Weight of each data set's examples; 0 leaves the data set out. Labels: `isThreatCategory` in training-data.ts. */
  datasetWeights: Record<DatasetName, number>;
  train: TrainOptions;
  /**
   * Largest share of the everyday clean comments of {@link budgetDatasets} whose grouped cross-validated P(threat) may
   * reach the head's threshold: the threshold is read off those held-out probabilities, never off the development split.
   */
  cleanBudget: number;
  /**
   * Whose clean comments the budget counts: our own everyday reader comments, the nearest to a newsroom's. Tweets
   * hardly ever reach the threshold (GermEval, GAHD, GMHP7k: 0.0–0.1 % at it), so a budget over all inoffensive
   * comments let the head hold 3 % of ours.
   */
  budgetDatasets: DatasetName[];
}

/** Everything `npm run train` and `npm run eval` must agree on; settings chosen with `scripts/train-tune.ts`. */
export interface TrainingConfig {
  version: string;
  features: FeatureOptions;
  heads: HeadConfig[];
  threat: ThreatHeadConfig;
  folds: number;
  foldSeed: number;
}

const GERMAN_TRAIN: TrainOptions = { epochs: 15, l2: 1e-5, learningRate: 0.1, seed: 1, nbRatios: true, positiveWeight: 1 };

export const TRAINING_CONFIG: TrainingConfig = {
  version: 'local-scorer-v2',
  features: { hashBits: 18, charMin: 3, charMax: 5, wordBigrams: true, maskIdentity: true, thesaurus: true, maskReportedQuotes: true },
  heads: [
    {
      // HateCheck data in this head cost ~1.5 points of GermEval macro-F in cross-validation, so German stays pure.
      // Our own Standard German clean comments at 0.2: grouped CV 77.52 → 77.61, newsroom-like clean comments held less;
      // with the dialect ones in, dialect insults were missed, so those are only measured (README, "Data and licences").
      // The dev parts of our own labelled cases at 0.75 (0.5 and 1 tried): development macro-F 77.1 → 78.3, groups
      // approved 84 → 94 %, threats approved in newsroom-like comments 9 → 8 (README, "Session 16").
      name: 'de',
      languages: ['de', 'other'],
      datasetWeights: { germeval2018: 1, gahd: 0.15, gmhp7k: 0.5, 'hatecheck-en': 0, 'mhc-fr': 0, 'mhc-it': 0, 'ftr-fr': 0, 'own-neutral': 0, 'own-neutral-de': 0.2, 'own-neutral-gsw': 0, 'own-cases': 0, 'own-cases-de': 0.75, 'own-rules': 0 },
      train: GERMAN_TRAIN,
      calibrationPrior: undefined,
    },
    {
      name: 'intl',
      languages: ['en', 'fr', 'it'],
      datasetWeights: { germeval2018: 0.25, gahd: 0, gmhp7k: 0, 'hatecheck-en': 1, 'mhc-fr': 1, 'mhc-it': 1, 'ftr-fr': 0, 'own-neutral': 1, 'own-neutral-de': 0, 'own-neutral-gsw': 0, 'own-cases': 0.5, 'own-cases-de': 0, 'own-rules': 0 },
      // No NB scaling here: on template suites it blows up words seen only in hateful templates ("finally"). With our own
      // clean comments, off gave the best development figures on all of HateCheck en, MHC fr and it (README).
      // Our own labelled cases at 0.5: at 1 HateCheck en and MHC it lost a point, at 0.25 MHC fr lost two.
      // Three example orders averaged: one order's seed alone moved MHC fr by 2.7 points and HateCheck en by 0.3
      // (seeds 1, 2, 3); averaged, seeds 1–3 and 4–6 differ by 0.3 and 0.2 (README, "Session 22"). Averaging the
      // German head too cost GAHD and GMHP7k a few comments; the threat head, a group statement held.
      train: { ...GERMAN_TRAIN, epochs: 8, nbRatios: false, orders: 3 },
      calibrationPrior: 0.34,
    },
  ],
  threat: {
    // Threats in wordings no row was written for were the first known failure (session 17: 62 and 75 of 160 blind
    // threats approved). Our rules files hold most of the threats we wrote, so this head learns from them too. 15
    // epochs over 8 caught more of the older check parts' approved threats at the same clean cost (README, "Session 18").
    // The threshold holds at most 1 % of our own everyday clean comments in grouped CV.
    name: 'threat',
    datasetWeights: { germeval2018: 1, gahd: 1, gmhp7k: 1, 'hatecheck-en': 1, 'mhc-fr': 1, 'mhc-it': 1, 'ftr-fr': 1, 'own-neutral': 1, 'own-neutral-de': 1, 'own-neutral-gsw': 0, 'own-cases': 1, 'own-cases-de': 1, 'own-rules': 1 },
    train: { ...GERMAN_TRAIN, epochs: 15, nbRatios: false },
    cleanBudget: 0.01,
    budgetDatasets: ['own-neutral', 'own-neutral-de'],
  },
  folds: 10,
  foldSeed: 42,
};
