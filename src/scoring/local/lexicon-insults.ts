/**
 * Insults, profanity, body-shaming and slurs beyond the core table in lexicon-data.ts: Swiss German dialect,
 * Austrian, French (incl. Swiss romand), Italian (incl. Ticino), English, and implicit insults ("IQ eines
 * Toastbrots", "QI d'une huître"). Words that are also animals or things ("Affe", "Koffer", "Flasche", "vacca")
 * only count in frames aimed at a person ("du Koffer", "sei una vacca").
 * Terms are written in normalised form (ä → ae, no apostrophes: "t as pas de cerveau" for "t'as pas de cerveau").
 */
import { BOTH, DE, EN, FR, HEAD, IT, IT_NOUN, about, body, each, frames, insult, profane, severe, slur, type Row } from './lexicon-rows';
import { PEOPLE_ALLOW, PEOPLE_INSULT_ROWS } from './lexicon-people';

// ---------------------------------------------------------------------------------------------------------------
// German: Standard, Swiss German dialect, Austrian
// ---------------------------------------------------------------------------------------------------------------

/**
 * Milder names for a person's manners, that the lists missed ("Du Rüpel!", "Der ist ein Angeber"): aimed at someone
 * they are insults; "Pflaume" and "Lauch" are also fruit and vegetable, so only aimed.
 */
const DE_RUDE = ['ruepel', 'flegel', 'luemmel', 'rotzloeffel', 'rotzbengel', 'grobian', 'besserwisser', 'jammerlappen', 'faulpelz', 'angeber', 'aufschneider', 'grossmaul', 'maulheld', 'miesepeter', 'noergler', 'gaggi', 'luschi', 'brunzkachel', 'pflaume', 'lauch',
  // session 25 (own probes of newsroom insults)
  'spruecheklopfer', 'schlafmuetze', 'giftspritze', 'schaumschlaeger', 'moechtegern'];
/** Things and figures that are insults when someone is called so ("du Flasche", "so eine Pfeife"). */
const DE_FOOLS = ['flasche', 'pfeife', 'pfiife', 'lusche', 'niete', 'opfer', 'sack', 'hammel', 'rindvieh', 'schafskopf', 'trampeltier', 'null', 'witzfigur', 'clown', 'hampelmann', 'kasper', 'lappen', 'wicht', 'babi', 'chaot', 'loeli', 'lappi', 'hornochse', 'ochse', 'kamel',
  // session 25: Swiss "Lööli", a sausage, a cucumber, a peat head, a boozer's nose, a snotty boy
  'loeoeli', 'wuerstchen', 'wuerstel', 'gurke', 'torfkopp', 'schnapsnase', 'bratze', 'schnuderbueb', 'chalb', 'baebi', 'schnorri', ...DE_RUDE];
/** Their plurals, said of a group or a crowd ("Veganer sind nervige Besserwisser", "Ihr Rüpel!"). */
const DE_RUDE_PLURAL = ['ruepel', 'flegel', 'luemmel', 'rotzloeffel', 'rotzbengel', 'grobiane', 'besserwisser', 'jammerlappen', 'faulpelze', 'angeber', 'aufschneider', 'grossmaeuler', 'maulhelden', 'miesepeter', 'noergler', 'faule saecke', 'schnorri'];
/** Animals: insults only with an article or adjective in front ("du bist ein Esel", "du dumme Gans"). */
const DE_ANIMALS = ['affe', 'esel', 'gans', 'kuh', 'ziege', 'pute', 'schnepfe', 'hund', 'schwein', 'sau', 'made', 'wurm', 'zwerg', 'chue', 'geiss'];

/** Swiss swear phrases that are insults only when a person is called so. */
const HUERE_SWEARS = ['huere siech', 'huere sieche', 'huere cheib', 'huere cheibe', 'huere chaib', 'huere chaibe', 'huerechaib', 'huerecheib'];

const cross = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`));

const DE_INSULTS: Row[] = [
  // Standard German nouns, also as compound heads ("Oberdummbatz").
  ...each(['dummbatz', 'dumpfbacke', 'hohlbirne', 'hohlbratze', 'dummbeutel', 'spacko', 'saftsack', 'sackgesicht', 'arschgesicht', 'pissnelke', 'nulpe', 'schwachmat', 'evolutionsbremse', 'kackbratze', 'knalltuete', 'vollhorst', 'flachzange'], insult(0.8), { ...DE, ...HEAD }),
  ...each(['vollarsch', 'arschkrampe'], severe(0.88), { ...DE, ...HEAD }),
  ['spack', insult(0.8), { ...DE, inflect: ['en', 'o', 'os'] }],
  ['dummerchen', insult(0.4), DE],
  // Political name-calling common in German comment sections (found among the GermEval training tweets the word
  // lists missed): aimed at people, never a neutral description.
  ['volksverraeter', insult(0.6), { ...DE, ...HEAD }],
  // Migrants called welfare tourists or invaders (GermEval training tweets: "Millionen Sozialtouristen", "Illegal
  // eingereiste Invasoren müssen abgeschoben werden"); "Invasoren" also names armies ("die russischen Invasoren"),
  // which the allow-list keeps apart.
  ['sozialtourist', insult(0.6), { ...DE, ...HEAD, inflect: ['en', 'in', 'innen'] }],
  // A group joined to a word for rabble or dirt, by a hyphen or written as one ("den Migranten-Dreck", "dem Afrika-Pack",
  // "Asylantengesindel"): the group as a whole is called so. A group name alone is no evidence, the compound is.
  ...(() => {
    const groups = ['migranten', 'asylanten', 'auslaender', 'fluechtlings', 'moslem', 'muslim', 'afrika', 'afrikaner', 'araber', 'tuerken', 'kanaken', 'zigeuner', 'islam', 'asyl', 'nafri', 'neger'];
    const rabble = ['dreck', 'pack', 'gesindel', 'abschaum', 'brut', 'geschmeiss', 'gesocks', 'horden', 'horde'];
    // Criminals and cheats only after a name that is itself contempt ("Asylanten-Verbrecher"), not "die Islam-Verbrecher des IS".
    const pejorative = ['asylanten', 'asyl', 'kanaken', 'zigeuner', 'nafri', 'neger'];
    const cheats = ['schmarotzer', 'verbrecher', 'betrueger'];
    const terms = [...groups.flatMap((g) => rabble.flatMap((r) => [`${g} ${r}`, `${g}${r}`])), ...pejorative.flatMap((g) => cheats.flatMap((r) => [`${g} ${r}`, `${g}${r}`]))];
    return each(terms, { ...insult(0.8), IDENTITY_ATTACK: 0.8 }, { ...DE, inflect: false });
  })(),
  // Politicians of elected governments given a smear for a first name ("Stasi-Merkel", "Scharia-Schulz", "Lügen-Maas"):
  // name-calling. Not "Diktator Merkel" nor their government called a tyranny ("die Merkel-Diktatur"): GermEval's
  // annotators read those as harsh opinion (four OTHER training tweets), and "das Putin-Regime" is how the news
  // describes a dictatorship.
  ...(() => {
    const leaders = ['merkel', 'scholz', 'berset', 'macron', 'biden', 'obama', 'maas', 'schulz', 'gabriel', 'steinmeier', 'habeck', 'baerbock', 'lauterbach', 'sommaruga',
      'cassis', 'amherd', 'parmelin', 'maurer', 'jans', 'roesti', 'keller sutter', 'baume schneider', 'stegner', 'roth', 'nahles', 'altmaier', 'seehofer', 'soeder'];
    const smears = ['stasi', 'nazi', 'scharia', 'sharia', 'luegen', 'zensur'];
    const terms = smears.flatMap((p) => leaders.flatMap((l) => [`${p} ${l}`, `${p}${l}`]));
    return each(terms, insult(0.6), { ...DE, inflect: false });
  })(),
  // Someone who only plays the office ("die Kanzlerdarstellerin", "dieser Bundesratsdarsteller").
  ...each(['kanzlerdarsteller', 'praesidentendarsteller', 'ministerdarsteller', 'bundesratsdarsteller', 'politikdarsteller', 'politikerdarsteller'], insult(0.6), { ...DE, inflect: ['in', 'innen', 'n'] }),
  // Female animals with an adjective of a person's manner ("Was für eine überheblich arrogante Kuh"): never the animal
  // (not "frech", said of goats too).
  ...frames(['arrogante', 'ueberhebliche', 'eingebildete', 'hysterische', 'verlogene', 'zickige', 'falsche', 'giftige', 'arroganten', 'hysterischen', 'verlogenen'], ['kuh', 'ziege', 'gans', 'pute', 'schnepfe', 'zicke', 'kuehe', 'ziegen', 'gaense', 'puten', 'schnepfen', 'zicken'], insult(0.75), { ...DE, inflect: false }),
  // "kotz" as a prefix of contempt ("die kotzgrüne Brühe"); the colour alone is no insult.
  ...each(['kotzgruen', 'kotzgruene', 'kotzgruenen', 'kotzgruener', 'kotzrote', 'kotzroten', 'kotzbraun', 'kotzbraune', 'kotzbraunen'], insult(0.55), { ...DE, inflect: false }),
  // ("Politmarionetten" and "krank im Kopf" were left out: harsh political criticism and a doctor's words, in our own look-alikes.)
  ['invasoren', insult(0.55), { ...DE, inflect: false }],
  ['eroberer', about(0.3), { ...DE, inflect: ['n'], group: { INSULT: 0.6, TOXICITY: 0.6, IDENTITY_ATTACK: 0.6 } }],
  ['landesverraeter', insult(0.5), DE],
  ['schmierfink', insult(0.6), { ...DE, inflect: ['e', 'en'] }],
  // Session 22: the hack with an adjective of contempt ("Sie sind ein inkompetenter Schreiberling"); the word alone is
  // also said in jest of oneself. Swiss German "e dummi Gans", "e blödi Chue".
  ...frames(['inkompetenter', 'inkompetente', 'elender', 'mieser', 'billiger', 'dummer', 'erbaermlicher'], ['schreiberling', 'schreiberlinge'], insult(0.6), { ...DE, inflect: false }),
  ...frames(['dummi', 'bloedi', 'bloedi'], ['gans', 'chue', 'geiss', 'kuh', 'sau', 'siech', 'nuss'], insult(0.7), { ...DE, inflect: false }),
  ['schmierenjournalist', insult(0.6), DE],
  ['luegenpresse', insult(0.5), DE],
  ['gutmensch', insult(0.45), { ...DE, inflect: ['en'] }],
  ['murksel', insult(0.7), DE],
  ['nafri', slur(0.7), { ...DE, inflect: ['s'] }],
  ['feigling', insult(0.5), { ...DE, inflect: ['e'] }],
  ['pisser', insult(0.8), DE],
  ['hornochse', insult(0.75), { ...DE, ...HEAD }],
  ['hornochs', insult(0.75), { ...DE, inflect: ['e', 'en'] }],
  ['lackaffe', insult(0.6), DE],
  ['duennbrettbohrer', insult(0.8), DE],
  ['minderbemittelt', insult(0.7), DE],
  ['geistig minderbemittelt', insult(0.8), DE],
  ['geistiger tiefflieger', insult(0.85), DE],
  ['geistige tiefflieger', insult(0.85), DE],
  ['geistiger duennschiss', severe(0.85), DE],
  ['geistiger duennpfiff', insult(0.8), DE],
  ['geistigen duennschiss', severe(0.85), DE],
  ['geistigen tiefflieger', insult(0.85), DE],
  ['spatzenhirn', insult(0.8), { ...DE, ...HEAD }],
  ['erbsenhirn', insult(0.8), { ...DE, ...HEAD }],
  ['hirnamoebe', insult(0.85), DE],
  ['gehirnamputiert', insult(0.8), DE],
  ['hirntot', insult(0.6), DE],
  // More political name-calling from the GermEval training tweets the lists missed ("Merkels Vasallen", "diese
  // Stümper", "Profilügner", "die bayerische Labertrumpe"): words for people, never a neutral description.
  ['vasall', insult(0.5), { ...DE, ...HEAD, inflect: ['en', 'e'] }],
  ...each(['stuemper', 'heuchler', 'nulltipper', 'schwafler'], insult(0.5), { ...DE, ...HEAD, inflect: ['n', 'in', 'innen'] }),
  ...each(['labertasche', 'labertrumpe', 'laberkopf', 'laberkopp', 'dreckshaufen', 'suffkopf', 'suffkopp', 'suffschaedel', 'saufkopf', 'schabracke', 'stinkstiefel', 'ekelpaket', 'blechgesicht', 'wutzekopp'], insult(0.7), { ...DE, inflect: ['n', 'e', 'en', 's'] }),
  ...each(['bloedmann', 'bloedmaenner', 'dummdeutsche', 'dumm deutsche', 'dummdeutschen', 'dumm deutschen', 'dumm deutscher'], insult(0.7), { ...DE, inflect: false }),
  ['tusse', insult(0.5), { ...DE, ...HEAD, inflect: ['n'] }],
  // Called a Nazi or fascist to one's face ("Stegner, du alter Nazi", "ihr Nazis"); "ihr Nazi-Vergleich" is a possessive.
  ...frames(['du alter', 'du bist ein', 'du dreckiger', 'du verdammter', 'du bisch en', 'ihr seid', 'ihr seid doch'], ['nazi', 'faschist', 'nazis', 'faschisten'], insult(0.7), { ...DE, inflect: false }).filter(([t]) => !/^du\b.*s$|^du\b.*en$|^ihr\b.*(nazi|faschist)$/.test(t)),
  ...each(['ihr nazis', 'ihr faschisten', 'ihr nazi hetzer', 'ihr rassisten'], insult(0.7), { ...DE, inflect: false }),
  ['politverbrecher', insult(0.6), { ...DE, inflect: ['n', 'in'] }],
  ...each(['vaterlandsverraeter', 'deutschhasser', 'deutschfeinde', 'schweinejournalist', 'luegenmedien', 'systemjournalist'], insult(0.55), { ...DE, inflect: ['n', 'en', 'in', 'innen'] }),
  ...each(['rot gruen versifft', 'rot gruen versiffte', 'rot gruen versifften', 'gruen versiffte', 'gruen versifften', 'links versifft', 'links versiffte', 'linksversifft', 'linksversiffte', 'linksversifften'], insult(0.6), { ...DE, inflect: false }),
  ...each(['hirnrissig', 'hirnverseucht', 'gehirnverseucht', 'dusselig', 'dusslig'], insult(0.5), { ...DE, inflect: ['e', 'er', 'es', 'en', 'em'] }),
  ...each(['du luder', 'so ein luder', 'dieses luder'], insult(0.75), { ...DE, inflect: false }),
  ['wendehals', insult(0.5), DE],
  ['wendehaelse', insult(0.5), { ...DE, inflect: ['n'] }],
  ['verlogen', insult(0.4), { ...DE, inflect: ['e', 'er', 'es', 'en', 'em'] }],
  ['hinterfotzig', insult(0.45), { ...DE, inflect: ['e', 'er', 'es', 'en', 'em'] }],
  ['luegner', insult(0.45), { ...DE, ...HEAD, inflect: ['n', 'in', 'innen'] }],
  // Contempt for a person in an adjective and a word for the person ("ekelhafte Person", "widerliches Subjekt").
  ...['widerlich', 'ekelhaft', 'erbaermlich', 'laecherlich', 'laecherlichst', 'jaemmerlich', 'armselig', 'hinterhaeltig', 'verlogen', 'schmierig', 'hinterfotzig', 'feig', 'mies'].flatMap((a) =>
    each([`${a}e person`, `${a}er typ`, `${a}en typen`, `${a}e typen`, `${a}er kerl`, `${a}es subjekt`, `${a}e subjekte`, `${a}es weib`, `${a}er wicht`, `${a}e kreatur`, `${a}er mensch`, `${a}es stueck`], insult(0.65), { ...DE, inflect: false }),
  ),
  // More of the same kind from the GermEval training tweets the lexicon missed ("Dieses heuchlerische Weib!", "Ihr
  // scheinheiligen Schmutzl", "diese nichtsnützigen Analphabeten", "so ein dreckiges Stück", "elende Gestalten"): more
  // adjectives of contempt, and more words for a person or a crowd after all of them.
  ...(() => {
    const known = ['widerlich', 'ekelhaft', 'erbaermlich', 'laecherlich', 'jaemmerlich', 'armselig', 'hinterhaeltig', 'verlogen', 'schmierig', 'hinterfotzig', 'mies'];
    const added = ['heuchlerisch', 'scheinheilig', 'nichtsnutzig', 'nichtsnuetzig', 'verkommen', 'elend', 'ungewaschen', 'verlaust', 'hirnlos', 'asozial', 'abartig', 'niedertraechtig', 'grossmaeulig', 'feist', 'abgetakelt', 'senil', 'verbloedet', 'degeneriert'];
    const base = (a: string): string[] => [`${a}e person`, `${a}er typ`, `${a}en typen`, `${a}e typen`, `${a}er kerl`, `${a}es subjekt`, `${a}e subjekte`, `${a}es weib`, `${a}er wicht`, `${a}e kreatur`, `${a}er mensch`, `${a}es stueck`];
    const more = (a: string): string[] => [`${a}e gestalt`, `${a}e gestalten`, `${a}en gestalten`, `${a}e figur`, `${a}er geselle`, `${a}en gesellen`, `${a}es pack`, `${a}e bande`, `${a}er haufen`,
      `${a}e weiber`, `${a}en weiber`, `${a}en weib`, `${a}e kerle`, `${a}en kerle`, `${a}e analphabeten`, `${a}en analphabeten`, `${a}en subjekte`, `${a}e kreaturen`, `${a}en kreaturen`, `${a}e heuchler`, `${a}en heuchler`,
      // after "der", "das", "dieser", "dieses": "Dieses heuchlerische Weib!", "der verlogene Typ"
      `${a}e weib`, `${a}e stueck`, `${a}e subjekt`, `${a}e typ`, `${a}e kerl`, `${a}e wicht`, `${a}e pack`, `${a}e geselle`];
    return [...added.flatMap((a) => each([...base(a), ...more(a)], insult(0.65), { ...DE, inflect: false })), ...known.flatMap((a) => each(more(a), insult(0.65), { ...DE, inflect: false }))];
  })(),
  // "dreckig" only with words that are never a muddy player ("dreckige Kerle" after a match).
  ...each(['dreckiges stueck', 'dreckiges pack', 'dreckige bande', 'dreckiges subjekt', 'dreckige subjekte', 'dreckiges weib', 'dreckige kreatur', 'dreckiges gesindel'], insult(0.65), { ...DE, inflect: false }),
  // Called mad or senile to cast someone off ("Seehofer wird senil", "die sollte sich mal auf ihren Geisteszustand untersuchen
  // lassen"); not an illness reported ("Meine Mutter hat Demenz").
  ...each(['wird senil', 'senile alte', 'seniler alter', 'senilen alten', 'geisteszustand untersuchen', 'geisteszustand ueberpruefen', 'geisteszustand pruefen'], insult(0.6), { ...DE, inflect: false }),
  ...each(['elendsfigur', 'elendsfiguren', 'jammergestalt', 'jammergestalten', 'witzfiguren'], insult(0.7), { ...DE, inflect: false }),
  // A fool called so in a predicate or with a demonstrative ("Lindner ist eine noch grössere Pfeife", "dieser Kasper").
  ...frames(
    ['ist ein', 'ist eine', 'ist doch ein', 'ist doch eine', 'ist nur ein', 'ist nur eine', 'ist halt ein', 'ist halt eine', 'ist so ein', 'ist so eine', 'ist der', 'ist die', 'isch en', 'isch e', 'groessere', 'groesste', 'dieser', 'diese', 'diesen', 'solche'],
    ['pfeife', 'pfiife', 'lusche', 'witzfigur', 'hampelmann', 'kasper', 'wicht', 'hornochse', 'trampeltier', 'schafskopf', 'rindvieh', 'clown', 'vollpfeife', 'null'],
    insult(0.75),
    DE,
  ).filter(([term]) => !/^(ist der|ist die|diesen|solche) (null|pfeife|pfiife)$/.test(term) && !/^(dieser|diese|groessere|groesste) null$/.test(term)),
  // Compound heads only for these, as the bare words name things too ("SVP-Clown", "Politclown", "Polit-Kasper").
  ...each(['politclown', 'politclowns', 'politkasper'], insult(0.7), { ...DE, inflect: false }),
  // A party or camp joined to a fool by a hyphen ("SVP-Clown", "Grünen-Kasper", "Polit-Pfeife"): the hyphen splits the words.
  ...frames(
    ['polit', 'svp', 'sp', 'fdp', 'glp', 'cvp', 'mitte', 'gruenen', 'gruene', 'spd', 'cdu', 'csu', 'afd', 'links', 'rechts', 'sozi', 'oeko', 'bundesrats', 'parlaments', 'medien', 'staats'],
    ['clown', 'clowns', 'kasper', 'pfeife', 'pfeifen', 'hampelmann', 'hampelmaenner', 'witzfigur', 'marionette', 'marionetten', 'wuerstel', 'tussi', 'tusse'],
    insult(0.7),
    { ...DE, inflect: false },
  ),
  // Implicit: a head with nothing or a crack in it, stupidity given a name.
  ...each(
    ['nichts zwischen den ohren', 'nix zwischen den ohren', 'stroh im kopf', 'nur stroh im kopf', 'wasser im kopf', 'watte im kopf', 'einen sprung in der schuessel', 'ein sprung in der schuessel', 'einen riss in der schuessel', 'riss in der schuessel',
      'schaukel zu nahe an der wand', 'schaukel zu nah an der wand', 'schaukel * zu nahe an der wand', 'schaukel * zu nah an der wand', 'dummheit hat einen namen', 'wenn dummheit weh tun wuerde', 'wenn dummheit weh taete',
      'wenn dummheit quietschen wuerde', 'wuerde dummheit quietschen', 'wenn dummheit klein machen wuerde', 'gehirnfurz', 'hirnfurz', 'gehirnprothese', 'gehirn prothese', 'gehirnprothesen', 'gehirn prothesen',
      'mann ohne eier', 'maenner ohne eier', 'typ ohne eier', 'kerl ohne eier', 'bayer ohne eier', 'politiker ohne eier', 'iq von 50', 'iq unter 50', 'iq von 60'],
    insult(0.7),
    { ...DE, inflect: false },
  ),
  // "dumm" made stronger ("strohdumm", "stockdumm"): no other sense, and rare enough that the model has not learnt them.
  // Comparative and superlative ("die Politiker noch dümmer", "der dümmste Trainer der Liga").
  ...each(['duemmer', 'duemmere', 'duemmeren', 'duemmerer', 'duemmste', 'duemmsten', 'duemmster', 'duemmstes'], insult(0.55), { ...DE, inflect: false }),
  ...each(['strohdumm', 'stockdumm', 'sackdumm', 'grottendumm', 'erzdumm', 'kreuzdumm', 'saudumm', 'strohtumm', 'sautumm', 'stocktumm'], insult(0.6), { ...DE, inflect: ['e', 'er', 'es', 'en', 'em'] }),
  // Aimed at a person: "du Affe", "so eine Flasche"; the bare words are animals and things.
  // "du Affe", but not "Siehst du Affen?", "Isst du Schwein?", "Hast du Hunde?": after a bare "du", no animals.
  ...frames(
    ['du bist ein', 'du bist eine', 'du dumme', 'du dummer', 'du bloede', 'du bloeder', 'du bisch en', 'du bisch e', 'bisch en', 'bisch e', 'du bist a', 'du tumme', 'du bloedi', 'du elende', 'du elender', 'du bloeds', 'du dummes'],
    [...DE_FOOLS, ...DE_ANIMALS],
    insult(0.8),
    DE,
  ),
  ...frames(['du'], DE_FOOLS, insult(0.8), DE),
  // Words only said of people, called so with an adjective between ("Trump ist ein orangener Clown", "ein arroganter
  // Schnösel", "eine Hetzerin ohne Gewissen"); the object words of DE_FOOLS (Flasche, Sack, Null) are left out.
  ...frames(['ist ein', 'ist eine', 'ist so ein', 'ist so eine', 'ist doch ein', 'ist doch eine', 'ist einfach ein', 'ist einfach eine', 'isch en', 'isch e', 'bist ein', 'bist eine', 'sind'],
    ['schnoesel', 'filzokrat', 'vetternwirt', 'schreibtischtaeter', 'wichtigtuer'], insult(0.75), { ...DE, inflect: ['n', 'en', 'innen'] }),
  ...frames(['ist ein', 'ist eine', 'ist so ein', 'ist so eine', 'ist doch ein', 'ist doch eine', 'ist einfach ein', 'ist einfach eine', 'isch en', 'isch e', 'bist ein', 'bist eine'],
    cross(['orangener', 'orangene', 'eitler', 'eitle', 'arroganter', 'arrogante', 'laecherlicher', 'laecherliche', 'erbaermlicher', 'erbaermliche', 'peinlicher', 'peinliche', 'aufgeblasener',
      'aufgeblasene', 'selbstverliebter', 'selbstverliebte', 'verlogener', 'verlogene', 'feiger', 'feige', 'elender', 'elende', 'mieser', 'miese', 'widerlicher', 'widerliche'],
    ['clown', 'hampelmann', 'kasper', 'hornochse', 'schnoesel', 'hetzer', 'hetzerin', 'wichtigtuer', 'heuchler', 'heuchlerin', 'gockel', 'pfau', 'typ', 'kerl', 'mensch', 'person', 'politiker', 'politikerin']),
    insult(0.75), { ...DE, inflect: false }),
  // Kinds of GermEval training tweets the scorer missed (helper-gerecall), written as general frames:
  // fools in the plural, said to a crowd or of one ("Ihr Pfeifen!", "Die Kölner sind Pfeifen", "alles Luschen");
  // not "Nieten" (lottery tickets) nor "Clowns" (the circus) after "sind".
  ...frames(['ihr', 'ihr seid', 'ihr seid doch', 'alles', 'lauter', 'sind', 'sind doch', 'sind alles', 'sind nur', 'sind halt', 'sind einfach'], ['pfeifen', 'flaschen', 'luschen', 'witzfiguren', 'hampelmaenner', 'vollpfosten', 'dumpfbacken', 'knalltueten'], insult(0.75), { ...DE, inflect: false }),
  ...frames(['ihr seid', 'ihr'], ['nieten', 'clowns', 'kasper', 'lappen', 'lappi'], insult(0.75), { ...DE, inflect: false }),
  ...frames(['ihr', 'ihr seid', 'ihr seid doch', 'alles', 'lauter', 'sind', 'sind doch', 'sind alles', 'sind nur', 'sind halt', 'sind einfach', 'sind *'], DE_RUDE_PLURAL, insult(0.7), { ...DE, inflect: false }),
  ...frames(['ist ein', 'ist ein *', 'ist so ein', 'bist ein *', 'bist so ein', 'ist eine', 'ist eine *', 'ist so eine', 'bist eine *', 'bist so eine'], DE_RUDE, insult(0.7), DE),
  // "Seehofer ist eine bayrische Oberpfeife": a fool made chief.
  ...each(['oberpfeife', 'oberpfeifen', 'obertrottel', 'oberdepp', 'oberdeppen', 'oberclown', 'oberclowns', 'oberkasper', 'oberlusche'], insult(0.75), { ...DE, inflect: false }),
  // Austrian "Würstel" for a weakling, aimed ("Du armes Würstel", "Gabriel, du armseliges Würstel"); bare, it is a sausage.
  ...frames(['du', 'du armes', 'du armseliges', 'armes', 'armseliges', 'so ein', 'ein armes', 'was fuer ein', 'ihr armen', 'ihr armseligen'], ['wuerstel', 'wuerstchen'], insult(0.75), { ...DE, inflect: false }),
  // People called dirt ("SPD ist der grösste Dreck", "Linke sind einfach der letzte Dreck", "User, die melden, sind Schmutz"),
  // not a dirty thing ("Der Dreck auf der Strasse"): a superlative or a plural copula first.
  ...frames(['der letzte', 'der allerletzte', 'der groesste', 'der groeste', 'sind einfach', 'sind nur', 'sind doch', 'sind der letzte', 'sind der groesste', 'ist der letzte', 'ist der allerletzte', 'ist der groesste', 'ein haufen', 'so ein'], ['dreck', 'schmutz', 'abschaum', 'unrat'], insult(0.75), { ...DE, inflect: false }),
  // Political camps called vermin or stinking animals ("Grüne Ungeziefer", "die Grünen Stinktiere", "linke Kakerlaken"): a
  // camp is no protected group, so the group frames do not weigh them; "Stinktier", "Küchenschabe" also named after a person.
  ...frames(['gruene', 'gruenen', 'linke', 'linken', 'rote', 'roten', 'rechte', 'rechten', 'braune', 'braunen', 'sozi', 'nazi', 'antifa'], ['ungeziefer', 'kakerlaken', 'ratten', 'parasiten', 'stinktiere', 'schmeissfliegen', 'maden', 'geschmeiss', 'gesindel'], insult(0.8), { ...DE, inflect: false }),
  ...frames(['ein haufen', 'diese', 'dieses', 'du', 'ihr', 'sind', 'sind doch', 'die alte', 'der alte'], ['stinktiere', 'stinktier', 'kuechenschabe', 'kuechenschaben', 'kakerlake', 'kakerlaken', 'kakalake', 'kakalaken'], insult(0.75), { ...DE, inflect: false }),
  ...each(['du schwein', 'du sau', 'du dreckschwein', 'du esel', 'du affe'], insult(0.8), DE),
  ...frames(['so ein', 'so eine', 'so en', 'so e', 'so ae', 'was fuer ein', 'was fuer eine', 'was fuer ae', 'was fuer e', 'so a'], ['affe', 'pfeife', 'pfiife', 'lusche', 'niete', 'witzfigur', 'hampelmann', 'kasper', 'wicht', 'null', 'vollpfoste', 'tubel', 'dubel', 'totsch', 'trottel'], insult(0.8), DE),
  ...frames(['dumme', 'bloede', 'dummer', 'bloeder', 'bloedi', 'tummi', 'tumme'], ['gans', 'pute', 'schnepfe', 'sau', 'affe', 'sack', 'kamel', 'ochse', 'nuss', 'trulla', 'chue', 'geiss'], insult(0.8), DE),
  ...each(['alte schachtel', 'alter sack', 'alte sau', 'alte hexe', 'dumme ziege'], insult(0.75), DE),
  ...each(['dreckiger hund', 'raeudiger hund', 'feiger hund', 'falscher hund', 'mieser hund', 'dreckige ratte', 'miese ratte', 'elende ratte', 'dreckiges schwein', 'elendes schwein', 'mieses schwein', 'du schweinehund'], insult(0.85), DE),
  ...each(['du zecke', 'linke zecke', 'linke zecken', 'antifa zecke', 'antifa zecken', 'rote zecke', 'rote zecken', 'linksgruen versifft', 'gutmenschen pack'], insult(0.75), DE),
  ...each(['halt die schnauze', 'halt deine schnauze', 'schnauze halten', 'halt die klappe', 'halt deine klappe', 'halt * klappe', 'halt * goschn', 'heb * schnurre', 'heb * latz', 'halt * latz', 'leck mich am arsch', 'leck mich', 'leck mi am oasch', 'leck mi', 'verpiss di', 'verzieh dich', 'fick di', 'figgdi', 'figg dich'], severe(0.8), DE),
  // Implicit insults: "IQ eines Toastbrots", "nicht alle Tassen im Schrank", "zu dumm zum …".
  ...frames(
    ['iq *', 'intelligenz *', 'hirn *', 'verstand *', 'hirn wie *', 'gehirn *', 'gehirn wie *'],
    ['stubenfliege', 'eintagsfliege', 'schnecke', 'huhn', 'toastbrot', 'knaeckebrot', 'brot', 'stueck brot', 'amoebe', 'kartoffel', 'stein', 'staubsauger', 'goldfisch', 'zimmerpflanze', 'gummibaum', 'toaster', 'wattebausch', 'spatz', 'erbse', 'walnuss', 'stueck holz', 'holzscheit', 'backstein', 'ziegelstein', 'pantoffeltierchen', 'einzeller', 'hamster', 'hausschuh', 'raumtemperatur', 'brotchrueme', 'bratwurst', 'cervelat', 'zwieback', 'qualle'],
    insult(0.8),
    DE,
  ),
  ...each(['raumtemperatur iq', 'iq von raumtemperatur', 'iq im minusbereich', 'iq unter null'], insult(0.8), DE),
  // Session 25 (own probes of implicit insults): the brain handed in, nothing going on upstairs, the IQ of a thing, a
  // damaged roof, bathed too hot, not all there, thinking with one's backside, not a single brain cell.
  ...each(['hirn ** abgegeben', 'gehirn ** abgegeben', 'verstand ** abgegeben', 'hirn an der garderobe', 'verstand an der garderobe',
    ...cross(['bei dem ist', 'bei der ist', 'bei ihm ist', 'bei ihr ist', 'bei dir ist', 'bei denen ist', 'bei dem isch', 'bi dem isch', 'bi dir isch'],
      ['oben nicht viel los', 'obenrum nicht viel los', 'oben rum nicht viel los', 'im kopf nicht viel los', 'im oberstuebchen nicht viel los', 'obe nid vill los']),
    'hat den iq einer', 'hat den iq eines', 'hast den iq einer', 'hast den iq eines', 'mit dem iq einer', 'mit dem iq eines',
    'der hat * dachschaden', 'die hat * dachschaden', 'du hast * dachschaden', 'er hat * dachschaden', 'sie hat * dachschaden', 'hesch en dachschade',
    'jemand zu heiss gebadet', 'der hat * zu heiss gebadet', 'die hat * zu heiss gebadet', 'du hast * zu heiss gebadet', 'hast du * zu heiss gebadet',
    'als kind zu heiss gebadet', 'als baby zu heiss gebadet', 'z heiss badet', 'geistig nicht ganz auf der hoehe', 'geistig nicht auf der hoehe', 'hat sie nicht mehr alle',
    'hat sie doch nicht mehr alle', 'hast sie nicht mehr alle', 'hast du sie noch alle', 'denkt mit dem hintern', 'denkt mit dem arsch',
    'denken mit dem hintern', 'fehlt * jede hirnzelle', 'keine einzige hirnzelle',
    // a second round: as much idea as, watched thinking, stupidity in person, the mind of a child, a bang, not all together
    'hat von * so viel ahnung wie', 'hast von * so viel ahnung wie', 'hat * so viel ahnung wie', 'beim denken zuschauen', 'personifizierte dummheit',
    'dummheit in person', 'hat doch einen knall', 'hast doch einen knall', 'hat wohl einen knall', 'nicht mehr alle beisammen',
    // the mind of a small child or a beast (not "den Verstand eines Genies")
    ...cross(['den verstand eines', 'den verstand einer', 'dem verstand eines', 'dem verstand einer'],
      ['fuenfjaehrigen', 'dreijaehrigen', 'kleinkindes', 'kleinkinds', 'kindes', 'amoebe', 'goldfisches', 'goldfischs', 'huhns', 'huhnes', 'schafes', 'toastbrots', 'steins', 'brotes'])], insult(0.75), DE),
  ...each(['pas la lumiere a tous les etages', 'pas avoir la lumiere a tous les etages', 'pas toute la lumiere a tous les etages', 'celui la il est pas fini', 'celle la elle est pas finie'], insult(0.7), FR),
  ...each(['manca qualche venerdi', 'mancano un paio di venerdi', 'manca qualche rotella', 'testa piena di segatura', 'non ci arriva nemmeno con la scala'], insult(0.7), IT),
  ...each(['il a oublie de reflechir', 'elle a oublie de reflechir', 'tu as oublie de reflechir', 't as oublie de reflechir',
    // a third round: the brain in the wrong box, two ideas not lined up, dropped on the head as a child, nothing between
    // the ears, not the sharpest knife, writing with one's feet, an IQ like that
    'pas le cerveau dans la bonne boite', 'sait pas aligner deux', 'sait pas aligner trois', 'incapable d aligner deux', 'incapable d aligner trois',
    'pas capable d aligner deux', 'tomber sur la tete quand il etait petit', 'tombe sur la tete quand il etait petit', 'tomber sur la tete quand elle etait petite',
    'tombee sur la tete quand elle etait petite', 'tomber sur la tete etant petit', 'tombe sur la tete etant petit', 'se demande s il a un cerveau',
    'se demande si elle a un cerveau', 'ecrit avec ses pieds', 'casse pas trois pattes a un canard', 'pas le couteau le plus aiguise',
    'pas la lame la plus aiguisee', 'rien entre les deux oreilles', 'rien entre les oreilles', 'avec un qi pareil', 'avec un qi comme ca'], insult(0.7), FR),
  // said of a person, not of a decision or a film ("Cette décision est d'une bêtise affligeante" criticises a thing)
  ...frames(['ce type', 'ce mec', 'cet individu', 'ce monsieur', 'cette dame', 'ce ministre', 'cette ministre', 'ce depute', 'cette deputee', 'ce journaliste',
    'cette journaliste', 'ce commentateur', 'ce president', 'cette presidente', 'ce syndic', 'cette syndique', 'ce politicien', 'cette politicienne', 'il', 'elle', 'tu', 't',
    'ce type la', 'ce gars', 'le syndic', 'la syndique', 'le ministre', 'la ministre', 'le depute', 'le president', 'le chef', 'la cheffe'], ['est une insulte a l intelligence', 'es une insulte a l intelligence', 'est d une betise', 'es d une betise', 'est d une stupidite',
    'es d une stupidite', 'est d une connerie', 'es d une connerie', 'est un petit dictateur', 'es un petit dictateur'], insult(0.7), FR),
  ...each(['cullato troppo vicino al muro', 'pensa con i piedi', 'ragiona con i piedi', 'scrive con i piedi', 'niente tra le orecchie', 'niente fra le orecchie',
    'non sa mettere insieme due', 'caduto dal seggiolone', 'non ha niente tra le orecchie', 'non ha niente fra le orecchie'], insult(0.7), IT),
  ...each(['can t string two', 'cannot string two', 'couldn t string two', 'can t string a sentence', 'nothing between his ears', 'nothing between her ears',
    'dropped on his head as a', 'dropped on her head as a'], insult(0.7), EN),
  // Sarcasm with a fixed shape: Einstein turning in his grave, a Nobel prize awaiting the reader, an analysis of bottomless
  // depth, reasoning worthy of a child, German cheers for a "genius" ("Bravo, du Genie", "Glückwunsch, Sherlock").
  ...each(['einstein peut aller se rhabiller', 'einstein * retourne dans sa tombe', 'einstein * retourner dans sa tombe', 'prix nobel t attend', 'analyse d une profondeur abyssale',
    'digne d un enfant de cinq ans', 'digne d un enfant de 5 ans', 'digne d un enfant de maternelle'], insult(0.6), FR),
  ...each(['einstein * rivoltando nella tomba', 'einstein * rivolta nella tomba', 'premio nobel ti aspetta', 'analisi di una profondita abissale'], insult(0.6), IT),
  ...each(['einstein * im grab umdrehen', 'einstein dreht sich * im grab', 'einstein dreht sich im grab', 'nobelpreis wartet * auf dich', 'analyse von bodenloser tiefe'], insult(0.6), DE),
  ...each(['einstein * turning in his grave', 'einstein * shaking in his grave', 'einstein * spinning in his grave', 'nobel prize incoming', 'analysis of unfathomable depth'], insult(0.6), EN),
  ...frames(['bravo', 'bravo du', 'glueckwunsch', 'gratuliere', 'danke', 'toll gemacht', 'gut gemacht', 'super gemacht', 'merci'],
    ['genie', 'du genie', 'einstein', 'sherlock', 'herr professor', 'schlaumeier', 'superhirn'], insult(0.6), DE),
  ...frames(['ras des paquerettes', 'lamentable', 'pitoyable', 'nullissime', 'rasoterra', 'penoso', 'pietoso'],
    ['comme son auteur', 'comme celui qui l a ecrit', 'come chi l ha scritto', 'come il suo autore'], insult(0.7)),
  ...each(['not the sharpest tool', 'not the sharpest knife', 'not the brightest bulb', 'not the brightest spark', 'lights are on but nobody s home'], insult(0.7), EN),
  ...each(['zu dumm zum', 'zu dumm um', 'zu bloed zum', 'zu bloed um', 'z dumm zum', 'z bloed zum', 'z tumm zum', 'zu doof zum', 'zu doof um', 'zu bescheuert um', 'dumm wie brot', 'dumm wie bohnenstroh', 'dumm wie ein stueck brot', 'tumm wie brot', 'dumm wie e stei', 'duemmer als', 'duemmer wie', 'tuemmer als', 'bloeder als'], insult(0.8), DE),
  ...each(['nicht alle tassen im schrank', 'nicht mehr alle tassen im schrank', 'tassen im schrank', 'tasse im chaschte', 'tasse im schrank', 'latten am zaun', 'nicht alle latten am zaun', 'einen an der waffel', 'eins an der waffel', 'hast einen knall', 'hat einen knall', 'hesch en knall', 'hett en knall', 'du hast einen vogel', 'hast du einen vogel', 'kein hirn', 'hast kein hirn', 'hat kein hirn', 'hirn vergessen', 'hirn einschalten', 'hirn ausgeschaltet', 'eine hirnzelle', 'einzige hirnzelle', 'zwei hirnzellen', 'null hirn', 'ohne hirn', 'nicht ganz bei trost', 'no alli tasse im chaschte', 'nid alli tasse im chaschte', 'noed alli tasse im chaschte', 'noed alli tasse im schrank', 'nid alli tasse im schrank', 'noed alli tasse im schaft', 'nid alli tasse im schaft', 'noed ganz bi troscht', 'nid ganz bi troscht', 'braett vorem chopf', 'noch alle tassen im schrank', 'bireweich', 'birewaich', 'nid ganz bache', 'noed ganz bache', 'nid ganz hundert', 'nicht ganz hundert', 'nicht der hellste', 'nicht die hellste', 'nicht die hellste kerze', 'hellste kerze auf der torte', 'nicht das hellste licht'], insult(0.75), DE),
  // Swiss German dialect (see also the core table: Tubel, Dubel, Tschumpel, Löli, Glünggi, Schofseckel, Sauhund, Chaib).
  ...each(['toebel', 'toubel', 'gluengi', 'schafseckel', 'schoofseckel'], insult(0.82), { ...DE, ...HEAD, inflect: ['e', 'n', 'i', 's'] }),
  ...each(['seckel', 'saeckel'], insult(0.75), { ...DE, ...HEAD, inflect: ['s', 'n'] }),
  ...each(['huerebueb', 'huerebuebe', 'hurebueb', 'huere bueb', 'huereseckel', 'huere seckel', 'huere tubel', 'huere dubel', 'huere arschloch', 'huere idiot', 'huere gluenggi', 'huere sauhund', 'sauchaib', 'souchaib', 'souchog', 'sauchog', 'tumme cheib', 'tumme chaib', 'tumm cheib'], severe(0.88), DE),
  ...each(['toetsch', 'tschooli', 'gigu'], insult(0.6), { ...DE, inflect: ['e', 'i', 'li'] }),
  ...each(['lappi', 'halbschue', 'halbschueh', 'suermel', 'sueremel', 'foetzel', 'schnuderi', 'schnudergoof', 'gaggalaari', 'gagalari', 'grossschnurri'], insult(0.6), { ...DE, inflect: false }),
  // "Huere Siech!", "Huere Cheib, isch das es Goal gsi!": Swiss swearing, aimed at no one unless a person is called
  // so ("du huere Siech", "dä huere Cheib", "isch en huere Siech"). The exclamations are profanity (EXTRA_PROFANITY).
  ...frames(['du', 'dae', 'de', 'dem', 'en', 'e', 'sone', 'so ne', 'ihr', 'dene', 'die', 'so ein', 'du bisch en', 'du bist ein'], HUERE_SWEARS, severe(0.88), DE),
  ['tepp', insult(0.75), { ...DE, ...HEAD, inflect: ['e', 'en'] }],
  ['vollidiote', insult(0.9), { ...DE, inflect: false }],
  ['hohlchopf', insult(0.85), { ...DE, ...HEAD }],
  ['schwachchopf', insult(0.85), { ...DE, ...HEAD }],
  ['dummchopf', insult(0.85), { ...DE, ...HEAD }],
  ['tummchopf', insult(0.85), { ...DE, ...HEAD }],
  ['holzchopf', insult(0.7), { ...DE, ...HEAD }],
  ['chaschperli', insult(0.55), DE],
  // Austrian.
  ...each(['oaschloch', 'oarschloch', 'orschloch', 'oaschgsicht', 'oaschgeign'], severe(0.9), { ...DE, ...HEAD }),
  ...each(['wappler', 'fetzenschaedel', 'trottl', 'hirnederl', 'beidl', 'bledl', 'heislratz', 'haeuslratz', 'gfrast', 'dolm', 'dodl', 'funsn', 'blunzn', 'vollkoffer', 'zniachtl'], insult(0.75), { ...DE, ...HEAD }),
  ['koffer', insult(0.35), { ...DE, inflect: false }],
  ...frames(['du', 'so a', 'so ein', 'du bist a', 'du bist ein', 'bist a', 'so an', 'so einen', 'du bloeder', 'bleder', 'so a bleder'], ['koffer', 'zipfel', 'trottel', 'depp', 'wappler', 'dolm', 'beidl', 'gscherter', 'heisl', 'oasch'], insult(0.8), DE),
  ['gschert', insult(0.55), { ...DE, inflect: ['er', 'e', 'en', 'es', 'n'] }],
  ['deppert', insult(0.6), { ...DE, inflect: ['e', 'er', 'en', 'es'] }],
  ['gschissen', insult(0.65), { ...DE, inflect: ['e', 'er', 'en', 'es'] }],
  ['tschusch', slur(0.85), { ...DE, inflect: ['en', 'n'] }],
  ['sauschwab', slur(0.8), { ...DE, ...HEAD, inflect: ['e', 'en', 'i'] }],
  ['sauschwoob', slur(0.8), { ...DE, inflect: ['e', 'i'] }],
  // Session 24: a swear word before a word for people is an insult ("Türken sind einfach beschissene Menschen", "Das sind
  // verdammte Leute").
  ...frames(['beschissene', 'beschissenen', 'gottverdammte', 'gottverdammten', 'verdammte', 'verdammten', 'verfickte', 'verfickten', 'scheiss'], ['menschen', 'leute', 'typen', 'kerle', 'gestalten', 'kreaturen'], insult(0.75), { ...DE, inflect: false }),
];

const DE_BODY: Row[] = [
  ...each(['fettarsch', 'fettmops', 'fettbrocken', 'fettkloss', 'speckschwarte', 'specksau', 'fettfresse', 'fettwanst', 'fettsagg', 'mopsgesicht', 'pizzagesicht', 'kraterfresse', 'pickelfresse', 'schwabbel'], body(0.82), { ...DE, ...HEAD }),
  ...each(['fetti', 'dicki', 'fettsau'], body(0.7), { ...DE, inflect: false }),
  ...each(['fett walross', 'fett sack', 'fett schwein', 'dick sau', 'dick schwein', 'dick kuh', 'fett qualle', 'fett tonne', 'fett wal', 'fett nilpferd', 'fett pute', 'fett trampel', 'dick wal', 'dicki chue', 'fetti chue', 'fetti sau'], severe(0.88), DE),
  ...frames(['du fette', 'du fettes', 'du fetter', 'so eine fette', 'so ein fettes', 'du dicke', 'du dicker', 'du bisch e fetti', 'du fetti', 'du bist eine fette', 'du bist ein fettes'], ['walross', 'tonne', 'qualle', 'wal', 'nilpferd', 'presswurst', 'kuh', 'sau', 'schwein', 'trampel', 'elefant', 'mops'], severe(0.85), DE),
  ...frames(['du'], ['walross', 'presswurst', 'trampel', 'fettmops', 'fettsack', 'fettklops'], body(0.8), DE),
  ...each(['haesslich wie die nacht', 'haesslicher als', 'so haesslich', 'huere wuescht', 'wuest wie', 'hackfresse', 'fresse wie'], body(0.75), DE),
];

/** Diplomas and degrees, and where a fool got theirs: "dans une pochette surprise", "con i punti del supermercato". */
const DIPLOMAS_FR = ['diplome', 'diplomes', 'certificat', 'bac', 'cfc', 'permis', 'licence', 'doctorat', 'master', 'maturite', 'diplome d ingenieur'];
const CHEAP_SCHOOLS_FR = ['dans un paquet', 'dans une pochette', 'dans une boite de', 'dans un kinder', 'dans un bonbon', 'dans un paquet de lessive', 'dans un paquet de chips',
  'a la foire', 'a la tombola', 'sur facebook', 'sur youtube', 'sur tiktok', 'a l universite de la vie', 'de l universite de la vie', 'a l ecole de la vie'];
const DIPLOMAS_IT = ['diploma', 'laurea', 'patente', 'maturita', 'licenza', 'diplomato', 'diplomata', 'laureato', 'laureata', 'dottorato', 'master'];
const CHEAP_SCHOOLS_IT = ['presa al bar', 'preso al bar', 'presa su internet', 'preso su internet', 'con i punti', 'coi punti', 'nei punti', 'nel fustino', 'nelle patatine', 'nell ovetto', 'nell uovo di pasqua', 'alla lotteria', 'alla tombola',
  'su facebook', 'su youtube', 'su tiktok', 'all universita della vita', 'alla scuola della vita', 'nell universita della vita'];

// ---------------------------------------------------------------------------------------------------------------
// French (incl. Swiss romand)
// ---------------------------------------------------------------------------------------------------------------

const FR_INSULTS: Row[] = [
  ...each(['couillon', 'bouffon', 'tocard', 'guignol', 'pignouf', 'plouc', 'neuneu', 'gogol', 'debile mental', 'attarde', 'tare mental', 'abruti fini', 'crevard', 'nullard', 'boloss', 'bolosse', 'baltringue', 'cassos', 'ducon', 'duconnard', 'trouduc', 'glandu', 'branleur', 'branquignol', 'nigaud', 'benet', 'taborniau', 'taborgnau', 'bobet', 'mauviette', 'lopette', 'charogne', 'vaurien', 'crapule', 'saligaud', 'pouffiasse', 'petasse', 'grognasse', 'radasse', 'triso', 'mongolien', 'niolu', 'tadie', 'teube'], insult(0.8), { ...FR, inflect: ['s', 'e', 'es', 'x'] }),
  ...each(['enfoire', 'salaud', 'salopard', 'fils de pute', 'fils de chienne', 'fils de putain', 'nique ta mere', 'nique ta race', 'nique ta mere la pute', 'trou du cul', 'sac a merde', 'sous merde', 'mange merde', 'tete de con', 'gros con', 'pauvre con', 'sale con', 'petit con', 'vieux con', 'espece de con', 'grosse conne', 'pauvre conne', 'sale conne', 'va te faire foutre', 'va te faire enculer', 'allez vous faire foutre', 'va te faire mettre', 'fermez vos gueules', 'ta gueule connard', 'casse toi pauvre con', 'tete de noeud', 'face de rat', 'face de cul', 'tronche de cake', 'sale merde', 'petite merde', 'grosse merde', 'merde humaine', 'ordure humaine', 'sale chienne', 'sale pute', 'sale porc', 'sale type', 'sale fumier', 'espece de fumier', 'espece de porc', 'quel con', 'quelle conne', 't es un con', 'tu es un con', 't es une conne', 'tu es une conne', 'bande de cons'], severe(0.88), FR),
  ...each(['fdp', 'ntm', 'tg'], severe(0.8), { ...FR, inflect: false }),
  ...each(['pauvre type', 'pauvre tache', 'pauvre mec', 'pauvre fille', 'pauv type', 'pauv mec', 'pauv con', 'pauv conne', 'pauv tache', 'pauv naze', 'pauv fille', 'pauv cloche', 'pauv nouille', 'pauv imbecile', 'pov type', 'pov mec', 'pov con', 'pov naze', 'pov tache', 'bougre d idiot', 'bougre de con', 'bougre d imbecile', 'bougre de cretin', 'espece d idiot', 'espece d imbecile', 'espece d abruti', 'espece de debile', 'espece de cretin', 'espece d andouille', 'espece de nouille', 'espece de blaireau', 'espece de boudin', 'espece de tare', 'quelle cloche', 'quel blaireau', 'gros blaireau', 'sale blaireau', 't es tare', 'tu es tare', 'completement tare', 'completement con', 'completement debile', 'completement abruti', 'completement demeure', 'cerveau de moineau', 'cervelle de moineau', 'cervelle d oiseau', 'cerveau de poisson rouge', 'pas de cerveau', 'pas de cervelle', 't as pas de cerveau', 'tu n as pas de cerveau', 'sans cervelle', 'sans cerveau', 'qu un seul neurone', 'qu un neurone', 'qi d une huitre', 'qi d huitre', 'qi de moule', 'qi d une moule', 'qi d un poisson rouge', 'qi d une chevre', 'qi d une pantoufle', 'qi d un bulot', 'qi d une palourde', 'qi negatif', 'qi de bulot', 'qi d un hamster', 'con comme un balai', 'con comme une valise', 'con comme ses pieds', 'bete comme ses pieds', 'bete a manger du foin', 'le roi des cons', 'la reine des connes'], insult(0.85), FR),
  ...frames(['sale', 'gros', 'grosse', 'espece de', 'pauvre', 'vieux', 'vieille', 'bande de', 'tu es un', 'tu es une', 't es un', 't es une', 'quel', 'quelle'], ['idiot', 'idiote', 'imbecile', 'cretin', 'cretine', 'abruti', 'abrutie', 'debile', 'connard', 'connasse', 'batard', 'ordure', 'raclure', 'minable', 'nul', 'nulle', 'tocard', 'bouffon', 'clown', 'guignol', 'truie', 'vache', 'dinde', 'pintade', 'buse', 'ane', 'mule', 'cloche', 'nouille', 'gogol', 'attarde', 'mongol', 'taborniau', 'bobet', 'larve', 'lache', 'traitre', 'menteur', 'menteuse', 'facho', 'gauchiste'], insult(0.85), { ...FR, inflect: false }),
  ['mongol', insult(0.45), { ...FR, inflect: ['e', 's', 'es'] }],
  ['tare', insult(0.45), { ...FR, inflect: ['s', 'e', 'es'] }],
  ['blaireau', insult(0.45), { ...FR, inflect: ['x'] }],
  ['clown', insult(0.45), { ...FR, inflect: ['s'] }],
  ['cinglee', insult(0.55), FR],
  ['cingle', insult(0.55), { ...FR, inflect: ['s'] }],
  // Nouns with no other sense, said of journalists and politicians ("des larbins du pouvoir", "rédigé par des ignares").
  ...each(['larbin', 'ignare', 'leche botte', 'leche bottes', 'leche cul', 'lecheur de bottes', 'lecheuse de bottes', 'fumiste', 'plumitif', 'journaleux', 'journalope', 'scribouillard', 'pisse copie', 'torche cul', 'merdia'], insult(0.72), { ...FR, inflect: ['s'] }),
  // A newspaper called a rag is its journalists insulted: "Quel torchon", "ce torchon de journal", "ce journal est un torchon".
  ...each(['quel torchon', 'votre torchon', 'ton torchon', 'est un torchon', 'un vrai torchon', 'torchon de journal', 'feuille de chou'], insult(0.62), FR),
  ...frames(
    ['t as rien', 'tu as rien', 'tu n as rien', 'il a rien', 'il n a rien', 'elle n a rien', 'elle a rien', 'vous avez rien', 'vous n avez rien', 'ils n ont rien', 'ils ont rien', 'y a rien', 'il n y a rien'],
    ['dans le crane', 'dans la tete', 'dans le cerveau', 'dans la caboche', 'entre les oreilles', 'dans le ciboulot', 'dans le cigare'],
    insult(0.72),
    FR,
  ),
  // Sarcasm and condescension said to or of someone: "bravo le génie", "tu sais lire ?", "il faut être con pour …".
  ...each(['quel genie', 'bravo le genie', 'bravo les genies', 'merci einstein', 'bien joue einstein', 'bravo einstein', 'sacre genie', 'encore un genie', 'nos genies', 'ces genies', 'petit genie', 'prix nobel de la betise', 'tu sais lire', 'vous savez lire', 'tu sais pas lire', 'tu ne sais pas lire', 'vous ne savez pas lire', 'sais tu lire', 'savez vous lire', 'utilise ton cerveau', 'utilisez votre cerveau', 'sers toi de ton cerveau', 'allume ton cerveau', 'branche ton cerveau', 'rebranche ton cerveau', 'reflechis un peu', 'reflechissez un peu', 'bras casses', 'bande de bras casses', 'lobotomise', 'lobotomises', 'decerebre', 'decerebres', 'analphabete', 'analphabetes', 'illettre', 'illettres', 'nullos', 'gugusse', 'gugusses', 'zozo', 'zozos', 'imposteur', 'imposteurs', 'vole pas haut', 'vole pas tres haut', 'vole au ras des paquerettes', 't as fume', 'tu as fume', 'vous avez fume', 'il a fume quoi', 'fume la moquette', 'faudrait un cerveau', 'faut un cerveau', 'cerveau lave', 'cerveaux laves', 'cerveau ramolli', 'etre aussi bete', 'etre aussi con', 'etre aussi stupide', 'etre aussi debile', 'etre si bete', 'etre si con', 'gros malin', 'gros malins', 'pochette surprise', 'guerrier du clavier', 'guerriers du clavier', 'heros du clavier', 'tu me fais pitie', 'vous me faites pitie', 'tu nous fais pitie', 'vous nous faites pitie', 'tu me degoutes', 'vous me degoutez', 'tu es a vomir', 't es a vomir', 'vous etes a vomir'], insult(0.62), FR),
  // The "genius" who wrote the article, "Sherlock" who saw the obvious: sarcasm aimed at the journalist or a reader.
  // Not "merci au génie qui a inventé …" nor "Beethoven, le génie qui a écrit la Neuvième".
  ...each(['genie qui a ecrit ce', 'genie qui a ecrit cet', 'genie qui a ecrit cette', 'genie qui a ecrit ca', 'genie qui a pondu', 'genies qui ont pondu', 'genies qui ont ecrit ce', 'genies qui ont ecrit cet', 'genies qui ont ecrit ca', 'genie de la redaction', 'genies de la redaction', 'genie de service', 'merci sherlock', 'bravo sherlock', 'bien vu sherlock', 'sans blague sherlock', 'bien joue sherlock'], insult(0.62), FR),
  // "Tu réfléchis avec tes pieds": thinking with one's feet.
  ...frames(['reflechis', 'reflechit', 'reflechissez', 'reflechissent', 'pense', 'penses', 'pensez', 'pensent', 'raisonne', 'raisonnes', 'raisonnez', 'raisonnent'], ['avec tes pieds', 'avec ses pieds', 'avec vos pieds', 'avec leurs pieds', 'avec ton cul', 'avec son cul'], insult(0.72), FR),
  // Not "naïf" nor "aveugle": "il faut être aveugle pour ne pas voir que …" argues, it calls no one names.
  ...frames(['faut etre', 'faut vraiment etre', 'faut etre vraiment', 'faut etre sacrement', 'faut etre completement', 'faut etre bien'], ['con', 'cons', 'conne', 'bete', 'betes', 'idiot', 'idiots', 'debile', 'debiles', 'stupide', 'stupides', 'cretin', 'cretins', 'abruti', 'abrutis', 'tare', 'tares', 'bouche', 'bouches', 'borne', 'bornes', 'obtus', 'demeure', 'demeures'], insult(0.62), FR),
  // Set phrases of a slow mind and of missing parts, with words between ("a vraiment une case qui manque", "dur de la
  // comprenette"); the reader who understands nothing, can't think, hasn't the level, needs a drawing.
  ...frames(['lui manque', 'te manque', 'vous manque', 'leur manque'], ['* une case', 'une case'], insult(0.62), { ...FR, inflect: false }),
  ...each(['dur de la comprenette', 'lent de la comprenette', 'lente de la comprenette', 'dure de la comprenette', 'tu comprends rien', 'tu ne comprends rien', 'vous comprenez rien', 'vous ne comprenez rien',
    't as rien compris', 'tu n as rien compris', 'vous n avez rien compris', 'piges rien', 'pigent rien', 'pige que dalle', 'comprends rien a rien', 'comprennent rien a rien', 'ni ecrire ni reflechir', 'ni lire ni reflechir',
    'ne sait pas reflechir', 'ne sais pas reflechir', 'ne savez pas reflechir', 'sait pas reflechir', 'sais pas reflechir', 'tu n as pas le niveau', 't as pas le niveau', 'vous n avez pas le niveau', 'tu n as * pas le niveau', 'vous n avez * pas le niveau',
    'raisonnement de maternelle', 'faut te faire un dessin', 'faut vous faire un dessin', 'faut leur faire un dessin', 'faut lui faire un dessin', 'faudrait te faire un dessin', 'faudrait vous faire un dessin',
    'faudrait leur faire un dessin', 'faudrait lui faire un dessin'], insult(0.62), { ...FR, inflect: false }),
  // Colloquial names for a fool or a greenhorn with no other sense ("ce blanc-bec de conseiller", "les pieds nickelés du
  // Département", "ce zigoto", verlan "tebé"), and "ok boomer", said to end a discussion with someone.
  // Spelt as said ("imbessile", "connar", "tocar", "batar"): the fuzzy matcher tries no replaced letter and keeps the last.
  ...each(['imbessile', 'imbessiles', 'imbessil', 'imbecil', 'imbeciles', 'connar', 'connars', 'conar', 'conars', 'conasse', 'tocar', 'tocars', 'batar', 'batars', 'cretain', 'cretains', 'abrutit', 'abrutits', 'debil', 'debils', 'bouffont', 'enfoirer', 'enfoirers'], insult(0.8), { ...FR, inflect: false }),
  ...frames(['sale', 'sales', 'vieux', 'vieille', 'encore un', 'encore une', 'un boomer de plus', 'bande de', 't es un', 'tu es un', 'espece de', 'typique', 'quel', 'pauvre'], ['boomer', 'boomers'], insult(0.62), { ...FR, inflect: false }),
  // Condescension: found it all alone? Captain Obvious ("merci captain obvious").
  ...each(['t as trouve ca tout seul', 'tu as trouve ca tout seul', 'vous avez trouve ca tout seul', 't as trouve ca toute seule', 'tu as trouve ca toute seule', 'captain obvious', 'capitaine evidence', 'capitaine evident'], insult(0.62), { ...FR, inflect: false }),
  ...each(['un boomer de plus', 'blanc bec', 'blancs becs', 'pieds nickeles', 'zigoto', 'zigotos', 'tebe', 'tebes', 'ok boomer', 'okay boomer', 'gratte papier', 'monsieur je sais tout', 'madame je sais tout'], insult(0.72), { ...FR, inflect: false }),
  // The reader's schooling asked after ("qui t'a appris à lire ?") and wit wished on them ("un peu de jugeote ne te ferait pas de mal").
  ...frames(['qui t a appris a', 'qui vous a appris a', 'qui t a appris a', 'qui t a enseigne a'], ['lire', 'ecrire', 'compter', 'conduire', 'reflechir', 'penser', 'raisonner'], insult(0.62), { ...FR, inflect: false }),
  ...frames(['un peu de', 'un minimum de', 'un brin de', 'un soupcon de'], ['jugeote', 'cervelle', 'bon sens', 'intelligence', 'matiere grise', 'reflexion'].flatMap((w) => [`${w} ne te ferait pas de mal`, `${w} ne vous ferait pas de mal`, `${w} ne te ferait pas de tort`]), insult(0.62), { ...FR, inflect: false }),
  // Mock praise: "chapeau l'artiste" is always irony; "pondre" an article or a title is writing it like a hen lays.
  ...each(['chapeau l artiste', 'bravo l artiste', 'qui a pondu ce', 'qui a pondu cet', 'qui a pondu cette', 'qui a pondu ca', 'qui ont pondu ce', 'qui ont pondu cet', 'qui ont pondu cette', 'qui ont pondu ca'], insult(0.62), { ...FR, inflect: false }),
  ...each(['bete comme une porte de prison', 'con comme une porte de prison', 'comme une porte de prison'], insult(0.62), { ...FR, inflect: false }),
  // A diploma found in a cereal box or earned on social media: the reader's schooling mocked ("t'as eu ton bac dans
  // une pochette surprise ?", "ton diplôme, tu l'as eu sur Facebook ?").
  ...frames(DIPLOMAS_FR, CHEAP_SCHOOLS_FR, insult(0.62), { ...FR, inflect: false }),
  // Implicit: dropped as a baby, fallen on one's head, absent when brains were handed out, to be locked up, smoking
  // too much, held back a year, a diploma asked after ("où t'as eu ton permis ?"). Said to the reader ("t'es tombé sur la
  // tête"), not of a cyclist who fell on his head; not "il faut arrêter la fumette au volant" (a police campaign).
  ...each(['fait tomber quand t etais', 'fait tomber quand tu etais', 'fini a la pisse', 'finie a la pisse', 'berce trop pres du mur', 'bercee trop pres du mur',
    't es tombe sur la tete', 'tu es tombe sur la tete', 't es tombee sur la tete', 'tu es tombee sur la tete', 'distribuait les cerveaux', 'distribution des cerveaux', 'distribue les cerveaux', 'distribuait l intelligence',
    'faudrait l interner', 'faut l interner', 'faudrait t interner', 'faut t interner', 'faudrait les interner', 'faut les interner', 'en manque une couche', 'en tient une couche', 'en tiens une couche', 'en tenez une couche',
    'en tiennent une couche', 'arrete la fumette', 'arretez la fumette', 'lache la fumette', 'lachez la fumette', 't as redouble', 'tu as redouble', 'vous avez redouble', 'pas la lame la plus', 'pas le crayon le plus',
    'ou t as eu ton permis', 'ou t as eu ton diplome', 'ou t as eu ton bac', 'ou as tu eu ton permis', 'ou as tu eu ton diplome',
    'ou avez vous eu votre diplome', 'ou avez vous eu votre permis'], insult(0.62), { ...FR, inflect: false }),
];

const FR_BODY: Row[] = [
  ...each(['gros lard', 'gros tas', 'grosse truie', 'grosse baleine', 'gros porc', 'gros boudin', 'grosse vache', 'grosse dondon', 'gros plein de soupe', 'sac a graisse', 'boule de graisse', 'tas de graisse', 'grosse otarie', 'grosse dinde', 'face de pizza', 'tronche de pizza', 'gros thon', 'grosse thon'], severe(0.86), FR),
  ...each(['moche', 'laideron', 'mocheté'], body(0.35), { ...FR, inflect: false }),
  ...each(['t es moche', 'tu es moche', 'moche comme un pou', 'laid comme un pou', 'laide comme un pou', 'sale moche', 'gros moche', 'grosse moche'], body(0.8), FR),
];

// ---------------------------------------------------------------------------------------------------------------
// Italian (incl. Ticino)
// ---------------------------------------------------------------------------------------------------------------

const IT_INSULTS: Row[] = [
  ...each(['cazzon', 'minchion', 'rincoglionit', 'coglionazz', 'ritardat', 'mongoloid', 'cerebroles', 'decerebrat', 'babbe', 'sfigat', 'merdos', 'stronzett', 'lurid', 'pezzent', 'buzzurr', 'zotic', 'cafon', 'tamarr', 'fess', 'tont', 'rimbambit', 'rintronat', 'idiot', 'pagliacc', 'cialtron', 'cornut', 'leccacul'], insult(0.82), { ...IT, inflect: IT_NOUN }),
  ...each(['pirla', 'pirlone', 'pirloni', 'ciula', 'balordo', 'balordi', 'demente', 'dementi'], insult(0.7), { ...IT, inflect: false }),
  ...each(['testa di cazzo', 'testa di minchia', 'testa di merda', 'faccia di merda', 'faccia da culo', 'pezzo di merda', 'pezzo di merda umana', 'figlio di troia', 'figlio di una cagna', 'figli di puttana', 'mignotta', 'baldracca', 'sgualdrina', 'zoccola', 'bagascia', 'vaffanculo', 'va a fare in culo', 'vai a fare in culo', 'vai a farti fottere', 'va a farti fottere', 'fottiti', 'vai a cagare', 'va a cagare', 'vai a quel paese', 'affanculo', 'ma vaffa', 'stai zitto coglione', 'chiudi quella fogna', 'pezzo di stronzo', 'lurido bastardo', 'brutto bastardo', 'brutto stronzo', 'brutta stronza', 'sporco bastardo', 'sei una merda', 'siete delle merde'], severe(0.88), IT),
  ...each(['chiudi la bocca', 'sta zitto', 'stai zitto', 'statti zitto'], insult(0.6), IT),
  // Venetian and Ticinese "mona" (fool), only addressed or exclaimed: "quel mona di mio cugino" is half fond.
  ...each(['che mona', 'sei un mona', 'sei una mona', 'brutto mona', 'pezzo di mona'], insult(0.8), IT),
  ...frames(['sei un', 'sei una', 'sei proprio un', 'sei proprio una', 'brutto', 'brutta', 'razza di', 'pezzo di', 'grandissimo', 'grandissima', 'siete dei', 'siete delle', 'sei solo un', 'sei solo una'], ['asino', 'somaro', 'capra', 'vacca', 'maiale', 'porco', 'cesso', 'verme', 'fallito', 'fallita', 'idiota', 'cretino', 'cretina', 'imbecille', 'scemo', 'scema', 'deficiente', 'coglione', 'pagliaccio', 'buffone', 'babbeo', 'incapace', 'ignorante', 'animale', 'bestia', 'cane', 'troglodita', 'trombone', 'ciarlatano', 'pirla', 'ciula', 'ebete', 'ottuso', 'mentecatto', 'minorato', 'handicappato', 'ritardato', 'mongoloide', 'sottosviluppato', 'zero'], insult(0.85), { ...IT, inflect: false }),
  ...each(['cervello di gallina', 'cervello da gallina', 'cervello di un criceto', 'cervello di una formica', 'cervello di un moscerino', 'hai il cervello di', 'ha il cervello di', 'senza cervello', 'non hai cervello', 'manco un neurone', 'un neurone solo', 'unico neurone', 'neurone solitario', 'due neuroni', 'hai il qi di', 'ha il qi di', 'qi sotto zero', 'testa vuota', 'testa di rapa', 'testa di legno', 'testa di coccio', 'non capisci un cazzo', 'non capisci niente', 'non capisci nulla', 'capisci un cazzo', 'ignorante come una capra', 'stupido come una capra', 'scemo come una zucchina', 'sei scemo', 'sei stupido', 'sei cretino', 'sei ritardato', 'sei deficiente'], insult(0.85), IT),
  ...each(['sei un finocchio', 'finocchio di merda', 'culattone', 'ricchione', 'checca', 'frocione', 'negraccio', 'zingaraccio', 'terrone di merda', 'polentone di merda', 'crucco di merda', 'zingari di merda', 'negri di merda', 'froci di merda'], slur(0.9), { ...IT, inflect: ['i', 'e'] }),
  ['zingar', slur(0.45), { ...IT, inflect: IT_NOUN }],
  // Nouns with no other sense, said of journalists and politicians ("pennivendoli al servizio del potere").
  ...each(['pennivendol', 'leccapied', 'lecchin', 'voltagabbana'], insult(0.72), { ...IT, inflect: IT_NOUN }),
  ...frames(['non capisci', 'non capite', 'non capisce', 'non ci capisci', 'non ci capite'], ['* niente', '* nulla', '* un tubo', '* una mazza'], insult(0.72), IT),
  ...each(['bravo genio', 'complimenti genio', 'grazie einstein', 'bravo einstein', 'complimenti einstein', 'questi geni', 'sti geni', 'altro genio', 'un altro genio', 'premio nobel per la stupidita', 'sai leggere', 'non sai leggere', 'sapete leggere', 'non sapete leggere', 'usa il cervello', 'usate il cervello', 'accendi il cervello', 'accendete il cervello', 'collega il cervello', 'connetti il cervello', 'ci sei o ci fai', 'fuori di testa', 'fuori come un balcone', 'lobotomizzat', 'bollito', 'bolliti', 'utile idiota', 'utili idioti', 'cosa hai fumato', 'che hai fumato', 'cosa avete fumato', 'cervello lavato', 'lavaggio del cervello', 'essere cosi stupidi', 'essere cosi stupido', 'essere cosi scemi', 'essere cosi scemo', 'essere cosi ignoranti', 'essere cosi ignorante', 'leone da tastiera', 'leoni da tastiera', 'mi fai pena', 'ci fai pena', 'mi fate pena', 'fai pena', 'mi fai schifo', 'fai schifo', 'fate schifo', 'ci fate schifo', 'mi fate schifo'], insult(0.62), IT),
  ...frames(['bisogna essere', 'bisogna proprio essere', 'bisogna essere proprio', 'bisogna essere davvero', 'devi essere', 'dovete essere', 'bisogna esser'], ['scemi', 'idioti', 'stupidi', 'cretini', 'imbecilli', 'deficienti', 'ciechi', 'ingenui', 'scemo', 'idiota', 'stupido', 'cretino'], insult(0.62), IT),
  // Ticinese and Lombard words for a fool, and other names with no other sense ("i soliti tabalori di Berna", "quel
  // beota del municipale", "quei mangiapane a tradimento del Parlamento"); "va a ciapà i ratt" (go catch rats: get lost).
  ...each(['tabalori', 'beota', 'beoti', 'citrullo', 'citrulli', 'citrulla', 'mangiapane a tradimento', 'ok boomer', 'okay boomer', 'va a ciapa i ratt', 'va a ciapa i rat', 'vai a ciapa i ratt', 'va a da via i ciapp', 'va a da via el cu',
    // Ticinese: "te ghe la testa de legn" (a wooden head), "te capisset nagot" (you understand nothing).
    'testa de legn', 'testa de rapa', 'capisset nagot', 'capissat nagot', 'te capisset nient', 'sapientone', 'sapientoni', 'sapientona', 'saputello', 'saputelli', 'saputella', 'bevuto il cervello', 'bevuta il cervello'], insult(0.72), { ...IT, inflect: false }),
  ...frames(['chi ti ha insegnato a', 'chi vi ha insegnato a', 'chi t ha insegnato a'], ['leggere', 'scrivere', 'contare', 'guidare', 'ragionare', 'pensare'], insult(0.62), { ...IT, inflect: false }),
  ...frames(['un po di', 'un minimo di', 'un briciolo di', 'un pizzico di'], ['cervello', 'buon senso', 'sale in zucca', 'materia grigia', 'intelligenza'].flatMap((w) => [`${w} non ti farebbe male`, `${w} non vi farebbe male`, `${w} non ti guasterebbe`]), insult(0.62), { ...IT, inflect: false }),
  // A diploma won with supermarket points or a degree from Facebook ("ti hanno dato il diploma con i punti?").
  ...frames(DIPLOMAS_IT, CHEAP_SCHOOLS_IT, insult(0.62), { ...IT, inflect: false }),
  // Implicit: dropped from the high chair, hit one's head, absent when brains were handed out, to be seen by a
  // doctor, better silent, not an eagle, a degree asked after. Said to the reader ("hai battuto la testa?"), not of a
  // cyclist who hit his head; "non è un'aquila ma una poiana" is a bird.
  ...each(['fatto cadere dal seggiolone', 'sei caduto dal seggiolone', 'sei caduta dal seggiolone', 'seggiolone da piccolo', 'hai battuto la testa', 'avete battuto la testa', 'battuto la testa da piccolo',
    'distribuivano i cervelli', 'distribuito i cervelli', 'distribuzione dei cervelli', 'distribuivano l intelligenza', 'farti vedere da uno bravo', 'fatti vedere da uno bravo', 'farsi vedere da uno bravo',
    'fatevi vedere da uno bravo', 'vai a farti curare', 'va a farti curare', 'dovresti farti curare', 'devi farti curare', 'andate a farvi curare', 'fai prima a stare zitto', 'faresti prima a stare zitto',
    'meglio se stai zitto', 'meglio che stai zitto', 'meglio che taci', 'staresti meglio zitto', 'non e certo un aquila', 'non sei un aquila', 'non sei certo un aquila', 'non e proprio un aquila',
    'dove hai preso la laurea', 'dove l hai presa la laurea', 'dove hai preso il diploma', 'dove l hai preso il diploma', 'dove hai preso la patente', 'dove l hai presa la patente'], insult(0.62), { ...IT, inflect: false }),
  // Condescension: got there all alone? Captain Obvious; a scientist of the web ("l'ennesimo scienziato del web").
  ...each(['ci sei arrivato da solo', 'ci sei arrivata da sola', 'ci sei arrivato tutto da solo', 'ci siete arrivati da soli', 'capitan ovvio', 'captain obvious', 'scienziato del web', 'scienziati del web', 'scienziato di facebook', 'scienziati di facebook', 'esperto del web', 'esperti del web'], insult(0.62), { ...IT, inflect: false }),
  // Boomer, a generation named to dismiss someone: with a word that points or scorns ("il solito boomer", "sale boomer"),
  // not "i boomer hanno costruito il benessere".
  ...frames(['il solito', 'i soliti', 'un altro', 'sei un', 'sei una', 'vecchio', 'vecchi', 'tipico', 'branco di', 'banda di', 'povero', 'povera'], ['boomer'], insult(0.62), { ...IT, inflect: false }),
  // Set phrases of a slow mind and missing parts, with words between ("a quello manca proprio qualche rotella", "duri di
  // comprendonio"); runaways ("scappati di casa"); the reader who can't reason, hasn't the level, needs a drawing.
  // Not "due ragazzi scappati di casa" (runaways in the news): only a bunch of them pointed at.
  ...each(['manca * qualche rotella', 'duro di comprendonio', 'duri di comprendonio', 'dura di comprendonio', 'dure di comprendonio', 'quegli scappati di casa', 'quei scappati di casa', 'branco di scappati di casa', 'banda di scappati di casa', 'degli scappati di casa',
    'ne scrivere ne ragionare', 'ne leggere ne ragionare', 'non sa ragionare', 'non sai ragionare', 'non sanno ragionare', 'non sapete ragionare', 'non hai il livello', 'non avete il livello', 'ragionamento da asilo',
    'fargli un disegnino', 'farti un disegnino', 'farvi un disegnino', 'farle un disegnino', 'devo fare un disegnino', 'serve un disegnino'], insult(0.62), { ...IT, inflect: false }),
];

const IT_BODY: Row[] = [
  ...each(['grasson', 'lardos', 'palla di lardo', 'botte di lardo', 'balena spiaggiata', 'sei una balena', 'sei un cesso', 'brutta come la fame', 'brutto come la fame', 'cicciona schifosa', 'grassa come una balena', 'grasso come un maiale', 'grassa come una vacca'], body(0.82), { ...IT, inflect: IT_NOUN }),
];

// ---------------------------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------------------------

const EN_INSULTS: Row[] = [
  ...each(['idiot', 'imbecile', 'cretin', 'halfwit', 'nitwit', 'dimwit', 'numbskull', 'numpty', 'pillock', 'plonker', 'tosser', 'bellend', 'knobhead', 'dickhead', 'shithead', 'fuckwit', 'fuckface', 'fucker', 'arsehole', 'jackass', 'douchebag', 'scumbag', 'lowlife', 'simpleton', 'ignoramus', 'buffoon', 'nincompoop', 'dunce', 'twit', 'wazzock', 'dipshit', 'dumbfuck', 'shitbag', 'skank', 'cocksucker', 'libtard', 'spaz', 'mong', 'cuck', 'hag'], insult(0.82), { ...EN, inflect: ['s'] }),
  ...each(['dickheads', 'fucking idiot', 'fucking moron', 'fucking retard', 'fucking cunt', 'stupid cunt', 'stupid bitch', 'dumb bitch', 'fat bitch', 'ugly bitch', 'piece of garbage', 'piece of trash', 'waste of space', 'waste of skin', 'waste of air', 'worthless piece of', 'go fuck yourself', 'fuck yourself', 'fuck you', 'fuck off', 'shut the fuck up', 'stfu', 'eat shit', 'eat a dick', 'suck my dick', 'screw you', 'piss off', 'up yours', 'get fucked', 'son of a whore', 'dumb as shit', 'stupid as hell'], severe(0.88), EN),
  // Comparisons: insults, not severe ones, so that a pet or oneself compared so is allowed ("my dog is as dumb as a brick").
  ...each(['dumb as a rock', 'dumb as a brick', 'dumb as a box of rocks', 'thick as a brick', 'thick as two short planks', 'dumber than', 'stupider than'], insult(0.88), EN),
  ...each(['iq of a potato', 'iq of a rock', 'iq of a toaster', 'iq of a goldfish', 'iq of a doorknob', 'iq of a brick', 'iq of a houseplant', 'iq of a turnip', 'iq of a carrot', 'iq of a sponge', 'iq of a fruit fly', 'iq of a gnat', 'iq of a peanut', 'iq of a loaf of bread', 'iq of an amoeba', 'iq of a cabbage', 'iq lower than', 'iq is lower than', 'iq smaller than', 'room temperature iq', 'iq of room temperature', 'negative iq', 'one brain cell', 'single brain cell', 'two brain cells', 'brain cells to rub together', 'brain cell between', 'smooth brain', 'smooth brained', 'pea brain', 'peabrain', 'pea brained', 'bird brain', 'birdbrain', 'brainless', 'braindead', 'brain dead idiot', 'not the sharpest tool', 'not the sharpest knife', 'not the brightest bulb', 'not the brightest', 'short of a happy meal', 'lights are on but nobody', 'elevator doesn t go to the top', 'too stupid to', 'too dumb to', 'you suck', 'are you stupid', 'are you dumb', 'are you retarded', 'you re stupid', 'you are stupid', 'you re dumb', 'you are dumb', 'you re an idiot', 'you are an idiot', 'you re a moron', 'you are a moron', 'what an idiot', 'what a moron', 'what a loser'], insult(0.85), EN),
  ...frames(['you re a', 'you are a', 'you fat', 'you stupid', 'you dumb', 'you ugly', 'you filthy', 'you little', 'what a'], ['pig', 'cow', 'ape', 'monkey', 'donkey', 'dog', 'rat', 'snake', 'worm', 'clown', 'ass', 'fool', 'nobody', 'parasite', 'swine', 'sow', 'whale', 'hippo', 'slob'], insult(0.82), { ...EN, inflect: false }),
  ...frames(['you'], ['pig', 'ape', 'donkey', 'snake', 'worm', 'clown', 'ass', 'fool', 'swine', 'slob', 'moron', 'muppet'], insult(0.82), { ...EN, inflect: false }),
  ...each(['idiotic', 'moronic', 'imbecilic', 'retarded', 'braindead', 'clueless', 'worthless', 'useless'], insult(0.45), { ...EN, inflect: false }),
  ...each(['sheeple', 'shill', 'shills', 'brain dead', 'brain-dead'], insult(0.7), { ...EN, inflect: false }),
  // Sarcasm and condescension: "well done, Einstein", "can you even read?", "you'd have to be stupid to …".
  ...each(['well done einstein', 'nice one einstein', 'thanks einstein', 'ok einstein', 'okay einstein', 'bravo einstein', 'what a genius', 'real genius', 'nice one sherlock', 'thanks sherlock', 'no shit sherlock', 'captain obvious', 'ok boomer', 'okay boomer', 'fun at parties', 'reading comprehension', 'can you even read', 'can t you read', 'can you not read', 'do you even read', 'use your brain', 'engage your brain', 'engage brain', 'switch your brain on', 'turn your brain on', 'try thinking', 'tinfoil hat', 'tin foil hat', 'conspiracy nut', 'conspiracy nuts', 'russian bot', 'russian bots', 'paid troll', 'paid trolls', 'what are you smoking', 'what have you been smoking', 'be this stupid', 'be so stupid', 'be that stupid', 'be this dumb', 'be so dumb', 'be this thick', 'keyboard warrior', 'keyboard warriors', 'you disgust me', 'you make me sick', 'you re the worst', 'you are the worst', 'you re a sad case'], insult(0.62), { ...EN, inflect: false }),
  // "Nice job, genius": sarcasm said to the reader or of the writer; "what a genius" and "real genius" are above.
  ...each(['nice job genius', 'good job genius', 'great job genius', 'well done genius', 'nice one genius', 'thanks genius', 'ok genius', 'okay genius', 'sure genius', 'congrats genius', 'you must be a genius', 'you must be a real genius', 'you re a real genius', 'genius who wrote this', 'whichever genius', 'some genius at', 'nice work sherlock', 'well done sherlock', 'good job sherlock', 'sure einstein', 'right einstein', 'nice try einstein', 'good job einstein', 'great job einstein'], insult(0.62), { ...EN, inflect: false }),
  ...frames(['imagine being this', 'imagine being so', 'imagine being that'], ['dumb', 'stupid', 'thick', 'dense', 'clueless', 'ignorant', 'gullible', 'brainwashed', 'brain dead', 'braindead'], insult(0.62), { ...EN, inflect: false }),
  ...each(['stoopid', 'idjit', 'eejit'], insult(0.55), { ...EN, inflect: ['s'] }),
  // Brains and IQs compared with small things: "your brain must be the size of a pea", "a toaster has a higher IQ than you".
  ...frames(['your brain is the size of', 'your brain must be the size of', 'his brain is the size of', 'her brain is the size of', 'their brains are the size of', 'has a brain the size of', 'have a brain the size of', 'got a brain the size of'], ['a pea', 'a peanut', 'a walnut', 'a raisin', 'a grain of rice', 'a grape', 'a marble'], insult(0.8), EN),
  ...each(['higher iq than you', 'higher iq than this', 'higher iq than him', 'higher iq than her', 'higher iq than them', 'more brain cells than you', 'more brains than you'], insult(0.75), EN),
  ...frames(['you have to be', 'you d have to be', 'you must be', 'you need to be', 'have to be really', 'you have to be really', 'takes a special kind of'], ['stupid', 'an idiot', 'a moron', 'thick', 'dumb', 'brain dead', 'braindead', 'blind', 'gullible', 'a fool', 'an imbecile'], insult(0.62), { ...EN, inflect: false }),
];

const EN_BODY: Row[] = [
  ...each(['fat ass', 'fatass', 'lardass', 'lard ass', 'fat cow', 'fat slob', 'fat whale', 'fat fuck', 'tub of lard', 'land whale', 'beached whale', 'butterface', 'ugly as sin', 'ugly cow', 'ugly pig', 'pizza face', 'crater face'], body(0.85), EN),
];

// ---------------------------------------------------------------------------------------------------------------
// Profanity, slurs, group names
// ---------------------------------------------------------------------------------------------------------------

export const EXTRA_PROFANITY: Row[] = [
  ['schiiss', profane(0.7), { ...DE, ...BOTH, inflect: ['e', 'er', 'en'] }],
  ['gopfertelli', profane(0.3), DE],
  ...each(HUERE_SWEARS, profane(0.8), { ...DE, inflect: false }),
  ['gopfertori', profane(0.4), DE],
  ['oasch', profane(0.6), { ...DE, ...HEAD, inflect: false }],
  ['schas', profane(0.4), { ...DE, inflect: false }],
  ['scheissdreck', profane(0.8), DE],
  ['bullshit', profane(0.75), EN],
  ['asshat', profane(0.6), EN],
  ['connerie', profane(0.45), { ...FR, inflect: ['s'] }],
  ['bordel de merde', profane(0.8), FR],
  ['putain de', profane(0.75), FR],
  ['nom de dieu', profane(0.35), FR],
  ['cazzata', profane(0.6), { ...IT, inflect: ['e'] }],
  ['che cazzo', profane(0.8), IT],
  ['porca troia', profane(0.85), IT],
  ['porca miseria', profane(0.3), IT],
  ['porca madonna', profane(0.85), IT],
  ['dio cane', profane(0.85), IT],
  ['dio porco', profane(0.85), IT],
  ['sticazzi', profane(0.6), IT],
  ['incazzat', profane(0.5), { ...IT, inflect: IT_NOUN }],
];

/** German group names after which a swear word or "Drecks-" makes a slur ("Diese beschissenen Flüchtlinge", "Scheissfrauen"). */
const SWORN_GROUPS_DE = [
  'auslaender', 'fluechtlinge', 'asylanten', 'migranten', 'muslime', 'moslems', 'juden', 'tuerken', 'roma', 'zigeuner', 'schwarze', 'schwarzen',
  'kosovaren', 'albaner', 'eritreer', 'afrikaner', 'araber', 'schwule', 'schwulen', 'lesben', 'transen', 'behinderte', 'behinderten', 'frauen',
  'weiber', 'asylbewerber', 'asylsuchende', 'asylsuchenden', 'einwanderer',
];

export const EXTRA_SLURS: Row[] = [
  // Session 23 (the twin functional file): slurs for Turks, Jews and Muslims, and a swear word before a group.
  ['kuemmeltuerke', slur(0.9), { ...DE, inflect: ['n'] }],
  ['judensau', slur(0.95), { ...DE, inflect: false }],
  ['judensaeue', slur(0.95), { ...DE, inflect: false }],
  ['musel', slur(0.85), { ...DE, inflect: ['s', 'mann', 'maenner', 'manen'] }],
  ...frames(['beschissene', 'beschissenen', 'gottverdammte', 'gottverdammten', 'verdammte', 'verdammten', 'scheiss', 'drecks'], SWORN_GROUPS_DE, slur(0.85), { ...DE, inflect: false }),
  // Written as one word only for long group names: a misspelt compound of a short one is another word ("Drecksleben").
  ...['auslaender', 'fluechtlinge', 'asylanten', 'migranten', 'muslime', 'tuerken', 'juden', 'frauen'].flatMap((g): Row[] => [[`scheiss${g}`, slur(0.85), { ...DE, inflect: false }], [`drecks${g}`, slur(0.85), { ...DE, inflect: false }]]),
  ['tschingg', slur(0.85), { ...DE, inflect: ['e', 'en', 'ali'] }],
  ['jugo', slur(0.6), { ...DE, inflect: ['s'] }],
  ['kameltreiber', slur(0.85), HEAD],
  ['ziegenficker', slur(0.9), HEAD],
  ['bimbo', slur(0.6), { ...DE, inflect: ['s'] }],
  ['bicot', slur(0.95), { ...FR, inflect: ['s'] }],
  ['youpin', slur(0.95), { ...FR, inflect: ['s', 'e', 'es'] }],
  ['youtre', slur(0.95), { ...FR, inflect: ['s'] }],
  ['negre', slur(0.9), { ...FR, inflect: ['s', 'sse', 'sses'] }],
  ['bamboula', slur(0.9), { ...FR, inflect: ['s'] }],
  ['chinetoque', slur(0.95), { ...FR, inflect: ['s'] }],
  ['rital', slur(0.8), { ...FR, inflect: ['s'] }],
  ['bougnoul', slur(0.95), { ...FR, inflect: ['e', 's', 'es'] }],
  ['sale arabe', slur(0.92), FR],
  ['sale juif', slur(0.92), FR],
  ['sale noir', slur(0.92), FR],
  ['sales arabes', slur(0.92), FR],
  ['sales juifs', slur(0.92), FR],
  ['sales noirs', slur(0.92), FR],
  ['sale pede', slur(0.92), FR],
  ['sale musulman', slur(0.92), FR],
  ['sales musulmans', slur(0.92), FR],
  // "sale" (and its misspelling "sal") before any origin or faith: "sal noir", "sale Portugais", "sales frontaliers", "cette sale race".
  ...frames(
    ['sal', 'sale', 'sales'],
    [
      'arabe', 'arabes', 'juive', 'juives', 'noire', 'noires', 'musulmane', 'musulmanes', 'africain', 'africains', 'africaine', 'maghrebin',
      'maghrebins', 'rom', 'roms', 'gitan', 'gitans', 'immigre', 'immigres', 'migrant', 'migrants', 'refugie', 'refugies', 'etranger',
      'etrangers', 'requerant', 'requerants', 'portugais', 'albanais', 'kosovar', 'kosovars', 'turc', 'turcs', 'chinois', 'frontalier',
      'frontaliers', 'race', 'races', 'beur', 'beurs', 'rebeu', 'rebeus', 'reubeu', 'reubeus',
    ].filter((w) => !['sale arabe', 'sales arabes'].includes(w)),
    slur(0.9),
    { ...FR, inflect: false },
  ),
  ...each(['sal juif', 'sal noir', 'sal musulman', 'sal pede'], slur(0.9), { ...FR, inflect: false }),
  // Italian "sporco", "lurido" before an origin or faith: "sporchi frontalieri", "lurido albanese", "sporca razza".
  ...frames(
    ['sporco', 'sporca', 'sporchi', 'sporche', 'lurido', 'lurida', 'luridi', 'luride'],
    [
      'ebreo', 'ebrei', 'ebrea', 'musulmano', 'musulmani', 'musulmana', 'africano', 'africani', 'arabo', 'arabi', 'marocchino', 'marocchini',
      'albanese', 'albanesi', 'rumeno', 'rumeni', 'zingaro', 'zingari', 'zingara', 'rom', 'immigrato', 'immigrati', 'straniero', 'stranieri',
      'frontaliere', 'frontalieri', 'terrone', 'terroni', 'extracomunitario', 'extracomunitari', 'razza', 'negro', 'negri', 'profugo', 'profughi',
    ],
    slur(0.9),
    { ...IT, inflect: false },
  ),
  ['kike', slur(0.95), { ...EN, inflect: ['s'] }],
  ['raghead', slur(0.95), { ...EN, inflect: ['s'] }],
  ['towelhead', slur(0.95), { ...EN, inflect: ['s'] }],
  ['sandnigger', slur(0.95), { ...EN, inflect: ['s'] }],
  ['wetback', slur(0.9), { ...EN, inflect: ['s'] }],
  ['spic', slur(0.9), { ...EN, inflect: ['s'] }],
  ['paki', slur(0.85), { ...EN, inflect: ['s'] }],
];

/** Group mentions added to the core list; harmless alone. */
export const EXTRA_IDENTITY: Row[] = [
  ...[
    'uslaender', 'asylante', 'asylsuechende', 'asylsuchende', 'gefluechtete', 'migrantin', 'muslima', 'muslimin', 'moslem', 'juedin',
    'jenische', 'eritreer', 'afghane', 'syrer', 'albaner', 'kosovare', 'tamile', 'nordafrikaner', 'schwarzafrikaner', 'tschetschene',
    'homosexuelle', 'lesben', 'transmenschen', 'transfrauen', 'queere', 'schwuler', 'christen', 'katholiken', 'hindus', 'russen', 'ukrainer',
    'israelis', 'palaestinenser', 'tuerken', 'kurden', 'serben', 'auslaenderinnen', 'asylanten', 'zuwanderer', 'einwanderer', 'migrantinnen',
    'kopftuchfrauen', 'mohammedaner',
  ].map((t): Row => [t, {}, DE]),
  ...['roma', 'sinti'].map((t): Row => [t, {}, { ...DE, inflect: false }]),
  ...['muslim', 'jew', 'migrants', 'asylum seekers', 'foreigners', 'roma', 'gypsies', 'arabs', 'africans', 'mexicans', 'chinese', 'russians', 'ukrainians', 'palestinians', 'israelis', 'homosexuals', 'trans people', 'transgender', 'christians', 'hindus', 'jewish', 'islamic', 'illegals', 'illegal immigrants', 'asians', 'latinos', 'sikhs', 'kurds', 'syrians', 'afghans', 'turks', 'albanians', 'buddhists', 'eritreans', 'somalis'].map(
    (t): Row => [t, {}, { ...EN, inflect: false }],
  ),
  ...['etrangers', 'arabes', 'africains', 'maghrebins', 'roms', 'tziganes', 'gitans', 'requerants', 'requerants d asile', 'migrant', 'musulman', 'musulmane', 'musulmanes', 'juif', 'juive', 'juives', 'chretiens', 'russes', 'ukrainiens', 'palestiniens', 'israeliens', 'homos', 'transgenres', 'lgbt', 'clandestins', 'immigrants', 'asiatiques', 'chinois', 'tsiganes', 'homosexuelles', 'bouddhistes', 'hindous', 'sikhs', 'kurdes', 'albanais', 'kosovars', 'erythreens', 'syriens', 'afghans', 'turcs', 'somaliens', 'portugais', 'italiens', 'mexicains'].map(
    (t): Row => [t, {}, { ...FR, inflect: false }],
  ),
  ...['stranieri', 'extracomunitari', 'clandestini', 'profughi', 'richiedenti asilo', 'rom', 'zingari', 'arabi', 'africani', 'musulmano', 'musulmana', 'ebreo', 'ebrea', 'negri', 'omosessuali', 'lgbt', 'cristiani', 'russi', 'ucraini', 'palestinesi', 'israeliani', 'terroni', 'frontalieri', 'migrante', 'immigrato', 'immigrata', 'asiatici', 'cinesi', 'albanesi', 'musulmane', 'ebree', 'transgender', 'buddisti', 'indu', 'curdi', 'eritrei', 'siriani', 'afghani', 'turchi', 'kosovari', 'marocchini', 'tunisini', 'nigeriani', 'rumeni', 'somali'].map(
    (t): Row => [t, {}, { ...IT, inflect: false }],
  ),
];

/** Nouns after which "fett" is food or slang for "big", never a body: "fettes Fleisch", "ein fettes Merci". */
const FAT_THINGS = [
  'fleisch', 'essen', 'sauce', 'saucen', 'sosse', 'sossen', 'speisen', 'kost', 'nahrung', 'wurst', 'wuerste', 'speck', 'rahm', 'milch',
  'kaese', 'fisch', 'fische', 'burger', 'pommes', 'fritten', 'mahlzeit', 'mahlzeiten', 'lebensmittel', 'fruehstueck',
  'dankeschoen', 'danke', 'dank', 'merci', 'lob', 'kompliment', 'gratulation', 'party', 'fest', 'sieg', 'tor', 'goal', 'plus', 'minus',
  'budget', 'defizit', 'ueberschuss', 'loch', 'auftrag', 'deal', 'lohn', 'loehne', 'boni', 'gehalt', 'dividende', 'dividenden', 'profit',
  'profite', 'gewinne', 'subventionen', 'steuergeschenk', 'portion', 'stueck', 'teil', 'paket',
];

/** Innocent uses of words in the lists above. */
export const EXTRA_ALLOW: readonly string[] = [
  // Session 25: a slur said of "we", reclaimed by those it names ("Wir Kanaken haben dieses Land mit aufgebaut", "Mir
  // Kanake us de Agglo …", "Als alte Schwuchtel sag ich dir …"), and what only looks like one: the stone-age human,
  // the river, a roof, surprise and joy ("Heilige Scheisse, hast du das Tor gesehen?").
  ...['wir', 'mir', 'wir alten', 'wir stolzen', 'als', 'als alte', 'als alter', 'als stolze', 'als stolzer'].flatMap((we) =>
    ['kanaken', 'kanake', 'kanacken', 'schwuchteln', 'schwuchtel', 'schwuchtle', 'tunten', 'tunte', 'krueppel', 'transen', 'transe', 'jugos', 'tschinggen'].map((slur) => `${we} ${slur}`)),
  // "Ich bi en Jugo und stolz druf", "Ich bin ein Tschingg": the writer names himself so.
  ...['ich bin ein', 'ich bin eine', 'ich bi en', 'ich bi e', 'i bi en', 'i bi e', 'ich bin ein stolzer', 'ich bin eine stolze', 'ich bi en stolze'].flatMap((me) =>
    ['kanake', 'schwuchtel', 'tunte', 'krueppel', 'transe', 'jugo', 'tschingg'].map((slur) => `${me} ${slur}`)),
  'homo erectus', 'homo sapiens', 'homo neanderthalensis', 'homo faber', 'der niger', 'den niger', 'am niger', 'krueppelwalmdach',
  'heilige scheisse', 'ach du scheisse', 'ach du heilige scheisse',
  // Session 23: an affront, not a blow ("Diese Politik ist ein Schlag ins Gesicht der Steuerzahler").
  'schlag ins gesicht der', 'schlag ins gesicht aller', 'schlag ins gesicht fuer', 'schlag ins gesicht jedes', 'schlag ins gesicht jeder',
  // Session 20 (homonym audit of every single-word term): traffic and sight obstructed ("Der Verkehr war stark
  // behindert"), Swiss "gstört" (disturbed) sleep, the public purse ("Staatssäckel"), the Swiss dialect dictionary,
  // brain death in organ donation, loose snow in avalanche reports, the inner "Schweinehund", "chaibe" as an
  // intensifier ("chaibe heiss"), the most foolish mistake, football posts.
  'stark behindert', 'massiv behindert', 'erheblich behindert', 'stark behinderte', 'verkehr behindert',
  'sicht behindert', 'behindert wurde', 'behindert wurden', 'behindert werden', 'behindert worden',
  'gstoert worde', 'gstoert woorde', 'gstoert worden', 'gstoert wird', 'gstoert werde', 'gstoerti nachtrueh', 'gstoerte nachtrueh', 'gstoerte nachtrue',
  'gstoerti nachtrue', 'gstoerte schlaf', 'gstoerte schlof', 'gstoerti ruhe', 'gstoerte ruhe',
  'staatssaeckel', 'stadtsaeckel', 'stadtseckel', 'staatsseckel', 'gemeindesaeckel', 'gmeindsseckel', 'bundessaeckel', 'kantonssaeckel', 'steuersaeckel',
  'idiotikon', 'patient hirntot', 'patientin hirntot', 'hirntote patienten', 'hirntoten patienten', 'hirntoter patient', 'hirntoten spender',
  'hirntote spender', 'hirntoten spenderin',
  'loser schnee', 'loser neuschnee', 'loser pulverschnee', 'loser triebschnee', 'loser untergrund', 'loser boden', 'loser kies', 'loser sand',
  'loser verbund', 'loser zusammenschluss', 'loser zusammenhang', 'loser faden',
  'inneren schweinehund', 'innere schweinehund', 'innern schweinehund', 'innerer schweinehund',
  ...['heiss', 'kalt', 'guet', 'schoen', 'tuer', 'lang', 'vill', 'schnell', 'gross', 'chli', 'luschtig', 'fein', 'schwirig', 'eifach', 'streng', 'teuer', 'tueer', 'spaet', 'frueh', 'wiit', 'hoch', 'tief', 'nass', 'glatt'].map((a) => `chaibe ${a}`),
  'duemmste was man', 'duemmsten fehlern', 'duemmeren fehlern', 'duemmste fehler', 'duemmster zeitpunkt', 'duemmste zeitpunkt', 'duemmsten zeitpunkt',
  'pfosten getroffen', 'pfosten geknallt', 'pfosten geprallt', 'pfosten gedonnert', 'pfosten und latte', 'latte und pfosten',
  // French, Italian and English senses: literacy statistics, the impostor syndrome, a vote declared void, waves lashing
  // a pier, the Swiss chimney sweep ("fumiste"), telling tall tales ("spararle grosse"), a newborn girl, a slowed
  // ripening, a murder of crows, skimming stock, spic and span. Each phrase starts at its rarest word: phrases that
  // start at "a", "par", "le", "den", "wird" are tried after every such word (French cost ×0.96 until rewritten).
  'analphabete fonctionnel', 'analphabetes fonctionnels', 'adultes analphabetes', 'adulte analphabete', 'adultes illettres', 'personnes illettrees',
  'personnes analphabetes', 'millions d analphabetes', 'millions d adultes analphabetes', 'syndrome de l imposteur', 'nullite du vote', 'nullite du scrutin',
  'nullite de la votation', 'nullite de l election', 'nullite du contrat', 'nullite de la decision', 'cinglee par', 'cingle par', 'cinglees par',
  'fumiste agree', 'fumistes agrees', 'maitre fumiste', 'fumiste ramoneur',
  'spararle grosse', 'spara grosse', 'spara grossa', 'spararla grossa', 'sparano grosse', 'sparava grosse', 'sparate grosse',
  'nata una femminuccia', 'maschietti e femminucce', 'femminucce e maschietti', 'maschietto o femminuccia',
  'retard the growth', 'retard the ripening', 'murder of crows', 'skim off the scum',
  ...cross(['treni', 'treno', 'voli', 'volo', 'pagamenti', 'pagamento', 'consegne', 'consegna', 'lavori', 'partenze', 'arrivi', 'bus', 'autobus'],
    ['ritardati', 'ritardato', 'ritardata', 'ritardate']), 'skim the scum', 'spic and span',
  'brain dead donor', 'brain dead donors', 'brain dead patient', 'brain dead patients', 'declared brain dead', 'caber tosser',
  // Armies and aliens, not migrants: "die russischen Invasoren", "Invasoren aus dem All".
  ...['russische', 'russischen', 'sowjetische', 'sowjetischen', 'deutsche', 'deutschen', 'japanische', 'japanischen', 'roemische', 'roemischen',
    'spanische', 'spanischen', 'britische', 'britischen', 'amerikanische', 'amerikanischen', 'ausserirdische', 'ausserirdischen', 'feindliche', 'feindlichen',
    'die feindlichen', 'militaerische', 'militaerischen'].map((a) => `${a} invasoren`),
  'invasoren aus dem all', 'invasoren aus dem weltall', 'ausserirdischen eroberer', 'spanischen eroberer', 'spanische eroberer',
  'sau rauslassen', 'die sau raus', 'unter aller sau', 'wie sau', 'wie eine sau', 'wie e sau', 'zur sau machen',
  'zur sau gemacht', 'keine sau', 'affen im zoo', 'affe im zoo', 'affen sind', 'schweine im', 'schweine auf',
  'schweine sind', 'die schweine', 'fette kuh auf', 'fette weide', 'fettes fleisch', 'fetten kaese', 'fette beute',
  'fette jahre', 'fettes plus', 'fetter bonus', 'fetter gewinn', 'fette rendite', 'fettes minus', 'fette schrift',
  'fett markiert', 'fett hervorgehoben', 'das fett', 'tierisches fett', 'pflanzliches fett', 'esel im stall',
  'der esel', 'einen koffer', 'den koffer', 'der koffer', 'im koffer', 'koffer packen', 'du opfer bringen',
  'du opfer gebracht', 'isst du schwein', 'esst ihr schwein', 'isst du kein schwein', 'magst du schwein',
  'siehst du affen', 'siehst du den affen', 'du null ahnung', 'du null bock', 'du null plan', 'du sack und pack',
  'le blaireau', 'un blaireau', 'des blaireaux', 'blaireau europeen', 'empire mongol', 'les mongols',
  'steppe mongole',
  // Clowns by trade, named so ("Dimitri le clown", "Grock le clown", "Krusty the Clown"): not a politician called one.
  'dimitri le clown', 'grock le clown', 'bozo le clown', 'clown dimitri', 'clown grock', 'bozo the clown', 'krusty the clown',
  'coco the clown', 'pennywise the clown',
  // Guignol the Lyon puppet and its shows ("le spectacle de Guignol au parc"): a character, not a person called one.
  // An obituary: "Un altro genio che se ne va", "se ne va un altro genio", "encore un génie qui s'en va".
  'un altro genio che se ne va', 'un altro genio se ne va', 'se ne va un altro genio', 'un altro genio ci lascia', 'ci lascia un altro genio', 'encore un genie qui s en va', 'encore un genie qui nous quitte',
  'spectacle de guignol', 'spectacles de guignol', 'theatre de guignol', 'theatre guignol', 'guignol de lyon', 'guignol et gnafron', 'marionnettes de guignol', 'marionnette de guignol',
  // Scolding oneself: "Stupid me, I forgot the Halbtax", "silly me".
  'stupid me', 'dumb me', 'idiot me',
  // "brain-dead" said of a thing ("brain-dead clickbait", "this policy is brain dead"): criticism, not an insult.
  ...['clickbait', 'headline', 'policy', 'idea', 'decision', 'plan', 'law', 'rule', 'reform', 'article', 'proposal', 'strategy', 'design', 'bureaucracy'].flatMap((thing) => [`brain dead ${thing}`, `${thing} is brain dead`, `${thing} was brain dead`]),
  'fat content', 'low fat', 'fat free', 'body fat', 'fat cat', 'fat chance', 'chew the fat',
  // Farm animals and idioms: "das Schwein vom Bauern", "die Sau (noch nicht) durchs Dorf treiben".
  'schwein vom', 'schweine vom', 'schwein im stall', 'schweine halten', 'sau durchs dorf', 'sau * durchs dorf', 'sau durch das dorf',
  'sau * durch das dorf', 'sau durchs dorf getrieben',
  // The words of a legal or political verdict ("Putin ist ein Kriegsverbrecher", "Das ist Kriegspropaganda"): GermEval's
  // tweets used them mostly in abuse, so the model reads them as offensive; in a newsroom they are criticism, and the
  // rest of the comment decides. "du Kriegsverbrecher" still counts through the address and the rest of the comment.
  'kriegsverbrecher', 'kriegsverbrecherin', 'kriegsverbrechers', 'kriegsverbrechern', 'kriegsverbrechen', 'propaganda',
  'kriegspropaganda', 'staatspropaganda',
  // Swearing at the weather and the day, and "scheissegal", "Scheiss drauf" (couldn't care less): nobody is the target.
  'scheissegal', 'schiissegal', 'scheisswetter', 'schiisswetter', 'scheisstag', 'scheisswoche', 'scheiss drauf', 'scheiss doch drauf',
  'schiiss druf', 'schiiss doch druf', 'scheiss der hund drauf',
  // Idioms with pigs: partying ("die Sau rausgelassen", Swiss "d Sau usegla"), astonishment ("mein Schwein pfeift"),
  // luck ("Schwein gehabt", "Schwein gha").
  'sau rausgelassen', 'sau raus gelassen', 'sau usegla', 'sau uselaa', 'sau uselah', 'sau use glaa',
  'sau use gla', 'schwein pfeift', 'schwein pfiift', 'schwein gehabt', 'schwein gha', 'schwein ghaa', 'schwein hatte', 'schwein haben',
  // Words for a ruler or a statement (a despot, a dictator; "gelogen"): verdicts in political comment, not insults;
  // "du Despot" still counts through the address and the rest of the comment.
  'despot', 'despoten', 'diktator', 'diktatoren', 'autokrat', 'autokraten', 'tyrann', 'tyrannen', 'gelogen', 'belogen',
  // and of a policy or an institution ("Der Präsident ist ein Kriegstreiber", "Die Fifa ist korrupt", "Diese Politik ist eine Schande").
  'kriegstreiber', 'kriegstreiberin', 'kriegstreibern', 'kriegstreiberei', 'korrupt', 'korrupte', 'korrupten', 'korrupter', 'korruptes',
  'ist eine schande', 'war eine schande',
  // "fett" as food and as slang for "big": "fettes Fleisch", "fettes Dankeschön", "fette Party".
  ...['fett', 'fette', 'fettes', 'fetten', 'fetter'].flatMap((adjective) => FAT_THINGS.map((noun) => `${adjective} ${noun}`)),
  // The literal senses of lexicon-people.ts's idioms ("tu as un grain de café", "il pallone gonfiato").
  ...PEOPLE_ALLOW,
];

export const EXTRA_INSULTS: Row[] = [...DE_INSULTS, ...FR_INSULTS, ...IT_INSULTS, ...EN_INSULTS, ...PEOPLE_INSULT_ROWS];
export const EXTRA_BODY: Row[] = [...DE_BODY, ...FR_BODY, ...IT_BODY, ...EN_BODY];
