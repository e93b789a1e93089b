/**
 * More insults in German (Standard and Swiss), French (incl. romand), Italian (incl. Ticino/Lombard) and English:
 * colloquial nouns, insults of public figures ("ce guignol", "quel pagliaccio", "this clown"), insults built with
 * "espèce de", "pezzo d'", "you stupid", insults addressed with "t'es", "sei uno", "you're a", body shaming,
 * and implicit insults without a swear word ("eine Schraube locker", "un pois chiche dans la tête", "non capisci
 * un tubo", "a few sandwiches short of a picnic").
 *
 * Implicit insults weigh insult(0.6–0.75): held, never rejected on their own; the address boost ("du", "tu", "you")
 * lifts them further. Idioms that are also said of machines, projects or situations ("die Schraube ist locker",
 * "da ist Hopfen und Malz verloren") are written only in the forms that say them of a person ("bei dir ist eine
 * Schraube locker", "bei dem ist Hopfen und Malz verloren"). Terms in normalised form (ä → ae, no accents,
 * apostrophes as spaces: "t as un pois chiche").
 */
import { DE, EN, FR, HEAD, IT, body, each, frames, insult, type Row } from './lexicon-rows';

const IMPLICIT = insult(0.7);
const cross = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`));
/** Nouns that take "an" / "a" in English, "uno" / "un" / "una" in Italian: each head only before the nouns it fits. */
const vowel = (w: string): boolean => /^[aeiou]/.test(w);
const uno = (w: string): boolean => /^(z|gn|ps|s[^aeiou])/.test(w);
/** Frames with the English article that fits each noun ("you're an idiot", "you're a clown"). */
function framesEn(heads: readonly string[], nouns: readonly string[], weights: ReturnType<typeof insult>): Row[] {
  return heads.flatMap((h) => {
    if (h.endsWith(' a')) return frames([h], nouns.filter((n) => !vowel(n)), weights, { ...EN, inflect: ['s'] });
    if (h.endsWith(' an')) return frames([h], nouns.filter(vowel), weights, { ...EN, inflect: ['s'] });
    return frames([h], nouns, weights, { ...EN, inflect: ['s'] });
  });
}
/** Frames with the Italian article that fits each noun ("sei uno scemo", "sei un pirla", "sei una capra"). */
function framesIt(heads: readonly string[], nouns: readonly string[], weights: ReturnType<typeof insult>): Row[] {
  return heads.flatMap((h) => {
    if (/ uno$/.test(h)) return frames([h], nouns.filter(uno), weights, { ...IT, inflect: false });
    if (/ un$/.test(h)) return frames([h], nouns.filter((n) => !uno(n)), weights, { ...IT, inflect: false });
    if (/ una$/.test(h)) return frames([h], nouns.filter((n) => /a$/.test(n)), weights, { ...IT, inflect: false });
    if (/^siete /.test(h)) return frames([h], nouns.filter((n) => /[ie]$/.test(n)), weights, { ...IT, inflect: false });
    return frames([h], nouns, weights, { ...IT, inflect: false });
  });
}
const IMPLICIT_MILD = insult(0.62);

// ---------------------------------------------------------------------------------------------------------------
// German
// ---------------------------------------------------------------------------------------------------------------

const DE_MORE: Row[] = [
  ...each(['vollpfeife', 'armleuchter', 'nichtsnutz', 'taugenichts', 'hanswurst', 'pausenclown', 'pappnase', 'knallcharge', 'arschkriecher', 'schmierlappen', 'vollspinner', 'hohle nuss', 'scheisskerl', 'scheisstyp', 'drecksweib', 'kackvogel', 'schlappschwanz', 'stockdumm', 'strunzdumm', 'grenzdebil', 'dumpfbacke', 'hohlbrot', 'pfosten'], insult(0.78), { ...DE, ...HEAD }),
  ...each(['witzfigur', 'laberbacke', 'quatschkopf', 'schnarchnase', 'trantuete', 'speichellecker', 'verbloedet', 'vertrottelt', 'behaemmert', 'bekloppt', 'beknackt', 'debil', 'taube nuss', 'kasperle', 'kaschperli', 'hampelmann', 'gagu', 'tschalpi', 'gstoert', 'gstoerte', 'gstoerti', 'assi', 'asi', 'prolet', 'flittchen'], insult(0.65), { ...DE, inflect: ['e', 'en', 'er', 'es', 'n', 's'] }),
  ...each(['lachnummer', 'plemplem', 'meschugge', 'spinner', 'schleimer', 'traumtaenzer', 'asozial', 'saudumm', 'wichtigtuer'], insult(0.45), DE),
  ...frames(['du', 'du bist ein', 'du bist eine', 'so ein', 'so eine', 'so en', 'so e', 'was fuer ein', 'was fuer eine', 'du bisch en', 'du bisch e', 'bisch en', 'bisch e', 'dieser', 'diese'], ['spinner', 'blindgaenger', 'schleimer', 'traumtaenzer', 'wichtigtuer', 'lachnummer', 'witzfigur', 'lump', 'halunke', 'heuchler', 'versager', 'psycho', 'penner', 'prolet', 'proll', 'clown', 'hanswurst', 'stammtischproll', 'stammtischprolet'], insult(0.78), DE),
  ...frames(['typischer', 'typische', 'ein typischer', 'so ein typischer'], ['stammtischproll', 'stammtischprolet', 'proll', 'prolet', 'schwaetzer', 'wichtigtuer', 'besserwisser'], insult(0.75), DE),
  // Plural predicates of people: "Die Politiker sind Kasperli", "Die Bundesräte sind alle Clowns". Clowns only with a
  // word that makes it a verdict ("Die Artisten sind Clowns aus Italien", "Die Kinder waren Clowns an der Fasnacht").
  ...frames(['sind', 'sind alle', 'sind alles', 'sind doch', 'sind doch alle', 'sind doch alles', 'sind nur', 'sind einfach', 'sind echt', 'sind halt', 'sind ja', 'sind eifach', 'sind doch nur'],
    ['kasperli', 'hampelmaenner', 'witzfiguren', 'pappnasen', 'lachnummern', 'hanswuerste', 'luschen', 'traumtaenzer', 'schwaetzer', 'heuchler', 'versager'],
    insult(0.72), { ...DE, inflect: false }),
  ...frames(['sind alle', 'sind alles', 'sind doch', 'sind doch alle', 'sind doch alles', 'sind nur', 'sind einfach', 'sind echt', 'sind halt', 'sind eifach', 'sind doch nur'],
    ['clowns'], insult(0.72), { ...DE, inflect: false }),
  ...frames(['du bist', 'du bisch', 'bisch', 'bist du', 'bisch du', 'de isch', 'dae isch', 'ihr seid', 'ihr sind'], ['so dumm', 'so bloed', 'so tumm', 'dumm wie', 'voellig verbloedet', 'total bescheuert', 'voll bescheuert', 'komplett bescheuert', 'gstoert', 'huere gstoert', 'voll gstoert', 'nicht ganz dicht', 'nid ganz dicht', 'nicht ganz sauber', 'geistig umnachtet', 'geistig verwirrt', 'geistig zurueckgeblieben', 'geistig behindert', 'geistig nicht auf der hoehe', 'geistig minderbemittelt', 'ein geistiger zwerg', 'en geistige zwerg', 'intellektuell ueberfordert', 'mit dem denken ueberfordert', 'zu bloed', 'zu dumm', 'echt das letzte', 'e witzfigur', 'eine witzfigur', 'eine lachnummer', 'e lachnummer', 'so peinlich', 'voll peinlich', 'erbaermlich', 'armselig', 'jaemmerlich', 'ein witz', 'en witz'], insult(0.72), DE),
  // Idioms said of a person.
  ...each(
    ['bei dir ist eine schraube locker', 'bei dem ist eine schraube locker', 'bei ihm ist eine schraube locker', 'bei ihr ist eine schraube locker',
      'bei dir ist ne schraube locker', 'bei dem ist ne schraube locker', 'bei euch ist eine schraube locker', 'bei dir sind * schrauben locker',
      'bei dem sind * schrauben locker', 'hast eine schraube locker', 'hat eine schraube locker', 'hast ne schraube locker', 'hat ne schraube locker',
      'hast wohl eine schraube locker', 'hat wohl eine schraube locker', 'schraube locker hat', 'schraube locker hast', 'bi dir isch e schruube locker',
      'bi dem isch e schruube locker', 'hesch e schruube locker', 'hett e schruube locker', 'bei dir piepts', 'bei dir piept s', 'bei dem piepts',
      'bei dir piept es', 'bei dem piept es', 'bei dir tickts nicht richtig', 'bei dir tickt s nicht richtig', 'bei dem tickts nicht richtig',
      'tickst du noch richtig', 'tickst nicht richtig', 'tickt nicht richtig', 'tickt der noch richtig', 'bi dir tickts nid', 'bi dir tickts nuemme',
      'hesch en vogel', 'hett en vogel', 'hast nen vogel', 'hast du sie noch alle', 'hast du se noch alle',
      'hast sie nicht mehr alle', 'hat sie nicht mehr alle', 'hat se nicht mehr alle', 'hast se nicht mehr alle', 'hesch si no alli',
      'hat den schuss nicht gehoert', 'hast den schuss nicht gehoert', 'haben den schuss nicht gehoert', 'den schuss nicht gehoert',
      'het de schutz nid ghoert', 'hesch de schutz nid ghoert', 'hett de schutz nid ghoert', 'bei dir ist hopfen und malz verloren',
      'bei dem ist hopfen und malz verloren', 'bei ihm ist hopfen und malz verloren', 'bei ihr ist hopfen und malz verloren',
      'bei euch ist hopfen und malz verloren', 'bei denen ist hopfen und malz verloren', 'bi dir isch hopfe und malz verlore',
      'bei dir brennt wohl', 'bei dir brennts wohl', 'dir hat man ins hirn geschissen', 'dir hat man * ins hirn geschissen',
      'hirn so gross wie', 'hirn so klein wie',
      'gehirn so gross wie', 'iq wie ein', 'iq wie eine', 'iq wie e', 'einstelliger iq',
      'einstelligen iq', 'iq im einstelligen', 'iq im keller', 'iq knapp ueber null', 'iq von null', 'iq gleich null', 'duemmer gehts nimmer',
      'duemmer geht s nimmer', 'duemmer als die polizei erlaubt', 'so dumm wie', 'so bloed wie', 'denken ist nicht deine staerke',
      'denken ist nicht seine staerke', 'denken ist nicht ihre staerke', 'denken ist nicht so deins', 'zum denken zu bloed', 'zum denken zu dumm',
      'hat das denken nicht erfunden', 'hat das pulver nicht erfunden', 'hast das pulver nicht erfunden', 'nicht die hellste leuchte',
      'nicht der hellste stern', 'nicht das schaerfste messer', 'nicht die hellste birne', 'no nie en gedanke gha',
      'keinen funken verstand', 'kein funken verstand', 'nicht bis drei zaehlen', 'nid bis drei zelle',
      'zwei gehirnzellen', 'eine gehirnzelle', 'einzige gehirnzelle', 'letzte gehirnzelle', 'beide gehirnzellen', 'beide hirnzellen',
      'geistig umnachtet', 'geistige umnachtung', 'geistiger zwerg', 'geistige zwerge', 'geistigen zwerg', 'geistig zurueckgeblieben',
      'geistige armut', 'geistiger bankrott', 'geistiger nichtschwimmer', 'geistige nichtschwimmer', 'geistiger totalausfall', 'intellektueller totalausfall',
      'du bist das letzte', 'bist das allerletzte', 'schande fuer die menschheit', 'verschwendung von sauerstoff',
      'sauerstoffverschwendung', 'verschwendet sauerstoff', 'verschwendest sauerstoff',],
    IMPLICIT,
    DE,
  ),
  // Body shaming.
  ...each(['fette qualle', 'fettes schwein', 'fette tonne', 'fettes walross', 'fetter sack', 'fette kuh', 'fette sau', 'fetter kloss', 'du fettklops', 'fettbacke', 'wabbelbauch', 'schwabbelbauch', 'fettwampe', 'hackfresse', 'vogelscheuche', 'haesslicher vogel', 'haessliche kroete', 'haessliche kuh', 'haessliche sau', 'haesslicher sack', 'tonne', 'gesichtselfmeter', 'elfmetergesicht', 'froschgesicht', 'pferdegesicht', 'mondgesicht', 'schweinsgesicht', 'knochengestell', 'hungerhaken',].filter((t) => !['tonne'].includes(t)), body(0.72), DE),
];

// ---------------------------------------------------------------------------------------------------------------
// French (incl. Swiss romand)
// ---------------------------------------------------------------------------------------------------------------

const FR_FOOLS = [
  'clown', 'charlot', 'nul', 'nulle',
  'beauf',
  'minable', 'incapable', 'bon a rien',
  'bonne a rien', 'raté', 'rate', 'ratee', 'loser', 'looser', 'charlatan', 'pantin', 'polichinelle',
 
];
/** Things and animals too ("une gourde d'eau", "une andouille"): only addressed or after "espèce de", "quel". */
const FR_THINGS = ['patate', 'cornichon', 'truffe', 'tanche', 'andouille', 'cruche', 'gourde', 'boulet', 'buse', 'huitre', 'nouille', 'courge', 'pintade', 'dinde', 'chevre', 'bourricot', 'baudet', 'boudin'];
/** Animals and things that wits are measured against ("le QI d'une huître"). */
const FR_WITLESS = ['huitre', 'moule', 'bulot', 'palourde', 'bigorneau', 'poisson rouge', 'moineau', 'poule', 'dinde', 'oie', 'mouche', 'limace',
  'escargot', 'chevre', 'ane', 'hamster', 'amibe', 'pigeon', 'crevette', 'caillou', 'navet', 'pantoufle', 'chaise', 'chaise pliante', 'porte',
  'lapin', 'veau', 'mouton', 'ver de terre', 'huitre morte', 'plante verte', 'courgette', 'poulpe', 'sardine', 'pingouin'];
const FR_MORE: Row[] = [
  ...frames(['espece de', 't es un', 't es une', 'tu es un', 'tu es une', 'vous etes des', 'bande de', 'quel', 'quelle', 'pauvre', 'sale', 'grosse', 'gros'], FR_THINGS, insult(0.78), { ...FR, inflect: ['s', 'x'] }),
  ...frames(['ce', 'cet', 'cette', 'ces', 'espece de', 't es un', 't es une', 'tu es un', 'tu es une', 't es qu un', 'tu n es qu un', 'vous etes des', 'quel', 'quelle', 'quels', 'sale', 'gros', 'grosse', 'pauvre', 'bande de', 'le roi des', 'la reine des', 'ce gros', 'cette grosse',
    'ce pauvre', 'cette pauvre', 'ce sale', 'cette sale'], FR_FOOLS, insult(0.78), { ...FR, inflect: ['s', 'x'] }),
  // Not alone the words that are also a ball, a jug, a water bottle, a sausage and a pickle ("sa gourde est restée au
  // vestiaire", "des cornichons et une andouille"): those count in FR_THINGS's frames and as the grammar's nouns.
  ...each(['naze', 'nullard', 'pitre', 'zigoto', 'nunuche', 'bourrique', 'bedoume', 'bouseux', 'pequenaud', 'pouffe', 'poufiasse', 'nullite', 'guignolo', 'mariole', 'gros beauf'], insult(0.62), { ...FR, inflect: ['s', 'x'] }),
  ...frames(['t es', 'tu es', 'vous etes'],
    ['nul', 'nulle', 'nuls', 'con', 'conne', 'cons', 'bete', 'stupide', 'debile', 'idiot', 'idiote', 'demeure', 'attarde', 'attardee', 'cinglé', 'cingle', 'cinglee', 'barge', 'taré', 'tare', 'taree', 'abruti', 'abrutie', 'pathetique', 'pitoyable', 'minable', 'lamentable', 'ridicule', 'une honte', 'un boulet', 'une tache', 'un nul', 'une nulle', 'un rigolo', 'un guignol', 'une merde', 'moche', 'gros', 'grosse', 'laid', 'laide', 'obese', 'gras', 'grasse', 'un gros tas', 'un gros lard'],
    insult(0.78), FR),
  ...frames(['t es vraiment', 'tu es vraiment', 't es trop', 'tu es trop', 't es completement', 'tu es completement', 'vous etes vraiment'], ['nul', 'nulle', 'nuls', 'con', 'conne', 'cons', 'bete', 'stupide', 'debile', 'idiot', 'idiote', 'tare', 'taree', 'cingle', 'cinglee', 'pathetique', 'pitoyable', 'minable', 'ridicule', 'moche', 'laid', 'laide'], insult(0.78), FR),
  ...each(
    ['t as un pois chiche dans la tete', 'un pois chiche dans la tete', 'pois chiche dans le crane', 'pois chiche a la place du cerveau',
      'petit pois dans la tete', 'petit pois a la place du cerveau', 'cervelle de petit pois', 'cerveau de petit pois', 'cervelle de poule',
      'cerveau de poule', 'cervelle de linotte', 'tete de linotte', 'debile profond', 'debiles profonds', 'arriere mental', 'arrieres mentaux',
      'simple d esprit', 'faible d esprit', 'il lui manque une case', 'il te manque une case', 'il vous manque une case', 'il manque une case',
      't as une case en moins', 'a une case en moins', 'une case en moins', 'pas la lumiere a tous les etages', 'pas le couteau le plus affute',
      'pas l ampoule la plus brillante', 'pas une lumiere', 'pas une flèche', 'pas une fleche', 'pas invente l eau tiede', 'pas invente la poudre',
      'pas invente le fil a couper le beurre', 'con comme une bite', 'con comme la lune', 'con comme un manche', 'con comme un pied', 'bete comme un ane',
      'bete comme une oie', 'bete comme une huitre', 'bete a pleurer', 'bete a bouffer du foin', 'con a bouffer du foin', 'idiot du village',
      'cretin des alpes', 'tete a claques', 'tete a baffes', 'tete de noeud', 'tete de pioche', 'tete de gland', 'tete de mule', 'tetes de mule',
      'tete de lard', 'tetes de lard', 'neurone solitaire',
      // Two neurons of someone's own, not of a worm ("Deux neurones suffisent à un ver pour se déplacer").
      'tes deux neurones', 'ses deux neurones', 'vos deux neurones', 'leurs deux neurones', 'as deux neurones', 'a deux neurones', 'avez deux neurones', 'ont deux neurones', 'avoir deux neurones', 'jamais eu deux neurones', 'pas deux neurones', 'pas eu deux neurones', 'neurones qui se touchent', 'un seul neurone', 'neurones en vacances', 'encephalogramme plat', 'electroencephalogramme plat', 'gaspillage d oxygene',
      'gaspillage d air', 'une honte pour l humanite', 'la honte de l humanite', 'sous doue', 'sous doues', 'sous doue mental', 'ferme ta bouche',
      'ferme ton clapet', 'casse toi', 'degage connard', 'degage abruti', 'sac a vin', 'pochtron', 'poivrot'],
    IMPLICIT,
    FR,
  ),
  // Someone's wits measured against an animal or a thing: "le QI d'une moule", "la cervelle d'un poisson rouge",
  // "une noix à la place du cerveau", "le cerveau en option".
  // "Quel QI de poulpe": not "cervelle de veau", which is a dish.
  ...frames(['cerveau d un', 'cerveau d une', 'cervelle d un', 'cervelle d une', 'qi d un', 'qi d une', 'qi de', 'neurones d un', 'neurones d une', 'jugeote d un', 'jugeote d une'],
    FR_WITLESS, insult(0.78), FR),
  ...frames(['petit pois', 'pois chiche', 'noix', 'noisette', 'cacahuete', 'petit pois sec'], ['dans le crane', 'dans la tete', 'dans la cervelle', 'dans la caboche'], insult(0.72), FR),
  ...each(['pas invente l eau chaude', 'invente l eau chaude', 'invente l eau tiede', 'lent a la detente', 'lents a la detente'], insult(0.62), FR),
  ...each(['a la place du cerveau', 'a la place de la cervelle', 'a la place des neurones', 'en guise de cerveau', 'en guise de cervelle', 'cerveau en option',
    'cerveau en mode avion', 'cerveau en vacances', 'cerveau au vestiaire', 'cerveau en panne', 'cerveau debranche'], insult(0.72), FR),
  ...each(['sac d os', 'planche a pain', 'gros bide', 'gras du bide', 'bouboule', 'gros obese', 'grosse obese', 'sale obese', 'grosse baleine echouee', 'grosse vache laide', 'moche comme', 'laid comme', 'laide comme', 'tronche de cul', 'gueule de cul', 'gueule de rat', 'face de pet', 'tronche de rat', 'vieille peau', 'vieille bique', 'vieux schnock', 'vieux croulant'], body(0.72), FR),
];

// ---------------------------------------------------------------------------------------------------------------
// Italian (incl. Ticino, Lombard)
// ---------------------------------------------------------------------------------------------------------------

const IT_FOOLS = [
  'pagliaccio', 'pagliacci', 'buffone', 'buffona', 'buffoni', 'burattino', 'fantoccio', 'macchietta',
  'scemo', 'scema', 'scemi',
  'stupidone', 'pirla', 'ciula', 'piciu', 'tarlucco', 'barlafus', 'balabiot',
  'citrullo', 'allocco', 'bamboccio', 'zuccone', 'testone', 'sciocco', 'sciocca', 'nullita',
  'fallito', 'fallita', 'falliti', 'incapace', 'incapaci', 'incompetente', 'ignorante', 'ignoranti', 'ciarlatano',
  'bifolco', 'racchia', 'cicciona', 'grassona', 'obeso', 'obesa',
  'viscido', 'lecchino', 'mentecatto', 'demente',
];
/** Animals and things too ("una capra", "una pistola"): only addressed ("sei una capra") or in insult frames. */
const IT_THINGS = ['asino', 'somaro', 'capra', 'pistola', 'mona', 'cesso', 'cozza', 'nano', 'verme', 'parassita', 'rottame', 'relitto', 'balena', 'vacca', 'maiale', 'porco', 'scimmia', 'gallina', 'oca', 'mulo', 'zucca', 'rapa', 'tappo'];
const IT_MORE: Row[] = [
  ...framesIt(['sei uno', 'sei un', 'sei una', 'siete degli', 'siete dei', 'siete delle', 'brutto', 'brutta', 'grandissimo', 'grandissima', 'te set un', 'te se un', 'ti sei un', 'sei un gran', 'sei una gran'], IT_THINGS, insult(0.78)),
  // "Sei un pagliaccio": "sei" addresses the reader and lifts the noun alone to hold.
  ...each(IT_FOOLS, insult(0.45), { ...IT, inflect: false }),
  ...framesIt(['quel', 'quello', 'quella', 'quei', 'quegli', 'questo', 'questa', 'questi', 'sto', 'sta', 'che', 'brutto', 'brutta', 'brutti', 'pezzo d', 'pezzo di', 'razza d', 'razza di', 'grandissimo', 'grandissima', 'povero',
    'povera', 'lurido', 'lurida', 'sporco', 'sporca', 'vecchio', 'vecchia', 'specie di', 'gran', 'gran pezzo di', 'emerito', 'emerita', 'te set un', 'te se un'], IT_FOOLS, insult(0.78)),
  ...each(['pagliaccio', 'buffone', 'buffona', 'stupidone', 'citrullo', 'allocco', 'barlafus', 'balabiot', 'tarlucco', 'piciu', 'bifolco', 'racchia', 'lecchino'], insult(0.62), { ...IT, inflect: false }),
  ...each(
    ['non capisci un tubo', 'non capisce un tubo', 'non capite un tubo', 'non capisci una mazza', 'non capisce una mazza', 'non capisci un accidente',
      'non capisce un accidente', 'non capisce un cazzo', 'non capite un cazzo', 'capisce un cazzo', 'non capisce niente', 'non capisce nulla',
      'non capite niente', 'cervello di un pesce rosso', 'cervello da criceto', 'cervello da gallina', 'cervello di un criceto', 'cervello spento',
      'cervello in pappa', 'cervello in vacanza', 'segatura nel cervello', 'segatura al posto del cervello', 'segatura in testa', 'hai la testa vuota',
      'ha la testa vuota', 'testa di cavolo', 'testa di fagiolo', 'testa di pinolo', 'testa bacata', 'piu stupido di', 'piu stupida di', 'piu scemo di',
      'piu scema di', 'piu ignorante di', 'stupido come', 'stupida come', 'tonto come', 'ignorante come', 'gli manca qualche rotella', 'ti manca qualche rotella',
      'le manca qualche rotella', 'manca una rotella', 'manca qualche rotella', 'qualche rotella fuori posto', 'rotella fuori posto', 'non ha tutte le rotelle',
      'non hai tutte le rotelle', 'non sei una cima', 'non e una cima', 'non e il coltello piu affilato', 'non e la lampadina piu luminosa',
      'non ci arrivi proprio', 'non ci arriva proprio', 'scemo di guerra', 'scemo del villaggio', 'idiota del villaggio', 'idiota patentato',
      'cretino patentato', 'imbecille patentato', 'scemo patentato', 'spreco di ossigeno', 'spreco d aria', 'uno spreco di spazio', 'una vergogna per l umanita',
      'vergogna dell umanita', 'neurone in affitto', 'neuroni in sciopero', 'neuroni in ferie', 'encefalogramma piatto',
      'sei un caso perso', 'e un caso perso', 'taci scemo', 'taci idiota', 'taci cretino', 'stai zitto idiota', 'chiudi il becco', 'chiudi quella bocca'],
    IMPLICIT,
    IT,
  ),
  ...each(['brutto ciccione', 'brutta cicciona', 'ciccione schifoso', 'obeso schifoso', 'obesa schifosa', 'balena', 'sei una cozza', 'che cozza', 'che racchia', 'sei una racchia', 'brutta come un cesso', 'brutto come un cesso', 'faccia da cesso', 'faccia di cesso', 'nano di merda', 'sacco di lardo', 'sacco di ossa', 'mucca grassa', 'vacca grassa', 'grasso come una balena', 'grassa come un maiale'].filter((t) => t !== 'balena'), body(0.75), IT),
];

// ---------------------------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------------------------

const EN_FOOLS = [
  'clown', 'clowns', 'muppet', 'nutjob', 'nutcase', 'whackjob', 'wacko',
  'crackpot', 'loon', 'airhead', 'numbnuts', 'knucklehead', 'bonehead', 'meathead', 'pinhead', 'fathead', 'blockhead', 'prat',
  'twerp', 'berk', 'dork', 'dweeb', 'loser', 'coward', 'sleazebag', 'slimeball',
  'dirtbag',
  'fool', 'dolt', 'oaf', 'lummox', 'troglodyte', 'hick', 'chump', 'fatso', 'lardo',
  'porker', 'slob', 'hag',
];
/** Also things or animals ("this tool", "what a joke", "a rat"): only said to or of a person. */
const EN_THINGS = ['tool', 'joke', 'disgrace', 'embarrassment', 'failure', 'snake', 'rat', 'weasel', 'pig', 'cow', 'hog', 'whale', 'witch', 'troll', 'donkey', 'ass', 'fraud', 'hack', 'nobody', 'zero', 'puppet', 'sucker', 'dummy', 'git', 'liar', 'cockroach', 'leech', 'parasite', 'worm', 'slug', 'toad', 'vulture', 'hyena'];
const EN_MORE: Row[] = [
  ...framesEn(['you re a', 'you are a', 'you re an', 'you are an', 'you absolute', 'you complete', 'you total', 'you utter', 'you stupid', 'you dumb', 'you little', 'you pathetic', 'you useless', 'you fat', 'you ugly', 'you dirty', 'you filthy', 'you lying', 'he s a', 'she s a'], EN_THINGS, insult(0.78)),
  // "You're a clown": the noun alone is lifted to hold by the address; no "you're a" phrases for each noun (the
  // matcher would scan them all after every "you're").
  ...each(EN_FOOLS.filter((n) => !n.includes(' ')), insult(0.45), { ...EN, inflect: ['s'] }),
  // The few nouns that public figures are most often called, said of them: "the president is a clown".
  ...frames(['he s a', 'she s a', 'he is a', 'she is a', 'is a', 'is such a', 'is a complete', 'is a total', 'is an absolute', 'are a bunch of', 'bunch of'], ['clown', 'fool', 'muppet', 'loser', 'buffoon', 'coward', 'moron'], insult(0.78), { ...EN, inflect: ['s'] }),
  ...framesEn(['this', 'that', 'these', 'those', 'what a', 'you absolute', 'you complete', 'you total', 'you utter', 'you stupid', 'you dumb', 'you little', 'you pathetic',
    'you useless', 'absolute', 'complete', 'total', 'utter', 'such a', 'what an absolute', 'pathetic', 'useless', 'stupid', 'dumb', 'brainless', 'spineless', 'gutless',
    'sad little', 'pathetic little', 'fat', 'ugly', 'fat ugly', 'ugly fat', 'old', 'lying', 'dirty', 'filthy'],
  EN_FOOLS, insult(0.78)),
  ...each(['nutjob', 'nutcase', 'whackjob', 'wacko', 'airhead', 'numbnuts', 'knucklehead', 'bonehead', 'pinhead', 'fathead', 'blockhead', 'meathead', 'sleazebag', 'slimeball', 'dirtbag', 'twerp', 'prat', 'lardo', 'porker', 'you fatty', 'dimwitted', 'halfwitted', 'oxygen thief', 'mouth breather', 'mouth breathing', 'knuckle dragger', 'knuckle dragging', 'knuckledragger', 'village idiot', 'you dummy', 'you dummies'], insult(0.7), { ...EN, inflect: ['s'] }),
  ...each(
    ['a few sandwiches short of a picnic', 'sandwiches short of a picnic', 'fries short of a happy meal', 'cards short of a full deck',
      'cards short of a deck', 'not playing with a full deck', 'bricks short of a load', 'bricks short of a full load', 'one fry short', 'screws loose',
      'a screw loose', 'has a screw loose', 'have a screw loose', 'got a screw loose', 'the lights are on but', 'not the brightest crayon',
      'not the brightest candle', 'not the brightest spark', 'not the sharpest pencil', 'not the sharpest crayon', 'dim as a', 'thick as pigshit',
      'thick as mince', 'brain the size of a pea', 'brain the size of a walnut', 'brain the size of',
      'has the brains of', 'has the brain of', 'have the brain of', 'have the brains of', 'have the intelligence of', 'has the intelligence of', 'iq in single digits',
      'single digit iq', 'iq of zero', 'zero iq', 'waste of a human being', 'waste of a person', 'waste of carbon',
      'excuse for a human being', 'excuse for a human', 'pathetic excuse for a', 'poor excuse for a human', 'sad excuse for a', 'face only a mother could love',
      'laughing stock', 'joke of a', 'disgrace to humanity', 'embarrassment to humanity', 'stain on humanity', 'did your mother drop you',
      'dropped on your head', 'dropped on his head', 'dropped on her head', 'your parents must be ashamed', 'your mother must be ashamed',
      'nobody likes you', 'no one likes you', 'everyone hates you', 'crawl back under your rock', 'crawl back under a rock', 'go back under your rock',
      'crawl back into your hole', 'shut your mouth', 'shut your trap', 'shut your face', 'shut your pie hole', 'shut it', 'zip it',
      'two brain cells', 'no brain', 'no brains', 'you have no brain', 'has no brain', 'brain of a goldfish', 'attention span of a goldfish',
      'memory of a goldfish', 'stupid as', 'dumb as', 'too stupid to', 'too thick to', 'can t even spell', 'can t think for yourself',
      'did you even go to school', 'get a brain', 'get a life', 'you stupid', 'sad little man', 'sad little men', 'sad little woman', 'pathetic little man'],
    IMPLICIT,
    EN,
  ),
  // "learn to read" is an insult only as an imperative (insult-predicates.ts): "children learn to read at school".
  ...each(['can t think for yourself', 'get a life', 'shut it', 'zip it', 'no brain', 'no brains', 'memory of a goldfish', 'attention span of a goldfish'], IMPLICIT_MILD, EN),
  ...each(['fat ugly', 'ugly fat', 'butt ugly', 'dog face', 'horse face', 'pig face', 'pizza face', 'face like a', 'ugly mug', 'obese slob', 'you obese', 'fat lazy', 'lazy fat', 'manboobs', 'moobs', 'fat loser', 'fat idiot', 'fat moron', 'ugly loser', 'ugly hag', 'ugly witch', 'old hag', 'skinny bitch', 'bag of bones'], body(0.75), EN),
];

/**
 * Stock jokes about someone's wits, said without an insult word ("bercé trop près du mur", "ti hanno fatto cadere
 * dal seggiolone", "somewhere a village is missing its idiot"), and comparisons with children. Only the forms that
 * are said of a person: nobody writes them about a law.
 */
const JOKES: Row[] = [
  ...each(['berce trop pres du mur', 'bercee trop pres du mur', 'berces trop pres du mur', 'bercer trop pres du mur', 'jamais travaille de ta vie', 'jamais bosse de ta vie', 'tombe du berceau', 'tombee du berceau', 'tomber du berceau', 'tombe de son berceau', 'tombe de ton berceau', 'tombe sur la tete etant petit', 'tombee sur la tete etant petite', 'tombe sur la tete quand t etais petit',
    'distribution des cerveaux', 'distribue les cerveaux', 'distribuait les cerveaux', 'distribution de cerveaux', 'preuve vivante que l evolution', 'preuve que l evolution', 'l evolution peut reculer',
    'l evolution peut aller a l envers', 'la betise ne fait pas mal', 'si la betise faisait mal', 'si la connerie etait', 'si la betise etait', 'si la connerie faisait mal', 'la connerie ne tue pas',
    'araignee au plafond', 'con comme la lune', 'bete comme une oie', 'bete comme un ane', 'bete comme une poule', 'intelligence d une porte', 'intelligence d une huitre', 'intelligence d une moule',
    'intelligence d un bulot', 'intelligence d une chaise', 'l intelligence d un caillou', 'neurones en greve', 'neurone en greve', 'ecris comme un enfant', 'ecrit comme un enfant', 'ecrivez comme des enfants',
    'raisonnes comme un enfant', 'raisonne comme un enfant', 'raisonnez comme des enfants', 'la betise ne tue pas', 'le ridicule ne tue pas',
    'si le ridicule tuait', 'si la betise tuait', 'si la connerie tuait', 'qi a deux chiffres', 'qi a un chiffre', 'qi a un seul chiffre',
    'a cote de ses pompes', 'a cote de tes pompes', 'a cote de vos pompes', 'a cote de leurs pompes', 'khmers verts', 'khmer vert', 'khmere verte',
    'khmeres vertes'], insult(0.72), FR),
  // Asking whether someone ever thinks or understands: "Ça t'arrive de réfléchir ?", "T'as un problème de compréhension ?".
  ...frames(['ca t arrive de', 'ca vous arrive de', 'il t arrive de', 'il vous arrive de'], ['reflechir', 'penser', 'lire', 'te relire', 'comprendre', 'utiliser ton cerveau'], insult(0.62), FR),
  ...frames(['t as un', 'tu as un', 'vous avez un', 't as des', 'tu as des', 'vous avez des', 'il a un', 'il a des', 'elle a un', 'elle a des'],
    ['probleme de comprehension', 'problemes de comprehension', 'souci de comprehension', 'soucis de comprehension'], insult(0.62), FR),
  // Said of the reader or of someone; "le discours était d'une bêtise affligeante" criticises a speech.
  ...frames(['tu es d une', 't es d une', 'vous etes d une', 'il est d une', 'elle est d une', 'ils sont d une'], ['betise', 'connerie', 'stupidite', 'nullite', 'mediocrite'], insult(0.72), FR),
  ...each(['tous des arrieres', 'sont des arrieres', 'bande d arrieres', 'sont des bouseux', 'tous des bouseux', 'sont des beaufs', 'tous des beaufs'], insult(0.78), FR),
  ...each(['fatto cadere dal seggiolone', 'caduto dal seggiolone', 'caduta dal seggiolone', 'cadere dal seggiolone', 'fatto cadere da piccolo', 'caduto da piccolo', 'caduta da piccola',
    'quando distribuivano il cervello', 'quando hanno distribuito il cervello', 'quando distribuivano i cervelli', 'l evoluzione puo andare al contrario', 'l evoluzione al contrario', 'prova che l evoluzione',
    'se l ignoranza pagasse', 'se la stupidita pagasse', 'se l ignoranza fosse', 'se la stupidita fosse', 'separare le orecchie', 'per separare le orecchie', 'intelligenza di un sasso',
    'intelligenza di una gallina', 'intelligenza di un criceto', 'intelligenza di una sedia', 'scrivi come un bambino', 'scrive come un bambino', 'scrivete come dei bambini', 'ragioni come un bambino',
    'ragiona come un bambino', 'un buono a nulla', 'una buona a nulla', 'dei buoni a nulla', 'sono buoni a nulla', 'sei buono a nulla', 'sono tutti buoni a nulla'], insult(0.72), IT),
  // Put-downs of the reader's schooling, reading and wit, in the second person only ("T'as fini l'école ?", "Hai finito le
  // elementari?", "tu n'as jamais ouvert un livre"): "Ma fille a fini l'école" or "il a lu un livre" say nothing of anyone.
  ...frames(['t es a', 'tu es a', 'vous etes a', 't es completement a', 'tu es completement a', 'vous etes completement a', 't es totalement a'], ['cote de la plaque'], IMPLICIT_MILD, FR),
  ...frames(['t as', 'tu as', 'as tu', 'vous avez', 'avez vous'], ['fini l ecole', 'fini l ecole primaire', 'termine l ecole', 'fait l ecole', 'ete a l ecole', 'seulement ete a l ecole', 'meme ete a l ecole'], IMPLICIT_MILD, FR),
  ...frames(['n as jamais', 'n avez jamais', 't as jamais', 'as jamais'], ['ouvert un livre', 'lu un livre', 'ouvert un journal', 'lu un journal', 'ouvert un bouquin', 'lu un bouquin'], IMPLICIT_MILD, FR),
  ...frames(['tu devrais', 'vous devriez', 'tu ferais mieux d', 'vous feriez mieux d'], ['eviter de commenter', 'arreter de commenter', 'arreter d ecrire', 'eviter d ecrire'], IMPLICIT_MILD, FR),
  ...each(['cerveau pour decorer', 'cerveau pour la decoration', 'cerveau de decoration', 'cerveau qui sert de decoration'], insult(0.72), FR),
  ...frames(['hai', 'avete', 'hai almeno', 'avete almeno'], ['finito le elementari', 'fatto le elementari', 'finito la scuola', 'finito le medie', 'fatto le medie', 'la licenza elementare', 'la terza media'], IMPLICIT_MILD, IT),
  ...frames(['non hai mai', 'non avete mai', 'hai mai', 'avete mai'], ['aperto un libro', 'letto un libro', 'aperto un giornale', 'letto un giornale'], IMPLICIT_MILD, IT),
  ...frames(['dovresti', 'dovreste', 'faresti meglio a', 'fareste meglio a'], ['evitare di commentare', 'smettere di commentare', 'smettere di scrivere', 'evitare di scrivere'], IMPLICIT_MILD, IT),
  ...each(['la stupidita non fa male', 'l ignoranza non fa male', 'la stupidita non uccide', 'l ignoranza non uccide', 'se la stupidita facesse male', 'se l ignoranza facesse male',
    'non hai mai lavorato un giorno in vita', 'non hai mai lavorato in vita tua', 'non ha mai lavorato in vita sua', 'cervello per bellezza', 'il cervello per decorazione', 'cervello di decorazione'], insult(0.72), IT),
  ...each(['village is missing its idiot', 'village is missing their idiot', 'reason shampoo has instructions', 'reason shampoo bottles have instructions', 'if brains were dynamite',
    'if brains were', 'if stupidity was', 'if stupidity were', 'if ignorance was', 'if ignorance were', 'never worked a day in your life', 'never worked a day in his life', 'never done a day s work', 'evolution skipped you', 'evolution went backwards', 'proof that evolution', 'write like a child', 'writes like a child',
    'write like a five year old', 'writes like a five year old', 'write like a 5 year old', 'argue like a child', 'argue like a toddler', 'sound like a child', 'sound like a toddler',
    'bunch of inbred', 'inbred yokels', 'inbred hillbillies', 'inbreds'], insult(0.72), EN),
  // Said of the reader or of a writer only: "did your mum drop you on your head", "needs their head examined".
  ...each(['drop you on your head', 'dropped you on your head', 'dropped on your head', 'dropped on your head as a baby', 'need your head examined', 'needs your head examined',
    'needs their head examined', 'needs his head examined', 'needs her head examined', 'need their heads examined', 'should have his head examined', 'should have their head examined'], IMPLICIT_MILD, EN),
  // A politician as the gravedigger of what is ours, a seller of smoke, a snake-oil salesman: "Berset le fossoyeur de
  // nos retraites", "la venditrice di fumo"; not "le fossoyeur du village", who digs graves.
  ...frames(['fossoyeur de', 'fossoyeuse de', 'fossoyeurs de', 'fossoyeuses de'], ['nos', 'notre', 'la democratie', 'la suisse', 'l avs', 'l economie', 'l europe', 'la gauche', 'la droite', 'la classe moyenne'], IMPLICIT_MILD, FR),
  ...each(['venditore di fumo', 'venditrice di fumo', 'venditori di fumo', 'venditrici di fumo', 'venditore di pentole', 'becchino delle nostre', 'becchino della nostra'], IMPLICIT_MILD, IT),
  ...each(['washed up has been', 'washed up has beens', 'is a has been', 'old has been', 'has beens'], IMPLICIT_MILD, EN),
  ...each(['snake oil salesman', 'snake oil salesmen', 'snake oil merchant', 'snake oil merchants', 'snake oil seller'], IMPLICIT_MILD, EN),
  // A grown-up told he acts like a small child, and a face that asks for a slap: "sembri un bambino di cinque anni",
  // "you sound like a five-year-old", "faccia da schiaffi", "a punchable face".
  ...each(['sembri un bambino', 'sembrate dei bambini', 'sembri un bimbo', 'ti comporti come un bambino', 'vi comportate come dei bambini', 'faccia da schiaffi', 'facce da schiaffi'], IMPLICIT_MILD, IT),
  ...each(['sound like a five year old', 'act like a five year old', 'acting like a five year old', 'behave like a five year old', 'like a toddler throwing a tantrum', 'punchable face', 'punchable faces'], IMPLICIT_MILD, EN),
  // Stating the obvious, mocked: weak alone ("lo studio ha scoperto l'acqua calda" mocks a study); said to the reader
  // ("tu viens de découvrir l'eau chaude", "hai scoperto l'acqua calda", "you discovered fire") the address lifts it.
  ...each(['decouvrir l eau chaude', 'decouvert l eau chaude', 'decouvres l eau chaude', 'decouvre l eau chaude', 'decouvrir l eau tiede', 'decouvert l eau tiede'], insult(0.4), FR),
  ...each(['scoperto l acqua calda', 'scopri l acqua calda', 'scoprire l acqua calda', 'inventato l acqua calda', 'scoperto l america', 'scoperto la ruota'], insult(0.4), IT),
  ...each(['discovered fire', 'reinvented the wheel', 'discovered the wheel', 'darwin award'], insult(0.4), EN),
  ...each(['nobel prize for stupidity', 'nobel prize in stupidity', 'nobel prize for idiocy'], IMPLICIT_MILD, EN),
  // Talking to a wall: weak alone ("discuter avec l'administration, c'est comme parler à un mur" criticises an office);
  // said to the reader ("parler avec toi …", "talking to you …") the address lifts it to a hold.
  ...each(['comme parler a un mur', 'comme parler au mur', 'comme parler a une porte', 'comme parler a un poteau', 'comme parler a une chaise'], insult(0.4), FR),
  ...each(['come parlare al muro', 'come parlare a un muro', 'come parlare con un muro', 'come parlare a una porta', 'come parlare a una sedia'], insult(0.4), IT),
  ...each(['like talking to a wall', 'like talking to a brick wall', 'like talking to a door', 'like talking to a rock', 'like talking to a chair'], insult(0.4), EN),
];

/**
 * Thinking as someone's weak point, with words between ("Denken ist offenbar nicht deine Stärke", "Réfléchir, ce n'est
 * visiblement pas ton fort", "Pensare non è proprio il tuo forte", "Thinking clearly isn't your strong suit"): only of
 * the reader or a third person, never "meine Stärke".
 */
const NOT_YOUR_FORTE: Row[] = [
  ...frames(['denken', 'lesen', 'logik', 'nachdenken', 'verstehen', 'rechnen', 'hirn einschalten'], cross(['ist', 'isch', 'ist wohl', 'ist offenbar', 'ist definitiv', 'ist offensichtlich', 'ist wirklich', 'ist eben', 'war noch nie'], ['nicht deine staerke', 'nicht ihre staerke', 'nicht seine staerke', 'nid dini staerchi', 'nicht eure staerke'])
    .concat(['ist * nicht deine staerke', 'ist * nicht ihre staerke', 'ist * nicht seine staerke']), IMPLICIT, { ...DE, inflect: false }),
  ...frames(['reflechir', 'penser', 'lire', 'comprendre', 'la logique', 'la reflexion'], ['ce n est pas ton fort', 'ce n est * pas ton fort', 'c est pas ton fort', 'c est * pas ton fort', 'n est pas ton fort', 'n est * pas ton fort', 'ce n est pas votre fort', 'ce n est * pas votre fort', 'n est pas son fort', 'n est * pas son fort', 'ce n est * pas son fort'], IMPLICIT, { ...FR, inflect: false }),
  ...frames(['pensare', 'ragionare', 'leggere', 'capire', 'la logica', 'riflettere'], ['non e il tuo forte', 'non e * il tuo forte', 'non e il suo forte', 'non e * il suo forte', 'non e il vostro forte'], IMPLICIT, { ...IT, inflect: false }),
  ...frames(['thinking', 'reading', 'logic', 'reasoning', 'comprehension', 'critical thinking', 'thinking clearly', 'reading comprehension'], ['isn t your strong suit', 'is not your strong suit', 'isn t * your strong suit', 'isn t his strong suit', 'isn t her strong suit', 'isn t your forte', 'is not your forte', 'isn t his forte', 'isn t her forte', 'was never your strong suit', 'was never your forte'], IMPLICIT, { ...EN, inflect: false }),
];

/**
 * Stock jokes about someone's wits ("Bei dir hat die Evolution wohl eine Pause gemacht", "Der Redaktor hat sein Diplom
 * wohl im Lotto gewonnen", "got his degree from a cereal box", "la laurea al supermercato", "Mit deinem Hirn könnte man
 * nicht mal …", "im Oberstübchen ist nicht viel los").
 */
const WITS_JOKES: Row[] = [
  ...frames(['bei dir hat die evolution', 'bei ihm hat die evolution', 'bei ihr hat die evolution', 'bei denen hat die evolution', 'bei ihnen hat die evolution', 'bei euch hat die evolution'], ['* pause gemacht', 'pause gemacht', '* versagt', 'versagt'], IMPLICIT, { ...DE, inflect: false }),
  ...frames(['diplom', 'doktortitel', 'abschluss', 'fuehrerschein', 'matura', 'studium'], ['* im lotto gewonnen', 'im lotto gewonnen', '* aus dem kaugummiautomaten', 'aus dem kaugummiautomaten', '* im kaugummiautomaten', '* in der cornflakes', '* aus der cornflakespackung'], IMPLICIT, { ...DE, inflect: false }),
  ...frames(['degree', 'diploma', 'license', 'phd'], ['from a cereal box', 'out of a cereal box', 'in a cereal box', 'from a gumball machine', 'from a cracker jack box', 'in a christmas cracker'], IMPLICIT, { ...EN, inflect: false }),
  ...frames(['laurea', 'diploma', 'patente', 'dottorato'], ['al supermercato', 'nelle patatine', 'nell ovetto kinder', 'in un ovetto kinder', 'alla lotteria', 'al luna park', 'su internet in saldo'], IMPLICIT, { ...IT, inflect: false }),
  ...frames(['diplome', 'permis', 'doctorat', 'bac'], ['dans une pochette surprise', 'dans un paquet de cereales', 'dans un kinder surprise', 'a la tombola', 'a la loterie'], IMPLICIT, { ...FR, inflect: false }),
  ...frames(['mit deinem hirn', 'mit deinem gehirn', 'mit ihrem hirn', 'mit ihrem gehirn', 'mit seinem hirn', 'mit dem hirn', 'mit dim hirni'], ['* nicht mal', '* nicht einmal', '* * nicht mal', 'nicht mal', 'kannst du nicht mal'], IMPLICIT, { ...DE, inflect: false }),
  ...frames(['avec ton cerveau', 'avec ta cervelle', 'avec votre cerveau', 'avec son cerveau', 'avec sa cervelle'], ['* meme pas', '* * meme pas', 'on ne ferait meme pas', 'on ne pourrait meme pas'], IMPLICIT, { ...FR, inflect: false }),
  ...frames(['with your brain', 'with his brain', 'with that brain'], ['* couldn t even', 'couldn t even', 'you couldn t even', 'you can t even'], IMPLICIT, { ...EN, inflect: false }),
  ...each(['im oberstuebchen nicht viel los', 'im oberstuebchen * nicht viel los', 'oberstuebchen ist leer', 'im oberstuebchen herrscht ebbe', 'im kopf nicht viel los', 'im kopf * nicht viel los', 'im chopf nid vil los', 'schade um die baeume die', 'schade um den sauerstoff', 'fuer dich sauerstoff', 'fuer deine kommentare sauerstoff', 'evolution * rueckwaerts'], IMPLICIT, DE),
  ...each(['if brains were dynamite', 'if brains were gunpowder', 'if brains were taxed'], IMPLICIT, EN),
  // German stock idioms with a word between, and a few more ("Bei dir ist wirklich Hopfen und Malz verloren", "Du hast echt
  // den Knall nicht gehört", "Lass das Denken lieber den Pferden", "Dir hat man als Kind wohl zu oft auf den Kopf gehauen").
  ...frames(['bei dir ist', 'bei ihm ist', 'bei ihr ist', 'bei euch ist', 'bei denen ist', 'bei dem ist', 'bei ihnen ist'], ['* hopfen und malz verloren', '* * hopfen und malz verloren'], IMPLICIT, { ...DE, inflect: false }),
  ...frames(['hast', 'hat', 'haben', 'habt', 'hesch', 'het'], ['* den knall nicht gehoert', '* * den knall nicht gehoert', 'den knall nicht gehoert', '* de chlapf nid ghoert', '* den schuss nicht gehoert', '* * den schuss nicht gehoert'], IMPLICIT, { ...DE, inflect: false }),
  ...each(['das denken den pferden', 'das denken lieber den pferden', 'denken * den pferden ueberlassen', 'ueberlass das denken den pferden', 'ueberlassen sie das denken den pferden',
    'zu oft auf den kopf gehauen', 'zu oft auf den kopf gefallen', 'wohl als kind * auf den kopf gefallen', 'wohl als kind auf den kopf gefallen', 'bist als kind auf den kopf gefallen',
    'bist wohl * auf den kopf gefallen', 'wohl als baby * auf den kopf gefallen',
    'fehlt es oben rum', 'fehlt s oben rum', 'oben rum fehlt', 'oben rum nicht viel', 'gehoert in die klapse', 'gehoerst in die klapse', 'reif fuer die klapse', 'ab in die klapse',
    'sollte lieber kuehe hueten', 'sollte lieber schafe hueten', 'sollten lieber kuehe hueten', 'solltest lieber kuehe hueten', 'bist das beste argument gegen',
    'schach spielen mit einer taube', 'schach mit einer taube', 'wie schach mit einer taube'], IMPLICIT, DE),
  // Stock jokes about someone's wits in four languages ("On dirait que tu as appris à lire hier", "Quando hanno distribuito
  // il cervello tu eri in bagno", "This councillor can't even count to ten", "Go back to your crayons, the adults are
  // talking"): only in the forms that say them of someone ("Mon fils a appris à lire hier" is news).
  ...each(['on dirait que tu as appris a lire', 'comme si tu avais appris a lire', 'meme pas compter jusqu', 'pas capable de compter jusqu', 'que dans ta tete', 'que dans sa tete', 'que dans votre tete',
    'l ecole n est pas obligatoire', 'laisse penser ceux qui', 'laissez penser ceux qui'], IMPLICIT, FR),
  ...frames(['distribue les neurones', 'distribue les cerveaux', 'distribuait les neurones', 'distribuait les cerveaux'], ['t etais', 'tu etais', 'il etait', 'elle etait', 'vous etiez'], IMPLICIT, { ...FR, inflect: false }),
  ...frames(['retourne', 'retournez', 'tais toi', 'taisez vous', 'chut'], ['* les adultes discutent', '* * les adultes discutent', 'les adultes discutent', '* les adultes parlent', '* * les adultes parlent'], IMPLICIT, { ...FR, inflect: false }),
  ...each(['sembra che tu abbia imparato a leggere', 'hai imparato a leggere ieri', 'che nella tua testa', 'caduto dalla culla', 'caduta dalla culla', 'qui parlano gli adulti', 'lascia pensare chi', 'lasciate pensare chi',
    ...['non sa', 'non sai', 'non sanno', 'non sapete'].flatMap((n) => ['nemmeno contare fino', 'neanche contare fino', 'manco contare fino'].map((c) => `${n} ${c}`))], IMPLICIT, IT),
  ...frames(['distribuito il cervello', 'distribuito i cervelli', 'distribuivano il cervello', 'distribuivano i cervelli'], ['tu eri', 'eri', 'lui era', 'lei era', 'voi eravate'], IMPLICIT, { ...IT, inflect: false }),
  ...each(['like you learned to read yesterday', 'you learned to read yesterday', 'can t even count to', 'cannot even count to', 'couldn t count to', 'than in your head', 'playing with your crayons',
    'leave the thinking to people with', 'leave the thinking to those with', 'leave the thinking to the grown ups', 'leave the thinking to the adults'], IMPLICIT, EN),
  ...frames(['handed out brains', 'handing out brains', 'gave out brains', 'giving out brains'], ['you', 'you were', 'he was', 'she was', 'they were'], IMPLICIT, { ...EN, inflect: false }),
  ...frames(['go back to', 'quiet', 'hush', 'shush', 'be quiet', 'shut up'], ['* the adults are talking', '* * the adults are talking', 'the adults are talking', '* * * the adults are talking'], IMPLICIT, { ...EN, inflect: false }),
  ...each(['du hast wohl gestern lesen gelernt', 'als haettest du gestern lesen gelernt', 'nicht mal bis zehn zaehlen', 'nicht einmal bis zehn zaehlen', 'nicht mal bis drei zaehlen', 'als in deinem kopf'], IMPLICIT, DE),
  ...frames(['als das hirn verteilt wurde', 'als der verstand verteilt wurde', 'als hirn verteilt wurde', 'als s hirni verteilt worde isch'], ['warst du', 'war er', 'war sie', 'bisch du', 'isch er'], IMPLICIT, { ...DE, inflect: false }),
  ...frames(['geh', 'geh zurueck', 'sei still', 'ruhe', 'psst'], ['* die erwachsenen reden', 'die erwachsenen reden', '* * die erwachsenen reden'], IMPLICIT, { ...DE, inflect: false }),
  // Useless as a holed umbrella, nothing in the head ("utile come un ombrello bucato", "non ha niente in testa",
  // "nothing between his ears", "as useful as a chocolate teapot").
  ...each(['utile come un ombrello bucato', 'utile come una forchetta nel brodo', 'non ha niente in testa', 'non hai niente in testa', 'non ha nulla in testa', 'non hai nulla in testa',
    'non ha niente nel cervello', 'testa vuota'], IMPLICIT, IT),
  ...each(['nothing between his ears', 'nothing between your ears', 'nothing between her ears', 'as useful as a chocolate teapot', 'as much use as a chocolate teapot'], IMPLICIT, EN),
  ...each(['n a rien dans le crane', 'n as rien dans le crane', 'n a rien dans la tete', 'n as rien dans la tete', 'n ont rien dans la tete', 'rien dans le ciboulot', 'utile qu un parapluie troue'], IMPLICIT, FR),
  // Living proof, a missed chance to stay silent, the depth of a puddle, more useless than … (it/fr/en/de).
  // (said of the reader: "the vaccine is living proof that science works" is praise)
  ...each(['sei l esempio vivente che', 'sei la prova vivente che', 'perdi un occasione per stare zitto', 'hai la profondita di una pozzanghera', 'sei piu inutile di',
    'chi ti ha dato la patente', 'fai pena', 'che pena fai', 'fate pena', 'che pena fate'], IMPLICIT, IT),
  ...each(['tu es la preuve vivante que', 't es la preuve vivante que', 'tu rates une occasion de te taire', 'tu as la profondeur d une flaque', 'tu es plus inutile qu', 't es plus inutile qu'], IMPLICIT, FR),
  ...each(['your braindead opinion', 'your brain dead opinion', 'you type like a', 'crawl back under your rock', 'crawl back under the rock', 'zurueck unter deinen stein', 'zurueck in deinen sandkasten', 'zrugg in din sandchaschte', 'zrugg i din sandchaschte', 'retourne sous ton caillou', 'torna sotto il tuo sasso'], IMPLICIT),
  ...each(['you re living proof that', 'you are living proof that', 'missed a chance to shut up', 'missed an opportunity to shut up', 'you have the depth of a puddle', 'you re more useless than',
    'you are more useless than'], IMPLICIT, EN),
  ...each(['du bist der lebende beweis dass', 'sie sind der lebende beweis dass', 'eine gelegenheit verpasst die klappe zu halten', 'du hast die tiefe einer pfuetze', 'du bist nutzloser als'], IMPLICIT, DE),
  // A duel of wits with the unarmed, brain cells lost to a comment, a horizon of radius zero.
  // Session 22: the lights on and nobody home, room between the ears, a dictionary in tears, the brain left at the door,
  // a country not found on a map, a book never opened, talking to a wall, knowing as much as a cat of taxes.
  ...each(['brennt zwar licht aber', 'brennt licht aber niemand', 'licht brennt aber niemand', 'zwischen deinen ohren', 'zwischen seinen ohren', 'zwischen ihren ohren',
    'hirn an der garderobe', 'gehirn an der garderobe', 'nie ein buch aufgeschlagen', 'nie ein buch gelesen', 'mit dir zu diskutieren ist wie', 'mit dir diskutieren ist wie',
    'mit dir zu reden ist wie', 'versteht von * so viel wie', 'versteht von * ungefaehr so viel wie', 'verstehst von * so viel wie', 'nicht bis drei zaehlen',
    'nicht mal bis drei zaehlen', 'nicht einmal bis drei zaehlen', 'nicht bis zehn zaehlen'], IMPLICIT, DE),
  ...each(['lumiere est allumee mais', 'entre ses deux oreilles', 'entre tes deux oreilles', 'entre ses oreilles', 'entre tes oreilles', 'dictionnaire pleure',
    'cerveau au vestiaire', 'jamais ouvert un livre', 'discuter avec toi c est comme', 'parler avec toi c est comme', 'discuter avec vous c est comme',
    'ne trouverait pas * sur une carte', 'pas compter jusqu a trois', 'pas compter jusqu a dix', 'bebe capricieux', 'gros bebe capricieux', 'gamin capricieux'], IMPLICIT, FR),
  ...each(['tra le sue orecchie', 'tra le tue orecchie', 'vocabolario piange', 'dizionario piange', 'cervello al guardaroba', 'cervello all ingresso',
    'mai aperto un libro', 'discutere con te e come', 'parlare con te e come', 'non saprebbe trovare * sulla cartina', 'non sa contare fino a tre', 'nemmeno contare fino a tre'], IMPLICIT, IT),
  ...each(['lights are on but nobody', 'the lights are on but', 'between your ears', 'between his ears', 'between her ears', 'dictionary cries', 'brain at the door',
    'brains at the door', 'never opened a book', 'arguing with you is like', 'talking to you is like', 'couldn t find * on a map', 'could not find * on a map',
    'can t count to', 'cannot count to', 'lose a debate with a', 'lose an argument with a', 'knows as much about * as'], IMPLICIT, EN),
  // Session 22: mock praise that talks down: written all by oneself, a mother's help, a real Einstein, the armchair
  // general, lips moving while reading, hanging on someone's every word.
  ...each(['ganz alleine geschafft', 'ganz allein geschafft', 'ganz alleine geschrieben', 'deine mami vorgelesen', 'hat dir * mami', 'intelligenzbolzen',
    'ein echter einstein', 'ein wahrer einstein', 'einstein wuerde vor neid', 'hobby geopolitiker', 'hobbygeopolitiker', 'sofageneral', 'stammtischgeneral',
    'beim lesen * die lippen', 'beim lesen die lippen'], IMPLICIT, DE),
  ...each(['ecrite tout seul', 'ecrit tout seul', 'ta maman t a aide', 'ta mere t a aide', 'un vrai einstein', 'stratege du cafe du commerce', 'strateges du cafe du commerce', 'expert du cafe du commerce', 'experts du cafe du commerce', 'suspendus a tes levres',
    'suspendus a vos levres'], IMPLICIT, FR),
  ...each(['scritto da solo', 'scritto tutto da solo', 'la mamma ti ha aiutato', 'tua madre ti ha aiutato', 'un vero einstein', 'stratega da bar', 'generale da bar',
    'esperto da bar', 'pendiamo dalle tue labbra', 'pendiamo tutti dalle tue labbra'], IMPLICIT, IT),
  ...each(['write that all by yourself', 'wrote that all by yourself', 'write this all by yourself', 'all by yourself so proud', 'a real einstein', 'armchair general',
    'armchair generals', 'armchair expert', 'armchair experts', 'hanging on your every word', 'move your lips when', 'moves his lips when', 'move their lips when'], IMPLICIT, EN),
  ...each(['kaempfe nicht gegen unbewaffnete', 'kaempfe nicht mit unbewaffneten', 'kampf gegen unbewaffnete', 'ne me bats pas contre quelqu un de desarme', 'contre quelqu un de desarme',
    'non combatto contro chi e disarmato', 'contro chi e disarmato', 'don t fight unarmed people', 'battle of wits with an unarmed', 'fight unarmed people',
    'm a coute deux neurones', 'm a coute un neurone', 'mi e costato due neuroni', 'hat mich zwei hirnzellen gekostet', 'cost me two brain cells', 'cost me a brain cell',
    'horizont hat den radius null', 'horizon with a radius of zero', 'bestes beispiel dafuer dass jeder', 'das beste beispiel dafuer dass jeder'], IMPLICIT),
  // Humanity denied, with or without a group named ("These creatures from Africa shouldn't be called human").
  ...each(['shouldn t be called human', 'should not be called human', 'ne devrait pas les appeler des humains', 'non si possono chiamare esseri umani', 'sollte man nicht menschen nennen',
    'kann man nicht menschen nennen'], IMPLICIT),
  ...each(['who taught you to write a monkey', 'taught you to write a monkey', 'did you even finish primary school', 'did you even finish school', 'did you even go to school',
    'hast du ueberhaupt einen schulabschluss', 'as tu au moins fini l ecole', 'hai almeno finito le elementari'], IMPLICIT),
  ...each(['playing chess with a pigeon', 'chess with a pigeon', 'you re the best argument against', 'you are the best argument against'], IMPLICIT, EN),
  ...each(['jouer aux echecs avec un pigeon', 'aux echecs avec un pigeon', 'tu es le meilleur argument contre'], IMPLICIT, FR),
  ...each(['giocare a scacchi con un piccione', 'a scacchi con un piccione', 'sei il miglior argomento contro'], IMPLICIT, IT),
];

/**
 * Session 20: stock idioms of stupidity and incompetence, from an inventory a helper wrote of the ones readers use (the
 * lights are on but nobody is home, the elevator that stops short of the top floor, salt in the pumpkin, a paper bag one
 * cannot find the way out of). Only those that insult whoever they are said of: criticism of politicians in idioms
 * ("langue de bois", "out of touch", "knickt ein", "crocodile tears") is criticism, and "I'm no rocket scientist" is
 * said of oneself. A negation the idiom needs is written in it ("non sa fare la O col bicchiere"), or it would negate
 * the idiom. Forms that also say something literal ("das Haus hat einen Dachschaden", a broken lift) are written
 * only with a person ("der hat einen Dachschaden", "son ascenseur ne va pas …").
 */
const IDIOMS: Row[] = [
  ...each([
    'licht * aber niemand zu hause', 'licht * aber * niemand zu hause', 'licht * aber niemand * zu hause', 'licht * aber keiner zu hause',
    'licht * aber keiner * zu hause', 'licht * aber niemand daheim', 'licht * aber keiner daheim', 'liecht * aber niemer dihei', 'liecht * aber niemert dihei',
    'licht aber niemand zu hause', 'nicht alle nadeln an der tanne', 'nicht mehr alle nadeln an der tanne', 'du hast einen dachschaden',
    'hast du einen dachschaden', 'der hat einen dachschaden', 'die hat einen dachschaden', 'hesch en dachschade', 'haet en dachschade',
    'brett vor dem kopf', 'brett vorm kopf', 'braett vor em chopf', 'brett vorem chopf',
  ], IMPLICIT, { ...DE, inflect: false }),
  ...each([
    'lumiere mais personne a la maison', 'lumiere * mais personne a la maison', 'lumiere * mais * personne a la maison', 'lumiere mais personne dedans',
    'lumiere * mais il n y a personne', 'lumiere allumee mais personne', 'son ascenseur ne va pas', 'son ascenseur ne monte pas', 'chez lui l ascenseur ne',
    'chez elle l ascenseur ne', 'chez toi l ascenseur ne', 'pas fute fute', 'pas tres fute fute', 'incapable de faire cuire un oeuf',
    'pas fichu de faire cuire un oeuf', 'pas foutu de faire cuire un oeuf',
  ], IMPLICIT, { ...FR, inflect: false }),
  ...each([
    'luce e accesa ma non c e nessuno', 'luce e accesa ma * non c e nessuno', 'luci sono accese ma non c e nessuno', 'luce accesa ma nessuno in casa',
    'luci accese nessuno in casa', 'luci accese ma nessuno in casa', 'non ha sale in zucca', 'poco sale in zucca', 'niente sale in zucca',
    'senza sale in zucca', 'non sa fare la o col bicchiere', 'non sa fare la o con il bicchiere', 'non saprebbe fare la o col bicchiere',
    'non sa fare una o col bicchiere', 'non sa nemmeno allacciarsi le scarpe', 'non sa neanche allacciarsi le scarpe', 'non sa mettere due parole in fila',
    'non riesce a mettere due parole in fila', 'non sa mettere insieme due parole',
  ], IMPLICIT, { ...IT, inflect: false }),
  ...each([
    'lights are on but nobody s home', 'lights are on but no one s home', 'lights are on but nobody is home', 'not the full shilling',
    'not quite the full shilling', 'shillings short of a pound', 'elevator doesn t go all the way to the top', 'elevator doesn t reach the top floor',
    'wheel is spinning but the hamster s dead', 'wheel s spinning but the hamster s dead', 'wheel is turning but the hamster is dead',
    'lost his marbles', 'lost her marbles', 'lost their marbles', 'lost your marbles', 'pour water out of a boot', 'the sense god gave a goose',
    'sense god gave geese', 'find his way out of a paper bag', 'find her way out of a paper bag', 'find their way out of a paper bag',
    'fight his way out of a paper bag', 'fight their way out of a paper bag', 'couldn t run a bath', 'couldn t even run a bath',
    'couldn t run a whelk stall', 'couldn t organise a piss up', 'couldn t organize a piss up', 'screen door on a submarine', 'ashtray on a motorbike',
  ], IMPLICIT, { ...EN, inflect: false }),
];

/**
 * Session 23, probes of our own in four languages: "you have to be pretty dim to write this" (a mild word of
 * stupidity that counts only in the frame), a comment that reeks of stupidity, arguments as empty as one's head, and
 * the mother who should have swallowed.
 */
const DIM_FOR: Row[] = [
  ...frames(['faut etre', 'faut etre *'], cross(['limite', 'limites', 'borne', 'bornes', 'bete', 'betes', 'simplet', 'neuneu', 'stupide', 'stupides', 'debile'], ['pour']), IMPLICIT, { ...FR, inflect: false }),
  ...frames(['muss', 'muss *', 'muss * *'], cross(['beschraenkt', 'dumm', 'bloed', 'bescheuert', 'vernagelt', 'hohl', 'einfaeltig', 'minderbemittelt', 'unterbelichtet', 'naiv'], ['sein um']), IMPLICIT, { ...DE, inflect: false }),
  ...frames(['have to be', 'have to be *', 'need to be', 'need to be *', 'got to be', 'got to be *'], cross(['dim', 'thick', 'dense', 'stupid', 'dumb', 'brainless', 'clueless', 'gullible'], ['to']), IMPLICIT, { ...EN, inflect: false }),
  ...frames(['bisogna essere', 'bisogna essere *', 'devi essere', 'devi essere *'], cross(['limitati', 'limitato', 'stupidi', 'stupido', 'scemi', 'scemo', 'tonti', 'tonto', 'ottusi', 'ottuso'], ['per']), IMPLICIT, { ...IT, inflect: false }),
  ...each(['pue la betise', 'pue la connerie', 'sent la betise', 'stinkt vor dummheit', 'strotzt vor dummheit', 'trieft vor dummheit', 'reeks of stupidity',
    'stinks of stupidity', 'oozes stupidity', 'puzza di stupidita', 'trasuda stupidita', 'vide que ta tete', 'vides que ta tete', 'leer wie dein kopf',
    'leer wie dein hirn', 'empty as your head', 'vuoti come la tua testa', 'vuoto come la tua testa',
    // the IQ of the room falling when someone speaks (English and French had it)
    'sinkt der iq', 'sinkt der iq im raum', 'il qi della stanza', 'qi della stanza si abbassa', 'il qi si abbassa', 'was fuer eine herde schafe', 'ihr herde schafe', 'ist eine absolute null', 'bist eine absolute null', 'sind absolute nullen'], IMPLICIT),
  ...each(['ta mere aurait du avaler', 'your mother should have swallowed', 'your mum should have swallowed', 'your mom should have swallowed',
    'deine mutter haette schlucken sollen', 'tua madre doveva ingoiare', 'tua madre avrebbe dovuto ingoiare'], insult(0.85)),
];

export const IMPLICIT_INSULT_ROWS: readonly Row[] = [...DE_MORE, ...FR_MORE, ...IT_MORE, ...EN_MORE, ...JOKES, ...NOT_YOUR_FORTE, ...WITS_JOKES, ...IDIOMS, ...DIM_FOR];

/** Harmless look-alikes: the Muppets, version control, bands, metaphors about things. */
export const IMPLICIT_ALLOW: readonly string[] = [
  // An institution's competence judged on a topic ("Questo governo non capisce niente di politica sanitaria"): criticism.
  ...['governo', 'consiglio federale', 'parlamento', 'comune', 'municipio', 'partito', 'ministero', 'dipartimento', 'ufficio', 'cantone', 'banca', 'azienda', 'direzione', 'federazione']
    .flatMap((body) => ['non capisce niente di', 'non capisce nulla di', 'non ci capisce niente di'].map((v) => `${body} ${v}`)),
  'the muppets', 'muppet show', 'muppets show', 'git repo', 'git commit', 'git push', 'use git', 'with git', 'this tool', 'that tool', 'such a tool for',
  // Session 19: a reflex and a Jamaican dish ("a knee-jerk reaction", "jerk chicken"), boiled meat ("il bollito misto").
  // (Each starts at its rarest word: a phrase that starts at "il" or "eine" is tried after every one of them.)
  'knee jerk', 'jerk chicken', 'jerk pork', 'jerk seasoning', 'jerk sauce', 'jerk spice', 'bollito misto', 'bollito di manzo', 'bollito con',
  // Luck and phones ("pure dumb luck", "a dumb phone"), the wind lashing ("le vent cingle les visages"), a worm in an apple.
  'dumb luck', 'dumb phone', 'dumb phones', 'cingle les', 'cingle le', 'cingle la', 'cinglent les', 'verme nella', 'verme nel', 'verme in', 'vermi nella',
  // Pulling a face ("eine Fratze schneiden").
  'fratze schneiden', 'schnitt eine fratze', 'schneidet eine fratze', 'fratzen schneiden', 'schneidet fratzen', 'schnitt fratzen', 'fratze gezogen', 'zog eine fratze',
  'complete tool kit', 'total joke of a day', 'this joke is', 'that joke is', 'what a joke that', 'dumb as it sounds', 'stupid as it sounds',
  'stupid as it may sound', 'dumb as it may sound', 'thick as thieves', 'the lights are on but the', 'fat loser diet', 'un pezzo di maiale', 'pezzo di maiale arrosto', 'e una brutta bestia', 'una brutta bestia la', 'wir kriegen dich schon wieder', 'wir kriegen dich wieder', 'wir kriegen dich schon hin', 'wir kriegen dich gesund', 'wir kriegen euch schon wieder', 'wir kriegen euch wieder', 'peinlich beruehrt', 'peinlich genau', 'so dumm wie es klingt', 'so bloed wie es klingt', 'so dumm wie es toent',
  'old cow', 'this cow', 'that cow', 'the cow', 'these pigs', 'those pigs', 'this pig', 'that pig', 'this snake', 'that snake', 'these snakes',
  'those snakes', 'this rat', 'that rat', 'these rats', 'those rats', 'this whale', 'that whale', 'these whales', 'those whales', 'this donkey',
  'that donkey', 'this hog', 'ce clown du cirque', 'cette patate', 'ces patates', 'cette truffe', 'ces truffes', 'ce cornichon', 'ces cornichons',
  'cette andouille de vire', 'cette gourde d eau', 'ce boulet de canon', 'ces boulets de canon', 'quelle truffe au chocolat', 'cette tanche',
  'questa capra', 'quella capra', 'questi asini', 'quegli asini', 'quell asino', 'questo asino', 'che balena', 'quella balena', 'questa balena',
  'sta capra', 'quella mucca', 'gran pezzo di torta', 'ein witz erzaehlt', 'der ist ein witz von', 'diese tonne',
  'es ist peinlich', 'das ist peinlich', 'eine schraube locker am', 'a screw loose on the', 'screws loose on the', 'screws loose in the',
  'brain cell research', 'brain cells', 'shut it down', 'shut it off', 'zip it up', 'no brainer', 'no brain tumour', 'no brain damage',
  // Jesters, circus clowns and the fools people are taken for ("on nous prend pour des cons" is a complaint).
  'bouffon du roi', 'bouffons du roi', 'bouffon de la cour', 'clown du cirque', 'clowns du cirque', 'pagliaccio del circo', 'pagliacci del circo',
  'clowns at the * circus', 'clowns at the circus', 'circus clowns', 'circus clown', 'clowns in the circus', 'clown at circus', 'clowns at circus', 'clown at the circus',
  'nous prend pour des cons', 'nous prennent pour des cons', 'nous prend pour des idiots', 'nous prennent pour des idiots', 'pris pour des cons', 'prendre pour des cons',
  'nous prend pour des imbeciles', 'nous prennent pour des imbeciles', 'prende per fessi', 'prendono per fessi', 'prendere per fessi', 'presi per fessi',
  'ci prende per scemi', 'ci prendono per scemi', 'ci prende per idioti', 'ci prendono per idioti', 'take us for fools', 'takes us for fools', 'take us for idiots', 'takes us for idiots',
  'idiotie', 'idioties', 'les idioties', 'des idioties',
  // Household waste and the fool of the farce ("les ordures ménagères", "les dindons de la farce").
  'ordures menageres', 'ordure menagere', 'collecte des ordures', 'ramassage des ordures', 'tas d ordures', 'sacs d ordures', 'dindon de la farce',
  'dindons de la farce',
  'spectacle de clowns', 'spectacles de clowns', 'numero de clown', 'nez de clown', 'ecole de clowns',
  // "ha fallito": has failed, the verb.
  'ho fallito', 'hai fallito', 'ha fallito', 'abbiamo fallito', 'avete fallito', 'hanno fallito',
];
