import type { Language } from '../../domain';
import { FeatureBuffer, FeatureHasher, type FeatureOptions } from './feature-hasher';
import type { LexiconResult } from './lexicon-scorer';
import type { NormalizedText } from './text-normalizer';

/** Platt scaling: P(offensive) = 1 / (1 + exp(-(a · margin + b))), fitted on cross-validation folds. */
export interface PlattCalibration {
  a: number;
  b: number;
}

/** One linear classifier over the shared hashed features, for some comment languages. */
export interface OffenseHeadFile {
  name: string;
  languages: Language[];
  bias: number;
  /** Little-endian float32 weights, one per hash bucket, base64. */
  weights: string;
  calibration: PlattCalibration;
  /** Probability at which cross-validation put the offensive/not boundary (for evaluation, not for policy). */
  threshold: number;
}

/** The shipped model file (JSON). Only derived weights; no training text. */
export interface OffenseModelFile {
  format: 'local-scorer-offense-model';
  /** Reported as `ScoreResult.model`. */
  version: string;
  features: FeatureOptions;
  heads: OffenseHeadFile[];
  /**
   * P(threat) for every language (model files before session 18 have none). Its `threshold` is used at run time: at or
   * above it a comment in which the word lists found no threat is held (see LocalScorer).
   */
  threat?: OffenseHeadFile;
  /** How the model was made: data set digests, hyper-parameters, cross-validated figures. */
  training: Record<string, unknown>;
}

/** A head ready to score. */
export interface OffenseHead {
  name: string;
  languages: readonly Language[];
  /** Never changed once a model is built on them: the hasher caches each word's product with them. */
  weights: Float32Array;
  bias: number;
  calibration: PlattCalibration;
  threshold: number;
}

/** A token's share of the margin, to explain a score by the words that drove it. */
export interface TokenContribution {
  token: number;
  margin: number;
}

export function encodeWeights(weights: Float32Array): string {
  return Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength).toString('base64');
}

function decodeWeights(base64: string): Float32Array {
  const bytes = Buffer.from(base64, 'base64');
  // Copy into an aligned buffer: Buffer.from may hand back a slice of a shared pool at any offset.
  const weights = new Float32Array(bytes.length / 4);
  new Uint8Array(weights.buffer).set(bytes);
  return weights;
}

/** Hashed linear classifiers for "offensive or not", one head per group of languages, with calibrated probabilities. */
export class OffenseModel {
  readonly hasher: FeatureHasher;
  private readonly buffer = new FeatureBuffer();
  private readonly byLanguage = new Map<Language, OffenseHead>();
  /** Tokens of the comment {@link predict} scored last. */
  private tokenCount = 0;
  /** {@link topTokenContributions}' copy of the token shares, reused from comment to comment (grown as needed). */
  private margins = new Float64Array(256);


  constructor(
    readonly version: string,
    features: FeatureOptions,
    readonly heads: readonly OffenseHead[],
    readonly threatHead?: OffenseHead,
  ) {
    const first = heads[0];
    if (first === undefined) throw new Error('model has no heads');
    for (const head of threatHead === undefined ? heads : [...heads, threatHead]) {
      if (head.weights.length !== 1 << features.hashBits) throw new Error(`head ${head.name} has ${head.weights.length} weights, expected 2^${features.hashBits}`);
    }
    for (const head of heads) for (const language of head.languages) this.byLanguage.set(language, head);
    this.hasher = new FeatureHasher(features);
  }

  static fromFile(file: OffenseModelFile): OffenseModel {
    if (file.format !== 'local-scorer-offense-model') throw new Error(`unknown model format ${String(file.format)}`);
    const heads = file.heads.map((h) => ({ ...h, weights: decodeWeights(h.weights) }));
    const threat = file.threat === undefined ? undefined : { ...file.threat, weights: decodeWeights(file.threat.weights) };
    return new OffenseModel(file.version, file.features, heads, threat);
  }

  /** The head that scores `language` (the first head for a language no head names). */
  headFor(language: Language): OffenseHead {
    return this.byLanguage.get(language) ?? (this.heads[0] as OffenseHead);
  }

  static probabilityOf(head: Pick<OffenseHead, 'calibration'>, margin: number): number {
    return 1 / (1 + Math.exp(-(head.calibration.a * margin + head.calibration.b)));
  }

  /**
   * Calibrated P(offensive) of a comment. Not re-entrant: it reuses one feature buffer, which keeps each token's
   * share of the margin for {@link topTokenContributions}.
   */
  predict(text: NormalizedText, lexicon: LexiconResult | undefined, language: Language): number {
    const head = this.headFor(language);
    // The margin w·x + b, each feature multiplied in as it comes (none stored; see FeatureBuffer.startDot).
    this.buffer.startDot(head.weights, head.bias, this.threatHead);
    this.hasher.extract(text, lexicon, this.buffer);
    this.tokenCount = text.tokens.length;
    return OffenseModel.probabilityOf(head, this.buffer.dot);
  }

  /**
   * Calibrated P(threat) by the threat head of the comment last passed to {@link predict} (which dots both heads'
   * weights in its one pass over the features), or undefined when the model has none.
   */
  threatProbability(tokenCount: number): number | undefined {
    if (tokenCount !== this.tokenCount) throw new Error('threatProbability asks about another comment than the last predict scored');
    return this.threatHead === undefined ? undefined : OffenseModel.probabilityOf(this.threatHead, this.buffer.dot2);
  }

  /**
   * The `limit` tokens of the comment last passed to {@link predict} that raised its margin most (at least
   * `minMargin` each, largest first), among those `eligible` allows. Linear in the comment's features: scoring
   * explains most comments it holds, so this is on the hot path.
   */
  topTokenContributions(tokenCount: number, limit: number, minMargin: number, eligible: (token: number) => boolean): TokenContribution[] {
    if (tokenCount !== this.tokenCount) throw new Error('topTokenContributions asks about another comment than the last predict scored');
    return this.topOf(this.buffer.tokenShares, tokenCount, limit, minMargin, eligible);
  }

  /** {@link topTokenContributions} for the threat head's margin. */
  topThreatContributions(tokenCount: number, limit: number, minMargin: number, eligible: (token: number) => boolean): TokenContribution[] {
    if (tokenCount !== this.tokenCount || this.threatHead === undefined) throw new Error('topThreatContributions asks about another comment than the last predict scored, or the model has no threat head');
    return this.topOf(this.buffer.tokenShares2, tokenCount, limit, minMargin, eligible);
  }

  private topOf(shares: Float64Array, tokenCount: number, limit: number, minMargin: number, eligible: (token: number) => boolean): TokenContribution[] {
    // A copy: the shares stay as predict left them, so asking twice gives the same answer. Into one buffer: a new
    // typed array per comment cost more than the search below.
    if (this.margins.length < tokenCount) this.margins = new Float64Array(Math.max(tokenCount, 2 * this.margins.length));
    const margins = this.margins;
    // A token past the shares' end has none (NaN: never chosen).
    for (let t = 0; t < tokenCount; t++) margins[t] = t < shares.length ? (shares[t] as number) : Number.NaN;
    const out: TokenContribution[] = [];
    while (out.length < limit) {
      let best = -1;
      for (let t = 0; t < tokenCount; t++) {
        const m = margins[t] as number;
        if (m >= minMargin && (best < 0 || m > (margins[best] as number)) && eligible(t)) best = t;
      }
      if (best < 0) break;
      out.push({ token: best, margin: margins[best] as number });
      margins[best] = -Infinity;
    }
    return out;
  }
}
