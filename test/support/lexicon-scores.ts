import { loadPolicyFile } from '../../config';
import { ATTRIBUTES, type Attribute, type Language, type Span } from '../../src/domain';
import { applyPolicy } from '../../src/moderation/policy';
import { createLexiconScorer } from '../../src/scoring/local/lexicon-scorer';
import { LocalScorer } from '../../src/scoring/local/local-scorer';
import { OffenseModel } from '../../src/scoring/local/offense-model';
import { normalizeText } from '../../src/scoring/local/text-normalizer';

/** The shipped routing policy: lexicon tests hold the lexicon to the thresholds that are actually in force. */
export const policy = loadPolicyFile();
export const reject = (a: Attribute): number => policy.defaults[a]?.reject ?? 1;
export const hold = (a: Attribute): number => policy.defaults[a]?.hold ?? 1;

const lexicon = createLexiconScorer();
/** The shipped lexicon's scores for a comment. */
export const lex = (text: string, language: Language): Record<Attribute, number> => lexicon.score(normalizeText(text), language).scores;
/** The shipped lexicon's spans for a comment: which rules fired, with their attributes. */
export const lexSpans = (text: string, language: Language): Span[] => lexicon.score(normalizeText(text), language).spans;
/** Attributes whose lexicon score reaches the hold threshold. */
export const heldOn = (text: string, language: Language): Attribute[] => {
  const s = lex(text, language);
  return ATTRIBUTES.filter((a) => s[a] >= hold(a));
};

/** What the shipped model and policy decide for a comment: approved, held or rejected. */
export const routedStatus = (scorer: LocalScorer, text: string, language: Language): string => {
  const r = scorer.scoreSync(text, language);
  return applyPolicy(policy, { language, scores: r.scores, spans: r.spans, scorer: r.scorer }).status;
};

/**
 * {@link routedStatus} with the scorer `load` gives, loaded once before the tests of the enclosing describe block
 * (call it inside one): `const status = routedStatusOf(() => LocalScorer.loadSync());`.
 */
export function routedStatusOf(load: () => LocalScorer): (text: string, language: Language) => string {
  let scorer: LocalScorer | undefined;
  beforeAll(() => {
    scorer = load();
  });
  return (text, language) => routedStatus(scorer as LocalScorer, text, language);
}

/**
 * The shipped model without its threat head: what the word lists and the offense heads decide. Tests of the rule
 * tables' look-alikes use it, so that they test the rows; the threat head's own holds are tested apart
 * (threat-head.test.ts) and measured by `npm run eval` and the case files.
 */
export function scorerWithoutThreatHead(): LocalScorer {
  const full = LocalScorer.loadSync();
  const model = full.offenseModel;
  return new LocalScorer(new OffenseModel(model.version, model.hasher.options, model.heads));
}
