/**
 * Context rules for one lexicon match: why it counts less (quoted, reported, negated, counter-speech, fiction, a
 * question, a thing, the writer, an exclamation at no one) and how much more when it addresses the reader or a group
 * ({@link applyContext}).
 */
import { ATTRIBUTES, type Language } from '../../domain';
import type { LexiconCategory, LexiconPayload, LexiconWeights } from './lexicon-data';
import type { TermMatch } from './term-matcher';
import type { NormalizedText, Token } from './text-normalizer';
import { termWords, clauseBreak, isNoun, READER_OBJECTS, sentenceEnd, sentenceStart, wordIn } from './clause-helpers';
import { NEGATIONS, DEMONSTRATIVES_DE, isNegated, answeredNo, pointedOther } from './negation';
import { threatObject } from './things-and-animals';
import { narratesViolence } from './lexicon-threat-net';

/** Why a lexicon hit counts less than its weight. */
export type HitContext = 'quoted' | 'reported' | 'negated' | 'counter' | 'fiction' | 'question' | 'thing' | 'self' | 'untargeted';

/** A lexicon match after the context rules. */
export interface LexiconHit {
  begin: number;
  end: number;
  /** Rule id, e.g. `lexicon:insult:vollidiot`. */
  rule: string;
  category: LexiconCategory;
  /** Weights after context rules. */
  weights: LexiconWeights;
  contexts: HitContext[];
  /** Addressed to the reader ("du", "you", "tu") in the same sentence. */
  addressed: boolean;
  /** A veiled threat: a threat only when aimed (see escalatedThreat in threat-escalation.ts). */
  veiled?: true;
}

const CONTEXT_FACTORS: Readonly<Record<HitContext, number>> = { quoted: 0.2, reported: 0.3, negated: 0.25, counter: 0.3, fiction: 0.3, question: 0.3, thing: 0.2, self: 0.2, untargeted: 0.5 };
const ADDRESS_BOOST = 0.6;
/** First words of a question that asks why rather than calls for something ("Warum sollte er erschossen werden?"). */
const WHY = new Set(['warum', 'wieso', 'weshalb', 'weswegen', 'why', 'pourquoi', 'perche', 'worum']);
/** Share of an insult's (or threat's) weight that becomes IDENTITY_ATTACK when the sentence names a group. */
const GROUP_INSULT_SHARE = 0.85;
const GROUP_THREAT_SHARE = 0.85;

function maxWeights(a: LexiconWeights, b: LexiconWeights): LexiconWeights {
  const out: LexiconWeights = { ...a };
  for (const attribute of ATTRIBUTES) {
    const w = b[attribute];
    if (w !== undefined && w > (out[attribute] ?? 0)) out[attribute] = w;
  }
  return out;
}

/** English contractions of "not" that {@link NEGATIONS} lacks ("Why hasn't anyone taken him out yet?" is a call). */
const WHY_NOT: ReadonlySet<string> = new Set(['hasn', 'haven', 'hadn']);

/**
 * Whether the sentence of token `k` asks why without a negation anywhere in it ("Why should he be executed?",
 * "Pourquoi faudrait-il le pendre?"; not the rhetorical "Warum erschiesst den niemand?", "Warum hat ihn noch keiner
 * …"). Only asked for threats, so it costs nothing on most comments.
 */
function isWhyQuestion(text: NormalizedText, k: number): boolean {
  const tokens = text.tokens;
  const sentence = (tokens[k] as Token).sentence;
  let first = k;
  while (first > 0 && (tokens[first - 1] as Token).sentence === sentence) first--;
  if (!WHY.has((tokens[first] as Token).norm)) return false;
  let last = first;
  for (;;) {
    const token = tokens[last] as Token;
    if (NEGATIONS.has(token.norm) || WHY_NOT.has(token.norm)) return false;
    const next = tokens[last + 1];
    if (next === undefined || next.sentence !== sentence) return text.text.slice(token.end, next?.begin ?? text.text.length).includes('?');
    last++;
  }
}

/** German verbs of hate in the second and third person and the plural, asked about in a why-question. */
const OTHERS_HATE: ReadonlySet<string> = new Set(['hasst', 'hassen', 'verachtet', 'verachten', 'verabscheut', 'verabscheuen']);
const WE: ReadonlySet<string> = new Set(['wir', 'ich']);

/** Words that open an exclamation before a swear word: "So eine Scheisse, …", "Oh Mann, so ein Scheiss". */
const EXCLAMATION_OPENERS: ReadonlySet<string> = new Set(['so', 'oh', 'ach', 'ah', 'mann', 'ein', 'eine', 'en', 'e', 'was', 'fuer', 'aber', 'ja', 'na', 'und', 'jo', 'aso', 'heilige', 'heiliger', 'heiligs']);
/** Words that close a sworn exclamation: "Verdammt nochmal", "Scheisse, was für ein Spiel". */
const EXCLAMATION_CLOSERS: ReadonlySet<string> = new Set(['nochmal', 'nochmals', 'noch', 'nomal', 'nomol', 'was', 'wie']);

/**
 * Whether a swear word is an exclamation of its own clause ("Scheisse, was für ein Spiel!", "Verdammt nochmal,
 * endlich", "Oh Mann, so eine Scheisse, …", "Verdammte Scheisse, …"): it opens its clause (at most after "so ein",
 * "oh", "heilige" or another swear word) and is followed by the clause's end, "nochmal" or another swear word that
 * is. Not "Scheiss Politiker", "Der Trainer ist scheisse". `profane` marks the tokens of swear words.
 */
export function isExclamation(text: NormalizedText, start: number, end: number, profane: Uint8Array): boolean {
  const tokens = text.tokens;
  const sentence = (tokens[start] as Token).sentence;
  for (let k = start - 1; k >= 0 && (tokens[k] as Token).sentence === sentence && !clauseBreak(text, k, k + 1); k--) {
    if (!EXCLAMATION_OPENERS.has((tokens[k] as Token).norm) && profane[k] !== 1) return false;
  }
  let k = end;
  while (k < tokens.length && profane[k] === 1 && (tokens[k] as Token).sentence === sentence && !clauseBreak(text, k - 1, k)) k++;
  const next = tokens[k];
  if (next === undefined || next.sentence !== sentence) return true;
  return clauseBreak(text, k - 1, k) || EXCLAMATION_CLOSERS.has(next.norm);
}

/** Words before "ich" that still leave it opening its clause: "Ach, ich Trottel", "Oh ich Idiot" (not "aber ich …"). */
const SIGHS_DE: ReadonlySet<string> = new Set(['ach', 'oh', 'oje', 'ojeh', 'jesses', 'tja']);

/**
 * "Ich Trottel hab meinen Schirm im Zug liegen lassen", "Ach, ich Idiot!": "ich" opening its clause right before the
 * word names the writer so; not "… sag ich Idiot zu dir", where "ich" follows a verb.
 */
function selfNamed(text: NormalizedText, start: number): boolean {
  const tokens = text.tokens;
  const pronoun = tokens[start - 1];
  if (pronoun === undefined || (pronoun.norm !== 'ich' && pronoun.norm !== 'i') || pronoun.sentence !== (tokens[start] as Token).sentence) return false;
  const before = tokens[start - 2];
  return before === undefined || before.sentence !== pronoun.sentence || clauseBreak(text, start - 2, start - 1) || SIGHS_DE.has(before.norm);
}

/**
 * "Sie" with a capital inside a sentence right before the word: the formal "you" ("Das ist gelogen, Sie Lügner"), not
 * "sie" (they, she).
 */
function formalYou(text: NormalizedText, k: number): boolean {
  const token = text.tokens[k];
  if (token === undefined || token.norm !== 'sie' || text.text.charAt(token.begin) !== 'S') return false;
  const before = text.tokens[k - 1];
  return before !== undefined && before.sentence === token.sentence;
}

/**
 * French, Italian and English: a demonstrative right before the word or opening the match ("ce crétin de ministre",
 * "this idiot", "questo idiota"): the writer points at someone and calls them so.
 */
function pointedAtOther(tokens: readonly Token[], start: number, language: Language): boolean {
  if (language === 'de' || language === 'other') return false;
  return tokens[start - 1]?.norm === 'ce' || tokens[start]?.norm === 'ce' || (start > 0 && pointedOther(tokens, start - 1)) || pointedOther(tokens, start);
}

/** "so ein …", "so eine …", "was für ein …": the writer exclaims the word of abuse ("…, so ein Idiot"). */
function exclaimedDe(tokens: readonly Token[], start: number): boolean {
  const article = tokens[start - 1]?.norm ?? '';
  if (article !== 'ein' && article !== 'eine' && article !== 'einen' && article !== 'en') return false;
  const before = tokens[start - 2]?.norm ?? '';
  return before === 'so' || (before === 'fuer' && tokens[start - 3]?.norm === 'was');
}

/** Second-person pronouns that make a following word of abuse a vocative ("ihr Vasallen", "du Idiot"). */
const VOCATIVES_DE: ReadonlySet<string> = new Set(['ihr', 'du']);

export function applyContext(
  m: TermMatch<LexiconPayload>,
  payload: LexiconPayload,
  tokens: readonly Token[],
  sentences: Readonly<Record<'callOutSentences' | 'identitySentences' | 'quotedIdentitySentences' | 'addressSentences' | 'reportingSentences' | 'fictionSentences' | 'sportSentences', ReadonlySet<number>>>,
  language: Language,
  text: NormalizedText,
  inReportedClause = false,
  /** A counter-speech cue elsewhere in the sentence, or the sentence is about speech (group-only rows). */
  countered = false,
  /** Negated by a rule that reads further than {@link isNegated} ("nobody said you were …"; insult-predicates.ts). */
  denied = false,
  /** A swear word as an exclamation, with no one insulted or addressed ("Scheisse, was für ein Spiel!"). */
  untargeted = false,
  /** An animal insult among words of farm and animal keeping (FARM in things-and-animals.ts): the animal, not a person. */
  animal = false,
): LexiconHit {
  const first = tokens[m.tokenStart] as Token;
  const contexts: HitContext[] = [];
  const inAddress = sentences.addressSentences.has(first.sentence);
  if (first.quoted) contexts.push('quoted');
  // Reporting verbs count on either side: "X nannte Y einen Idioten", "Wer andere als Idioten beschimpft, …".
  // "Warum schreibt dieses Vasallenpack …", "… hetzen weiter, dieser Schweinejournalist …": a German demonstrative
  // right before the word points at someone the writer calls so; the reporting verb or call-out is theirs, not a report.
  // Likewise "ihr" or "du" right before the word, or before a name and the word (a noun: "dass du Muslime hasst" is a
  // verb), calls the reader so ("Warum schreibt ihr Merkel Vasallen nicht die Wahrheit?").
  // Not what someone is reported to have said after a colon ("Er schrieb mir: du Idiot").
  // Looked for in German comments only: elsewhere the answer is never read.
  const pronoun = language !== 'de' ? -1 : VOCATIVES_DE.has(tokens[m.tokenStart - 1]?.norm ?? '') || formalYou(text, m.tokenStart - 1) ? m.tokenStart - 1 : VOCATIVES_DE.has(tokens[m.tokenStart - 2]?.norm ?? '') && isNoun(text, m.tokenStart - 1) && isNoun(text, m.tokenStart) ? m.tokenStart - 2 : -1;
  const vocative = pronoun >= 0 && (pronoun === 0 || !text.text.slice((tokens[pronoun - 1] as Token).end, (tokens[pronoun] as Token).begin).includes(':'));
  const pointed = language === 'de' && (DEMONSTRATIVES_DE.has(first.norm) || DEMONSTRATIVES_DE.has(tokens[m.tokenStart - 1]?.norm ?? '') || vocative) && !first.quoted;
  if (!pointed && (sentences.reportingSentences.has(first.sentence) || inReportedClause)) contexts.push('reported');
  // Violence told in the past or as done by others ("Putin lässt seine Gegner umbringen", "troops killed hundreds").
  else if (payload.category === 'threat' && narratesViolence(text, m.tokenStart, language)) contexts.push('reported');
  // Only words for people are used after "kein" without a copula; threats and contempt verbs keep every negation.
  const attributiveKein = payload.category === 'insult' || payload.category === 'body' || payload.category === 'slur';
  if (denied || isNegated(text, m.tokenStart, m.tokenEnd, termWords(m.term), payload.category === 'threat' || payload.negationAfter === true, language, attributiveKein, payload.category === 'profanity' || payload.category === 'slur' ? payload.category : undefined, payload.category === 'threat') || answeredNo(text, m.tokenStart)) contexts.push('negated');
  // A word of abuse called to the reader ("Glaubst du wirklich, dass das jemand liest, du Idiot?"), pointed at someone
  // ("Das stimmt nicht, diese Idioten im Bundesrat lügen") or exclaimed ("Der Trainer hat nichts verstanden, so ein
  // Idiot") is used, whatever counter-speech cue stands in its sentence.
  if ((countered && !pointed && !(language === 'de' && exclaimedDe(tokens, m.tokenStart)) && !pointedAtOther(tokens, m.tokenStart, language)) || (!inAddress && !pointed && sentences.callOutSentences.has(first.sentence))) contexts.push('counter');
  // Games, films, sport and why-questions discount threats only: an insult in a question is still an insult.
  // On the pitch a threat is play, but not one whose words name the reader as its object ("allo stadio ti aspetto fuori
  // e ti faccio a pezzi"; READER_OBJECTS).
  const onPitch = sentences.sportSentences.has(first.sentence) && !(language !== 'other' && wordIn(tokens, m.tokenStart, m.tokenEnd, READER_OBJECTS[language]));
  if (payload.category === 'threat' && (sentences.fictionSentences.has(first.sentence) || onPitch)) contexts.push('fiction');
  if (untargeted) contexts.push('untargeted');
  if (animal) contexts.push('thing');
  // Words for people only: the rows of contempt for a group ("Ich hasse Juden") are verbs and weigh through the group.
  if (payload.category === 'insult' && payload.group === undefined && m.tokenEnd - m.tokenStart === 1 && (language === 'de' || language === 'other') && selfNamed(text, m.tokenStart)) contexts.push('self');
  // "Warum hassen so viele Leute Schwule?", "Warum hasst du Frauen?": asked why others hate, not hating.
  if ((payload.category === 'threat' || (language === 'de' && OTHERS_HATE.has(m.term) && !wordIn(tokens, sentenceStart(tokens, m.tokenStart), sentenceEnd(tokens, m.tokenStart), WE))) && isWhyQuestion(text, m.tokenStart)) contexts.push('question');
  const object = payload.category === 'threat' ? threatObject(text, m, language, (payload.weights.TOXICITY ?? 0) === 0) : undefined;
  if (object !== undefined) contexts.push(object);
  let factor = 1;
  for (const c of contexts) factor *= CONTEXT_FACTORS[c];
  const addressed = contexts.length === 0 && inAddress;
  const aboutGroup = sentences.identitySentences.has(first.sentence) || (first.quoted && sentences.quotedIdentitySentences.has(first.sentence));
  const base = aboutGroup && payload.group !== undefined ? maxWeights(payload.weights, payload.group) : payload.weights;
  // Each attribute by name, in ATTRIBUTES order (the order of the object's keys): written in a loop with a changing
  // key, every read and write was a megamorphic keyed lookup, a dozen per hit.
  const weights: LexiconWeights = {};
  const boost = (w: number): number => (addressed ? 1 - (1 - w) * ADDRESS_BOOST : w);
  if (base.TOXICITY !== undefined) weights.TOXICITY = boost(base.TOXICITY) * factor;
  if (base.SEVERE_TOXICITY !== undefined) weights.SEVERE_TOXICITY = base.SEVERE_TOXICITY * factor;
  if (base.INSULT !== undefined) weights.INSULT = boost(base.INSULT) * factor;
  if (base.PROFANITY !== undefined) weights.PROFANITY = base.PROFANITY * factor;
  if (base.THREAT !== undefined) weights.THREAT = base.THREAT * factor;
  if (base.IDENTITY_ATTACK !== undefined) weights.IDENTITY_ATTACK = base.IDENTITY_ATTACK * factor;
  const insulting = payload.category !== 'profanity' && payload.category !== 'allow';
  if (insulting && aboutGroup) {
    // Calling for violence against a group is an attack on it as much as a threat.
    const attack = Math.max((weights.INSULT ?? 0) * GROUP_INSULT_SHARE, (weights.THREAT ?? 0) * GROUP_THREAT_SHARE);
    weights.IDENTITY_ATTACK = Math.max(weights.IDENTITY_ATTACK ?? 0, attack);
  }
  const suffix = contexts.length > 0 ? `+${contexts.join('+')}` : '';
  const hit: LexiconHit = { begin: m.begin, end: m.end, rule: `lexicon:${m.id}${suffix}`, category: payload.category, weights, contexts, addressed };
  if (payload.veiled === true) hit.veiled = true;
  return hit;
}
