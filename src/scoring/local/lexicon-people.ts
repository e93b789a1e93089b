/**
 * Everyday French, Italian and English words for people that insult them, beyond the core tables: fools and
 * madmen, cowards, idlers, cheats and crooks, braggarts and bores, yes-men, boors, political name-calling of left and
 * right ("facho", "gauchiasse", "zecche rosse", "rightoid"), vulgar names, with their feminine and plural forms.
 *
 * Each list feeds two places:
 * - the lexicon (a row per form, counted wherever the word stands: "ces planqués incapables", "Absolute numpties");
 * - the grammar of insult-predicates.ts, which knows the word as a noun for a person (STRONG: "ce balourd de
 *   député", "il est un énergumène", "quel cazzaro del sindaco", "the mayor is a blowhard").
 *
 * Words with an innocent everyday sense ("marteau", "trombone", "zecca", "snowflake", "knob", "plank", "tit",
 * "gammon", "prima donna" of the opera) get no row of their own: they are WEAK words of the grammar (an insult only
 * as a predicate, after "quel"/"what", "sale"/"brutto"/"you", "bande de"/"branco di"/"bunch of", or before
 * "de"/"del"/"of" + a person: "quel trombone del sindaco") and rows only in frames aimed at people ("zecche rosse",
 * "sei un caso umano", "overpaid prima donnas", "typical lefty snowflake").
 *
 * Political labels that are also said plainly ("gauchiste", "réac", "radical chic", "lefty") weigh below hold alone
 * ({@link LABEL}) and count in full when pointed at someone ("ces gauchistes", "Ce réac de service").
 * Terms are in normalised form (no accents, apostrophes and hyphens as spaces: "jean foutre", "m as tu vu").
 */
import { EN, FR, IT, about, each, expand, frames, insult, italianForms, severe, type LexiconWeights, type Row, type RowOptions } from './lexicon-rows';


/** Vulgar names: held, and rejected with an address or a second insult. */
const VULGAR = severe(0.86);
/** Plain insults of a person. */
const PLAIN = insult(0.75);
/** Milder words (a bore, a show-off, a softie): held alone, but a little weaker. */
const MILD = insult(0.62);
/** Political labels said plainly too: below hold alone; a frame aimed at people counts in full. */
const LABEL = about(0.35);
/** Idioms of madness and stupidity said of the reader or someone ("t'as un grain", "you're off your head"). */
const IDIOM = insult(0.7);

interface Vocabulary {
  /** Words that name a person only, by weight: lexicon rows and STRONG words of the grammar. */
  strong: readonly [words: readonly string[], weights: LexiconWeights][];
  /** Words with another sense (a tool, an animal, a fruit, a rug): WEAK words of the grammar only. */
  weak: readonly string[];
  /** Labels: a row at {@link LABEL}, WEAK words of the grammar. */
  labels: readonly string[];
}

// ---------------------------------------------------------------------------------------------------------------
// French (incl. Swiss romand)
// ---------------------------------------------------------------------------------------------------------------

export const FR_PEOPLE: Vocabulary = {
  strong: [
    [
      expand(
        // Fools and louts.
        'energumene:s balourd:e,s,es lourdingue:s olibrius hurluberlu:s clampin:s branque:s jobard:e,s,es ' +
          'godiche:s gourdasse:s sous-doue:e,s,es sot:te,s,tes dadais ' +
          'bas-du-front lourdaud:e,s,es rustre:s malotru:e,s,es goujat:s cuistre:s paltoquet:s freluquet:s avorton:s ' +
          'gougnafier:s,e,es cul-terreux ' +
          // Madmen.
          'zinzin:s maboul:e,s,es frappadingue:s loufdingue:s azimute:e,s,es ' +
          // Cowards and softies.
          'trouillard:e,s,es petochard:e,s,es degonflard:e,s,es mollasson:ne,s,nes femmelette:s ' +
          // Idlers and spongers.
          'tire-au-flanc tire-au-cul flemmard:e,s,es cossard:e,s,es glandouilleur glandouilleurs glandouilleuse glandouilleuses pique-assiette:s ' +
          // Cheats and crooks.
          'magouilleur magouilleurs magouilleuse magouilleuses combinard:e,s,es aigrefin:s gredin:e,s,es scelerat:e,s,es ' +
          'margoulin:s ripou:s,x baratineur baratineurs baratineuse baratineuses faux-cul:s faux-jeton:s faux-derche:s ' +
          // Braggarts, bores and yes-men.
          'craneur craneurs craneuse craneuses beni-oui-oui pimbeche:s mijauree:s ' +
          'donneur-de-lecons donneurs-de-lecons donneuse-de-lecons donneuses-de-lecons pisse-froid pisse-vinaigre ' +
          'cireur-de-pompes cireurs-de-pompes sbire:s ' +
          // Drunks.
          'poivrot:e,s,es pochtron:ne,s,nes soulard:e,s,es sac-a-vin ' +
          // Shrews.
          'megere:s virago:s ' +
          // Nobodies and know-alls.
          'demi-portion:s tete-a-claques tetes-a-claques crane-d-oeuf cranes-d-oeuf ' +
          // Political name-calling that is contempt only.
          'droitard:e,s,es gauchiasse:s gaucho:s nazillon:s islamo-gauchiste:s ecolo-bobo:s covidiot:s,e,es ' +
          // Second round: louts, thugs and brats, misers, boors, hangers-on.
          'malappris:e,es rustaud:e,s,es capitulard:e,s,es rapiat:e,s,es grippe-sou:s faineasse:s zonard:e,s,es loubard:s morveux morveuse:s ' +
          'niaiseux niaiseuse:s gourgandine:s nianiou:s macronard:e,s,es feminazie:s platiste:s',
      ),
      PLAIN,
    ],
    [expand('merdeux merdeuse:s emmerdeur emmerdeurs emmerdeuse emmerdeuses chieur chieurs chieuse chieuses fouteur-de-merde fouteurs-de-merde couille-molle couilles-molles peine-a-jouir trou-de-balle trous-de-balle sac-a-foutre pauvre-merde'), VULGAR],
    [expand('casse-pieds rabat-joie:s cul-benit:s culs-benits frimeur frimeurs frimeuse frimeuses fanfaron:ne,s,nes vantard:e,s,es enquiquineur enquiquineurs enquiquineuse enquiquineuses radin:e,s,es pingre:s harpagon:s'), MILD],
    // Set phrases of the words that are also said of things ("ça ne vaut rien", "bon à rien" of a gadget).
    [['un vaut rien', 'des vaut rien', 'bande de vaut rien', 'un moins que rien', 'une moins que rien', 'des moins que rien', 'un bon a rien', 'une bonne a rien', 'des bons a rien', 'des bonnes a rien', 'bande de bons a rien', 'un propre a rien', 'des propres a rien'], PLAIN],
  ],
  // Also a tool, a bird, a shirt, a letter, a cake, a rug, a fish, a wound ("un marteau", "une enveloppe timbrée").
  weak: expand(
    'marteau:x ballot:s corniaud:s simplet:te,s,tes ' +
      'lavette:s carpette:s paillasson:s toutou:s requin:s rapace:s vautour:s mufle:s morue:s sorciere:s ' +
      'zouave:s baudet:s bourrin:s gorille:s harpie:s degenere:e,s,es detraque:e,s,es siphonne:e,s,es ahuri:e,s,es empote:e,s,es ' +
      'arnaqueur arnaqueurs arnaqueuse arnaqueuses ringard:e,s,es fayot:s,e,es bobo:s reac:s wokiste:s filou:s,te,tes plaisantin:s dindon:s embusque:e,s,es godillot:s babouin:s saltimbanque:s ' +
      'sociopathe:s desequilibre:e,s,es',
  ),
  labels: expand('gauchiste:s facho:s fachiste:s reac:s wokiste:s bien-pensant:e,s,es'),
};

/** Set phrases: idioms of madness and stupidity, said of the reader or someone. */
const FR_SUBJECTS = ['t as', 'tu as', 'il a', 'elle a', 'vous avez', 'ils ont', 'elles ont', 'qui a'];
const FR_IS = ['t es', 'tu es', 'il est', 'elle est', 'vous etes', 'ils sont', 'elles sont', 'c est un', 'c est une'];
const FR_PHRASES: Row[] = [
  ...frames(FR_SUBJECTS, ['un grain', 'un petit grain', 'un sacre grain', 'un gros grain', 'une araignee au plafond', 'une case en moins', 'perdu la boule', 'fondu un plomb', 'un pete au casque', 'pas invente la poudre', 'pas invente le fil a couper le beurre', 'un pois chiche a la place du cerveau'], IDIOM, { ...FR, inflect: false }),
  ...frames(FR_IS, ['a l ouest', 'completement a l ouest', 'totalement a l ouest', 'vraiment a l ouest', 'fou a lier', 'folle a lier', 'bon pour l asile', 'bonne pour l asile', 'bons pour l asile', 'pas une lumiere', 'pas une fleche', 'pas un aigle', 'bas de plafond', 'con comme la lune', 'bete comme un ane', 'bete comme une oie', 'un ane bate', 'un pauvre d esprit', 'une pauvre d esprit',
  ], IDIOM, { ...FR, inflect: false }),
  // Not after "c'est un": "c'est un marteau", "c'est un timbre rare" are a hammer and a stamp.
  ...frames(FR_IS.filter((h) => !h.startsWith('c est')), [
    ...['marteau', 'marteaux', 'timbre', 'timbree', 'timbres', 'fele', 'felee', 'feles', 'givre', 'givree', 'givres', 'cintre', 'cintree', 'toque', 'toquee', 'toques', 'siphonne', 'siphonnee', 'detraque', 'detraquee'].flatMap((w) => [w, `completement ${w}`, `totalement ${w}`, `un peu ${w}`]),
    'completement allume', 'completement allumee', 'completement allumes', 'un degonfle', 'une degonflee', 'des degonfles', 'une grande gueule', 'des grandes gueules', 'un fayot', 'une fayote', 'un m as tu vu', 'des m as tu vu', 'un je sais tout', 'une je sais tout'], IDIOM, { ...FR, inflect: false }),
  ...each(['travaille du chapeau', 'travailles du chapeau', 'travaillent du chapeau', 'ondule de la toiture', 'echappe de l asile', 'echappes de l asile', 'echappee de l asile', 'araignee au plafond', 'ane bate', 'anes bates', 'pauvres d esprit', 'idiot du village', 'idiote du village', 'idiots du village', 'cretin des alpes', 'cretins des alpes', 'con comme la lune', 'poule mouillee', 'poules mouillees', 'chiffe molle', 'chiffes molles', 'espece de grande gueule', 'quelle grande gueule', 'cette grande gueule', 'ces grandes gueules', 'bande de grandes gueules', 'sale grande gueule', 'fort en gueule', 'forts en gueule', 'beau parleur', 'beaux parleurs', 'tete de linotte', 'tete de pioche', 'tete de mule',
    'idiot fini', 'idiote finie', 'cretin fini', 'imbecile fini', 'con fini', 'triple buse', 'triple andouille', 'triple idiot', 'triple idiote', 'triple sot', 'double andouille', 't es un cas social', 'tu es un cas social', 'vous etes des cas sociaux', 'bande de cas sociaux', 'cas soc',
    'bon a enfermer', 'bonne a enfermer', 'bons a enfermer', 'grossier personnage', 'grossiers personnages', 'petite frappe', 'petites frappes', 'sale gosse', 'sales gosses', 'sale mome', 'sales momes', 'petit merdeux', 'petite merdeuse',
    'vieux fossile', 'vieux fossiles', 'vieille baderne', 'vieilles badernes', 'suppot de satan', 'valet du capital', 'valets du capital', 'traitre a la patrie', 'traitres a la patrie', 'cervelle de colibri', 'cerveau de colibri', 'qi de bigorneau'], IDIOM, { ...FR, inflect: false }),
  // Pointed at people: "ces planqués", "ces gauchistes", "bande de bobos", "Ce réac de service".
  ...frames(['ces', 'tous ces', 'bande de', 'tous des', 'ramassis de', 'sales', 'sale', 'espece de', 'quel', 'quels', 'encore un', 'encore une', 'typique'], expand('planque:s,e,es assiste:s,e,es gauchiste:s facho:s bobo:s reac:s wokiste:s bien-pensant:s,e,es ahuri:s,e,es degenere:s,e,es detraque:s,e,es arnaqueur arnaqueurs arnaqueuse arnaqueuses ringard:s,e,es fayot:s'), insult(0.62), { ...FR, inflect: false }),
  ...each(['reac de service', 'facho de service', 'gauchiste de service', 'bobo de service', 'bobos parisiens', 'bobos zurichois', 'bobos lausannois', 'bobos genevois', 'khmers verts', 'ayatollahs verts', 'ayatollahs du climat', 'talibans verts', 'gauche caviar', 'gauche bobo'], insult(0.62), { ...FR, inflect: false }),
];

/** "tu as un grain de café …", "il est à l'ouest de Lausanne": the literal senses of the idioms above. */
const FR_ALLOW: string[] = [
  ...frames(FR_SUBJECTS, ['perdu la boule de', 'perdu la boule d', 'un grain de', 'un grain d', 'un petit grain de', 'un petit grain d', 'un gros grain de', 'un gros grain d'], {}).map(([t]) => t),
  ...frames(FR_IS, ['a l ouest de', 'a l ouest du', 'a l ouest des', 'a l ouest d'], {}).map(([t]) => t),
  // Two words that join to a word above ("j'ai mal appris ma leçon", "en mer deux jours").
  'mal appris', 'mal apprise', 'mal apprises', 'mer deux',
  // Shakespeare's play ("La Mégère apprivoisée se joue à Carouge").
  'la megere apprivoisee', 'megere apprivoisee',
];

// ---------------------------------------------------------------------------------------------------------------
// Italian (incl. Ticino)
// ---------------------------------------------------------------------------------------------------------------

export const IT_PEOPLE: Vocabulary = {
  strong: [
    [
      [
        // Fools and louts.
        ...italianForms('energumeno tontolone stolto sempliciotto boccalone credulone fessacchiotto rincitrullito picchiatello burino truzzo zarro villanzone'),
        'ebete',
        'ebeti', 'minus habens',
        // Cowards, softies and idlers.
        ...italianForms('fifone rammollito sfaticato'), 'cacasotto', 'cacasotti', 'scansafatiche', 'perdigiorno', 'nullafacente', 'nullafacenti', 'pappamolle', 'mezza calzetta', 'mezze calzette',
        // Cheats, braggarts and yes-men.
        ...italianForms('cazzaro imbroglione mascalzone manigoldo gaglioffo paraculo sbruffone spaccone gradasso arraffone pallonaro'), 'furfante', 'furfanti', 'lestofante', 'lestofanti', 'tirapiedi', 'millantatore', 'millantatori', 'millantatrice',
        ...italianForms('piagnone frignone rosicone parolaio'), 'megera', 'megere', 'arpia', 'arpie',
        // Political name-calling that is contempt only.
        ...italianForms('fascistello comunistello sinistroide nazistoide'), 'sinistroidi', 'destroide', 'destroidi', 'piddino', 'piddini', 'buonista', 'buonisti', 'buoniste', 'covidiota', 'covidioti',
        // Second round: dim, crooked, cowardly, conceited, political.
        ...italianForms('sciroccato cojone ominicchio omuncolo truffaldino mollaccione legaiolo'), 'ominicchi', 'omuncoli', 'mezza tacca', 'mezze tacche', 'reggicoda', 'magnaccia', 'attaccabrighe',
        'approfittatore', 'approfittatori', 'approfittatrice', 'approfittatrici', 'fascistoide', 'fascistoidi', 'comunistoide', 'comunistoidi', 'kompagno', 'kompagni', 'piddiota', 'piddioti', 'grilloide', 'grilloidi',
        'ecotalebano', 'ecotalebani', 'gretino', 'gretina', 'gretini', 'gretine',
        // Tuscan, Lombard and Roman fools, braggarts and liars.
        ...italianForms('scimunito bischero grullo mammalucco baggiano lifrocco babbione fanfarone'), 'lifrocch', 'contaballe', 'cacciaballe', 'azzeccagarbugli',
        'venditore di fumo', 'venditori di fumo', 'venditrice di fumo',
      ],
      PLAIN,
    ],
    [['merdaccia', 'merdacce', 'troione', 'troiona', 'zoccolona', 'puttaniere', 'puttanieri', 'sacco di merda', 'cagacazzo', 'cagacazzi', 'rompicoglioni', 'scassacazzi', 'scassaminchia', 'mezza sega', 'mezze seghe', 'segaiolo', 'segaioli', 'figlio di buona donna', 'figli di buona donna', 'fasciomerda', 'fasciomerde', 'comunistamerda'], VULGAR],
    [['rompiballe', 'rompipalle', 'rompiscatole', 'femminuccia', 'femminucce', 'terrapiattista', 'terrapiattisti', ...italianForms('fighetto tirchio spilorcio taccagno pidocchioso furbetto palazzinaro galoppino borgataro'), 'bauscia', 'arrivista', 'arrivisti', 'arrampicatore sociale', 'arrampicatrice sociale', 'arrampicatori sociali', 'figlio di papa', 'figli di papa', 'figlia di papa'], MILD],
  ],
  // Also an owl, a rabbit, an instrument, a snake, a hyena, a witch, an armchair, a played piece, an unscrewed bolt.
  weak: [...italianForms('allocco coniglio squilibrato megalomane'), 'megalomane', 'megalomani', 'saccente', 'saccenti', 'trombone', 'tromboni', 'vipera', 'vipere', 'iena', 'iene', 'serpe', 'serpi', 'strega', 'streghe', 'befana', 'talebano', 'talebani', 'babbuino', 'babbuini', 'giullare', 'giullari', ...italianForms('spocchioso furbastro'), 'villano', 'villani'],
  labels: ['radical chic', 'benpensante', 'benpensanti', 'perbenista', 'perbenisti'],
};

/** Said to the reader or of a bunch: "sei un caso umano", "branco di zecche". */
const IT_IS = ['sei un', 'sei una', 'sei uno', 'sei proprio un', 'sei proprio una', 'sei proprio uno', 'sei solo un', 'sei solo una', 'sei solo uno', 'siete dei', 'siete delle', 'siete degli', 'branco di', 'banda di', 'manica di', 'massa di'];
/** Pointed at: "quel pallone gonfiato", "il solito caso umano"; not for words that are also animals ("quel coniglio è scappato"). */
const IT_THAT = ['quel', 'quella', 'quei', 'quelle', 'il solito', 'la solita', 'i soliti', 'le solite'];
const IT_PHRASES: Row[] = [
  // A case for the social services, a freak show, a balloon full of air: said of someone.
  ...frames(IT_THAT, ['caso umano', 'casi umani', 'pallone gonfiato', 'palloni gonfiati', 'fenomeno da baraccone', 'fenomeni da baraccone', 'mezza calzetta', 'radical chic', 'buono a nulla', 'testa bacata', 'svitato', 'svitata', 'svitati', 'sprovveduto', 'sprovveduta', 'sprovveduti', 'squilibrato', 'squilibrata', 'squilibrati'], insult(0.66), { ...IT, inflect: false }),
  ...frames(IT_IS, ['caso umano', 'casi umani', 'pallone gonfiato', 'palloni gonfiati', 'fenomeno da baraccone', 'fenomeni da baraccone', 'mezza calzetta', 'zecca', 'zecche', 'primadonna', 'primedonne', 'prima donna', 'prime donne', 'radical chic', 'buono a nulla', 'testa bacata', 'svitato', 'svitata', 'svitati', 'sprovveduto', 'sprovveduta', 'sprovveduti', 'matto', 'matta', 'pazzo', 'pazza', 'suonato', 'suonata', 'suonati', 'mantenuto', 'mantenuta', 'mantenuti', 'coniglio', 'conigli', 'squilibrato', 'squilibrata', 'squilibrati'], insult(0.66), { ...IT, inflect: false }),
  ...each(['zecche rosse', 'zecca rossa', 'zecche comuniste', 'zecche dei centri sociali', 'zecche da centro sociale', 'zecche di sinistra', 'sporche zecche', 'primedonne strapagate', 'primadonne strapagate', 'prime donne strapagate', 'primadonna strapagata', 'primedonne viziate', 'primadonna viziata', 'fa la primadonna', 'fanno le primedonne',
    'fenomeno da baraccone', 'fenomeni da baraccone', 'i soliti gufi', 'quei gufi', 'sei un gufo', 'siete dei gufi', 'ma sei un fenomeno', 'ma sei proprio un fenomeno', 'ma che fenomeno sei', 'pallone gonfiato', 'palloni gonfiati', 'testa bacata', 'teste bacate', 'rotella fuori posto', 'rotelle fuori posto', 'manca un venerdi', 'mancano dei venerdi', 'fuori di melone', 'fuori di zucca', 'fuori come un terrazzo',
    ...['completamente', 'totalmente', 'proprio', 'un po', 'parecchio'].flatMap((a) => [`${a} suonato`, `${a} suonata`, `${a} suonati`, `${a} svitato`, `${a} svitata`, `${a} squilibrato`, `${a} squilibrata`]),
    'matto da legare', 'matta da legare', 'matti da legare', 'pazzo da legare', 'pazza da legare', 'pazzi da legare', 'sei da tso', 'siete da tso', 'e da tso', 'sei da ricoverare', 'siete da ricoverare', 'sei da manicomio', 'siete da manicomio', 'non ci sta con la testa', 'non ci stai con la testa', 'gli ha dato di volta il cervello',
    'scemo del villaggio', 'scema del villaggio', 'scemi del villaggio', 'idiota del villaggio', 'idioti del villaggio', 'scemo di guerra', 'faccia da schiaffi', 'facce da schiaffi', 'montato di testa', 'montata di testa', 'montati di testa', 'sei un montato', 'sei una montata', 'sei un impedito', 'sei una impedita', 'siete degli impediti',
    'sei una piattola', 'che piattola', 'sei un broccolo', 'sei un carciofo', 'siete dei broccoli',
    'siete una mandria', 'siete un gregge', 'siete dei buoi', 'popolo di buoi', 'elettori buoi', 'mandria di buoi che vota', 'faccia di bronzo', 'magna magna', 'radical chic da salotto', 'comunisti da salotto', 'compagni da salotto', 'sinistra da salotto', 'comunisti col rolex', 'comunisti con il rolex'], insult(0.66), { ...IT, inflect: false }),
  ...frames(['questi', 'quei', 'quegli', 'i soliti', 'branco di', 'banda di', 'sei un', 'siete dei', 'sporco', 'sporchi', 'brutto', 'brutti', 'maledetto', 'maledetti'], ['buonista', 'buonisti', 'trombone', 'tromboni', 'comunistelli', 'piddini', 'grillini di merda', 'leghisti di merda', 'comunisti di merda'], insult(0.62), { ...IT, inflect: false }),
];
/** "il pallone gonfiato è volato via": the balloon. */
const IT_ALLOW: string[] = [
  // Two words that join to a word above ("la parola ai pastori", "perdi giorno dopo giorno").
  'parola ai', 'parola io', 'perdi giorno', 'nulla facente', 'tira piedi','il pallone gonfiato', 'un pallone gonfiato di', 'palloni gonfiati di', 'i palloni gonfiati', 'pallone gonfiato ad elio', 'palloni gonfiati ad elio', 'pallone gonfiato a elio'];

// ---------------------------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------------------------

export const EN_PEOPLE: Vocabulary = {
  strong: [
    [
      expand(
        // Fools.
        'numpties doofus:es dingbat:s dunderhead:s dullard:s lamebrain:s chucklehead:s ninny ninnies lummox:es galoot:s lunkhead:s ' +
          'muttonhead:s thicko:s ignoramuses oafs berk:s bozo:s ' +
          // Madmen.
          'crackpot:s loony loonies headcase:s nutbag:s wackjob:s whacko:s ' +
          // Cowards and whiners.
          'wuss:es wussy wussies milksop:s chickenshit:s sissy sissies whinger:s yellowbelly yellowbellies scaredycat:s ' +
          // Idlers and spongers.
          'shirker:s scrounger:s ne-er-do-well:s ' +
          // Cheats and crooks, braggarts, bores and yes-men.
          'chancer:s shyster:s huckster:s mountebank:s spiv:s backstabber:s toady toadies lickspittle:s brown-noser:s brownnoser:s ' +
          'blowhard:s windbag:s gasbag:s loudmouth:s bigmouth:s smartarse:s smart-arse:s smartass smartasses wiseass wiseasses ' +
          'prig:s sleazeball:s scrote:s ' +
          // Political name-calling that is contempt only.
          'rightoid:s leftoid:s conservatard:s trumptard:s remoaner:s trumpanzee:s feminazi:s covidiot:s magat:s pinko:s chav:s ' +
          // Second round: dim, mad, crooked, cowardly, conceited, political.
          'clodhopper:s bumpkin:s schmuck:s putz twonk:s kook:s bloodsucker:s skinflint:s moocher:s bullshitter:s quisling:s egomaniac:s harridan:s ' +
          'floozy floozies slapper:s trollop:s strumpet:s hussy hussies leftard:s rethuglican:s repugnican:s demonrat:s democrap:s cuckservative:s soyboy:s wokerati',
      ),
      PLAIN,
    ],
    [['little shit', 'little shits', 'arrogant little shit', 'smug little shit'], VULGAR],
    [expand('tosspot:s dickwad:s dickweed:s douchenozzle:s asswipe:s arsewipe:s shitstain:s cockwomble:s twatwaffle:s wankstain:s cumstain:s jerkoff:s brexshitter:s'), VULGAR],
    [expand('dork:s dweeb:s killjoy:s sourpuss:es busybody busybodies whiner:s freeloading tankie:s sjw:s wokist:s wokeist:s weirdo:s neckbeard:s pleb:s redneck:s klutz:es goofball:s oddball:s cheapskate:s tightwad:s fibber:s turncoat:s poseur:s megalomaniac:s crone:s wokie:s truther:s lazybones'), MILD],
    [['tree hugger', 'tree huggers', 'bleeding heart liberal', 'bleeding heart liberals', 'virtue signaller', 'virtue signallers', 'do gooder', 'do gooders', 'little englander', 'little englanders'], MILD],
    [['a bit of a dim bulb', 'such a dim bulb', 'what a dim bulb', 'he s not all there', 'she s not all there', 'dumb dumb', 'space cadet', 'space cadets', 'loony tunes', 'flat earther', 'flat earthers', 'tinfoil hatter', 'tinfoil hatters', 'lily livered', 'gutless wonder', 'bullshit artist', 'bullshit artists', 'he s a snake in the grass', 'she s a snake in the grass', 'such a snake in the grass', 'what a snake in the grass', 'pompous ass', 'pompous git', 'old battleaxe', 'old battle axe',
      'tory scum', 'lazy sod', 'lazy git', 'country bumpkin', 'country bumpkins', 'soy boy', 'soy boys', 'eco loon', 'eco loons', 'eco zealot', 'eco zealots', 'climate zealots',
      'a know it all', 'smug know it all', 'know it alls', 'preachy know it all', 'smug preachy know it all', 'overgrown toddler', 'overgrown toddlers',
      'overgrown child', 'overgrown baby', 'spoiled brat', 'spoilt brat', 'weaselly little', 'weasely little', 'lying little', 'you are * the dumbest', 'you re * the dumbest',
      'you are the dumbest', 'you re the dumbest', 'the dumbest commenter', 'the stupidest commenter', 'a good for nothing', 'lazy good for nothing', 'good for nothings', 'you good for nothing'], PLAIN],
  ],
  // Also a bird, a door handle, a board, a tool, a ham, a flower, a drawing game, a blood clot, a turf.
  weak: expand('tit:s knob:s plank:s spanner:s gammon:s pansy pansies wally wallies clot:s crank:s loon:s cultist:s poodle:s fruitcake:s hick:s vulture:s scrooge:s brownshirt:s'),
  labels: expand('lefty lefties leftie:s incel:s'),
};

const EN_IS = ['you re', 'you are', 'he s', 'she s', 'he is', 'she is', 'they re', 'they are', 'you must be', 'he must be', 'she must be', 'they must be'];
const EN_PHRASES: Row[] = [
  ...frames(EN_IS, ['off your head', 'off his head', 'off her head', 'off their heads', 'off your rocker', 'off his rocker', 'off her rocker', 'off their rockers', 'off your trolley', 'off his trolley', 'off her trolley', 'barking mad', 'round the bend', 'round the twist', 'away with the fairies', 'out of your tiny mind', 'bonkers', 'nuts', 'cuckoo', 'loopy', 'unhinged', 'thick as mince', 'daft as a brush'], IDIOM, { ...EN, inflect: false }),
  ...each(['off your head', 'off your rocker', 'off his rocker', 'off her rocker', 'off their rockers', 'off your trolley', 'barking mad', 'daft as a brush', 'thick as mince', 'thick as pig shit', 'dumb as a post', 'dumb as a sack of hammers', 'dumb as dirt', 'dumb as a bag of hammers', 'dumb as a box of hair',
    'couldn t organise a piss up in a brewery', 'couldn t organize a piss up in a brewery', 'organise a piss up in a brewery', 'organize a piss up in a brewery', 'all mouth and no trousers', 'all hat and no cattle', 'more money than sense', 'two faced liar', 'two faced liars', 'two faced hypocrite', 'you two faced', 'yellow bellied',
    'snake oil salesman', 'snake oil salesmen', 'waste of oxygen', 'scaredy cat', 'scaredy cats', 'head case', 'nut job', 'oxygen thieves', 'trailer trash', 'white trash', 'champagne socialist', 'champagne socialists', 'limousine liberal', 'limousine liberals',
    'social justice warrior', 'social justice warriors', 'woke mob', 'maga cult', 'maga cultist', 'maga cultists', 'loony left', 'lefty loonies', 'lefty snowflake', 'lefty snowflakes', 'liberal snowflake', 'liberal snowflakes', 'woke snowflake', 'woke snowflakes', 'typical snowflake', 'triggered snowflake',
    'overpaid prima donna', 'overpaid prima donnas', 'overpaid primadonna', 'overpaid primadonnas', 'spoilt prima donna', 'spoilt prima donnas', 'spoiled prima donnas', 'pampered prima donnas', 'bunch of prima donnas', 'such a prima donna', 'what a prima donna', 'moaning minnie', 'clever clogs', 'benefit scrounger', 'benefit scroungers'], IDIOM, { ...EN, inflect: false }),
  // Pointed at people: "these snowflakes", "you gammon", "bunch of lefties".
  ...frames(['these', 'those', 'bunch of', 'a bunch of', 'typical', 'another', 'spineless', 'pathetic', 'whiny', 'whining', 'woke', 'liberal', 'lefty'], ['snowflakes', 'gammons', 'lefties', 'cultists', 'prima donnas', 'wallies', 'wet lettuces'], insult(0.62), { ...EN, inflect: false }),
  ...frames(['you', 'such a', 'what a', 'typical', 'utter', 'absolute', 'total', 'complete', 'gormless', 'stupid', 'pathetic', 'spineless', 'smug', 'whiny'], ['snowflake', 'gammon', 'lefty', 'tit', 'knob', 'plank', 'pansy', 'wally', 'prima donna', 'wet lettuce'], insult(0.62), { ...EN, inflect: false }),
];
/** First snow and a tasty ham: "these snowflakes melt", "typical gammon and pineapple". */
const EN_ALLOW: string[] = [
  // Butter: "add a knob of butter", "what a knob of butter!".
  'knob of butter', 'knobs of butter', 'what a knob of butter',
  // Two words that join to a word above ("the winds blow hard", "a yellow belly and a red neck", "free loading").
  'blow hard', 'blows hard', 'yellow belly', 'red neck', 'red necks', 'nut bag', 'nut bags', 'free loading', 'gas bag', 'gas bags', 'head case', 'busy body', 'kill joy', 'neck beard', 'wind bag', 'crack pot', 'sour puss', 'milk sop', 'big mouth', 'loud mouth','these snowflakes melt', 'those snowflakes melt', 'typical gammon and', 'total snowflakes'];

// ---------------------------------------------------------------------------------------------------------------

/**
 * Forms left to the grammar alone: the misspelling matcher (fuzzy-terms.ts) reads a word with one letter dropped as the
 * term, and these are a verb with a letter less ("emmerder", "magouiller", "baratiner", "crâner", "frimer") or a common
 * word ("chances" for "chancers").
 */
const NOT_A_ROW: ReadonlySet<string> = new Set(['emmerdeur', 'enquiquineur', 'baratineur', 'magouilleur', 'glandouilleur', 'craneur', 'frimeur', 'chancer', 'chancers']);

function rowsOf(vocabulary: Vocabulary, options: RowOptions): Row[] {
  const rows = vocabulary.strong.flatMap(([words, weights]) => each(words.filter((w) => !NOT_A_ROW.has(w)).map(normalised), weights, options));
  return [...rows, ...each(vocabulary.labels.map(normalised), LABEL, options)];
}

/** Hyphens are spaces in normalised text ("tire-au-flanc" → "tire au flanc"). */
function normalised(word: string): string {
  return word.replace(/-/g, ' ');
}

/** The grammar's words for people: single words as the tokenizer sees them (no hyphens, no spaces). */
export function grammarWords(vocabulary: Vocabulary, kind: 'strong' | 'weak'): string[] {
  const words = kind === 'strong' ? vocabulary.strong.flatMap(([w]) => w) : vocabulary.weak;
  return words.filter((w) => !/[- ]/.test(w));
}

export const PEOPLE_INSULT_ROWS: Row[] = [
  ...rowsOf(FR_PEOPLE, { ...FR, inflect: false }),
  ...FR_PHRASES,
  ...rowsOf(IT_PEOPLE, { ...IT, inflect: false }),
  ...IT_PHRASES,
  ...rowsOf(EN_PEOPLE, { ...EN, inflect: false }),
  // "chancers" is "chances" with a letter more: the plural only as an ending of the row, which the misspelling matcher does not read so.
  ['chancer', PLAIN, { ...EN, inflect: ['s'] }],
  ...EN_PHRASES,
];

export const PEOPLE_ALLOW: readonly string[] = [...FR_ALLOW, ...IT_ALLOW, ...EN_ALLOW];
