/**
 * Promised ends without a word of violence, read as word classes rather than phrases (the safety net of
 * lexicon-threat-net.ts needs a word of violence or harm; these have none):
 * - the time left to the reader: "Geniess die Tage, die du noch hast", "Ihre Tage sind gezählt", "Gnüss dini letschte
 *   Täg", "Profite du temps qu'il te reste", "Goditi il tempo che ti resta", "Enjoy the time you have left", "Your
 *   days are numbered". A time word ("Zeit", "Tage", "temps", "giorni", "days") with a word of remaining ("bleibt",
 *   "gezählt", "reste", "contati", "numbered", "noch hast", "have left") or, after "geniess"/"enjoy", of the last
 *   ones, said to the reader. Bounded time is no end: a limit ("bis zur Pensionierung", "avant la rentrée", "before
 *   the holidays", a number of days) or a role ("Tage als Trainer", "days of cheap energy");
 * - the reader will not laugh for long: "You won't be laughing for much longer", "Non riderai più per molto", "Du
 *   lachsch nüm lang": laughing, a negation before it and a duration after it, said to the reader (the team that
 *   "won't be laughing for much longer" is sport);
 * - a warning on the way home: "Stai attento quando torni a casa stasera", "Pass gut auf, wenn du heimgehst", "Fais
 *   gaffe en rentrant ce soir": a warning and the way home with no hazard named (ice, roads, traffic, weather,
 *   pickpockets: "Pass auf, wenn du heimfährst, es hat Glatteis").
 * They hold (the net's level); quotes, reports and condemnation are discounted by the scorer's context rules.
 */
import type { Language } from '../../domain';
import { startsUpper } from './clause-helpers';
import type { NormalizedText, Token } from './text-normalizer';
import { WordFlags } from './word-table';

const YOU = 1; // the reader: "du", "dir", "deine", "Ihre", "te", "tes", "ti", "tuoi", "you", "your", second-person verbs
const TIME = 2; // "Zeit", "Tage", "temps", "jours", "giorni", "days"
const REMAIN = 4; // "bleibt", "gezählt", "reste", "contati", "numbered", "remaining"
const LAST = 8; // "letzten", "derniers", "ultimi", "last": an end only after "geniess", "enjoy"
const ENJOY = 16; // "geniess", "profite", "goditi", "enjoy"
const HAVE = 32; // "hast", "häsch", "as", "hai", "have": the time one still has ("die du noch hast", "you have left")
const STILL = 64; // "noch", "no", "encore", "ancora", "still"
const LEFT = 128; // English "left" after "have"
const BOUND = 256; // a limit or a number: "bis", "avant", "before", "prima", "until", digits
const ROLE = 512; // right after the time word: "als", "der", "de", "di", "of", "as"
const LAUGH = 1024; // "lachen", "rire", "rigoler", "ridere", "laughing"
const LONG = 2048; // "lange", "lang", "longtemps", "molto", "longer"
const NEG = 4096;
const WARN = 8192; // "pass (auf)", "gaffe", "attention", "attento", "careful"
const HOME = 16384; // "heimgehst", "rentrant", "torni", "home"
const HAZARD = 32768; // ice, snow, roads, traffic, weather, thieves: the warning is advice
const FATE = 65536; // "erwischt", "trifft" with an impersonal "es": fate catching someone
const IT_SUBJ = 131072; // the impersonal subject "es", "s"
const HOPE = 262144; // "hoffentlich", "hoffe", "wünsche"
const SOMEONE = 524288; // "jemand", "qualcuno", "quelqu", "someone"
const SOMEDAY = 1048576; // "irgendwann", "prima o poi", "un jour", "someday"
const DOOR = 2097152; // "casa", "home", "Tür", "porte", "door": where someone waits or visits
const FIRE = 4194304; // "brennt", "brûlera", "bruci", "burns"
const SOON = 8388608; // "bald", "bientôt", "presto", "soon"
const OWN = 16777216; // "dein", "ton", "tua", "your": the reader's house or car
const IF = 33554432; // a condition or a cause makes a fire a warning ("wenn", "sonst", "si", "if")
const PLACE = 67108864; // "Haus", "Auto", "maison", "casa", "house", "car"
const NOT = 134217728; // negations that take back a wish ("nicht", "kein", "pas", "non", "not")
const FILLED = 1 << 30;

interface Lists {
  you: readonly string[];
  time: readonly string[];
  remain: readonly string[];
  last: readonly string[];
  enjoy: readonly string[];
  have: readonly string[];
  still: readonly string[];
  left: readonly string[];
  bound: readonly string[];
  role: readonly string[];
  laugh: readonly string[];
  long: readonly string[];
  neg: readonly string[];
  warn: readonly string[];
  home: readonly string[];
  hazard: readonly string[];
  fate?: readonly string[];
  itSubj?: readonly string[];
  hope: readonly string[];
  someone: readonly string[];
  someday: readonly string[];
  door: readonly string[];
  fire: readonly string[];
  soon: readonly string[];
  own: readonly string[];
  cond: readonly string[];
  place: readonly string[];
  not: readonly string[];
}

const DE: Lists = {
  you: ['du', 'dir', 'dich', 'di', 'dr', 'dini', 'din', 'dis', 'dim', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'ihre', 'ihnen', 'euch', 'eu', 'eure', 'euer', 'euri', 'ihr',
    'lachst', 'lachsch', 'hast', 'hesch', 'haesch', 'hasch'],
  time: ['zeit', 'zit', 'ziit', 'tage', 'taeg', 'taag', 'tag', 'stunden', 'stunde', 'stund', 'staend', 'jahre', 'monate', 'woche', 'wochen', 'tagen'],
  remain: ['bleibt', 'bleiben', 'bliibt', 'blibt', 'bliibed', 'verbleibende', 'verbleibenden', 'restlichen', 'gezaehlt', 'zaehlt', 'zellt', 'zelt'],
  last: ['letzten', 'letzte', 'letschte', 'letschti', 'letschtä'],
  enjoy: ['geniess', 'geniesse', 'geniesst', 'geniessen', 'gniess', 'gnuess', 'gnuss', 'gnuesse', 'gnuessed'],
  have: ['hast', 'hesch', 'haesch', 'hasch', 'habt', 'haend', 'haben'],
  still: ['noch', 'no', 'nu', 'nuch'],
  left: [],
  bound: ['bis', 'vor', 'nach', 'um', 'ferien', 'pension', 'pensionierung', 'rente', 'abstimmung', 'wahl', 'wahlen', 'frist', 'anmeldung', 'saison', 'abstimmungssonntag',
    'zwei', 'drei', 'vier', 'fuenf', 'zehn', 'paar', 'wenige', 'einige'],
  role: ['als', 'der', 'des', 'im', 'in', 'am', 'mit', 'ohne', 'vom'],
  laugh: ['lachen', 'lache', 'lachsch', 'lachst', 'lacht', 'grinsen', 'grinse', 'grinsch', 'grinst'],
  long: ['lange', 'lang', 'langs'],
  neg: ['nicht', 'nid', 'nued', 'noed', 'nuem', 'nuemm', 'nuemme', 'nuemmer', 'nimmer', 'nie', 'kein', 'keine', 'keinen'],
  warn: ['pass', 'passe', 'aufpassen', 'uufpasse', 'ufpasse', 'vorsicht', 'obacht'],
  home: ['heimgehst', 'heimgehen', 'heimweg', 'heiweg', 'heiloufsch', 'heilaufsch', 'heigoesch', 'heigohsch', 'heigaasch', 'heimkommst', 'heichunsch', 'heimfaehrst', 'heimlaeufst'],
  hazard: ['glatteis', 'eis', 'schnee', 'strasse', 'strassen', 'verkehr', 'velo', 'tram', 'zug', 'bus', 'auto', 'fahrrad', 'nebel', 'regen', 'gewitter', 'sturm', 'hagel', 'glaettig',
    'glatt', 'taschendiebe', 'diebe', 'einbrecher', 'baustelle', 'grippe', 'virus', 'zecken', 'wild', 'rehe', 'dunkel', 'beleuchtung', 'stufen', 'treppe', 'wetter', 'kalt', 'chalt'],
  fate: ['erwischt', 'erwuetscht', 'verwuetscht', 'trifft', 'trifts', 'holt', 'packt'],
  itSubj: ['es', 's'],
  hope: ['hoffentlich', 'hoffentli', 'hofentlich', 'hoffe', 'hoff', 'wuensche', 'wuensch', 'irgendwann', 'irgendwenn', 'bald', 'naechstens', 'eines', 'tages'],
  someone: ['jemand', 'oeper', 'oepper', 'irgendwer', 'irgendeiner'],
  someday: ['irgendwann', 'irgendwenn', 'tages', 'tag', 'nacht', 'abends', 'nachts', 'demnaechst'],
  door: ['tuer', 'tuere', 'haustuer', 'huustuer', 'hause', 'huus', 'haus', 'wohnung', 'wohnig', 'besuch', 'besuche', 'besuchen', 'vorbeischauen', 'vorbei', 'verbi'],
  fire: ['brennt', 'brenne', 'abbrennt', 'abbrenne', 'abfackelt', 'fackelt', 'brennen'],
  soon: ['bald', 'irgendwann', 'naechstens', 'demnaechst', 'heute', 'morgen', 'znacht', 'heinacht', 'nacht'],
  own: ['dein', 'deine', 'dis', 'dini', 'din', 'euer', 'eure', 'ihr'],
  cond: ['wenn', 'falls', 'sonst', 'weil', 'kerze', 'kerzen', 'adventskranz', 'christbaum', 'feuerwerk', 'grill', 'akku', 'blitz', 'feuerwehr', 'rauchmelder', 'versicherung'],
  place: ['haus', 'huus', 'auto', 'wohnung', 'wohnig', 'hof', 'laden', 'buero', 'garage', 'scheune', 'stall'],
  not: ['nicht', 'nid', 'noed', 'kein', 'keine', 'keinen', 'nie', 'niemand', 'nichts', 'nuet'],
};

const FR: Lists = {
  you: ['tu', 'te', 't', 'toi', 'ton', 'ta', 'tes', 'vous', 'votre', 'vos', 'riras', 'rigoleras', 'rirez', 'rigolerez', 'fais', 'faites'],
  time: ['temps', 'jours', 'heures', 'semaines', 'mois', 'annees'],
  remain: ['reste', 'restent', 'restant', 'restants', 'comptes', 'comptees'],
  last: ['derniers', 'dernieres'],
  enjoy: ['profite', 'profitez', 'savoure', 'savourez'],
  have: [],
  still: ['encore'],
  left: [],
  bound: ['avant', 'jusqu', 'apres', 'pour', 'vacances', 'retraite', 'rentree', 'election', 'elections', 'votation', 'delai', 'saison', 'inscription', 'deux', 'trois', 'quatre', 'cinq', 'dix', 'quelques'],
  role: ['de', 'd', 'comme', 'en', 'a', 'au', 'sans', 'avec'],
  laugh: ['rire', 'riras', 'rirez', 'rigoler', 'rigoleras', 'rigolerez', 'sourire', 'souriras', 'ricaner'],
  long: ['longtemps'],
  neg: ['ne', 'n', 'pas', 'plus', 'jamais'],
  warn: ['gaffe', 'attention'],
  home: ['rentrant', 'rentres', 'rentreras', 'rentrez', 'rentrerez'],
  hazard: ['route', 'routes', 'verglas', 'verglacee', 'verglacees', 'neige', 'glace', 'brouillard', 'pluie', 'orage', 'tempete', 'vent', 'circulation', 'trafic', 'velo', 'voiture',
    'train', 'bus', 'tram', 'pickpockets', 'voleurs', 'travaux', 'chantier', 'grippe', 'virus', 'tiques', 'gibier', 'chevreuils', 'escaliers', 'froid', 'eclairage'],
  hope: [],
  someone: ['quelqu'],
  someday: ['jour', 'tot', 'soir', 'nuit'],
  door: ['porte', 'maison', 'domicile', 'visite', 'chez'],
  fire: ['brule', 'brulera', 'flambe', 'flambera', 'crame', 'cramera'],
  soon: ['bientot', 'jour', 'nuit', 'demain'],
  own: ['ta', 'ton', 'votre'],
  cond: ['si', 'sinon', 'parce', 'bougie', 'bougies', 'sapin', 'feux', 'barbecue', 'batterie', 'foudre', 'pompiers', 'assurance'],
  place: ['maison', 'voiture', 'appartement', 'bagnole', 'ferme', 'grange', 'magasin', 'bureau'],
  not: ['pas', 'jamais', 'personne', 'rien'],
};

const IT: Lists = {
  you: ['tu', 'ti', 'te', 'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vi', 'vostro', 'vostra', 'vostri', 'hai', 'avete', 'riderai', 'riderete', 'sorriderai', 'stai', 'state', 'torni', 'tornerai'],
  time: ['tempo', 'giorni', 'ore', 'settimane', 'mesi', 'anni'],
  remain: ['resta', 'restano', 'rimane', 'rimangono', 'rimasto', 'rimasti', 'restante', 'restanti', 'contati'],
  last: ['ultimi', 'ultime'],
  enjoy: ['goditi', 'godetevi', 'gusta', 'gustati', 'approfitta'],
  have: [],
  still: ['ancora'],
  left: [],
  bound: ['prima', 'fino', 'dopo', 'per', 'vacanze', 'ferie', 'pensione', 'elezioni', 'votazione', 'scadenza', 'stagione', 'iscrizione', 'due', 'tre', 'quattro', 'cinque', 'dieci', 'pochi', 'alcuni'],
  role: ['di', 'da', 'del', 'della', 'dei', 'come', 'in', 'a', 'al', 'con', 'senza'],
  laugh: ['ridere', 'riderai', 'riderete', 'ridi', 'sorridere', 'sorriderai', 'sghignazzare'],
  long: ['molto', 'tanto', 'lungo'],
  neg: ['non', 'piu', 'mai'],
  warn: ['attento', 'attenta', 'attenti', 'occhio'],
  home: ['torni', 'tornerai', 'rientri', 'rientrerai'],
  hazard: ['strada', 'strade', 'buche', 'buca', 'neve', 'ghiaccio', 'ghiacciata', 'nebbia', 'pioggia', 'temporale', 'vento', 'traffico', 'bici', 'auto', 'macchina', 'treno', 'bus',
    'borseggiatori', 'ladri', 'cantiere', 'lavori', 'influenza', 'virus', 'zecche', 'cervi', 'scale', 'freddo', 'illuminazione', 'autostrada', 'curve', 'gallerie'],
  hope: [],
  someone: ['qualcuno'],
  someday: ['poi', 'giorno', 'sera', 'notte'],
  door: ['casa', 'porta', 'portone', 'visita', 'domicilio'],
  fire: ['bruci', 'brucia', 'brucera', 'bruciasse'],
  soon: ['presto', 'giorno', 'notte', 'domani'],
  own: ['tua', 'tuo', 'vostra', 'vostro'],
  cond: ['se', 'altrimenti', 'perche', 'candela', 'candele', 'albero', 'fuochi', 'grigliata', 'batteria', 'fulmine', 'pompieri', 'assicurazione'],
  place: ['casa', 'macchina', 'auto', 'appartamento', 'negozio', 'ufficio', 'stalla', 'fienile'],
  not: ['non', 'mai', 'nessuno', 'niente'],
};

const EN: Lists = {
  you: ['you', 'your', 'yours', 'ya', 'u', 'ur'],
  time: ['time', 'days', 'hours', 'weeks', 'months', 'years'],
  remain: ['remaining', 'numbered'],
  last: ['last', 'final'],
  enjoy: ['enjoy', 'savour', 'savor'],
  have: ['have', 've', 'has', 'got'],
  still: ['still'],
  left: ['left'],
  bound: ['before', 'until', 'till', 'after', 'to', 'for', 'holidays', 'holiday', 'vacation', 'retirement', 'election', 'deadline', 'season', 'registration', 'two', 'three', 'four', 'five', 'ten', 'few'],
  role: ['of', 'as', 'in', 'at', 'on', 'with', 'without'],
  laugh: ['laughing', 'laugh', 'smiling', 'smile', 'grinning', 'laughin'],
  long: ['long', 'longer'],
  neg: ['won', 'not', 'no', 'never', 'wont', 'aren', 'isn'],
  warn: ['careful', 'watch'],
  home: ['home'],
  hazard: ['road', 'roads', 'ice', 'icy', 'snow', 'fog', 'rain', 'storm', 'wind', 'traffic', 'bike', 'car', 'train', 'bus', 'tram', 'pickpockets', 'thieves', 'roadworks', 'flu', 'virus',
    'ticks', 'deer', 'stairs', 'cold', 'lighting', 'step', 'drivers', 'slippery'],
  hope: [],
  someone: ['someone', 'somebody', 'someones'],
  someday: ['someday', 'day', 'sooner', 'night', 'tonight'],
  door: ['home', 'door', 'doorstep', 'visit', 'house'],
  fire: ['burns', 'burn', 'burning'],
  soon: ['soon', 'tonight', 'someday', 'day'],
  own: ['your'],
  cond: ['if', 'unless', 'otherwise', 'because', 'candle', 'candles', 'tree', 'fireworks', 'barbecue', 'battery', 'lightning', 'firefighters', 'insurance'],
  place: ['house', 'home', 'car', 'flat', 'apartment', 'shop', 'office', 'barn'],
  not: ['not', 'never', 'nobody', 'nothing', 'don', 'doesn', 'won'],
};

function table(lists: Lists): ReadonlyMap<string, number> {
  const words = new Map<string, number>();
  const add = (list: readonly string[], flag: number): void => {
    for (const w of list) words.set(w, (words.get(w) ?? 0) | flag);
  };
  add(lists.you, YOU);
  add(lists.time, TIME);
  add(lists.remain, REMAIN);
  add(lists.last, LAST);
  add(lists.enjoy, ENJOY);
  add(lists.have, HAVE);
  add(lists.still, STILL);
  add(lists.left, LEFT);
  add(lists.bound, BOUND);
  add(lists.role, ROLE);
  add(lists.laugh, LAUGH);
  add(lists.long, LONG);
  add(lists.neg, NEG);
  add(lists.warn, WARN);
  add(lists.home, HOME);
  add(lists.hazard, HAZARD);
  add(lists.fate ?? [], FATE);
  add(lists.itSubj ?? [], IT_SUBJ);
  add(lists.hope, HOPE);
  add(lists.someone, SOMEONE);
  add(lists.someday, SOMEDAY);
  add(lists.door, DOOR);
  add(lists.fire, FIRE);
  add(lists.soon, SOON);
  add(lists.own, OWN);
  add(lists.cond, IF);
  add(lists.place, PLACE);
  add(lists.not, NOT);
  return words;
}

const TABLES: Partial<Record<Language, ReadonlyMap<string, number>>> = { de: table(DE), other: table(DE), fr: table(FR), it: table(IT), en: table(EN) };
const CACHE: Partial<Record<Language, WordFlags>> = {};

/**
 * A word's classes in `words` (with `digits` added when it has a digit), cached per word id in `cache` (one per language):
 * the ends with the reader ({@link TABLES}) and without ({@link X_TABLES}) read their own classes this way.
 */
function cachedClasses(cache: WordFlags, token: Token, words: ReadonlyMap<string, number>, digits: number): number {
  const known = cache.get(token.id);
  if (known !== 0) return known & ~FILLED;
  let f = words.get(token.norm) ?? 0;
  if (digits !== 0 && /[0-9]/.test(token.norm)) f |= digits;
  cache.set(token.id, f | FILLED);
  return f;
}

/** The match: the words from the first to the last of the frame, and which frame. */
export interface EndMatch {
  tokenStart: number;
  tokenEnd: number;
  id: string;
  /** Clear enough to reject: fate wished on the reader with a hope ("Hoffentlich erwischt es dich bald"). */
  sure?: boolean;
}

/**
 * Per-token word classes of the comment being read, reused from comment to comment (this runs on nearly every
 * comment: a new array each time cost more than the reading). Only indices below the comment's token count are read.
 */
let readerFlags = new Int32Array(256);
let otherFlags = new Int32Array(256);

/** The first sentence with a promised end (see the file comment), or `undefined`. */
export function findPromisedEnd(text: NormalizedText, language: Language): EndMatch | undefined {
  const words = TABLES[language];
  const xWords = X_TABLES[language];
  const tokens = text.tokens;
  if (words === undefined || xWords === undefined || tokens.length === 0) return undefined;
  if (readerFlags.length < tokens.length) {
    readerFlags = new Int32Array(tokens.length * 2);
    otherFlags = new Int32Array(tokens.length * 2);
  }
  // The language's caches once per comment: read per token, by a key that changes with the language, each was a
  // megamorphic lookup.
  const cache = (CACHE[language] ??= new WordFlags());
  const xCache = (X_CACHE[language] ??= new WordFlags());
  // One pass over the tokens for both kinds of ends.
  const flags = readerFlags;
  const xFlags = otherFlags;
  let any = 0;
  let xAny = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.quoted) {
      flags[k] = 0;
      xFlags[k] = 0;
      continue;
    }
    const f = cachedClasses(cache, token, words, BOUND);
    const x = cachedClasses(xCache, token, xWords, 0);
    flags[k] = f;
    xFlags[k] = x;
    any |= f;
    xAny |= x;
  }
  const lang = language === 'other' ? 'de' : language;
  const other = withoutReader(text, xFlags, xAny, lang);
  if (other !== undefined) return { ...other, id: `end:threat:${lang}:${other.id}` };
  if ((any & (TIME | LAUGH | WARN | FATE | SOMEONE | FIRE)) === 0) return undefined;
  for (let start = 0; start < tokens.length;) {
    const sentence = (tokens[start] as Token).sentence;
    let end = start;
    let all = 0;
    for (; end < tokens.length && (tokens[end] as Token).sentence === sentence; end++) all |= flags[end] as number;
    const fate = (all & FATE) !== 0 ? fateCatches(tokens, flags, start, end) : undefined;
    if (fate !== undefined) return { ...fate, id: `end:threat:${lang}:${fate.id}` };
    if ((all & YOU) !== 0) {
      const found = ((all & TIME) !== 0 ? timeLeft(tokens, flags, start, end, all, language) : undefined)
        ?? ((all & LAUGH) !== 0 ? laughingEnds(tokens, flags, start, end) : undefined)
        ?? ((all & WARN) !== 0 && (all & HOME) !== 0 ? warnedHome(tokens, flags, start, end, language) : undefined)
        ?? ((all & SOMEONE) !== 0 && (all & SOMEDAY) !== 0 && (all & DOOR) !== 0 ? someoneAtTheDoor(tokens, flags, start, end) : undefined)
        ?? ((all & FIRE) !== 0 && (all & (IF | NOT)) === 0 ? houseOnFire(flags, start, end) : undefined);
      if (found !== undefined) return { ...found, id: `end:threat:${lang}:${found.id}` };
    }
    start = end;
  }
  return undefined;
}

const has = (flags: Int32Array, k: number, flag: number, start: number, end: number): boolean => k >= start && k < end && ((flags[k] as number) & flag) !== 0;

function within(flags: Int32Array, from: number, to: number, flag: number, start: number, end: number): number {
  for (let k = Math.max(start, from); k <= Math.min(end - 1, to); k++) if (((flags[k] as number) & flag) !== 0) return k;
  return -1;
}

/** "die Zeit, die dir noch bleibt", "tes jours sont comptés", "the time you have left", "gnüss dini letschte Täg". */
function timeLeft(tokens: readonly Token[], flags: Int32Array, start: number, end: number, all: number, language: Language): EndMatch | undefined {
  if ((all & BOUND) !== 0) return undefined;
  // "Du hast nicht mehr viel Zeit", "Tu n'as plus beaucoup de temps": having no more time; another negation ("Dir
  // bleibt keine Zeit für …" aside) takes the end back.
  let noMore = -1;
  for (let k = start; k < end; k++) if (((flags[k] as number) & NEG) !== 0 && MORE.has(tokens[k + 1]?.norm ?? '')) noMore = k;
  if ((all & NEG) !== 0 && noMore < 0) return undefined;
  for (let t = start; t < end; t++) {
    if (((flags[t] as number) & TIME) === 0) continue;
    // "Tage als Trainer", "jours de gloire", "days of cheap energy": a role, not the life left.
    if (has(flags, t + 1, ROLE, start, end)) continue;
    let last = within(flags, t - 6, t + 6, REMAIN, start, end);
    // "die du noch hast", "que tu as encore": having still; "you have left", "you've got left".
    if (last < 0) {
      const have = within(flags, t + 1, t + 5, HAVE, start, end);
      if (have >= 0 && (has(flags, have - 1, STILL, start, end) || has(flags, have + 1, STILL, start, end) || has(flags, have - 2, STILL, start, end))) last = have;
      if (have >= 0 && language === 'en' && has(flags, have + 1, LEFT, start, end)) last = have + 1;
      if (have >= 0 && language === 'en' && has(flags, have + 2, LEFT, start, end)) last = have + 2;
    }
    // "Gnüss dini letschte Täg", "Enjoy your last days": the last ones, after an imperative to enjoy them.
    if (last < 0 && has(flags, t - 1, LAST, start, end) && (all & ENJOY) !== 0) last = t - 1;
    if (last < 0 && has(flags, t - 2, LAST, start, end) && (all & ENJOY) !== 0) last = t - 2;
    if (last < 0 && noMore >= 0 && noMore < t && t - noMore <= 4 && (within(flags, noMore - 3, noMore - 1, HAVE, start, end) >= 0 || ((flags[start] as number) & YOU) !== 0)) last = noMore;
    if (last < 0) continue;
    return { tokenStart: Math.min(t, last), tokenEnd: Math.max(t, last) + 1, id: 'time' };
  }
  return undefined;
}

const MORE: ReadonlySet<string> = new Set(['mehr', 'meh', 'viel', 'vill', 'plus', 'piu', 'much', 'more', 'longer', 'lange', 'lang']);

/** "You won't be laughing for much longer", "Non riderai più per molto", "du lachsch nüm lang". */
const IMPERATIVE_INF: ReadonlySet<string> = new Set(['ridere', 'sorridere', 'sghignazzare']);
function laughingEnds(tokens: readonly Token[], flags: Int32Array, start: number, end: number): EndMatch | undefined {
  for (let l = start; l < end; l++) {
    if (((flags[l] as number) & LAUGH) === 0) continue;
    // "Non ridere troppo a lungo": a negative imperative (the infinitive right after the negation) is advice.
    if (IMPERATIVE_INF.has((tokens[l] as Token).norm) && has(flags, l - 1, NEG, start, end)) continue;
    const neg = within(flags, l - 4, l + 1, NEG, start, end);
    // "nicht mehr lange lachen" (German puts the duration first), "laughing for much longer".
    const long = within(flags, l - 3, l + 4, LONG, start, end);
    if (neg < 0 || long < 0) continue;
    return { tokenStart: Math.min(neg, l, long), tokenEnd: Math.max(neg, l, long) + 1, id: 'laugh' };
  }
  return undefined;
}

/** "Stai attento quando torni a casa", "Pass gut auf, wenn du heimgehst": a warning and the way home, no hazard named. */
function warnedHome(tokens: readonly Token[], flags: Int32Array, start: number, end: number, language: Language): EndMatch | undefined {
  // A hazard anywhere in the comment makes it advice ("…, es hat Glatteis auf der A1").
  for (let k = 0; k < tokens.length; k++) if (((flags[k] as number) & HAZARD) !== 0) return undefined;
  for (let w = start; w < end; w++) {
    if (((flags[w] as number) & WARN) === 0) continue;
    const norm = (tokens[w] as Token).norm;
    // "pass … auf", "pass uf"; "watch your back", "be careful"; "fais gaffe", "fais attention"; "stai attento".
    if (norm === 'pass' || norm === 'passe') {
      let particle = false;
      for (let k = w + 1; k < Math.min(end, w + 4); k++) particle ||= ['auf', 'uf', 'uuf'].includes((tokens[k] as Token).norm);
      if (!particle) continue;
      // "Pass gut auf dich auf": care for yourself, said in kindness.
      if (tokens.slice(w + 1, w + 5).some((t) => t.norm === 'dich' || t.norm === 'di')) continue;
    }
    if (language === 'en' && norm === 'watch' && tokens[w + 2]?.norm !== 'back') continue;
    const home = within(flags, w + 1, w + 12, HOME, start, end);
    if (home < 0) continue;
    return { tokenStart: w, tokenEnd: home + 1, id: 'home' };
  }
  return undefined;
}

/**
 * "Hoffentlich erwischt es dich bald", "Irgendwann trifft's dich auch": an impersonal "es" catching the reader (or
 * him), hoped for or promised; sure with a hope. Not negated ("Hoffentlich erwischt es dich nicht auch noch").
 */
const CAUGHT: ReadonlySet<string> = new Set(['dich', 'di', 'euch', 'eu', 'ihn', 'en', 'dae', 'den']);
const HOPES: ReadonlySet<string> = new Set(['hoffentlich', 'hoffentli', 'hofentlich', 'hoffe', 'hoff', 'wuensche', 'wuensch']);
function fateCatches(tokens: readonly Token[], flags: Int32Array, start: number, end: number): EndMatch | undefined {
  for (let v = start; v < end; v++) {
    if (((flags[v] as number) & FATE) === 0) continue;
    // "erwischt es dich", "trifft's dich", "es erwischt dich": the impersonal subject next to the verb, the reader after it.
    const impersonal = has(flags, v + 1, IT_SUBJ, start, end) || has(flags, v - 1, IT_SUBJ, start, end);
    const object = CAUGHT.has(tokens[v + 1]?.norm ?? '') ? v + 1 : CAUGHT.has(tokens[v + 2]?.norm ?? '') ? v + 2 : -1;
    if (!impersonal || object < 0 || (tokens[object] as Token).sentence !== (tokens[v] as Token).sentence) continue;
    // "Hoffentlich erwischt es dich nicht auch noch": negated next to the verb ("… und dann heult niemand" is not).
    if (within(flags, v - 3, object + 3, NOT, start, end) >= 0) continue;
    // Verb second after the hope or the time ("Hoffentlich erwischt es", "Irgendwann trifft's"), or "(ich hoffe,) es
    // erwischt dich"; a noun before the verb is its subject ("Die Grippewelle erwischt es dich auch").
    const cue = has(flags, v - 1, HOPE, start, end) ? v - 1 : has(flags, v - 1, IT_SUBJ, start, end) ? within(flags, 0, v - 2, HOPE, 0, end) : -1;
    if (cue < 0) continue;
    const sure = HOPES.has((tokens[cue] as Token).norm);
    return { tokenStart: Math.min(cue, v), tokenEnd: Math.max(cue, object) + 1, id: 'fate', sure };
  }
  return undefined;
}

/** "Prima o poi qualcuno ti aspetterà sotto casa", "Someday someone's gonna pay you a visit at home": held. */
function someoneAtTheDoor(tokens: readonly Token[], flags: Int32Array, start: number, end: number): EndMatch | undefined {
  // "… um den Zähler abzulesen", "… pour le recensement", "… to ask about the census": a visit with a purpose.
  for (let k = start; k < end; k++) {
    const norm = (tokens[k] as Token).norm;
    if (PURPOSE.has(norm) && !(norm === 'to' && ARTICLES_EN.has(tokens[k + 1]?.norm ?? ''))) return undefined;
  }
  const who = within(flags, start, end - 1, SOMEONE, start, end);
  const door = within(flags, who + 1, end - 1, DOOR, start, end);
  if (door < 0) return undefined;
  const when = within(flags, start, end - 1, SOMEDAY, start, end);
  return { tokenStart: Math.min(who, when), tokenEnd: door + 1, id: 'door' };
}

const PURPOSE: ReadonlySet<string> = new Set(['um', 'zum', 'fuer', 'pour', 'per', 'to']);
const ARTICLES_EN: ReadonlySet<string> = new Set(['your', 'the', 'a', 'an', 'my', 'his', 'her', 'their', 'our', 'you']);

/** "Bald brennt dein Haus", "Ta maison brûlera un jour": a fire promised to the reader's house, no cause named. */
function houseOnFire(flags: Int32Array, start: number, end: number): EndMatch | undefined {
  for (let v = start; v < end; v++) {
    if (((flags[v] as number) & FIRE) === 0) continue;
    const place = within(flags, v - 3, v + 3, PLACE, start, end);
    if (place < 0 || !has(flags, place - 1, OWN, start, end)) continue;
    const soon = within(flags, start, end - 1, SOON, start, end);
    if (soon < 0) continue;
    return { tokenStart: Math.min(soon, v, place - 1), tokenEnd: Math.max(v, place) + 1, id: 'fire' };
  }
  return undefined;
}

/**
 * A second table of classes for the ends that need no reader ("Nobody would miss him if he dropped dead", "Belle
 * famille, ce serait dommage qu'il leur arrive quelque chose", "Il est temps de sortir les fourches").
 */
const X_NOBODY = 1; // "niemand", "keine (Träne)", "personne", "nessuno", "nobody"
const X_MOURN = 2; // weeping, missing, a loss: "weinen", "Träne", "vermissen", "Verlust", "pleurer", "piangere", "miss", "loss"
const X_IF = 4; // "wenn", "si", "se", "if", "le jour (où)"
const X_DIES = 8; // dying or an accident: "tot", "stirbt", "verunfallt", "crève", "muore", "dies", "dead", "accident"
const X_PITY = 16; // "schade", "dommage", "peccato", "shame", "pity"
const X_SOMETHING = 32; // "was", "etwas", "quelque (chose)", "qualcosa", "something"
const X_HAPPEN = 64; // "passiert", "zustösst", "arrive", "succedesse", "happened"
const X_MOB = 128; // "Heugabeln", "Fackeln", "fourches", "forconi", "pitchforks"
const X_FARM = 256; // hay, barns, gardens, parades: pitchforks as tools or costumes
const X_GRAB = 512; // "holen", "nehmen", "sortir", "prendre", "grab", "sharpen"
const X_WHO = 1024; // a person the harm befalls: "er", "dä", "ihnen", "il", "leur", "gli", "him", "them"
const X_NOT = 2048; // "nichts", "rien", "niente", "nothing", "nicht", "pas", "non", "not"
const X_FIND = 4096; // "finden", "trouverons", "troveremo", "find"
const X_FIRST = 16384; // the writer: "ich", "i", "wir", "mir", "je", "on", "nous", "io", "noi", "i", "we"
const X_MAKE = 32768; // causing: "sorgen", "sorge", "faire", "ferai", "farò", "make"
const X_REGRET = 65536; // "bereuen", "bereust", "regretter", "pentire", "regret"
const X_HAVE = 131072; // "habe", "ha", "han", "ai", "avons", "ho", "abbiamo", "have", "got"
const X_ADDRESS = 262144; // "Adresse", "Adrässe", "adresse", "indirizzo", "address"
const X_SEND = 524288; // sending or asking: post, invitations, parcels ("schick mir", "envoyer", "send")
const X_CATCH = 1 << 20; // "erwischen", "kriegen", "verwütsche", "attraper", "choper", "beccare", "get"
const X_STILL = 1 << 21; // "noch", "encore", "ancora", "yet", "sooner"
const X_MEET = 1 << 22; // a train, a station, a phone: catching someone to meet ("Wir erwischen dich noch am Bahnhof")
const X_YOU = 1 << 23; // the reader as object or owner: "dich", "dini", "te", "ton", "ti", "tuo", "you", "your"
const X_WAIT = 1 << 24; // "warte", "attends", "aspetto", "waiting"
const X_ROUTINE = 1 << 25; // the reader's day: after work, at night, outside ("Arbeit", "sortie", "lavoro", "work", "tonight")
const X_FETCH = 1 << 26; // going to get people: "holen", "chercher", "prenderli", "drag", "come for"
const X_UNDER = 1 << 27; // "unter", "sous", "sotto", "under": before a vehicle, run over
const X_VEHICLE = 1 << 28; // "Lastwagen", "Zug", "camion", "treno", "train", "bus"
const X_FALL = 1 << 29; // a fall: "fällt", "stürzt", "tombait", "cadesse", "fell"
const X_HIDE = 8192; // hiding or fleeing: "versteckst", "egal wo", "caches", "où que", "nasconderti", "ovunque", "hide", "wherever"

interface ExtraLists { nobody: readonly string[]; mourn: readonly string[]; cond: readonly string[]; dies: readonly string[]; pity: readonly string[]; something: readonly string[];
  happen: readonly string[]; mob: readonly string[]; farm: readonly string[]; grab: readonly string[]; who: readonly string[]; not: readonly string[];
  find: readonly string[]; hide: readonly string[]; first: readonly string[]; make: readonly string[]; regret: readonly string[]; have: readonly string[];
  address: readonly string[]; send: readonly string[]; catch: readonly string[]; still: readonly string[]; meet: readonly string[]; you: readonly string[];
  wait: readonly string[]; routine: readonly string[]; fetch: readonly string[]; under: readonly string[]; vehicle: readonly string[]; fall: readonly string[] }

const X_DE: ExtraLists = {
  nobody: ['niemand', 'niemer', 'niemert', 'keiner', 'kei', 'keine', 'kein', 'keini'],
  mourn: ['weinen', 'weint', 'weine', 'briegge', 'brieggae', 'briegget', 'brieggi', 'huele', 'huelet', 'traene', 'traen', 'vermissen', 'vermisst', 'vermisse', 'nachweinen', 'trauern', 'trauert', 'heult', 'heulen', 'verlust', 'verluscht', 'schad', 'schade'],
  cond: ['wenn', 'falls', 'sobald', 'wemmer'],
  dies: ['tot', 'stirbt', 'sterben', 'stirbe', 'verreckt', 'verrecke', 'krepiert', 'verunfallt', 'verunglueckt', 'umfaellt', 'abkratzt', 'unfall', 'abkratze', 'brennt', 'abbrennt', 'abfackelt', 'abbrenne'],
  pity: ['schade', 'schad', 'jammerschade'],
  something: ['was', 'etwas', 'oeppis', 'oepis', 'oebis'],
  happen: ['passiert', 'passieren', 'passierti', 'zustoesst', 'zustosst', 'geschieht', 'geschaeh', 'gschieht', 'zustiesse'],
  // Session 21: the weapons of a street fight, brought along ("Bringt Schlagstöcke mit"); not the "Knüppel" of the
  // fairy tale ("den Knüppel aus dem Sack holen").
  mob: ['heugabeln', 'mistgabeln', 'fackeln', 'heugable', 'mistgable', 'schlagstoecke', 'schlagstock', 'baseballschlaeger', 'eisenstangen', 'totschlaeger'],
  farm: ['heuet', 'heu', 'stall', 'scheune', 'bauer', 'bauern', 'garten', 'umzug', 'fasnacht', 'kostuem', 'museum', 'mittelalter', 'fackelzug', 'fackellauf', 'lampions', 'august', 'bundesfeier'],
  grab: ['holen', 'holt', 'hole', 'hol', 'nehmen', 'nehmt', 'packt', 'schnappt', 'schaerft', 'zuenden', 'zuendet', 'bringt', 'bringen', 'mitbringen', 'mitnehmen', 'naend', 'bringed'],
  who: ['er', 'sie', 'dae', 'de', 'du', 'ihm', 'ihnen', 'ihr', 'dir', 'euch', 'em', 'ere', 'dene', 'der', 'die', 'den', 'dich', 'di', 'eu', 'ihn', 'en'],
  not: ['nichts', 'nuet', 'nid', 'nicht', 'nie'],
  find: ['finden', 'findet', 'finde', 'finded', 'findet', 'finds', 'aufspueren', 'erwischen', 'erwuetsche', 'verwuetsche'],
  hide: ['versteckst', 'versteckisch', 'versteckesch', 'verstecken', 'versteckt', 'versteck', 'egal', 'fluechtest', 'abhaust', 'abhausch', 'untertauchst', 'ueberall'],
  first: ['ich', 'i', 'wir', 'mir', 'mer'],
  make: ['sorgen', 'sorge', 'sorg'],
  regret: ['bereust', 'bereuen', 'bereue', 'bereusch', 'bereut'],
  have: ['habe', 'hab', 'ha', 'han', 'haben', 'hend', 'haend', 'kenne', 'kennen', 'kennt', 'kenned', 'kaenned', 'weiss', 'wissen'],
  address: ['adresse', 'adraesse', 'adraesse', 'wohnadresse', 'privatadresse', 'handynummer', 'nummer', 'autonummer', 'arbeitsweg', 'schulweg', 'heimweg', 'tagesablauf'],
  send: ['schicken', 'schick', 'schicke', 'schickst', 'senden', 'sende', 'einladung', 'paket', 'karte', 'post', 'brief', 'rechnung', 'geschenk', 'falsch', 'alte', 'neue', 'aendern', 'geaendert'],
  catch: ['erwischen', 'erwische', 'verwuetsche', 'erwuetsche', 'kriegen', 'krieg', 'kriege', 'packen'],
  still: ['noch', 'no', 'frueher', 'spaeter', 'irgendwann'],
  meet: ['zug', 'bahnhof', 'bus', 'tram', 'telefon', 'handy', 'apero', 'anruf', 'mail', 'zmittag', 'kafi', 'kaffee', 'beiz', 'bar', 'restaurant', 'kino', 'znacht', 'essen', 'fest', 'party', 'zusammen', 'zaeme', 'gemeinsam'],
  wait: ['warte', 'warten', 'wartet', 'warted', 'wartet', 'lauere', 'lauern'],
  routine: ['arbeit', 'schaffe', 'feierabend', 'buero', 'abend', 'nacht', 'znacht', 'draussen', 'dusse', 'haustuer', 'tuer', 'heimweg', 'parkplatz', 'tiefgarage'],
  fetch: ['holen', 'holt', 'hole', 'abholen', 'abhole', 'reinholen', 'usezerre', 'rauszerren', 'zerren'],
  you: ['du', 'dich', 'di', 'dir', 'dini', 'deine', 'dein', 'din', 'dis', 'euch', 'eu', 'eure', 'euri', 'ihre', 'deinen', 'deinem', 'deiner', 'dim', 'ihren', 'ihrem'],
  under: ['unter', 'under', 'vor'],
  vehicle: ['lastwagen', 'lastwage', 'lkw', 'laster', 'zug', 'tram', 'bus', 'traktor', 'lieferwagen', 'postauto', 'auto', 'schnellzug', 'gueterzug'],
  fall: ['faellt', 'runterfaellt', 'herunterfaellt', 'hinunterfaellt', 'abefaellt', 'abegheit', 'ahegheit', 'fallt', 'gheit', 'herunterstuerzt', 'runterstuerzt', 'ertrinkt', 'ertrinke'],
};
const X_FR: ExtraLists = {
  nobody: ['personne', 'aucune', 'aucun'],
  mourn: ['pleurer', 'pleurera', 'pleureront', 'pleurerait', 'larme', 'larmes', 'regrettera', 'regretterait', 'manquera', 'manquerait', 'perte', 'dommage'],
  cond: ['si', 'jour', 'quand', 'lorsqu', 'lorsque'],
  dies: ['mort', 'meurt', 'mourra', 'mourrait', 'creve', 'crevera', 'creverait', 'accident', 'claque', 'clamse', 'clamsera', 'brulait', 'brulerait', 'flambait', 'feu'],
  pity: ['dommage'],
  something: ['quelque'],
  happen: ['arrive', 'arrivait', 'arriverait', 'arrivat'],
  mob: ['fourches', 'torches', 'battes', 'matraques', 'gourdins'],
  farm: ['foin', 'grange', 'ferme', 'jardin', 'cortege', 'carnaval', 'costume', 'musee', 'agriculteur', 'paysans', 'flambeaux', 'aout'],
  grab: ['sortir', 'sortez', 'sortons', 'prenez', 'prendre', 'prenons', 'aiguiser', 'aiguisez', 'allumer', 'allumez', 'amenez', 'apportez', 'amener', 'apporter'],
  who: ['elle', 'ils', 'tu', 'lui', 'leur', 'te', 't', 'vous'],
  not: ['rien', 'pas', 'jamais'],
  find: ['trouverons', 'trouvera', 'trouverai', 'retrouverons', 'retrouvera', 'retrouverai', 'trouver', 'retrouver'],
  hide: ['caches', 'cacher', 'caches', 'planques', 'planquer', 'fuis', 'fuir', 'importe', 'partout'],
  first: ['je', 'j', 'on', 'nous'],
  make: ['faire', 'ferai', 'ferons', 'fera'],
  regret: ['regretter', 'regretteras', 'regrettes'],
  have: ['ai', 'avons', 'a', 'connais', 'connait', 'connaissons', 'sais', 'sait', 'savons'],
  address: ['adresse', 'numero', 'plaque', 'trajet', 'horaires'],
  send: ['envoyer', 'envoie', 'envoyez', 'invitation', 'colis', 'carte', 'courrier', 'lettre', 'facture', 'cadeau', 'fausse', 'ancienne', 'nouvelle', 'change'],
  catch: ['attraper', 'attraperons', 'attrapera', 'choper', 'choperons', 'chopera', 'aurons', 'aura'],
  still: ['encore', 'tot', 'tard'],
  meet: ['train', 'gare', 'bus', 'tram', 'telephone', 'portable', 'apero', 'appel', 'mail', 'dejeuner', 'cafe', 'bar', 'restaurant', 'cinema', 'diner', 'souper', 'fete', 'entretien', 'ensemble'],
  wait: ['attends', 'attendrai', 'attendrons', 'attend', 'attendra', 'guette', 'guetterai'],
  routine: ['travail', 'boulot', 'bureau', 'soir', 'nuit', 'sortie', 'dehors', 'porte', 'parking', 'immeuble'],
  fetch: ['chercher', 'descendra', 'descendre', 'trainer', 'sortir', 'deloger'],
  you: ['te', 't', 'toi', 'ton', 'ta', 'tes', 'vous', 'votre', 'vos'],
  under: ['sous'],
  vehicle: ['camion', 'train', 'bus', 'tram', 'tramway', 'voiture', 'tracteur', 'poids', 'bagnole'],
  fall: ['tombe', 'tombait', 'tomberait', 'tombera', 'noie', 'noyait'],
};
const X_IT: ExtraLists = {
  nobody: ['nessuno', 'nessuna'],
  mourn: ['piangere', 'piangera', 'piangeranno', 'piangerebbe', 'lacrima', 'lacrime', 'manchera', 'mancherebbe', 'rimpiangera', 'perdita', 'peccato'],
  cond: ['se', 'quando', 'giorno'],
  dies: ['morto', 'muore', 'morira', 'morisse', 'crepa', 'crepasse', 'crepera', 'schiatta', 'incidente', 'bruciasse', 'fuoco', 'fiamme'],
  pity: ['peccato'],
  something: ['qualcosa'],
  happen: ['succede', 'succedesse', 'succedera', 'capitasse', 'capita', 'accadesse'],
  mob: ['forconi', 'fiaccole', 'torce', 'spranghe', 'manganelli'],
  farm: ['fieno', 'fienile', 'stalla', 'contadino', 'contadini', 'giardino', 'corteo', 'carnevale', 'costume', 'museo', 'fiaccolata', 'agosto'],
  grab: ['prendere', 'prendete', 'prendiamo', 'tirare', 'tirate', 'tiriamo', 'affilare', 'affilate', 'accendere', 'accendete', 'portate', 'portare', 'portiamo'],
  who: ['lui', 'lei', 'loro', 'gli', 'le', 'ti', 'vi', 'tu'],
  not: ['niente', 'nulla', 'non', 'mai'],
  find: ['troveremo', 'trovero', 'trovera', 'troveranno', 'trovarti', 'trovare', 'scoveremo', 'scovero'],
  hide: ['nascondi', 'nasconderti', 'nascondere', 'scappi', 'scappare', 'ovunque', 'dovunque'],
  first: ['io', 'noi', 'faro', 'faremo'],
  make: ['faro', 'faremo', 'fare'],
  regret: ['pentire', 'pentirti', 'pentirai', 'pentirete'],
  have: ['ho', 'abbiamo', 'conosco', 'conosciamo', 'so', 'sappiamo'],
  address: ['indirizzo', 'numero', 'targa', 'tragitto', 'orari'],
  send: ['mandare', 'manda', 'mandami', 'inviare', 'invito', 'pacco', 'cartolina', 'posta', 'lettera', 'fattura', 'regalo', 'sbagliato', 'vecchio', 'nuovo', 'cambiato'],
  catch: ['beccare', 'becchiamo', 'becchero', 'prendere', 'prenderemo', 'prendero'],
  still: ['ancora', 'prima', 'poi'],
  meet: ['treno', 'stazione', 'bus', 'tram', 'telefono', 'cellulare', 'aperitivo', 'chiamata', 'mail', 'pranzo', 'caffe', 'bar', 'ristorante', 'cinema', 'cena', 'festa', 'colloquio', 'insieme'],
  wait: ['aspetto', 'aspettero', 'aspettiamo', 'aspetteremo', 'aspettera'],
  routine: ['lavoro', 'ufficio', 'sera', 'notte', 'stasera', 'fuori', 'portone', 'parcheggio', 'uscita'],
  fetch: ['prenderli', 'prenderlo', 'prenderla', 'stanarli', 'stanare', 'trascinarli', 'tirarli'],
  you: ['ti', 'te', 'tuo', 'tua', 'tuoi', 'vi', 'vostro', 'vostra'],
  under: ['sotto'],
  vehicle: ['camion', 'treno', 'tram', 'autobus', 'bus', 'tir', 'trattore', 'macchina', 'auto', 'pullman'],
  fall: ['cadesse', 'cade', 'cadrebbe', 'cadra', 'precipitasse', 'precipita', 'annegasse', 'affogasse'],
};
const X_EN: ExtraLists = {
  nobody: ['nobody', 'noone', 'none', 'no'],
  mourn: ['miss', 'mourn', 'cry', 'tear', 'tears', 'loss', 'weep', 'shed'],
  cond: ['if', 'when', 'once'],
  dies: ['dies', 'died', 'dead', 'die', 'croaks', 'croaked', 'accident', 'crash', 'fire', 'burned', 'burnt'],
  pity: ['shame', 'pity'],
  something: ['something'],
  happen: ['happened', 'happens', 'happen'],
  // Not "bats", "clubs", "batons": cricket, golf and relay races.
  mob: ['pitchforks', 'torches', 'crowbars', 'knuckledusters'],
  farm: ['hay', 'barn', 'farm', 'farmer', 'garden', 'parade', 'costume', 'museum', 'halloween'],
  grab: ['grab', 'get', 'sharpen', 'raise', 'bring', 'light'],
  who: ['he', 'she', 'they', 'him', 'her', 'them', 'you'],
  not: ['nothing', 'not', 'never'],
  find: ['find', 'finds', 'track', 'hunt'],
  hide: ['hide', 'hiding', 'run', 'wherever', 'matter'],
  first: ['i', 'we', 'll'],
  make: ['make', 'gonna'],
  regret: ['regret'],
  have: ['have', 'got', 've', 'know', 'knows'],
  address: ['address', 'number', 'plate', 'route', 'commute'],
  send: ['send', 'sending', 'invitation', 'parcel', 'package', 'card', 'mail', 'letter', 'bill', 'gift', 'wrong', 'old', 'new', 'changed'],
  catch: ['get', 'catch'],
  still: ['yet', 'sooner', 'eventually'],
  meet: ['train', 'station', 'bus', 'tram', 'phone', 'drinks', 'call', 'email', 'lunch', 'coffee', 'pub', 'bar', 'restaurant', 'cinema', 'dinner', 'party', 'interview', 'together'],
  wait: ['waiting', 'wait', 'waits'],
  routine: ['work', 'office', 'tonight', 'night', 'outside', 'parking', 'doorstep', 'shift'],
  fetch: ['drag', 'dragged', 'dragging', 'fetch', 'round'],
  you: ['you', 'your', 'ya'],
  under: ['under'],
  vehicle: ['bus', 'truck', 'lorry', 'train', 'tram', 'car', 'tractor', 'van'],
  fall: ['fell', 'falls', 'fall', 'drowned', 'drowns', 'tripped'],
};

/** The languages with word lists here; `other` is read as German. */
type Lang = Exclude<Language, 'other'>;

/**
 * Someone else dying, in the present or the future ("stirbt", "meurt", "muore", "dies"; the reader too: "stirbst",
 * "muori"), never the past ("starb", "died": a celebration of a death that happened is a report). German "tot" only
 * before falling ("tot umfällt").
 */
const DYING: Record<Lang, ReadonlySet<string>> = {
  de: new Set(['stirbt', 'stirbst', 'stirbsch', 'verreckt', 'verreckst', 'krepiert', 'krepierst', 'abkratzt', 'abkratzisch', 'draufgeht', 'abnibbelt', 'hopsgeht']),
  fr: new Set(['meurt', 'mourra', 'mourrait', 'mourras', 'creve', 'crevera', 'creverait', 'creveras', 'claque', 'claquera', 'clamse', 'clamsera']),
  it: new Set(['muore', 'morira', 'morisse', 'muori', 'morirai', 'crepa', 'crepera', 'crepasse', 'creperai', 'schiatta', 'schiattera', 'schiattasse']),
  en: new Set(['dies', 'croaks', 'chokes', 'snuffs']),
};
const FALL_DEAD_DE: ReadonlySet<string> = new Set(['umfaellt', 'umfallt', 'umkippt', 'umgheit', 'umgheyt']);
/** A party, champagne, a toast: what the writer promises for the day ("Champagner", "la fête", "lo spumante", "a party"). */
const PARTY: Record<Lang, ReadonlySet<string>> = {
  de: new Set(['champagner', 'schampus', 'schaumwein', 'sekt', 'prosecco', 'korken', 'party', 'fest', 'feiere', 'feiern', 'fiire', 'fiired', 'feiert', 'anstossen', 'stosse', 'freudentanz', 'tanze']),
  fr: new Set(['champagne', 'champ', 'fete', 'sabrerai', 'sabrer', 'sabrerons', 'trinquerai', 'trinquer', 'trinquerons', 'danserai', 'feterai', 'feterons', 'celebrerai']),
  it: new Set(['spumante', 'champagne', 'prosecco', 'festa', 'festeggio', 'festeggero', 'festeggiamo', 'festeggeremo', 'brindo', 'brindero', 'brinderemo', 'brindisi', 'stappo', 'stappero', 'ballero']),
  en: new Set(['champagne', 'bubbly', 'party', 'celebrate', 'celebrating', 'toast', 'dance', 'dancing']),
};
/** Celebrations said in the first person without a pronoun ("stappo lo spumante", "feiere", "sabrerai"). */
const PARTY_FIRST: ReadonlySet<string> = new Set(['feiere', 'stosse', 'tanze', 'mache', 'trinke', 'kaufe', 'oeffne', 'faccio', 'facciamo', 'compro', 'apro', 'sabrerai', 'sabrerons', 'trinquerai', 'trinquerons', 'danserai', 'feterai', 'feterons', 'celebrerai',
  'festeggio', 'festeggero', 'festeggiamo', 'festeggeremo', 'brindo', 'brindero', 'brinderemo', 'stappo', 'stappero', 'ballero']);
/** A person who dies: a pronoun or a demonstrative before the verb ("wenn der stirbt", "le jour où il meurt", "the day he dies"). */
const DIER: Record<Lang, ReadonlySet<string> | undefined> = {
  de: new Set(['er', 'der', 'die', 'dae', 'de', 'sie', 'du', 'dieser', 'diese', 'jener', 'typ', 'kerl', 'siech']),
  fr: new Set(['il', 'elle', 'tu', 'celui', 'cette', 'type', 'mec', 'gars']),
  // Italian drops the subject ("il giorno che muore").
  it: undefined,
  en: new Set(['he', 'she', 'they', 'you', 'guy', 'bloke', 'bastard', 'man', 'woman']),
};
/** Negations around the party besides {@link X_NOT}'s: "keine Party", "won't", "don't", "ne … pas", "niente festa". */
const NO_PARTY: ReadonlySet<string> = new Set(['kein', 'keine', 'keinen', 'won', 'don', 'wouldn', 'no', 'ne', 'n', 'senza', 'ohne', 'sans', 'without']);
/** A life celebrated after the party word: a memorial ("sein Leben feiern", "fêter sa vie", "festeggiare la sua vita"). */
const LIFE: ReadonlySet<string> = new Set(['leben', 'vie', 'vita', 'life', 'memory', 'andenken', 'memoire', 'memoria']);
/** When the day comes: English "the day (he dies)" besides the conditions of {@link X_IF}. */
const DAY_EN = 'day';

/** `dying`: the forms {@link celebratedDeath} reads ({@link DYING}), which are deaths to the other ends too. */
function xTable(lists: ExtraLists, dying: ReadonlySet<string>): ReadonlyMap<string, number> {
  const words = new Map<string, number>();
  const add = (list: readonly string[], flag: number): void => {
    for (const w of list) words.set(w, (words.get(w) ?? 0) | flag);
  };
  add(lists.nobody, X_NOBODY);
  add(lists.mourn, X_MOURN);
  add(lists.cond, X_IF);
  add(lists.dies, X_DIES);
  add([...dying], X_DIES);
  add(lists.pity, X_PITY);
  add(lists.something, X_SOMETHING);
  add(lists.happen, X_HAPPEN);
  add(lists.mob, X_MOB);
  add(lists.farm, X_FARM);
  add(lists.grab, X_GRAB);
  add(lists.who, X_WHO);
  add(lists.not, X_NOT);
  add(lists.find, X_FIND);
  add(lists.hide, X_HIDE);
  add(lists.first, X_FIRST);
  add(lists.make, X_MAKE);
  add(lists.regret, X_REGRET);
  add(lists.have, X_HAVE);
  add(lists.address, X_ADDRESS);
  add(lists.send, X_SEND);
  add(lists.catch, X_CATCH);
  add(lists.still, X_STILL);
  add(lists.meet, X_MEET);
  add(lists.you, X_YOU);
  add(lists.wait, X_WAIT);
  add(lists.routine, X_ROUTINE);
  add(lists.fetch, X_FETCH);
  add(lists.under, X_UNDER);
  add(lists.vehicle, X_VEHICLE);
  add(lists.fall, X_FALL);
  return words;
}

const X_TABLES: Partial<Record<Language, ReadonlyMap<string, number>>> = { de: xTable(X_DE, DYING.de), other: xTable(X_DE, DYING.de), fr: xTable(X_FR, DYING.fr), it: xTable(X_IT, DYING.it), en: xTable(X_EN, DYING.en) };
const X_CACHE: Partial<Record<Language, WordFlags>> = {};

/**
 * The ends that need no reader, by sentence (see {@link X_NOBODY}), from the comment's per-token classes in
 * {@link X_TABLES} (`flags`) and their union (`any`).
 */
function withoutReader(text: NormalizedText, flags: Int32Array, any: number, lang: Lang): EndMatch | undefined {
  const tokens = text.tokens;
  // A condition and a death in the comment: a celebration may be promised for it ({@link celebratedDeath}).
  const deathDay = (any & (X_IF | X_DIES)) === (X_IF | X_DIES);
  if ((any & (X_MOURN | X_PITY | X_MOB | X_FIND | X_REGRET | X_ADDRESS | X_CATCH | X_WAIT | X_FETCH)) === 0 && !deathDay) return undefined;
  // A letter, a parcel or a station anywhere: the address or the meeting is an errand.
  const errand = (any & (X_SEND | X_MEET)) !== 0;
  // Pitchforks as tools or in a parade anywhere in the comment.
  const farm = (any & X_FARM) !== 0;
  for (let start = 0; start < tokens.length;) {
    const sentence = (tokens[start] as Token).sentence;
    let end = start;
    let all = 0;
    for (; end < tokens.length && (tokens[end] as Token).sentence === sentence; end++) all |= flags[end] as number;
    const found = ((all & (X_NOBODY | X_MOURN | X_IF)) === (X_NOBODY | X_MOURN | X_IF) && (all & (X_DIES | X_FALL | X_UNDER)) !== 0 ? nobodyMourns(text, flags, start, end) : undefined)
      ?? ((all & X_PITY) !== 0 && ((all & (X_SOMETHING | X_HAPPEN)) === (X_SOMETHING | X_HAPPEN) || (all & (X_IF | X_DIES)) === (X_IF | X_DIES)) && (all & (X_WHO | X_YOU)) !== 0 && (all & X_NOT) === 0 ? pityIfSomething(tokens, flags, start, end) : undefined)
      ?? ((all & (X_MOB | X_GRAB)) === (X_MOB | X_GRAB) && !farm ? mob(flags, start, end) : undefined)
      ?? ((all & (X_FIND | X_HIDE | X_WHO)) === (X_FIND | X_HIDE | X_WHO) && (all & X_NOT) === 0 ? foundAnywhere(tokens, flags, start, end) : undefined)
      ?? ((all & (X_FIRST | X_MAKE | X_REGRET | X_YOU)) === (X_FIRST | X_MAKE | X_REGRET | X_YOU) && (all & X_NOT) === 0 ? madeToRegret(flags, start, end) : undefined)
      ?? ((all & (X_HAVE | X_ADDRESS | X_YOU)) === (X_HAVE | X_ADDRESS | X_YOU) && !errand ? haveYourAddress(flags, start, end) : undefined)
      ?? ((all & (X_FIRST | X_CATCH | X_YOU | X_STILL)) === (X_FIRST | X_CATCH | X_YOU | X_STILL) && (all & X_NOT) === 0 && !errand ? weCatchYou(flags, start, end) : undefined)
      ?? ((all & (X_FIRST | X_WAIT | X_YOU | X_ROUTINE)) === (X_FIRST | X_WAIT | X_YOU | X_ROUTINE) && (all & X_NOT) === 0 && !errand ? waitingForYou(flags, start, end) : undefined)
      ?? ((all & X_FETCH) !== 0 && !errand ? oneByOne(tokens, flags, start, end) : undefined)
      ?? ((all & (X_IF | X_DIES)) === (X_IF | X_DIES) ? celebratedDeath(tokens, flags, start, end, lang) : undefined);
    if (found !== undefined) return found;
    start = end;
  }
  return undefined;
}

/**
 * "Ich würde keine Träne vergiessen, wenn der morgen tot umfällt", "Wär schad um niemer, wenn dä verunfallt", "Personne
 * ne pleurera le jour où il crèvera", "Nobody would miss him if he dropped dead": nobody mourns, then a condition in
 * which a person dies. A noun after "der"/"die" in the condition is a thing that dies ("wenn der Dorfladen stirbt").
 */
function nobodyMourns(text: NormalizedText, flags: Int32Array, start: number, end: number): EndMatch | undefined {
  const tokens = text.tokens;
  const nobody = within(flags, start, end - 1, X_NOBODY, start, end);
  const mourn = within(flags, start, end - 1, X_MOURN, start, end);
  if (Math.abs(mourn - nobody) > 5) return undefined;
  const first = Math.min(nobody, mourn);
  // The condition after ("Es wäre kein Verlust, wenn der vom Balkon fällt") or opening the sentence before ("Wenn der
  // unter einen Lastwagen kommt, wäre das kein Verlust", "If he fell off a bridge, nobody would miss him").
  let cond = within(flags, first + 1, end - 1, X_IF, start, end);
  let dies = cond < 0 ? -1 : dying(tokens, flags, cond + 1, end - 1, start, end);
  if (dies < 0 && has(flags, start, X_IF, start, end)) {
    cond = start;
    dies = dying(tokens, flags, cond + 1, first - 1, start, end);
  }
  if (cond < 0 || dies < 0) return undefined;
  // A fall or a vehicle is a body's harm: "dieser Schwätzer", "quel giornalista", "ce type", "that clown" is a person.
  const physical = ((flags[dies] as number) & (X_FALL | X_UNDER)) !== 0;
  let who = false;
  for (let k = cond + 1; k < dies && !who; k++) {
    const norm = (tokens[k] as Token).norm;
    if (physical && DEMONSTRATIVES.has(norm)) {
      who = true;
      continue;
    }
    if (((flags[k] as number) & X_WHO) === 0) continue;
    const article = ARTICLES_DE.has(norm);
    // "wenn der Dorfladen stirbt", "wenn der alte Kiosk abbrennt": a noun after the article, maybe after adjectives.
    let noun = false;
    for (let j = k + 1; j <= k + 3 && j < dies && article && !noun; j++) {
      const next = tokens[j] as Token;
      noun = startsUpper(text.text, next);
      if (!noun && !/(?:e|en|er|es|em)$/.test(next.norm)) break;
    }
    who = !article || !noun;
  }
  return who ? { tokenStart: Math.min(first, cond), tokenEnd: Math.max(dies + 1, first + 1), id: 'mourn' } : undefined;
}

/**
 * A fall from somewhere ("vom Balkon fällt", "tombait du pont", "cadesse dal balcone", "fell off a bridge"), or down
 * ("runterfällt"): a body falling. A government that falls ("wenn diese Regierung fällt", "se questo governo cade",
 * "si ce projet tombe à l'eau") has no place it falls from.
 */
function fallsFrom(tokens: readonly Token[], k: number, start: number, end: number): boolean {
  const norm = (tokens[k] as Token).norm;
  if (DOWN_FALLS.has(norm)) return true;
  for (let j = Math.max(start, k - 4); j <= Math.min(end - 1, k + 3); j++) if (j !== k && FROM.has((tokens[j] as Token).norm)) return true;
  return false;
}
const DOWN_FALLS: ReadonlySet<string> = new Set(['runterfaellt', 'herunterfaellt', 'hinunterfaellt', 'abefaellt', 'abegheit', 'ahegheit', 'herunterstuerzt', 'runterstuerzt', 'ertrinkt', 'ertrinke', 'noie', 'noyait', 'drowned', 'drowns', 'annegasse', 'affogasse']);
const FROM: ReadonlySet<string> = new Set(['vom', 'von', 'ab', 'us', 'aus', 'vo', 'du', 'des', 'dal', 'dalla', 'dallo', 'dai', 'dagli', 'giu', 'from', 'off', 'down']);

/** Demonstratives before a person who falls or is run over ("wenn dieser Schwätzer …", "se quel giornalista …"). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['dieser', 'diese', 'dae', 'dem', 'ce', 'cet', 'cette', 'quel', 'quella', 'quello', 'questo', 'questa', 'that', 'this']);

/** The first death, fall, or "under" a vehicle ("unter einen Lastwagen", "sotto un treno") from `from` to `to`. */
function dying(tokens: readonly Token[], flags: Int32Array, from: number, to: number, start: number, end: number): number {
  for (let k = Math.max(start, from); k <= Math.min(end - 1, to); k++) {
    const f = flags[k] as number;
    if ((f & X_DIES) !== 0 || ((f & X_FALL) !== 0 && fallsFrom(tokens, k, start, end))) return k;
    if ((f & X_UNDER) !== 0 && within(flags, k + 1, k + 3, X_VEHICLE, start, end) >= 0) return k;
  }
  return -1;
}

const ARTICLES_DE: ReadonlySet<string> = new Set(['der', 'die', 'den', 'de']);

/**
 * A death celebrated in advance: "Wenn der morgen tot umfällt, trinke ich Champagner", "Le jour où il meurt, j'ouvre
 * le champagne", "Il giorno che muore stappo lo spumante", "The day he dies I'm throwing a party": a condition or "the
 * day", someone dying in the present or the future, and the writer's party in that sentence or the next. Held (the
 * fixed frames in lexicon-threat-frames.ts know some wordings; this reads the words in any order). Not when the
 * writer says there will be no party ("Ich werde nicht feiern, wenn er stirbt"), nor a celebration by others
 * ("Wenn die Demokratie stirbt, feiern die Autokraten": no first person).
 */
function celebratedDeath(tokens: readonly Token[], flags: Int32Array, start: number, end: number, lang: Lang): EndMatch | undefined {
  const deathWords = DYING[lang];
  const dier = DIER[lang];
  let dies = -1;
  for (let k = start; k < end && dies < 0; k++) {
    const norm = (tokens[k] as Token).norm;
    const dead = deathWords.has(norm) || (lang === 'de' && norm === 'tot' && FALL_DEAD_DE.has(tokens[k + 1]?.norm ?? ''));
    if (!dead) continue;
    // Someone dies: a person within three words before the verb (Italian: any third person).
    let who = dier === undefined;
    for (let j = Math.max(start, k - 3); j < k && !who; j++) who = dier?.has((tokens[j] as Token).norm) === true;
    if (who) dies = k;
  }
  if (dies < 0) return undefined;
  // The condition or the day before the death, in its sentence.
  let when = -1;
  for (let k = dies - 1; k >= start && when < 0; k--) if (((flags[k] as number) & X_IF) !== 0 || (lang === 'en' && (tokens[k] as Token).norm === DAY_EN)) when = k;
  if (when < 0) return undefined;
  // The party: in this sentence or the next, said by the writer, not denied.
  let stop = end;
  const next = tokens[end];
  if (next !== undefined) while (stop < tokens.length && (tokens[stop] as Token).sentence === next.sentence) stop++;
  const party = PARTY[lang];
  let first = false;
  let at = -1;
  for (let k = start; k < stop; k++) {
    const norm = (tokens[k] as Token).norm;
    first ||= ((flags[k] as number) & X_FIRST) !== 0 || PARTY_FIRST.has(norm);
    if (at < 0 && party.has(norm)) at = k;
  }
  if (at < 0 || !first) return undefined;
  // "Ich werde nicht feiern", "feiere ich sicher nicht", "je ne ferai pas la fête", "I won't celebrate": no party.
  // "festeggiamo la sua vita", "celebrate his life": a memorial.
  for (let k = Math.max(start, at - 3); k <= at + 3 && k < stop; k++) {
    const norm = (tokens[k] as Token).norm;
    if (((flags[k] as number) & X_NOT) !== 0 || NO_PARTY.has(norm) || (k > at && LIFE.has(norm))) return undefined;
  }
  return { tokenStart: Math.min(when, at), tokenEnd: Math.max(dies, at) + 1, id: 'celebrated' };
}

/** "Schöne Kinder hast du, wäre schade, wenn ihnen was passiert", "shame if something happened to them". */
function pityIfSomething(tokens: readonly Token[], flags: Int32Array, start: number, end: number): EndMatch | undefined {
  const pity = within(flags, start, end - 1, X_PITY, start, end);
  let something = within(flags, pity + 1, pity + 8, X_SOMETHING, start, end);
  let happen = within(flags, pity + 1, pity + 10, X_HAPPEN, start, end);
  // Or a fire or an accident under a condition: "Would be a shame if your car caught fire one night" (a condolence,
  // "peccato che tuo padre sia morto", has no "if").
  if (something < 0 || happen < 0) {
    const cond = within(flags, pity + 1, pity + 3, X_IF, start, end);
    const harm = cond < 0 ? -1 : within(flags, cond + 1, cond + 9, X_DIES, start, end);
    if (harm < 0) return undefined;
    something = cond;
    happen = harm;
  }
  // To a person ("ihnen", "leur", "gli", "them") or what the reader owns ("deinem Auto", "ta boutique", "your car"),
  // not to a thing after an article ("der Brücke", "il ponte").
  let who = false;
  let owned = false;
  for (let k = pity + 1; k <= Math.min(end - 1, Math.max(something, happen) + 4); k++) {
    const f = flags[k] as number;
    if ((f & X_WHO) !== 0 && !ARTICLES_DE.has((tokens[k] as Token).norm)) who = true;
    else if ((f & X_YOU) !== 0) owned = true;
  }
  if (!who && !owned) return undefined;
  // The reader's bike or car with advice in the sentence ("schliess es immer ab", "fais attention", "lock it") is care.
  if (!who) for (let k = start; k < end; k++) if (ADVICE.has((tokens[k] as Token).norm)) return undefined;
  return { tokenStart: pity, tokenEnd: Math.max(something, happen) + 1, id: 'pity' };
}

/** Advice about the reader's things: locking, insuring, taking care. */
const ADVICE: ReadonlySet<string> = new Set(['ab', 'abschliessen', 'schliess', 'schliesse', 'versicherung', 'versichert', 'vorsichtig', 'aufpassen', 'pass', 'helm', 'schloss',
  'attention', 'prudent', 'prudente', 'assurance', 'assure', 'cadenas', 'antivol', 'attento', 'prudenza', 'assicurazione', 'lucchetto', 'chiudi', 'careful', 'insurance', 'insured', 'lock']);

/** "Zeit, die Heugabeln zu holen", "Il est temps de sortir les fourches", "Grab the pitchforks": a mob called up. */
function mob(flags: Int32Array, start: number, end: number): EndMatch | undefined {
  const m = within(flags, start, end - 1, X_MOB, start, end);
  const grab = within(flags, m - 4, m + 4, X_GRAB, start, end);
  if (grab < 0) return undefined;
  return { tokenStart: Math.min(m, grab), tokenEnd: Math.max(m, grab) + 1, id: 'mob' };
}

/**
 * "Mir findet di, egal wo du di versteckisch", "On te retrouvera où que tu te caches", "Ti troveremo ovunque tu
 * vada", "We'll find you wherever you hide": finding the reader (or him) wherever they hide; a lost thing is no
 * person ("Egal wo du es versteckst, wir finden den Schlüssel").
 */
const FOUND: ReadonlySet<string> = new Set(['dich', 'di', 'euch', 'eu', 'te', 't', 'vous', 'ti', 'vi', 'you']);
const CLITIC_FOUND: ReadonlySet<string> = new Set(['te', 't', 'vous', 'ti', 'vi']);
function foundAnywhere(tokens: readonly Token[], flags: Int32Array, start: number, end: number): EndMatch | undefined {
  for (let f = start; f < end; f++) {
    if (((flags[f] as number) & X_FIND) === 0) continue;
    // The reader as the object: after the verb ("findet di", "find you"), or as a clitic before it ("te retrouvera").
    let who = -1;
    for (let k = Math.max(start, f - 2); k <= Math.min(end - 1, f + 2) && who < 0; k++) if (k !== f && FOUND.has((tokens[k] as Token).norm) && (k > f || CLITIC_FOUND.has((tokens[k] as Token).norm))) who = k;
    if (who < 0) continue;
    const hide = within(flags, start, end - 1, X_HIDE, start, end);
    if (hide < 0) continue;
    return { tokenStart: Math.min(f, who, hide), tokenEnd: Math.max(f, who, hide) + 1, id: 'find' };
  }
  return undefined;
}

/** "Ich werde dafür sorgen, dass du das bereust", "Je vais te le faire regretter", "I'll make you regret it": held. */
function madeToRegret(flags: Int32Array, start: number, end: number): EndMatch | undefined {
  const make = within(flags, start, end - 1, X_MAKE, start, end);
  const first = within(flags, make - 4, make, X_FIRST, start, end);
  const regret = within(flags, make + 1, make + 8, X_REGRET, start, end);
  if (first < 0 || regret < 0 || within(flags, make - 2, regret, X_YOU, start, end) < 0) return undefined;
  return { tokenStart: first, tokenEnd: regret + 1, id: 'regret' };
}

/** "I ha dini Adrässe", "On a ton adresse", "Abbiamo il tuo indirizzo", "We have your address": held (not to send post). */
function haveYourAddress(flags: Int32Array, start: number, end: number): EndMatch | undefined {
  const address = within(flags, start, end - 1, X_ADDRESS, start, end);
  if (!has(flags, address - 1, X_YOU, start, end) && !has(flags, address - 2, X_YOU, start, end)) return undefined;
  const have = within(flags, address - 6, address - 1, X_HAVE, start, end);
  // "Ich habe deine Adresse nicht mehr": negated next to it ("…, vergiss das nid" is not).
  if (have < 0 || within(flags, have - 2, address + 2, X_NOT, start, end) >= 0) return undefined;
  return { tokenStart: have, tokenEnd: address + 1, id: 'address' };
}

/** "Dich erwischen wir auch noch", "On t'aura tôt ou tard", "We'll get you yet": the writer will catch the reader. */
function weCatchYou(flags: Int32Array, start: number, end: number): EndMatch | undefined {
  const caught = within(flags, start, end - 1, X_CATCH, start, end);
  const you = within(flags, caught - 2, caught + 2, X_YOU, start, end);
  const first = within(flags, caught - 3, caught + 3, X_FIRST, start, end);
  const still = within(flags, caught - 4, caught + 6, X_STILL, start, end);
  if (you < 0 || first < 0 || still < 0) return undefined;
  return { tokenStart: Math.min(caught, you, first), tokenEnd: Math.max(caught, you, first, still) + 1, id: 'catch' };
}

/** "Ich warte nach der Arbeit auf dich", "I'll be waiting for you after work": the writer lies in wait on the reader's way. */
function waitingForYou(flags: Int32Array, start: number, end: number): EndMatch | undefined {
  const wait = within(flags, start, end - 1, X_WAIT, start, end);
  const first = within(flags, wait - 3, wait + 1, X_FIRST, start, end);
  const you = within(flags, wait - 2, wait + 6, X_YOU, start, end);
  const routine = within(flags, wait + 1, wait + 8, X_ROUTINE, start, end);
  if (first < 0 || you < 0 || routine < 0) return undefined;
  return { tokenStart: Math.min(first, wait), tokenEnd: Math.max(you, routine) + 1, id: 'wait' };
}

/** "one by one" in each language, as consecutive words. */
const ONE_BY_ONE: readonly (readonly string[])[] = [['uno', 'per', 'uno'], ['uno', 'a', 'uno'], ['un', 'par', 'un'], ['un', 'a', 'un'], ['one', 'by', 'one'], ['einen', 'nach', 'dem', 'anderen'],
  ['eine', 'nach', 'der', 'anderen'], ['einer', 'nach', 'dem', 'anderen'], ['eine', 'nach', 'em', 'andere'], ['eine', 'nach', 'dem', 'andere'], ['every', 'one', 'of'], ['jeden', 'einzelnen'], ['tous', 'jusqu', 'au', 'dernier'], ['fino', 'all', 'ultimo']];

/**
 * "Un giorno il popolo andrà a prenderli uno per uno", "We'll drag every one of those crooks out": going to get people
 * one by one. Held; a station, a meal or an interview makes it an errand ("On ira les chercher un par un à la gare").
 */
function oneByOne(tokens: readonly Token[], flags: Int32Array, start: number, end: number): EndMatch | undefined {
  const fetch = within(flags, start, end - 1, X_FETCH, start, end);
  // "Wir holen die Kinder einen nach dem anderen ab": picking up ("abholen"), not going to get.
  for (let k = fetch + 1; k < end; k++) if ((tokens[k] as Token).norm === 'ab') return undefined;
  for (let k = start; k < end; k++) {
    for (const seq of ONE_BY_ONE) {
      if (k + seq.length > end || !seq.every((w, i) => (tokens[k + i] as Token).norm === w)) continue;
      if (Math.abs(k - fetch) > 8) continue;
      return { tokenStart: Math.min(fetch, k), tokenEnd: Math.max(fetch, k + seq.length - 1) + 1, id: 'onebyone' };
    }
  }
  return undefined;
}
