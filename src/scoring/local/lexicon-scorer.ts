import { ATTRIBUTES, type Attribute, type Language, type Span } from '../../domain';
import { LEXICON, type LexiconCategory, type LexiconPayload, type LexiconWeights } from './lexicon-data';
import { compileFuzzyTerms, compileSplitWords, type FuzzyTerms, type SplitWords } from './fuzzy-terms';
import { findPredicates, type PredicateFindings } from './insult-predicates';
import { compileTerms, type AllowedRange, type TermMatch, type TermMatcher } from './term-matcher';
import { FRAME_COPULAS, NON_GROUP_SUBJECTS, REFUSALS } from './lexicon-group-frames';
import { reportedSpeechTokens, whoeverSaysThis } from './speech-context';
import { charCodes, normalizeText, type NormalizedText, type Token } from './text-normalizer';
import { WordBytes, WordSet } from './word-table';
import { THREAT_OBJECT_SELF, THREAT_OBJECT_THINGS } from './lexicon-threat-frames';
import { findThreatNet } from './lexicon-threat-net';
import { findPromisedEnd } from './lexicon-threat-ends';

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
  /** A veiled threat: a threat only when aimed (see {@link escalatedThreat}). */
  veiled?: true;
}

/** What the lexicon says about one comment. */
export interface LexiconResult {
  scores: Record<Attribute, number>;
  spans: Span[];
  hits: LexiconHit[];
  /** Whether a group (women, refugees, …) is named anywhere in the comment. */
  identityMentioned: boolean;
  /** Where groups are named: the first token of each group name (for cues that must stand next to one). */
  groupTokens?: number[];
  /**
   * Tokens the model should not read as evidence: innocent phrases ("fett gedruckt") and insults that are only
   * mentioned (quoted, reported, negated, counter-speech). `undefined` when there are none.
   */
  maskedTokens: Uint8Array | undefined;
  /**
   * {@link reportedSpeechTokens} of the comment when the lexicon needed them, `null` when it did not look: the
   * feature hasher asks the same question and reuses the answer.
   */
  reportedSpeech: Uint8Array | undefined | null;
}

const CONTEXT_FACTORS: Readonly<Record<HitContext, number>> = { quoted: 0.2, reported: 0.3, negated: 0.25, counter: 0.3, fiction: 0.3, question: 0.3, thing: 0.2, self: 0.2, untargeted: 0.5 };
const ADDRESS_BOOST = 0.6;
const NEGATION_WINDOW = 4;
const AFTER_NEGATION_WINDOW = 3;
const MIN_SPAN_SCORE = 0.05;

// Cue words in normalised form (ä → ae, accents removed).
export const NEGATIONS: ReadonlySet<string> = new Set([
  'nicht', 'kein', 'keine', 'keinen', 'keiner', 'keines', 'keinem', 'nie', 'niemals', 'noed', 'nid', 'not', 'no', 'never', 'isn',
  'aren', 'wasn', 'weren', 'don', 'doesn', 'didn', 'pas', 'jamais', 'non', 'mai', 'nessun', 'nessuno', 'nemmeno', 'niemand', 'nobody',
  'noone', 'none', 'personne', 'aucun', 'aucune',
  // German "weder … noch", "keineswegs"; Swiss German "kei", "kä", "keis", "keini" (kein), "niemer", "niemert" (niemand).
  'weder', 'keineswegs', 'keinesfalls', 'kei', 'kae', 'keis', 'keini', 'kaei', 'niemer', 'niemert',
  // Swiss German "ke" ("Er isch ke Idiot"); in Italian chat it is "che" ("ke schifo"): German only (NOT_NEGATIONS_OTHER).
  'ke',
]);
// "no-vax", "no-global", "No-Billag": a movement's name, not a negation ("Voi no-vax siete dei decerebrati").
const NOT_A_NEGATION_BEFORE = new Set(['nur', 'bloss', 'only', 'just', 'seulement', 'solo', 'solamente', 'vax', 'global', 'billag']);
const REPORTING = new WordSet(new Set([
  'nannte', 'nennt', 'nannten', 'bezeichnete', 'bezeichnet', 'bezeichneten', 'bezeichnen', 'beschimpfte', 'beschimpft', 'beschimpfen',
  'schimpfte', 'sagte', 'twitterte', 'schrieb', 'zitiert', 'zitierte', 'verunglimpft', 'verunglimpfen', 'betitelt', 'betiteln', 'skandierten',
  'skandiert', 'drohte', 'drohten', 'droht', 'gedroht', 'angedroht', 'drohung', 'gesagt', 'schreibt', 'schrieb', 'geschrieben', 'behauptet',
  'behaupten', 'behauptete',
  // German reported speech in the subjunctive ("…, dass Roma dreckig seien").
  'seien',
  'called', 'calls', 'calling', 'named', 'said', 'says', 'wrote', 'tweeted', 'labelled',
  'labeled', 'labelling', 'chanted', 'threatened', 'traite', 'traitait', 'traiter', 'traitent', 'qualifie', 'qualifier', 'appele', 'menace',
  'menaces', 'menacait', 'ecrivent', 'ecrit', 'threatening', 'threatens', 'threat',
  'chiamato', 'chiamava', 'chiamare', 'definito', 'definire', 'insultato', 'minacciato', 'minacciava', 'minaccia', 'scrivono', 'scritto',
]));
const ADDRESS = new WordSet(new Set(['du', 'dich', 'dir', 'dein', 'deine', 'bisch', 'bist', 'you', 'your', 'youre', 'tu', 'toi', 'te', 't', 'ti', 'sei', 'vous']));

/** Talk about language itself ("so etwas sagt man nicht", "stop calling …"): the insult is mentioned, not used. */
const COUNTER_CUES: readonly string[] = [
    'nicht ok', 'nicht okay', 'nicht in ordnung', 'inakzeptabel', 'unakzeptabel', 'geht gar nicht', 'sollte man nicht', 'darf man nicht',
    'sagt man nicht', 'beleidigend', 'beleidigung', 'unacceptable', 'not ok', 'not okay', 'stop calling', 'stop saying', 'shouldn t',
    'should not', 'offensive', 'hurtful', 'inacceptable', 'pas acceptable', 'blessant', 'insultant', 'inaccettabile', 'offensivo',
    'offensiva', 'nichts verstanden', 'menschenverachtend', 'entmenschlich', 'gewaltaufruf', 'aufruf zur gewalt', 'aufrufe zur gewalt',
    'hassrede', 'hasskommentar', 'volksverhetzung', 'strafbar', 'dehumanizing', 'dehumanising', 'hate speech', 'incitement',
    'deshumanisant', 'discours de haine', 'appel au meurtre', 'appels au meurtre', 'disumanizzante', 'discorso d odio', 'incitamento',
    // Asking for the writer of a threat to be reported or ashamed: "Wer schreibt, … gehört angezeigt."
    'gehoert angezeigt', 'gehoeren angezeigt', 'sollte man anzeigen', 'anzeige erstatten', 'ghoert azeigt', 'porter plainte',
    'should be reported', 'essere denunciato', 'essere denunciati', 'va denunciato',
    // German: rejecting a claim about a group, reporting it, naming it as a prejudice.
    // (Words that also come with real threats, "anzeigen", "bekämpfen", "Rassismus", are left out.)
    'stimmt nicht', 'stimmt einfach nicht', 'eine luege', 'ist gelogen', 'vorurteil', 'vorurteile', 'klischee', 'klischees',
    'verschwoerungsmythen', 'verschwoerungsmythos', 'verschwoerungstheorie', 'verschwoerungstheorien', 'angezeigt', 'gemeldet',
    'widersprochen', 'widerspreche', 'homophob', 'transfeindlich', 'antisemitisch', 'frauenfeindlich', 'beschaemend',
    // A slur reclaimed by those it names ("Der Rapper nennt sich selbst stolz Kanake und holt sich das Wort zurück").
    'nennt sich selbst', 'nennen sich selbst', 'bezeichnet sich selbst', 'bezeichnen sich selbst', 'selbstbezeichnung', 'eigenbezeichnung',
    'wort zurueck', 'begriff zurueck', 'zurueckerobert', 'zurueckerobern', 'zurueckgeholt',
];
/**
 * Telling someone to be ashamed: counter-speech when said of whoever spoke ("Wer so etwas schreibt, sollte sich
 * schämen", "Ceux qui écrivent ça devraient avoir honte"), but a reproach that goes with the insult when said to or
 * of the person insulted ("Espèce de raclure, tu devrais avoir honte", "… est un escroc, il devrait avoir honte"):
 * see {@link SHAME_SUBJECTS}.
 */
const SHAME_CUES: readonly string[] = [
  'sollten sich schaemen', 'sollte sich schaemen', 'avoir honte', 'devraient avoir honte', 'devrait avoir honte', 'should be ashamed',
  'dovrebbero vergognarsi', 'dovrebbe vergognarsi',
];
/**
 * Personal pronouns as the subject of a shame cue (up to {@link SHAME_SUBJECT_WINDOW} words before it): the person
 * addressed or just named, not someone described by what they said ("ceux qui …", "wer …", "chi …").
 */
const SHAME_SUBJECTS = new Set(['tu', 't', 'vous', 'il', 'elle', 'ils', 'elles', 'you', 'he', 'she', 'they', 'du', 'ihr', 'er', 'lui', 'voi']);
const SHAME_SUBJECT_WINDOW = 3;

/**
 * Games, films and the pitch: killing there is play ("In dem Spiel muss man alle Zombies erschiessen", "on va les tuer
 * ce soir au stade", "stasera li ammazziamo sul campo").
 */
const FICTION_CUES: readonly string[] = [
  'zombie', 'zombies', 'monster', 'monstres', 'mostri', 'videospiel', 'computerspiel', 'im spiel', 'in dem spiel', 'in diesem spiel', 'im game',
  'videogame', 'video game', 'in the game', 'in this game', 'dans ce jeu', 'dans le jeu', 'jeu video', 'nel gioco', 'in questo gioco', 'videogioco',
  'im film', 'in dem film', 'im krimi', 'im roman', 'in the movie', 'in the film', 'in the book', 'dans le film', 'dans le roman', 'nel film',
  'nel romanzo', 'auf dem platz', 'uf em platz', 'im stadion', 'au stade', 'sur le terrain', 'on the pitch', 'on the field', 'on the court',
  'sul campo', 'allo stadio', 'in campo', 'fortnite', 'minecraft', 'call of duty',
];
/** A threat about a thing, not a person: a thing word up to five words before the match, in it or three after it. */
const THINGS = new WordSet(new Set(THREAT_OBJECT_THINGS));
const THING_BEFORE = 5;
const THING_AFTER = 3;
const SELF: Partial<Record<Language, WordSet>> = Object.fromEntries(Object.entries(THREAT_OBJECT_SELF).map(([language, words]) => [language, new WordSet(new Set(words))]));

/** Whether a threat match is about a thing ("Das Bild gehört aufgehängt") or the writer ("ich werde mich umbringen"). */
function threatObject(tokens: readonly Token[], m: TermMatch<LexiconPayload>, language: Language, cue: boolean): 'thing' | 'self' | undefined {
  const sentence = (tokens[m.tokenStart] as Token).sentence;
  // A thing the phrase names itself is its instrument, not its object ("ich wünsche ihm Krebs", "Strick und Baum").
  const own = termWords(m.term);
  for (let k = Math.max(0, m.tokenStart - THING_BEFORE); k < Math.min(tokens.length, m.tokenEnd + THING_AFTER); k++) {
    const token = tokens[k] as Token;
    if (k >= m.tokenStart && k < m.tokenEnd && own.has(token.norm)) continue;
    // A thing after "wegen", "pour", "per", "for" is the reason, not the object ("Wegen der Korruption gehört der erschossen").
    if (token.sentence === sentence && THINGS.has(token) && !reasonBefore(tokens, k)) return 'thing';
  }
  const self = SELF[language];
  // A cue names the writer as the one who promises ("crois-moi", "glaub mir"), not as the one threatened.
  if (self === undefined || cue) return undefined;
  // The writer as the object, and no one addressed ("tu vas me le payer" is a threat to the reader).
  let writer = false;
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const token = tokens[k] as Token;
    if (ADDRESS.has(token)) return undefined;
    writer ||= k > m.tokenStart && self.has(token);
  }
  return writer ? 'self' : undefined;
}

/** Prepositions of cause: "wegen", "für", "aufgrund", "pour", "à cause", "per", "a causa", "for", "over", "because". */
const REASONS: ReadonlySet<string> = new Set(['wegen', 'fuer', 'aufgrund', 'infolge', 'ob', 'pour', 'cause', 'per', 'causa', 'for', 'over', 'because']);
/** Whether a cause preposition stands up to three words before token `k` ("wegen der ganzen Korruption"). */
function reasonBefore(tokens: readonly Token[], k: number): boolean {
  return wordBefore(tokens, k, REASONS, 3);
}

/** Whether one of `words` comes up to `window` words before token `k`, in its sentence. */
function wordBefore(tokens: readonly Token[], k: number, words: ReadonlySet<string>, window: number): boolean {
  const sentence = (tokens[k] as Token).sentence;
  for (let p = k - 1; p >= 0 && p >= k - window; p--) {
    const token = tokens[p] as Token;
    if (token.sentence !== sentence) return false;
    if (words.has(token.norm)) return true;
  }
  return false;
}

/** Whether a shame cue starting at token `k` has a personal pronoun for subject ("tu devrais avoir honte"). */
function shameAtPerson(tokens: readonly Token[], k: number): boolean {
  return wordBefore(tokens, k, SHAME_SUBJECTS, SHAME_SUBJECT_WINDOW);
}

/**
 * German words of farming and animal keeping (not the people, who can be called so): in their sentence an animal that is also an insult ("Esel", "Sau",
 * "Bock") is the animal, unless the sentence addresses someone ("Du Sau, geh doch in den Stall").
 */
const FARM = new WordSet(new Set([
  'bauernhof', 'bauernhoefe', 'hof', 'buurehof', 'weide', 'weiden', 'stall', 'staelle', 'gehege', 'koppel', 'alp', 'alpen', 'tierpark',
  'zoo', 'streichelzoo', 'tierheim', 'landwirtschaft', 'zucht', 'ferkel', 'ferkeln', 'kalb', 'kaelber', 'fohlen', 'zicklein', 'laemmer', 'lamm',
  'herde', 'herden', 'fuettern', 'gefuettert', 'fuettert', 'melken', 'gemolken', 'geworfen', 'traechtig', 'tiere', 'tier',
  // Animals on show or in research: "ein ausgestopfter Affe im Museum", "die Ratte im Labor".
  'museum', 'naturhistorisches', 'ausgestopft', 'ausgestopfte', 'ausgestopften', 'ausgestopfter', 'labor', 'versuchstier', 'versuchstiere',
  'nutztiere', 'haustiere', 'schweinezucht', 'schweinehaltung', 'wolf', 'woelfe', 'heu', 'futter', 'mist', 'grunzt', 'grunzen', 'iaah',
  // Those who keep them: "Die Kuh hat ein Kalb geboren, der Bauer ist froh", "Schweinehirten, die ihre Säue im Freien halten".
  'bauer', 'bauern', 'baeuerin', 'buur', 'buure', 'landwirt', 'landwirte', 'landwirtin', 'hirt', 'hirte', 'hirten', 'schweinehirt',
  'schweinehirten', 'zuechter', 'jaeger', 'tierarzt', 'tieraerztin', 'freilandhaltung', 'auslauf',
]));
/** German words of cooking: "Abschaum" on a soup is the foam skimmed off ("Abschaum bildet sich beim Kochen der Suppe"). */
const KITCHEN = new WordSet(new Set([
  'suppe', 'suppen', 'bruehe', 'bouillon', 'fond', 'kochen', 'kocht', 'gekocht', 'koecheln', 'sieden', 'siedet', 'abschoepfen', 'abschoepft',
  'schoepfen', 'kelle', 'schaumkelle', 'topf', 'pfanne', 'knochen', 'rezept', 'kueche', 'marmelade', 'konfituere', 'sirup',
]));
/** Insults that are kitchen words too ({@link KITCHEN}). */
const KITCHEN_HOMONYMS = new Set(['abschaum']);

/** Insults that are also farm animals ({@link FARM}). */
const FARM_ANIMALS_LIST = ['esel', 'sau', 'schwein', 'kuh', 'chue', 'ziege', 'geiss', 'gans', 'pute', 'bock', 'ochse', 'hammel', 'rindvieh', 'kamel', 'hund', 'affe'];

/**
 * Farm animals as the model reads them, singular and plural ({@link FARM_ANIMALS} with "Kühe", "Schweine", "Säue"):
 * in a sentence about farming they are the animals, which the model, trained on insults, should not read as evidence.
 */
const FARM_ANIMAL_FORMS = new WordSet(new Set([
  ...FARM_ANIMALS_LIST, 'kuehe', 'chueh', 'chuee', 'schweine', 'saeue', 'sauen', 'esel', 'eseln', 'ziegen', 'geissen', 'gaense', 'puten',
  'boecke', 'ochsen', 'hammeln', 'rinder', 'rind', 'kamele', 'hunde', 'affen', 'wildschwein', 'wildschweine', 'hausschwein', 'hausschweine',
  'mastschwein', 'mastschweine', 'milchkuh', 'milchkuehe', 'kaninchen', 'schafe', 'schaf',
]));

/**
 * Masks farm animals ({@link FARM_ANIMAL_FORMS}) in a sentence with words of farming ({@link FARM}) for the model,
 * unless the sentence addresses someone or the animal follows a copula ("Der Bauer ist ein alter Esel").
 */
function maskFarmAnimals(tokens: readonly Token[], mask: (from: number, to: number) => void): void {
  let animals = false;
  for (const token of tokens) animals ||= FARM_ANIMAL_FORMS.has(token);
  if (!animals) return;
  const farm = new Set<number>();
  const address = new Set<number>();
  for (const token of tokens) {
    if (FARM.has(token)) farm.add(token.sentence);
    if (ADDRESS.has(token)) address.add(token.sentence);
  }
  if (farm.size === 0) return;
  const kept = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (FARM_ANIMAL_FORMS.has(token) && farm.has(token.sentence) && !address.has(token.sentence) && !token.quoted && !afterCopula(tokens, k)) {
      mask(k, k + 1);
      kept.add(token.sentence);
    }
  }
  // The farming words of those sentences too ("Bauer", "Weide"): the model learnt some of them as insults.
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (kept.has(token.sentence) && FARM.has(token)) mask(k, k + 1);
  }
}

/**
 * German things a comment abuses without insulting anyone ("Mein Laptop ist der letzte Dreck", "Dieses neue Tram ist
 * ein Schrotthaufen", "Das Wetter heute ist echt zum Kotzen"): devices, vehicles, food, weather, places, media and
 * products, beside the things threats are said of ({@link THREAT_OBJECT_THINGS}).
 */
const THINGS_DE = new WordSet(new Set([
  ...THREAT_OBJECT_THINGS, 'laptop', 'drucker', 'auto', 'karre', 'tram', 'zug', 'bus', 'postauto', 'auto', 'wetter', 'regen', 'essen', 'film', 'buch',
  'spiel', 'game', 'update', 'wlan', 'internet', 'router', 'smartphone', 'tablet', 'kamera', 'schuhe', 'pizza', 'kaffee', 'bier', 'wein', 'menue',
  'song', 'lied', 'album', 'musik', 'programm', 'fahrplan', 'baustelle', 'stadion', 'bahnhof', 'wohnung', 'haus', 'gebaeude', 'neubau', 'kaffeemaschine',
  'waschmaschine', 'staubsauger', 'tastatur', 'maus', 'betriebssystem', 'windows', 'website', 'webseite', 'formular', 'parkhaus', 'kreisel', 'ampel',
  'rasen', 'platz', 'ding', 'teil', 'geraet', 'produkt', 'modell', 'design', 'logo', 'wetterbericht', 'montag', 'montage', 'winter', 'sommer',
  'november', 'wetter', 'hitze', 'kaelte', 'nebel', 'schnee', 'stau', 'song', 'songs', 'lied', 'lieder', 'filme', 'buecher', 'spiele', 'serien',
  'waschmaschine', 'schrott', 'gemuese', 'spinat', 'rosenkohl', 'essen', 'geruch', 'gestank', 'werbung', 'werbungen', 'musik', 'sendungen',
]));
const THING_PREPOSITIONS: ReadonlySet<string> = new Set(['mit', 'von', 'vom', 'ohne', 'im', 'am', 'auf', 'in', 'an', 'bei', 'beim', 'zum', 'zur', 'fuer', 'ueber', 'unter', 'neben', 'hinter', 'vor', 'nach', 'aus', 'mitem', 'vo', 'mim']);
/** Words between a thing and its copula ("Das Wetter heute ist …", "Mein neuer Laptop ist …"). */
const THING_SUBJECT_WINDOW = 3;

/**
 * Whether the German insult at `start` is the predicate of a clause whose subject is a thing ({@link THINGS_DE}): a
 * copula at or up to two words before it, and the thing up to {@link THING_SUBJECT_WINDOW} words before the copula,
 * with no one addressed or named by a pronoun in between ("Mein Laptop ist der letzte Dreck"; not "Du bist der letzte
 * Dreck", "Der Typ mit dem Laptop ist ein Idiot" has a person noun after the thing).
 */
function thingSubject(text: NormalizedText, start: number): boolean {
  const tokens = text.tokens;
  const sentence = (tokens[start] as Token).sentence;
  let copula = -1;
  for (let k = start; k >= 0 && k >= start - 2; k--) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence || (k < start && clauseBreak(text, k, k + 1))) return false;
    if (COPULAS_DE.has(token.norm)) {
      copula = k;
      break;
    }
  }
  if (copula < 1) return false;
  for (let k = copula - 1; k >= 0 && k >= copula - THING_SUBJECT_WINDOW; k--) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence || clauseBreak(text, k, k + 1) || ADDRESS.has(token) || GROUP_PRONOUNS.has(token)) return false;
    // The head of the subject, not a noun after a preposition in it ("Der Typ mit dem Laptop ist ein Idiot").
    if (THINGS_DE.has(token) && isNoun(text, k)) return !THING_PREPOSITIONS.has(tokens[k - 1]?.norm ?? '') && !THING_PREPOSITIONS.has(tokens[k - 2]?.norm ?? '');
  }
  return false;
}

/** How far from a word of contempt a thing may stand to be what it is said of. */
const THING_NEAR = 4;

/** Whether a thing ({@link THINGS_DE}, a noun) stands up to {@link THING_NEAR} words before or after the match, in its sentence. */
function thingNear(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = (tokens[start] as Token).sentence;
  for (let k = Math.max(0, start - THING_NEAR); k < Math.min(tokens.length, end + THING_NEAR); k++) {
    const token = tokens[k] as Token;
    if (token.sentence === sentence && (k < start || k >= end) && THINGS_DE.has(token)) return true;
  }
  return false;
}

/**
 * Slurs that are also the name of a brand, with the words that show which is meant in their sentence ("Die Marke Bimbo
 * verkauft Toastbrot"). Not the Kanak of New Caledonia: "Kanaken sind Ureinwohner Neukaledoniens" is GAHD's hateful pun
 * (only the fixed phrases in lexicon-group-frames.ts are allowed).
 */
const SLUR_HOMONYMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['bimbo', new Set(['marke', 'brand', 'toastbrot', 'brot', 'konzern', 'baeckerei', 'backwaren', 'mexiko', 'mexikanische', 'mexikanischen', 'lebensmittelkonzern', 'firma', 'hersteller'])],
]);

/** Whether a slur match ({@link SLUR_HOMONYMS}) has a word of its homonym's world in its sentence. */
function slurHomonym(tokens: readonly Token[], m: TermMatch<LexiconPayload>): boolean {
  const context = SLUR_HOMONYMS.get(m.term);
  if (context === undefined) return false;
  const sentence = (tokens[m.tokenStart] as Token).sentence;
  for (const token of tokens) if (token.sentence === sentence && context.has(token.norm)) return true;
  return false;
}

/** Copulas that make an animal a name for someone ("Der Bauer ist ein alter Esel"). */
const ANIMAL_COPULAS = new Set(['ist', 'bist', 'sind', 'seid', 'war', 'isch', 'bisch', 'bleibt', 'wie']);
const ANIMAL_COPULA_WINDOW = 3;

/** Whether a copula comes up to {@link ANIMAL_COPULA_WINDOW} words before token `k` in its sentence. */
function afterCopula(tokens: readonly Token[], k: number): boolean {
  return wordBefore(tokens, k, ANIMAL_COPULAS, ANIMAL_COPULA_WINDOW);
}

/** {@link FARM_ANIMALS_LIST} as a set. */
const FARM_ANIMALS = new Set(FARM_ANIMALS_LIST);

/** First words of a question that asks why rather than calls for something ("Warum sollte er erschossen werden?"). */
const WHY = new Set(['warum', 'wieso', 'weshalb', 'weswegen', 'why', 'pourquoi', 'perche', 'worum']);
/**
 * Calling out bigotry ("rassistisch", "racist"): counter-speech when it describes what someone said, but part of
 * the insult when aimed at the reader ("du rassistisches Arschloch"), so it only counts without 2nd-person address.
 */
const CALL_OUT_CUES: readonly string[] = ['rassistisch', 'sexistisch', 'racist', 'sexist', 'bigoted', 'hateful', 'raciste', 'sexiste', 'razzista', 'sessista'];
/**
 * Call-out nouns read without inflection: the noun "Hetze" names what someone said ("Das ist Hetze gegen Muslime"),
 * but the verb "hetzen" is what the writer accuses others of while calling them names ("Die Lügenpresse und Merkels
 * Vasallen hetzen weiter gegen Trump", found among the GermEval training tweets the scorer damped).
 */
const CALL_OUT_NOUNS: readonly string[] = ['hetze'];

/** Both cue lists in one matcher: one pass over the comment instead of two. */
const CUES = compileTerms<'counter' | 'shame' | 'callOut' | 'fiction'>([
  ...COUNTER_CUES.map((term) => ({ term, data: 'counter' as const })),
  ...SHAME_CUES.map((term) => ({ term, data: 'shame' as const })),
  ...FICTION_CUES.map((term) => ({ term, data: 'fiction' as const, inflect: false })),
  ...CALL_OUT_CUES.map((term) => ({ term, data: 'callOut' as const })),
  ...CALL_OUT_NOUNS.map((term) => ({ term, data: 'callOut' as const, inflect: false })),
]);

/** Share of an insult's (or threat's) weight that becomes IDENTITY_ATTACK when the sentence names a group. */
const GROUP_INSULT_SHARE = 0.85;
const GROUP_THREAT_SHARE = 0.85;

function hasWeight(weights: LexiconWeights): boolean {
  for (const a of ATTRIBUTES) if ((weights[a] ?? 0) > 0) return true;
  return false;
}

function maxWeights(a: LexiconWeights, b: LexiconWeights): LexiconWeights {
  const out: LexiconWeights = { ...a };
  for (const attribute of ATTRIBUTES) {
    const w = b[attribute];
    if (w !== undefined && w > (out[attribute] ?? 0)) out[attribute] = w;
  }
  return out;
}

function emptyScores(): Record<Attribute, number> {
  return { TOXICITY: 0, SEVERE_TOXICITY: 0, INSULT: 0, PROFANITY: 0, THREAT: 0, IDENTITY_ATTACK: 0 };
}

/** Pronouns that take up a group named in the sentence before (German; "sie", "die", "diese", "solche"). */
const GROUP_PRONOUNS = new WordSet(new Set(['sie', 'ihnen', 'die', 'diese', 'diesen', 'denen', 'solche', 'solchen', 'dene', 'di']));

/** Words after "nicht" that make it a tag question, not a negation ("nicht wahr"). */
const NOT_A_NEGATION_AFTER = new Set(['wahr', 'so', 'mehr']);

const termWordCache = new Map<string, ReadonlySet<string>>();

/** The normalised words of a term as written ("sind keine Menschen" → sind, keine, menschen). */
function termWords(term: string): ReadonlySet<string> {
  let words = termWordCache.get(term);
  if (words === undefined) {
    words = new Set(normalizeText(term).tokens.map((t) => t.norm));
    termWordCache.set(term, words);
  }
  return words;
}

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
const NOBODY: ReadonlySet<string> = new Set(['niemand', 'nobody', 'noone', 'personne', 'nessuno', 'nessun', 'none']);

/** {@link NEGATIONS} asked about tokens: {@link negatesAt} runs over most tokens near a hit, and most are no negation. */
const NEGATION_WORDS = new WordSet(NEGATIONS);

function negatesAt(tokens: readonly Token[], k: number, notNegations: ReadonlySet<string>): boolean {
  const token = tokens[k] as Token;
  // "alles andere als dumm": a negation of three words, counted at its last.
  if (token.norm === 'als') return tokens[k - 1]?.norm === 'andere' && tokens[k - 2]?.norm === 'alles';
  if (!NEGATION_WORDS.has(token) || notNegations.has(token.norm)) return false;
  const next = tokens[k + 1];
  // "nicht nur dumm" is no negation, but "Dumm ist das nicht, nur teuer" is: only a "nur" right after counts.
  const notOnly = next !== undefined && NOT_A_NEGATION_BEFORE.has(next.norm) && next.begin - token.end <= 1;
  // "N'oubliez pas qu'ils ne sont que des …", "non dimenticate che …", "never forget that …": a reminder asserts what follows.
  const forget = FORGET.has(tokens[k - 1]?.norm ?? '') || FORGET.has(next?.norm ?? '') || (next?.norm === 't' && FORGET.has(tokens[k + 2]?.norm ?? ''));
  // "Düsseldorf ist nicht die einzige dumme Stadt": "not the only one" says it is one.
  const notTheOnly = next !== undefined && ARTICLES_DE.has(next.norm) && (tokens[k + 2]?.norm ?? '').startsWith('einzig');
  return !notOnly && !notTheOnly && !forget && !EMPHATIC.has(next?.norm ?? '') && !nothingBut(tokens, k) && !noneMore(tokens, k);
}

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
/**
 * Punctuation between two words that ends a clause (, ; : ! ? . line break … –): a negation does not reach across it
 * ("Kei Gnad, die ghöred …"). Read code by code: it is asked for every word a negation is looked for.
 */
const CLAUSE_PUNCTUATION = charCodes(',;:!?.\n…–');

function clauseBreak(text: NormalizedText, a: number, b: number): boolean {
  const raw = text.text;
  for (let c = (text.tokens[a] as Token).end, end = (text.tokens[b] as Token).begin; c < end; c++) if (CLAUSE_PUNCTUATION.has(raw.charCodeAt(c))) return true;
  return false;
}

/** "kein Politiker, sondern ein Idiot": the negation ends where the contrast begins. */
const CONTRAST: ReadonlySet<string> = new Set(['sondern', 'sonder', 'but', 'mais', 'bensi']);
/**
 * German demonstratives point at someone real: a negation before them is about something else ("SPD nicht wählbar,
 * dieses üble Pack", "Schon gar nicht diese Schabracke"), not a denial that the word fits, unless a copula comes
 * first ("Er ist nicht dieser Idiot").
 */
const DEMONSTRATIVES_DE: ReadonlySet<string> = new Set(['diese', 'dieses', 'dieser', 'diesen', 'diesem', 'dise', 'dises', 'disi']);

/** German copulas after a predicate put first ("Dumm ist er nicht"), and after an insult in a "dass" clause ("…, dass er ein Idiot ist"). */
const COPULAS_DE: ReadonlySet<string> = new Set(['ist', 'sind', 'isch', 'sei', 'seien', 'bist', 'bisch', 'seid', 'war', 'waren', 'waere', 'waer', 'wars']);
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
    return verb && negation;
  }
  return false;
}

/**
 * A negation shortly before the match, inside a multi-word match ("bring dich nicht um"), or — for threats and
 * death wishes, where German puts "nicht" at the end of the clause — shortly after it ("hoffentlich stirbt er nicht").
 * A negation that is part of the term itself ("sind keine Menschen", "not the sharpest tool") does not count.
 */
function isNegated(text: NormalizedText, start: number, end: number, words: ReadonlySet<string>, lookAhead: boolean, language: Language, attributiveKein = false): boolean {
  const tokens = text.tokens;
  const notNegations = language === 'de' ? NOT_NEGATIONS_DE : NOT_NEGATIONS_OTHER;
  const sentence = tokens[start]?.sentence;
  // Back to the start of the clause: "Dä chunt nöd devo, ich bring en um" is no negated threat.
  const german = language === 'de';
  // A preposition between the negation and a noun: the negation denies the event, not the word ("Ich lass mir mein Land
  // nicht von einer Horde Nafris nehmen", "nicht mit diesen Schmarotzern").
  let preposition = false;
  for (let k = start - 1; k >= 0 && k >= start - NEGATION_WINDOW; k--) {
    const before = tokens[k] as Token;
    if (before.sentence !== sentence || CONTRAST.has(before.norm)) break;
    // "Nobody cares, loser", "Personne ne t'a rien demandé, abruti", "Dä chunt nöd devo, ich bring en um",
    // "Ich glaube nicht, dass dieser Idiot …": a negation in the clause before does not reach what is said after the
    // break (a denied opinion about a predicate, "…, dass er ein Idiot ist", is read by deniedOpinion and the
    // predicate grammar).
    if (clauseBreak(text, k, k + 1)) break;
    // German clauses run on without a comma: "kein Geld aber für saudumme Aktionen", "das sind doch keine Journalisten
    // das sind Schmierfinke": "aber" or a new subject with its copula starts the clause of the word.
    if (german && (before.norm === 'aber' || (COPULAS_DE.has(before.norm) && NEW_SUBJECTS.has(tokens[k - 1]?.norm ?? '') && k - 1 > start - NEGATION_WINDOW))) break;
    preposition ||= german && PREPOSITIONS_DE.has(before.norm);
    if (negatesAt(tokens, k, notNegations)) {
      if (attributiveKein && german && isNoun(text, start) && ((KEIN_FORMS.has(before.norm) && keinRefuses(text, k, start, end)) || (preposition && !correctedAfter(tokens, end) && !copulaBefore(text, k)))) continue;
      return true;
    }
    // "Er ist nicht dieser Idiot": after a copula the negation still denies the word.
    if (language === 'de' && DEMONSTRATIVES_DE.has(before.norm)) {
      const copula = tokens[k - 2]?.norm ?? '';
      if (k >= 2 && negatesAt(tokens, k - 1, notNegations) && (COPULAS_DE.has(copula) || copula === 'bin')) return true;
      break;
    }
  }
  for (let k = start + 1; k < end; k++) if (negatesAt(tokens, k, notNegations) && !words.has((tokens[k] as Token).norm)) return true;
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
  }
  if (!lookAhead) return false;
  for (let k = end; k < tokens.length && k < end + AFTER_NEGATION_WINDOW; k++) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence || clauseBreak(text, k - 1, k) || CLAUSE_STARTS.has(token.norm)) break;
    if (negatesAt(tokens, k, notNegations) && !NOT_A_NEGATION_AFTER.has(tokens[k + 1]?.norm ?? '') && !NOBODY.has(token.norm)) return true;
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
/** Whether the word at `k` is written with a capital: a German noun ("keine Nafris"), not an adjective ("keine dummen Fehler"). */
function isNoun(text: NormalizedText, k: number): boolean {
  const c = text.text.charAt((text.tokens[k] as Token).begin);
  return c !== c.toLowerCase();
}

/** How many words before "kein" the verb of wanting may come ("Wir brauchen hier sicher keine Schmarotzer"). */
const KEIN_VERB_WINDOW = 3;

/**
 * Whether "kein" at `k` refuses the people named at `start`…`end` rather than denying that the word fits them: a verb
 * of wanting before it ("Wir brauchen keine Schmarotzer", "Wir wollen hier keine Nafris"), and no copula or
 * "es gibt" before it, between ("Kein Mensch ist ein Idiot") or right after the word ("Man muss kein Idiot sein, um …").
 */
function keinRefuses(text: NormalizedText, k: number, start: number, end: number): boolean {
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
  return refused;
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

/**
 * "Whoever wrote this is an idiot", "chi ha scritto", "il giornalista che ha scritto questo articolo": the writer is
 * the target, not a speaker being reported ("che ha scritto che …" stays reported: a "that" follows the verb).
 */
const RELATIVE: ReadonlySet<string> = new Set(['whoever', 'who', 'qui', 'chi', 'che']);
/** Auxiliaries between a relative pronoun and a verb of saying: "le génie qui a écrit ça", "the genius who has written this". */
const RELATIVE_AUX: ReadonlySet<string> = new Set(['a', 'ont', 'avait', 'avaient', 'has', 'have', 'had', 'ha', 'hanno', 'aveva']);
const GIVE: ReadonlySet<string> = new Set(['dare', 'dargli', 'darle', 'dandogli', 'dandole', 'dando', 'diede', 'diedero', 'dava', 'davano', 'dato', 'dati', 'datogli']);
const CALLED_AS: ReadonlySet<string> = new Set(['del', 'dell', 'della']);
/** Infinitives and gerunds of saying that open a sentence ("Dire che …", "Affirmer que …", "Saying that …"). */
const SAYING = new WordSet(new Set(['dire', 'affermare', 'sostenere', 'scrivere', 'affirmer', 'pretendre', 'ecrire', 'saying', 'claiming', 'writing']));
const THAT: ReadonlySet<string> = new Set(['che', 'que', 'qu', 'that']);
const WRITTEN: ReadonlySet<string> = new Set(['ecrit', 'ecrite', 'ecrits', 'scritto', 'scritta', 'scritti', 'written']);
const AGENT_AFTER: ReadonlySet<string> = new Set(['par', 'da', 'dal', 'dalla', 'dai', 'by']);

const NO_RANGES: readonly AllowedRange[] = [];

/** The word sets {@link cueSentences} asks about every token, as bits: one cached read per token instead of seven. */
const CUE_ADDRESS = 1;
const CUE_REPORTING = 2;
const CUE_SAYING = 4;
const CUE_GIVE = 8;
const CUE_SPEECH = 16;
const CUE_FARM = 32;
const CUE_KITCHEN = 64;
/** Set on every cached answer, as 0 means "not yet known" to {@link WordBytes}. */
const CUE_KNOWN = 128;
const CUE_BITS = new WordBytes();

function cueBitsOf(token: Token): number {
  const known = CUE_BITS.get(token.id);
  if (known !== 0) return known;
  let bits = CUE_KNOWN;
  if (ADDRESS.has(token)) bits |= CUE_ADDRESS;
  if (REPORTING.has(token)) bits |= CUE_REPORTING;
  if (SAYING.has(token)) bits |= CUE_SAYING;
  if (GIVE.has(token.norm)) bits |= CUE_GIVE;
  if (SPEECH_NOUNS.has(token)) bits |= CUE_SPEECH;
  if (FARM.has(token)) bits |= CUE_FARM;
  if (KITCHEN.has(token)) bits |= CUE_KITCHEN;
  CUE_BITS.set(token.id, bits);
  return bits;
}

/**
 * Sentences that address the reader and sentences that report speech; one pass per comment, not one per hit.
 * `reportingClauses`: German clauses about whoever says something ("Wer so etwas schreibt, …"), where the verb
 * reports only within its clause ("Wer andere als Idioten beschimpft, …"), not in the main clause after it.
 */
function cueSentences(text: NormalizedText, language: Language): { address: Set<number>; reporting: Set<number>; speech: Set<number>; farm: Set<number>; kitchen: Set<number>; reportingClauses: readonly AllowedRange[] } {
  const tokens = text.tokens;
  let reportingClauses: AllowedRange[] | undefined;
  const address = new Set<number>();
  const farm = new Set<number>();
  const kitchen = new Set<number>();
  const reporting = new Set<number>();
  const speech = new Set<number>();
  // Sentences whose speaker is named before a verb of saying ({@link namedSpeaker}): reported only after the verb.
  const spoken = new Set<number>();
  // French "du" is "of the", not the German "du".
  const french = language === 'fr';
  const german = language === 'de' || language === 'other';
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const cues = cueBitsOf(token);
    if (cues === CUE_KNOWN) continue;
    if ((cues & CUE_ADDRESS) !== 0 && !(french && token.norm === 'du')) address.add(token.sentence);
    if ((cues & CUE_REPORTING) !== 0) {
      // "un article écrit par un débile", "scritto da un ignorante": the writer is named, not quoted.
      const byAgent = WRITTEN.has(token.norm) && AGENT_AFTER.has(tokens[k + 1]?.norm ?? '');
      // "so-called leaders": a sneer, not reported speech.
      const soCalled = token.norm === 'called' && tokens[k - 1]?.norm === 'so';
      // "le génie qui a écrit ce titre", "whoever wrote this": the writer is described, not quoted.
      // Not "le journaliste qui a écrit que Berset est un clown": what follows "que"/"that" is reported.
      const relative = german === false && !THAT.has(tokens[k + 1]?.norm ?? '') && (RELATIVE.has(tokens[k - 1]?.norm ?? '') || (RELATIVE_AUX.has(tokens[k - 1]?.norm ?? '') && RELATIVE.has(tokens[k - 2]?.norm ?? '')));
      // "relis ce que tu as écrit", "rileggi quello che hai scritto", "read what you wrote": the words are the object,
      // named and not quoted; nothing after the verb is reported.
      const object = german === false && whatWasSaid(tokens, k);
      // "Ich würde die Grünen als Geschwür bezeichnen", "kann man getrost als Gehirnfurz bezeichnen": the writer's own verdict.
      const own = german && ownJudgement(text, k);
      // "Ehrlich gesagt, …", "Offen gesagt …", "Wie gesagt …": an aside that opens the writer's own words.
      const aside = german && ASIDE_PARTICIPLES.has(token.norm) && ASIDE_ADVERBS.has(tokens[k - 1]?.norm ?? '') && (tokens[k - 1] as Token).sentence === token.sentence;
      // A later cue of the same report ("…, die Bauern seien schuld") is inside the range already reported.
      if (!byAgent && !soCalled && !relative && !object && !own && !aside && !spoken.has(token.sentence)) {
        const whoever = german ? whoeverSaysThis(text, k) : -1;
        // "Wenn Fettbacke behauptet, …", "Der Vollpfosten sagt …": the speaker is called names; what they say is reported.
        const speaker = whoever < 0 && german && namedSpeaker(text, k);
        if (whoever >= 0) (reportingClauses ??= []).push({ tokenStart: whoever, tokenEnd: k + 1 });
        else if (speaker) {
          (reportingClauses ??= []).push({ tokenStart: k, tokenEnd: sentenceEnd(tokens, k) });
          spoken.add(token.sentence);
        }
        else {
          // "Avant de traiter les autres d'ignorants, …, pauvre crétin": the name called to the reader after the report is not reported.
          const cut = german ? -1 : vocativeAfter(text, k);
          if (cut >= 0) (reportingClauses ??= []).push({ tokenStart: sentenceStart(tokens, k), tokenEnd: cut });
          else reporting.add(token.sentence);
        }
      }
    }
    // "Dire che i migranti sono parassiti è vergognoso", "Dire que …", "Saying that …": a claim held up to judge it.
    if ((cues & CUE_SAYING) !== 0 && THAT.has(tokens[k + 1]?.norm ?? '') && (k === 0 || (tokens[k - 1] as Token).sentence !== token.sentence)) reporting.add(token.sentence);
    // Italian "dare dell'idiota a qualcuno" is calling someone an idiot.
    if (language === 'it' && (cues & CUE_GIVE) !== 0 && CALLED_AS.has(tokens[k + 1]?.norm ?? '')) {
      const cut = vocativeAfter(text, k);
      if (cut >= 0) (reportingClauses ??= []).push({ tokenStart: sentenceStart(tokens, k), tokenEnd: cut });
      else reporting.add(token.sentence);
    }
    if ((cues & CUE_SPEECH) !== 0) speech.add(token.sentence);
    if (german && (cues & CUE_FARM) !== 0) farm.add(token.sentence);
    if (german && (cues & CUE_KITCHEN) !== 0) kitchen.add(token.sentence);
  }
  return { address, reporting, speech, farm, kitchen, reportingClauses: reportingClauses ?? NO_RANGES };
}

/**
 * The reader as subject, and the reader's auxiliaries, between "ce que" / "quello che" / "what" and a verb of saying
 * ("ce que tu as écrit", "quello che hai scritto"): only the reader's own words. "Quello che ha scritto il giornalista"
 * may go on to report them.
 */
const SAID_FILLERS: ReadonlySet<string> = new Set(['tu', 't', 'vous', 'as', 'avez', 'avais', 'aviez', 'hai', 'avete', 'avevi', 'you', 'have', 'just',
  // "Quand on voit ce qu'il écrit, …", "what he writes": a subject pronoun before the verb, the words still its object
  // (an auxiliary of the third person stays out: "quello che ha scritto il giornalista" may report).
  'il', 'elle', 'ils', 'elles', 'lui', 'lei', 'loro', 'he', 'she', 'they']);
const WHAT_PRONOUNS: ReadonlySet<string> = new Set(['ce', 'quello', 'quel', 'cio', 'tout', 'tutto']);
const WHAT_THAT: ReadonlySet<string> = new Set(['que', 'qu', 'che']);

/** Whether the verb of saying at `k` has "ce que" / "quello che" / "what" for its object ("relis ce que tu as écrit"). */
function whatWasSaid(tokens: readonly Token[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && p >= k - 3 && SAID_FILLERS.has((tokens[p] as Token).norm)) p--;
  // At least the reader's pronoun or auxiliary: "ce que dit le ministre" reports the minister.
  if (p < 0 || p === k - 1 || (tokens[p] as Token).sentence !== (tokens[k] as Token).sentence) return false;
  const w = (tokens[p] as Token).norm;
  if (w === 'what') return true;
  return WHAT_THAT.has(w) && p > 0 && WHAT_PRONOUNS.has((tokens[p - 1] as Token).norm);
}

/** Participles of saying that an adverb makes an aside ("ehrlich gesagt", "offen gesagt", "wie gesagt"), not a report. */
const ASIDE_PARTICIPLES: ReadonlySet<string> = new Set(['gesagt', 'gseit', 'gsait']);
const ASIDE_ADVERBS: ReadonlySet<string> = new Set(['ehrlich', 'offen', 'wie', 'kurz', 'gelinde', 'anders', 'ganz', 'salopp', 'grob', 'nebenbei', 'einfach', 'ehrli', 'ehrlech', 'ufrichtig', 'aufrichtig', 'vorneweg', 'deutlich', 'klar']);

/** The writer as the one who names: "ich", or "man" with a modal ("kann man getrost als … bezeichnen"). */
const OWN_SPEAKER: ReadonlySet<string> = new Set(['ich', 'i']);
const IMPERSONAL = 'man';
const MODALS_DE: ReadonlySet<string> = new Set(['kann', 'koennte', 'muss', 'muesste', 'darf', 'duerfte', 'sollte', 'soll', 'chan', 'cha', 'mues']);
/** Passive and perfect auxiliaries: "ich wurde als Versager bezeichnet" reports what was said to the writer. */
const PASSIVE_DE: ReadonlySet<string> = new Set(['wurde', 'wurden', 'werde', 'wird', 'worden', 'bin', 'sind', 'wordn']);
const OWN_VERBS: ReadonlySet<string> = new Set(['bezeichnen', 'bezeichne', 'nennen', 'nenne', 'betiteln', 'betitle', 'behaupten', 'behaupte', 'sagen', 'sage']);
/** How far back in its clause the subject of a verb of naming may be ("Ich würde diese Regierung als Haufen Versager bezeichnen"). */
const OWN_WINDOW = 10;

/**
 * Whether the verb of naming or saying at `k` has the writer for subject, in the same clause: "Ich würde die Grünen als
 * Geschwür bezeichnen", "Alles andere kann man getrost als Gehirnfurz bezeichnen" (GermEval training tweets the scorer
 * read as reports). Not when the writer is named so by others ("Ich wurde als Versager beschimpft").
 */
function ownJudgement(text: NormalizedText, k: number): boolean {
  const tokens = text.tokens;
  // An infinitive after a modal or the first person ("würde … bezeichnen", "ich bezeichne"): not a past report
  // ("Ich habe gehört, wie er sie so nannte").
  if (!OWN_VERBS.has((tokens[k] as Token).norm)) return false;
  const sentence = (tokens[k] as Token).sentence;
  let own = false;
  let modal = false;
  let impersonal = false;
  for (let j = k - 1; j >= 0 && j >= k - OWN_WINDOW; j--) {
    const token = tokens[j] as Token;
    if (token.sentence !== sentence || clauseBreak(text, j, j + 1)) break;
    if (PASSIVE_DE.has(token.norm)) return false;
    own ||= OWN_SPEAKER.has(token.norm);
    impersonal ||= token.norm === IMPERSONAL;
    modal ||= MODALS_DE.has(token.norm);
  }
  return own || (impersonal && modal);
}

/** Finite verbs of saying whose subject may come right before them ("Der Vollpfosten behauptet, …"). */
const SAYS_DE: ReadonlySet<string> = new Set(['sagt', 'sagte', 'behauptet', 'behauptete', 'schreibt', 'schrieb', 'twitterte', 'nennt', 'nannte']);
/** What may open the subject before a verb of saying: an article, a demonstrative, a conjunction. */
const SPEAKER_OPENERS: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dieser', 'diese', 'dieses', 'dr', 'de', 'wenn', 'dass', 'weil', 'ob', 'und', 'aber', 'jetzt', 'nun', 'da']);

/**
 * Whether the finite verb of saying at `k` follows its subject, a capitalised word in its clause ("Wenn Fettbacke
 * behauptet, …", "Der Vollpfosten sagt, …"): the speaker is named by the writer, only what follows is reported.
 * Not "Er wurde als Idiot bezeichnet" (a participle) nor "…, den die Zeitung einen Idioten nannte" (an object).
 */
function namedSpeaker(text: NormalizedText, k: number): boolean {
  const tokens = text.tokens;
  if (!SAYS_DE.has((tokens[k] as Token).norm) || k < 1) return false;
  const subject = tokens[k - 1] as Token;
  if (subject.sentence !== (tokens[k] as Token).sentence || clauseBreak(text, k - 1, k) || subject.quoted) return false;
  const c = text.text.charAt(subject.begin);
  if (c === c.toLowerCase()) return false;
  const before = tokens[k - 2];
  return before === undefined || before.sentence !== subject.sentence || clauseBreak(text, k - 2, k - 1) || SPEAKER_OPENERS.has(before.norm);
}

/** Words that open a name called to the reader ("…, pauvre crétin", "…, povero cretino", "…, espèce d'andouille"). */
const VOCATIVE_OPENERS: ReadonlySet<string> = new Set(['pauvre', 'pauvres', 'pauv', 'pov', 'espece', 'sale', 'sales', 'bougre', 'povero', 'povera', 'poveri', 'povere', 'brutto', 'brutta', 'brutti', 'razza', 'pezzo']);

/**
 * Where a later clause of the sentence of the verb at `k` opens with a name called to the reader ("Avant de traiter
 * les autres d'ignorants, regarde ton niveau, pauvre crétin"), else −1: the report ends before it.
 */
function vocativeAfter(text: NormalizedText, k: number): number {
  const tokens = text.tokens;
  const sentence = (tokens[k] as Token).sentence;
  for (let p = k + 2; p < tokens.length && (tokens[p] as Token).sentence === sentence; p++) {
    if (VOCATIVE_OPENERS.has((tokens[p] as Token).norm) && clauseBreak(text, p - 1, p)) return p;
  }
  return -1;
}

/** The first token of the sentence of token `k`. */
function sentenceStart(tokens: readonly Token[], k: number): number {
  const sentence = (tokens[k] as Token).sentence;
  let start = k;
  while (start > 0 && (tokens[start - 1] as Token).sentence === sentence) start--;
  return start;
}

/** One past the last token of the sentence of token `k`. */
function sentenceEnd(tokens: readonly Token[], k: number): number {
  const sentence = (tokens[k] as Token).sentence;
  let end = k;
  while (end < tokens.length && (tokens[end] as Token).sentence === sentence) end++;
  return end;
}

/**
 * An insult, swear word or body insult without threat or severity (and, when its sentence names a group, without
 * weight about groups): one that criticism of a thing or a negated predicate may drop.
 */
function mayDrop(m: TermMatch<LexiconPayload>, groupNamed: boolean): boolean {
  const d = m.data;
  if (d === undefined) return true;
  if (d.category !== 'insult' && d.category !== 'body' && d.category !== 'profanity') return false;
  if (d.group !== undefined && groupNamed) return false;
  return (d.weights.SEVERE_TOXICITY ?? 0) === 0 && (d.weights.THREAT ?? 0) === 0 && (d.weights.IDENTITY_ATTACK ?? 0) === 0;
}

const NO_FINDINGS: PredicateFindings = { matches: [], allowed: [], negated: [] };

/** A match that criticism of a thing may take back: an insult, swear word or body insult. */
function isRetractable(m: TermMatch<LexiconPayload>): boolean {
  const c = m.data?.category;
  return c === 'insult' || c === 'profanity' || c === 'body';
}

const skeletonCache = new Map<string, string>();

/** A term with its doubled letters written once ("man sollte * erschiessen" → "man solte * erschiesen"). */
function skeleton(term: string): string {
  let out = skeletonCache.get(term);
  if (out === undefined) {
    out = term.replace(/(.)\1+/g, '$1');
    skeletonCache.set(term, out);
  }
  return out;
}

/**
 * A misspelt row ("man solte … aufhängen", "hoffentlich vereckt") also matches the word spelt right: the matcher
 * reads a doubled letter as a stretched one. Over the same words, the two rows are one piece of evidence and one hit
 * (the stronger on THREAT), not two: more hits would weigh more in the model's lexicon features.
 */
function withoutSpellingTwins(matches: readonly TermMatch<LexiconPayload>[]): TermMatch<LexiconPayload>[] {
  const kept: TermMatch<LexiconPayload>[] = [];
  for (const m of matches) {
    let twin = -1;
    for (let j = kept.length - 1; j >= 0 && twin < 0; j--) {
      const other = kept[j] as TermMatch<LexiconPayload>;
      if (other.tokenStart !== m.tokenStart) break;
      if (other.tokenEnd === m.tokenEnd && other.term !== m.term && other.data?.category === m.data?.category && skeleton(other.term) === skeleton(m.term)) twin = j;
    }
    if (twin < 0) kept.push(m);
    else if ((m.data?.weights.THREAT ?? 0) > ((kept[twin] as TermMatch<LexiconPayload>).data?.weights.THREAT ?? 0)) kept[twin] = m;
  }
  return kept.length === matches.length ? [...matches] : kept;
}

/** Matches in order of position, longer first on ties, then by id (deterministic). */
function byPosition(a: TermMatch<LexiconPayload>, b: TermMatch<LexiconPayload>): number {
  return a.begin - b.begin || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Whether the sentence of token `k` asks why without a negation ("Why should he be executed?", "Pourquoi faudrait-il
 * le pendre?"; not the rhetorical "Warum erschiesst den niemand?"). Only asked for threats, so it costs nothing on
 * most comments.
 */
function isWhyQuestion(text: NormalizedText, k: number): boolean {
  const tokens = text.tokens;
  const sentence = (tokens[k] as Token).sentence;
  let first = k;
  while (first > 0 && (tokens[first - 1] as Token).sentence === sentence) first--;
  if (!WHY.has((tokens[first] as Token).norm)) return false;
  let last = k;
  for (;;) {
    const token = tokens[last] as Token;
    if (NEGATIONS.has(token.norm)) return false;
    const next = tokens[last + 1];
    if (next === undefined || next.sentence !== sentence) return text.text.slice(token.end, next?.begin ?? text.text.length).includes('?');
    last++;
  }
}

/** A "no" that answers a question ("Sie verdienen den Tod? Nein, …"). */
const ANSWER_NO: ReadonlySet<string> = new Set(['nein', 'nei', 'nae', 'noe', 'no', 'non', 'nope']);

/**
 * Whether the match sits in a question the next sentence answers with "no": a claim put up to be rejected ("Die
 * gehören an die Wand gestellt? Nein, vor Gericht!", "I want him dead? No, I want him in prison").
 */
function answeredNo(text: NormalizedText, k: number): boolean {
  const tokens = text.tokens;
  const sentence = (tokens[k] as Token).sentence;
  let last = k;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).sentence === sentence) last++;
  const next = tokens[last + 1];
  return next !== undefined && ANSWER_NO.has(next.norm) && text.text.slice((tokens[last] as Token).end, next.begin).includes('?');
}

/**
 * Nouns for what people say or write, and words that condemn it. In a sentence about a group they make a word of
 * contempt a verdict on the speech, not on the group ("Deine Aussage über trans Personen ist widerlich", "Die
 * Kommentare über Flüchtlinge hier sind ekelhaft", "Dass Muslime hier nichts verloren hätten, ist rassistisch");
 * only the rows that weigh nothing alone are affected, never insults or threats.
 */
const SPEECH_NOUNS = new WordSet(new Set([
  'kommentar', 'kommentare', 'kommentaren', 'kommentars', 'hasskommentar', 'hasskommentare', 'aussage', 'aussagen', 'satz', 'saetze',
  'spruch', 'sprueche', 'spruechen', 'aeusserung', 'aeusserungen', 'beitrag', 'beitraege', 'post', 'posts', 'tweet', 'tweets', 'hetze',
  'hassrede', 'beleidigung', 'beleidigungen', 'worte', 'bemerkung', 'bemerkungen', 'parole', 'parolen', 'hetzer', 'hetzerei', 'gerede',
  'herziehen', 'herzieht', 'beschimpfungen', 'pauschalisierungen', 'pauschalisierung',
  // and words that condemn what was said ("…, das ist eine Schande", "Wer so redet, ist ein Rassist")
  'schande', 'schaemen', 'schaemt', 'schaeme', 'schaem', 'rassistisch', 'rassistische', 'rassistischer', 'rassismus', 'rassist', 'rassisten',
  'sexistisch', 'sexismus', 'homophob', 'homophobe', 'homophobie', 'transfeindlich', 'transfeindliche', 'antisemitisch', 'antisemitische',
  'antisemitismus', 'hetze', 'hetzt', 'hetzen', 'diskriminierend', 'diskriminierung', 'menschenverachtend', 'inakzeptabel', 'unakzeptabel',
  'unsinn', 'quatsch', 'bloedsinn', 'luege', 'luegen', 'gelogen', 'vorurteil', 'vorurteile', 'beschaemend', 'verurteile', 'verurteilen',
  'widerspreche', 'widersprochen',
  // myths and prejudice as the subject ("diese Verschwörungsmythen sind gefährlich"), and running a group down
  'verschwoerungsmythen', 'verschwoerungsmythos', 'verschwoerungstheorie', 'verschwoerungstheorien', 'mythen', 'klischee', 'klischees',
  'vorurteilen', 'hergezogen', 'herziehen',
]));

/**
 * Whether the match ends a German clause opened by "Wer" and a main clause follows it ("Wer Schwule hasst, hat ein
 * Problem mit sich selbst", "Wer Ausländer verachtet, hat nichts verstanden"): it describes whoever feels or says so,
 * and what follows judges them, not the group. Only for the rows that weigh nothing alone.
 */
function inWhoeverClause(text: NormalizedText, start: number, end: number): boolean {
  const tokens = text.tokens;
  const last = tokens[end - 1] as Token;
  const next = tokens[end];
  // The verb closes the clause, and the sentence goes on.
  if (next === undefined || next.sentence !== last.sentence || !clauseBreak(text, end - 1, end)) return false;
  for (let k = start; k >= 0; k--) {
    const token = tokens[k] as Token;
    const prev = tokens[k - 1];
    if (prev === undefined || prev.sentence !== token.sentence || clauseBreak(text, k - 1, k)) return token.norm === 'wer';
  }
  return false;
}

/**
 * Acts done to a group, as the subject of a verdict ("Gewalt gegen Juden ist widerlich", "Der Angriff auf die Muslime
 * in Christchurch war abscheulich", "Die Hetze gegen Flüchtlinge ist ekelhaft").
 */
const ACT_NOUNS = new WordSet(new Set([
  'gewalt', 'angriff', 'angriffe', 'anschlag', 'anschlaege', 'attentat', 'attentate', 'brandanschlag', 'hetze', 'hetzjagd', 'hass', 'diskriminierung',
  'ausgrenzung', 'verfolgung', 'mord', 'morde', 'ermordung', 'behandlung', 'umgang', 'anfeindungen', 'anfeindung', 'beleidigungen', 'schmierereien',
  'rassismus', 'antisemitismus', 'homophobie', 'sexismus', 'transfeindlichkeit', 'pogrom', 'pogrome', 'vertreibung', 'mobbing', 'belaestigung',
  'belaestigungen', 'ueberfall', 'ueberfaelle', 'verunglimpfung', 'drohungen', 'schikane', 'schikanen', 'polizeigewalt', 'ausbeutung', 'unterdrueckung',
  'benachteiligung', 'verhalten', 'vorgehen', 'holocaust', 'deportation', 'deportationen',
]));
/** Words that open a clause about what someone did or said, which then is the subject ("Wie hier über … geredet wird, ist ekelhaft"). */
const ACT_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['wie', 'dass', 'was']);
const ACT_VERBS: ReadonlySet<string> = new Set([
  'reden', 'redet', 'geredet', 'schreiben', 'schreibt', 'geschrieben', 'sprechen', 'spricht', 'gesprochen', 'hetzen', 'hetzt', 'gehetzt', 'herziehen',
  'hergezogen', 'behandelt', 'behandeln', 'umgehen', 'umgeht', 'umgegangen', 'beleidigt', 'beschimpft', 'angegriffen', 'diskriminiert', 'ausgegrenzt',
  'verfolgt', 'verspottet', 'bedroht', 'angepoebelt', 'gemobbt', 'abgeschoben', 'ausgeschafft', 'verunglimpft', 'herabgewuerdigt', 'ausgebeutet',
]);
const ACT_DETERMINERS: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'diese', 'dieser', 'dieses', 'solche', 'solcher', 'jede', 'jeder', 'jegliche', 'jeglicher', 'eure', 'deine', 'ihre', 'seine']);

/**
 * Whether a row that counts only about a group is the predicate of a verdict on an act ({@link ACT_NOUNS} opening the
 * clause of its copula: "Gewalt gegen Juden ist widerlich") or on a clause put first ("Wie manche über Flüchtlinge
 * reden, ist ekelhaft"): it judges what was done, not the group.
 */
function verdictOnAct(text: NormalizedText, start: number): boolean {
  const tokens = text.tokens;
  const sentence = (tokens[start] as Token).sentence;
  let copula = -1;
  for (let k = start; k >= 0 && k >= start - 2; k--) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence) return false;
    if (COPULAS_DE.has(token.norm)) {
      copula = k;
      break;
    }
    if (k < start && clauseBreak(text, k, k + 1)) return false;
  }
  if (copula < 1) return false;
  let first = copula;
  while (first > 0 && (tokens[first - 1] as Token).sentence === sentence && !clauseBreak(text, first - 1, first)) first--;
  if (first === copula) {
    // The copula opens its clause: the clause before it is the subject ("Wie …, ist ekelhaft").
    let open = copula - 1;
    while (open > 0 && (tokens[open - 1] as Token).sentence === sentence) open--;
    // … and says what was done to or said about the group ("Wie … behandelt werden", "Dass … beschimpft werden"), not
    // what the group does ("Dass Schwule sich küssen, ist ekelhaft").
    if (!ACT_CLAUSE_OPENERS.has((tokens[open] as Token).norm)) return false;
    for (let k = open + 1; k < copula; k++) if (ACT_VERBS.has((tokens[k] as Token).norm)) return true;
    return false;
  }
  const head = ACT_DETERMINERS.has((tokens[first] as Token).norm) ? first + 1 : first;
  return head < copula && ACT_NOUNS.has(tokens[head] as Token);
}

/** Verbs of wishing and being able: before "zurück …" they make the return the group's own wish. */
const WISH_VERBS: ReadonlySet<string> = new Set(['moechte', 'moechten', 'will', 'wollen', 'wuerde', 'wuerden', 'hoffen', 'hofft', 'traeumen', 'traeumt', 'sehnen', 'sehnt', 'koennen', 'kann', 'duerfen', 'darf', 'konnten', 'durften', 'wollten', 'moechtet', 'gerne', 'gern', 'wend', 'wetted', 'moechted', 'choennd', 'doerfed']);
const WISH_WINDOW = 3;

/** Whether a row of sending back ("zurück in ihre Heimat") follows a verb of wishing in its clause ({@link WISH_VERBS}). */
function ownWish(tokens: readonly Token[], m: TermMatch<LexiconPayload>): boolean {
  if (!m.term.startsWith('zurueck')) return false;
  return wordBefore(tokens, m.tokenStart, WISH_VERBS, WISH_WINDOW);
}

/** Words that may stand for a group as the subject before a copula ("Die sind …", "Alle sind …", "Solche sind …"). */
const GROUP_SUBJECT_WORDS: ReadonlySet<string> = new Set(['die', 'diese', 'sie', 'alle', 'viele', 'manche', 'einige', 'solche', 'das', 'es', 'wir', 'ihr', 'meisten', 'jene', 'di', 'dene', 'beide', 'leute', 'menschen', 'wieso', 'warum', 'weshalb', 'wie', 'was', 'wer']);

/**
 * Whether a German predicate row that starts with a copula ("sind * barbar") has a subject right before it that is a
 * noun naming no group ("Die Taliban sind Barbaren, die Frauen …"), and no group is named before it in its clause.
 */
function otherSubject(text: NormalizedText, start: number, end: number, groupTokens: readonly number[] | undefined): boolean {
  const tokens = text.tokens;
  const copula = tokens[start] as Token;
  if (!COPULAS_DE.has(copula.norm) || start === 0) return false;
  const subject = tokens[start - 1] as Token;
  if (subject.sentence !== copula.sentence || clauseBreak(text, start - 1, start) || GROUP_SUBJECT_WORDS.has(subject.norm) || !isNoun(text, start - 1)) return false;
  let clause = start - 1;
  while (clause > 0 && (tokens[clause - 1] as Token).sentence === copula.sentence && !clauseBreak(text, clause - 1, clause)) clause--;
  // A group inside the frame is its subject put after the verb ("Wieso sind Frauen immer so hysterisch?").
  // The group named only before the clause may still be its subject ("… Roma …, der bessere Begriff ist Abschaum"): only a
  // group named after the predicate is left out.
  const groups = groupTokens ?? [];
  return !groups.some((g) => g < end && (tokens[g] as Token).sentence === copula.sentence) && groups.some((g) => g >= end && (tokens[g] as Token).sentence === copula.sentence);
}

function withoutSentence(sentences: ReadonlySet<number>, sentence: number): Set<number> {
  const out = new Set(sentences);
  out.delete(sentence);
  return out;
}

/**
 * Whether the sentence of a feeling about a group has a clause that says what is done to the group ("Ich habe es satt,
 * wie Flüchtlinge hier behandelt werden", "Wenn ich sehe, wie Muslime beschimpft werden, werde ich wütend"): "wie" or
 * "dass" and a verb of harm or talk ({@link ACT_VERBS}) after it. The feeling is about the act.
 */
function actClauseInSentence(tokens: readonly Token[], start: number): boolean {
  const sentence = (tokens[start] as Token).sentence;
  let k = start;
  while (k > 0 && (tokens[k - 1] as Token).sentence === sentence) k--;
  let opened = false;
  for (; k < tokens.length && (tokens[k] as Token).sentence === sentence; k++) {
    const norm = (tokens[k] as Token).norm;
    if (ACT_CLAUSE_OPENERS.has(norm)) opened = true;
    else if (opened && ACT_VERBS.has(norm)) return true;
  }
  return false;
}

/** Singular copulas: "das ist widerlich" is said of a thing; "das sind …" may take up a group. */
const SINGULAR_COPULAS: ReadonlySet<string> = new Set(['ist', 'isch', 'war', 'waere']);
const FIND: ReadonlySet<string> = new Set(['finde', 'findet', 'fand', 'find', 'finds']);

/**
 * Whether a row that counts only about a group has a subject that is no group: "es"/"das" ("Es ist kriminell, wie
 * …", "Ich finde es widerlich, wie hier über Muslime hergezogen wird", "Das ist widerlich") or speech ("Diese
 * Verschwörungsmythen sind gefährlich").
 */
function nonGroupSubject(tokens: readonly Token[], start: number, term: string): boolean {
  const first = tokens[start] as Token;
  const prev = tokens[start - 1];
  if (FRAME_COPULAS.has(first.norm)) {
    // "sind das Letzte": the "das" after the copula is the predicate's own article, not its subject ("Ist das gefährlich?" asks).
    const next = tokens[start + 1]?.norm ?? '';
    return NON_GROUP_SUBJECTS.has(prev?.norm ?? '') || (NON_GROUP_SUBJECTS.has(next) && !(termWords(term).has(next) && termWords(term).has('letzte'))) || (prev !== undefined && prev.sentence === first.sentence && SPEECH_NOUNS.has(prev));
  }
  if (prev === undefined || prev.sentence !== first.sentence) return false;
  const before = tokens[start - 2];
  if (prev.norm === 'es') return true;
  if (before === undefined || before.sentence !== first.sentence) return false;
  if (SINGULAR_COPULAS.has(prev.norm) && (before.norm === 'es' || before.norm === 'das' || before.norm === 'dies')) return true;
  return FIND.has(before.norm) && (prev.norm === 'das' || prev.norm === 'dies');
}

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
function isExclamation(text: NormalizedText, start: number, end: number, profane: Uint8Array): boolean {
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

const NO_SENTENCES: ReadonlySet<number> = new Set();
const ROLE_WORDS = new WordSet(new Set(['als', 'zum', 'zur']));

/**
 * Sentences that are only a refusal ({@link REFUSALS}: "Niemals.", "Nie im Leben.") answering a question right before
 * them that names a group in a role ("Eine Frau als Chefin?", "Ein Muslim als Lehrer meiner Kinder?").
 */
function refusalSentences(text: NormalizedText, matches: readonly TermMatch<LexiconPayload>[]): ReadonlySet<number> {
  const tokens = text.tokens;
  let out: Set<number> | undefined;
  for (const m of matches) {
    if (!REFUSALS.has(m.term) || m.tokenStart === 0) continue;
    const first = tokens[m.tokenStart] as Token;
    const s = first.sentence;
    const before = tokens[m.tokenStart - 1] as Token;
    const after = tokens[m.tokenEnd];
    if (before.sentence !== s - 1 || (after !== undefined && after.sentence === s) || first.quoted) continue;
    if (!text.text.slice(before.end, first.begin).includes('?')) continue;
    let role = false;
    let group = false;
    for (let k = m.tokenStart - 1; k >= 0 && (tokens[k] as Token).sentence === s - 1; k--) if (ROLE_WORDS.has(tokens[k] as Token)) role = true;
    for (const g of matches) if (g.data?.category === 'identity' && (tokens[g.tokenStart] as Token).sentence === s - 1) group = true;
    if (role && group) (out ??= new Set()).add(s);
  }
  return out ?? NO_SENTENCES;
}

/** Scores a comment from the curated lexicon with context rules (quotes, reported speech, negation, counter-speech). */
export interface LexiconScorer {
  score(text: NormalizedText, language: Language): LexiconResult;
}

/** Builds the lexicon scorer; pass a matcher to use other term data (tests, moderator lists). */
/** Lexicon categories whose single-word terms are also found misspelt (see fuzzy-terms.ts). */
/** Group names too ("Flüchtlnige", "Auslädner"), so that a misspelt group still makes the sentence about a group. */
const FUZZY_CATEGORIES: ReadonlySet<LexiconCategory> = new Set(['insult', 'slur', 'body', 'threat', 'identity']);

/** The shipped lexicon's insults, slurs and threats, for misspelt matches. */
export function shippedFuzzyTerms(): FuzzyTerms<LexiconPayload> {
  return compileFuzzyTerms(
    LEXICON.filter((t) => t.data !== undefined && FUZZY_CATEGORIES.has(t.data.category)),
    {
      anySlipWhenShort: (t) => t.data?.category === 'identity',
      // Group names, and words that weigh only when a group is named ("hasse", "verachte", "widerlich").
      earlySwap: (t) => t.language === 'de' && t.data !== undefined && (t.data.category === 'identity' || (t.data.group !== undefined && !hasWeight(t.data.weights))),
    },
  );
}

/**
 * Lexicon matches read per comment. Real comments have a handful (at most 11 in the 37,123 comments of our data
 * sets); past it, more of the same words add nothing a moderator needs to see.
 */
const MAX_MATCHES = 128;

/** Tokens the misspelling and split-word finders skip, for the comment at hand (see scoreRows). */
let coveredBuffer = new Uint8Array(256);

/**
 * Builds the lexicon scorer. Without arguments it uses the shipped lexicon and finds its insults misspelt too;
 * pass a matcher (and optionally fuzzy terms) to use other term data (tests, moderator lists).
 */
export function createLexiconScorer(matcher?: TermMatcher<LexiconPayload>, fuzzy?: FuzzyTerms<LexiconPayload>): LexiconScorer {
  const exact = matcher ?? compileTerms(LEXICON);
  const misspelt = fuzzy ?? (matcher === undefined ? shippedFuzzyTerms() : undefined);
  const splitWords: SplitWords<LexiconPayload> | undefined =
    matcher === undefined ? compileSplitWords(LEXICON.filter((t) => t.data !== undefined && FUZZY_CATEGORIES.has(t.data.category)), exact) : undefined;
  const scoreRows = (text: NormalizedText, language: Language): LexiconResult => {
      const tokens = text.tokens;
      const found = exact.matchWithAllowed(text, language);
      let { allowed } = found;
      // A comment's first MAX_MATCHES matches are read in context, the rest dropped: several context rules look at
      // every other match or the whole run of them, and 20 KB of one swear word repeated took 180 ms.
      let matches = found.matches.length > MAX_MATCHES ? found.matches.slice(0, MAX_MATCHES) : found.matches;
      // German criticism of a thing only takes back lexicon matches (the grammar reports no German insults): without
      // an insult or swear word found, there is nothing for it to do, and most comments are spared the reading.
      const said = language === 'de' && !found.matches.some(isRetractable) ? NO_FINDINGS : findPredicates(text.text, tokens, language);
      if (said.matches.length > 0 || said.allowed.length > 0) {
        // Criticism of a thing ("cette décision est stupide") and speaking of oneself: the words inside are no evidence.
        // Inside a negated predicate ("il n'est pas idiot") the words count through the predicate, negated.
        const within = (m: TermMatch<LexiconPayload>, ranges: readonly AllowedRange[]): boolean => ranges.some((a) => m.tokenStart >= a.tokenStart && m.tokenEnd <= a.tokenEnd);
        // Threats, slurs and, in a sentence that names a group, words that weigh more about it ("parassiti") stay.
        const groupNamed = new Set<number>();
        for (const m of matches) if (m.data?.category === 'identity') groupNamed.add((tokens[m.tokenStart] as Token).sentence);
        const droppable = (m: TermMatch<LexiconPayload>): boolean => mayDrop(m, groupNamed.has((tokens[m.tokenStart] as Token).sentence));
        const inside = (m: TermMatch<LexiconPayload>): boolean => within(m, said.allowed) && droppable(m);
        // The lexicon's own innocent phrases ("una brutta bestia", "this tool") hold for these matches too.
        const own = said.matches.filter((m) => !inside(m) && !within(m, found.allowed));
        matches = [...matches.filter((m) => !inside(m) && !(within(m, said.negated) && droppable(m))), ...own].sort(byPosition);
        allowed = [...allowed, ...said.allowed];
      }
      if (misspelt !== undefined) {
        // One buffer for every comment, grown as needed: the finders read only its first tokens.length entries.
        if (coveredBuffer.length < tokens.length) coveredBuffer = new Uint8Array(Math.max(tokens.length, 2 * coveredBuffer.length));
        const covered = coveredBuffer.fill(0, 0, tokens.length);
        for (const m of matches) covered.fill(1, m.tokenStart, m.tokenEnd);
        for (const range of allowed) covered.fill(1, range.tokenStart, range.tokenEnd);
        const slips = misspelt.find(tokens, covered, language);
        if (slips.length > 0) matches = [...matches, ...slips].sort(byPosition);
        if (splitWords !== undefined) {
          for (const m of slips) covered.fill(1, m.tokenStart, m.tokenEnd);
          const joined = splitWords.find(text, covered, language);
          if (joined.length > 0) matches = [...matches, ...joined].sort(byPosition);
        }
      }
      // An insult word inside a longer swear phrase is part of the swear ("Huere Siech!", "Huere Chaib, …"): a person is
      // insulted only through the phrase's aimed rows ("du huere Siech"), which are insults of their own.
      if (matches.some((m) => m.data?.category === 'profanity' && m.tokenEnd - m.tokenStart > 1)) {
        const swears = matches.filter((m) => m.data?.category === 'profanity' && m.tokenEnd - m.tokenStart > 1);
        const inSwear = (m: TermMatch<LexiconPayload>): boolean => swears.some((p) => p.tokenStart <= m.tokenStart && p.tokenEnd >= m.tokenEnd && p.tokenEnd - p.tokenStart > m.tokenEnd - m.tokenStart);
        matches = matches.filter((m) => m.data?.category !== 'insult' || !mayDrop(m, false) || !inSwear(m));
      }
      if (matches.length > 1) matches = withoutSpellingTwins(matches);
      const refusals = language === 'de' || language === 'other' ? refusalSentences(text, matches) : NO_SENTENCES;
      if (matches.some((m) => REFUSALS.has(m.term))) {
        matches = matches.filter((m) => !REFUSALS.has(m.term) || refusals.has((tokens[m.tokenStart] as Token).sentence));
      }
      const scores = emptyScores();
      const result: LexiconResult = { scores, spans: [], hits: [], identityMentioned: false, maskedTokens: undefined, reportedSpeech: null };
      const mask = (from: number, to: number): void => {
        result.maskedTokens ??= new Uint8Array(tokens.length);
        result.maskedTokens.fill(1, from, to);
      };
      for (const range of allowed) mask(range.tokenStart, range.tokenEnd);
      if (language === 'de' || language === 'other') {
        maskFarmAnimals(tokens, mask);
      }
      if (matches.length === 0) return result;
      // Sentences that name a group outside quotation marks: a group named only inside a quotation («Schwule sind
      // krank») is not what the writer's own words ("… haben hier nichts verloren") are about.
      const identitySentences = new Set<number>();
      // Sentences whose quotation names a group: hate quoted there («Schwule sind krank») is a mention of hate about
      // a group, which counts as quoted evidence (and keeps the model at its mentioned-only share), not as nothing.
      const quotedIdentitySentences = new Set<number>();
      let evidence = false;
      for (const m of matches) {
        if (m.data?.category === 'identity') {
          result.identityMentioned = true;
          (result.groupTokens ??= []).push(m.tokenStart);
          const first = tokens[m.tokenStart] as Token;
          if (!first.quoted) identitySentences.add(first.sentence);
          else quotedIdentitySentences.add(first.sentence);
        } else if (m.data !== undefined) evidence = true;
      }
      // Only group names ("Frauen", "Flüchtlinge"): nothing to weigh, and no need for the context cues.
      if (!evidence) return result;
      // A pronoun in the sentence after one that names a group refers to it ("Ich kenne viele Muslime. Ich hasse sie.").
      if (identitySentences.size > 0) {
        for (const token of tokens) {
          if (!token.quoted && identitySentences.has(token.sentence - 1) && GROUP_PRONOUNS.has(token)) identitySentences.add(token.sentence);
        }
        for (const s of refusals) if (identitySentences.has(s - 1)) identitySentences.add(s);
      }
      // Counter-speech cues with where they are: a cue that is part of the hit itself ("Transmenschen sollte man
      // nicht ernst nehmen": "sollte man nicht" and "nicht ernst nehmen") says nothing about it.
      const counterCues: { sentence: number; start: number; end: number }[] = [];
      const callOutSentences = new Set<number>();
      const fictionSentences = new Set<number>();
      for (const cue of CUES.match(text)) {
        const sentence = (tokens[cue.tokenStart] as Token).sentence;
        if (cue.data === 'counter' || cue.data === 'shame') {
          if (cue.data === 'counter' || !shameAtPerson(tokens, cue.tokenStart)) counterCues.push({ sentence, start: cue.tokenStart, end: cue.tokenEnd });
        } else if (cue.data === 'fiction') fictionSentences.add(sentence);
        else callOutSentences.add(sentence);
      }
      const { address: addressSentences, reporting: reportingSentences, speech: speechSentences, farm: farmSentences, kitchen: kitchenSentences, reportingClauses } = cueSentences(text, language);

      // Overlapping matches ("Vollidiot" and "idiot") are one piece of evidence: keep the strongest weight per
      // attribute within a group, and combine separate groups as independent evidence (noisy-or).
      let groupEnd = -1;
      let group = emptyScores();
      const noisyOr = emptyScores();
      const flush = (): void => {
        for (const a of ATTRIBUTES) noisyOr[a] = 1 - (1 - noisyOr[a]) * (1 - group[a]);
        group = emptyScores();
      };
      // What someone else said ("Er sagt, Muslime sind alle kriminell. Das ist falsch."): the clause after a verb of
      // saying and a condemned quotation, which the model does not read either. Only for the rows that weigh
      // nothing alone (contempt and group frames); insults and threats keep the reporting-verb rule.
      // A swear word is aimed at no one when nothing else in the comment insults, threatens or names a group.
      let aimed = result.identityMentioned;
      let profane: Uint8Array | undefined;
      for (const m of matches) {
        if (m.data?.category === 'profanity') (profane ??= new Uint8Array(tokens.length)).fill(1, m.tokenStart, m.tokenEnd);
        else if (m.data !== undefined && m.data.category !== 'identity' && hasWeight(m.data.weights)) aimed = true;
      }
      const german = language === 'de' || language === 'other';
      for (const m of matches) {
        const payload = m.data;
        if (payload === undefined || payload.category === 'identity') continue;
        const denied = said.negated.length > 0 && said.negated.some((r) => r.tokenStart === m.tokenStart && r.tokenEnd === m.tokenEnd) && said.matches.includes(m);
        let inReport = false;
        let aboutSpeech = false;
        if (!hasWeight(payload.weights)) {
          // "Es ist kriminell, wie Flüchtlinge behandelt werden", "Ist das gefährlich für Frauen?": no group is the subject.
          if (nonGroupSubject(tokens, m.tokenStart, m.term)) continue;
          // "Viele Flüchtlinge möchten irgendwann zurück in ihre Heimat": the group's own wish, not a demand.
          if (german && ownWish(tokens, m)) continue;
          if (result.reportedSpeech === null) result.reportedSpeech = reportedSpeechTokens(text);
          inReport = result.reportedSpeech !== undefined && result.reportedSpeech[m.tokenStart] === 1;
          aboutSpeech = speechSentences.has((tokens[m.tokenStart] as Token).sentence) || (german && (inWhoeverClause(text, m.tokenStart, m.tokenEnd) || verdictOnAct(text, m.tokenStart) || actClauseInSentence(tokens, m.tokenStart)));
        }
        const sentence = (tokens[m.tokenStart] as Token).sentence;
        const countered = counterCues.some((c) => c.sentence === sentence && (c.end <= m.tokenStart || c.start >= m.tokenEnd));
        const untargeted = profane !== undefined && payload.category === 'profanity' && !aimed && !addressSentences.has(sentence) && isExclamation(text, m.tokenStart, m.tokenEnd, profane);
        const inClause = reportingClauses.length > 0 && reportingClauses.some((r) => m.tokenStart >= r.tokenStart && m.tokenStart < r.tokenEnd);
        // "Auf dem Hof gibt es zwei Esel", "Die Sau hat zwölf Ferkel geworfen": the animal itself, said to no one.
        // "Abschaum bildet sich beim Kochen der Suppe": the foam, not a person.
        const homonym = (farmSentences.has(sentence) && FARM_ANIMALS.has(m.term)) || (kitchenSentences.has(sentence) && KITCHEN_HOMONYMS.has(m.term));
        const animal = (homonym && !addressSentences.has(sentence) && payload.category === 'insult' && !afterCopula(tokens, m.tokenStart)) || (german && mayDrop(m, identitySentences.has(sentence)) && thingSubject(text, m.tokenStart)) || slurHomonym(tokens, m);
        // "Die Taliban sind Barbaren, die Frauen wie Sklavinnen behandeln": the predicate's subject is named and is no
        // group; the group named later in the sentence is not what the predicate is said of.
        const groups = german && payload.group !== undefined && identitySentences.has(sentence) && otherSubject(text, m.tokenStart, m.tokenEnd, result.groupTokens) ? withoutSentence(identitySentences, sentence) : identitySentences;
        const hit = applyContext(m, payload, tokens, { callOutSentences, identitySentences: groups, quotedIdentitySentences, addressSentences, reportingSentences, fictionSentences }, language, text, inReport || inClause, aboutSpeech || countered, denied, untargeted, animal);
        // A row that only counts about a group ("ausrotten", "Ratten") and found none is no evidence at all; said of a thing
        // ("Ich kann diesen Song nicht mehr ausstehen", "ein nutzloser Haufen Schrott") the model does not read it either.
        if (!hasWeight(hit.weights)) {
          if (german && thingNear(tokens, m.tokenStart, m.tokenEnd)) mask(m.tokenStart, m.tokenEnd);
          continue;
        }
        result.hits.push(hit);
        if (hit.contexts.length > 0) mask(m.tokenStart, m.tokenEnd);
        if (m.tokenStart >= groupEnd) flush();
        groupEnd = Math.max(groupEnd, m.tokenEnd);
        for (const a of ATTRIBUTES) {
          const w = hit.weights[a] ?? 0;
          if (w > group[a]) group[a] = w;
          if (w >= MIN_SPAN_SCORE) result.spans.push({ begin: hit.begin, end: hit.end, attribute: a, score: w, rule: hit.rule });
        }
      }
      flush();
      for (const a of ATTRIBUTES) scores[a] = noisyOr[a];
      scores.THREAT = Math.max(scores.THREAT, escalatedThreat(result.hits, () => namesTheWriter(tokens)));
      if (scores.THREAT < VEILED_THREAT && cueAtAddress(result.hits, tokens)) scores.THREAT = VEILED_THREAT;
      return result;
  };
  return {
    score(text: NormalizedText, language: Language): LexiconResult {
      const result = scoreRows(text, language);
      if (result.scores.THREAT < NET_SURE_THREAT) threatNet(text, language, result);
      return result;
    },
  };
}

/**
 * THREAT of the safety net (lexicon-threat-net.ts): a hold, below the fixed frames' reject. The net adds no hit, so
 * the model's lexicon features, and what it learnt from them, stay as they were; it only raises THREAT and explains.
 */
const NET_THREAT = 0.55;
/**
 * THREAT of a sure net match (a killing or a harm to the body aimed at a pronoun with a hope or a call, or knowing
 * where someone lives): at the reject threshold, like the fixed frames' threats to beat (threat(0.92)).
 */
const NET_SURE_THREAT = 0.92;

/** Said to the journalist or to a politician by title, a promised end is intimidation, as a veiled row is. */
function endAsNet(text: NormalizedText, language: Language, aimed: () => boolean): ReturnType<typeof findThreatNet> {
  const end = findPromisedEnd(text, language);
  return end === undefined ? undefined : { ...end, sure: end.sure === true || aimed() };
}

/** Raises THREAT to a hold when the net finds violence joined with a target or a wish and no context discounts it. */
function threatNet(text: NormalizedText, language: Language, result: LexiconResult): void {
  // A promised end without a word of violence ("Ihre Tage sind gezählt", "you won't be laughing for much longer") holds
  // as the net does (lexicon-threat-ends.ts).
  const found = findThreatNet(text, language, result.maskedTokens) ?? endAsNet(text, language, () => namesTheWriter(text.tokens));
  if (found === undefined) return;
  const tokens = text.tokens;
  const first = tokens[found.tokenStart] as Token;
  const last = tokens[found.tokenEnd - 1] as Token;
  const level = found.sure ? NET_SURE_THREAT : NET_THREAT;
  if (result.scores.THREAT >= level) return;
  const payload: LexiconPayload = { category: 'threat', weights: { THREAT: level, TOXICITY: found.sure ? level * 0.9 : level } };
  // The net's own words (the cue and the harm) are its instrument, not a thing it is about ("ich hoffe, du kriegst
  // Krebs"); a negation between them still counts ("spero che tu non abbia un incidente").
  // A promised end holds its own negation ("tu ne vas pas rire longtemps"): all its words are the term.
  const term = found.id.startsWith('end:') ? tokens.slice(found.tokenStart, found.tokenEnd).map((t) => t.norm).join(' ') : `${first.norm} ${last.norm}`;
  const m: TermMatch<LexiconPayload> = { begin: first.begin, end: last.end, term, id: found.id, tokenStart: found.tokenStart, tokenEnd: found.tokenEnd, data: payload };
  const counter = new Set<number>();
  const callOutSentences = new Set<number>();
  const fictionSentences = new Set<number>();
  for (const cue of CUES.match(text)) {
    const sentence = (tokens[cue.tokenStart] as Token).sentence;
    if (cue.data === 'counter' || cue.data === 'shame') counter.add(sentence);
    else if (cue.data === 'fiction') fictionSentences.add(sentence);
    else callOutSentences.add(sentence);
  }
  const { address: addressSentences, reporting: reportingSentences } = cueSentences(text, language);
  const none = new Set<number>();
  const hit = applyContext(m, payload, tokens, { callOutSentences, identitySentences: none, quotedIdentitySentences: none, addressSentences, reportingSentences, fictionSentences }, language, text, false, counter.has(first.sentence));
  if (hit.contexts.length > 0) return;
  result.scores.THREAT = Math.max(result.scores.THREAT, level);
  result.spans.push({ begin: hit.begin, end: hit.end, attribute: 'THREAT', score: level, rule: `lexicon:${found.id}${found.sure ? ':sure' : ''}` });
}

/**
 * A veiled threat ("du wirst es bereuen", "tu vas le regretter", "ti aspettiamo sotto casa") is held alone: the same
 * words are advice, banter or an appointment. A second, separate cue in the writer's own words aims it: an insult
 * (the threatened person is abused), a promise or an oath ("das verspreche ich dir", "parola mia"; THREAT_CUES),
 * or a second threat. Likewise a word of violence or pest control that is harmless about things ("loswerden",
 * "put down", "ausmerzen") next to people called vermin or animals. Quoted, reported, negated and fictional hits
 * have contexts and do not count.
 * Rows marked `veiled` ("un accident est vite arrivé", "deine Zeit wird kommen", "tu vas le regretter") are aimed
 * also by a cue or a second threat, and by naming the journalist or the writer ("Herr Redaktor", "journaleux",
 * "scribacchino"; {@link AIM}): said to the press, they are intimidation. Those that weigh below hold
 * ({@link VEILED_THREAT}) are approved alone.
 */
const VEILED_THREAT = 0.6;
const WEAK_THREAT = 0.3;
const CUE_THREAT = 0.3;
const AIMING_INSULT = 0.6;
const DEHUMANISING_INSULT = 0.5;
const ESCALATED_THREAT = 0.92;

/**
 * Words for the journalist or the writer of an article, respectful or not: a veiled threat that names them is
 * intimidation of the press ("Un accident est vite arrivé, monsieur le journaliste", "Pass auf dich auf, Schreiberling").
 */
const AIM = new WordSet(new Set([
  'journalist', 'journalistin', 'journalisten', 'journalistinnen', 'journi', 'journis', 'redaktor', 'redaktorin', 'redaktoren', 'redakteur', 'redakteurin',
  'schreiberling', 'schreiberlinge', 'schreiberlingen', 'schmierfink', 'schmierfinken', 'lohnschreiber', 'schmierenjournalist', 'schmierenjournalisten',
  'pressefuzzi', 'luegenpresse', 'journaliste', 'journalistes', 'journaleux', 'journalope', 'journalopes', 'scribouillard', 'scribouillards', 'plumitif',
  'plumitifs', 'redacteur', 'redactrice', 'giornalista', 'giornalisti', 'giornalaio', 'giornalai', 'pennivendolo', 'pennivendoli', 'scribacchino',
  'scribacchini', 'redattore', 'redattrice', 'cronista', 'journalists', 'reporter', 'reporters', 'hack', 'hacks', 'scribbler', 'presstitute', 'presstitutes',
]));

/** Politicians' titles: a veiled threat addressed to one ("Herr Nationalrat", "Madame la conseillère") is intimidation too. */
const AIM_TITLE: ReadonlySet<string> = new Set(['nationalrat', 'nationalraetin', 'staenderat', 'staenderaetin', 'bundesrat', 'bundesraetin', 'gemeinderat', 'gemeinderaetin',
  'regierungsrat', 'regierungsraetin', 'grossrat', 'grossraetin', 'kantonsrat', 'kantonsraetin', 'stadtrat', 'stadtraetin', 'gemeindepraesident', 'gemeindepraesidentin',
  'stadtpraesident', 'stadtpraesidentin', 'minister', 'ministerin', 'conseiller', 'conseillere', 'ministre', 'depute', 'deputee', 'syndic', 'maire', 'consigliere', 'consigliera',
  'sindaco', 'sindaca', 'ministro', 'deputato', 'deputata', 'councillor', 'councilor', 'mayor', 'mp', 'senator']);
/** Forms of address before a title ("Herr", "Frau", "monsieur le", "signor"). */
const HONORIFIC: ReadonlySet<string> = new Set(['herr', 'frau', 'liebe', 'lieber', 'geschaetzte', 'geschaetzter', 'monsieur', 'madame', 'le', 'la', 'signor', 'signora', 'egregio',
  'gentile', 'mr', 'mrs', 'ms', 'dear']);

/** Road and traffic words: "Herr Nationalrat, ein Unfall ist schnell passiert auf dieser Strasse" is a plea for safety. */
const ROAD: ReadonlySet<string> = new Set(['strasse', 'strassen', 'kreisel', 'verkehr', 'tempo', 'velo', 'velos', 'kreuzung', 'trottoir', 'fussgaenger', 'autobahn', 'route', 'routes',
  'carrefour', 'vitesse', 'trottoir', 'strada', 'strade', 'incrocio', 'velocita', 'road', 'roads', 'traffic', 'junction', 'speed', 'crossing', 'radar',
  // Texting at the wheel: "surtout pour ceux qui écrivent des SMS au volant".
  'sms', 'texto', 'textos', 'volant', 'lenkrad', 'steuer', 'handy', 'volante', 'messaggi', 'wheel', 'texting', 'texts']);
/** "like you", "comme vous", "wie du", "come te": the reader singled out. */
const LIKE: ReadonlySet<string> = new Set(['like', 'comme', 'wie', 'come']);
const LIKE_YOU: ReadonlySet<string> = new Set(['you', 'yours', 'vous', 'toi', 'du', 'dich', 'dir', 'euch', 'te', 'voi', 'ihr']);
/** Writing verbs: "people who write articles like that", "chi scrive certe cose", "Leute, die so etwas schreiben". */
const WRITES: ReadonlySet<string> = new Set(['write', 'writes', 'ecrit', 'ecrivent', 'ecris', 'ecrire', 'scrive', 'scrivono', 'scrivi', 'scrivere', 'schreibt', 'schreiben',
  'schreibst', 'schriibt', 'schriibe', 'schriibsch']);

/**
 * Whether the comment names a journalist or the writer ({@link AIM}, also in compounds: "Drecksjournalist"), addresses a
 * politician by title ("Herr Nationalrat", "Madame la conseillère"), points at whoever writes ({@link WRITES}) or singles
 * out the reader ("like you", {@link LIKE}), and is not about road safety.
 */
function namesTheWriter(tokens: readonly Token[]): boolean {
  let road = false;
  for (const token of tokens) road ||= ROAD.has(token.norm);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.quoted) continue;
    if (AIM.has(token) || /journalist(?:en|in|innen)?$|journi$/.test(token.norm)) return true;
    if (!road && k > 0 && AIM_TITLE.has(token.norm) && HONORIFIC.has((tokens[k - 1] as Token).norm)) return true;
    // Whoever writes ("especially to people who write articles like yours", "soprattutto a chi scrive certe cose") or
    // the reader singled out ("comme vous"), unless the comment is about roads and traffic.
    if (!road && (WRITES.has(token.norm) || (LIKE.has(token.norm) && LIKE_YOU.has(tokens[k + 1]?.norm ?? '')))) return true;
  }
  return false;
}

/** The reader's address or way to work ("deine Adresse", "ton trajet", "il tuo indirizzo", "your address"). */
const READER_POSSESSIVE: ReadonlySet<string> = new Set(['dein', 'deine', 'deinen', 'deinem', 'deiner', 'dini', 'din', 'ihre', 'ihren', 'ihrem', 'eure', 'euri', 'ta', 'ton', 'tes', 'votre',
  'vos', 'tua', 'tuo', 'tuoi', 'vostro', 'vostra', 'your']);
const ADDRESS_WORDS: ReadonlySet<string> = new Set(['adresse', 'adraesse', 'wohnadresse', 'privatadresse', 'wohnort', 'arbeitsweg', 'schulweg', 'heimweg', 'domicile', 'trajet',
  'indirizzo', 'domicilio', 'tragitto', 'address', 'commute']);

/**
 * A cue that aims ("Denk mal drüber nach", "réfléchis bien", "pensaci", "think about it") in a comment that names the
 * reader's address or way to work ("Deine Adresse ist kein Geheimnis. Denk mal drüber nach."): held. Neither is a
 * threat alone (an address is asked for, a cue is advice), and the cue is no threat row, so nothing else joins them.
 */
function cueAtAddress(hits: readonly LexiconHit[], tokens: readonly Token[]): boolean {
  let cue = false;
  for (const h of hits) cue ||= h.contexts.length === 0 && h.category === 'threat' && (h.weights.TOXICITY ?? 0) === 0 && h.veiled !== true && (h.weights.THREAT ?? 0) >= CUE_THREAT;
  if (!cue) return false;
  for (let k = 1; k < tokens.length; k++) {
    if (!ADDRESS_WORDS.has((tokens[k] as Token).norm) || (tokens[k] as Token).quoted) continue;
    if (READER_POSSESSIVE.has((tokens[k - 1] as Token).norm) || (k > 1 && READER_POSSESSIVE.has((tokens[k - 2] as Token).norm))) return true;
  }
  return false;
}

function escalatedThreat(hits: readonly LexiconHit[], aimed: () => boolean): number {
  const own = hits.filter((h) => h.contexts.length === 0);
  for (const threat of own) {
    const t = threat.weights.THREAT ?? 0;
    // A cue (THREAT only, no TOXICITY: "crois-moi", "I promise you") aims a threat but is none: it never starts one.
    // A veiled row without TOXICITY is no cue: it is nothing alone ("un accident est vite arrivé") and a threat aimed.
    if (t < WEAK_THREAT || t >= ESCALATED_THREAT || ((threat.weights.TOXICITY ?? 0) === 0 && threat.veiled !== true)) continue;
    // Said to the journalist or to a politician addressed by title, a veiled threat or an intimidation ("Wir kriegen
    // dich schon noch, du Drecksjournalist") is a threat.
    if ((threat.veiled === true || (t >= VEILED_THREAT && threat.category === 'threat')) && aimed()) return ESCALATED_THREAT;
    // Below hold, a veiled row is aimed only by a cue, a second threat or an insult at the reader: an insult about
    // someone else ("Ein Unfall ist schnell passiert, wenn solche Idioten rasen") is no threat.
    if (threat.veiled === true && t < VEILED_THREAT) {
      for (const other of own) {
        if (other === threat || (other.begin < threat.end && threat.begin < other.end)) continue;
        const insult = other.category === 'threat' ? 0 : (other.weights.INSULT ?? 0);
        if ((other.weights.THREAT ?? 0) >= CUE_THREAT || (other.addressed && insult >= DEHUMANISING_INSULT)) return ESCALATED_THREAT;
      }
      continue;
    }
    const veiled = t >= VEILED_THREAT;
    for (const other of own) {
      if (other === threat || (other.begin < threat.end && threat.begin < other.end)) continue;
      const insult = other.category === 'threat' ? 0 : (other.weights.INSULT ?? 0);
      if (veiled && (insult >= AIMING_INSULT || (other.weights.THREAT ?? 0) >= CUE_THREAT)) return ESCALATED_THREAT;
      if (insult >= DEHUMANISING_INSULT) return ESCALATED_THREAT;
    }
  }
  return 0;
}

/** Second-person pronouns that make a following word of abuse a vocative ("ihr Vasallen", "du Idiot"). */
const VOCATIVES_DE: ReadonlySet<string> = new Set(['ihr', 'du']);

function applyContext(
  m: TermMatch<LexiconPayload>,
  payload: LexiconPayload,
  tokens: readonly Token[],
  sentences: Readonly<Record<'callOutSentences' | 'identitySentences' | 'quotedIdentitySentences' | 'addressSentences' | 'reportingSentences' | 'fictionSentences', ReadonlySet<number>>>,
  language: Language,
  text: NormalizedText,
  inReportedClause = false,
  /** A counter-speech cue elsewhere in the sentence, or the sentence is about speech (group-only rows). */
  countered = false,
  /** Negated by a rule that reads further than {@link isNegated} ("nobody said you were …"; insult-predicates.ts). */
  denied = false,
  /** A swear word as an exclamation, with no one insulted or addressed ("Scheisse, was für ein Spiel!"). */
  untargeted = false,
  /** An animal insult among words of farm and animal keeping ({@link FARM}): the animal, not a person. */
  animal = false,
): LexiconHit {
  const first = tokens[m.tokenStart] as Token;
  const contexts: HitContext[] = [];
  const inAddress = sentences.addressSentences.has(first.sentence);
  if (first.quoted) contexts.push('quoted');
  // Reporting verbs count on either side: "X nannte Y einen Idioten", "Wer andere als Idioten beschimpft, …".
  // "Warum schreibt dieses Vasallenpack …", "… hetzen weiter, dieser Schweinejournalist …": a German demonstrative
  // right before the word points at someone the writer calls so; the reporting verb or call-out is theirs, not a report.
  // Likewise "ihr" or "du" right before the word, or before a name and the word, calls the reader so ("Warum schreibt ihr
  // Merkel Vasallen nicht die Wahrheit?").
  // Not what someone is reported to have said after a colon ("Er schrieb mir: du Idiot").
  const pronoun = VOCATIVES_DE.has(tokens[m.tokenStart - 1]?.norm ?? '') ? m.tokenStart - 1 : VOCATIVES_DE.has(tokens[m.tokenStart - 2]?.norm ?? '') && isNoun(text, m.tokenStart - 1) ? m.tokenStart - 2 : -1;
  const vocative = language === 'de' && pronoun >= 0 && (pronoun === 0 || !text.text.slice((tokens[pronoun - 1] as Token).end, (tokens[pronoun] as Token).begin).includes(':'));
  const pointed = language === 'de' && (DEMONSTRATIVES_DE.has(first.norm) || DEMONSTRATIVES_DE.has(tokens[m.tokenStart - 1]?.norm ?? '') || vocative) && !first.quoted;
  if (!pointed && (sentences.reportingSentences.has(first.sentence) || inReportedClause)) contexts.push('reported');
  // Only words for people are used after "kein" without a copula; threats and contempt verbs keep every negation.
  const attributiveKein = payload.category === 'insult' || payload.category === 'body' || payload.category === 'slur';
  if (denied || isNegated(text, m.tokenStart, m.tokenEnd, termWords(m.term), payload.category === 'threat' || payload.negationAfter === true, language, attributiveKein) || answeredNo(text, m.tokenStart)) contexts.push('negated');
  if (countered || (!inAddress && !pointed && sentences.callOutSentences.has(first.sentence))) contexts.push('counter');
  // Games, films, sport and why-questions discount threats only: an insult in a question is still an insult.
  if (payload.category === 'threat' && sentences.fictionSentences.has(first.sentence)) contexts.push('fiction');
  if (untargeted) contexts.push('untargeted');
  if (animal) contexts.push('thing');
  if (payload.category === 'threat' && isWhyQuestion(text, m.tokenStart)) contexts.push('question');
  const object = payload.category === 'threat' ? threatObject(tokens, m, language, (payload.weights.TOXICITY ?? 0) === 0) : undefined;
  if (object !== undefined) contexts.push(object);
  let factor = 1;
  for (const c of contexts) factor *= CONTEXT_FACTORS[c];
  const addressed = contexts.length === 0 && inAddress;
  const aboutGroup = sentences.identitySentences.has(first.sentence) || (first.quoted && sentences.quotedIdentitySentences.has(first.sentence));
  const base = aboutGroup && payload.group !== undefined ? maxWeights(payload.weights, payload.group) : payload.weights;
  const weights: LexiconWeights = {};
  for (const a of ATTRIBUTES) {
    const w = base[a];
    if (w === undefined) continue;
    const boosted = addressed && (a === 'INSULT' || a === 'TOXICITY') ? 1 - (1 - w) * ADDRESS_BOOST : w;
    weights[a] = boosted * factor;
  }
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
