import type { Token } from './text-normalizer';

/**
 * Words outside a quotation that show it is reported or condemned rather than said: reporting verbs ("sagt",
 * "schrieb", "called") and names for hateful speech ("Hetze", "rassistisch"). Normalised forms.
 */
const REPORT_OR_CONDEMN = new Set([
  // German
  'sagt', 'sagte', 'sagten', 'sagen', 'gesagt', 'schreibt', 'schrieb', 'schreiben', 'geschrieben', 'nennt', 'nannte', 'genannt',
  'bezeichnet', 'bezeichnete', 'behauptet', 'behauptete', 'meint', 'meinte', 'twittert', 'twitterte', 'postet', 'postete', 'zitiert',
  'zitat', 'ruft', 'rief', 'bruellt', 'bruellte', 'hetze', 'hetzt', 'rassistisch', 'rassismus', 'rassist', 'sexistisch', 'homophob',
  'antisemitisch', 'menschenverachtend', 'inakzeptabel', 'unakzeptabel', 'beleidigend', 'beleidigung', 'hassrede', 'hasskommentar',
  // English
  'says', 'said', 'say', 'wrote', 'writes', 'called', 'calls', 'claims', 'claimed', 'tweeted', 'shouted', 'racist', 'sexist', 'hateful',
  'unacceptable', 'offensive', 'bigoted', 'homophobic',
  // French
  'dit', 'disent', 'ecrit', 'ecrivent', 'traite', 'traitent', 'raciste', 'sexiste', 'haineux', 'haine', 'inacceptable', 'insultant',
  'homophobe',
  // Italian
  'dice', 'dicono', 'detto', 'scrive', 'scritto', 'chiama', 'chiamato', 'razzista', 'sessista', 'odio', 'inaccettabile', 'offensivo',
  'omofobo',
]);

/**
 * Tokens the learned model should not read as the writer's own words: a quotation in a comment that reports or
 * condemns it ("Wer schreibt «Flüchtlinge sind Ungeziefer», verbreitet Hetze."). `undefined` when there are none.
 */
export function reportedQuotationTokens(tokens: readonly Token[]): Uint8Array | undefined {
  let quoted = false;
  for (const token of tokens) quoted ||= token.quoted;
  if (!quoted) return undefined;
  let cue = false;
  for (const token of tokens) cue ||= !token.quoted && REPORT_OR_CONDEMN.has(token.norm);
  if (!cue) return undefined;
  const mask = new Uint8Array(tokens.length);
  tokens.forEach((token, i) => {
    if (token.quoted) mask[i] = 1;
  });
  return mask;
}
