import { FeatureBuffer, FeatureHasher, type FeatureOptions } from './feature-hasher';
import type { LexiconResult } from './lexicon-scorer';
import type { NormalizedText } from './text-normalizer';

/** Platt scaling: P(offensive) = 1 / (1 + exp(-(a · margin + b))), fitted on cross-validation folds. */
export interface PlattCalibration {
  a: number;
  b: number;
}

/** The shipped model file (JSON). Only derived weights; no training text. */
export interface OffenseModelFile {
  format: 'local-scorer-offense-model';
  /** Reported as `ScoreResult.model`. */
  version: string;
  features: FeatureOptions;
  bias: number;
  /** Little-endian float32 weights, one per hash bucket, base64. */
  weights: string;
  calibration: PlattCalibration;
  /** Probability at which cross-validation put the OFFENSE/OTHER boundary (for evaluation, not for policy). */
  threshold: number;
  /** How the model was made: data set digests, hyper-parameters, cross-validated figures. */
  training: Record<string, unknown>;
}

/** A token's share of the margin, to explain a score by the words that drove it. */
export interface TokenContribution {
  token: number;
  margin: number;
}

/** Hashed linear classifier for "offensive or not", with calibrated probabilities. */
export class OffenseModel {
  readonly hasher: FeatureHasher;
  private readonly buffer = new FeatureBuffer();

  constructor(
    readonly version: string,
    features: FeatureOptions,
    private readonly weights: Float32Array,
    private readonly bias: number,
    readonly calibration: PlattCalibration,
    readonly threshold: number,
  ) {
    if (weights.length !== 1 << features.hashBits) throw new Error(`model has ${weights.length} weights, expected 2^${features.hashBits}`);
    this.hasher = new FeatureHasher(features);
  }

  static fromFile(file: OffenseModelFile): OffenseModel {
    if (file.format !== 'local-scorer-offense-model') throw new Error(`unknown model format ${String(file.format)}`);
    const bytes = Buffer.from(file.weights, 'base64');
    // Copy into an aligned buffer: Buffer.from may hand back a slice of a shared pool at any offset.
    const weights = new Float32Array(bytes.length / 4);
    new Uint8Array(weights.buffer).set(bytes);
    return new OffenseModel(file.version, file.features, weights, file.bias, file.calibration, file.threshold);
  }

  static encodeWeights(weights: Float32Array): string {
    return Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength).toString('base64');
  }

  /** Raw margin w·x + b for features already in `buffer`. */
  marginOf(buffer: FeatureBuffer): number {
    let m = this.bias;
    const { indices, values, length } = buffer;
    for (let i = 0; i < length; i++) m += (this.weights[indices[i] as number] as number) * (values[i] as number);
    return m;
  }

  probabilityOf(margin: number): number {
    return 1 / (1 + Math.exp(-(this.calibration.a * margin + this.calibration.b)));
  }

  /** Calibrated P(offensive) of a comment. Not re-entrant: it reuses one feature buffer. */
  predict(text: NormalizedText, lexicon: LexiconResult | undefined): number {
    this.hasher.extract(text, lexicon, this.buffer);
    return this.probabilityOf(this.marginOf(this.buffer));
  }

  /** Per-token margins of the comment last passed to {@link predict}, largest first. */
  tokenContributions(tokenCount: number): TokenContribution[] {
    const out: TokenContribution[] = [];
    const { indices, values, tokenEnds } = this.buffer;
    let start = 0;
    for (let t = 0; t < tokenCount; t++) {
      const end = tokenEnds[t] as number;
      let m = 0;
      for (let i = start; i < end; i++) m += (this.weights[indices[i] as number] as number) * (values[i] as number);
      out.push({ token: t, margin: m });
      start = end;
    }
    return out.sort((x, y) => y.margin - x.margin || x.token - y.token);
  }
}
