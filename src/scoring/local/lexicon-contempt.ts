/**
 * Contempt for a group without a slur or a threat: hating, despising, being disgusted by a group, calling it
 * worthless or a plague, telling it to leave ("Ich hasse Muslime", "Frauen sind minderwertig", "les réfugiés me
 * dégoûtent", "gli immigrati sono una piaga", "gays are disgusting").
 *
 * These words weigh nothing alone (hating the weather, a disgusting meal) and hold a comment only when the same
 * sentence names a group ({@link GROUP_CONTEMPT}: IDENTITY_ATTACK at hold level, below reject: a person decides).
 * Negation, quotation, reported speech and counter-speech lower them as any lexicon hit ("Wer Ausländer hasst,
 * hat nichts verstanden"). Written in normalised form (ä → ae, no accents); each form is spelt out.
 */
import { DE, EN, FR, GROUP_ONLY, IT, type LexiconWeights, type Row } from './lexicon-rows';

/** What a word of contempt weighs when the sentence names a group: held, never rejected on its own. */
export const GROUP_CONTEMPT: LexiconWeights = { IDENTITY_ATTACK: 0.75, TOXICITY: 0.7, INSULT: 0.55 };

/** Verbs after which German puts the negation ("Ich hasse Ausländer nicht", "Ich verachte keine Muslime"). */
const VERBS_NEGATED_AFTER = new Set(['hasse', 'hasst', 'hassen', 'hasste', 'hassten', 'verachte', 'verachtet', 'verachten', 'verabscheue', 'verabscheut', 'verabscheuen', 'ekeln mich', 'ekelt mich an', 'ekeln mich an']);

const rows = (terms: readonly string[], language: typeof DE | typeof FR | typeof IT | typeof EN): Row[] =>
  terms.map((term): Row => [
    term,
    GROUP_ONLY,
    { ...language, inflect: false, group: GROUP_CONTEMPT, ...(language === DE && VERBS_NEGATED_AFTER.has(term) ? { negationAfter: true } : {}) },
  ]);

const GERMAN = [
  // hating, despising, disgust
  'hasse', 'hasst', 'hassen', 'hasste', 'hassten', 'verachte', 'verachtet', 'verachten', 'verabscheue', 'verabscheut', 'verabscheuen',
  'ekeln mich an', 'ekelt mich an', 'ekeln mich', 'widern mich an', 'widert mich an', 'kotzen mich an', 'kotzt mich an', 'nicht ausstehen',
   'hassenswert', 'verachtenswert',
  // what a group "is"
  'widerlich', 'widerliche', 'widerlichen', 'ekelhaft', 'ekelhafte', 'ekelhaften', 'eklig', 'ekligen', 'abstossend', 'abstossende',
  'ekelerregend', 'ekelerregende', 'ekelerregenden', 'widerwaertig', 'widerwaertige', 'widerwaertigen', 'ekelig', 'ekelige', 'ekeligen',
  // the strong ending before a noun ('wertloser Müll', 'primitiver Haufen')
  'wertloser', 'nutzloser', 'dreckiger', 'minderwertiger', 'primitiver', 'widerlicher', 'ekelhafter', 'abartiger', 'perverser', 'ekliger', 'wertloses', 'minderwertiges',
  'minderwertig', 'minderwertige', 'minderwertigen', 'wertlos', 'wertlose', 'wertlosen', 'nutzlos', 'nutzlose', 'nutzlosen', 'primitiv',
  'primitive', 'primitiven', 'dreckig', 'dreckige', 'dreckigen', 'verbrecherisch',
  'unertraeglich', 'abartig', 'abartige', 'abartigen', 'pervers', 'perverse', 'perversen', 'krank im kopf', 'eine plage', 'eine pest',
  'eine seuche', 'ein krebsgeschwuer', 'ein fluch', 
  'schmarotzen', 'schmarotzer', 'sozialschmarotzer', 'taugen nichts', 'sind nichts wert', 'weniger wert', 
  // telling a group to go
  'haben hier nichts verloren', 'gehoeren nicht hierher', 'gehoeren nicht zu uns', 'sollen verschwinden', 'sollen abhauen',
  'sollen sich verpissen', 'raus mit', 'alle raus', 'zurueck in ihre',
  'in menschengestalt', 'nicht menschen nennen', 'sollte man nicht menschen nennen', 'keine richtigen menschen',
  // Swiss German
  'verachtä', 'gruusig', 'gruusige', 'gruusigi', 'haend da nuet verlore', 'ghoered nid da ane', 'soelled verschwinde',
];
const FRENCH = [
  'deteste', 'detestent', 'detester', 'hais', 'hait', 'hair', 'haissons', 'meprise', 'mepriser', 'me degoutent', 'me degoute', 'degoutant',
  'degoutants', 'degoutante', 'degoutantes', 'repugnant', 'repugnants', 'repugnante', 'repugnantes', 'ecoeurant', 'ecoeurants', 'inferieurs',
  'inferieures', 'inferieur', 'sans valeur', 'bons a rien', 'bonnes a rien', 'une plaie', 'un fleau', 'une calamite', 'un cancer',
  'n ont rien a faire ici', 'rentrez chez vous', 'dehors les', 'qu ils degagent', 'qu elles degagent', 'retournent chez eux',
  'a la porte', 'insupportables',
  // Implicit derogation: kept like animals, not to be trusted, a ruin or a danger, living off others, back to the kitchen.
  'dans des zoos', 'dans un zoo', 'au zoo', 'devraient * enfermes', 'devraient * enfermees', 'faut les enfermer', 'faudrait les enfermer', 'par un veterinaire', 'chez le veterinaire',
  'chez un veterinaire', 'je prefererais mourir', 'je prefere mourir', 'plutot mourir', 'ne croyez jamais', 'ne faites jamais confiance',
  'ne jamais faire confiance', 'jamais confiance a', 'la ruine de notre pays', 'la ruine du pays', 'la ruine de la suisse',
  'n ont pas leur place dans notre', 'n ont pas leur place ici', 'n ont pas leur place en suisse',
  'n ont rien a faire dans notre', 'n ont rien a faire en suisse', 'n ont rien a faire dans un pays', 'un danger public', 'devraient rester a la maison', 'doivent rester a la maison',
  'retourner a la cuisine', 'retournent a la cuisine', 'place est a la cuisine', 'place est au foyer', 'place est a la maison',
  'vivent sur notre dos', 'sur notre dos', 'a nos crochets', 'aux crochets de', 'profitent du systeme', 'nous envahissent',
  'volent nos emplois', 'volent notre travail', 'piquent nos emplois', 'nous volent le travail', 'nous volent nos',
  'incapables de penser', 'incapables de reflechir',
  'ne savent pas conduire', 'ne savent pas penser',
  // Worth less than a thing, better gone, unbearable to be near or to be: "le monde serait meilleur sans …", "je me suiciderais".
  'valent moins que', 'vaut moins que', 'ont moins de valeur', 'serait mieux sans', 'serait meilleur sans', 'serait meilleure sans',
  'vivrait mieux sans', 'je me suiciderais', 'je me tuerais', 'ne mangerais jamais', 'ne toucherais jamais',
  // Conspiracy and replacement myths, and a group ranked below others: "… contrôlent les médias", "… moins intelligents que …".
  'controlent les medias', 'controlent les banques', 'controlent le monde', 'dirigent le monde', 'imposer la charia', 'nous remplacer',
  'veulent nous remplacer', 'nous remplacent', 'nous remplaceront', 'moins intelligents que', 'moins intelligentes que', 'moins evolues', 'moins civilises',
  // Thrown away, kept from one's children or one's firm: "… à la décharge", "je n'embaucherais jamais …" (not "un aller simple": refugees buy those).
  'a la decharge', 'dans une decharge', 'jetes a la poubelle', 'jetees a la poubelle', 'ne meritent pas de respirer',
  'n embaucherais jamais', 'n engagerais jamais', 'ne laisserais jamais', 'loin de nos enfants', 'loin de mes enfants',
  // Pulling the strings, ticking bombs, sick to be cured, no business in politics, sent back (session 17).
  'tirent les ficelles', 'tirent * les ficelles', 'sont des bombes a retardement', 'n ont rien a faire en politique', 'rien a faire en politique',
  'sont des malades mentaux', 'sont tous des malades', 'ne devrait pas les appeler des humains', 'pas les appeler des humains', 'sont des barbares', 'ce sont des barbares', 'des sauvages', 'sont des sauvages', 'renvoyez tous', 'renvoyez les chez eux', 'renvoyer tous ces', 'a renvoyer chez eux', 'renvoyez * chez eux',
  // Session 22: all the same, an illness, a burden, never integrated, wished home, back to the pots.
  'c est tous les memes', 'sont tous les memes', 'tous les memes ces', 'un trouble mental', 'une maladie mentale', 'sont des malades', 'n apportent rien',
  'une gangrene', 'une vraie gangrene', 'un fardeau', 'ne s integreront jamais', 'ne s integrent jamais', 'peux pas les supporter', 'peux pas les sentir',
  'qu ils rentrent chez eux', 'qu elles rentrent chez elles', 'qu ils retournent chez eux', 'a ses casseroles', 'a leurs casseroles', 'a ses fourneaux',
  'ne respectent rien', 'respectent rien',
  'sous mes semelles', 'sous mes chaussures', ...['ne vois aucune', 'ne vois pas de', 'aucune'].flatMap((n) => ['rat', 'chien', 'cafard'].map((a) => `${n} difference entre un ${a}`)), 'ne valent pas mieux que des',
];
/** An animal said to be worth more than a group ("mon chien est plus intelligent que …"): only with a group named. */
const FRENCH_BEASTS = ['chien', 'chat', 'singe', 'rat', 'hamster', 'poisson rouge', 'insecte', 'cochon', 'chevre', 'perroquet'];
const FRENCH_WORTH = ['est plus intelligent', 'est plus intelligente', 'est plus malin', 'est plus precieux', 'est plus precieuse', 'est plus utile',
  'est plus civilise', 'vaut plus', 'vaut mieux', 'a plus de valeur', 'a plus de cervelle', 'est bien plus intelligent'];
const ITALIAN = [
  'odio', 'odiamo', 'odiare', 'detesto', 'detestiamo', 'disprezzo', 'disprezzare', 'mi fanno schifo', 'fanno schifo', 'fa schifo',
  'schifosi', 'schifose', 'schifoso', 'schifosa', 'disgustosi', 'disgustose', 'ripugnanti', 'inferiori', 'senza valore', 'buoni a nulla',
  'una piaga', 'un flagello', 'un cancro', 'una calamita', 'non hanno niente da fare qui', 'tornatevene a casa', 'tornino a casa loro',
  'a casa loro', 'fuori dai piedi', 'insopportabili',
  // Implicit derogation: kept like animals, not to be trusted, a ruin or a danger, living off others, back to the kitchen.
  'negli zoo', 'in uno zoo', 'allo zoo', 'dovrebbero * rinchiusi', 'dovrebbero * rinchiuse', 'vanno rinchiusi', 'vanno rinchiuse', 'dal veterinario', 'da un veterinario', 'preferirei morire',
  'piuttosto morire', 'mai fidarsi', 'non fidarti mai', 'non fidatevi mai', 'non ci si puo fidare', 'non hanno posto in un paese', 'non hanno posto nel nostro', 'non hanno posto qui', 'non hanno posto tra noi', 'la rovina del paese', 'la rovina del nostro paese',
  'rovinera il nostro paese', 'rovinano il nostro paese', 'un pericolo pubblico', 'dovrebbero stare a casa', 'devono stare a casa',
  'tornare in cucina', 'stare in cucina', 'posto e in cucina', 'ai fornelli', 'vivono alle nostre spalle', 'alle nostre spalle',
  'sulle nostre spalle', 'a spese nostre', 'a nostre spese', 'ci invadono', 'si prendono tutto', 'ci rubano il lavoro', 'rubano il lavoro',
  'non sanno guidare', 'non sanno pensare', 'incapaci di pensare',
  // Worth less than a thing, better gone, unbearable to be near or to be: "il mondo sarebbe migliore senza …", "mi ucciderei".
  'valgono meno di', 'vale meno di', 'hanno meno valore', 'sarebbe migliore senza', 'starebbe meglio senza', 'sarebbe meglio senza',
  'vivremmo meglio senza', 'mi ucciderei', 'mi suiciderei', 'mi sparerei', 'non mangerei mai', 'non toccherei mai',
  // Conspiracy and replacement myths, and a group ranked below others: "… controllano le banche", "… meno intelligenti di …".
  'controllano le banche', 'controllano i media', 'controllano il mondo', 'comandano il mondo', 'imporre la sharia', 'imporci la sharia',
  'sostituirci', 'ci vogliono sostituire', 'meno intelligenti di', 'meno intelligenti degli', 'meno intelligenti delle', 'meno intelligenti dei',
  'meno evoluti', 'meno civili',
  // Thrown away, kept from one's children or one's firm: "… in una discarica", "non assumerei mai …" (not "sola andata").
  'in una discarica', 'in discarica', 'nella spazzatura', 'non meritano di respirare', 'non assumerei mai',
  'non lascerei mai', 'lontano dai nostri figli', 'lontano dai miei figli', 'a casa vostra',
  'sotto le scarpe', 'sotto le suole', ...['non vedo alcuna', 'non vedo nessuna', 'non vedo', 'nessuna'].flatMap((n) => ['topo', 'ratto', 'cane', 'scarafaggio'].map((a) => `${n} differenza tra un ${a}`)),
  'non sono meglio degli animali',
  // Pulling the strings, ticking bombs, sick to be cured, kept out of politics, sent back (session 17).
  'tirano i fili', 'tirano * i fili', 'sono bombe a orologeria', 'sono delle bombe a orologeria', 'malati da curare', 'sono malati mentali', 'sono tutti malati', 'non si possono chiamare esseri umani', 'non sono esseri umani', 'sono dei barbari', 'sono barbari', 'sono dei selvaggi', 'sono selvaggi', 'non dovrebbero fare politica',
  // Session 22: not to stay here, sick people, a weight, pulling the strings in the infinitive.
  'non ci devono stare', 'non devono stare qui', 'non ci dovrebbero stare', 'una malattia mentale', 'un disturbo mentale',
  'solo un peso', 'sono un peso', 'un peso per', 'un fardello', 'tirare i fili', 'a tirare i fili', 'non si integreranno mai', 'non si integrano mai',
  'non li sopporto', 'non le sopporto', 'tornino a casa loro', 'tornassero a casa loro',
  'non dovrebbero votare', 'rimandate a casa', 'rimandateli a casa', 'rimandarli a casa', 'rispediteli a casa', 'rispedite a casa', 'rimandate * a casa',
];
const ITALIAN_BEASTS = ['cane', 'gatto', 'scimmia', 'topo', 'criceto', 'insetto', 'maiale', 'capra', 'pesce rosso', 'pappagallo'];
const ITALIAN_WORTH = ['e piu intelligente', 'e piu furbo', 'e piu furba', 'e piu utile', 'vale di piu', 'vale piu', 'e piu prezioso',
  'e piu preziosa', 'e piu civile', 'ha piu cervello'];
const ENGLISH = [
  'hate', 'hates', 'hated', 'despise', 'despises', 'detest', 'detests', 'loathe', 'loathes', 'can t stand', 'cannot stand', 'disgusting',
  'disgust me', 'revolting', 'repulsive', 'vile', 'inferior', 'worthless', 'useless', 'subhuman', 'filthy', 'a plague', 'a disease',
  'a cancer', 'a burden', 'don t belong here', 'do not belong here', 'go back to', 'send them back', 'get out of our',
  'pathetic',
  // The English list had fallen behind the French and Italian ones (session 17: 5 of 7 English group statements approved).
  'pull the strings', 'pull * the strings', 'are ticking time bombs', 'have no business in', 'has no business in', 'are sick in the head', 'are sick perverts', 'are all sick',
  'are mentally ill', 'is a mental illness', 'in human form', 'shouldn t be called human', 'should not be called human', 'aren t even human', 'are barbarians', 'are savages', 'they re barbarians', 'they re savages', 'need psychiatric treatment', 'send them back where', 'send * back where they came from', 'send * * back where they came from', 'send * * * back where they came from', 'go back where they came from', 'back to where they came from', 'kick them out',
  'should be kicked out', 'don t belong in', 'do not belong in', 'ruining this country', 'ruin this country', 'ruining our country', 'vermin', 'parasites',
  'cockroaches', 'scum', 'can t be trusted', 'cannot be trusted', 'shouldn t be allowed to vote', 'should not be allowed to vote', 'deport them all',
  // Session 22: all the same, never mixing, not as neighbours, a disorder, running the media, bringing crime.
  'they re all the same', 'they are all the same', 'all the same and', 'none of them belong', 'never mix', 'will never mix', 'don t mix',
  'don t want them as neighbours', 'don t want them as neighbors', 'don t want * as neighbours', 'not as neighbours', 'a mental disorder', 'a mental illness', 'sick in the head', 'run the media', 'control the media',
  'run the banks', 'control the banks', 'runs the media', 'bring crime', 'brings crime', 'bring nothing but', 'never contribute', 'contribute nothing',
  'will never integrate', 'never integrate',
  'deport all of them', 'are all thieves', 'all criminals', 'are all criminals', 'are lesser', 'less than human', 'belong in a zoo', 'belong in the kitchen',
];

/**
 * Attributes said of a group as its predicate ("Refugees are dirty", "Why are Muslims always so lazy?", "Les réfugiés
 * sont toujours si sales", "I musulmani sono pigri"), as the German lists have them (PREDICATE × ATTRIBUTES in
 * lexicon-group-frames.ts). Only right after the copula or after a few adverbs ("all", "so", "always so", "tous",
 * "sempre così"), and after the copula and the group in a question ("Why are Muslims so lazy?"): with any words
 * between, "Refugees are doing the dirty work" and "… are living in dirty camps" would say it. A negation before or
 * between denies it as for every row; the words weigh only in a sentence that names a group (session 23).
 */
const predicates = (copulas: readonly string[], fillers: readonly string[], asked: readonly string[], attributes: readonly string[]): string[] =>
  copulas.flatMap((c) => [...fillers.map((f) => (f === '' ? c : `${c} ${f}`)), ...asked.map((q) => `${c} * ${q}`)]).flatMap((head) => attributes.map((a) => `${head} ${a}`));
const ENGLISH_PREDICATES = predicates(
  ['are', 'were'],
  ['', 'all', 'so', 'just', 'always', 'all so', 'just so', 'always so', 'really', 'really so', 'simply', 'naturally', 'inherently', 'basically', 'by nature', 'too', 'very', 'mostly', 'all just'],
  ['so', 'always so', 'all so', 'always', 'all'],
  ['lazy', 'dirty', 'smelly', 'stinky', 'primitive', 'backward', 'uncivilised', 'uncivilized', 'greedy', 'dishonest', 'sneaky', 'deceitful', 'treacherous',
    'degenerate', 'perverted', 'ungrateful', 'barbaric', 'untrustworthy', 'violent', 'dangerous', 'criminal', 'hysterical', 'thieving', 'brainless',
    // not "a threat": the noun is a reporting cue ("threatened"), which made the sentence reported and hid it from the model
    'freeloaders', 'leeches', 'scroungers', 'a danger', 'a menace'],
);
const FRENCH_PREDICATES = predicates(
  ['sont', 'etaient', 'sont ils', 'sont elles', 'restent'],
  ['', 'tous', 'toutes', 'si', 'tellement', 'toujours', 'toujours si', 'tous si', 'vraiment', 'juste', 'simplement', 'naturellement', 'par nature', 'trop'],
  [],
  ['paresseux', 'paresseuses', 'faineants', 'faineantes', 'sales', 'crasseux', 'crasseuses', 'puants', 'puantes', 'primitifs', 'primitives', 'arrieres',
    'arrierees', 'incivilises', 'incivilisees', 'cupides', 'malhonnetes', 'sournois', 'sournoises', 'fourbes', 'degeneres', 'degenerees', 'pervers',
    'perverses', 'ingrats', 'ingrates', 'violents', 'violentes', 'dangereux', 'dangereuses', 'criminels', 'criminelles', 'hysteriques', 'voleurs',
    'menteurs', 'menteuses', 'profiteurs', 'profiteuses', 'parasites'],
);
const ITALIAN_PREDICATES = predicates(
  ['sono', 'erano', 'restano'],
  ['', 'tutti', 'tutte', 'cosi', 'sempre', 'sempre cosi', 'tutti cosi', 'davvero', 'proprio', 'solo', 'semplicemente', 'per natura', 'troppo'],
  [],
  ['pigri', 'pigre', 'sfaticati', 'sfaticate', 'fannulloni', 'fannullone', 'scansafatiche', 'sporchi', 'sporche', 'sudici', 'sudice', 'puzzolenti',
    'primitivi', 'primitive', 'arretrati', 'arretrate', 'incivili', 'avidi', 'avide', 'disonesti', 'disoneste', 'subdoli', 'subdole', 'degenerati',
    'degenerate', 'perversi', 'perverse', 'ingrati', 'ingrate', 'violenti', 'pericolosi', 'pericolose', 'criminali', 'ladri', 'bugiardi', 'bugiarde',
    'parassiti', 'isterici', 'isteriche'],
);
/**
 * Goodness and respect denied, trust refused, trouble wherever a group is, blame, a seat refused, never learning or
 * fitting in, wished gone, asked what is wrong with it (session 23, from templates of our own; the German rows are in
 * lexicon-group-frames.ts).
 */
const ENGLISH_IMPLICIT = [
  'not good people', 'no good people', 'have no respect for', 'got no respect for', 'will never trust', 'go there is trouble',
  'there is always trouble', 'there s always trouble', 'going downhill', 'goes downhill', 'going to the dogs', 'never sit next to', 'never learn',
  'they re just like that', 'they are just like that', 'don t want to fit in', 'do not want to fit in', 'don t want to integrate', 'refuse to integrate',
  'finally disappear', 'finally be gone', 'what is wrong with', 'what s wrong with',
];
const FRENCH_IMPLICIT = [
  'pas des gens bien', 'aucun respect pour', 'partout ou il y a des * il y a des problemes', 'partout ou il y a des * il y a toujours des problemes', 'jamais confiance aux', 'il y a toujours des problemes', 'il y a des problemes partout', 'part en vrille',
  'partent en vrille', 'assois jamais a cote', 'n apprendront jamais', 'ils sont comme ca', 'elles sont comme ca', 'veulent pas s integrer',
  'refusent de s integrer', 'enfin disparaitre', 'disparaitre enfin', 'qui ne va pas chez',
];
const ITALIAN_IMPLICIT = [
  'non sono brave persone', 'non ho alcun rispetto per', 'non ho nessun rispetto per', 'non mi fidero mai', 'non mi siedo mai accanto', 'ci sono sempre problemi', 'ci sono solo problemi',
  'va a rotoli', 'vanno a rotoli', 'non impareranno mai', 'sono fatti cosi', 'non vogliono integrarsi', 'rifiutano di integrarsi',
  'spariranno finalmente', 'finalmente spariranno', 'sparire finalmente', 'che non va nei', 'che non va negli', 'che non va nelle',
];

/** Contempt rows in every language. */
export const CONTEMPT_ROWS: readonly Row[] = [
  ...rows([...ENGLISH_PREDICATES, ...ENGLISH_IMPLICIT], EN),
  ...rows([...FRENCH_PREDICATES, ...FRENCH_IMPLICIT], FR),
  ...rows([...ITALIAN_PREDICATES, ...ITALIAN_IMPLICIT], IT),
  ...rows(GERMAN, DE),
  ...rows(FRENCH, FR),
  ...rows(FRENCH_BEASTS.flatMap((b) => FRENCH_WORTH.map((w) => `${b} ${w}`)), FR),
  ...rows(ITALIAN, IT),
  ...rows(ITALIAN_BEASTS.flatMap((b) => ITALIAN_WORTH.map((w) => `${b} ${w}`)), IT),
  ...rows(ENGLISH, EN),
];
