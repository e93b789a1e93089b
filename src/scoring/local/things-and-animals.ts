/**
 * Words said of things or animals, not people: a threat about a thing or the writer ("Das Bild gehört aufgehängt"),
 * farm animals and kitchen words that are also insults ("Esel" on a farm, "Abschaum" on a soup), German contempt for
 * a device or the weather ("Mein Laptop ist der letzte Dreck"), and slurs that are also brand names.
 */
import type { Language } from '../../domain';
import type { LexiconPayload } from './lexicon-data';
import type { TermMatch } from './term-matcher';
import type { NormalizedText, Token } from './text-normalizer';
import { WordSet } from './word-table';
import { THREAT_OBJECT_SELF, THREAT_OBJECT_THINGS } from './lexicon-threat-frames';
import { ADDRESS, wordBefore, wordIn, termWords, clauseBreak, COPULAS_DE, isNoun, sentenceStart, PERSON_OBJECTS } from './clause-helpers';
import { GROUP_PRONOUNS } from './group-mentions';

/** A threat about a thing, not a person: a thing word up to five words before the match, in it or three after it. */
const THINGS = new WordSet(new Set(THREAT_OBJECT_THINGS));
const THING_BEFORE = 5;
const THING_AFTER = 3;
const SELF: Partial<Record<Language, WordSet>> = Object.fromEntries(Object.entries(THREAT_OBJECT_SELF).map(([language, words]) => [language, new WordSet(new Set(words))]));

/** Whether a threat match is about a thing ("Das Bild gehört aufgehängt") or the writer ("ich werde mich umbringen"). */
export function threatObject(text: NormalizedText, m: TermMatch<LexiconPayload>, language: Language, cue: boolean): 'thing' | 'self' | undefined {
  const tokens = text.tokens;
  const sentence = (tokens[m.tokenStart] as Token).sentence;
  // A phrase without a gap that names the person it threatens by a pronoun ("je vais lui exploser la tête", "putting
  // him in the ground") threatens that person, whatever thing stands near it ("contre son tableau noir", "no joke"),
  // unless the thing is the verb's object right after it ("quelqu'un te plante un arbre").
  const persons = language === 'other' ? undefined : PERSON_OBJECTS[language];
  if (persons !== undefined && !m.term.includes('*') && wordIn(tokens, m.tokenStart, m.tokenEnd, persons)) return objectAfter(tokens, m.tokenEnd) ? 'thing' : undefined;
  // A thing the phrase names itself is its instrument, not its object ("ich wünsche ihm Krebs", "Strick und Baum").
  const own = termWords(m.term);
  // Not before a clause break in front of the match: "Joke's on you, I know where your kids live" names no thing threatened.
  let from = Math.max(0, m.tokenStart - THING_BEFORE);
  for (let k = m.tokenStart - 1; k >= from; k--) {
    if (clauseBreak(text, k, k + 1)) {
      from = k + 1;
      break;
    }
  }
  // A match that opens on a condition ("Se passa questa legge, sparo al primo …", "If this law passes, I'll shoot …"):
  // the law is what the condition is about, not the object; only the clause of the deed is read.
  if (CONDITIONS.has((tokens[m.tokenStart] as Token).norm)) {
    for (let k = m.tokenEnd - 1; k > m.tokenStart; k--) {
      if (clauseBreak(text, k - 1, k)) {
        from = k;
        break;
      }
    }
  }
  for (let k = from; k < Math.min(tokens.length, m.tokenEnd + THING_AFTER); k++) {
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

/** Articles and possessives before an object noun ("un arbre", "das Auto", "my car", "la sua macchina"). */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'dein', 'deine', 'deinen', 'sein', 'seine', 'seinen', 'ihr', 'ihre', 'ihren',
  'un', 'une', 'le', 'la', 'les', 'l', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'uno', 'una', 'il', 'lo', 'i', 'gli', 'tuo', 'tua', 'suo', 'sua',
  'a', 'an', 'the', 'your', 'his', 'her', 'their',
]);

/** Whether a thing stands as the object right after token `end` (the match's end), at most after one determiner. */
function objectAfter(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (next === undefined || next.sentence !== (tokens[end - 1] as Token).sentence) return false;
  if (THINGS.has(next)) return true;
  const after = tokens[end + 1];
  return OBJECT_DETERMINERS.has(next.norm) && after !== undefined && after.sentence === next.sentence && THINGS.has(after);
}

/** Words that open a condition: "wenn", "falls", "si", "se", "if". */
const CONDITIONS: ReadonlySet<string> = new Set(['wenn', 'falls', 'si', 'se', 'if']);

/** Prepositions of cause: "wegen", "an" (a disease: "an seinem Krebs zugrunde gehen"), "für", "aufgrund", "pour", "à cause", "per", "a causa", "for", "over", "because". */
const REASONS: ReadonlySet<string> = new Set(['wegen', 'an', 'fuer', 'aufgrund', 'infolge', 'ob', 'pour', 'cause', 'per', 'causa', 'for', 'over', 'because']);
/** Whether a cause preposition stands up to three words before token `k` ("wegen der ganzen Korruption"). */
function reasonBefore(tokens: readonly Token[], k: number): boolean {
  return wordBefore(tokens, k, REASONS, 3);
}

/**
 * German words of farming and animal keeping (not the people, who can be called so): in their sentence an animal that is also an insult ("Esel", "Sau",
 * "Bock") is the animal, unless the sentence addresses someone ("Du Sau, geh doch in den Stall").
 */
export const FARM = new WordSet(new Set([
  'bauernhof', 'bauernhoefe', 'hof', 'buurehof', 'weide', 'weiden', 'stall', 'staelle', 'gehege', 'koppel', 'alp', 'alpen', 'tierpark',
  'zoo', 'streichelzoo', 'tierheim', 'landwirtschaft', 'zucht', 'ferkel', 'ferkeln', 'kalb', 'kaelber', 'fohlen', 'zicklein', 'laemmer', 'lamm',
  'herde', 'herden', 'fuettern', 'gefuettert', 'fuettert', 'melken', 'gemolken', 'geworfen', 'traechtig', 'tiere', 'tier',
  // Animals on show or in research: "ein ausgestopfter Affe im Museum", "die Ratte im Labor".
  'museum', 'naturhistorisches', 'ausgestopft', 'ausgestopfte', 'ausgestopften', 'ausgestopfter', 'labor', 'versuchstier', 'versuchstiere',
  'nutztiere', 'haustiere', 'schweinezucht', 'schweinehaltung', 'wolf', 'woelfe', 'heu', 'futter', 'mist', 'grunzt', 'grunzen', 'iaah',
  // Those who keep them: "Die Kuh hat ein Kalb geboren, der Bauer ist froh", "Schweinehirten, die ihre Säue im Freien halten".
  'bauer', 'bauern', 'baeuerin', 'buur', 'buure', 'landwirt', 'landwirte', 'landwirtin', 'hirt', 'hirte', 'hirten', 'schweinehirt',
  'schweinehirten', 'zuechter', 'jaeger', 'tierarzt', 'tieraerztin', 'freilandhaltung', 'auslauf',
  // Session 20, French, Italian and English (not "ferme", also "shut", nor "farm", also "troll farm"): "la troia ha
  // partorito dodici maialini", "la bourrique et son ânon", "the bitch and her puppies", "jackass penguins at the zoo".
  'etable', 'paturage', 'troupeau', 'eleveur', 'eleveurs', 'eleveuse', 'agriculteur', 'agriculteurs', 'veterinaire', 'chiots', 'chatons', 'porcelets',
  'veaux', 'anon', 'poulailler', 'bergerie', 'fattoria', 'stalla', 'pascolo', 'gregge', 'allevatore', 'allevatori', 'allevamento', 'contadino',
  'veterinario', 'canile', 'cucciolata', 'cuccioli', 'maialini', 'vitelli', 'porcile', 'pollaio', 'partorito', 'barn', 'pasture', 'herd', 'farmer',
  'farmers', 'vet', 'piglets', 'puppies', 'kennel', 'calves', 'pigsty', 'livestock', 'penguins', 'breeder', 'breeders',
]));
/** German words of cooking: "Abschaum" on a soup is the foam skimmed off ("Abschaum bildet sich beim Kochen der Suppe"). */
export const KITCHEN = new WordSet(new Set([
  'suppe', 'suppen', 'bruehe', 'bouillon', 'fond', 'kochen', 'kocht', 'gekocht', 'koecheln', 'sieden', 'siedet', 'abschoepfen', 'abschoepft',
  'schoepfen', 'kelle', 'schaumkelle', 'topf', 'pfanne', 'knochen', 'rezept', 'kueche', 'marmelade', 'konfituere', 'sirup',
]));
/** Insults that are kitchen words too ({@link KITCHEN}). */
export const KITCHEN_HOMONYMS = new Set(['abschaum']);

/** Insults that are also farm animals ({@link FARM}). */
const FARM_ANIMALS_LIST = ['esel', 'sau', 'schwein', 'kuh', 'chue', 'ziege', 'geiss', 'gans', 'pute', 'bock', 'ochse', 'hammel', 'rindvieh', 'kamel', 'hund', 'affe', 'zicke',
  // Terms of the other languages' lists that name an animal too: a mongrel dog, a sow, a donkey, a dam.
  'bastard', 'batard', 'troia', 'bourrique', 'bitch', 'porker', 'jackass'];

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
export function maskFarmAnimals(tokens: readonly Token[], mask: (from: number, to: number) => void): void {
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
const THING_PREPOSITIONS: ReadonlySet<string> = new Set(['mit', 'gegen', 'gege', 'von', 'vom', 'ohne', 'im', 'am', 'auf', 'in', 'an', 'bei', 'beim', 'zum', 'zur', 'fuer', 'ueber', 'unter', 'neben', 'hinter', 'vor', 'nach', 'aus', 'mitem', 'vo', 'mim']);
/** Words between a thing and its copula ("Das Wetter heute ist …", "Mein neuer Laptop ist …"). */
const THING_SUBJECT_WINDOW = 3;

/**
 * Whether the German insult at `start` is the predicate of a clause whose subject is a thing ({@link THINGS_DE}): a
 * copula at or up to two words before it, and the thing up to {@link THING_SUBJECT_WINDOW} words before the copula,
 * with no one addressed or named by a pronoun in between ("Mein Laptop ist der letzte Dreck"; not "Du bist der letzte
 * Dreck", "Der Typ mit dem Laptop ist ein Idiot" has a person noun after the thing).
 */
export function thingSubject(text: NormalizedText, start: number): boolean {
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
    // The head of the subject, not a noun after a preposition in it ("Der Typ mit dem Laptop ist ein Idiot", "Die
    // Journalisten gegen das neue Gesetz sind Idioten"): the preposition up to an article and an adjective before it.
    if (THINGS_DE.has(token) && isNoun(text, k)) return !afterPreposition(text, k);
  }
  return false;
}

/** Whether a preposition stands before the noun at `k`, with at most an article and an adjective between. */
function afterPreposition(text: NormalizedText, k: number): boolean {
  for (let d = 1; d <= 3 && k - d >= 0; d++) {
    if (THING_PREPOSITIONS.has((text.tokens[k - d] as Token).norm)) return true;
    if (isNoun(text, k - d)) return false;
  }
  return false;
}

/** How far from a word of contempt a thing may stand to be what it is said of. */
const THING_NEAR = 4;

/** Whether a thing ({@link THINGS_DE}, a noun) stands up to {@link THING_NEAR} words before or after the match, in its sentence. */
export function thingNear(tokens: readonly Token[], start: number, end: number): boolean {
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
export function slurHomonym(tokens: readonly Token[], m: TermMatch<LexiconPayload>): boolean {
  const context = SLUR_HOMONYMS.get(m.term);
  if (context === undefined) return false;
  const sentence = (tokens[m.tokenStart] as Token).sentence;
  for (const token of tokens) if (token.sentence === sentence && context.has(token.norm)) return true;
  return false;
}

/** Copulas that make an animal a name for someone ("Der Bauer ist ein alter Esel", "Sei un bastardo"). */
const ANIMAL_COPULAS = new Set(['ist', 'bist', 'sind', 'seid', 'war', 'isch', 'bisch', 'bleibt', 'wie', 'sei', 'sono', 'est', 'sont', 'is', 'are']);
const ANIMAL_COPULA_WINDOW = 3;
/** Animals that may be called one ("Il nostro cane è un bastardo", "Unser Hund ist ein Bastard"): the subject is no person. */
const ANIMAL_SUBJECTS = new Set(['hund', 'huendin', 'cane', 'cagna', 'cagnolino', 'chien', 'chienne', 'dog', 'katze', 'kater', 'gatto', 'chat', 'cat', 'pferd', 'cavallo', 'cheval', 'horse']);

/**
 * Whether a copula comes up to {@link ANIMAL_COPULA_WINDOW} words before token `k` in its sentence, said of someone:
 * not when an animal is its subject ({@link ANIMAL_SUBJECTS}).
 */
export function afterCopula(tokens: readonly Token[], k: number): boolean {
  const sentence = (tokens[k] as Token).sentence;
  for (let p = k - 1; p >= 0 && p >= k - ANIMAL_COPULA_WINDOW; p--) {
    const token = tokens[p] as Token;
    if (token.sentence !== sentence) return false;
    if (!ANIMAL_COPULAS.has(token.norm)) continue;
    const subject = tokens[p - 1];
    return subject === undefined || subject.sentence !== sentence || !ANIMAL_SUBJECTS.has(subject.norm);
  }
  return false;
}

/** {@link FARM_ANIMALS_LIST} as a set. */
export const FARM_ANIMALS = new Set(FARM_ANIMALS_LIST);

/**
 * Insults that are characters of the circus, the puppet theatre and the carnival too ("Im Zirkus war der Pausenclown
 * besser als die Hauptnummern", "Le clown sous le chapiteau a fait rire les enfants", "il pagliaccio sotto il tendone"):
 * the lexicon's terms, as {@link FARM_ANIMALS} are.
 */
export const STAGE_CHARACTERS: ReadonlySet<string> = new Set(['pausenclown', 'oberclown', 'chaschperli', 'kaschperli', 'kasperle', 'hanswurst', 'hampelmann', 'pappnase',
  'knallcharge', 'clown', 'clowns', 'guignol', 'bouffon', 'pagliaccio', 'pagliacci', 'pagliacc', 'buffone', 'burattino', 'buffoon']);
/**
 * Words of the literal stage: the ring, the tent, the puppet theatre, a museum, a children's party. Not "Zirkus",
 * "Theater", "cirque", "teatrino", "show" alone, which are what a writer calls a parliament ("Das Parlament ist ein
 * Zirkus", "Putin e Kim, due pagliacci … che teatrino ridicolo"). A plain set, not a WordSet: it is read only for a
 * sentence with a stage character, and every WordSet widens the shared word table.
 */
const STAGE: ReadonlySet<string> = new Set([
  'manege', 'zirkuszelt', 'zirkusvorstellung', 'zirkusnummer', 'puppentheater', 'kasperlitheater', 'kasperletheater', 'puppenbuehne', 'marionetten',
  'marionette', 'theatermuseum', 'museum', 'ausgestellt', 'kinderfest', 'kindergeburtstag', 'kinderumzug', 'hoerspiel', 'kassette', 'handgeschnitzt',
  'handgeschnitzter', 'geschnitzt', 'akrobaten', 'dompteur', 'jongleur', 'trapez', 'zirkusclown', 'hauptnummern', 'zirkusartisten', 'artisten',
  'chapiteau', 'piste', 'marionnettes', 'acrobates', 'jongleurs', 'musee', 'anniversaire',
  'tendone', 'burattini', 'acrobati', 'giocolieri', 'domatore', 'museo', 'compleanno',
  'ringmaster', 'acrobats', 'jugglers', 'trapeze', 'puppet', 'puppets', 'birthday',
]);
/** A demonstrative or possessive that points at someone the writer calls so ("diese Hanswurste", "ce clown", "that clown"). */
const POINTING: ReadonlySet<string> = new Set(['diese', 'dieser', 'diesen', 'dieses', 'dem', 'ce', 'cet', 'ces', 'quel', 'quella', 'quei', 'quegli', 'questo',
  'questi', 'this', 'that', 'these', 'those', 'du', 'tu', 'you', 'sei', 'your', 'ton', 'tuo']);

/**
 * Whether the stage character at `k` ({@link STAGE_CHARACTERS}) stands in a sentence of the literal stage, not after a
 * copula ("Der Bundesrat ist ein Hanswurst") nor pointed at ("diese Hanswurste im Museum der Peinlichkeiten").
 */
export function onStage(tokens: readonly Token[], k: number): boolean {
  if (POINTING.has(tokens[k - 1]?.norm ?? '')) return false;
  const start = sentenceStart(tokens, k);
  // "Im Museum ist ein Kasperle ausgestellt", "Im Zirkus war der Pausenclown …": after a place put first, the noun
  // after the copula is its subject, not a predicate.
  if (!PLACE_FIRST.has((tokens[start] as Token).norm) && afterCopula(tokens, k)) return false;
  const sentence = (tokens[k] as Token).sentence;
  for (let j = start; j < tokens.length && (tokens[j] as Token).sentence === sentence; j++) if (STAGE.has((tokens[j] as Token).norm)) return true;
  return false;
}
/** Prepositions of place that open a sentence ("Im Museum ist …", "Au cirque, …", "Al teatrino …", "At the party …"). */
const PLACE_FIRST: ReadonlySet<string> = new Set(['im', 'in', 'am', 'beim', 'au', 'dans', 'nel', 'al', 'at']);
