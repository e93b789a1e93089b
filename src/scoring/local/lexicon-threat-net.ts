/**
 * A safety net for threats the fixed frames do not know: a sentence that joins a word of violence (a verb of killing
 * or beating, a bullet, a rope) with a person as its target (the reader, "Sie", a pronoun, a journalist, a
 * politician, a group) or with a wish, a modal or a future ("sollte", "ghöört", "il faudrait", "andrebbe", "someone
 * will", "eines Tages"). It holds, it does not reject: the fixed frames (lexicon-threat-frames.ts, lexicon-threats.ts)
 * decide what is clear enough to reject.
 *
 * The net reads words, not phrases, so the wording may be new ("Eines Tages chunnt öpper und macht di kalt",
 * "Spero che qualcuno gli faccia la pelle"). What keeps it from reports, sport, idioms, history and counter-speech:
 * - words of violence that are also said of things and plans ("erledigen", "éliminer", "eliminate", "Kugel") need
 *   both a person and a wish, and no thing in the sentence ({@link NET_THINGS});
 * - a report in the past or the passive ("wurde erschossen", "a été abattu", "è stato ucciso", "was shot", a
 *   perfect, "gestern", a year) is no threat unless the sentence also wishes;
 * - sport, and condemning the threat anywhere in the comment ("strafbar", "inacceptable", "vergognoso"), stop it;
 * - the lexicon scorer's context rules (quotes, reported speech, negation, games and films, why-questions, things)
 *   apply to the net's match as to every threat row.
 * Dialect spellings with doubled vowels ("ghöört", "schriibe") are read with doubled letters written once.
 */
import type { Language } from '../../domain';
import type { NormalizedText, Token } from './text-normalizer';
import { WordFlags, WordSet } from './word-table';
import { romanceInfinitive, sentenceStart } from './clause-helpers';

/** Word classes of the net. */
const VIOLENT = 1; // violent whatever the object: a threat with a person or with a wish
const AMBIGUOUS = 2; // also said of things: a threat with a person and a wish
const TARGET = 4; // a person or group as the target
const WISH = 8; // a wish, a modal, a future, someone unnamed who will do it
const REPORT = 16; // a report: past, passive, perfect, a date
const STOP = 32; // sport, or condemning the threat: the net stays off for the whole comment
const IDIOM = 64; // a word that, right after a verb of violence, makes it an idiom ("killing it", "tuer le temps")
const CLITIC = 128; // French and Italian object pronouns: a target only right before the verb
const THING = 256; // a thing as the object ("Fleisch abhängen", "shoot the photos")
const PRONOUN = 2048; // a personal pronoun as the target, not a noun that may be the subject
const HEAD = 1024; // the head of a German separable verb of violence (see DE_PAIRS)
const PAST = 512; // a report that no wish takes back: the past passive, a year ("wurde erschossen", "1945")
const HARM = 4096; // a harm wished on the body ("Krebs", "Unfall", "Genick", "knife"): like AMBIGUOUS, and sure with a hope
const KNOW = 8192; // the writer knows ("ich weiss", "on sait", "sappiamo", "we know"): with WHERE and a PLACE, a threat
const WHERE = 16384; // "wo", "où", "dove", "where", "in welchem"
const RECOVER = 65536; // getting over a harm ("besiegen", "überstehen", "guérir", "survive"): a get-well wish, not a death wish
const PLACE = 32768;
const BEAST = 131072; // animals, vermin, waste said of people ("Tiere", "Abfall", "bêtes", "bestie", "vermin")
const DISPOSE = 262144; // what is done to animals and waste ("einschläfern", "entsorgen", "abattre", "abbattere", "put down")
const PEOPLE = 524288; // people and groups ("Menschen", "Leute", "migrants", "persone", "people") // where someone lives, works, parks, where the children go ("wohnst", "famille", "lavori", "office")
const VEHICLE = 1048576; // a vehicle that runs people over ("Lastwagen", "Tram", "camion", "treno", "bus")
const RUN = 2097152; // what a vehicle does to someone, or where one ends ("erwischt", "überfährt", "unter", "dessus", "sotto", "over")
const BREAK = 4194304; // verbs of breaking and beating: violent next to a body part (see {@link BODY_HARM})
const OBSTACLE = 8388608; // what one crashes into ("Baum", "platane", "muro", "wall"; see {@link CRASH})
// Membership of the word sets below, kept with the classes so that a sentence's words are not skeletonised again.
const STRONG_WISH = 1 << 24; // {@link WISH_STRONG}
const HOPE_CLAUSE = 1 << 25; // {@link HOPE}
const HOPING = 1 << 26; // {@link HOPE_WISH}
const ACCIDENT = 1 << 27; // {@link ACCIDENT_WISH}
const PASSIVE = 1 << 28; // {@link PASSIVE_WISH}
const CATCHING = 1 << 29; // {@link CATCH}
/** A sentence without one of these words cannot match ({@link inSentence} and the rules it calls need one). */
const LIVE = VIOLENT | AMBIGUOUS | HARM | KNOW | DISPOSE | VEHICLE | OBSTACLE | BEAST;

/** The net's match: the words from the first cue to the word of violence (or back). */
export interface NetMatch {
  tokenStart: number;
  tokenEnd: number;
  /** Rule id, e.g. `net:threat:de`. */
  id: string;
  /**
   * Clear enough to reject: a word of violence or harm aimed at a pronoun ("dich", "ihn", "te", "him") with a hope or
   * a call ("hoffentlich", "sollte man", "j'espère", "hope", "should"), and no report in the sentence.
   */
  sure: boolean;
}

/** Doubled letters and doubled umlaut spellings written once: "ghoeoert" → "ghoert", "schriibe" → "schribe". */
export function netSkeleton(norm: string): string {
  let out = '';
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i] as string;
    if (out.length > 0 && out[out.length - 1] === c) continue;
    // "oeoe", "aeae", "ueue": a doubled umlaut.
    if (c === 'o' || c === 'a' || c === 'u') {
      if (norm[i + 1] === 'e' && out.length >= 2 && out[out.length - 2] === c && out[out.length - 1] === 'e') {
        i++;
        continue;
      }
    }
    out += c;
  }
  return out;
}

type Table = ReadonlyMap<string, number>;

/**
 * German separable verbs: a head and its particle later in the sentence ("knallt den ab", "macht di kalt", "bringt
 * ihn um", "schlaht en z tod"). Heads are prefixes in skeleton form.
 */
type Pairs = readonly (readonly [string, readonly string[]])[];

const DE_PAIRS: Pairs = [
  ['knal', ['ab']], ['chnal', ['ab']], ['mach', ['kalt', 'chalt']], ['bring', ['um']], ['brings', ['um']], ['stich', ['ab']], ['stech', ['ab']],
  ['schla', ['tod', 'tot', 'zamen', 'zusammen']], ['schlag', ['tod', 'tot', 'zusammen']], ['schlaeg', ['tod', 'tot', 'zusammen']], ['leg', ['um']],
  ['haeng', ['auf', 'uf']], ['haenk', ['uf']], ['knuepf', ['auf']], ['murks', ['ab']], ['pruegel', ['tod', 'tot']], ['kopf', ['ab']], ['chopf', ['ab']],
];

/** Words by class; each written in skeleton form by {@link table}. Prefixes end with "-" and match word beginnings. */
interface Lists {
  violent: readonly string[];
  ambiguous: readonly string[];
  target: readonly string[];
  pronoun: readonly string[];
  clitic: readonly string[];
  wish: readonly string[];
  report: readonly string[];
  past: readonly string[];
  stop: readonly string[];
  idiom: readonly string[];
  thing: readonly string[];
  harm: readonly string[];
  know: readonly string[];
  where: readonly string[];
  place: readonly string[];
  recover: readonly string[];
  beast: readonly string[];
  dispose: readonly string[];
  people: readonly string[];
  /** Vehicles and what they do to people, for a wished accident (see {@link runOver}). */
  vehicle?: readonly string[];
  run?: readonly string[];
}

const DE: Lists = {
  violent: [
    'erschies-', 'erschos-', 'erschues-', 'verschos-', 'abknal-', 'abgeknal-', 'abgchnal-', 'abchnal-', 'umbring-', 'umzbring-', 'umgebracht', 'umbracht',
    'abstech-', 'abstaech-', 'abgestoch-', 'abgstoch-', 'verpruegel-', 'verprugel-', 'verpruegl-', 'verprugl-', 'verpruegelt', 'kaltmach-', 'kaltgemacht', 'kaltgmacht',
    'abmurks-', 'abgemurkst', 'totschlag-', 'totgeschlag-', 'totgschlag-', 'totschla-', 'erschlag-', 'erschlah', 'aufknuepf-', 'aufgeknuepft', 'ermord-',
    'toet-', 'getoetet', 'erwuerg-', 'erstech-', 'erstoch-', 'lynch-', 'gelyncht', 'hinricht-', 'hingerichtet', 'exekutier-', 'abschlacht-',
    'abgeschlachtet', 'eischla', 'einschlag-', 'eingeschlag-', 'ischla', 'ischlah', 'abgschose', 'abgeschossen', 'abschies-', 'abschues-', 'uffhaenk-', 'ufhaenk-',
    'aufhaeng-', 'aufgehaengt', 'ufghaenkt', 'erhaeng-', 'erhaengt', 'aufknuepf-', 'ueberfahr-', 'ueberfahre', 'knarre', 'knare', 'strick', 'strik',
    'absticht', 'abstichst', 'abgestoche', 'abgstoche', 'bluten', 'blute', 'vergas-', 'vergast', 'abfackel-', 'abfackl-',
    // Beating up (dialect "verschlage", "zämegschlage"; Standard "verschlagen" is also sly, so only AMBIGUOUS).
    'abgschlacht-', 'abgmurks-', 'erhaenk-', 'ufknuepf-', 'ghaengt', 'ghaenkt', 'gsteinigt', 'steinigen', 'steinige',
    // Session 17: torture, slaughter, beheading, drowning, stabbing and shooting down.
    'folter-', 'gefoltert', 'metzel-', 'niedergemetzelt', 'abmetzel-', 'erdrossel-', 'erdrosselt', 'enthaupt-', 'koepfen', 'koepft', 'gekoepft', 'niederstech-', 'niedergestochen',
    'niederschiess-', 'niedergeschossen', 'massakrier-', 'ertraenk-', 'ersaeuf-', 'ersaeuft',
    'verschlage', 'verschlaa', 'verschlah', 'zaemegschlage', 'zemegschlage', 'zamegschlage', 'zusammengeschlagen', 'zusammenschlagen', 'spitalreif', 'krankenhausreif', 'windelweich',
  ],
  ambiguous: [
    'erledig-', 'beseitig-', 'ausschalt-', 'ausgeschaltet', 'usschalt-', 'ausradier-', 'ausgeradiert', 'sprengen', 'sprenge',
    'gesprengt', 'anzuend-', 'anzuendet', 'azuend-', 'verbrenn-', 'verbrannt', 'lektion', 'baseballschlaeger', 'baseballschlager', 'fresse', 'grind',
    'schaedel', 'schadel', 'polier-', 'tot', 'schies-', 'zusammentreib-', 'zaemetrib-', 'zemetrib-', 'deportier-', 'auflauer-', 'aufgelauert', 'verschlagen', 'verek-', 'krepier-', 'fraessi', 'fraesse', 'schnurre', 'gosche', 'versenk-', 'versaenk-',
    'verscharr-', 'weh tun', 'wehtun', 'abhack-', 'abghackt',
  ],
  pronoun: ['du', 'dich', 'dir', 'di', 'sie', 'si', 'ihnen', 'ihn', 'ihm', 'en', 'em', 'ene', 'euch', 'eu', 'dae', 'dene', 'er', 'daem'],
  target: [
    'de', 'den', 'dem', 'die', 'der',
    'journalist-', 'journi-', 'redaktor-', 'chefredaktor-', 'redakteur-', 'schreiberling-', 'schriberling-', 'autor-', 'politiker-', 'bundesrat', 'bundesraet-',
    'nationalrat', 'nationalraet-', 'staenderat', 'gemeinderat', 'regierung', 'regierungsrat', 'minister-', 'richter-', 'praesident-', 'professor-',
    'typ', 'type', 'typen', 'kerl', 'siech', 'frau', 'herr', 'verraeter-', 'linke', 'linken', 'rechte', 'asylant-', 'auslaender', 'fluechtling-',
    'muslime', 'juden', 'leute', 'bande', 'pack', 'gesindel', 'klimakleber-', 'alle', 'ali', 'allne', 'alne', 'jeden', 'wichtigtuer-',
    // Session 19: office holders by title ("dem Gemeindepräsidenten", "em Gmeindspresident", "dem Bürgermeister").
    'gemeindepraesident-', 'gemeindspraesident-', 'gmeindspresident-', 'gmeindpresident-', 'stadtpraesident-', 'buergermeister-', 'diktator-', 'kanzler-',
  ],
  clitic: [],
  wish: [
    'solte', 'sollte', 'solten', 'sollten', 'sol', 'soll', 'sollen', 'soet', 'soett', 'soetid', 'set', 'sett', 'sot', 'sott', 'soel', 'soell', 'mus', 'muss',
    'muste', 'mueste', 'muesste', 'muessen', 'mues', 'muess', 'gehoert', 'gehoeren', 'ghoert', 'ghoered', 'ghoerid', 'hoffentlich', 'hoffentli', 'hofentlich',
    'hoffe', 'hofe', 'hoff', 'wuensche', 'wuensch', 'wuenscht', 'wird', 'werden', 'wirsch', 'wirst', 'wirds', 'wuerde', 'wuerd', 'wurd', 'haette', 'hette',
    'haet', 'waere', 'waer', 'verdient', 'verdienen', 'irgendwann', 'irgendwer', 'irgendwenn', 'jemand', 'oeper', 'emol', 'eimal', 'tages',
    'sonst', 'erwische', 'verwuetsch-', 'verwuetsche', 'finde', 'finden', 'zeit', 'zit', 'ziit', 'liebsten', 'chunt', 'gang', 'bisch',
  ],
  past: ['wurde', 'wurden', 'worden', 'worde', 'wurd', 'erschoss', 'erstach', 'erschlug', 'toetete', 'toeteten', 'damals', 'polizei', 'angreifer', 'taeter'],
  report: [
    'war', 'waren', 'gestern', 'damals', 'hat', 'haben', 'hatte', 'hatten', 'haend', 'hend', 'het', 'hei',
    // A third person has it done ("Putin lässt seine Gegner umbringen"); not the imperative "lasst".
    'laesst', 'liess', 'liessen',
    'letzte', 'letzten', 'vorgestern', 'krimi', 'film', 'roman', 'serie', 'taeter', 'opfer',
    // What a regime does, told in the present as a habit ("In Nordkorea werden Kritiker erschossen", "Täglich werden
    // in Gaza Kinder getötet"): German "werden" is also the future of a threat, the place or the habit is not.
    'taeglich', 'regelmaessig', 'systematisch', 'nordkorea', 'russland', 'iran', 'syrien', 'ukraine', 'gaza', 'diktatur', 'diktaturen', 'regime', 'arbeitslager',
    'straflager',
  ],
  stop: [
    'strafbar', 'drohung', 'drohungen', 'gewaltfantasien', 'gewaltaufruf', 'inakzeptabel', 'unertraeglich', 'gitter', 'gefaengnis', 'anzeige', 'angezeigt',
    'match', 'spiel', 'tor', 'tore', 'goalie', 'stuermer', 'final', 'finale', 'meisterschaft', 'punkte', 'wahlen', 'wahl', 'abstimmung', 'urne',
  ],
  idiom: ['lache', 'lachen', 'zeit'],
  thing: [
    // Session 21: the kitchen ("den Käse in Weisswein ertränken", "den Teig erwürgen").
    'kaese', 'teig', 'braten', 'poulet', 'fisch', 'zwiebeln', 'knoblauch', 'fondue', 'raclette', 'kuchen', 'torte', 'brot', 'zopf',
    'fleisch', 'chabis', 'problem', 'probleme', 'thema', 'buerokratie', 'steuerschlupfloecher', 'schlupfloecher', 'bilder', 'bild', 'waesche', 'glace',
    'licht', 'foto', 'fotos', 'selfie', 'selfies', 'ball', 'wolf', 'aufgabe', 'arbeit', 'sache', 'fall', 'karosserie', 'felgen', 'schuhe', 'silber', 'boden', 'auto', 'auftrag', 'rechnung', 'formular', 'dossier', 'dossiers', 'geschaeft', 'geschaefte',
    'hausaufgaben', 'pendenzen', 'job', 'vorlage', 'sprache', 'sprach', 'atem', 'schnauf', 'katzen', 'katze', 'hunde', 'hund', 'maeuse', 'spinnen', 'kaefer', 'huehner', 'insekten',
    'schlangen', 'tiere', 'kuehe', 'chue', 'schafe', 'herde', 'vieh', 'rinder', 'wespen', 'zecken', 'woelfe', 'baeren', 'baer', 'luchs', 'luchse', 'wildschweine', 'rehe', 'hirsche', 'fuechse', 'fuchs', 'biber', 'kormorane', 'tauben',
    // Session 19: the kitchen ("die Zwiebeln köpfen") and the telephone ("zum Glück hät sie sofort ufghänkt").
    'zwiebeln', 'zwiebel', 'knoblauch', 'karotten', 'ruebli', 'tomaten', 'kraeuter', 'petersilie', 'anruf', 'aruef', 'telefon', 'hoerer', 'anrufer',
  ],
  harm: [
    'kugel', 'chugle', 'chugel', 'chnoche', 'krebs', 'chrebs', 'krankheit', 'chrankheit', 'seuche', 'unfall', 'herzinfarkt', 'haerzinfarkt', 'hirnschlag', 'schlaganfall', 'genick', 'knochen', 'gurgel', 'gurgle', 'kehle', 'zaehne', 'zaehn', 'messer',
    'kandelaber', 'laterne', 'laternenpfahl', 'laternenmast', 'galgen', 'molotow-', 'benzin', 'rippen', 'balkon', 'autounfall', 'verkehrsunfall', 'ambulanz', 'krankenwagen', 'maeser', 'verunfall-', 'verunglueck-',
  ],
  know: ['weiss', 'weis', 'wissen', 'wuesed', 'wuessed', 'kenne', 'kennen', 'kennt'],
  where: ['wo', 'welchem', 'welcher', 'welche', 'welches'],
  place: [
    'wohn-', 'wohsch', 'lebst', 'lebt', 'arbeit-', 'schaff-', 'parkier-', 'staht', 'steht', 'schule', 'schuel', 'kinder', 'chind', 'familie', 'frau', 'adresse',
    'haus', 'huus', 'auto', 'wohnig', 'wohnung', 'quartier', 'strasse', 'joggst', 'jogge', 'einkaufst', 'heimweg', 'heiweg', 'velo', 'abstell-', 'park-', 'garage', 'briefkasten',
  ],
  beast: ['dreck', 'geschmeiss', 'tiere', 'tier', 'viecher', 'vieh', 'abfall', 'muell', 'ungeziefer', 'ungziefer', 'ratten', 'parasiten', 'kakerlaken', 'schaedlinge', 'abschaum', 'gesindel', 'pack'],
  dispose: ['einschlaefer-', 'eingeschlaefert', 'entsorg-', 'ausmerz-', 'ausgemerzt', 'vertilg-', 'ausrott-', 'ausgerottet', 'vergift-', 'ausraeucher-', 'abknal-', 'abschies-', 'erschies-', 'vergas-', 'keulen', 'gekeult'],
  vehicle: ['tram', 'bus', 'lastwagen', 'lastwage', 'laster', 'lkw', 'zug', 'traktor', 'lieferwagen', 'postauto', 'sattelschlepper', 'auto', 'schnellzug', 'gueterzug', 'kipper', 'betonmischer'],
  run: ['ueberfaehrt', 'ueberfahrt', 'ueberrollt', 'ueberfahren', 'ueberrollen', 'haufen', 'ueberfahre', 'ueberrolle'],
  people: ['menschen', 'mensche', 'leute', 'luet', 'migranten', 'asylanten', 'asylante', 'auslaender', 'fluechtlinge', 'muslime', 'juden', 'linke', 'linken', 'rechte', 'politiker', 'eritreer', 'afghanen', 'araber', 'tuerken', 'albaner', 'roma', 'fahrende'],
  recover: [
    'besieg-', 'bsieg-', 'ueberstehst', 'uebersteht', 'ueberstehen', 'ueberstanden', 'ueberstah', 'ueberleb-', 'gesund', 'heil-', 'besserung', 'genes-', 'erhol-', 'gut', 'guet',
    'kraft', 'chraft', 'kaempf-', 'schonen', 'arzt', 'therapie', 'behandlung', 'spital', 'vorsorge', 'impf-', 'frueherkennung', 'forschung', 'unversehrt', 'verletzt', 'ohne', 'vermeiden', 'verhindern', 'schutz', 'schuetzen', 'verschont', 'verschone', 'verschonen', 'erspart', 'erspare',
  ],
};

const FR: Lists = {
  violent: [
    'tuer', 'tue', 'tues', 'tuent', 'tuerai', 'tuera', 'tueront', 'tuez', 'buter', 'bute', 'butera', 'buterai', 'flinguer', 'flingue', 'flinguera',
    'pendre', 'pende', 'pendu', 'pendus', 'abatre', 'abate', 'abatu', 'abatus', 'crever', 'creve', 'creves', 'creverez', 'crevera', 'tabaser',
    'tabase', 'defoncer', 'defonce', 'egorger', 'egorge', 'fusiler', 'fusile', 'lyncher', 'lynche', 'massacrer', 'massacre', 'exterminer', 'extermine',
    'corde', 'peau', 'vifs', 'vif', 'assassiner', 'assassine', 'assassinera', 'violer', 'viole', 'poignard-', 'etrangl-', 'egorg-', 'decapit-',
    'tortur-', 'lapid-', 'guillotin-', 'massacr-', 'executer', 'execute', 'executes', 'zigouill-', 'trucid-', 'dezingu-',
  ],
  ambiguous: [
    'descendre', 'descende', 'liquider', 'liquide', 'eliminer', 'elimine', 'eliminera', 'bruler', 'brule', 'balle', 'bales', 'balles', 'gueule', 'lac',
    'regler', 'regle', 'feu', 'couler',
    'mourir', 'meurt', 'meure', 'mort', 'morte', 'morts', 'saigner', 'saigne', 'enterrer', 'enterre', 'cogner', 'cogne',
  ],
  pronoun: ['toi', 'tu', 'vous', 'lui', 'leur'],
  target: [
    'ministre', 'ministres', 'juge', 'juges', 'elu', 'elus', 'politicien-', 'journaliste-', 'journaleux', 'conseiller-',
    'redacteur-', 'redaction', 'gens', 'traitre-', 'type', 'types', 'gauchiste-', 'president-', 'madame', 'monsieur', 'celui', 'ceux', 'tous',
    'maire', 'maires', 'depute', 'deputes', 'senateur', 'senateurs', 'dictateur', 'syndic',
  ],
  clitic: ['te', 't', 'le', 'la', 'les', 'l', 'vous', 'lui'],
  wish: [
    'faudrait', 'faut', 'faudra', 'devrait', 'devraient', 'devrions', 'doit', 'doivent', 'va', 'vais', 'vas', 'vont', 'alez', 'alons', 'espere',
    'souhaite', 'merite', 'meriterait', 'meritent', 'qu', 'jour', 'quelqu', 'finiras', 'finira', 'place', 'retrouvera', 'croise', 'si',
  ],
  past: ['ete', 'fut', 'furent', 'etaient', 'etait', 'autrefois', 'tireur', 'chasseur', 'police', 'policiers', 'gendarmes'],
  report: ['a', 'avons', 'avez', 'ont', 'avait', 'avaient', 'hier', 'film', 'roman', 'heros', 'suspect', 'troupes', 'police', 'fait', 'fit', 'faisait', 'coree', 'russie', 'dictature', 'regime'],
  stop: [
    'inacceptable', 'inadmissible', 'puni', 'punis', 'plainte', 'menace', 'menaces', 'menacer', 'prison', 'appeler', 'appel', 'match', 'finale', 'quart', 'stade', 'equipe',
    'concert', 'scene', 'elections', 'election', 'scrutin', 'urnes',
  ],
  idiom: ['temps', 'scene'],
  thing: ['fromage', 'pate', 'gateau', 'gateaux', 'pain', 'baguette', 'roti', 'gigot', 'viande', 'poulet', 'poisson', 'oignons', 'ail', 'caquelon', 'fondue', 'raclette', 'legumes', 'sauce', 'niches', 'entreprise', 'morceau', 'murs', 'mur', 'barrieres', 'frontieres', 'obstacles', 'tabous', 'prejuges', 'prix', 'commerces', 'temps', 'gare', 'bus', 'dette', 'deficit', 'probleme', 'impots', 'dechets', 'animaux', 'betes',
    'arbres', 'arbre', 'platanes', 'platane', 'chenes', 'sapins', 'peupliers', 'tilleuls', 'marronniers', 'hetres'],
  harm: ['crane', 'couteau', 'cervelle', 'accident', 'cancer', 'maladie', 'gorge', 'noyer', 'noye', 'noyes', 'lame', 'arme', 'flingue', 'ambulance'],
  know: ['sait', 'sais', 'savons', 'connais', 'connait', 'connaissons'],
  where: ['ou'],
  beast: ['racaille', 'raclure', 'betes', 'bete', 'animaux', 'rats', 'vermine', 'cafards', 'parasites', 'dechets', 'ordures', 'nuisibles'],
  dispose: ['abatre', 'abatus', 'abatu', 'eliminer', 'exterminer', 'euthanasier', 'piquer', 'dezinguer', 'gazer', 'ecraser', 'empoisoner'],
  vehicle: ['camion', 'train', 'bus', 'tram', 'tramway', 'voiture', 'tracteur', 'semi', 'poids', 'car', 'autocar', 'bagnole'],
  run: ['dessus', 'ecrase', 'ecrasera', 'ecrasent', 'fauche', 'fauchera', 'percute', 'percutera', 'renverse', 'renversera'],
  people: ['humains', 'humain', 'personnes', 'gens', 'migrants', 'refugies', 'etrangers', 'musulmans', 'juifs', 'arabes', 'roms', 'gauchistes'],
  recover: ['guerir', 'guerisse', 'gueris', 'vaincre', 'vaincu', 'remettre', 'remette', 'remets', 'courage', 'force', 'bien', 'medecin', 'traitement', 'hopital', 'sans', 'eviter', 'survivre', 'survive', 'sauf', 'indemne', 'recherche', 'epargne', 'epargnera', 'tranquille', 'repit'],
  place: ['habites', 'habitez', 'habite', 'vis', 'vivez', 'travailles', 'travaillez', 'famille', 'enfants', 'gosses', 'maison', 'voiture', 'adresse', 'trouver', 'gares', 'ecole', 'bureau', 'dors', 'rentres'],
};

const IT: Lists = {
  violent: [
    'amazare', 'amazarlo', 'amazarli', 'amazato', 'amazati', 'amazo', 'amazerei', 'amazera', 'amazeranno', 'amazino', 'uccidere', 'ucciderlo', 'ucciderli',
    'ucciso', 'uccisi', 'uccidano', 'uccida', 'uccidero', 'sparare', 'spararli', 'sparargli', 'sparerei', 'sparo', 'impicare', 'impicato', 'impicati',
    'impicarli', 'impicarlo', 'sgozare', 'fucilare', 'fucilarli', 'massacrare', 'linciare', 'pele', 'palottola', 'palotole', 'corda', 'vivi',
    'spacherei', 'spacare', 'spaco', 'sparar-', 'amazar-', 'amazer-', 'uccider-', 'impicar-', 'impicher-', 'impicat-', 'fucilar-', 'fuciler-',
    'sgozar-', 'massacrar-', 'assassinar-', 'stuprar-', 'violentar-', 'acoltel-', 'strangol-', 'pugnal-', 'sgozer-',
    // Session 21: drowning someone ("ti annego nel lago"); the thing drowned ("annegare i dispiaceri") is a thing.
    'annego', 'annegare', 'annegarlo', 'annegarla', 'annegarli', 'annegarti', 'anneghero', 'annegherei',
    'torturar-', 'torturat-', 'decapitar-', 'decapitat-', 'lapidar-', 'ghigliottin-', 'giustiziar-', 'giustiziat-', 'trucidar-', 'accoppar-', 'freddar-', 'sterminar-',
    // "Appendiamoli tutti", "impicchiamoli": the first person plural with the object fused is a call.
    'apendiamoli', 'apendiamolo', 'impichiamoli', 'impichiamolo', 'amaziamoli', 'amaziamolo', 'fuciliamoli', 'fuciliamolo', 'spariamogli', 'spariamoli', 'uccidiamoli', 'uccidiamolo',
  ],
  ambiguous: ['eliminar-', 'eliminato', 'eliminati', 'fuori', 'bruciare', 'bruciarli', 'bruciarlo', 'proiettile', 'faccia', 'festa', 'lezione', 'saltare', 'afondar-', 'afondare',
    'morire', 'muoia', 'muoiano', 'morto', 'morta', 'morti', 'sanguinare', 'seppellir-', 'picchiar-', 'pestar-'],
  pronoun: ['tu', 'voi', 'lei', 'loro'],
  target: [
    'politico', 'politici', 'giornalista', 'giornalisti', 'redazione', 'direttore', 'consigliera', 'consigliere', 'traditori',
    'traditore', 'corrotti', 'delinquenti', 'buffone', 'pennivendolo', 'signor', 'signora', 'tutti', 'quel', 'quei', 'quello',
    'sindaco', 'sindaca', 'giudice', 'giudici', 'ministro', 'ministra', 'ministri', 'presidente', 'deputato', 'deputata', 'senatore', 'assessore', 'premier', 'dittatore',
  ],
  clitic: ['ti', 'lo', 'la', 'li', 'le', 'gli', 'vi', 'ci'],
  wish: [
    'bisognerebbe', 'bisogna', 'dovrebbe', 'dovrebbero', 'dovresti', 'deve', 'devono', 'andrebbe', 'andrebbero', 'vanno', 'spero', 'speriamo',
    'auguro', 'merita', 'meriteresti', 'meriterebbe', 'meritano', 'qualcuno', 'giorno', 'prima', 'servirebbe', 'fara', 'faranno', 'finira', 'aspeta',
    'metterei', 'se', 'senza', 'aspettiamo', 'aspetto', 'darei', 'farei', 'faccio', 'facciamo', 'faremo',
  ],
  past: ['stato', 'stata', 'stati', 'state', 'venne', 'vennero', 'polizia', 'carabinieri'],
  report: ['ieri', 'ha', 'hanno', 'aveva', 'ho', 'abiamo', 'romanzo', 'film', 'protagonista', 'polizia', 'fece', 'faceva', 'fatto'],
  stop: ['vergognoso', 'vergognosa', 'denunciato', 'denunciata', 'minaciare', 'prigione', 'galera', 'inacetabile', 'partita', 'campionato', 'semifinale', 'finale', 'coppa', 'playoff', 'derby', 'squadra', 'torneo', 'casa', 'forza', 'domenica', 'elezioni', 'urne'],
  idiom: ['che', 'ridere', 'foto'],
  thing: ['formaggio', 'impasto', 'torta', 'pane', 'arrosto', 'carne', 'pollo', 'pesce', 'cipolle', 'aglio', 'sugo', 'burocrazia', 'sprechi', 'foto', 'quadri', 'quadro', 'poster', 'vestiti', 'panni', 'tende', 'tempo', 'servizi', 'debito', 'toro', 'animali', 'rifiuti'],
  harm: ['fuoco', 'investa', 'investire', 'investito', 'investita', 'mazze', 'mazza', 'spranghe', 'bastoni', 'bastonate', 'incidente', 'tumore', 'cancro', 'malattia', 'coltello', 'coltellata', 'coltellate', 'gola', 'fucile', 'pistola', 'infarto', 'ambulanza'],
  know: ['so', 'sappiamo', 'sapiamo', 'conosco', 'conosciamo'],
  where: ['dove'],
  beast: ['bestie', 'animali', 'topi', 'ratti', 'parassiti', 'scarafaggi', 'vermi', 'feccia', 'spazzatura', 'rifiuti'],
  dispose: ['abatere', 'abatuti', 'abatute', 'eliminar-', 'eliminati', 'sopprimer-', 'soppressi', 'sterminar-', 'derattizzare', 'avvelenar-', 'schiacciar-'],
  vehicle: ['camion', 'treno', 'tram', 'autobus', 'bus', 'tir', 'trattore', 'macchina', 'auto', 'pullman', 'tir'],
  run: ['investa', 'investe', 'investira', 'travolga', 'travolge', 'travolgera', 'schiacci', 'schiaccia', 'arroti'],
  people: ['persone', 'umani', 'gente', 'migranti', 'profughi', 'stranieri', 'invasori', 'musulmani', 'ebrei', 'rom', 'questi', 'quelli'],
  recover: ['guarigione', 'guarire', 'guarisca', 'guarisci', 'sconfigg-', 'rimettersi', 'rimetta', 'meglio', 'forza', 'coraggio', 'medico', 'cure', 'terapia', 'ospedale', 'bene', 'senza', 'evitare', 'sopravviv-', 'illeso', 'ricerca', 'risparmi', 'risparmia', 'risparmiera', 'tregua', 'pace'],
  place: ['abiti', 'abitate', 'vivi', 'lavori', 'lavorate', 'famiglia', 'figli', 'figlia', 'figlio', 'casa', 'macchina', 'auto', 'parcheggi', 'scuola', 'ufficio', 'dormi', 'indirizzo', 'lasci', 'guidi'],
};

const EN: Lists = {
  violent: [
    // "unalive", the euphemism of platforms that filter "kill".
    'unalive', 'unalived', 'unaliving',
    'kil', 'kils', 'kiled', 'kiling', 'shoot', 'shot', 'shooting', 'stab', 'stabed', 'hang', 'hanged', 'hung', 'lynch', 'lynched', 'exterminate',
    'exterminated', 'behead', 'beheaded', 'strangle', 'bullet', 'rope', 'noose', 'stringing', 'rape', 'raping', 'murder', 'murdering', 'slaughter', 'hangd', 'lynchd', 'murderd',
    'stabs', 'stabing', 'strangled', 'strangling', 'strangles', 'kils', 'shoots',
    // Session 17: more verbs of killing and torture (the net reads words, so every form counts).
    'execute', 'executed', 'butcher', 'butchered', 'slit', 'decapitate', 'decapitated', 'torture', 'tortured', 'maim', 'maimed', 'massacre', 'massacred', 'guillotine', 'gallows', 'lynching',
  ],
  ambiguous: ['eliminate', 'eliminated', 'disappear', 'burn', 'burned', 'bomb', 'rid', 'attacking', 'attack', 'lesson', 'beating', 'thrashing', 'sink', 'sinks', 'sunk',
    'hurt', 'harm', 'bleed', 'die', 'dies', 'dead', 'bury', 'buried', 'choke', 'drown', 'drowned', 'punch', 'smash', 'crush', 'hunt', 'hunted'],
  pronoun: ['you', 'him', 'her', 'them', 'he', 'she', 'they'],
  target: [
    'reporter', 'reporters', 'editor', 'editors', 'politician', 'politicians', 'government', 'traitors', 'traitor',
    'councillor', 'councillors', 'councilor', 'journalist', 'journalists', 'people', 'lot', 'mp', 'mps', 'minister', 'ministers', 'judge', 'judges', 'newsroom', 'office',
    'author', 'writer', 'columnist', 'hack', 'bloke', 'guy', 'fella', 'fellow', 'banker', 'bankers', 'landlord', 'ceo', 'boss', 'cop', 'cops', 'bastard', 'bastards',
    'idiot', 'moron', 'scumbag', 'clown', 'prick',
    'mayor', 'president', 'senator', 'premier', 'chancellor', 'dictator', 'governor',
  ],
  clitic: [],
  wish: [
    'should', 'shoud', 'shuld', 'shold', 'shoudl', 'ought', 'must', 'ned', 'neds', 'deserve', 'deserves', 'wil', 'gona', 'going', 'hope', 'wish', 'someone', 'somebody', 'somone', 'sombody', 'day', 'd',
    'wait', 'happily', 'put', 'be', 'let', 'lets', 'until',
  ],
  past: ['was', 'were', 'police', 'officers', 'whoever'],
  report: ['been', 'had', 'yesterday', 'film', 'movie', 'hero', 'villain', 'suspect', 'police', 'scene'],
  stop: ['vile', 'reported', 'threatened', 'threatening', 'election', 'elections', 'polls', 'ballot', 'vote', 'week', 'season', 'league', 'prison', 'jail', 'unacceptable', 'pitch', 'match', 'game', 'laughing'],
  idiom: ['it', 'time', 'me'],
  thing: ['cheese', 'dough', 'cake', 'bread', 'meat', 'chicken', 'fish', 'onions', 'garlic', 'sauce', 'photos', 'photo', 'email', 'mail', 'message', 'text', 'note', 'line', 'look', 'glance', 'smile', 'wink', 'question', 'career', 'ego', 'initiatives', 'initiative', 'bill', 'picture', 'hallway', 'light', 'tax', 'loophole', 'time', 'animals', 'garbage', 'trash',
    'heat', 'stove', 'oven', 'engine', 'lights', 'production', 'machine', 'server', 'power', 'switch', 'app'],
  harm: ['knife', 'throat', 'crash', 'crashes', 'cancer', 'illness', 'disease', 'lamppost', 'ambulance', 'gasoline', 'petrol'],
  know: ['know', 'knows'],
  where: ['where'],
  beast: ['filth', 'scum', 'animals', 'vermin', 'rats', 'cockroaches', 'parasites', 'garbage', 'trash', 'beasts', 'pests', 'roaches'],
  dispose: ['exterminate', 'exterminated', 'eradicate', 'eradicated', 'poison', 'poisoned', 'culed', 'cul', 'gased', 'gas', 'squash', 'stamp'],
  vehicle: ['bus', 'truck', 'lorry', 'train', 'tram', 'car', 'tractor', 'van', 'semi'],
  run: ['over', 'hits', 'hit', 'finds', 'flattens', 'crushes', 'mows', 'squashes'],
  people: ['humans', 'human', 'people', 'migrants', 'refugees', 'immigrants', 'foreigners', 'muslims', 'jews', 'they', 'these', 'those'],
  recover: ['survive', 'survives', 'survived', 'beat', 'beats', 'recover-', 'well', 'better', 'strength', 'safe', 'safely', 'without', 'avoid', 'prevent', 'research', 'screening', 'fight', 'fights', 'unharmed', 'doctor', 'treatment', 'therapy', 'hospital', 'spare', 'spares', 'spared'],
  place: ['live', 'lives', 'work', 'works', 'office', 'house', 'home', 'family', 'kids', 'children', 'wife', 'car', 'park', 'school', 'sleep', 'address'],
};

function table(lists: Lists): { words: Table; prefixes: readonly (readonly [string, number])[] } {
  const words = new Map<string, number>();
  const prefixes: [string, number][] = [];
  const add = (list: readonly string[], flag: number): void => {
    for (const w of list) {
      if (w.endsWith('-')) prefixes.push([netSkeleton(w.slice(0, -1)), flag]);
      else {
        const key = netSkeleton(w);
        words.set(key, (words.get(key) ?? 0) | flag);
      }
    }
  };
  add(lists.violent, VIOLENT);
  add(lists.ambiguous, AMBIGUOUS);
  add(lists.target, TARGET);
  add(lists.pronoun, TARGET | PRONOUN);
  add(lists.clitic, CLITIC);
  add(lists.wish, WISH);
  add(lists.report, REPORT);
  add(lists.past, PAST | REPORT);
  add(lists.stop, STOP);
  add(lists.idiom, IDIOM);
  add(lists.thing, THING);
  add(lists.harm, HARM);
  add(lists.know, KNOW);
  add(lists.where, WHERE);
  add(lists.place, PLACE);
  add(lists.recover, RECOVER);
  add(lists.beast, BEAST);
  add(lists.dispose, DISPOSE);
  add(lists.people, PEOPLE);
  add(lists.vehicle ?? [], VEHICLE);
  add(lists.run ?? [], RUN);
  return { words, prefixes };
}

type NetTable = ReturnType<typeof table>;
const TABLES: Partial<Record<Language, NetTable>> = { de: table(DE), other: table(DE), fr: table(FR), it: table(IT), en: table(EN) };

/**
 * Word classes per interned word ({@link Token.id}), per language: one typed-array read per token instead of a
 * string-keyed map lookup. Stored with {@link CLASSIFIED} set, as 0 means "not yet known" to {@link WordFlags}.
 */
const CACHE: Partial<Record<Language, WordFlags>> = {};
const CLASSIFIED = 1 << 30;

function classes(token: Token, language: Language): number {
  const t = TABLES[language];
  if (t === undefined) return 0;
  return classesIn(t, (CACHE[language] ??= new WordFlags()), token, language);
}

/**
 * {@link classes} with the language's table and cache at hand: a loop over a comment's tokens looks them up once,
 * where a lookup per token, by a key that changes with the language, was a megamorphic one each.
 */
function classesIn(t: NetTable, cache: WordFlags, token: Token, language: Language): number {
  const known = cache.get(token.id);
  if (known !== 0) return known & ~CLASSIFIED;
  const norm = token.norm;
  const key = netSkeleton(norm);
  let flags = t.words.get(key) ?? 0;
  // A noun of the deed ("Ermordung", "Beseitigung") reports or condemns it; the verb threatens.
  const deed = key.endsWith('ung') || key.endsWith('ungen');
  for (const [prefix, flag] of t.prefixes) if (key.startsWith(prefix) && !(deed && (flag & (VIOLENT | AMBIGUOUS)) !== 0)) flags |= flag;
  for (const [head] of PAIRS[language] ?? []) if (key.startsWith(head) && key.length <= head.length + 3) flags |= HEAD;
  // A year ("1945", "1799") dates the sentence: history.
  if (/^1[0-9]{3}$/.test(norm)) flags |= PAST | REPORT;
  // English simple past or participle of violence ("troops killed", "was murdered"): a report that a wish takes back
  // ("should be killed", "I hope he gets shot").
  if (language === 'en' && (flags & (VIOLENT | AMBIGUOUS)) !== 0 && norm.endsWith('ed')) flags |= REPORT;
  if (BODY_HARM[language]?.verbs.has(key) === true) flags |= BREAK;
  if (CRASH[language === 'other' ? 'de' : language]?.obstacles.has(norm) === true) flags |= OBSTACLE;
  if (WISH_STRONG.has(key)) flags |= STRONG_WISH;
  if (HOPE.has(key)) flags |= HOPE_CLAUSE;
  if (HOPE_WISH.has(key)) flags |= HOPING;
  if (ACCIDENT_WISH.has(key)) flags |= ACCIDENT;
  if (PASSIVE_WISH.has(key)) flags |= PASSIVE;
  if (CATCH.has(key)) flags |= CATCHING;
  cache.set(token.id, flags | CLASSIFIED);
  return flags;
}

/** Wishes that take a passive participle: the noun before them is who suffers it ("X gehört beseitigt"). */
const PASSIVE_WISH = new Set(['gehoert', 'gehoeren', 'ghoert', 'ghoered', 'ghoerid', 'verdient', 'verdienen', 'merite', 'meritent', 'meriterait', 'andrebbe',
  'andrebbero', 'vanno', 'merita', 'meritano', 'deserve', 'deserves', 'ned', 'neds', 'wird', 'werden'].map(netSkeleton));

/** Words that, next to a verb of violence, name who does it rather than who suffers it; not targets ("I", "ich"). */
const WISH_STRONG = new Set(['solte', 'sollte', 'solten', 'sollten', 'soet', 'soett', 'set', 'sett', 'sot', 'sott', 'soel', 'soell',
  'muste', 'mueste', 'muesste', 'gehoert', 'gehoeren', 'ghoert', 'ghoered', 'hoffentlich', 'hoffentli', 'hoffe', 'wuensche', 'verdient', 'faudrait', 'faut',
  'devrait', 'devraient', 'espere', 'souhaite', 'merite', 'meriterait', 'bisognerebbe', 'bisogna', 'dovrebbe', 'dovrebbero', 'andrebbe', 'vanno', 'spero',
  'speriamo', 'auguro', 'meriteresti', 'meriterebbe', 'should', 'shoud', 'shuld', 'shold', 'shoudl', 'ought', 'deserve', 'deserves', 'hope', 'zeit', 'zit', 'need', 'needs'].map(netSkeleton));
/** Hopes and wishes that govern the clause after a comma without "dass" ("Hoffe, du kriegst Krebs", "I hope, he …"). */
const HOPE = new Set(['hoffe', 'hoff', 'wuensche', 'espere', 'spero', 'hope'].map(netSkeleton));
/** A condition that opens the sentence governs the main clause ("Si je te croise, je t'ouvre le crâne"). */
const IF: ReadonlySet<string> = new Set(['wenn', 'falls', 'si', 'se', 'if']);

/** {@link findThreatNet}'s word classes per token of the comment at hand. */
let netFlags = new Int32Array(256);

/**
 * The first sentence that joins violence with a target or a wish (see the file comment), or `undefined`.
 * `covered` marks tokens inside the lexicon's own harmless phrases ("vor Lachen", "Bild aufhängen").
 */
export function findThreatNet(text: NormalizedText, language: Language, covered?: Uint8Array): NetMatch | undefined {
  const tokens = text.tokens;
  const t = TABLES[language];
  if (t === undefined || tokens.length === 0) return undefined;
  const cache = (CACHE[language] ??= new WordFlags());
  // One buffer for every comment, grown as needed: only its first tokens.length entries are written and read.
  if (netFlags.length < tokens.length) netFlags = new Int32Array(Math.max(tokens.length, 2 * netFlags.length));
  const flags = netFlags;
  let any = false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    let f = classesIn(t, cache, token, language);
    if ((f & STOP) !== 0 && !token.quoted) return undefined;
    if ((f & HEAD) !== 0) f |= separable(tokens, k, PAIRS[language] ?? []);
    if (language === 'it' && token.norm === 'fuori' && k > 0 && madeAway(tokens, k)) f |= VIOLENT;
    if ((f & BREAK) !== 0 && bodyNear(tokens, k, language)) f |= VIOLENT;
    flags[k] = f;
    any ||= (f & LIVE) !== 0 || THROWING.has(token);
  }
  if (!any) return undefined;
  let start = 0;
  while (start < tokens.length) {
    const sentence = (tokens[start] as Token).sentence;
    let end = start;
    let live = false;
    // A verb of throwing wakes the sentence too ({@link thrown}); where to ("See", "lac", "window") is too common a word.
    for (; end < tokens.length && (tokens[end] as Token).sentence === sentence; end++) live ||= ((flags[end] as number) & LIVE) !== 0 || THROWING.has(tokens[end] as Token);
    const found = live ? inSentence(text, flags, start, end, language, covered) : undefined;
    if (found !== undefined) return found;
    start = end;
  }
  return undefined;
}

/** Words that name the reader: a threat to them is never a report ("Man hat schon andere wie dich erschossen"). */
const READER: Partial<Record<Language, ReadonlySet<string>>> = {
  de: new Set(['du', 'dich', 'dir', 'di', 'dr', 'euch', 'eu', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'dini', 'dis', 'eure', 'euren', 'eurem']),
  fr: new Set(['tu', 'te', 't', 'toi', 'ton', 'ta', 'tes', 'vous', 'votre', 'vos']),
  it: new Set(['tu', 'ti', 'te', 'voi', 'vi', 'tuo', 'tua', 'tuoi', 'tue', 'vostro', 'vostra']),
  en: new Set(['you', 'u', 'ya', 'your', 'yours', 'youre', 'yourself']),
};
READER.other = READER.de;
/**
 * Words that make a told deed wished again: regret that it failed ("Schade, dass ihn der Attentäter verfehlt hat"),
 * approval ("zu Recht"), the good old days and the counterfactual ("früher hat man solche aufgehängt", "autrefois on
 * les aurait fusillés", "in the old days they'd have hanged him").
 */
const TAKEN_BACK: ReadonlySet<string> = new Set([
  // "Warum hat ihn noch keiner abgeknallt?": no one having done it is a call, not a report
  'keiner', 'niemand', 'personne', 'nessuno', 'nobody',
  'schade', 'recht', 'frueher', 'damals', 'haette', 'haetten', 'waere', 'waeren', 'wuerde', 'wuerden', 'endlich', 'leider',
  'dommage', 'autrefois', 'aurait', 'auraient', 'raison', 'enfin', 'heureusement',
  'peccato', 'avrebbe', 'avrebbero', 'ragione', 'finalmente', 'purtroppo', 'fortuna',
  'shame', 'pity', 'days', 'rightly', 'deserved', 'finally', 'good', 'glad', 'unfortunately',
  // A plan or a supposition, not a report: "ho intenzione di ammazzare", "What if we just killed all …", "We would be
  // better off if they were eradicated".
  'intenzione', 'intention', 'vorhaben', 'vor', 'plan', 'if', 'would', 'could', 'wish',
]);
/** Who has it done: before an infinitive of violence a report ("a fait massacrer", "ha fatto uccidere", "lässt … umbringen"). */
const CAUSATIVE: ReadonlySet<string> = new Set(['fait', 'fit', 'faisait', 'fatto', 'fece', 'faceva', 'fa', 'laesst', 'liess', 'liessen', 'lassen']);

/** Weapons and disasters as the subject of a verb of violence: what they do is told ("Russische Bomben töten Zivilisten"). */
const WEAPONS: Partial<Record<Language, ReadonlySet<string>>> = {
  de: new Set(['bomben', 'bombe', 'raketen', 'rakete', 'drohnen', 'drohne', 'granaten', 'granate', 'minen', 'luftangriffe', 'angriffe', 'angriff', 'artillerie', 'geschosse', 'krieg', 'kriege', 'hunger', 'seuchen', 'sanktionen']),
  fr: new Set(['bombes', 'bombe', 'missiles', 'missile', 'drones', 'drone', 'obus', 'mines', 'frappes', 'bombardements', 'attaques', 'guerre', 'guerres', 'famine', 'sanctions']),
  it: new Set(['bombe', 'bomba', 'missili', 'missile', 'droni', 'drone', 'granate', 'mine', 'bombardamenti', 'attacchi', 'guerra', 'guerre', 'fame', 'sanzioni']),
  en: new Set(['bombs', 'bomb', 'missiles', 'missile', 'drones', 'drone', 'shells', 'mines', 'strikes', 'airstrikes', 'attacks', 'shelling', 'war', 'wars', 'famine', 'hunger', 'sanctions']),
};
WEAPONS.other = WEAPONS.de;
/** How far before the verb of violence the weapon may stand ("These strikes mostly kill civilians"). */
const WEAPON_WINDOW = 3;

/** How far before the infinitive the one who has it done may stand ("lässt seine Gegner umbringen"). */
const CAUSATIVE_WINDOW = 3;

/** A French or Italian infinitive (with a fused pronoun: "ucciderli"), or a German one after "zu" ("umzubringen"). */
function infinitive(tokens: readonly Token[], k: number, language: Language): boolean {
  const norm = (tokens[k] as Token).norm;
  if (language === 'fr' || language === 'it') return romanceInfinitive(norm, language);
  if (language === 'de' || language === 'other') return norm.includes('zu') || tokens[k - 1]?.norm === 'zu';
  return tokens[k - 1]?.norm === 'to';
}
/** Weak wishes of the net that also open plain statements ("let's be honest"). */
const HARMLESS_WISH: ReadonlySet<string> = new Set(['be', 'let', 'lets']);
const FUTURE_DAY: ReadonlySet<string> = new Set(['one', 'some', 'the', 'that']);
/** German polite address, capitalised inside a sentence ("wie Sie", "Ihnen"). */
const POLITE_DE: ReadonlySet<string> = new Set(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer']);

/**
 * Whether the sentence of token `k` narrates violence rather than threatens it, read as the net reads a sentence:
 * a past or a past passive ("wurde erschossen", "a été tué", "è stato ucciso", "were killed", a year), or a report
 * ("hat … umbringen lassen", "lässt seine Gegner umbringen", "ont tué", "hanno ucciso", "troops killed"), with no
 * wish in the sentence ("… sollte man auch erschiessen", "qu'ils crèvent"), nothing that wishes the told deed again
 * ({@link TAKEN_BACK}) and the reader not named. So is what weapons do ("Les bombes russes tuent des civils"). The
 * lexicon's threat rows count such a sentence as reported.
 */
export function narratesViolence(text: NormalizedText, k: number, language: Language): boolean {
  const tokens = text.tokens;
  const you = READER[language];
  if (TABLES[language] === undefined || you === undefined) return false;
  const sentence = (tokens[k] as Token).sentence;
  const start = sentenceStart(tokens, k);
  let past = false;
  // The row's own word in the English past ("Switzerland absolutely murdered Germany"), as the net reads its words.
  let report = language === 'en' && (tokens[k] as Token).norm.endsWith('ed');
  // An infinitive of violence is told only when someone has it done; else it is a plan or a call.
  const told = (classes(tokens[k] as Token, language) & (VIOLENT | AMBIGUOUS)) === 0 || !infinitive(tokens, k, language);
  let causative = false;
  let weapon = false;
  let lastWeapon = -WEAPON_WINDOW - 1;
  const weapons = WEAPONS[language];
  for (let j = start; j < tokens.length && (tokens[j] as Token).sentence === sentence; j++) {
    const token = tokens[j] as Token;
    if (you.has(token.norm) || TAKEN_BACK.has(token.norm)) return false;
    if ((language === 'de' || language === 'other') && j > start && POLITE_DE.has(text.text.slice(token.begin, token.end))) return false;
    const f = classes(token, language);
    // "every day" tells a habit; "one day", "some day", "the day" promise.
    const habit = token.norm === 'day' && !FUTURE_DAY.has(tokens[j - 1]?.norm ?? '');
    if ((f & WISH) !== 0 && !HARMLESS_WISH.has(token.norm) && !habit) return false;
    // Not the French season ("en été", "l'été").
    past ||= (f & PAST) !== 0 && !frenchSummer(tokens, j);
    // French "à" is read as "a" (has): a preposition, not a perfect ("À mort les …").
    report ||= (f & REPORT) !== 0 && !(language === 'fr' && text.text[token.begin] !== 'a');
    causative ||= CAUSATIVE.has(token.norm);
    if (weapons?.has(token.norm) === true) lastWeapon = j;
    else if ((f & (VIOLENT | AMBIGUOUS)) !== 0 && j - lastWeapon <= WEAPON_WINDOW && !infinitive(tokens, j, language)) weapon = true;
  }
  // Someone has it done now: "Putin fa uccidere i suoi oppositori", "Kim lässt Leute hinrichten".
  let causedHere = false;
  for (let j = Math.max(start, k - CAUSATIVE_WINDOW); j < k; j++) causedHere ||= CAUSATIVE.has((tokens[j] as Token).norm);
  return ((past || report) && (told || causative)) || weapon || (!told && causedHere);
}

/** Words before "été" that make it the season, not the participle of "être" ("Le bois, ça brûle vite en été"). */
const SUMMER_BEFORE: ReadonlySet<string> = new Set(['en', 'l', 'cet', 'chaque', 'tout']);
function frenchSummer(tokens: readonly Token[], j: number): boolean {
  return (tokens[j] as Token).norm === 'ete' && SUMMER_BEFORE.has(tokens[j - 1]?.norm ?? '');
}

/**
 * Verbs of breaking and beating, violent next to a body part of someone's ("d Bei bräche", "breche ich dir beide Beine",
 * "schlag ich dir die Zähne aus", "je te démolis la tronche", "lui fracasser les mains", "ti spacco i denti", "get his
 * head kicked in"); verbs of thrusting next to a blade ("je lui plante un couteau", "gli pianto un coltello", "stick a
 * knife in him"). Not the body parts of idioms: "casser les pieds", "se casser la tête", "rompere le palle", "sich etwas
 * aus dem Kopf schlagen", "break a leg".
 */
const BODY_HARM: Partial<Record<Language, { verbs: ReadonlySet<string>; body: ReadonlySet<string>; blades: ReadonlySet<string>; persons: ReadonlySet<string> }>> = {
  de: {
    verbs: new Set(['brechen', 'breche', 'braeche', 'brechsch', 'bricht', 'brich', 'umdrehen', 'umdrehe', 'umdreht', 'umdraeie', 'umdraehe', 'umdraeht',
      'schlag', 'schlage', 'schlaegt', 'schla', 'schlah', 'hau', 'haue', 'haut', 'polier', 'poliere', 'poliert', 'zertruemmere', 'zertruemmer', 'ramm', 'ramme',
      'rammt', 'jag', 'jage', 'jagt'].map(netSkeleton)),
    body: new Set(['bei', 'bein', 'beine', 'knochen', 'chnoche', 'genick', 'gnick', 'finger', 'nase', 'arm', 'arme', 'aerm', 'rippen', 'rippe', 'kiefer', 'zaehne', 'zaehn',
      'haxe', 'haxen', 'hals', 'gurgel', 'gurgle', 'kragen', 'schaedel', 'grind', 'fresse', 'schnauze', 'visage', 'birne', 'kniescheiben']),
    blades: new Set(['messer', 'sackmesser', 'klinge', 'dolch', 'machete']),
    persons: new Set(['dir', 'dich', 'ihm', 'ihn', 'euch', 'di', 'dr', 'em', 'en']),
  },
  fr: {
    verbs: new Set(['casser', 'casse', 'casses', 'cassera', 'casserai', 'casserais', 'casserait', 'cassez', 'cassent', 'cassons', 'cassais', 'peter', 'pete', 'peterai', 'exploser', 'explose', 'exploserai', 'demolir', 'demolis', 'demolit',
      'demolirai', 'fracasser', 'fracasse', 'fracaserai', 'eclater', 'eclate', 'eclaterai', 'briser', 'brise', 'briserai', 'plante', 'planter', 'planterai',
      'planterais', 'enfonce', 'enfoncer', 'enfoncerai'].map(netSkeleton)),
    body: new Set(['gueule', 'dents', 'tronche', 'figure', 'nez', 'machoire', 'crane', 'jambes', 'bras', 'doigts', 'genoux', 'cotes', 'os', 'mains', 'visage', 'rotules']),
    blades: new Set(['couteau', 'lame', 'poignard', 'surin', 'schlass']),
    persons: new Set(['lui', 'te', 't', 'vous', 'leur']),
  },
  it: {
    verbs: new Set(['spaccare', 'spacco', 'spacca', 'spaccherei', 'spacchero', 'rompere', 'rompo', 'rompero', 'romperei', 'fracassare', 'fracasso', 'sfondare',
      'sfondo', 'sfondero', 'pianto', 'piantare', 'pianterei', 'piantero', 'ficco', 'ficcare', 'ficcherei'].map(netSkeleton)),
    body: new Set(['faccia', 'denti', 'gambe', 'ossa', 'naso', 'muso', 'mascella', 'costole', 'braccia', 'dita', 'ginocchia', 'cranio', 'grugno']),
    blades: new Set(['coltello', 'lama', 'pugnale']),
    persons: new Set(['gli', 'ti', 'vi']),
  },
  en: {
    verbs: new Set(['break', 'breaking', 'smash', 'smashing', 'kick', 'kicked', 'kicking', 'knock', 'knocking', 'bash', 'bashed', 'cave', 'caved', 'snap', 'stick',
      'sticking', 'ram', 'plunge'].map(netSkeleton)),
    body: new Set(['teeth', 'legs', 'jaw', 'nose', 'skull', 'head', 'knees', 'kneecaps', 'ribs', 'bones', 'bone', 'neck', 'fingers', 'arms', 'face', 'skul']),
    blades: new Set(['knife', 'blade', 'shiv', 'dagger', 'machete']),
    persons: new Set(['him', 'his', 'her', 'you', 'your', 'u', 'ya']),
  },
};
BODY_HARM.other = BODY_HARM.de;

/**
 * The writer's own body or a reflexive verb: an accident or an idiom, not a threat ("I'll break my neck on these stairs",
 * "Ich habe mir das Bein gebrochen", "Tu vas te casser les dents sur ce dossier", "il s'est cassé le bras").
 */
const OWN_BODY: Partial<Record<Language, ReadonlySet<string>>> = {
  de: new Set(['mir', 'mich', 'mein', 'meine', 'meinen', 'meinem', 'sich']),
  fr: new Set(['me', 'm', 'se', 's', 'mon', 'ma', 'mes']),
  it: new Set(['mi', 'si', 'mio', 'mia', 'miei', 'mie']),
  en: new Set(['my', 'myself', 'himself', 'herself', 'themselves']),
};
OWN_BODY.other = OWN_BODY.de;
/** "se faire casser les doigts": the reflexive of a causative is a passive, the fingers someone else's to break. */
const CAUSATIVE_FR: ReadonlySet<string> = new Set(['faire', 'fait', 'font', 'fera']);

/**
 * Whether a body part of {@link BODY_HARM} stands up to three words before a verb of breaking at `k` or four after it,
 * or a blade with a person's pronoun ("je lui plante un couteau"; a blade alone is the kitchen's: "piantare il coltello
 * nella carne"), and the body is not the writer's own nor the verb reflexive ({@link OWN_BODY}; French "tu … te").
 */
function bodyNear(tokens: readonly Token[], k: number, language: Language): boolean {
  const harm = BODY_HARM[language];
  if (harm === undefined) return false;
  const own = OWN_BODY[language];
  const sentence = (tokens[k] as Token).sentence;
  const causative = language === 'fr' && CAUSATIVE_FR.has(tokens[k - 1]?.norm ?? '');
  let found = false;
  let blade = false;
  let person = false;
  for (let j = Math.max(0, k - 3); j < Math.min(tokens.length, k + 5); j++) {
    const token = tokens[j] as Token;
    if (token.sentence !== sentence) continue;
    if (j !== k) {
      found ||= harm.body.has(token.norm);
      blade ||= harm.blades.has(token.norm);
      person ||= harm.persons.has(token.norm);
    }
    if (own?.has(token.norm) === true && !causative) return false;
  }
  found ||= blade && person;
  // "Tu vas te casser les dents": the reader breaks their own.
  return found && !(language === 'fr' && readerReflexive(tokens, k, 5, false));
}

/**
 * French "tu … te" before the verb at `v` ("tu vas te casser les dents"), and with `vous` also "vous … vous" ("vous
 * allez vous casser …"): the reader does it to themself. The subject stands at most `window` words before the verb,
 * in its sentence.
 */
function readerReflexive(tokens: readonly Token[], v: number, window: number, vous: boolean): boolean {
  const pronoun = tokens[v - 1]?.norm;
  if (!(pronoun === 'te' || pronoun === 't' || (vous && pronoun === 'vous'))) return false;
  const subject = pronoun === 'vous' ? 'vous' : 'tu';
  const sentence = (tokens[v] as Token).sentence;
  for (let j = Math.max(0, v - window); j < v - 1; j++) if ((tokens[j] as Token).sentence === sentence && (tokens[j] as Token).norm === subject) return true;
  return false;
}

/** Forms of "fare" before "fuori", and those with a pronoun fused ("farlo fuori"). */
const FARE: ReadonlySet<string> = new Set(['fa', 'fara', 'faro', 'faranno', 'faccia', 'facciano', 'fanno', 'fare', 'faremo', 'facciamo', 'farei', 'farebbe', 'farebbero']);
const FARE_FUSED: ReadonlySet<string> = new Set(['farlo', 'farli', 'farla', 'farle', 'farti', 'fargli', 'farvi']);
const IT_OBJECTS: ReadonlySet<string> = new Set(['ti', 'lo', 'li', 'la', 'le', 'gli', 'vi']);

/** "ti farà fuori", "lo facciano fuori", "farlo fuori": "fare fuori" with a person as its object is to kill. */
function madeAway(tokens: readonly Token[], k: number): boolean {
  const verb = (tokens[k - 1] as Token).norm;
  // "ti farà fuori dal gruppo": out of something, not killed.
  if (OUT_OF.has(tokens[k + 1]?.norm ?? '')) return false;
  return FARE_FUSED.has(verb) || (FARE.has(verb) && k > 1 && IT_OBJECTS.has((tokens[k - 2] as Token).norm));
}
const OUT_OF: ReadonlySet<string> = new Set(['da', 'dal', 'dalla', 'dallo', 'dai', 'dagli', 'dalle', 'di', 'del', 'della']);

/** Italian infinitives with an object pronoun fused: "ammazzarli", "impiccarlo", "spararti". */
const IT_FUSED = ['li', 'lo', 'la', 'le', 'ti', 'gli', 'vi'];
function fusedObject(norm: string): boolean {
  for (const c of IT_FUSED) {
    if (!norm.endsWith(c) || norm.length < c.length + 4) continue;
    const stem = norm.slice(-c.length - 2, -c.length);
    if (stem === 'ar' || stem === 'er' || stem === 'ir') return true;
  }
  return false;
}

/** Italian first person plural with a fused object ("appendiamoli", "spariamogli"): a call. */
const EXHORT: readonly string[] = ['iamoli', 'iamolo', 'iamola', 'iamogli'];

/** Someone unnamed who will do it ("qualcuno ti farà fuori", "jemand bringt dich um", "someone will shoot you"). */
const SOMEONE: ReadonlySet<string> = new Set(['qualcuno', 'jemand', 'oepper', 'irgendwer', 'irgendeiner', 'quelqu', 'someone', 'somebody', 'somone']);
/** The reader as the object: "ti", "te", "dich", "you". */
const YOU: ReadonlySet<string> = new Set(['ti', 'te', 't', 'dich', 'di', 'dir', 'euch', 'eu', 'vi', 'vous', 'you']);

function unnamedAtYou(tokens: readonly Token[], start: number, end: number, v: number): boolean {
  let someone = false;
  let you = false;
  for (let k = start; k < end; k++) {
    const norm = (tokens[k] as Token).norm;
    if (k < v && SOMEONE.has(norm)) someone = true;
    if (k !== v && k > start && YOU.has(norm)) you = true;
  }
  return someone && you;
}

/** English verbs done to a body part ("break his legs", "slit her throat"); "kill his career" is no threat. */
const BODY_VERBS: readonly string[] = ['break', 'cut', 'slit', 'blow', 'beat', 'smash'];

/** English modals of possibility right before the verb ("they can break their legs", "you might get shot"). */
const CAN: ReadonlySet<string> = new Set(['can', 'might']);

/** Punctuation that ends a clause inside a sentence. */
const CLAUSE_MARKS: ReadonlySet<number> = new Set([',', ';', ':', '–', '—'].map((c) => c.charCodeAt(0)));
/** Words that open a clause a wish in the clause before governs ("Ich hoffe, dass …", "J'espère que …"). */
const THAT: ReadonlySet<string> = new Set(['dass', 'das', 'que', 'qu', 'che', 'that']);

let clauseBuffer = new Int32Array(256);
let governedBuffer = new Uint8Array(256);

/** What a harm does to the reader after it: "t'emportera", "ti porti via" ("la maladie te laissera tranquille" is a kind wish). */
const TAKE: ReadonlySet<string> = new Set(['emporte', 'emportera', 'emporter', 'emmene', 'emmenera', 'achevera', 'acheve', 'ronge', 'rongera', 'tue', 'tuera', 'bouffe', 'bouffera',
  'porti', 'portera', 'porta', 'prenda', 'prendera', 'uccida', 'uccidera', 'ammazzi', 'divori', 'consumi', 'stronchi']);

/** Illnesses among the harms ({@link Lists.harm}): wished only with a hope. */
const ILLNESS: ReadonlySet<string> = new Set(['krankheit', 'chrankheit', 'seuche', 'maladie', 'malattia', 'illness', 'disease']);

/** Two German adjectives with the same ending either side of a comma ("lange, schmerzhafte"), not a verb or a pronoun. */
const NOT_ADJECTIVES: ReadonlySet<string> = new Set(['hoffe', 'wuensche', 'glaube', 'denke', 'sage', 'habe', 'sehe', 'weiss', 'diese', 'dieser', 'jene', 'seine', 'meine', 'deine', 'eine', 'keine', 'ihre', 'unsere', 'welche', 'die', 'der', 'sie', 'wie', 'ohne', 'sonst', 'aber', 'oder', 'dene', 'ene', 'alle', 'alles']);
function coordinated(before: string, after: string): boolean {
  if (before.length < 4 || after.length < 5 || NOT_ADJECTIVES.has(before) || NOT_ADJECTIVES.has(after)) return false;
  const ending = (w: string): string => (w.endsWith('en') || w.endsWith('er') || w.endsWith('es') || w.endsWith('em') ? w.slice(-2) : w.endsWith('e') ? 'e' : '');
  const e = ending(before);
  return e !== '' && e === ending(after) && (after.endsWith(`te${e}`) || after.endsWith(`ge${e}`) || after.endsWith(`che${e}`) || after.endsWith(`ige${e}`) || after.endsWith(`le${e}`) || after.endsWith(`se${e}`) || /(haft|lich|ig|isch|voll|sam|bar)e[nrsm]?$/.test(after));
}

function inSentence(text: NormalizedText, flags: Int32Array, start: number, end: number, language: Language, covered?: Uint8Array): NetMatch | undefined {
  const tokens = text.tokens;
  // Clause of each token (0 at the sentence start) and whether its clause opens with "dass", "que", "che", "that".
  // Buffers shared by every sentence, grown as needed: entry 0 is set here, each later one in the loop below.
  if (clauseBuffer.length < end - start) {
    clauseBuffer = new Int32Array(Math.max(end - start, 2 * clauseBuffer.length));
    governedBuffer = new Uint8Array(clauseBuffer.length);
  }
  const clause = clauseBuffer;
  const governed = governedBuffer;
  clause[0] = 0;
  governed[0] = 0;
  for (let k = start + 1, c = 0; k < end; k++) {
    let opens = false;
    for (let j = (tokens[k - 1] as Token).end; j < (tokens[k] as Token).begin && !opens; j++) opens = CLAUSE_MARKS.has(text.text.charCodeAt(j));
    // "eine lange, schmerzhafte Krankheit": a comma between two inflected German adjectives opens no clause.
    if (opens && (language === 'de' || language === 'other') && coordinated((tokens[k - 1] as Token).norm, (tokens[k] as Token).norm)) opens = false;
    if (opens) c++;
    clause[k - start] = c;
    const hope = opens && ((flags[k - 1] as number) & HOPE_CLAUSE) !== 0;
    const condition = opens && c === 1 && IF.has((tokens[start] as Token).norm);
    governed[k - start] = opens ? (THAT.has((tokens[k] as Token).norm) || hope || condition ? 1 : 0) : (governed[k - start - 1] as number);
  }
  // The first wish that reaches the verb, a strong one ("Zit", "sollte", "hoffe") before a weak one ("wär", "wird").
  const wishFor = (v: number): number => {
    let weak = -1;
    for (let k = start; k < end; k++) {
      if (((flags[k] as number) & WISH) === 0 || k === v) continue;
      if (clause[k - start] === clause[v - start] || (governed[v - start] === 1 && (clause[k - start] as number) < (clause[v - start] as number))) {
        if (((flags[k] as number) & STRONG_WISH) !== 0) return k;
        if (weak < 0) weak = k;
      }
    }
    return weak;
  };
  let report = false;
  let past = false;
  let strongWish = false;
  let thing = false;
  let recover = false;
  for (let k = start; k < end; k++) {
    const f = flags[k] as number;
    recover ||= (f & RECOVER) !== 0;
    report ||= (f & REPORT) !== 0;
    past ||= (f & PAST) !== 0;
    thing ||= (f & THING) !== 0;
    if ((f & WISH) !== 0) strongWish ||= (f & STRONG_WISH) !== 0;
  }
  const lang = language === 'other' ? 'de' : language;
  if (past) return undefined;
  // "à abattre", "da abbattere": a report word of French ("a") does not take it back.
  const vermin = dehumanised(tokens, flags, start, end);
  if (vermin !== undefined) return { ...vermin, id: `net:threat:${lang}:vermin`, sure: true };
  const cleansing = cleansed(tokens, flags, start, end);
  if (cleansing !== undefined) return { ...cleansing, id: `net:threat:${lang}:cleanse`, sure: false };
  // Before the report gate: French "à la mer" reads "a" as a report word.
  const drowned = thrown(tokens, flags, start, end, language);
  if (drowned !== undefined) return { ...drowned, id: `net:threat:${lang}:thrown`, sure: false };
  // A report word ("hat", "a", "war") takes the sentence back, unless a strong wish is there, or the writer does the
  // deed himself: "Den Nächsten, den ich dabei erwische, ertränke ich eigenhändig" keeps its threat whatever the
  // relative clause ("die mir die Netze zerschnitten haben") told.
  const reported = report && !strongWish;
  let crashed: ReturnType<typeof crash>;
  if (!reported) {
    const where = whereabouts(tokens, flags, start, end);
    if (where !== undefined) return { ...where, id: `net:threat:${lang}:where`, sure: false };
    const accident = runOver(tokens, flags, start, end, language);
    if (accident !== undefined) return { ...accident, id: `net:threat:${lang}:vehicle`, sure: true };
    // A wished crash holds, unless the words below make it sure ("I hope he crashes into a wall").
    crashed = crash(tokens, flags, start, end, language);
  }
  // The first sure match, else the first that holds.
  let held: NetMatch | undefined;
  for (let v = start; v < end; v++) {
    const f = flags[v] as number;
    const violent = (f & VIOLENT) !== 0;
    const harm = !violent && (f & HARM) !== 0;
    if (harm && recover) continue;
    const ambiguous = !violent && (f & (AMBIGUOUS | HARM)) !== 0;
    if (!violent && !ambiguous) continue;
    if (reported && !(violent && ownDeed(tokens, start, v, lang))) continue;
    if (covered !== undefined && covered[v] === 1) continue;
    if ((tokens[v] as Token).quoted) continue;
    // "killing it", "tuer le temps", "ammazza che bello", "stirbt vor Lachen".
    const next = v + 1 < end ? (flags[v + 1] as number) : 0;
    const after = v + 2 < end ? (flags[v + 2] as number) : 0;
    const idiom = (next & IDIOM) !== 0 && (violent || tokens[v + 1]?.norm !== 'che');
    if (idiom || ((next & CLITIC) !== 0 && (after & IDIOM) !== 0) || ((tokens[v + 1]?.norm === 'le' || tokens[v + 1]?.norm === 'vor') && (after & IDIOM) !== 0)) continue;
    // "Skiers should know they can break their legs": what may happen, not a wish.
    if (v > start && language === 'en' && CAN.has((tokens[v - 1] as Token).norm)) continue;
    let target = -1;
    let person = -1;
    for (let k = start; k < end; k++) {
      if (k === v) continue;
      const g = flags[k] as number;
      // A French or Italian object pronoun counts right before the verb (or before its auxiliary): "le descendre",
      // "li farà fuori", "gli faccia la pelle".
      // A harm takes the reader as the object after it: "qu'une maladie t'emportera", "che una malattia ti porti via".
      // A harm wished on the one a wish is addressed to: "gli auguro una malattia", "je lui souhaite un accident".
      const clitic = (g & CLITIC) !== 0 && (k === v - 1 || ((k === v - 2 || k === v - 3) && !prepositionBetween(tokens, k, v)) || (harm && (k === v + 1 || k === v + 2) && CLITIC_YOU.has((tokens[k] as Token).norm) && TAKE.has(tokens[k + 1]?.norm ?? '')) || (harm && k + 1 < end && ((flags[k + 1] as number) & HOPING) !== 0));
      if ((g & TARGET) !== 0 || clitic) {
        if (target < 0) target = k;
        if ((g & PRONOUN) !== 0 || clitic) person = k;
      }
    }
    // "Wenn der noch einmal so etwas schreibt, gibt es eine Kugel": the condition is the threat's wish.
    const conditioned = clause[v - start] === 1 && IF.has((tokens[start] as Token).norm) && (violent || (f & HARM) !== 0);
    let wish = conditioned && wishFor(v) < 0 ? start : wishFor(v);
    // "Es braucht nur einen, der dem Kerl eine Kugel verpasst": someone wanted, the deed in a relative clause.
    let wanted = false;
    if (wish < 0 && (violent || (f & HARM) !== 0) && (lang === 'de')) {
      const one = relativeOne(tokens, start, v);
      if (one >= 0) {
        wish = one;
        wanted = neededBefore(tokens, start, one);
      }
    }
    // An illness is wished only with a hope ("Ich wünsche dir eine Krankheit"); with a modal it is advice or a view
    // ("Sie müssen es als Krankheit betrachten").
    if (harm && ILLNESS.has((tokens[v] as Token).norm) && (wish < 0 || ((flags[wish] as number) & HOPING) === 0)) continue;
    // A noun before the modal may be who does it ("Der Bundesrat muss das Dossier erledigen"): with a verb also said
    // of plans, a noun counts after the wish, or before a passive one ("Diese Politikerin gehört beseitigt").
    // "Den sollte man …", "dem gehört …", "a quel politico bisognerebbe …": an object put first, or after a dative.
    // "Die Bundesrätin sollte man …": with "man" after the modal, a person named before it is the object (an article
    // alone is not one: "Die Geräte sollte man ausschalten").
    const generic = wish >= 0 && GENERIC.has(tokens[wish + 1]?.norm ?? '') && personBefore(tokens, flags, start, wish);
    const objectFirst = target >= 0 && wish > target && ((wish <= target + 2 && OBJECT_FIRST.has((tokens[target] as Token).norm)) || generic);
    const dative = target > start && DATIVE.has((tokens[target - 1] as Token).norm);
    if (person < 0 && target >= 0 && wish >= 0 && target < wish && !objectFirst && !dative && ((flags[wish] as number) & PASSIVE) === 0) {
      let later = -1;
      for (let k = wish + 1; k < end && later < 0; k++) if (k !== v && ((flags[k] as number) & TARGET) !== 0) later = k;
      if (ambiguous) target = later;
    }
    // Violence also said of things needs a person, a wish and no thing in the sentence.
    if (ambiguous && (target < 0 || wish < 0 || thing)) continue;
    if (violent && target < 0 && wish < 0) continue;
    // German puts the object anywhere before the verb; French, Italian and English right after it ("shoot the photos"),
    // so a thing in another clause ("… then he'd stop writing this garbage") does not excuse the call.
    // An Italian object pronoun fused to the verb ("appendiamoli") points back at the thing ("Questi quadri …").
    const fusedForm = language === 'it' && (fusedObject((tokens[v] as Token).norm) || EXHORT.some((e) => (tokens[v] as Token).norm.endsWith(e)));
    if (thing && (lang === 'de' || !violent || fusedForm || thingNear(flags, start, end, v))) continue;
    const cue = wish >= 0 ? wish : target;
    // Sure: killing or a harm to the body, aimed at a pronoun ("dich", "ihn", "te", "him") or an object put first,
    // with a hope or a call ("hoffentlich", "sollte man", "j'espère", "should"), no report and no negation.
    const strong = wanted || (wish >= 0 && ((flags[wish] as number) & STRONG_WISH) !== 0);
    // With a hope the person may be the subject ("hoffe, du kriegst Krebs"); with a call, only an object is the victim
    // ("Er sollte mal zum Arzt wegen seinem Krebs", "She should bring a knife" name who acts).
    const hope = wish >= 0 && ((flags[wish] as number) & HOPING) !== 0;
    // "Someone should break that journalist's legs": a call, then the person after the verb as its object.
    const after2 = violent && strong && !hope && targetAfter(tokens, flags, v, end);
    // "ammazzarli", "break his legs": the object in or right after the verb.
    const fused = (language === 'it' && violent && fusedObject((tokens[v] as Token).norm)) || (language === 'en' && violent && POSSESSIVES.has(tokens[v + 1]?.norm ?? '') && BODY_VERBS.some((b) => (tokens[v] as Token).norm.startsWith(b)));
    const aimedAt = (hope && target >= 0) || (person >= 0 && hasObject(tokens, flags, start, end, v)) || objectFirst || dative || after2 || fused || (wanted && target > wish);
    // "Dem Ratsherrn gehört der Kopf ab": a passive call with a person is as sure.
    const passiveCall = violent && target >= 0 && wish >= 0 && strong && ((flags[wish] as number) & PASSIVE) !== 0;
    // A report in the sentence ("a", "hat") is taken back by a strong wish, as for the hold.
    const unnamed = violent && !report && (unnamedAtYou(tokens, start, end, v) || (language === 'it' && EXHORT.some((e) => (tokens[v] as Token).norm.endsWith(e))));
    const sure = (violent || harm) && (((aimedAt || passiveCall) && strong) || ((firstPerson(tokens, start, v) || unnamed) && !report)) && !negated(tokens, start, end);
    const found = { tokenStart: Math.min(cue, v), tokenEnd: Math.max(cue, v) + 1, id: `net:threat:${lang}`, sure };
    if (sure) return found;
    held ??= found;
  }
  return held ?? (crashed === undefined ? undefined : { ...crashed, id: `net:threat:${lang}:crash`, sure: false });
}

/** Someone wanted ("einen", "jemanden") right before a relative pronoun ("der", "wo"), and before the deed at `v`. */
const ONE: ReadonlySet<string> = new Set(['einer', 'einen', 'eine', 'jemand', 'jemanden', 'oeper', 'oepper', 'eine', 'keiner', 'keinen']);
const RELATIVE_DE: ReadonlySet<string> = new Set(['der', 'die', 'wo', 'dae', 'wer']);
function relativeOne(tokens: readonly Token[], start: number, v: number): number {
  for (let k = Math.max(start, v - 10); k < v - 1; k++) if (ONE.has((tokens[k] as Token).norm) && RELATIVE_DE.has((tokens[k + 1] as Token).norm)) return k;
  return -1;
}
/** Wanting or missing someone: "es braucht", "es fehlt", "hoffentlich findet sich", "gibt es keinen". */
const NEED_DE: ReadonlySet<string> = new Set(['braucht', 'braeuchte', 'bruucht', 'bruchts', 'fehlt', 'hoffentlich', 'hoffe', 'wuensche', 'findet', 'faende', 'gibt', 'gaebe', 'git', 'waer', 'waere']);
function neededBefore(tokens: readonly Token[], start: number, one: number): boolean {
  for (let k = start; k < one; k++) if (NEED_DE.has((tokens[k] as Token).norm)) return true;
  return false;
}

/**
 * Prepositions between a French or Italian article-or-pronoun and the word of violence: "la route du lac" is an article
 * and a noun, not an object pronoun before a verb ("gli faccia la pelle", "li farà fuori" have none).
 */
const PREPOSITIONS_BETWEEN: ReadonlySet<string> = new Set(['du', 'de', 'des', 'd', 'au', 'aux', 'en', 'dans', 'sur', 'sous', 'par', 'pour', 'avec', 'di', 'del', 'dello',
  'della', 'dei', 'degli', 'delle', 'nel', 'nella', 'nei', 'sul', 'sulla', 'con', 'per', 'da', 'dal', 'dalla']);
function prepositionBetween(tokens: readonly Token[], k: number, v: number): boolean {
  for (let j = k + 1; j < v; j++) if (PREPOSITIONS_BETWEEN.has((tokens[j] as Token).norm)) return true;
  return false;
}

/** "je t'ouvre le crâne", "gli darei fuoco", "ti faccio saltare": the writer does it to the reader, right before the harm. */
const FIRST_FR: ReadonlySet<string> = new Set(['je', 'j']);
const FIRST_IT: ReadonlySet<string> = new Set(['darei', 'farei', 'faccio', 'do', 'daro', 'faro', 'dard', 'spacco', 'pianto']);
const CLITIC_YOU: ReadonlySet<string> = new Set(['te', 't', 'ti', 'gli', 'vi']);

function firstPerson(tokens: readonly Token[], start: number, v: number): boolean {
  // English: "im gonna kil you", "ill stab u": the writer up to three words before the deed, the reader right after it.
  if (EN_YOU_AFTER.has(tokens[v + 1]?.norm ?? '')) for (let k = Math.max(start, v - 3); k < v; k++) if (EN_I.has((tokens[k] as Token).norm)) return true;
  // German: "dann schlag ich dich windelweich", "i verschlah di": the writer, then the reader as the object, before the deed.
  for (let k = Math.max(start + 1, v - 3); k < v; k++) {
    if (!DICH.has((tokens[k] as Token).norm)) continue;
    const before = (tokens[k - 1] as Token).norm;
    if (ICH.has(before) || (k > start + 1 && ICH.has((tokens[k - 2] as Token).norm))) return true;
  }
  for (let k = Math.max(start, v - 3); k < v; k++) {
    if (!CLITIC_YOU.has((tokens[k] as Token).norm)) continue;
    if (k > start && FIRST_FR.has((tokens[k - 1] as Token).norm)) return true;
    if (FIRST_IT.has(tokens[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * The writer does the deed at `v`: {@link firstPerson}, or German "ich"/"i" right before or after the verb ("ertränke
 * ich", "ich ertränke"), the verb itself no report.
 */
function ownDeed(tokens: readonly Token[], start: number, v: number, language: Language): boolean {
  if (firstPerson(tokens, start, v)) return true;
  return language === 'de' && ((v > start && ICH_SINGULAR.has((tokens[v - 1] as Token).norm)) || ICH_SINGULAR.has(tokens[v + 1]?.norm ?? ''));
}
const ICH_SINGULAR: ReadonlySet<string> = new Set(['ich', 'i']);

const DICH: ReadonlySet<string> = new Set(['dich', 'di', 'euch', 'eu']);
const EN_I: ReadonlySet<string> = new Set(['im', 'ill', 'imma', 'ima']);
const EN_YOU_AFTER: ReadonlySet<string> = new Set(['you', 'u', 'ya', 'yall']);
const ICH: ReadonlySet<string> = new Set(['ich', 'i', 'wir']);

/** Wishes of hope: the subject of what follows may be the victim. */
const HOPE_WISH = new Set(['hoffentlich', 'hoffentli', 'hofentlich', 'hoffe', 'hoff', 'wuensche', 'wuensch', 'espere', 'souhaite', 'spero', 'speriamo', 'auguro', 'hope', 'wish'].map(netSkeleton));
/** Object pronouns: who suffers it ("dich", "ihm", "te", "gli", "him"). */
const OBJECTS: ReadonlySet<string> = new Set(['dich', 'di', 'dir', 'ihn', 'ihm', 'en', 'em', 'ene', 'euch', 'eu', 'ihnen', 'dene', 'daem', 'dae', 'sie', 'si',
  'te', 't', 'le', 'la', 'les', 'l', 'lui', 'leur', 'vous', 'toi', 'ti', 'lo', 'gli', 'li', 'vi', 'him', 'her', 'them', 'you']);

function hasObject(tokens: readonly Token[], flags: Int32Array, start: number, end: number, v: number): boolean {
  for (let k = start; k < end; k++) {
    if (k === v) continue;
    const f = flags[k] as number;
    // "Sie"/"si"/"you" open the sentence as its subject; elsewhere they may be the object.
    if (((f & PRONOUN) !== 0 || (f & CLITIC) !== 0) && OBJECTS.has((tokens[k] as Token).norm) && !(k === start && ['sie', 'si', 'you', 'vous'].includes((tokens[k] as Token).norm))) return true;
  }
  return false;
}

/** A thing right around the verb (French, Italian, English: the object follows it). */
function thingNear(flags: Int32Array, start: number, end: number, v: number): boolean {
  for (let k = Math.max(start, v - 2); k < Math.min(end, v + 6); k++) if (((flags[k] as number) & THING) !== 0) return true;
  return false;
}

/** A person named after the verb of violence ("break that journalist's legs"), not an article alone. */
function targetAfter(tokens: readonly Token[], flags: Int32Array, v: number, end: number): boolean {
  for (let k = v + 1; k < end; k++) if (((flags[k] as number) & TARGET) !== 0 && !ARTICLES.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** Articles that the target list holds for "den Typen", "dem Journi": no person alone. */
const ARTICLES: ReadonlySet<string> = new Set(['de', 'den', 'dem', 'die', 'der']);

function personBefore(tokens: readonly Token[], flags: Int32Array, start: number, wish: number): boolean {
  for (let k = start; k < wish; k++) if (((flags[k] as number) & TARGET) !== 0 && !ARTICLES.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** A generic subject right after a modal ("sollte man", "sött me", "sött mer"). */
const GENERIC: ReadonlySet<string> = new Set(['man', 'me', 'mer']);

/** Pronouns put before a modal as its object ("Den sollte man …", "Dem gehört …"). */
const OBJECT_FIRST: ReadonlySet<string> = new Set(['den', 'dem', 'dae', 'daem', 'dene', 'ihn', 'ihm']);
/** Dative prepositions before a person: "a quel politico", "à ce ministre". */
const DATIVE: ReadonlySet<string> = new Set(['a', 'ai', 'al', 'alla', 'au', 'aux']);
/** Negations that take back a wish ("hoffentlich passiert ihm nichts", "I hope nobody hurts him"). */
const NEGATIONS: ReadonlySet<string> = new Set(['kein', 'keine', 'keinen', 'keinem', 'nicht', 'nie', 'niemand', 'nichts', 'noed', 'nid', 'nuet', 'pas', 'jamais', 'personne', 'rien',
  'non', 'mai', 'nessuno', 'niente', 'not', 'never', 'nobody', 'no', 'don', 'doesn', 'won', 'shouldn']);
/** Possessives of the reader or a third person: whose home, car or children ("deine", "ta", "tua", "your"). */
const POSSESSIVES: ReadonlySet<string> = new Set(['dein', 'deine', 'deinen', 'deinem', 'deiner', 'dini', 'din', 'dis', 'dim', 'ihre', 'ihren', 'ihrem', 'ihrer', 'eure', 'euer',
  'euri', 'ta', 'ton', 'tes', 'votre', 'vos', 'tua', 'tuo', 'tuoi', 'tue', 'your', 'his', 'her', 'their']);

/**
 * People called animals, vermin or waste, and what is done to those: "Das sind keine Menschen, das sind Tiere, die man
 * einschläfern sollte", "ce sont des bêtes à abattre", "sono bestie da abbattere, non persone", "these people are vermin,
 * exterminate them". The three in one sentence; the match runs from the animal to the deed (a negation before the
 * people, "keine Menschen", is part of the dehumanisation).
 */
function dehumanised(tokens: readonly Token[], flags: Int32Array, start: number, end: number): Omit<NetMatch, 'id' | 'sure'> | undefined {
  let beast = -1;
  let dispose = -1;
  let people = false;
  for (let k = start; k < end; k++) {
    const f = flags[k] as number;
    // Said of people: a copula up to three words before ("sind Abfall", "sont des bêtes", "sono bestie", "are vermin").
    if (beast < 0 && (f & BEAST) !== 0 && copulaBefore(tokens, start, k)) beast = k;
    if (dispose < 0 && (f & DISPOSE) !== 0) dispose = k;
    people ||= (f & PEOPLE) !== 0;
  }
  if (beast < 0 || dispose < 0 || !people) return undefined;
  return { tokenStart: Math.min(beast, dispose), tokenEnd: Math.max(beast, dispose) + 1 };
}

/** Cleaning a country or people of what is called filth: "säubern", "nettoyer", "ripulire", "clean", "rid". */
const CLEANSE: ReadonlySet<string> = new Set(['saeubern', 'saeubert', 'saeubere', 'befreien', 'befreit', 'suubere', 'nettoyer', 'nettoyons', 'nettoie', 'debarrasser', 'debarrassons',
  'purger', 'purgeons', 'ripulire', 'ripuliamo', 'ripulite', 'ripulisca', 'liberare', 'liberiamo', 'clean', 'cleanse', 'purge', 'rid']);
/** The land cleaned: "das Land", "le pays", "il paese", "the country", the Swiss and their cantons. */
const LAND: ReadonlySet<string> = new Set(['land', 'schweiz', 'heimat', 'kanton', 'stadt', 'pays', 'suisse', 'canton', 'ville', 'paese', 'svizzera', 'cantone', 'citta', 'nazione',
  'country', 'nation', 'switzerland', 'streets', 'strassen', 'rues', 'strade']);
/** Demonstratives before the word of filth ("von diesem Gesindel", "de cette racaille", "da questa feccia", "of this filth"). */
const POINTING: ReadonlySet<string> = new Set(['diesem', 'diesen', 'dieser', 'diese', 'dem', 'em', 'cette', 'ces', 'cet', 'ce', 'questa', 'questi', 'queste', 'quella', 'quei', 'this', 'these', 'that', 'those']);

/**
 * "Time to clean the country of this filth once and for all", "Il faudrait nettoyer le pays de cette racaille",
 * "Ripuliamo il paese da questa feccia", "Säubern wir das Land von diesem Gesindel": a word of filth pointed at, a verb
 * of cleaning and the land or people. Held: litter ("clean the streets of this plastic filth") is rare but not nothing.
 */
function cleansed(tokens: readonly Token[], flags: Int32Array, start: number, end: number): Omit<NetMatch, 'id' | 'sure'> | undefined {
  let beast = -1;
  for (let k = start + 1; k < end && beast < 0; k++) if (((flags[k] as number) & BEAST) !== 0 && POINTING.has((tokens[k - 1] as Token).norm)) beast = k;
  if (beast < 0) return undefined;
  let clean = -1;
  let land = false;
  for (let k = start; k < end; k++) {
    const norm = (tokens[k] as Token).norm;
    if (clean < 0 && CLEANSE.has(norm)) clean = k;
    land ||= LAND.has(norm) || ((flags[k] as number) & PEOPLE) !== 0;
  }
  if (clean < 0 || !land) return undefined;
  return { tokenStart: Math.min(clean, beast), tokenEnd: Math.max(clean, beast) + 1 };
}

/** Hopes that wish an accident on someone: {@link HOPE_WISH} and the subjunctive "möge", "may". */
const ACCIDENT_WISH: ReadonlySet<string> = new Set([...HOPE_WISH, ...['moege', 'moeg', 'may', 'speriamo', 'augura', 'pourvu'].map(netSkeleton)]);
/** Indefinite articles before a vehicle: "ein Tram", "en Lastwage", "un camion", "un treno", "a bus". */
const INDEFINITE: ReadonlySet<string> = new Set(['ein', 'eine', 'einen', 'einem', 'e', 'es', 'en', 'em', 'emne', 'emene', 'enere', 'ere', 'un', 'une', 'uno', 'una', 'a', 'an', 'some']);
/** The writer or "we" as the subject: "hoffentlich erwische ich noch einen Bus", "j'espère qu'on attrapera un train". */
const FIRST_SUBJECTS: Partial<Record<Language, ReadonlySet<string>>> = {
  de: new Set(['ich', 'i', 'wir', 'mir']), other: new Set(['ich', 'i', 'wir', 'mir']), fr: new Set(['je', 'j', 'on', 'nous']), it: new Set(['io', 'noi']), en: new Set(['i', 'we']),
};
/** Articles after "dessus", "over": a preposition ("over the bridge"), not a particle. */
const ARTICLE_AFTER: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l', 'du', 'des', 'un', 'une', 'the', 'a', 'an', 'den', 'die', 'das', 'dem', 'il', 'lo', 'i', 'gli']);
const PARTICLES: ReadonlySet<string> = new Set(['dessus', 'over']);
/** Ending under a vehicle: "unter einem Lastwagen", "sous un train", "sotto un treno", "under a bus" (only before it). */
const UNDER: ReadonlySet<string> = new Set(['unter', 'under', 'sous', 'sotto']);
/** Catching someone: "Hoffentlich erwischt ihn mal ein Tram" (the vehicle the subject, the person the object before it). */
const CATCH: ReadonlySet<string> = new Set(['erwischt', 'erwuetscht', 'verwuetscht', 'verwischt']);
/** Who is caught, between "erwischt" and the vehicle (not "sie": "Hoffentlich erwischt sie noch ein Tram"). */
const CAUGHT: ReadonlySet<string> = new Set(['ihn', 'en', 'dich', 'di', 'euch', 'eu', 'den', 'dae', 'dem', 'daem', 'dene']);

/**
 * A wished accident: "Hoffentlich fährt ihn mal ein Lastwagen über den Haufen", "Hoffentlich landet der unter einem
 * Tram", "J'espère qu'un camion lui passera dessus", "Speriamo che finisca sotto un treno", "Hope a bus runs him over".
 * A hope, then a vehicle with an indefinite article (any vehicle, not the bus one waits for: "Hoffentlich fährt der Bus
 * bald wieder"), and running over or ending under it; not negated, and the writer not the subject other than of the
 * hope ("Hoffentlich erwische ich noch einen Bus").
 */
function runOver(tokens: readonly Token[], flags: Int32Array, start: number, end: number, language: Language): Omit<NetMatch, 'id' | 'sure'> | undefined {
  const firstSubjects = FIRST_SUBJECTS[language] ?? new Set<string>();
  let wish = -1;
  let vehicle = -1;
  let run = false;
  let self = false;
  for (let k = start; k < end; k++) {
    const f = flags[k] as number;
    const token = tokens[k] as Token;
    if (token.quoted) continue;
    if (wish < 0 && (f & ACCIDENT) !== 0) wish = k;
    const before = k > start ? (tokens[k - 1] as Token).norm : '';
    const before2 = k > start + 1 ? (tokens[k - 2] as Token).norm : '';
    if (wish >= 0 && vehicle < 0 && (f & VEHICLE) !== 0 && (INDEFINITE.has(before) || INDEFINITE.has(before2))) {
      vehicle = k;
      // "unter einem Lastwagen", "sotto un treno"; "erwischt ihn mal ein Tram" (not "einen Zug": the one caught).
      run ||= UNDER.has(before2) || (k > start + 2 && UNDER.has((tokens[k - 3] as Token).norm) && INDEFINITE.has(before2));
      if (before !== 'einen' && before2 !== 'einen') {
        for (let j = wish + 1, caught = false; j < k; j++) {
          if (((flags[j] as number) & CATCHING) !== 0) caught = true;
          else if (caught && CAUGHT.has((tokens[j] as Token).norm)) run = true;
        }
      }
    }
    // "lui passera dessus", "runs him over"; not "dessus le pont", "over the bridge".
    run ||= (f & RUN) !== 0 && !(PARTICLES.has(token.norm) && ARTICLE_AFTER.has(tokens[k + 1]?.norm ?? ''));
    if (firstSubjects.has(token.norm) && Math.abs(k - wish) > 1 && !(wish < 0 && ((flags[k + 1] ?? 0) & ACCIDENT) !== 0)) self = true;
  }
  if (wish < 0 || vehicle < 0 || !run || self || negated(tokens, start, end)) return undefined;
  return { tokenStart: wish, tokenEnd: vehicle + 1 };
}

/** Crashing into something, per language: the verb, the obstacle and the preposition before it. */
const CRASH: Partial<Record<Language, { verbs: ReadonlySet<string>; obstacles: ReadonlySet<string>; preps: ReadonlySet<string> }>> = {
  de: { verbs: new Set(['faehrt', 'fahrt', 'kracht', 'knallt', 'rast', 'prallt', 'fahre', 'chlopft', 'tuscht']), obstacles: new Set(['baum', 'boum', 'mauer', 'wand', 'pfeiler', 'leitplanke', 'felswand', 'brueckenpfeiler']),
    preps: new Set(['gegen', 'an', 'in', 'a', 'i']) },
  fr: { verbs: new Set(['prendra', 'prenne', 'prend', 'encastre', 'encastrera', 'fonce', 'foncera', 'percute', 'percutera', 'ecrase', 'ecrasera']), obstacles: new Set(['platane', 'arbre', 'mur', 'pilier', 'pylone', 'rocher']),
    preps: new Set(['contre', 'dans', 'un', 'sur']) },
  it: { verbs: new Set(['schianti', 'schianta', 'schiantera', 'schiantarsi', 'sbatta', 'sbattera', 'finisca', 'finira']), obstacles: new Set(['muro', 'albero', 'pilone', 'guardrail', 'platano']),
    preps: new Set(['contro', 'in', 'addosso', 'su']) },
  en: { verbs: new Set(['wraps', 'wrap', 'crashes', 'crash', 'slams', 'slam', 'drives', 'smashes', 'plows', 'ploughs']), obstacles: new Set(['tree', 'wall', 'pole', 'lamppost', 'pillar', 'barrier']),
    preps: new Set(['around', 'into', 'against', 'round']) },
};

/** People who crash, as pronouns (German, French, Italian, English). */
const CRASHERS: Partial<Record<Language, ReadonlySet<string>>> = {
  de: new Set(['er', 'sie', 'du', 'ihr', 'dae']), other: new Set(['er', 'sie', 'du', 'ihr', 'dae']), fr: new Set(['il', 'elle', 'ils', 'elles', 'tu', 'vous', 'se', 's']),
  it: new Set(['si', 'tu', 'lui', 'lei', 'loro']), en: new Set(['he', 'she', 'they', 'you']),
};

/**
 * A crash wished on someone: "Hoffentlich fährt er mal gegen einen Baum", "J'espère qu'il se prendra un platane",
 * "Speriamo che si schianti contro un muro", "Hope he wraps his car around a tree". A hope, a verb of crashing and an
 * obstacle after a preposition (up to an article between); not negated, the writer not the subject. Held, not sure:
 * "hoffentlich fährt der Lastwagen nicht …" is negated, but the words are also said of a driver's safety.
 */
function crash(tokens: readonly Token[], flags: Int32Array, start: number, end: number, language: Language): Omit<NetMatch, 'id' | 'sure'> | undefined {
  const lists = CRASH[language === 'other' ? 'de' : language];
  if (lists === undefined) return undefined;
  const firstSubjects = FIRST_SUBJECTS[language] ?? new Set<string>();
  const crashers = CRASHERS[language] ?? new Set<string>();
  let wish = -1;
  let verb = -1;
  let obstacle = -1;
  let person = false;
  for (let k = start; k < end; k++) {
    const token = tokens[k] as Token;
    if (token.quoted) continue;
    const norm = token.norm;
    if (wish < 0 && ((flags[k] as number) & ACCIDENT) !== 0) wish = k;
    if (wish >= 0 && verb < 0 && lists.verbs.has(norm)) verb = k;
    // Who crashes is a person: "er", "il … se", "si", "he" (not "der Korken", "the ball").
    if (wish >= 0 && obstacle < 0 && crashers.has(norm)) person = true;
    const prep = (j: number): boolean => j >= start && lists.preps.has((tokens[j] as Token).norm);
    if (verb >= 0 && obstacle < 0 && lists.obstacles.has(norm) && (prep(k - 1) || prep(k - 2))) obstacle = k;
    if (firstSubjects.has(norm) && Math.abs(k - wish) > 1 && !(wish < 0 && ((flags[k + 1] ?? 0) & ACCIDENT) !== 0)) return undefined;
  }
  if (wish < 0 || verb < 0 || obstacle < 0 || !person || negated(tokens, start, end)) return undefined;
  return { tokenStart: wish, tokenEnd: obstacle + 1 };
}

/**
 * Throwing someone into water, off a bridge or out of a window: the verbs of throwing, where to, and the prepositions
 * before it (an article may come between).
 */
const THROWN: Partial<Record<Language, { verbs: ReadonlySet<string>; into: ReadonlySet<string>; preps: ReadonlySet<string> }>> = {
  de: {
    verbs: new Set(['werfen', 'werfe', 'werft', 'wirft', 'schmeissen', 'schmeisse', 'schmeisst', 'versenken', 'versenke', 'versenkt', 'stossen', 'stosse', 'stosst',
      'schubsen', 'schubse', 'schubst', 'ruere', 'rueere', 'schmeisse', 'gheie', 'gheit', 'schiebe', 'schieben']),
    into: new Set(['see', 'rhein', 'aare', 'limmat', 'reuss', 'rhone', 'fluss', 'bach', 'meer', 'zuerisee', 'bodensee', 'vierwaldstaettersee', 'thunersee', 'brienzersee',
      'fenster', 'bruecke', 'abgrund', 'schlucht', 'klippe', 'felsen', 'gletscherspalte', 'brunnen']),
    preps: new Set(['in', 'ins', 'vom', 'von', 'aus', 'ueber', 'uebers', 'i', 'is', 'id', 'dr', 'd', 'de']),
  },
  fr: {
    verbs: new Set(['jeter', 'jete', 'jette', 'jettera', 'jetterai', 'jetterons', 'jetteront', 'jettent', 'jetons', 'jetez', 'balancer', 'balance', 'balancera', 'balancerai',
      'balancerons', 'foutre', 'fout', 'foutra', 'foutrai', 'pousser', 'pousse', 'poussera', 'pousserai', 'envoyer', 'envoie', 'enverra', 'enverrai']),
    into: new Set(['lac', 'lacs', 'riviere', 'fleuve', 'rhone', 'mer', 'fenetre', 'pont', 'falaise', 'ravin', 'leman', 'canal', 'puits', 'precipice', 'balcon']),
    preps: new Set(['dans', 'au', 'du', 'par', 'a', 'sous', 'en', 'le', 'la', 'l', 'haut', 'fond', 'bas']),
  },
  it: {
    verbs: new Set(['buttare', 'butta', 'buttiamo', 'butteremo', 'buttero', 'buttate', 'gettare', 'getta', 'gettiamo', 'getteremo', 'gettero', 'gettate', 'lanciare',
      'lancia', 'lanciamo', 'spingere', 'spingiamo', 'spingeremo', 'spingero', 'spinga']),
    into: new Set(['lago', 'fiume', 'mare', 'finestra', 'ponte', 'burrone', 'dirupo', 'ceresio', 'verbano', 'canale', 'pozzo', 'balcone', 'scogliera']),
    preps: new Set(['nel', 'nella', 'in', 'dal', 'dalla', 'giu', 'sotto', 'fondo', 'al', 'lago']),
  },
  en: {
    verbs: new Set(['throw', 'toss', 'chuck', 'push', 'dump', 'shove', 'hurl', 'pitch', 'fling', 'drop']),
    into: new Set(['lake', 'river', 'sea', 'window', 'bridge', 'cliff', 'canal', 'ocean', 'harbour', 'harbor', 'balcony', 'rhine']),
    preps: new Set(['in', 'into', 'off', 'out', 'of', 'from', 'the', 'a', 'over', 'bottom']),
  },
};

/** A look, an eye, a party are thrown, not people (nor things, nor devices, below): "einen Blick aus dem Fenster werfen", "jeter un oeil", "throw a party". */
const GLANCES: ReadonlySet<string> = new Set(['blick', 'auge', 'oeil', 'coup', 'regard', 'occhio', 'occhiata', 'sguardo', 'party', 'glance', 'look', 'eye']);

/** Things that get thrown out of the window in anger: "Ma machine à café … je la jette par la fenêtre". */
const DEVICES: ReadonlySet<string> = new Set(['machine', 'ordinateur', 'ordi', 'telephone', 'portable', 'imprimante', 'tele', 'television', 'handy', 'computer', 'laptop',
  'drucker', 'fernseher', 'kaffeemaschine', 'telefono', 'cellulare', 'stampante', 'televisore', 'tv', 'phone', 'printer', 'pc']);

function glance(tokens: readonly Token[], flags: Int32Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const norm = (tokens[k] as Token).norm;
    if (GLANCES.has(norm) || DEVICES.has(norm) || ((flags[k] as number) & THING) !== 0) return true;
  }
  return false;
}

/** The reader as the one thrown, a threat without a wish: "Wir werfen dich …", "we'll throw you …", "on te jette …". */
const THROWN_READERS: ReadonlySet<string> = new Set(['dich', 'di', 'euch', 'eu', 'you', 'toi']);
/** German object pronouns of the one thrown: "Wir werfen dich …", "Man sollte ihn …", Swiss "de sött mer en …". */
const THROWN_OBJECTS_DE: ReadonlySet<string> = new Set(['dich', 'di', 'ihn', 'en', 'euch', 'eu', 'dene', 'ene']);

/** Futures and calls of the verbs of throwing: the verb is its own wish. */
const CALLED: ReadonlySet<string> = new Set(['jettera', 'jetterai', 'jetterons', 'jetteront', 'jetons', 'jetez', 'balancera', 'balancerai', 'balancerons', 'balancons',
  'foutra', 'foutrai', 'poussera', 'pousserai', 'enverra', 'enverrai', 'butteremo', 'buttero', 'buttiamo', 'buttate', 'getteremo', 'gettero', 'gettiamo', 'gettate',
  'spingeremo', 'spingero', 'spingiamo', 'lanciamo']);

/**
 * Italian infinitives and imperatives with the object fused on: "buttarlo", "gettiamoli", "buttatela"; the fused
 * objects of {@link IT_FUSED} but "gli", which is whom something is thrown at, not who is thrown.
 */
const FUSED_ENDINGS = IT_FUSED.filter((e) => e !== 'gli');
/**
 * Every language's verbs of throwing, the Italian ones with an object fused on too, in one word set: read for every
 * word of a comment, so one byte per word instead of a string lookup.
 */
const THROWING = new WordSet(new Set(Object.entries(THROWN).flatMap(([language, lists]) => [
  ...lists.verbs,
  ...(language === 'it' ? [...lists.verbs].flatMap((v) => FUSED_ENDINGS.map((e) => `${v.endsWith('re') ? v.slice(0, -1) : v}${e}`)) : []),
])));

/**
 * "On va le jeter au fond du lac", "Den sollte man in den Rhein werfen", "Lo butteremo nel lago", "Someone should
 * throw him off a bridge": a verb of throwing, a person as its object (a French or Italian object pronoun right before
 * it or fused on, else a person or pronoun between the verb's cue and where to), and water, a bridge or a window after
 * it, with a wish, a modal or a future, or the reader as the object. Not negated. Held, not sure ("Il faut le jeter à
 * l'eau" also says "let him try").
 */
function thrown(tokens: readonly Token[], flags: Int32Array, start: number, end: number, language: Language): Omit<NetMatch, 'id' | 'sure'> | undefined {
  const lists = THROWN[language === 'other' ? 'de' : language];
  if (lists === undefined) return undefined;
  // German puts the verb last ("Man sollte ihn in den See werfen") and the object anywhere before it.
  const german = language === 'de' || language === 'other';
  const into = (j: number): boolean => j < end && lists.into.has((tokens[j] as Token).norm);
  let wish = -1;
  let person = -1;
  let reader = false;
  for (let k = start; k < end; k++) {
    const token = tokens[k] as Token;
    const f = flags[k] as number;
    if (wish < 0 && (f & WISH) !== 0) wish = k;
    if (!THROWING.has(token) || token.quoted) continue;
    const fused = language === 'it' && !lists.verbs.has(token.norm);
    if (!fused && !lists.verbs.has(token.norm)) continue;
    const clitic = k > start && ((flags[k - 1] as number) & CLITIC) !== 0 && !prepositionBetween(tokens, k - 1, k);
    if (fused || clitic) {
      person = fused ? k : k - 1;
      reader = fused ? /ti$/.test(token.norm) : CLITIC_YOU.has((tokens[k - 1] as Token).norm);
    }
    // A future or a call of the verb itself is the wish: "Lo butteremo nel lago", "Jetons-le à l'eau".
    const call = CALLED.has(token.norm) || (fused && CALLED.has(romanceStem(token.norm)));
    for (let j = german ? Math.max(start, k - 8) : k + 1; j < Math.min(end, k + 8); j++) {
      if (j === k) continue;
      const g = flags[j] as number;
      if (person < 0 && !german && ((g & PRONOUN) !== 0 || ((g & TARGET) !== 0 && !ARTICLES.has((tokens[j] as Token).norm)))) {
        person = j;
        reader = CLITIC_YOU.has((tokens[j] as Token).norm) || THROWN_READERS.has((tokens[j] as Token).norm);
      }
      if (!into(j)) continue;
      const prep = lists.preps.has((tokens[j - 1] as Token).norm) || lists.preps.has((tokens[j - 2] as Token).norm);
      // German puts the object first: "Den sollte man in den See werfen", "Wir werfen dich in den Rhein".
      // Only an object: "dich", "ihn", "euch", a person put first ("Den …"), "sie" after a modal or "man" ("Man
      // sollte sie …"), a person named after an article; not a subject ("Sie sollten …", "du", "er").
      if (person < 0 && german) {
        for (let i = start; i < Math.max(j, k) && person < 0; i++) {
          const norm = (tokens[i] as Token).norm;
          const afterCall = i > start && (((flags[i - 1] as number) & WISH) !== 0 || (tokens[i - 1] as Token).norm === 'man');
          if (THROWN_OBJECTS_DE.has(norm) || (i === start && OBJECT_FIRST.has(norm)) || ((norm === 'sie' || norm === 'si') && afterCall)) person = i;
          else if (((flags[i] as number) & TARGET) !== 0 && !ARTICLES.has(norm) && ARTICLES.has((tokens[i - 1] as Token | undefined)?.norm ?? '')) person = i;
        }
        reader = person >= 0 && THROWN_READERS.has((tokens[person] as Token).norm);
      }
      if (!prep || person < 0 || glance(tokens, flags, start, end) || (wish < 0 && !reader && !call) || negated(tokens, start, end)) return undefined;
      return { tokenStart: Math.min(person, wish < 0 ? person : wish), tokenEnd: j + 1 };
    }
  }
  return undefined;
}

/** The infinitive or imperative an Italian fused object pronoun hangs on: "buttarlo" → "buttar" + e, "gettiamoli" → "gettiamo". */
function romanceStem(norm: string): string {
  const bare = norm.slice(0, -2);
  return bare.endsWith('r') ? `${bare}e` : bare;
}

/** Copulas: "sind", "isch", "sont", "c'est", "sono", "siete", "are", "'re". */
const COPULAS: ReadonlySet<string> = new Set(['sind', 'seid', 'isch', 'sin', 'sii', 'sont', 'etes', 'est', 'sono', 'siete', 'e', 'are', 're', 'is', 'nur', 'wie', 'comme', 'come', 'like']);

function copulaBefore(tokens: readonly Token[], start: number, k: number): boolean {
  for (let j = Math.max(start, k - 3); j < k; j++) if (COPULAS.has((tokens[j] as Token).norm)) return true;
  return false;
}

function negated(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (NEGATIONS.has((tokens[k] as Token).norm)) return true;
  return false;
}

/**
 * "Ich weiss, in welchem Quartier Sie wohnen", "Mir wüssed, wo dis Auto staht", "On sait où trouver ta famille",
 * "Sappiamo dove lavori", "We know where your office is": the writer knows where someone lives, works or parks. A
 * word of knowing, then "wo"/"où"/"dove"/"where", then a place, and the reader or someone as a pronoun or possessive;
 * not negated ("I don't know where your office is") and not a question to the reader ("Weisst du, wo …" has no KNOW).
 */
function whereabouts(tokens: readonly Token[], flags: Int32Array, start: number, end: number): Omit<NetMatch, 'id' | 'sure'> | undefined {
  let know = -1;
  let at = -1;
  let place = -1;
  let person = false;
  for (let k = start; k < end; k++) {
    const f = flags[k] as number;
    const norm = (tokens[k] as Token).norm;
    if ((tokens[k] as Token).quoted) continue;
    if (know < 0 && (f & KNOW) !== 0 && !(k > start && NEGATIONS.has((tokens[k - 1] as Token).norm)) && !NEGATIONS.has(tokens[k + 1]?.norm ?? '')) know = k;
    else if (know >= 0 && at < 0 && (f & WHERE) !== 0) at = k;
    // The place after "wo", or between the knowing and "wo" ("So che macchina guidi e dove la lasci").
    else if (know >= 0 && place < 0 && (f & PLACE) !== 0) place = k;
    // The reader as a pronoun, a possessive or a verb of where one lives or parks ("wohnst", "habites", "guidi").
    if (k > know && know >= 0 && ((f & PRONOUN) !== 0 || POSSESSIVES.has(norm) || YOUR_WHEREABOUTS.has(norm))) person = true;
  }
  if (know < 0 || at < 0 || place < 0 || !person || Math.max(place, at) - know > 10) return undefined;
  return { tokenStart: know, tokenEnd: Math.max(place, at) + 1 };
}

/** Second-person verbs of where the reader lives, works, drives or parks. */
const YOUR_WHEREABOUTS: ReadonlySet<string> = new Set(['wohnst', 'wohnsch', 'lebst', 'arbeitest', 'schaffsch', 'parkierst', 'parkiersch', 'joggst', 'habites', 'vis', 'travailles',
  'gares', 'laisses', 'dors', 'rentres', 'abiti', 'vivi', 'lavori', 'parcheggi', 'lasci', 'guidi', 'dormi']);

/** English phrasal verbs of violence: "beat you up", "beat him senseless", "blow up your office", "string them up". */
const EN_PAIRS: Pairs = [
  ['beat', ['up', 'senseless', 'death', 'hell', 'shit', 'crap', 'pulp', 'bloody']], ['blow', ['up', 'brains']], ['string', ['up']], ['chok', ['death']],
  ['cut', ['throat', 'throats']], ['slit', ['throat', 'throats']],
];
/** Cutting a head or a throat ("lui couper la tête", "tagliargli la gola", "cut his throat"). */
// Breaking bones, teeth and faces: BODY_HARM.
const FR_PAIRS: Pairs = [['coup', ['tete', 'gorge']], ['tranch', ['tete', 'gorge']],
  // "régler son compte à quelqu'un" (to settle the plural "comptes" is bookkeeping).
  ['regl', ['compte']]];
const IT_PAIRS: Pairs = [['tagliar', ['testa', 'gola']], ['taglio', ['testa', 'gola']], ['tagliamo', ['testa', 'gola']], ['tagliate', ['testa', 'gola']]];
const PAIRS: Partial<Record<Language, Pairs>> = { de: DE_PAIRS, other: DE_PAIRS, en: EN_PAIRS, fr: FR_PAIRS, it: IT_PAIRS };

/** The writer as the object of a separable verb. */
const SELF: ReadonlySet<string> = new Set(['mich', 'mi', 'uns', 'mir', 'my', 'our', 'myself']);
/** A French reflexive before the verb: "se casser la gueule" is to fail or to fall, "je me suis cassé les dents" a mishap. */
const REFLEXIVE: ReadonlySet<string> = new Set(['se', 's', 'me', 'm', 'nous']);

/** Words after "um" that make it a preposition ("um den Verstand"). */
const OF_PARTICLE: ReadonlySet<string> = new Set(['den', 'de', 'd', 'dr', 'die', 'das', 'sein', 'seinen', 'ihren', 'meinen', 'mein', 'jeden', 'nichts', 'zu']);

/** VIOLENT when token `v` is the head of a German separable verb of violence whose particle follows in the sentence. */
function separable(tokens: readonly Token[], v: number, pairs: Pairs): number {
  const key = netSkeleton((tokens[v] as Token).norm);
  const sentence = (tokens[v] as Token).sentence;
  // "Du bringst mich noch um mit deinen Wortspielen": the writer as the victim is a figure of speech.
  if (SELF.has(tokens[v + 1]?.norm ?? '') || (v > 0 && REFLEXIVE.has((tokens[v - 1] as Token).norm))) return 0;
  // "tu vas te casser les dents": "te" after "tu" is reflexive too.
  if (readerReflexive(tokens, v, 4, true)) return 0;
  for (const [head, particles] of pairs) {
    if (!key.startsWith(head) || key.length > head.length + 3) continue;
    for (let k = v + 1; k < tokens.length && k <= v + 6 && (tokens[k] as Token).sentence === sentence; k++) {
      if (!particles.includes((tokens[k] as Token).norm)) continue;
      // "bringt mich um den Verstand", "ums Leben": "um" as a preposition.
      return OF_PARTICLE.has(tokens[k + 1]?.norm ?? '') && (tokens[k + 1] as Token).sentence === sentence ? 0 : VIOLENT;
    }
  }
  return 0;
}
