/**
 * Negation: whether a lexicon match is negated ("kein Idiot", "bring dich nicht um", "Dumm ist er nicht", "Ich glaube
 * nicht, dass …", "Nicht jeder, der …") or put up as a question answered "no", and the words that look like a
 * negation but are none ("nicht nur", "n'oubliez pas", "keine Gnade", "nothing but").
 */
import type { Language } from '../../domain';
import type { NormalizedText, Token } from './text-normalizer';
import { WordSet } from './word-table';
import { clauseBreak, COPULAS_DE, endsInQuestion, isNoun, romanceInfinitive, sentenceStart } from './clause-helpers';

const NEGATION_WINDOW = 4;
const AFTER_NEGATION_WINDOW = 3;
// Cue words in normalised form (ä → ae, accents removed).
export const NEGATIONS: ReadonlySet<string> = new Set([
  'nicht', 'kein', 'keine', 'keinen', 'keiner', 'keines', 'keinem', 'nie', 'niemals', 'noed', 'nid', 'not', 'no', 'never', 'isn',
  'aren', 'wasn', 'weren', 'don', 'doesn', 'didn', 'pas', 'jamais', 'non', 'mai', 'nessun', 'nessuno', 'nemmeno', 'niemand', 'nobody',
  'noone', 'none', 'personne', 'aucun', 'aucune', 'nessuna',
  // German "weder … noch", "keineswegs"; Swiss German "kei", "kä", "keis", "keini" (kein), "niemer", "niemert" (niemand).
  'weder', 'keineswegs', 'keinesfalls', 'kei', 'kae', 'keis', 'keini', 'kaei', 'niemer', 'niemert',
  // "niemand" as object: "Man sollte niemanden als … bezeichnen", "niemandem ein Idiot".
  'niemanden', 'niemandem',
  // Swiss German "ke" ("Er isch ke Idiot"); in Italian chat it is "che" ("ke schifo"): German only (NOT_NEGATIONS_OTHER).
  'ke',
]);
// "no-vax", "no-global", "No-Billag": a movement's name, not a negation ("Voi no-vax siete dei decerebrati").
const NOT_A_NEGATION_BEFORE = new Set(['nur', 'bloss', 'only', 'just', 'seulement', 'solo', 'solamente', 'vax', 'global', 'billag']);
/** Words after "nicht" that make it a tag question, not a negation ("nicht wahr"). */
const NOT_A_NEGATION_AFTER = new Set(['wahr', 'so', 'mehr']);

/** Swiss German "no" is "noch" ("du bisch no en Tubel"), not a negation. */
const NOT_NEGATIONS_DE: ReadonlySet<string> = new Set(['no']);
/** Outside German, "ke" is Italian chat for "che" ("ke schifo"), not the Swiss German "kein". */
const NOT_NEGATIONS_OTHER: ReadonlySet<string> = new Set(['ke']);

/**
 * Words that open a new clause: a negation after them belongs to that clause, not to the threat before it
 * ("prenderli a bastonate finché non spariscono", "ich bring dich um, wenn du nicht gehst", "until they don't").
 */
const CLAUSE_STARTS: ReadonlySet<string> = new Set(['finche', 'bis', 'bevor', 'wenn', 'falls', 'sonst', 'damit', 'until', 'unless', 'before', 'if', 'avant', 'jusqu', 'sinon', 'si', 'se', 'prima']);

/** "Nobody" after a threat is the subject of the next clause ("ti faccio sparire, e nessuno se ne accorgerà"), not its negation. */
const NOBODY: ReadonlySet<string> = new Set(['niemand', 'nobody', 'noone', 'personne', 'nessuno', 'nessun', 'nessuna', 'none']);

/** {@link NEGATIONS} asked about tokens: {@link negatesAt} runs over most tokens near a hit, and most are no negation. */
const NEGATION_WORDS = new WordSet(NEGATIONS);

function negatesAt(tokens: readonly Token[], k: number, notNegations: ReadonlySet<string>): boolean {
  const token = tokens[k] as Token;
  // "alles andere als dumm": a negation of three words, counted at its last.
  if (token.norm === 'als') return tokens[k - 1]?.norm === 'andere' && tokens[k - 2]?.norm === 'alles';
  // The same in French, Italian and English: "tout sauf un idiot", "tutt'altro che un idiota", "anything but an idiot",
  // "the very opposite of stupid".
  // Only as a predicate: "Tout sauf ce crétin de ministre" excepts someone the writer calls so.
  if (ANYTHING_BUT.has(token.norm)) return ANYTHING_BUT.get(token.norm) === tokens[k - 1]?.norm && (token.norm !== 'che' || tokens[k - 2]?.norm === 'tutt') && copulaWithin(tokens, k - 5, k - 1);
  if (!NEGATION_WORDS.has(token) || notNegations.has(token.norm)) return false;
  // "Nobody asked for your braindead opinion", "Niemand hat nach deiner dummen Meinung gefragt": no one asking or caring
  // negates the asking, not the insult said of what was not asked for.
  if (NOBODY.has(token.norm) && nobodyAsked(tokens, k)) return false;
  const next = tokens[k + 1];
  // "nicht nur dumm" is no negation, but "Dumm ist das nicht, nur teuer" is: only a "nur" right after counts.
  const notOnly = next !== undefined && NOT_A_NEGATION_BEFORE.has(next.norm) && next.begin - token.end <= 1;
  // "N'oubliez pas qu'ils ne sont que des …", "non dimenticate che …", "never forget that …": a reminder asserts what follows.
  const forget = FORGET.has(tokens[k - 1]?.norm ?? '') || FORGET.has(next?.norm ?? '') || (next?.norm === 't' && FORGET.has(tokens[k + 2]?.norm ?? ''));
  // "Düsseldorf ist nicht die einzige dumme Stadt": "not the only one" says it is one.
  const notTheOnly = next !== undefined && ARTICLES_DE.has(next.norm) && (tokens[k + 2]?.norm ?? '').startsWith('einzig');
  return !notOnly && !notTheOnly && !forget && !EMPHATIC.has(next?.norm ?? '') && !nothingBut(tokens, k) && !noneMore(tokens, k);
}

/** Verbs of asking and caring after "nobody" ("nobody asked", "niemand hat … gefragt", "personne ne t'a demandé", "nessuno ha chiesto"). */
const ASKED: ReadonlySet<string> = new Set(['asked', 'cares', 'cared', 'wants', 'wanted', 'gefragt', 'fragt', 'interessiert', 'will', 'demande', 'demandait', 'veut', 'chiesto', 'chiede', 'importa', 'vuole']);
const ASKED_WINDOW = 4;

function nobodyAsked(tokens: readonly Token[], k: number): boolean {
  const sentence = (tokens[k] as Token).sentence;
  for (let j = k + 1; j < tokens.length && j <= k + ASKED_WINDOW && (tokens[j] as Token).sentence === sentence; j++) if (ASKED.has((tokens[j] as Token).norm)) return true;
  return false;
}

function copulaWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = Math.max(0, from); j <= to; j++) if (COPULAS_OTHER.has((tokens[j] as Token).norm)) return true;
  return false;
}

/** The last word of a negation of two or three words ("tout sauf", "tutt'altro che", "anything but", "opposite of") and the word before it. */
const ANYTHING_BUT: ReadonlyMap<string, string> = new Map([['sauf', 'tout'], ['che', 'altro'], ['but', 'anything'], ['of', 'opposite']]);

/** "(Il n')y a pas plus neuneu que …", "non c'è nessuno più scemo di …": a superlative, not a negation. */
function noneMore(tokens: readonly Token[], k: number): boolean {
  let q = k + 1;
  if (tokens[q]?.norm === 'nessuno' || tokens[q]?.norm === 'personne') q++;
  if (tokens[q]?.norm !== 'plus' && tokens[q]?.norm !== 'piu') return false;
  for (let r = q + 2; r <= q + 4 && r < tokens.length; r++) if (SUPERLATIVE_THAN.has((tokens[r] as Token).norm)) return true;
  return false;
}
const SUPERLATIVE_THAN: ReadonlySet<string> = new Set(['que', 'qu', 'di', 'del', 'della', 'dei', 'degli', 'delle']);

const ARTICLES_DE: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'de', 'dr']);

/** "non sono altro che ladri", "ne sont rien d'autre que des pantins", "nothing but": a negation that means "only". */
function nothingBut(tokens: readonly Token[], k: number): boolean {
  for (let q = k + 1; q <= k + 4 && q + 1 < tokens.length; q++) {
    const w = (tokens[q] as Token).norm;
    const after = (tokens[q + 1] as Token).norm;
    if ((w === 'altro' && after === 'che') || (w === 'autre' && (after === 'que' || after === 'qu')) || (w === 'nothing' && after === 'but')) return true;
  }
  return false;
}

/** Verbs of forgetting: negated, they remind ("n'oubliez pas", "non dimenticate", "vergesst nicht", "don't forget"). */
const FORGET: ReadonlySet<string> = new Set([
  'oublie', 'oublies', 'oubliez', 'oublions', 'dimenticate', 'dimenticare', 'dimentichiamo', 'dimenticarti', 'scordate', 'scordare',
  'scordiamoci', 'vergesst', 'vergiss', 'vergessen', 'forget',
]);

/**
 * "Keine Gnade", "kei Witz", "keine Frage": emphasis that negates nothing else in the sentence; nor does a rhetorical
 * "not want to know" ("Ich möchte nicht wissen, wie viele solche Kreaturen wir beherbergen").
 */
const EMPHATIC: ReadonlySet<string> = new Set(['gnade', 'gnad', 'witz', 'scherz', 'seich', 'erbarmen', 'mitleid', 'zweifel', 'frage', 'mercy', 'joke', 'pitie', 'wissen']);
/** "kein Politiker, sondern ein Idiot": the negation ends where the contrast begins. */
const CONTRAST: ReadonlySet<string> = new Set(['sondern', 'sonder', 'but', 'mais', 'bensi']);
/**
 * German demonstratives point at someone real: a negation before them is about something else ("SPD nicht wählbar,
 * dieses üble Pack", "Schon gar nicht diese Schabracke"), not a denial that the word fits, unless a copula comes
 * first ("Er ist nicht dieser Idiot").
 */
export const DEMONSTRATIVES_DE: ReadonlySet<string> = new Set(['diese', 'dieses', 'dieser', 'diesen', 'diesem', 'dise', 'dises', 'disi']);

/** Demonstratives in French, Italian and English (not "that", also a conjunction; not "ce", also a subject). */
const DEMONSTRATIVES_OTHER: ReadonlySet<string> = new Set([
  'this', 'these', 'those', 'ces', 'cet', 'cette', 'questo', 'questa', 'questi', 'queste', 'quel', 'quella', 'quei', 'quegli', 'quelle', 'quelli', 'sti',
]);
/** Copulas before a demonstrative, with the negation between or before them: "is not these", "n'est pas ces", "non sono questi". */
const COPULAS_OTHER: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'isn', 'aren', 'wasn', 'weren', 'est', 'sont', 'es', 'suis', 'etait', 'etaient', 'etre', 'e', 'sono', 'sei', 'era', 'erano', 'essere', 'siete', 'siamo',
]);

/** Verbs that take a word as their object (to say, call, write, use it): a negation before them denies the word. */
const WORD_VERBS_OTHER: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'call', 'calls', 'called', 'calling', 'use', 'using', 'write', 'dire', 'dis', 'dit', 'dites', 'disent', 'appeler', 'appelle',
  'appelez', 'traiter', 'traite', 'traitez', 'ecrire', 'utiliser', 'employer', 'dico', 'dice', 'dite', 'dicono', 'chiamare', 'chiama', 'chiamate',
  'usare', 'scrivere', 'word', 'mot', 'parola', 'terme', 'termine',
]);
/** How far before the negation the verb it negates may stand ("ne dis pas", "n'est jamais", "non dire mai"). */
const SLUR_VERB_BEFORE = 2;
/** "I am not your …", "I'm not a …". */
const FIRST_PERSON_BE: ReadonlySet<string> = new Set(['am', 'm']);

/**
 * Fr/it/en: whether a slur at `start` names people whatever the negation at `k` denies ("Aucun n… passe par là
 * sans …", "J'ai jamais vu un n… aussi …", "n'aiment pas voir n… au sommet"): no copula (a denied predicate, "il n'est
 * pas un …") and no verb of saying or calling (a word not to use, "on ne dit pas …") between or just before.
 */
function slurReferentialOther(tokens: readonly Token[], k: number, start: number): boolean {
  for (let q = Math.max(0, k - SLUR_VERB_BEFORE); q < start; q++) {
    const w = (tokens[q] as Token).norm;
    if (COPULAS_OTHER.has(w) || FIRST_PERSON_BE.has(w) || WORD_VERBS_OTHER.has(w)) return false;
  }
  return true;
}

/** Whether the word at `k` is a demonstrative outside German that no copula comes right before (see {@link isNegated}). */
export function pointedOther(tokens: readonly Token[], k: number): boolean {
  return DEMONSTRATIVES_OTHER.has((tokens[k] as Token).norm) && !COPULAS_OTHER.has(tokens[k - 1]?.norm ?? '') && !COPULAS_OTHER.has(tokens[k - 2]?.norm ?? '');
}

/** A predicate put first leaves the negation at the end of the clause: "Dumm ist der Vorschlag nicht". */
const FRONTED_WINDOW = 4;
/** Words that may come before a predicate put first in its clause: "aber ein Idiot ist er nicht". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['aber', 'und', 'doch', 'ein', 'eine', 'einen', 'en', 'e', 'so']);

/** Whether the token opens its clause, after at most a conjunction and an article. */
function opensClause(text: NormalizedText, start: number): boolean {
  const tokens = text.tokens;
  const sentence = (tokens[start] as Token).sentence;
  for (let k = start - 1; k >= 0 && (tokens[k] as Token).sentence === sentence && !clauseBreak(text, k, k + 1); k--) {
    if (!CLAUSE_OPENERS.has((tokens[k] as Token).norm)) return false;
  }
  return true;
}

/**
 * Finite verbs of opinion and saying: negated before a "dass" clause ("Ich glaube nicht, dass er ein Idiot ist",
 * "Es stimmt nicht, dass …", "I ha nie gseit, dass …"), they deny what the clause says. Infinitives are left out:
 * "Ich kann nicht glauben, dass er so ein Idiot ist" affirms it.
 */
const OPINION_VERBS: ReadonlySet<string> = new Set([
  'glaube', 'glaubt', 'glaub', 'denke', 'denkt', 'denk', 'finde', 'findet', 'find', 'meine', 'meint', 'behaupte', 'behauptet', 'gesagt',
  'gseit', 'sage', 'sagt', 'heisst', 'bedeutet', 'stimmt', 'wahr', 'wuerde', 'wuerd', 'geschrieben',
]);
const DASS: ReadonlySet<string> = new Set(['dass', 'das']);
/** How far back from the insult the "dass", and from the "dass" the negated verb, may be. */
const DASS_WINDOW = 8;
const OPINION_WINDOW = 5;

/**
 * Whether the match is the predicate of a "dass" clause (the copula right after it, or after one more word) whose
 * main clause negates a verb of opinion: "Ich glaube wirklich nicht, dass der Bundesrat ein Idiot ist".
 */
function deniedOpinion(tokens: readonly Token[], start: number, end: number, notNegations: ReadonlySet<string>): boolean {
  const sentence = (tokens[start] as Token).sentence;
  // The copula may close the match itself, and the "dass" open it ("dass * kriminell sind").
  if (!COPULAS_DE.has(tokens[end]?.norm ?? '') && !COPULAS_DE.has(tokens[end + 1]?.norm ?? '') && !COPULAS_DE.has(tokens[end - 1]?.norm ?? '')) return false;
  for (let d = DASS.has((tokens[start] as Token).norm) ? start : start - 1; d >= 0 && d >= start - DASS_WINDOW; d--) {
    const token = tokens[d] as Token;
    if (token.sentence !== sentence) return false;
    if (!DASS.has(token.norm)) continue;
    let verb = false;
    let negation = false;
    for (let k = d - 1; k >= 0 && k >= d - OPINION_WINDOW; k--) {
      const before = tokens[k] as Token;
      if (before.sentence !== sentence) break;
      verb ||= OPINION_VERBS.has(before.norm);
      negation ||= negatesAt(tokens, k, notNegations);
    }
    // "Findet ihr nicht auch, dass Frauen wertlos sind?": asking the reader to agree, not denying.
    return verb && negation && !agreeingQuestion(tokens, d);
  }
  return false;
}

/** Verbs of opinion that open a question asking the reader to agree ("Findet ihr nicht auch, dass …?"). */
const AGREE_VERBS_DE: ReadonlySet<string> = new Set(['findet', 'findest', 'finden', 'meint', 'meinst', 'meinen', 'denkt', 'denkst', 'denken', 'glaubt', 'glaubst', 'glauben']);

/** Whether the sentence before "dass" at `d` opens with a verb of opinion and says "nicht auch" ("Findest du nicht auch, dass …"). */
function agreeingQuestion(tokens: readonly Token[], d: number): boolean {
  const first = sentenceStart(tokens, d);
  if (!AGREE_VERBS_DE.has((tokens[first] as Token).norm)) return false;
  for (let k = first + 1; k + 1 < d; k++) if ((tokens[k] as Token).norm === 'nicht' && (tokens[k + 1] as Token).norm === 'auch') return true;
  return false;
}

/**
 * A negation shortly before the match, inside a multi-word match ("bring dich nicht um"), or — for threats and
 * death wishes, where German puts "nicht" at the end of the clause — shortly after it ("hoffentlich stirbt er nicht").
 * A negation that is part of the term itself ("sind keine Menschen", "not the sharpest tool") does not count.
 */
/** Words of a prohibition: "illegal", "illégal", "illegale", "a crime", "un délit", "reato", "punishable". */
const PROHIBITIONS: ReadonlySet<string> = new Set([
  'illegal', 'illegale', 'illegales', 'illegaux', 'illegali', 'crime', 'crimes', 'crimine', 'reato', 'delit', 'punishable', 'punissable', 'punibile',
  'forbidden', 'interdit', 'interdite', 'vietato', 'vietata',
  // "… deserve to die is not wrong": a denied verdict endorses the act as a denied ban does.
  'wrong', 'faux', 'sbagliato',
]);
const PROHIBITION_WINDOW = 4;
const NOT_ALWAYS: ReadonlySet<string> = new Set(['always', 'necessarily', 'toujours', 'forcement', 'necessairement', 'sempre', 'necessariamente']);

/**
 * Fr/it/en: whether the negation at `k` denies a prohibition of what the comment names ("Raping him should not be
 * illegal", "Le violer ne devrait pas être illégal", "Picchiarli non dovrebbe essere reato", "It should not be a
 * crime to …"): the writer wants the act allowed, which asserts it rather than denying it.
 */
export function deniesProhibition(tokens: readonly Token[], k: number, from = k + 1): boolean {
  const sentence = tokens[k]?.sentence;
  // "Killing in self-defence is not always illegal": a qualified statement of the law, no wish.
  if (NOT_ALWAYS.has(tokens[k + 1]?.norm ?? '')) return false;
  // `from`: a prohibition word inside the words denied is theirs, not a verdict on them ("Refugees do not bring crime").
  for (let q = from; q < tokens.length && q <= k + PROHIBITION_WINDOW; q++) {
    const t = tokens[q] as Token;
    if (t.sentence !== sentence) return false;
    if (PROHIBITIONS.has(t.norm)) return true;
  }
  return false;
}

/** "without" before a verb: "sans détester", "senza odiare", "without hating", "ohne … zu hassen". */
const WITHOUT: ReadonlySet<string> = new Set(['ohne', 'sans', 'senza', 'without']);
const WITHOUT_WINDOW_DE = 5;

/**
 * Whether the verb at `start` follows "without" in its clause: "On peut critiquer la Russie sans détester les Russes",
 * "Si può criticare la Russia senza odiare i russi", "without hating Russians", "ohne Russen zu hassen". The verb's
 * form is required (an infinitive, an -ing form, a German zu-infinitive), so a noun after "without" keeps its weight
 * ("Ohne Idioten wie dich …", "sans ces abrutis").
 */
function withoutVerb(text: NormalizedText, start: number, language: Language): boolean {
  const tokens = text.tokens;
  const norm = (tokens[start] as Token).norm;
  if (language === 'de' || language === 'other') {
    if (!(tokens[start - 1]?.norm === 'zu' || /^(?:um|ab|auf|aus|hin|kalt|tot)zu/.test(norm))) return false;
    for (let k = start - 1; k >= 0 && k >= start - WITHOUT_WINDOW_DE; k--) {
      if (clauseBreak(text, k, k + 1)) return false;
      if ((tokens[k] as Token).norm === 'ohne') return true;
    }
    return false;
  }
  // One adverb or clitic may stand between: "sans jamais tuer", "senza mai odiare", "sans les détester".
  const before = WITHOUT.has(tokens[start - 1]?.norm ?? '') ? start - 1 : WITHOUT.has(tokens[start - 2]?.norm ?? '') && !clauseBreak(text, start - 2, start - 1) ? start - 2 : -1;
  if (before >= 0 && !clauseBreak(text, before, start)) {
    if (language === 'fr' || language === 'it') return romanceInfinitive(norm, language);
    return norm.endsWith('ing');
  }
  // French and Italian: the infinitive may come before the words of the match, up to three words after "without"
  // ("senza augurare la morte a nessuno", "sans se faire tabasser"); a noun alone after it keeps its weight.
  if (language !== 'fr' && language !== 'it') return false;
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    if (clauseBreak(text, k, k + 1)) return false;
    if (!WITHOUT.has((tokens[k] as Token).norm)) continue;
    for (let j = k + 1; j <= start; j++) if (romanceInfinitive((tokens[j] as Token).norm, language)) return true;
    return false;
  }
  return false;
}

/** "besser", "lieber", "meglio", "mieux" up to three words before a negation: advice, not denial ("Du solltest besser nicht …"). */
const ADVICE_BEFORE_NOT: ReadonlySet<string> = new Set(['besser', 'lieber', 'meglio', 'mieux']);

/**
 * Whether the negation at `k` gives advice that warns ("Leute wie du sollten besser nicht allein im Dunkeln herumlaufen",
 * "farebbe meglio a non uscire da sola la sera"): for threats only, where the warning is the threat.
 */
function warningAdvice(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (ADVICE_BEFORE_NOT.has((tokens[j] as Token).norm)) return true;
  return false;
}

export function isNegated(text: NormalizedText, start: number, end: number, words: ReadonlySet<string>, lookAhead: boolean, language: Language, attributiveKein = false, swear?: 'profanity' | 'slur', threat = false): boolean {
  const tokens = text.tokens;
  if (withoutVerb(text, start, language)) return true;
  const notNegations = language === 'de' ? NOT_NEGATIONS_DE : NOT_NEGATIONS_OTHER;
  const sentence = tokens[start]?.sentence;
  // Back to the start of the clause: "Dä chunt nöd devo, ich bring en um" is no negated threat.
  const german = language === 'de';
  // A preposition between the negation and a noun: the negation denies the event, not the word ("Ich lass mir mein Land
  // nicht von einer Horde Nafris nehmen", "nicht mit diesen Schmarotzern").
  let preposition = false;
  // "Warum verstehst du das nicht du Idiot", "Kein Quatsch oder willst du Wicht …": "du" right before the word (or
  // opening the term) calls the reader so, a phrase of its own that a negation before it does not reach.
  const vocative = german ? (VOCATIVE_DE.has(tokens[start]?.norm ?? '') ? start : VOCATIVE_DE.has(tokens[start - 1]?.norm ?? '') ? start - 1 : -1) : -1;
  // "Ne touchez pas à nos gosses, espèce de nazi", "je suis pas gay sale …", "Don't lecture us you clown": a vocative
  // opens a phrase of its own that the negation before it does not reach.
  const reach = !german && (vocativeAt(tokens, start, language) || pointedOther(tokens, start)) ? start : start - NEGATION_WINDOW;
  for (let k = start - 1; k >= 0 && k >= reach; k--) {
    const before = tokens[k] as Token;
    if (before.sentence !== sentence || (CONTRAST.has(before.norm) && tokens[k - 1]?.norm !== 'anything') || k < vocative) break;
    // "Nobody cares, loser", "Personne ne t'a rien demandé, abruti", "Dä chunt nöd devo, ich bring en um",
    // "Ich glaube nicht, dass dieser Idiot …": a negation in the clause before does not reach what is said after the
    // break (a denied opinion about a predicate, "…, dass er ein Idiot ist", is read by deniedOpinion and the
    // predicate grammar).
    if (clauseBreak(text, k, k + 1)) break;
    // German clauses run on without a comma: "kein Geld aber für saudumme Aktionen", "das sind doch keine Journalisten
    // das sind Schmierfinke": "aber" or a new subject with its copula starts the clause of the word.
    if (german && (before.norm === 'aber' || (COPULAS_DE.has(before.norm) && NEW_SUBJECTS.has(tokens[k - 1]?.norm ?? '') && k - 1 > start - NEGATION_WINDOW))) break;
    // "Non sa né scrivere né ragionare": Italian wants "non" before "né … né", which is the negation itself.
    if (language === 'it' && before.norm === 'non' && tokens[start]?.norm === 'ne') continue;
    preposition ||= german && PREPOSITIONS_DE.has(before.norm);
    if (negatesAt(tokens, k, notNegations) && !(german && hyphenPrefix(text, k))) {
      // "Laber keinen Scheiss", "Frauen verstehen keinen Scheiss", "kein Arsch in der Hose": "kein" counts the swear
      // word's noun, it does not unsay it; unless the phrase is a denied predicate ("Sie sind kein verdammter …", "…, dass
      // ich kein Arsch bin").
      // "das würde sich nicht einmal ein Nafri antun", "Nicht mal ein Vollidiot würde so etwas schreiben": "nicht einmal ein …"
      // sets the word as the lowest bar, it does not deny it; after a copula it does ("Er ist nicht einmal ein Idiot").
      if (german && notEvenA(tokens, k, start) && !copulaBefore(text, k)) continue;
      if (threat && warningAdvice(tokens, k)) continue;
      // "Sind Frauen nicht einfach zu dumm für …?", "Ist der nicht ein Idiot?": a question that opens with the copula and
      // puts "nicht" before the word asks the reader to agree; it does not deny it.
      if (german && askedToAgree(text, k, true)) continue;
      if (swear === 'profanity' && german && KEIN_FORMS.has(before.norm) && !copulaBefore(text, k) && !KEIN_DENIERS.has(tokens[end]?.norm ?? '')) continue;
      // A slur names people whatever is done to them: "Ich werde mein Haus nicht an einen N… vermieten", "nie etwas mit
      // Schwuchteln zu tun haben". Denied as a predicate or a word to say, it stays negated ("Er ist kein Kanake", "Man
      // darf nicht mehr Zigeuner sagen", "niemanden als … bezeichnen").
      if (swear === 'slur' && german && referential(text, k, end)) continue;
      // "… bin ich kein Dönerfresser #dreckstürken": "kein" denies the noun right after it, not a slur after that noun.
      if (swear === 'slur' && german && KEIN_FORMS.has(before.norm) && k + 1 < start && isNoun(text, k + 1)) continue;
      if (swear === 'slur' && !german && slurReferentialOther(tokens, k, start)) continue;
      if (!german && assertsDespiteNegation(text, k, start)) continue;
      if (!german && deniesProhibition(tokens, k, end)) break;
      if (attributiveKein && german && (isNoun(text, start) || attributiveBeforeNoun(text, start, end)) && ((KEIN_FORMS.has(before.norm) && keinRefuses(text, k, start, end, german)) || (preposition && !correctedAfter(tokens, end) && !copulaBefore(text, k)))) continue;
      return true;
    }
    // "I don't trust these idiots", "Je ne fais pas confiance à ces imbéciles": a demonstrative points at people the
    // writer calls so, the negation is about the verb; not after a copula ("He is not this idiot", "n'est pas ce …").
    if (!german && pointedOther(tokens, k)) break;
    // "Er ist nicht dieser Idiot": after a copula the negation still denies the word.
    if (language === 'de' && DEMONSTRATIVES_DE.has(before.norm)) {
      const copula = tokens[k - 2]?.norm ?? '';
      if (k >= 2 && negatesAt(tokens, k - 1, notNegations) && (COPULAS_DE.has(copula) || copula === 'bin')) return true;
      break;
    }
  }
  for (let k = start + 1; k < end; k++) if (negatesAt(tokens, k, notNegations) && !words.has((tokens[k] as Token).norm) && (german || !assertsDespiteNegation(text, k, end))) return true;
  if (language === 'de' || language === 'other') {
    // "Dumm ist er nicht", "…, aber ein Idiot ist er nicht": the predicate first in its clause, the copula after it,
    // the negation at the end.
    if (COPULAS_DE.has(tokens[end]?.norm ?? '') && opensClause(text, start)) {
      for (let k = end + 1; k < tokens.length && k <= end + FRONTED_WINDOW; k++) {
        if ((tokens[k] as Token).sentence !== sentence || clauseBreak(text, k - 1, k)) break;
        if (negatesAt(tokens, k, notNegations)) return true;
      }
    }
    if (deniedOpinion(tokens, start, end, notNegations)) return true;
    if (notEveryone(tokens, start)) return true;
  } else if (!vocativeAt(tokens, start, language) && deniedClaim(text, start, notNegations)) return true;
  if (!lookAhead) return false;
  if (german && negatedLicence(text, start, end, notNegations)) return true;
  if (language === 'fr' && frenchNeBefore(text, start, end, notNegations)) return true;
  for (let k = end; k < tokens.length && k < end + AFTER_NEGATION_WINDOW; k++) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence || clauseBreak(text, k - 1, k) || CLAUSE_STARTS.has(token.norm)) break;
    // "Erhängt alle die nicht aus Deutschland sind": a relative clause after "alle" without its comma says who is meant.
    if (german && RELATIVES_AFTER_ALL_DE.has(token.norm) && ALL_DE.has(tokens[k - 1]?.norm ?? '')) break;
    if (negatesAt(tokens, k, notNegations) && !NOT_A_NEGATION_AFTER.has(tokens[k + 1]?.norm ?? '') && !NOBODY.has(token.norm)) {
      if (german && askedToAgree(text, k, true)) break;
      return german || !deniesProhibition(tokens, k);
    }
  }
  return false;
}

/** French "ne" (or "n'") right before the verb, a clitic or two between allowed ("je ne lui souhaite"). */
const NE: ReadonlySet<string> = new Set(['ne', 'n']);
const FR_CLITICS: ReadonlySet<string> = new Set(['lui', 'leur', 'te', 't', 'vous', 'le', 'la', 'les', 'l', 'y', 'en']);

/**
 * French: "ne" before the verb and its second half after the match, "personne" included ("Je ne souhaite la mort de
 * personne", "je ne lui souhaite jamais de mal"). "ne … que" (only) is no negation.
 */
function frenchNeBefore(text: NormalizedText, start: number, end: number, notNegations: ReadonlySet<string>): boolean {
  const tokens = text.tokens;
  let k = start - 1;
  while (k > start - 3 && FR_CLITICS.has(tokens[k]?.norm ?? '')) k--;
  if (!NE.has(tokens[k]?.norm ?? '')) return false;
  const sentence = (tokens[start] as Token).sentence;
  for (let j = end; j < tokens.length && j < end + AFTER_NEGATION_WINDOW; j++) {
    const token = tokens[j] as Token;
    if (token.sentence !== sentence || clauseBreak(text, j - 1, j)) break;
    if (negatesAt(tokens, j, notNegations)) return true;
  }
  return false;
}

/**
 * Words of a right, a permission, an intention or a verdict that govern a zu-infinitive ("das Recht, … zu töten", "versuchen
 * nicht, Sie zu töten", "Es ist nicht in Ordnung, … zu schlagen"): negated, they deny the act. Not litotes ("Es wäre nicht
 * schlecht, ihn zu …") nor a denied obstacle ("keine Hemmungen, … zu …"), which affirm it.
 */
const LICENCE_DE: ReadonlySet<string> = new Set([
  'recht', 'anrecht', 'erlaubt', 'erlaubnis', 'darf', 'duerfen', 'darfst', 'duerft', 'befugt', 'versuchen', 'versucht', 'versuche', 'vor', 'vorhaben',
  'absicht', 'will', 'wollen', 'willst', 'wollte', 'wollten', 'grund', 'ziel', 'plan', 'richtig', 'gerecht', 'gerechtfertigt', 'legitim', 'ok', 'okay',
  'ordnung', 'akzeptabel', 'noetig', 'notwendig', 'sinnvoll', 'loesung', 'vertretbar', 'zulaessig', 'gut', 'geplant', 'vorgesehen', 'denkbar',
]);
/** How far back from the infinitive the negated licence may stand ("Kein Staat der Welt hat das Recht, Menschen als Strafe zu töten"). */
const LICENCE_WINDOW = 14;
/** Coordinators after an infinitive that continue it ("Sie zu töten oder … auszurotten"). */
const INFINITIVE_AND: ReadonlySet<string> = new Set(['und', 'oder', 'noch']);

/**
 * German: the match is an infinitive with "zu" that ends its clause, governed by a negated right, permission, intention or
 * verdict before it ("Kein Staat hat das Recht, Menschen zu töten", "Sie versuchen nicht, Sie zu töten", "Es ist nicht in
 * Ordnung, Kinder zu schlagen"): the negation reaches across the comma into the infinitive.
 */
function negatedLicence(text: NormalizedText, start: number, end: number, notNegations: ReadonlySet<string>): boolean {
  const tokens = text.tokens;
  if (tokens[start - 1]?.norm !== 'zu') return false;
  const sentence = (tokens[start] as Token).sentence;
  const after = tokens[end];
  if (after !== undefined && after.sentence === sentence && !clauseBreak(text, end - 1, end) && !INFINITIVE_AND.has(after.norm)) return false;
  let breaks = 0;
  let licence = false;
  let negated = false;
  for (let k = start - 2; k >= 0 && k >= start - LICENCE_WINDOW; k--) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence || CONTRAST.has(token.norm) || (clauseBreak(text, k, k + 1) && ++breaks > 1)) break;
    licence ||= LICENCE_DE.has(token.norm);
    negated ||= negatesAt(tokens, k, notNegations);
  }
  return negated && licence;
}

const ALL_DE: ReadonlySet<string> = new Set(['alle', 'alli', 'jeden', 'jene', 'diejenigen', 'jeder', 'jedes']);
const RELATIVES_AFTER_ALL_DE: ReadonlySet<string> = new Set(['die', 'der', 'das', 'den', 'welche', 'wo', 'wer']);
const EVEN_DE: ReadonlySet<string> = new Set(['einmal', 'mal', 'emol', 'emal']);
const INDEFINITE_DE: ReadonlySet<string> = new Set(['ein', 'eine', 'einem', 'einen', 'einer', 'en', 'e']);

/** "nicht einmal ein …", "nicht mal einen …" at `k`, with the word right after the article. */
function notEvenA(tokens: readonly Token[], k: number, start: number): boolean {
  return (tokens[k] as Token).norm === 'nicht' && EVEN_DE.has(tokens[k + 1]?.norm ?? '') && k + 3 <= start && INDEFINITE_DE.has(tokens[start - 1]?.norm ?? '') && start - k <= 4;
}

/** German "Nicht-Weisse", "Nicht-Wähler", "nicht-binär": a negation joined to the next word by a hyphen is a prefix of it, not a negation. */
function hyphenPrefix(text: NormalizedText, k: number): boolean {
  const token = text.tokens[k] as Token;
  const next = text.tokens[k + 1];
  return next !== undefined && next.begin - token.end === 1 && text.text.charAt(token.end) === '-';
}

/** The reader's pronouns as the head of a name called ("du Idiot", "ihr Pfeifen"). */
const VOCATIVE_DE: ReadonlySet<string> = new Set(['du', 'ihr']);

/** Comparatives of "better" that make "no better than X" say the thing is X ("no better than rats", "non sono meglio dei topi"). */
const BETTER: ReadonlySet<string> = new Set(['better', 'mieux', 'meilleur', 'meilleurs', 'meilleure', 'meilleures', 'meglio', 'migliore', 'migliori']);
const THAN: ReadonlySet<string> = new Set(['than', 'que', 'qu', 'di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'da']);
/** "if", French "si" (elided "s'ils"), Italian "se": with a past form after them a negation is counterfactual. */
const IF_WORDS: ReadonlySet<string> = new Set(['if', 'si', 's', 'se']);
/** Past (subjunctive) forms of "be" that make an "if … not" counterfactual: "if they weren't such …", "s'ils n'étaient pas …", "se non fossero …". */
const COUNTERFACTUAL_BE: ReadonlySet<string> = new Set(['weren', 'wasn', 'were', 'was', 'etaient', 'etait', 'etais', 'fosse', 'fossero', 'fossi', 'foste', 'fossimo']);
/** Complementizers of a clause after a main clause ("Isn't it obvious that …", "Ne voyez-vous pas que …", "Non è ovvio che …"). */
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'que', 'qu', 'che']);
/** Determiners before "sale", "espèce", "pezzo": a noun phrase ("pas de sales …", "non sei un pezzo di …"), not a vocative. */
const DETERMINERS_FR_IT: ReadonlySet<string> = new Set([
  'un', 'une', 'des', 'le', 'la', 'les', 'l', 'de', 'd', 'du', 'ce', 'ces', 'cette', 'cet', 'mon', 'ton', 'son', 'ma', 'ta', 'sa', 'mes', 'tes', 'ses', 'nos', 'vos', 'leur', 'leurs',
  'uno', 'una', 'il', 'lo', 'gli', 'i', 'dei', 'degli', 'delle', 'del', 'della', 'questo', 'questa', 'questi', 'queste', 'quel', 'quella', 'quei', 'quegli', 'quelle',
]);

/**
 * Whether the match opens a vocative outside German: French "espèce de …", "sale …", Italian "pezzo di …" with no
 * determiner before them, English "you" right before the word ("Don't lecture us you clown").
 */
function vocativeAt(tokens: readonly Token[], start: number, language: Language): boolean {
  const first = (tokens[start] as Token).norm;
  const before = tokens[start - 1]?.norm ?? '';
  if (language === 'en') return before === 'you';
  if (DETERMINERS_FR_IT.has(before)) return false;
  if (language === 'fr') return first === 'sale' || first === 'sales' || first === 'sal' || (first === 'espece' && tokens[start + 1]?.norm === 'de');
  return language === 'it' && first === 'pezzo' && tokens[start + 1]?.norm === 'di';
}

/**
 * Outside German, negations at `k` that say the match rather than deny it: "no better than rats", "non sono meglio dei
 * topi", "aren't worth shit"; a counterfactual "if they weren't such scumbags", "s'ils n'étaient pas de totales
 * raclures", "se non fossero dei cazzoni" (it says they are); a negated question over a "that" clause, "Isn't it
 * obvious that …?", "Cela ne démontre-t-il pas que …?", "Non è ovvio che …?", "Don't you think he is …?" (a rhetorical claim).
 */
export function assertsDespiteNegation(text: Readonly<{ text: string; tokens: readonly Token[] }>, k: number, start: number): boolean {
  const tokens = text.tokens;
  for (let q = k + 1; q <= k + 3 && q + 1 < start; q++) if (BETTER.has((tokens[q] as Token).norm) && THAN.has((tokens[q + 1] as Token).norm)) return true;
  if (tokens[start - 1]?.norm === 'worth') return true;
  // "I could not believe that he is such a …": disbelief that affirms.
  if (CAN.has(tokens[k - 1]?.norm ?? '') && tokens[k + 1]?.norm === 'believe') return true;
  const sentence = (tokens[k] as Token).sentence;
  for (let j = k; j >= 0 && j >= k - 4; j--) {
    const token = tokens[j] as Token;
    if (token.sentence !== sentence || (j < k && clauseBreak(text, j, j + 1))) break;
    if (!IF_WORDS.has(token.norm)) continue;
    for (let v = j + 1; v <= k + 1 && v < start; v++) if (COUNTERFACTUAL_BE.has((tokens[v] as Token).norm)) return true;
    break;
  }
  let that = false;
  for (let q = k + 1; q < start; q++) that ||= COMPLEMENTIZERS.has((tokens[q] as Token).norm) || OPINION_OTHER.has((tokens[q] as Token).norm);
  // The match is in the sentence of the negation (isNegated reads no further back).
  return (that && endsInQuestion(text, k)) || askedToAgree(text, k, false);
}

const WHY_DE: ReadonlySet<string> = new Set(['warum', 'wieso', 'weshalb', 'weswegen']);
const SUGGESTING_DE: ReadonlySet<string> = new Set(['einfach', 'endlich', 'gleich', 'sofort']);

/** Whether a German sentence opening with `first` asks to agree: the copula, or "warum" with "nicht einfach" (`afterNot`). */
function opensAgreeing(first: string, afterNot: string): boolean {
  return COPULAS_DE.has(first) || (WHY_DE.has(first) && SUGGESTING_DE.has(afterNot));
}

/** English negated copulas that open a question ("Aren't …", "Isn't …"). */
const NEGATED_COPULAS_EN: ReadonlySet<string> = new Set(['aren', 'isn', 'weren', 'wasn']);
/** French copulas inverted before their subject pronoun in a negated question ("ne sont-ils pas …", "n'est-il pas …"). */
const INVERTED_COPULAS_FR: ReadonlySet<string> = new Set(['sont', 'est', 'etaient', 'etait']);
const INVERTED_PRONOUNS_FR: ReadonlySet<string> = new Set(['ils', 'elles', 'il', 'elle']);

/**
 * Whether the negation at `k` belongs to a question that asks the reader to agree, not to deny: in German one that
 * opens with the copula and puts "nicht" before the word ("Sind Frauen nicht einfach zu dumm für …?", "Ist der nicht
 * ein Idiot?") or a why-question that suggests ("Warum schieben wir die nicht einfach ab?"); elsewhere one that opens with a negated copula ("Aren't women just …?") or inverts it in French ("Les
 * … ne sont-ils pas tout simplement …?").
 */
function askedToAgree(text: Readonly<{ text: string; tokens: readonly Token[] }>, k: number, german: boolean): boolean {
  const tokens = text.tokens;
  const at = tokens[k] as Token;
  // "Warum hassen wir Ausländer nicht einfach alle?": a why-question with "nicht einfach" or "nicht endlich" suggests it.
  const asks = german
    ? at.norm === 'nicht' && opensAgreeing((tokens[sentenceStart(tokens, k)] as Token).norm, tokens[k + 1]?.norm ?? '')
    : NEGATED_COPULAS_EN.has(at.norm)
      ? k === 0 || (tokens[k - 1] as Token).sentence !== at.sentence
      : at.norm === 'pas' && INVERTED_PRONOUNS_FR.has(tokens[k - 1]?.norm ?? '') && INVERTED_COPULAS_FR.has(tokens[k - 2]?.norm ?? '');
  return asks && endsInQuestion(text, k);
}

/**
 * Finite verbs of opinion and saying and "true" in French, Italian and English: negated before the clause of the match
 * they deny it ("Il n'est pas vrai que …", "Non dico che sia …", "I'm not saying he's …"). Infinitives are left out:
 * "Je n'arrive pas à croire que …", "Non posso credere che …" affirm it.
 */
const OPINION_OTHER: ReadonlySet<string> = new Set([
  'pense', 'pensons', 'crois', 'croit', 'croyons', 'dis', 'dit', 'disons', 'affirme', 'pretends', 'pretend', 'vrai', 'exact',
  'penso', 'pensiamo', 'credo', 'crediamo', 'dico', 'diciamo', 'detto', 'sostengo', 'vero', 'affermo',
  'think', 'believe', 'say', 'saying', 'said', 'claim', 'claiming', 'true', 'suggesting', 'mean',
]);
/** English modals before a negated "believe": "I could not believe that …" affirms. */
export const CAN: ReadonlySet<string> = new Set(['can', 'could']);
/** How far back from the match the verb of opinion may be, and from the verb its negation. */
const CLAIM_WINDOW = 10;

/**
 * Outside German: whether the match is in the clause of a negated verb of opinion or "true" ("It's not true that
 * refugees are …", "Il n'est pas vrai que …", "Non dico che sia un …", "I don't think he is a …"), with no clause
 * break between them and not in a question (a rhetorical "Don't you think that …?" asserts it).
 */
function deniedClaim(text: NormalizedText, start: number, notNegations: ReadonlySet<string>): boolean {
  const tokens = text.tokens;
  const sentence = (tokens[start] as Token).sentence;
  for (let v = start - 1; v >= 0 && v >= start - CLAIM_WINDOW; v--) {
    const token = tokens[v] as Token;
    if (token.sentence !== sentence || clauseBreak(text, v, v + 1) || CONTRAST.has(token.norm)) return false;
    if (INFINITIVE_OPINION.has(token.norm) && youCannot(tokens, v, notNegations)) return !endsInQuestion(text, start);
    if (!OPINION_OTHER.has(token.norm)) continue;
    for (let k = Math.max(0, v - 3); k <= v + 1 && k < start; k++) {
      if (k === v || (tokens[k] as Token).sentence !== sentence || !negatesAt(tokens, k, notNegations) || CAN.has(tokens[k - 1]?.norm ?? '')) continue;
      if (k < v && clauseBreak(text, k, v)) continue;
      return !endsInQuestion(text, start);
    }
  }
  return false;
}

/** Infinitives of opinion after "you cannot" ("You can't seriously believe that …", "Non puoi credere che …"). */
const INFINITIVE_OPINION: ReadonlySet<string> = new Set(['believe', 'think', 'croire', 'penser', 'credere', 'pensare']);
/** Second-person forms of "can": telling the reader they cannot believe a claim rejects it. */
const YOU_CAN: ReadonlySet<string> = new Set(['peux', 'pouvez', 'puoi', 'potete']);

/**
 * Whether the infinitive of opinion at `v` follows a negated "can" of the reader: "You can't (seriously) believe",
 * "Tu ne peux pas croire", "Non puoi credere seriamente". Not "I can't believe he is such a …", which affirms.
 */
function youCannot(tokens: readonly Token[], v: number, notNegations: ReadonlySet<string>): boolean {
  for (let j = v - 1; j >= 0 && j >= v - 3; j--) {
    const w = (tokens[j] as Token).norm;
    if (w === 'cannot' || w === 'can') {
      return tokens[j - 1]?.norm === 'you' && (w === 'cannot' || tokens[j + 1]?.norm === 't' || tokens[j + 1]?.norm === 'not');
    }
    if (YOU_CAN.has(w)) {
      for (let k = Math.max(0, j - 2); k < v; k++) if (k !== j && negatesAt(tokens, k, notNegations)) return true;
      return false;
    }
  }
  return false;
}

/**
 * German prepositions of agent and rule: a negation before one negates the event, not the noun after it ("nicht von
 * einer Horde Nafris", "nicht unter diesen Schmarotzern"). Not "zu", "für" and "mit", which make a predicate or a
 * comparison ("nicht zum Idioten machen", "nicht für einen Idioten halten", "nicht mit Schlampen gleichzusetzen"), and
 * not after a copula ({@link KEIN_DENIERS}: "Frauen sind nicht von … zu unterscheiden").
 */
const PREPOSITIONS_DE: ReadonlySet<string> = new Set(['von', 'vom', 'durch', 'unter']);
/** Whether a copula or "es gibt" comes up to {@link KEIN_VERB_WINDOW} words before the negation at `k`, in its clause. */
function copulaBefore(text: NormalizedText, k: number): boolean {
  const tokens = text.tokens;
  const sentence = (tokens[k] as Token).sentence;
  for (let j = k - 1; j >= 0 && j >= k - KEIN_VERB_WINDOW; j--) {
    const token = tokens[j] as Token;
    if (token.sentence !== sentence || clauseBreak(text, j, j + 1)) return false;
    if (KEIN_DENIERS.has(token.norm)) return true;
  }
  return false;
}

/** "nicht von einem Idioten angefahren, sondern von einer Rentnerin": a correction after it makes the negation deny the noun. */
function correctedAfter(tokens: readonly Token[], end: number): boolean {
  const sentence = tokens[end - 1]?.sentence;
  for (let k = end; k < tokens.length && (tokens[k] as Token).sentence === sentence; k++) if (CONTRAST.has((tokens[k] as Token).norm)) return true;
  return false;
}
/** Subjects that open a new clause with a copula after a negated one ("keine Journalisten, das sind Schmierfinke"). */
const NEW_SUBJECTS: ReadonlySet<string> = new Set(['das', 'dies', 'es', 'die', 'des', 'dass']);

/** German "kein" in its forms (Swiss "kei", "keini"): the negation that goes with a noun phrase. */
const KEIN_FORMS: ReadonlySet<string> = new Set(['kein', 'keine', 'keinen', 'keiner', 'keines', 'keinem', 'kei', 'keini', 'keis', 'kae', 'kaei']);
/** Verbs before "kein" that deny the word after it: a copula ("er ist kein Idiot") or existence ("es gibt keine dummen Fragen"). */
const KEIN_DENIERS: ReadonlySet<string> = new Set([...COPULAS_DE, 'bin', 'sein', 'bleibt', 'bleiben', 'wird', 'werden', 'wurde', 'gibt', 'git', 'gab', 'als', 'halte', 'haelt', 'nenne', 'nennt', 'nenn']);
/**
 * Words of wanting and needing before "kein": the people named are refused, not denied to be so. Not "und": "Sie ist
 * keine Schlampe und kein Flittchen" denies both.
 */
const KEIN_REFUSALS: ReadonlySet<string> = new Set([
  'brauchen', 'braucht', 'brauche', 'bruchet', 'bruuche', 'wollen', 'will', 'willst', 'wollt', 'moechten', 'moechte', 'wuenschen', 'dulden', 'akzeptieren',
  'wei', 'wend',
]);
/** How many words before "kein" the verb of wanting may come ("Wir brauchen hier sicher keine Schmarotzer"). */
const KEIN_VERB_WINDOW = 3;

/**
 * Whether "kein" at `k` refuses the people named at `start`…`end` rather than denying that the word fits them: a verb
 * of wanting before it ("Wir brauchen keine Schmarotzer", "Wir wollen hier keine Nafris"), and no copula or
 * "es gibt" before it, between ("Kein Mensch ist ein Idiot") or right after the word ("Man muss kein Idiot sein, um …").
 */
function keinRefuses(text: NormalizedText, k: number, start: number, end: number, german: boolean): boolean {
  const tokens = text.tokens;
  // "keine Schmarotzer-Debatte, sondern Lösungen": the first part of a compound, or a refusal corrected after it.
  if (text.text.charAt((tokens[end - 1] as Token).end) === '-' || correctedAfter(tokens, end)) return false;
  const sentence = (tokens[k] as Token).sentence;
  for (let j = k + 1; j < start; j++) if (KEIN_DENIERS.has((tokens[j] as Token).norm)) return false;
  const after = tokens[end];
  if (after !== undefined && after.sentence === sentence && !clauseBreak(text, end - 1, end) && KEIN_DENIERS.has(after.norm)) return false;
  let refused = false;
  for (let j = k - 1; j >= 0 && j >= k - KEIN_VERB_WINDOW; j--) {
    const token = tokens[j] as Token;
    if (token.sentence !== sentence || clauseBreak(text, j, j + 1)) break;
    if (KEIN_DENIERS.has(token.norm)) return false;
    refused ||= KEIN_REFUSALS.has(token.norm);
  }
  return refused || (german && referential(text, k, end, true));
}

/**
 * An inflected adjective of abuse right before the noun it describes ("keine linksversiffte Regierung", "keine
 * dummen Weiber"): it names what the noun is, as a noun of abuse would; "kein dummer" alone is no attribute.
 */
function attributiveBeforeNoun(text: NormalizedText, start: number, end: number): boolean {
  const tokens = text.tokens;
  const next = tokens[end];
  const last = (tokens[end - 1] as Token).norm;
  return end === start + 1 && next !== undefined && next.sentence === (tokens[start] as Token).sentence && !clauseBreak(text, end - 1, end) && /(e|en|er|es|em)$/.test(last) && isNoun(text, end) && !isNoun(text, start);
}

/** How far from "kein" its clause is read for a verb that makes the phrase a predicate. */
const KEIN_CLAUSE_WINDOW = 8;
/** Verbs at the end of a German clause that make "kein …" before them a predicate ("…, wenn man keine Tusse ist", "… genannt"). */
const KEIN_PREDICATE_ENDS: ReadonlySet<string> = new Set([...KEIN_DENIERS, 'genannt', 'bezeichnet', 'geschimpft', 'beschimpft', 'sei', 'seien', 'waere', 'sein', 'werden',
  'sagen', 'sagt', 'sage', 'nennen', 'bezeichnen', 'schreiben', 'rufen', 'heissen']);
/** "Kein Idiot würde so abstimmen": "kein" as the subject of a hypothetical speaks of no one, not of people named. */
const HYPOTHETICALS: ReadonlySet<string> = new Set(['wuerde', 'wuerden', 'wuerd', 'koennte', 'koennten', 'haette', 'haetten']);

/**
 * Whether "kein …" at `k` names people who are what the word says rather than denying that it fits someone: no
 * copula, "es gibt", verb of naming or hypothetical anywhere in its clause ("keine Nafris lungerten rum", "Syrer und
 * keine Nafris", "Kein Mann mag Tussen"); "Er ist kein Idiot", "…, wenn man keine Tusse im Männerkörper ist", "Kein
 * Idiot würde so abstimmen" deny.
 */
function referential(text: NormalizedText, k: number, end: number, subject = false): boolean {
  const tokens = text.tokens;
  const sentence = (tokens[k] as Token).sentence;
  for (let j = k - 1; j >= 0 && j >= k - KEIN_CLAUSE_WINDOW; j--) {
    const token = tokens[j] as Token;
    if (token.sentence !== sentence || clauseBreak(text, j, j + 1)) break;
    if (KEIN_PREDICATE_ENDS.has(token.norm) || (subject && HYPOTHETICALS.has(token.norm))) return false;
  }
  for (let j = end; j < tokens.length && j < end + KEIN_CLAUSE_WINDOW; j++) {
    const token = tokens[j] as Token;
    if (token.sentence !== sentence || clauseBreak(text, j - 1, j)) break;
    if (KEIN_PREDICATE_ENDS.has(token.norm) || (subject && HYPOTHETICALS.has(token.norm))) return false;
  }
  return true;
}

/** "nicht jeder", "nicht alle", Swiss "nöd jede", "nid alli": a negated subject at the start of the sentence. */
const EVERYONE: ReadonlySet<string> = new Set(['jeder', 'jede', 'jedes', 'alle', 'alli', 'jedi', 'jedae', 'jeda', 'jedermann']);
const NOT_EVERYONE_NEGATIONS: ReadonlySet<string> = new Set(['nicht', 'nid', 'noed', 'ned']);
/** How far into the sentence a negated subject reaches: past a relative clause to the predicate. */
const NOT_EVERYONE_WINDOW = 14;

/**
 * "Nicht jeder, der die SVP wählt, ist ein Trottel", "Nicht alle, die dagegen stimmen, sind Idioten": the sentence
 * opens with a negated "every", which denies the predicate of its main clause however long the relative clause in
 * between; up to a contrast ("…, aber du bist ein Idiot").
 */
function notEveryone(tokens: readonly Token[], start: number): boolean {
  const sentence = (tokens[start] as Token).sentence;
  for (let k = start - 1; k >= 0 && k >= start - NOT_EVERYONE_WINDOW; k--) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence || CONTRAST.has(token.norm) || token.norm === 'aber') return false;
    const before = tokens[k - 1];
    if (EVERYONE.has(token.norm) && before !== undefined && before.sentence === sentence && NOT_EVERYONE_NEGATIONS.has(before.norm)) {
      const first = tokens[k - 2];
      return first === undefined || first.sentence !== sentence;
    }
  }
  return false;
}

/** A "no" that answers a question ("Sie verdienen den Tod? Nein, …"). */
const ANSWER_NO: ReadonlySet<string> = new Set(['nein', 'nei', 'nae', 'noe', 'no', 'non', 'nope']);

/**
 * Whether the match sits in a question the next sentence answers with "no": a claim put up to be rejected ("Die
 * gehören an die Wand gestellt? Nein, vor Gericht!", "I want him dead? No, I want him in prison").
 */
export function answeredNo(text: NormalizedText, k: number): boolean {
  const tokens = text.tokens;
  const sentence = (tokens[k] as Token).sentence;
  let last = k;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).sentence === sentence) last++;
  const next = tokens[last + 1];
  return next !== undefined && ANSWER_NO.has(next.norm) && text.text.slice((tokens[last] as Token).end, next.begin).includes('?');
}
