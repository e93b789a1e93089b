import { ATTRIBUTES, type Attribute, type Language, type Policy, type Threshold } from '../domain';
import { thresholdsFor } from '../moderation/policy';
import { labelFor, type CalibrationSample, type SampleSet, type ScoreSource } from './calibration-samples';
import { holdThreshold, rejectThreshold, type HoldThreshold, type LabelledScore, type RejectThreshold } from './statistics';

export interface CalibrationQuery {
  attribute?: Attribute;
  language?: Language;
  /** Share of the comments a reject threshold rejects that moderators rejected too. */
  targetPrecision: number;
  /** Share of the comments moderators rejected that a hold threshold holds (at least). */
  targetRecall: number;
  /** Fewest decisions a proposal must rest on. */
  minSupport: number;
  /** Learn from the live scores (default) or the shadow's. */
  scores?: ScoreSource;
}

/** `all`: every language together, proposed as the policy's defaults. */
export type CalibrationScope = Language | 'all';

export interface ThresholdProposal {
  attribute: Attribute;
  language: CalibrationScope;
  /** The thresholds in force now (the defaults for `all`). */
  current: Threshold | null;
  /** The decisions this attribute and language rest on. */
  support: { total: number; rejected: number; approved: number; decisions: number; reversals: number; feedback: number };
  reject: RejectThreshold | null;
  hold: HoldThreshold | null;
  /** What to put in the policy; null when there is not enough to go on. Hold never exceeds reject. */
  proposed: Threshold | null;
  note: string | null;
}

export interface CalibrationReport {
  scores: ScoreSource;
  targetPrecision: number;
  targetRecall: number;
  minSupport: number;
  samples: Omit<SampleSet, 'samples'>;
  proposals: ThresholdProposal[];
  notes: string[];
}

const NOTES = [
  'Moderators mostly see held comments: scores below the current hold threshold are known only through reversals (an approved comment rejected later) and feedback, so the recall of a lower hold threshold is estimated on few decisions.',
  'Intervals are Wilson 95 % intervals of the precision (reject) and recall (hold) on the decisions given as support.',
  'Nothing here changes the live policy: npm run calibrate writes a proposed policy file beside the current one for a person to review.',
];

/** Whether the comments at or above `threshold` hold a larger share of rejections than all of them do. */
function separates(samples: readonly LabelledScore[], threshold: number): boolean {
  const above = samples.filter((s) => s.score >= threshold);
  const share = (items: readonly LabelledScore[]): number => items.filter((s) => s.positive).length / items.length;
  return above.length > 0 && above.length < samples.length && share(above) > share(samples);
}

/** Proposes one attribute's thresholds in one scope from its labelled scores. */
export function propose(
  samples: readonly CalibrationSample[],
  input: { attribute: Attribute; language: CalibrationScope; current: Threshold | null; targetPrecision: number; targetRecall: number; minSupport: number },
): ThresholdProposal {
  const labelled: LabelledScore[] = [];
  const support = { total: 0, rejected: 0, approved: 0, decisions: 0, reversals: 0, feedback: 0 };
  for (const sample of samples) {
    const score = sample.scores[input.attribute];
    const positive = labelFor(sample, input.attribute);
    if (score === undefined || positive === undefined) continue;
    labelled.push({ score, positive });
    support.total += 1;
    if (positive) support.rejected += 1;
    else support.approved += 1;
    if (sample.source === 'decision') support.decisions += 1;
    else if (sample.source === 'reversal') support.reversals += 1;
    else support.feedback += 1;
  }
  const reject = rejectThreshold(labelled, { targetPrecision: input.targetPrecision, minSupport: input.minSupport });
  let hold = holdThreshold(labelled, { targetRecall: input.targetRecall, minSupport: input.minSupport });
  // Moderators judge whole comments: an attribute that does not tell their rejections apart (a threat scores no
  // PROFANITY) would reach the recall target only at its floor, holding everything. Such a hold is not proposed.
  const uninformative = hold !== null && !separates(labelled, hold.threshold);
  if (uninformative) hold = null;
  let proposed: Threshold | null = null;
  let note: string | null = null;
  if (support.total < input.minSupport) {
    note = `only ${support.total} decisions; at least ${input.minSupport} are needed`;
  } else if (reject === null && hold === null) {
    note = uninformative
      ? `${input.attribute} does not separate what moderators rejected: no threshold reaches the targets, the current ones are kept`
      : 'no threshold reaches the targets on these decisions';
  } else {
    const rejectAt = reject?.threshold ?? input.current?.reject ?? 1;
    const holdAt = Math.min(hold?.threshold ?? input.current?.hold ?? rejectAt, rejectAt);
    proposed = { hold: holdAt, reject: rejectAt };
    if (reject === null) note = `no reject threshold reaches precision ${input.targetPrecision}: the current one is kept`;
    else if (uninformative) note = `${input.attribute} does not separate what moderators rejected at recall ${input.targetRecall}: the current hold threshold is kept`;
    else if (hold === null) note = `too few rejections for a hold threshold with recall ${input.targetRecall}: the current one is kept`;
    else if (hold.threshold > rejectAt) note = 'the hold threshold for the recall target lies above the reject threshold: hold is set to reject';
  }
  return { attribute: input.attribute, language: input.language, current: input.current, support, reject, hold, proposed, note };
}

/** Thresholds proposed from moderators' decisions, per attribute and language; read-only. */
export class CalibrationService {
  constructor(private readonly deps: { collect: (scores: ScoreSource) => Promise<SampleSet>; policy: Policy }) {}

  async calibrate(query: CalibrationQuery): Promise<CalibrationReport> {
    const scores = query.scores ?? 'live';
    const { samples, ...counts } = await this.deps.collect(scores);
    const attributes = query.attribute === undefined ? ATTRIBUTES : [query.attribute];
    const scopes: CalibrationScope[] =
      query.language !== undefined ? [query.language] : ['all', ...[...new Set(samples.map((s) => s.language))].sort()];
    const proposals: ThresholdProposal[] = [];
    for (const language of scopes) {
      const inScope = language === 'all' ? samples : samples.filter((s) => s.language === language);
      for (const attribute of attributes) {
        const current = (language === 'all' ? this.deps.policy.defaults : thresholdsFor(this.deps.policy, language))[attribute] ?? null;
        proposals.push(propose(inScope, { attribute, language, current, targetPrecision: query.targetPrecision, targetRecall: query.targetRecall, minSupport: query.minSupport }));
      }
    }
    return { scores, targetPrecision: query.targetPrecision, targetRecall: query.targetRecall, minSupport: query.minSupport, samples: counts, proposals, notes: NOTES };
  }
}
