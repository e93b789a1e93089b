import type { Attribute, Language } from '../../domain';
import { BOTH, DE, EN, FR, HEAD, IT, IT_NOUN, body, each, insult, profane, severe, slur, threat, type Row } from './lexicon-rows';
import { EXTRA_ALLOW, EXTRA_BODY, EXTRA_INSULTS, EXTRA_PROFANITY, EXTRA_SLURS, EXTRA_IDENTITY } from './lexicon-insults';
import { DEHUMANISATION_ROWS, THREAT_ALLOW, THREAT_ROWS } from './lexicon-threats';
import type { CompoundMode, TermDefinition } from './term-matcher';
import type { LexiconWeights, RowOptions } from './lexicon-rows';

export type { LexiconWeights } from './lexicon-rows';
import { CONTEMPT_ROWS } from './lexicon-contempt';
import { GROUP_FRAME_ALLOW, GROUP_FRAME_ROWS, GROUP_NAME_ROWS } from './lexicon-group-frames';
import { IMPLICIT_ALLOW, IMPLICIT_INSULT_ROWS } from './lexicon-implicit';
import { INTIMIDATION_ALLOW, INTIMIDATION_ROWS } from './lexicon-intimidation';
import { THREAT_FRAME_ALLOW, THREAT_FRAME_ROWS } from './lexicon-threat-frames';
import { THREAT_CUES, THREAT_IMPLICIT_ALLOW, THREAT_IMPLICIT_ROWS } from './lexicon-threat-implicit';

/** What a lexicon entry is, which decides how context rules treat it. */
export type LexiconCategory = 'insult' | 'profanity' | 'threat' | 'slur' | 'body' | 'identity' | 'allow';

/** Payload carried by each compiled lexicon term. */
export interface LexiconPayload {
  category: LexiconCategory;
  weights: LexiconWeights;
  /**
   * Weights when the same sentence names a group (refugees, Muslims, …): for words that are harmless about things
   * and violent or dehumanising about people ("Ungeziefer", "ausrotten", "vermin", "sterminare").
   */
  group?: LexiconWeights;
  /** A negation shortly after the term negates it too ("Ich hasse keine Ausländer"); threats always look ahead. */
  negationAfter?: boolean;
  /** Harmless alone, a threat when aimed at someone (see RowOptions.veiled in lexicon-rows.ts). */
  veiled?: boolean;
}

// Shorthands and row helpers live in lexicon-rows.ts; threats and dehumanisation in lexicon-threats.ts, the
// extended insult lists in lexicon-insults.ts. The numbers are hand-set priors, checked against the seed sentences,
// GermEval and HateCheck in `npm run eval`.
const INSULTS: Row[] = [
  ...EXTRA_INSULTS,
  // German: nouns that keep insulting as the head of a compound ("Voll|idiot", "Riesen|arschloch").
  ['idiot', insult(0.85), BOTH],
  ['vollidiot', insult(0.9), BOTH],
  ['trottel', insult(0.85), HEAD],
  ['depp', insult(0.8), HEAD],
  ['dummkopf', insult(0.85), HEAD],
  ['schwachkopf', insult(0.85), HEAD],
  ['hohlkopf', insult(0.85), HEAD],
  ['holzkopf', insult(0.7), HEAD],
  ['knallkopf', insult(0.75), HEAD],
  ['arschloch', severe(0.9), HEAD],
  ['arschgeige', insult(0.85), HEAD],
  ['wichser', severe(0.9), HEAD],
  ['wixer', severe(0.9), HEAD],
  ['penner', insult(0.75), HEAD],
  ['spast', insult(0.85), { ...HEAD, inflect: ['i', 'is', 'en', 'e'] }],
  ['mongo', insult(0.8), { ...DE, inflect: ['s'] }],
  ['vollpfosten', insult(0.85), HEAD],
  ['vollpfoste', insult(0.85), { ...HEAD, inflect: false }],
  ['honk', insult(0.75), { ...DE, ...HEAD }],
  ['versager', insult(0.75), HEAD],
  // Not inside a word: German adjectives in -los end the same way ("endloser Beifall", "sachgrundloser", "haltloser"); the
  // compounds that insult are listed.
  ['loser', insult(0.65), { ...DE, inflect: ['n', 's'] }],
  ...each(['totalloser', 'volloser', 'vollloser', 'riesenloser', 'oberloser', 'megaloser'], insult(0.7), { ...DE, inflect: ['n', 's'] }),
  ['loser', insult(0.65), { inflect: ['s'] }],
  ['hirni', insult(0.8), HEAD],
  ['hirnlos', insult(0.75)],
  ['hirnamputiert', insult(0.8)],
  ['hirnverbrannt', insult(0.7)],
  ['dumm', insult(0.55), { ...DE, inflect: ['e', 'en', 'er', 'es', 'em', 'ste', 'sten', 'ster'] }],
  ['bloed', insult(0.45), DE],
  ['doof', insult(0.45), DE],
  ['daemlich', insult(0.55)],
  ['bescheuert', insult(0.55)],
  // The word as an insult ("Bist du behindert?", "behindertes Pack"); "Behinderte", "behinderten" mostly name a group.
  ['behindert', slur(0.55), { ...DE, inflect: ['er', 'es', 'em'] }],
  ...each(['du behinderter', 'du behinderte', 'so ein behinderter', 'so eine behinderte', 'voll behinderte', 'behinderter idiot', 'behinderte kuh', 'behinderter spast'], slur(0.7), { ...DE, inflect: false }),
  ['geisteskrank', insult(0.55)],
  ['schwachsinnig', insult(0.55)],
  ['schwachsinn', insult(0.25), DE],
  ['drecksack', severe(0.9), HEAD],
  ['dreckskerl', severe(0.85), HEAD],
  ['drecksau', severe(0.9), HEAD],
  ['dreckschwein', severe(0.9), HEAD],
  ['drecksschwein', severe(0.9), HEAD],
  ['sau', insult(0.6), { ...DE, inflect: false }],
  ['schwein', insult(0.45), { ...DE, inflect: ['e'] }],
  ['schweinehund', insult(0.75)],
  ['mistkerl', insult(0.8), HEAD],
  ['miststueck', severe(0.85), HEAD],
  ['bastard', insult(0.8), HEAD],
  ['hurensohn', severe(0.95), HEAD],
  ['hure', severe(0.9), { ...DE, inflect: ['n'] }],
  ['schlampe', severe(0.9), HEAD],
  ['fotze', severe(0.95), HEAD],
  ['missgeburt', severe(0.95), HEAD],
  ['vollhonk', insult(0.85), HEAD],
  ['doedel', insult(0.65), HEAD],
  ['flachpfeife', insult(0.75), HEAD],
  ['lusche', insult(0.65), HEAD],
  ['weichei', insult(0.55), HEAD],
  ['waschlappen', insult(0.45)],
  ['warmduscher', insult(0.45)],
  ['heulsuse', insult(0.45)],
  ['klugscheisser', insult(0.55), HEAD],
  ['dummschwaetzer', insult(0.75), HEAD],
  ['schwaetzer', insult(0.4)],
  ['luegner', insult(0.4)],
  ['kotzbrocken', insult(0.85)],
  ['widerling', insult(0.75)],
  ['affe', insult(0.4), { ...DE, ...HEAD, inflect: ['n'] }],
  ['esel', insult(0.4), { ...DE, inflect: false }],
  ['dumme kuh', insult(0.8), DE],
  ['bloede kuh', insult(0.8), DE],
  ['bloede ziege', insult(0.75), DE],
  ['zicke', insult(0.5), DE],
  ['tussi', insult(0.5), DE],
  ['psychopath', insult(0.5)],
  ['halt die fresse', severe(0.85)],
  ['halts maul', severe(0.8)],
  ['halt dein maul', severe(0.8)],
  ['halt * schnurre', insult(0.7)],
  ['verpiss dich', severe(0.85)],
  ['fick dich', severe(0.9)],
  ['figg di', severe(0.9)],
  // Swiss German.
  ['tubel', insult(0.8), HEAD],
  ['dubel', insult(0.8), HEAD],
  ['tschumpel', insult(0.7), HEAD],
  ['totsch', insult(0.6), { inflect: ['li'] }],
  ['gluenggi', insult(0.6)],
  ['loeli', insult(0.6)],
  ['looli', insult(0.6)],
  ['schofseckel', insult(0.85)],
  ['sauhund', insult(0.8), HEAD],
  ['souhund', insult(0.8), HEAD],
  ['sauchaib', severe(0.85)],
  ['chaib', insult(0.55), { inflect: ['e', 'li'] }],
  ['tumm siech', insult(0.8)],
  ['siech', insult(0.45), { inflect: false }],
  ['plagoeri', insult(0.3)],
  // English.
  ['moron', insult(0.85)],
  ['stupid', insult(0.55), EN],
  ['dumb', insult(0.5), EN],
  ['dumbass', insult(0.85)],
  ['jerk', insult(0.5), EN],
  ['scum', insult(0.85), EN],
  ['piece of shit', severe(0.9)],
  ['son of a bitch', severe(0.9)],
  ['bitch', severe(0.85), { inflect: ['es'] }],
  ['asshole', severe(0.9)],
  ['wanker', severe(0.85)],
  ['prick', insult(0.7), EN],
  ['twat', severe(0.85), EN],
  ['cunt', severe(0.95)],
  ['whore', severe(0.9), EN],
  ['slut', severe(0.85), EN],
  ['disgusting', insult(0.4), EN],
  ['trash', insult(0.4), EN],
  ['pathetic', insult(0.45), EN],
  // Said to someone at the start of a clause it is an imperative (insult-predicates.ts); alone it may shut up shop.
  ['shut up', insult(0.45), EN],
  // French.
  ['connard', severe(0.9), FR],
  ['connasse', severe(0.9), FR],
  ['con', insult(0.6), { ...FR, inflect: ['s', 'ne', 'nes'] }],
  ['salope', severe(0.9), FR],
  ['pute', severe(0.85), FR],
  ['encule', severe(0.9), FR],
  ['ta gueule', severe(0.8), FR],
  ['ferme ta gueule', severe(0.85), FR],
  ['ferme ta grande gueule', severe(0.85), FR],
  ['ferme ta sale gueule', severe(0.85), FR],
  ['abruti', insult(0.8), FR],
  ['cretin', insult(0.8)],
  ['debile', insult(0.7)],
  ['imbecile', insult(0.8)],
  ['batard', severe(0.85), FR],
  ['ordure', insult(0.8), FR],
  ['raclure', insult(0.85), FR],
  ['stupide', insult(0.55), FR],
  ['degoutant', insult(0.45), FR],
  ['minable', insult(0.5), FR],
  // Italian.
  ['stronz', severe(0.9), { ...IT, inflect: IT_NOUN }],
  ['vaffanculo', severe(0.9), IT],
  ['fanculo', severe(0.85), IT],
  ['coglion', severe(0.9), { ...IT, inflect: IT_NOUN }],
  ['puttana', severe(0.9), { ...IT, inflect: ['e'] }],
  ['troia', severe(0.85), { ...IT, inflect: ['e'] }],
  ['zoccola', severe(0.85), { ...IT, inflect: ['e'] }],
  ['bastard', severe(0.85), { ...IT, inflect: IT_NOUN }],
  ['cretin', insult(0.8), { ...IT, inflect: IT_NOUN }],
  ['deficient', insult(0.8), { ...IT, inflect: ['e', 'i'] }],
  ['imbecill', insult(0.8), { ...IT, inflect: ['e', 'i'] }],
  ['scem', insult(0.6), { ...IT, inflect: IT_NOUN }],
  ['stupid', insult(0.55), { ...IT, inflect: IT_NOUN }],
  ['schifos', insult(0.55), { ...IT, inflect: IT_NOUN }],
  ['figlio di puttana', severe(0.95), IT],
];

const BODY_AND_NICKNAMES: Row[] = [
  ...EXTRA_BODY,
  ['fett', body(0.3), { ...DE, inflect: ['e', 'en', 'er', 'es', 'em'] }],
  ['fett raketenmann', body(0.85), DE],
  ['fett sau', severe(0.9), DE],
  ['fett schwein', severe(0.9), DE],
  ['fett kuh', severe(0.85), DE],
  ['raketenmann', body(0.6), { ...DE, ...HEAD }],
  ['rocket man', body(0.5)],
  ['little rocket man', body(0.7)],
  ['fettsack', body(0.85), HEAD],
  ['fettsau', severe(0.9), HEAD],
  ['fettwanst', body(0.8), HEAD],
  ['fettkloss', body(0.8), HEAD],
  ['fettklops', body(0.8), HEAD],
  ['fettbacke', body(0.7), HEAD],
  ['fettschwein', severe(0.9), HEAD],
  ['moppel', body(0.5)],
  ['giftzwerg', body(0.6)],
  ['hackfresse', severe(0.9)],
  ['fresse', body(0.45), { ...DE, inflect: ['n'] }],
  ['fratze', body(0.5), DE],
  ['brillenschlange', body(0.5)],
  ['haesslich', body(0.4), DE],
  ['fatso', body(0.8)],
  ['fat pig', severe(0.9), EN],
  ['fat', body(0.3), { ...EN, inflect: false }],
  ['ugly', body(0.4), EN],
  ['gros porc', severe(0.9), FR],
  ['grosse vache', severe(0.85), FR],
  ['ciccion', body(0.75), { ...IT, inflect: IT_NOUN }],
  ['grassone', body(0.75), IT],
];

const THREATS: Row[] = [
  // Bare "aufhängen" also hangs laundry and pictures (see ALLOW): only the forms aimed at people weigh fully.
  ['aufhaengen', threat(0.6)],
  ['aufgehaengt', threat(0.6)],
  ['sollte man aufhaengen', threat(0.85)],
  ['aufhaengen sollte man', threat(0.85)],
  ['haeng * auf', threat(0.8)],
  ['aufknuepfen', threat(0.85)],
  ['aufgeknuepft', threat(0.85)],
  ['an die wand stellen', threat(0.7)],
  ['an die wand gestellt', threat(0.8)],
  ['erschiessen', threat(0.65)],
  ['umbringen', threat(0.75)],
  ...['dich', 'di', 'euch', 'ihn', 'en', 'sie', 'si', 'die'].map((o): Row => [`bring ${o} um`, threat(0.85)]),
  ['totschlagen', threat(0.75)],
  ['schlag * tot', threat(0.8)],
  // Mostly history ("in Auschwitz vergast"); calls to gas people are frames in lexicon-threats.ts.
  ['vergast', threat(0.45)],
  ['abschlachten', threat(0.85)],
  ['lynchen', threat(0.85)],
  ['verpruegeln', threat(0.7)],
  ['in die fresse', threat(0.7)],
  ['verrecken', { THREAT: 0.5, TOXICITY: 0.8, SEVERE_TOXICITY: 0.6 }],
  ['verreck', { THREAT: 0.5, TOXICITY: 0.8, SEVERE_TOXICITY: 0.6 }, { inflect: ['t', 'en'] }],
  ['vereck', { THREAT: 0.5, TOXICITY: 0.8, SEVERE_TOXICITY: 0.6 }, { ...DE, inflect: ['t', 'en'] }],
  ['krepieren', { THREAT: 0.4, TOXICITY: 0.7, SEVERE_TOXICITY: 0.5 }],
  ['toeten', threat(0.45), { inflect: ['e', 't'] }],
  ['vergewaltig', threat(0.8), { inflect: ['en', 't', 'e'] }],
  // The noun mostly reports a crime ("Nach der Vergewaltigung ermittelt die Polizei"): a weak cue, not a threat; wishes
  // and calls ("gehört vergewaltigt", "ich wünsche dir …") are the threat frames' business.
  ['vergewaltigung', threat(0.3), { inflect: ['en'] }],
  ['ertraenken', threat(0.7)],
  ['an den galgen', threat(0.85)],
  ['gaskammer', threat(0.7)],
  ['kill', threat(0.4), { ...EN, inflect: ['s', 'ed', 'ing'] }],
  ['murder', threat(0.65), { ...EN, inflect: ['s', 'ed', 'ing'] }],
  ['stab', threat(0.6), { ...EN, inflect: ['s', 'bed', 'bing'] }],
  ['slaughter', threat(0.75), { ...EN, inflect: ['s', 'ed', 'ing'] }],
  ['exterminat', threat(0.45), { ...EN, inflect: ['e', 'ed', 'ing', 'ion'] }],
  ['eradicat', threat(0.4), { ...EN, inflect: ['e', 'ed', 'ing'] }],
  ['rape', threat(0.8), { ...EN, inflect: ['d', 's'] }],
  ['raping', threat(0.8), EN],
  ['tortur', threat(0.6), { ...EN, inflect: ['e', 'ed', 'ing'] }],
  ['snap * neck', threat(0.85), EN],
  ['hang all', threat(0.85), EN],
  ['kill you', threat(0.55), EN],
  ['kill them', threat(0.85), EN],
  ['tuer', threat(0.45), { ...FR, inflect: ['s', 'r'] }],
  ['buter', threat(0.7), FR],
  ['massacrer', threat(0.8), FR],
  ['egorger', threat(0.9), FR],
  ['exterminer', threat(0.45), FR],
  ['violer', threat(0.8), FR],
  ['eradiquer', threat(0.4), FR],
  ['massacrar', threat(0.8), { ...IT, inflect: ['e', 'li'] }],
  ['sgozzar', threat(0.9), { ...IT, inflect: ['e', 'li'] }],
  ['stuprar', threat(0.8), { ...IT, inflect: ['e', 'la', 'le'] }],
  ['pendre', threat(0.6), FR],
  ['crever', { THREAT: 0.5, TOXICITY: 0.75, SEVERE_TOXICITY: 0.5 }, FR],
  ['ammazzar', threat(0.65), { ...IT, inflect: ['e', 'li'] }],
  ['uccider', threat(0.6), { ...IT, inflect: ['e', 'li'] }],
  ['impiccar', threat(0.75), { ...IT, inflect: ['e', 'li'] }],
  ['sterminar', threat(0.45), { ...IT, inflect: ['e', 'li'] }],
];

const PROFANITY: Row[] = [
  ...EXTRA_PROFANITY,
  ['scheisse', profane(0.8), BOTH],
  ['scheiss', profane(0.75), { ...BOTH, inflect: ['e', 'er', 'en'] }],
  ['kacke', profane(0.6), BOTH],
  ['verdammt', profane(0.45), DE],
  ['verfickt', profane(0.85)],
  ['fick', profane(0.8), { ...DE, inflect: ['en', 't', 'st'] }],
  ['arsch', profane(0.6), { ...DE, ...HEAD, inflect: false }],
  ['pisse', profane(0.6), DE],
  ['huere', profane(0.35), { inflect: false }],
  ['gopfertammi', profane(0.6)],
  ['gopferdammi', profane(0.6)],
  ['gopfridstutz', profane(0.3)],
  ['fuck', profane(0.85), BOTH],
  ['fucking', profane(0.85)],
  ['motherfucker', severe(0.95)],
  ['shit', profane(0.8), { ...BOTH, inflect: ['s', 'ty'] }],
  ['damn', profane(0.4), EN],
  ['dick', profane(0.6), { ...EN, inflect: ['s', 'head', 'heads'] }],
  ['merde', profane(0.75), FR],
  ['putain', profane(0.7), FR],
  ['bordel', profane(0.45), FR],
  ['cazzo', profane(0.8), { ...IT, inflect: ['ne', 'ni', 'ta'] }],
  ['merda', profane(0.8), IT],
  ['minchia', profane(0.7), IT],
  ['porca puttana', profane(0.85), IT],
  ['porco dio', profane(0.85), IT],
];

const SLURS: Row[] = [
  ...EXTRA_SLURS,
  ['kanake', slur(0.9), HEAD],
  ['neger', slur(0.9), { ...DE, ...HEAD }],
  ['nigger', slur(0.95), HEAD],
  ['nigga', slur(0.85)],
  ['zigeuner', slur(0.5), DE],
  ['schwuchtel', slur(0.9), HEAD],
  ['tunte', slur(0.7), DE],
  // session 25: the German slur for trans women, and the English one as German writes it ("keine Trannys")
  ['transe', slur(0.7), { ...DE, inflect: ['n'] }],
  ['trannys', slur(0.85), DE],
  ['untermensch', slur(0.95), HEAD],
  ['subhuman', slur(0.95)],
  ['kinderficker', severe(0.95), HEAD],
  ['faggot', slur(0.95), EN],
  ['fag', slur(0.85), { ...EN, inflect: ['s'] }],
  ['retard', slur(0.85), { ...EN, inflect: ['s', 'ed'] }],
  ['tranny', slur(0.85), { ...EN, inflect: false }],
  ['trannies', slur(0.85), EN],
  ['dyke', slur(0.8), EN],
  ['pede', slur(0.9), FR],
  ['tapette', slur(0.8), FR],
  ['gouine', slur(0.85), FR],
  ['bougnoule', slur(0.95), FR],
  ['negro', slur(0.85), { inflect: ['s', 'i', 'e', 'a'] }],
  ['frocio', slur(0.9), { ...IT, inflect: false }],
  ['froci', slur(0.9), IT],
  ['ricchion', slur(0.9), { ...IT, inflect: ['e', 'i'] }],
  ['terrone', slur(0.7), IT],
  ['handicappati di merda', slur(0.95), IT],
];

/** Group mentions; harmless alone, they turn a nearby insult into an identity attack. */
const IDENTITY: Row[] = [
  ...EXTRA_IDENTITY,
  ...[
    'auslaender', 'fluechtling', 'migrant', 'asylant', 'asylbewerber', 'muslim', 'moslem', 'jude', 'juden', 'schwarze', 'schwule', 'lesbe',
    'frauen', 'weiber', 'tuerke', 'araber', 'behinderte', 'transfrau', 'transmensch', 'afrikaner', 'islam',
  ].map((t): Row => [t, {}, DE]),
  ...['women', 'muslims', 'jews', 'gay', 'gays', 'trans', 'black people', 'immigrants', 'refugees', 'disabled', 'blacks', 'lesbians'].map(
    (t): Row => [t, {}, { ...EN, inflect: false }],
  ),
  ...['femmes', 'musulmans', 'juifs', 'noirs', 'homosexuels', 'gays', 'trans', 'refugies', 'immigres', 'handicapes', 'lesbiennes', 'migrants'].map(
    (t): Row => [t, {}, { ...FR, inflect: false }],
  ),
  ...['donne', 'musulmani', 'ebrei', 'neri', 'gay', 'trans', 'immigrati', 'rifugiati', 'disabili', 'lesbiche', 'migranti'].map(
    (t): Row => [t, {}, { ...IT, inflect: false }],
  ),
];

/** Innocent phrases that contain an entry above; matches inside them are dropped. */
const ALLOW: string[] = [
  'fett gedruckt', 'fettgedruckt', 'fettdruck', 'fettarm', 'fettnaepfchen', 'fettfleck', 'fettsaeure', 'fettgehalt', 'fettleber',
  'fettpolster', 'fettabsaugung', 'fettverbrennung', 'idiotensicher', 'dumm gelaufen', 'schwein gehabt', 'wildsau', 'wildschwein',
  'meerschwein', 'meerschweinchen', 'shitstorm', 'fuckup', 'pack an', 'pack es', 'huere guet', 'huere schoen', 'schweinerei',
  'schweinefleisch', 'waesche aufhaengen', 'waesche aufgehaengt', 'bild aufhaengen', 'bilder aufhaengen', 'bild aufgehaengt',
  'bilder aufgehaengt', 'plakate aufhaengen', 'plakate aufgehaengt', 'poster aufhaengen',
  // "Kaffee" is no "K" + "Affe" + "e" (a compound head with an ending): the drink, in any compound.
  'kaffee', 'kaffees', 'milchkaffee', 'eiskaffee', 'filterkaffee', 'kaffi',
  // Closing a business, not silencing a person.
  'shut up shop', 'shuts up shop', 'shutting up shop',
];

/**
 * A lexicon definition. Every one has the same properties, in the same order (unset ones undefined): the matcher
 * compiles a hundred thousand of them, and one object shape keeps that quick.
 */
function definition(
  term: string,
  id: string,
  language: Language | undefined,
  options: { action?: 'allow'; compound?: CompoundMode; inflect?: boolean | readonly string[] },
  data: LexiconPayload,
): TermDefinition<LexiconPayload> {
  return { term, id, language, action: options.action, compound: options.compound, inflect: options.inflect, data };
}

const NO_OPTIONS: RowOptions = {};

function row(r: Row, category: LexiconCategory, anyLanguage = false): TermDefinition<LexiconPayload> {
  const [term, weights, options = NO_OPTIONS] = r;
  const id = options.language === undefined ? `${category}:${term}` : `${options.language}:${category}:${term}`;
  // A listed threat phrase counts in whatever language the comment was detected as: short comments ("Dä ghört
  // verschosse.", "Go die.", "Morte ai traditori!") are often detected as another language, and a phrase of several
  // words in one language is almost never harmless in another. Single words keep their language ("crepa", "creve"),
  // and so do the generated frames of lexicon-threat-frames.ts: tried in every language they cost a tenth of the
  // scorer's speed.
  const language = anyLanguage && category === 'threat' && term.includes(' ') ? undefined : options.language;
  const data: LexiconPayload = options.group === undefined ? { category, weights } : { category, weights, group: options.group };
  if (options.negationAfter === true) data.negationAfter = true;
  if (options.veiled === true) data.veiled = true;
  return definition(term, id, language, options, data);
}

function allowed(term: string, options: { language?: Language; compound?: CompoundMode; inflect?: boolean } = {}): TermDefinition<LexiconPayload> {
  return definition(term, `allow:${term}`, options.language, { action: 'allow', compound: options.compound, inflect: options.inflect }, { category: 'allow', weights: {} });
}

function maxOf(a: LexiconWeights | undefined, b: LexiconWeights | undefined): LexiconWeights | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  const out: LexiconWeights = { ...a };
  for (const [attribute, w] of Object.entries(b) as [Attribute, number][]) out[attribute] = Math.max(out[attribute] ?? 0, w);
  return out;
}

/**
 * One definition per id: the tables are built from word lists and frames, so the same term can come up twice (a
 * frame and an explicit row); the first keeps its options and takes the strongest weights of both. Definitions are
 * merged as they are added, without a list of them all first.
 */
class MergedById {
  private readonly byId = new Map<string, TermDefinition<LexiconPayload>>();

  add(def: TermDefinition<LexiconPayload>): void {
    const id = def.id ?? def.term;
    const seen = this.byId.get(id);
    if (seen === undefined || seen.data === undefined || def.data === undefined) {
      if (seen === undefined) this.byId.set(id, def);
      return;
    }
    const group = maxOf(seen.data.group, def.data.group);
    const weights = maxOf(seen.data.weights, def.data.weights) ?? {};
    this.byId.set(id, { ...seen, data: group === undefined ? { ...seen.data, weights } : { ...seen.data, weights, group } });
  }

  rows(rows: readonly Row[], category: LexiconCategory, anyLanguage = false): this {
    for (const r of rows) this.add(row(r, category, anyLanguage));
    return this;
  }

  allowed(terms: readonly string[], options?: { language?: Language; compound?: CompoundMode; inflect?: boolean }): this {
    for (const term of terms) this.add(allowed(term, options));
    return this;
  }

  definitions(): TermDefinition<LexiconPayload>[] {
    return [...this.byId.values()];
  }
}

/** The curated lexicon as term definitions for {@link compileTerms}. */
export const LEXICON: readonly TermDefinition<LexiconPayload>[] = new MergedById()
  .rows(INSULTS, 'insult')
  .rows(BODY_AND_NICKNAMES, 'body')
  .rows(THREATS, 'threat', true)
  .rows(THREAT_ROWS, 'threat', true)
  .rows(INTIMIDATION_ROWS, 'threat', true)
  .rows(THREAT_FRAME_ROWS, 'threat')
  .rows(THREAT_IMPLICIT_ROWS, 'threat')
  .rows(THREAT_CUES, 'threat')
  .rows(IMPLICIT_INSULT_ROWS, 'insult')
  .rows(DEHUMANISATION_ROWS, 'insult')
  .rows(CONTEMPT_ROWS, 'insult')
  .rows(GROUP_FRAME_ROWS, 'insult')
  .rows(PROFANITY, 'profanity')
  .rows(SLURS, 'slur')
  .rows(IDENTITY, 'identity')
  .rows(GROUP_NAME_ROWS, 'identity')
  .allowed(ALLOW)
  // The newer phrase lists are written out in every form they need, so they match exactly ("da sind" is not "das sind").
  // Words that end in "affe(n)" without being apes (the insult "Affe" may head a compound: "Lackaffe"): "Waffen",
  // "Atomwaffen", "abschaffen", "geschaffen", "Giraffe", "aufraffen".
  .allowed(['waffe', 'waffen', 'schaffen', 'schaffe', 'raffen', 'gaffen', 'klaffen', 'giraffe', 'giraffen', 'karaffe', 'karaffen'], { inflect: false, compound: 'head', language: 'de' })
  .allowed([...THREAT_ALLOW, ...EXTRA_ALLOW, ...INTIMIDATION_ALLOW, ...IMPLICIT_ALLOW, ...GROUP_FRAME_ALLOW, ...THREAT_FRAME_ALLOW, ...THREAT_IMPLICIT_ALLOW], { inflect: false })
  .definitions();
