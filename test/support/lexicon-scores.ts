import { loadPolicyFile } from '../../config';
import { ATTRIBUTES, type Attribute, type Language } from '../../src/domain';
import { createLexiconScorer } from '../../src/scoring/local/lexicon-scorer';
import { normalizeText } from '../../src/scoring/local/text-normalizer';

/** The shipped routing policy: lexicon tests hold the lexicon to the thresholds that are actually in force. */
export const policy = loadPolicyFile();
export const reject = (a: Attribute): number => policy.defaults[a]?.reject ?? 1;
export const hold = (a: Attribute): number => policy.defaults[a]?.hold ?? 1;

const lexicon = createLexiconScorer();
/** The shipped lexicon's scores for a comment. */
export const lex = (text: string, language: Language): Record<Attribute, number> => lexicon.score(normalizeText(text), language).scores;
/** Attributes whose lexicon score reaches the hold threshold. */
export const heldOn = (text: string, language: Language): Attribute[] => {
  const s = lex(text, language);
  return ATTRIBUTES.filter((a) => s[a] >= hold(a));
};
