/**
 * Threats outside the "gehört erschossen" / "je vais te tuer" frames of lexicon-threats.ts: conditional and future
 * threats ("wenn ich den erwische", "dem würde ich eine reinhauen", "je vais te retrouver", "ti vengo a prendere"),
 * knowing where someone lives, bullets and ropes, curses that wish death ("soll an seinem Geld ersticken", "möge er
 * verrecken", "qu'on le pende", "ti auguro di morire", "hope he chokes"), and calls to hurt or kill said of a person
 * by a third party ("einer sollte ihm …", "someone should take him out").
 *
 * - Threats to kill, death wishes and calls to kill use {@link kill} (reject on THREAT and SEVERE_TOXICITY).
 * - Threats to beat someone up use threat(0.92): rejected on THREAT.
 * - Vaguer intimidation ("du wirst es bereuen", "tu vas le regretter", "you'll regret it") holds: a person decides.
 * - Verbs that are also sport or everyday talk ("éliminer", "eliminare") weigh at hold level alone and
 *   {@link GROUP_VIOLENCE} when the sentence names a group.
 * Negation, quotation and reported speech lower every row as for any threat. Terms in normalised form
 * (ä → ae, no accents, apostrophes as spaces: "qu on le pende").
 */
import { DE, EN, FR, GROUP_VIOLENCE, IT, each, frames, kill, threat, type Row } from './lexicon-rows';

const G_VIOLENCE = { group: GROUP_VIOLENCE } as const;
/** Intimidation without a named harm: held, never rejected on its own. */
const INTIMIDATE = threat(0.7);
/** A threat to beat or maim: THREAT at reject level. */
const BEAT = threat(0.92);
/** With a gap of up to three words after each head ("dem würde ich am liebsten eine reinhauen"). */
const gapped = (heads: readonly string[]): string[] => heads.map((h) => `${h} *`);
const cross = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`));

// ---------------------------------------------------------------------------------------------------------------
// German (Standard, Swiss German dialect)
// ---------------------------------------------------------------------------------------------------------------

/** To whom (dative): "… ihm eine reinhauen", "dem sött me eis ufs Dach gäh". */
const DE_DATIVE = ['ihm', 'dir', 'ihr', 'dem', 'em', 'ihne', 'denen', 'euch'];
/** With words between ("dem würde ich am liebsten eine reinhauen"): heads that begin with a rarer word only. */
const DE_DATIVE_HEADS = [
  'dem wuerde ich', 'dem wuerd ich', 'dem werde ich', 'dem taet ich', 'dem sollte man', 'dem muesste man', 'dem muss man', 'einer sollte ihm',
  'jemand sollte ihm', 'einer muesste ihm', 'jemand muesste ihm', 'einer sollte dem', 'jemand sollte dem', 'dem soett me', 'dem sett me',
  'dem soett mer', 'dem sett mer', 'dem mues me', 'dem wuerd i', 'dem taet i', 'dem taeti', 'dem gaeb i', 'oepper soett em', 'oeper sett em',
  'eine soett em', 'oepper soett dem', 'dem soet me', 'dem soet mer', 'dae soet me', 'dem sott me',
];
/** What is done to them: beatings and worse, as infinitives. */
const DE_DATIVE_HARM = [
  'eine reinhauen', 'eins reinhauen', 'eine runterhauen', 'eine knallen', 'eine scheuern', 'die fresse polieren', 'die fresse einschlagen',
  'den schaedel einschlagen', 'die zaehne ausschlagen', 'die beine brechen', 'die knochen brechen', 'alle knochen brechen',
  'eins auf die fresse geben', 'eine auf die fresse geben', 'eins aufs maul geben', 'in die fresse schlagen', 'aufs maul hauen',
  'den kopf abreissen', 'eis ufs dach gae', 'eis ufs dach geh', 'eis ufs dach gaeh', 'eis a grind gae', 'eis uf d schnurre gae',
  'eis ine haue', 'eis ine laenge', 'eis ine chlaepfe', 'de grind iischlah', 'de grind ischlah', 'd fresse poliere', 'd zaeh usschlah',
  'd bei bruche',
];
/** The same, lethal. */
const DE_DATIVE_KILL = [
  'den hals umdrehen', 'das genick brechen', 'die kehle durchschneiden', 'die gurgel zudruecken', 'eine kugel verpassen',
  'eine kugel geben', 'eine kugel in den kopf', 'eine kugel durch den kopf', 'eine kugel jagen', 'ein messer reinrammen',
  'ein messer in den bauch', 'den garaus machen', 'das licht ausblasen', 'das licht auspusten', 'den kopf abschlagen', 'de hals umdraeie',
  'de hals umdrae', 'e chugle gae', 'e chugle verpasse', 'e chugle in grind', 'es messer ine ramme', 's liecht usblase', 'de grind abhaue', 'de chopf abhaue',
  'de grind abschlah', 'de chopf abschlah', 'den kopf abhauen', 'den kopf abhacken',
  // A wish in a relative clause: "einer, der ihm eine Kugel verpasst" (reports are in the perfect: INTIMIDATION_ALLOW).
  'eine kugel verpasst', 'eine kugel verpasse', 'ne kugel verpasst', 'e chugle verpasst', 'eine kugel gibt', 'eine kugel jagt', 'eine kugel in den kopf jagt',
  'eine kugel in den kopf schiesst', 'eine kugel durch den kopf jagt', 'den gnadenschuss gibt', 'den gnadenschuss geben', 'e chugle in grind jagt',
];
/** Accusative heads: "den sollte man …", "dä sött me …". */
const DE_ACC_HEADS = [
  'den sollte man', 'die sollte man', 'den muss man', 'den muesste man', 'die muss man', 'die muesste man', 'den sollten sie',
  'dae soett me', 'dae sett me', 'de soett me', 'de sett me', 'dae mues me', 'die soett me', 'die sett me', 'dae soett mer', 'de soett mer',
  'einer sollte ihn', 'jemand sollte ihn', 'einer sollte den', 'jemand sollte den', 'einer sollte sie', 'jemand sollte sie',
  'irgendwer sollte ihn', 'irgendjemand sollte ihn', 'oepper soett en', 'oeper sett en', 'eine soett en', 'oepper soett dae',
  'dae soet me', 'de soet me', 'die soet me', 'dae soet mer', 'den sott me', 'dae sott me',
];
/** Infinitives of killing and beating with a person as object. */
const DE_ACC_KILL = [
  'aufhaengen', 'aufknuepfen', 'erschiessen', 'abknallen', 'abstechen', 'erschlagen', 'totschlagen', 'erwuergen', 'ertraenken',
  'steinigen', 'lynchen', 'umbringen', 'kaltmachen', 'abmurksen', 'liquidieren',
  'an die wand stellen', 'ueber den haufen schiessen', 'ufhaenke', 'ufhaenge', 'verschiesse', 'erschiesse', 'abknalle', 'abstaeche',
  'totschlah', 'z tod schlah', 'umbringe', 'a d wand stelle',
];
const DE_ACC_BEAT = ['verpruegeln', 'zusammenschlagen', 'vermoebeln', 'verdreschen', 'kloppen', 'verchlopfe', 'vertaetsche', 'verhaue', 'verpruegle'];

/** Participles after "gehört", "sollte … werden" missing from lexicon-threats.ts. */
const DE_MODALS = ['gehoert', 'gehoeren', 'sollte', 'sollten', 'ghoert', 'ghoered', 'soett'];
const DE_FILLS = ['', 'alle', 'sofort', 'einfach', 'doch', 'endlich', 'alli', 'eifach'];
/** "gehört weggesperrt und erschossen": what may stand before the participles lexicon-threats.ts already has. */
const DE_FILLS_AND = ['weggesperrt und', 'eingesperrt und', 'iigsperrt und', 'gefoltert und', 'kastriert und', 'zuerst gefoltert und'];
const DE_KILLED_KNOWN = ['erschossen', 'aufgehaengt', 'gehaengt', 'erschlagen', 'vergast', 'erschosse', 'verschosse', 'ufghaenkt'];
const DE_KILLED_MORE = ['totgepruegelt', 'erwuergt', 'erdrosselt', 'gevierteilt', 'gekreuzigt', 'gefoltert', 'ueber den haufen geschossen', 'abgschosse', 'totgschlage'];
const DE_BEATEN = ['verpruegelt', 'zusammengeschlagen', 'vermoebelt', 'verdroschen', 'ausgepeitscht', 'verchlopft', 'vertaetscht', 'zaemegschlage'];
const withFills = (modals: readonly string[], fills: readonly string[]): string[] => modals.flatMap((m) => fills.map((f) => (f === '' ? m : `${m} ${f}`)));

const DE_INTIMIDATION: Row[] = [
  // Dative pronoun first ("… ihm eine reinhauen", "… em eis ufs Dach gäh"): "ich würde", "man sollte" are too common to
  // start hundreds of phrases each, and the pronoun with the harm is the threat whoever says it.
  ...frames(DE_DATIVE, DE_DATIVE_HARM, BEAT, DE),
  ...frames(DE_DATIVE, DE_DATIVE_KILL, kill(0.93), DE),
  ...frames(gapped(DE_DATIVE_HEADS), DE_DATIVE_HARM, BEAT, DE),
  ...frames(gapped(DE_DATIVE_HEADS), DE_DATIVE_KILL, kill(0.93), DE),
  ...frames(gapped(DE_ACC_HEADS), DE_ACC_KILL, kill(0.93), DE),
  ...frames(gapped(DE_ACC_HEADS), DE_ACC_BEAT, BEAT, DE),
  ...frames(withFills(DE_MODALS, [...DE_FILLS, ...DE_FILLS_AND]), DE_KILLED_MORE, kill(0.93), DE),
  ...frames(withFills(DE_MODALS, DE_FILLS_AND), DE_KILLED_KNOWN, kill(0.93), DE),
  ...frames(withFills(DE_MODALS, DE_FILLS), DE_BEATEN, BEAT, DE),
  // Conditional threats: "wenn ich den erwische", "wenn i di verwütsch".
  ...frames(
    ['wenn ich', 'wenn i', 'falls ich', 'wenn ich mal', 'wenn i mal', 'sobald ich'],
    ['dich erwische', 'den erwische', 'die erwische', 'ihn erwische', 'euch erwische', 'sie erwische', 'di verwuetsch', 'de verwuetsch',
      'dae verwuetsch', 'en verwuetsch', 'di erwuetsch', 'de erwuetsch', 'dich in die finger kriege', 'den in die finger kriege',
      'ihn in die finger kriege', 'die in die finger kriege', 'di i d finger ueberchume', 'de i d finger ueberchume',
      'di verwisch', 'de verwisch'],
    threat(0.9),
    DE,
  ),
  ...each(
    ['soll mir * begegnen', 'soll mir * ueber den weg laufen', 'sollen mir * begegnen', 'sollen mir * ueber den weg laufen', 'soett mir * begegne',
      'soell mir * begegne', 'soell mer * begegne', 'soett mer * begegne', 'soll mir * im dunkeln begegnen', 'lauf mir * ueber den weg',
      'begegne mir * im dunkeln', 'dir lauere ich auf', 'ich lauere dir auf', 'ich passe dich ab', 'ich pass dich ab', 'wir passen dich ab',
      'ich werde dich finden', 'wir werden dich finden',
      'wir wissen wo deine kinder', 'weiss wo deine kinder', 'wissen wo deine familie', 'weiss wo du arbeitest',
      'wissen wo du arbeitest', 'weiss wo dis auto', 'wuesse wo du wohnsch', 'weiss wo du wohnhaft bist', 'kenne deine adresse', 'kennen deine adresse',
      'deine adresse * rausgefunden', 'deine adresse haben wir'],
    kill(0.92),
    DE,
  ),
  // Having someone's address is everyday talk as often as a threat ("Ich habe deine Adresse nicht mehr, schick sie
  // mir"): held alone, rejected when aimed, like any veiled threat (knowing where someone lives stays above).
  ...each(['ich hab deine adresse', 'wir haben deine adresse'], INTIMIDATE, { ...DE, veiled: true }),
  // Bullets, ropes, knives without a modal.
  ...each(
    ['kugel verpassen', 'kugel zwischen die augen', 'kugel durch den kopf', 'kugel in den schaedel', 'kugel in die birne', 'blei verpassen',
      'chugle zwuesche d auge', 'chugle dur de chopf', 'chugle i chopf', 'chugle in chopf', 'strick um den hals',
      'den strick verdient', 'den strick nehmen', 'ab an den galgen', 'an den baum mit', 'messer zwischen die rippen', 'messer in den ruecken rammen'],
    kill(0.93),
    DE,
  ),
  // Curses and death wishes.
  ...frames(
    ['moege er', 'moege sie', 'moegen sie', 'moege der', 'moege die', 'moegen die', 'moeged si', 'moeg er', 'moege dieser', 'moegest du'],
    ['verrecke', 'krepiere', 'sterbe', 'elend verrecke', 'elendig verrecke', 'qualvoll sterbe', 'langsam sterbe', '* verrecke', '* krepiere',
      'in der hoelle schmoren', '* in der hoelle schmoren', 'in der hoelle verrotten', 'ersticke', 'an * ersticke', 'daran ersticke', 'vom blitz getroffen'],
    kill(0.93),
    DE,
  ),
  ...each(
    ['soll an * ersticken', 'soll daran ersticken', 'sollen an * ersticken', 'sollen daran ersticken', 'sollst an * ersticken',
      'sollst daran ersticken', 'soell dra verworgge', 'soell dra erstecke', 'soell a * erstecke', 'hoffentlich erstickt er', 'hoffentlich erstickst du',
      'hoffentlich erwischt es ihn', 'hoffentlich erwischt es sie', 'hoffentlich erwischt es den', 'hoffentlich erwischts ihn', 'hoffentlich erwischts den',
      'hoffentli verwuetschts en', 'hoffentli verwuetschts dae', 'hoffentlich trifft ihn der schlag', 'soll ihn der schlag treffen',
      'hoffentlich ueberlebt er nicht', 'hoffentlich ueberlebt sie nicht', 'hoffentlich ueberleben die nicht', 'hoffentli ueberlebt er nid',
      'soll in der hoelle schmoren', 'sollen in der hoelle schmoren', 'sollst in der hoelle schmoren',
      'wuensche ihm den tod', 'wuensche ihr den tod', 'wuensche dir den tod', 'wuensche ihnen den tod', 'wuensche ihm * tod',
      'waere er doch tot', 'waer er doch tot', 'waere besser tot', 'waeren besser tot', 'waer besser tot', 'waersch besser tot',
      'soll sich aufhaengen', 'soll sich erschiessen', 'haeng dich auf', 'erschiess dich',
      'bring dich um', 'bring di um', 'spring doch von der bruecke', 'spring vor den zug', 'spring vom dach'],
    kill(0.93),
    DE,
  ),
  ['in der hoelle schmoren', threat(0.8), DE],
  ...each(['du bist faellig', 'du bisch faellig', 'jetzt bist du faellig', 'ihr seid faellig'], threat(0.9), DE),
  // Vaguer intimidation: held.
  ...each(
    ['das wirst du bereuen', 'du wirst noch bereuen', 'den schnapp ich mir', 'dich schnapp ich mir', 'den schnappe ich mir', 'dich schnappe ich mir', 'ihr werdet noch bereuen', 'soll verfaulen', 'wir kriegen dich', 'wir kriegen euch', 'dich kriegen wir', 'euch kriegen wir', 'ich kriege dich noch', 'ich krieg dich noch', 'wir kriegen dich noch', 'mir verwuetsched di', 'mir erwuetsched di', 'i verwuetsch di', 'das wirst du noch bereuen', 'du wirst es bereuen', 'du wirst das bereuen', 'ihr werdet es bereuen',
      'das wirsch bereue', 'das wirsch no bereue', 'du wirsch es bereue', 'das wird dir leid tun', 'das wird dir noch leid tun',
      'das wirst du buessen', 'dafuer wirst du buessen', 'dafuer wirst du bezahlen', 'das zahl ich dir heim', 'das zahle ich dir heim',
      'pass auf was du sagst', 'nimm dich in acht', 'pass uf was du seisch',
     
      'dir wird man es zeigen', 'dem zeig ich es', 'dem zeige ich es', 'dir zeig ich s', 'dir zeig ichs', 'dir zeigs i',
      'dann gibts saures', 'dann setzt es was', 'ich mach dich platt',
      'wir machen euch platt', 'eine reinhauen', 'eins reinhauen', 'eis ine haue', 'eis ufs dach', 'kugel verdient', 'kugel gehoert'],
    INTIMIDATE,
    { ...DE, veiled: true },
  ),
  // Groups: sinking boats, shooting at the border.
  ...each(['boote versenken', 'die boote versenken', 'an der grenze erschiessen', 'an der grenze abknallen', 'schiessbefehl', 'scharf schiessen'], threat(0.45), { ...DE, ...G_VIOLENCE }),
];

// ---------------------------------------------------------------------------------------------------------------
// French (incl. Swiss romand)
// ---------------------------------------------------------------------------------------------------------------

const FR_OBJ = ['le', 'la', 'les', 'l'];
const FR_INTIMIDATION: Row[] = [
  ...each(
    ['je vais te retrouver', 'je vais te trouver', 'on va te retrouver', 'on va te trouver', 'je te retrouverai', 'on te retrouvera',
      'je vais vous retrouver', 'on va vous retrouver', 'on te trouvera', 'je te trouverai', 'je sais ou tu vis', 'on sait ou tu vis',
      'je sais ou tu travailles', 'on sait ou tu travailles', 'je sais ou habitent', 'on sait ou habitent', 'je connais ton adresse',
      'on connait ton adresse', 'je sais ou vont tes enfants', 'on sait ou vont tes enfants',
      'tes jours sont comptes', 'vos jours sont comptes', 'ses jours sont comptes', 't es un homme mort', 'tu es un homme mort',
      't es une femme morte', 'tu es une femme morte', 'vous etes des hommes morts', 'je vais te faire la peau', 'on va te faire la peau',
      'je vais lui faire la peau', 'on va lui faire la peau', 'faire la peau a', 'je te ferai la peau', 'je vais te trouer la peau',
      'une balle entre les deux yeux', 'balle entre les yeux', 'une balle dans la nuque', 'lui mettre une balle', 'lui coller une balle',
      'lui loger une balle', 'te mettre une balle', 'te coller une balle', 'je vais te mettre une balle', 'merite une corde',
      'meriterait une balle', 'meriteraient une balle', 'qu on le pende', 'qu on la pende', 'qu on les pende',
      'qu on le fusille', 'qu on les fusille', 'qu on le bute', 'qu on les bute', 'qu on le tue', 'qu on les tue', 'qu on l abatte',
      'qu on les abatte', 'qu il aille crever', 'qu elle aille crever', 'qu il aille mourir', 'va donc mourir',
      'j espere que tu vas crever', 'j espere qu il va crever', 'j espere qu elle va crever', 'j espere qu il va mourir',
      'j espere qu elle meurt', 'j espere qu ils vont crever', 'j espere qu ils vont mourir', 'j espere que tu creves', 'j espere qu il creve',
      'je souhaite sa mort', 'je souhaite leur mort', 'je souhaite ta mort', 'je lui souhaite de crever', 'je lui souhaite de mourir',
      'je te souhaite de crever', 'je te souhaite de mourir', 'je leur souhaite de crever', 'je leur souhaite de mourir', 'puisse t il crever',
      'puisse t il mourir', 'puissent ils crever', 'qu il pourrisse en enfer', 'qu ils pourrissent en enfer', 'qu il brule en enfer',
      'qu ils brulent en enfer', 'creve en enfer', 'pourris en enfer', 'crevez en enfer', 'il merite de crever', 'ils meritent de crever',
      'merite de crever', 'meritent de crever', 'devrait crever', 'devraient crever', 'doit crever', 'doivent crever', 'devrait mourir',
      'devraient mourir', 'doivent mourir', 'doit mourir', 'il faut qu il creve', 'il faut qu ils crevent', 'tue toi', 'suicide toi',
      'va te pendre', 'allez vous pendre', 'pends toi', 'qu il se pende', 'qu il se suicide', 'eliminer physiquement', 'les eliminer physiquement',
      'l eliminer physiquement', 'te planter un couteau', 'lui planter un couteau',],
    kill(0.93),
    FR,
  ),
  ...frames(['faut', 'faudrait', 'il faut', 'il faudrait', 'on devrait', 'on doit', 'devrait', 'faut tous'], FR_OBJ.flatMap((o) => ['abattre', 'liquider', 'etrangler', 'noyer', 'pendre', 'bruler vif', 'bruler vifs', 'egorger', 'decapiter'].map((v) => `${o} ${v}`)), kill(0.93), FR),
  ...frames(['faut', 'faudrait', 'il faut', 'il faudrait', 'on devrait', 'on va', 'je vais', 'faut tous'], FR_OBJ.flatMap((o) => ['tabasser', 'lyncher', 'passer a tabac'].map((v) => `${o} ${v}`)), BEAT, FR),
  ...each(
    ['je vais te casser les dents', 'je vais te casser les jambes', 'je vais te briser les jambes', 'je vais te tordre le cou', 'je vais lui tordre le cou',
      'je vais te peter les jambes', 'je vais te faire bouffer tes dents', 'tu vas manger tes dents', 'je vais te foutre une raclee', 'je vais te mettre une raclee',
      'on va te foutre une raclee', 'je vais te demolir', 'on va te demolir', 'je vais te massacrer', 'je vais t exploser', 'on va t exploser',
      'je vais te casser la tete', 'je vais lui casser la tete', 'je vais lui peter la gueule', 'je vais lui defoncer la gueule', 'on t attend a la sortie',
      'je t attends a la sortie', 'je vais t attendre a la sortie', 'tu vas prendre une raclee', 'tu vas te prendre une raclee', 'je vais te foutre sur la gueule',
      'je te fous sur la gueule', 'je vais te taper', 'je vais te cogner', 'je vais te frapper', 'je vais te tabasser'],
    BEAT,
    FR,
  ),
  ...each(['tu vas me le payer', 'vous allez me le payer', 'tu me le paieras', 'tu vas le payer cher', 'ca va mal finir pour toi', 'ca va mal se terminer pour toi', 'tu ne perds rien pour attendre', 'vous ne perdez rien pour attendre', 'surveille tes arrieres', 'gare a toi', 'fais gaffe a tes fesses', 'gare a tes fesses'], threat(0.85), FR),
  ...each(['j ai ton adresse', 'on a ton adresse'], INTIMIDATE, { ...FR, veiled: true }),
  // someone "dealt with personally" (not "ton dossier")
  ...each(['toi', 'vous', 'lui', 'elle', 'ce type', 'ce journaliste', 'cette journaliste', 'ce monsieur', 'ce mec'].map((w) => `m occuper personnellement de ${w}`), INTIMIDATE, { ...FR, veiled: true }),
  ...each(['tu vas le regretter', 'vous allez le regretter', 'tu le regretteras', 'tu vas regretter', 'tu vas le payer', 'tu vas prendre cher', 'tu vas voir ce que tu vas voir', 'il merite une raclee', 'merite une bonne raclee', 'meriterait une raclee',], INTIMIDATE, { ...FR, veiled: true }),
  ...each(['il faut les eliminer', 'faut les eliminer', 'faudrait les eliminer', 'il faut l eliminer'], threat(0.65), { ...FR, ...G_VIOLENCE }),
  ...each(['les eliminer', 'tous les eliminer', 'couler les bateaux', 'couler leurs bateaux', 'tirer dans le tas', 'tirer a vue',], threat(0.45), { ...FR, ...G_VIOLENCE }),
];

// ---------------------------------------------------------------------------------------------------------------
// Italian (incl. Ticino)
// ---------------------------------------------------------------------------------------------------------------

const IT_INTIMIDATION: Row[] = [
  ...each(
    ['ti vengo a prendere', 'ti verro a prendere', 'ti veniamo a prendere', 'vi veniamo a prendere', 'vi vengo a prendere', 'ti vengo a cercare',
      'ti verremo a cercare', 'so dove lavori', 'sappiamo dove lavori',
      'sappiamo dove vivi', 'so dove vanno a scuola', 'so dove abitano i tuoi', 'conosco il tuo indirizzo',
      'ti trovero e', 'i tuoi giorni sono contati', 'sei un uomo morto',
      'sei una donna morta', 'una pallottola in fronte', 'una pallottola nella testa', 'una pallottola nel cranio',
      'una pallottola tra gli occhi', 'un proiettile tra gli occhi', 'gli sparerei', 'le sparerei',
      'gli sparerei in testa', 'sparargli', 'spararle', 'sparategli', 'spariamogli', 'sparagli', 'andrebbe sparato', 'andrebbero sparati',
      'vanno sparati', 'va sparato', 'ti sparo in testa', 'ti taglio a pezzi', 'ti stacco la testa', 'ti ammazzo di botte',
      'ti faccio la pelle', 'gli faccio la pelle', 'fargli la pelle', 'ti auguro di morire', 'ti auguro la morte', 'gli auguro la morte',
      'gli auguro di morire', 'le auguro di morire', 'gli auguro di crepare', 'ti auguro di crepare', 'auguro la morte', 'auguro loro la morte',
      'speriamo che muoia', 'speriamo che crepi', 'speriamo che muoiano', 'speriamo che crepino', 'spero che lo ammazzino', 'spero che lo uccidano',
      'spero che qualcuno lo ammazzi', 'spero che gli sparino', 'vai a morire', 'andate a morire', 'vai a morire ammazzato', 'morto ammazzato',
      'che crepi male', 'che muoia male', 'che muoia ammazzato', 'deve crepare', 'devono crepare', 'dovrebbe crepare', 'dovrebbero crepare',
      'merita di crepare', 'meritano di crepare', 'meriti di crepare', 'dovresti morire', 'dovresti crepare',
      'buttati da un ponte', 'buttati sotto un treno', 'che ti venga un cancro', 'ti venisse un cancro',
      'gli venisse un cancro', 'eliminarli fisicamente', 'eliminarlo fisicamente', 'ta copi', 'at copi', 'ti copo', 'te copo'],
    kill(0.93),
    IT,
  ),
  ...each(['ti rompo le gambe', 'ti spezzo le ossa', 'ti spacco le ossa', 'ti pesto', 'ti riempio di pugni', 'ti prendo a calci', 'ti prendo a pugni', 'ti prendo a schiaffi', 'ti faccio nero', 'ti gonfio di botte', 'gli spaccherei la faccia', 'gli romperei le gambe', 'lo prenderei a calci', 'andrebbe preso a calci', 'prenderlo a calci', 'prenderlo a botte', 'gli darei un pugno', 'gli tirerei un pugno'], BEAT, IT),
  ...each(['te la faro pagare', 'ti aspettiamo sotto casa', 'ti vengo a trovare sotto casa', 'so dove abita', 'sappiamo dove abita', 'ti massacro', 'ti faccio a pezzi', 'ti faccio il culo', 'te la faccio pagare', 'me la pagherai', 'la pagherai cara', 'me la pagherete', 'guardati le spalle', 'guardatevi le spalle', 'ti conviene stare attento', 'finirai male', 'farai una brutta fine', 'ti finisce male'], threat(0.85), IT),
  ...each(['ho il tuo indirizzo', 'abbiamo il tuo indirizzo'], INTIMIDATE, { ...IT, veiled: true }),
  ...each(['te', 'voi', 'lui', 'lei', 'quel tipo', 'quel giornalista', 'quella giornalista', 'quel signore'].map((w) => `occupero personalmente di ${w}`), INTIMIDATE, { ...IT, veiled: true }),
  ...each(['te ne pentirai', 'ti aspetto sotto casa', 'ti troveremo', 'stai attento a te', 've ne pentirete', 'te ne pentirai amaramente',], INTIMIDATE, { ...IT, veiled: true }),
  ...each(['eliminarli', 'eliminarli tutti', 'vanno eliminati', 'bisogna eliminarli', 'affondare i barconi', 'affondiamo i barconi', 'affondate i barconi', 'a cannonate', 'prenderli a cannonate', 'sparare sui barconi', 'sparare a vista'], threat(0.45), { ...IT, ...G_VIOLENCE }),
];

// ---------------------------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------------------------

const EN_INTIMIDATION: Row[] = [
  ...frames(
    ['someone should', 'somebody should', 'someone shud', 'somebody shud', 'some1 should', 'sum1 should', 'someone shld', 'someone needs to', 'somebody needs to', 'someone has to', 'somebody has to', 'someone ought to',
      'i hope someone will', 'i hope somebody will', 'wish someone would', 'wish somebody would', 'why has nobody', 'why hasn t anyone'],
    ['take him out', 'take her out', 'take them out', 'take them all out', 'put him down', 'put her down', 'put them down', 'shoot him', 'shoot her',
      'shoot them', 'kill him', 'kill her', 'kill them', 'end him', 'end her', 'off him', 'hang him', 'hang her', 'hang them', 'stab him',
      'string him up', 'put a bullet in', 'beat him to death', 'run him over', 'run them over', 'poison him', 'do him in', 'take that man out', 'take that guy out',
      'take this guy out', 'take this man out', 'take that woman out', 'take that traitor out', 'take him out for good', 'take him out permanently', 'silence him for good',
      'silence him permanently', 'shut him up for good', 'shut him up permanently', 'put that man down', 'put this guy down', 'finish him off', 'finish them off'],
    kill(0.93),
    EN,
  ),
  ...each(
    ['bullet between his eyes', 'bullet between her eyes', 'bullet between the eyes', 'bullet between your eyes',
      'bullet through your', 'needs a bullet', 'need a bullet', 'deserves the rope',
      'deserve the rope', 'get a rope', 'get the rope', 'needs a rope', 'hang from a tree', 'hang from the nearest', 'swing from a tree',
      'swing from a rope', 'swing from the nearest', 'put one in his head', 'put one in your head', 'hope he chokes', 'hope you choke',
      'hope she chokes', 'hope they choke', 'hope he rots', 'hope she rots', 'hope they rot', 'hope you rot', 'i hope someone kills', 'i hope somebody kills',
      'hope someone shoots', 'hope somebody shoots', 'hope someone stabs', 'hope he gets shot', 'hope she gets shot', 'hope they get shot',
      'hope you get shot', 'hope he gets hit by', 'wish he was dead', 'wish he were dead', 'wish she was dead',
      'wish she were dead', 'wish you were dead', 'wish you was dead', 'wish they were dead', 'wish they were all dead',
      'would be better off dead', 'is better off dead', 'are better off dead', 'you re better off dead', 'hunt you down', 'hunt him down and',
      'i know where you work', 'we know where you work', 'know where your kids', 'know where your children', 'know where your family',
      'i know your address', 'we know your address', 'your days are numbered', 'his days are numbered',
      'you re a dead woman', 'you are a dead woman', 'we re coming for you',
      'we are coming for you', 'i m coming for you', 'i am coming for you', 'coming for you and your', 'i will find you and', 'i ll find you and',
      'we will find you and', 'sleep with one eye open', 'won t see it coming', 'go hang yourself', 'go shoot yourself', 'go jump off a bridge', 'go jump off a cliff', 'hope you get hit by a', 'hope he gets hit by a', 'hang yourself',
      'slit your wrists', 'drink bleach', 'choke and die', 'choke on it and die',       'i hope you burn in hell',],
    kill(0.93),
    EN,
  ),
  ...each(
    [ 'i ll punch you', 'i will punch you',
      'i ll knock your teeth', 'knock your teeth out',
      'knock his teeth out', 'knock his block off', 'knock your block off',
      'rip your head off', 'rip his head off', 'i ll hurt you', 'we will hurt you', 'we ll hurt you',
      'someone should beat', 'somebody should beat', 'beat him senseless', 'beat him to a pulp', 'beat you to a pulp', 'punch his lights out', 'punch your lights out'],
    BEAT,
    EN,
  ),
  ...each(['i ll make you pay', 'should be dead', 'burn in hell', 'beat you up', 'i ll beat you up', 'i will beat you up', 'gonna beat you up', 'i ll beat you to death', 'i ll break your legs', 'i ll break your neck', 'i ll break your face', 'i ll break your jaw', 'i will break your legs', 'i will break your neck', 'i ll smash your head', 'i ll smash your teeth', 'i will make you pay', 'we will make you pay', 'you ll pay for this', 'you will pay for this', 'you ll pay for that', 'you will pay for that', 'you better watch your back',], threat(0.85), EN),
  ...each(['i have your address', 'we have your address'], INTIMIDATE, { ...EN, veiled: true }),
  ...each(['you ll regret it', 'you re next', 'you are next', 'you will be next', 'you ll be next', 'deserves a beating', 'needs a good beating', 'needs a beating', 'deserves a good beating', 'you will regret it', 'you ll regret this', 'you will regret this', 'you ll regret that',  'you re going to regret', 'you re gonna regret', 'you are going to regret', 'you ll be sorry', 'you will be sorry', 'you ll regret writing', 'you will regret writing', 'you ll regret saying', 'you will regret saying',], INTIMIDATE, { ...EN, veiled: true }),
  ...each(['nuke them', 'bomb them all', 'sink the boats', 'sink their boats', 'shoot them at the border', 'machine gun them', 'mow them down', 'open fire on them'], threat(0.45), { ...EN, ...G_VIOLENCE }),
];

/** Wishing an attack had succeeded, the object first ("den knall ich ab"), telling someone to shoot themselves. */
const MORE_INTIMIDATION: Row[] = [
  ...frames(gapped(['den wuerde ich', 'den wuerd ich', 'die wuerde ich', 'die wuerd ich', 'dae wuerd i', 'de wuerd i', 'dae taet i']), ['erwuergen', 'erschiessen', 'abknallen', 'umbringen', 'aufhaengen', 'abstechen', 'erschlagen', 'totschlagen', 'erwuerge', 'verschiesse', 'abknalle', 'umbringe', 'ufhaenke'], kill(0.93), DE),
  ...frames(gapped(['den wuerde ich', 'den wuerd ich', 'die wuerde ich', 'dae wuerd i', 'de wuerd i']), DE_ACC_BEAT, BEAT, DE),
  ...each(
    ['soll sich * kugel geben', 'sich die kugel geben', 'sich eine kugel geben', 'gib dir die kugel', 'gib dir eine kugel', 'schade dass er ueberlebt',
      'schade dass sie ueberlebt', 'schade dass der ueberlebt', 'schade dass die ueberlebt', 'schade hat er ueberlebt', 'leider hat er ueberlebt',
      'hat er leider ueberlebt', 'schad het er ueberlebt', 'schad dass er ueberlaebt', 'gehoeren alle an die wand', 'ghoered alli a d wand',
      'an die wand mit', 'den knall ich ab', 'die knall ich ab', 'den stech ich ab', 'den bring ich um', 'die bring ich um', 'den mach ich kalt',
      'dae bring i um', 'dae chnall i ab', 'de bring i um', 'den erschiess ich', 'mir wuessed wo du wohnsch', 'wuessed wo du wohnsch',
      'dommage qu il ait survecu', 'dommage qu elle ait survecu', 'dommage qu il a survecu', 'dommage qu il ne soit pas mort', 'dommage qu il soit pas mort',
      'lui tirer une balle', 'leur tirer une balle', 'te tirer une balle', 'tirer une balle dans la tete', 'peccato che sia sopravvissuto',
      'peccato che non sia morto', 'peccato che non e morto', 'peccato sia sopravvissuto', 'too bad he survived', 'too bad she survived',
      'shame he survived', 'shame she survived', 'pity he survived', 'pity she survived', 'shame the shooter missed', 'too bad the shooter missed',
      'pity the shooter missed', 'should have aimed better', 'he should hang', 'she should hang', 'they should hang', 'they should all hang',
      'should hang for', 'hang him', 'hang her', 'hang the traitor', 'hang them high'],
    kill(0.93),
  ),
  ...each(['schlag dich zu brei', 'schlag di zu brei', 'schlag dich * zu brei', 'gli tirerei il collo', 'ti tiro il collo', 'tirargli il collo', 'i d punch him', 'i d punch her', 'i d punch you', 'i would punch him', 'i would punch her', 'i would punch you'], BEAT),
  ...each(['ich mach dich kaputt', 'i mach di kaputt', 'wir kommen dich holen', 'mir choemed di go hole', 'i nimm di usenand', 'ich nimm di usenand', 'ich nehm dich auseinander', 'ich nehme dich auseinander', 'teeren und federn', 'geteert und gefedert', 'on viendra te chercher', 'on va venir te chercher', 'je viendrai te chercher', 'verremo a prenderti', 'veniamo a prenderti'], threat(0.85)),
  ...each(['i m going to find you', 'i m gonna find you', 'gets what s coming to him', 'get what s coming to you', 'gets what s coming to her', 'get what they deserve'], INTIMIDATE, { ...EN, veiled: true }),
];

/**
 * Sending someone to hospital or to the grave, in the writer's own voice: "I'll put you in the hospital", "ich bring
 * dich ins Spital", "je t'envoie à l'hôpital", "ti mando all'ospedale". The writer and the victim are both named, so
 * a lift to the hospital ("ich bring dich morgen ins Spital zur Kontrolle") is the allow list's.
 */
const HOSPITAL: Row[] = [
  ...frames(cross(['i ll', 'i will', 'ill', 'gonna', 'going to', 'we ll', 'we will'], ['put you', 'send you', 'put him', 'send him', 'put them', 'send them']),
    ['in hospital', 'in the hospital', 'to hospital', 'to the hospital', 'in a wheelchair', 'in an early grave', 'in a coma', 'to the morgue', 'in the morgue'], BEAT, { ...EN, inflect: false }),
  ...frames(cross(['ich', 'i', 'wir', 'mir'], cross(['bring', 'bringe', 'schick', 'schicke', 'pruegel', 'pruegle', 'befoerdere', 'schlag', 'schlage', 'schla'], ['dich', 'di', 'ihn', 'en', 'euch', 'eu'])),
    ['ins spital', 'ins krankenhaus', 'is spital', 'i s spital', 'in den rollstuhl', 'in de rollstuel', 'ins grab', 'is grab', 'auf den friedhof', 'uf de friedhof', 'in die notaufnahme', 'ins koma'], BEAT, { ...DE, inflect: false }),
  ...frames(['je t envoie', 'je vais t envoyer', 'je vous envoie', 'je l envoie', 'je vais l envoyer', 'on va t envoyer', 'je t enverrai', 'je t expedie', 'je vais t expedier'],
    ['a l hopital', 'aux urgences', 'au cimetiere', 'en fauteuil roulant', 'six pieds sous terre', 'a la morgue', 'en reanimation'], BEAT, { ...FR, inflect: false }),
  ...frames(['ti mando', 'ti mandero', 'ti spedisco', 'ti spediro', 'lo mando', 'lo spedisco', 'vi mando', 'vi spedisco'],
    ['all ospedale', 'in ospedale', 'al pronto soccorso', 'al cimitero', 'sulla sedia a rotelle', 'sotto terra', 'in rianimazione', 'all obitorio'], BEAT, { ...IT, inflect: false }),
];

/**
 * Session 23, from candidate-cases/threats-23-rules.jsonl (a helper's file of threats written without our rules; its
 * blind twin dev-cases/threats-23-check.jsonl measures them): teeth knocked in, a building set on fire with people in it,
 * iron bars, beatings, bats, a bullet for each of a group; and the veiled kinds that file had most of: fire near the
 * target's house, accidents wished, looking over one's shoulder, not walking in peace, advice to leave while still whole.
 */
const SESSION23_THREATS: Row[] = [
  ...each(['schlag ich * die zaehne ein', 'schlag ich die zaehne ein', 'schlage ich * die zaehne ein', 'die zaehne einschlagen', 'zaehne einschlagen',
    'wenn alle drin sind', 'wenn alli dinne sind'], BEAT, DE),
  ...each(['a coups de barre de fer', 'coups de barre de fer', 'devrait recevoir une balle', 'devraient recevoir une balle', 'meritent une balle',
    'cramer les bureaux', 'cramer la redaction', 'pas sur tes deux jambes', 'pas sur tes deux pieds'], BEAT, FR),
  ...each(['da prendere a bastonate', 'prendere a bastonate', 'presi a bastonate', 'a sprangate', 'prendere a sprangate'], BEAT, IT),
  ...each(['a good kicking', 'met with bats', 'met with baseball bats', 'take them both out', 'take them all out'], BEAT, EN),
  ...each(['holz brennt', 'brennt * gut wenn', 'ein streichholz genuegt', 'ein zuendholz genuegt', 'bremsen * versagen', 'nicht mehr so ruhig', 'nicht mehr ruhig schlafen',
    'sonst helfen wir', 'regarder derriere', 'ca brule vite', 'le bois ca brule', 'brule vite en ete', 'assurance accident',
    'basta un fiammifero', 'basta un cerino', 'bisogno di un incidente', 'finche sono ancora interi', 'finche siete ancora interi', 'guida con prudenza',
    'would look terrible smashed', 'check under his car', 'check under her car', 'walk around town peacefully', 'walk around * peacefully',
    'if i were you i d move', 'if i were you i d leave', 'short fuses', 'coming your way'],
  INTIMIDATE, { veiled: true }),
];

/**
 * Session 24, own probes of threats to a reader or a politician in French, Italian and English. Not "you won't live
 * long", "you'll end up in hospital": said of smoking and eating as often.
 */
const SESSION24_THREATS: Row[] = [
  ...each(['attends que je te trouve', 'attends un peu que je te trouve', 'un coup de couteau et on n en parle plus', 'on va te defoncer', 'je vais te defoncer',
    'ta voiture qui saute'], BEAT, FR),
  ...each(['aspetta che ti trovo', 'una coltellata e non se ne parla piu', 'ti sistemera per bene', 'veniamo a trovarti * preparati'], BEAT, IT),
  ...each(['settle the score with you', 'wait till i find you', 'wait until i find you'], BEAT, EN),
  ...each(['on viendra te rendre visite'], INTIMIDATE, { ...FR, veiled: true }),
  ...each(['qualcuno ti sistemera'], INTIMIDATE, { ...IT, veiled: true }),
  // A second round: eyes, shots, a beating, bars and bats, the next on the list.
  ...each(['qu on leur creve les yeux', 'qu on lui creve les yeux', 'crever les yeux a', 'quelqu un lui tire dessus', 'qu on lui tire dessus', 'il faudrait leur mettre une raclee',
    'il faudrait lui mettre une raclee', 'faudrait leur mettre une raclee', 'je lui reglerais son compte', 'je vais lui regler son compte', 'coup de batte de baseball',
    'on viendra avec des barres de fer', 'avec des barres de fer', 'tu seras le prochain sur la liste', 'renvoyer a coups de pied', 'a coups de pied dans le derriere'], BEAT, FR),
  ...each(['andrebbe pestato', 'andrebbero pestati', 'andrebbe pestata', 'qualcuno gli spari', 'qualcuno le spari', 'una lezione che non dimentichera mai', 'sarai il prossimo della lista',
    'veniamo con le spranghe', 'veniamo con le mazze', 'verremo con le spranghe'], BEAT, IT),
  ...each(['should get beaten up', 'should be beaten up', 'someone should just shoot', 'someone should shoot him', 'someone should shoot her', 'we re bringing iron bars',
    'bringing iron bars', 'you re next on the list'], BEAT, EN),
  // German and Swiss German from the same probes: deserving to be set alight, a plane wished down, a knife, flattened, iron bars.
  ...each(['verdienst es angezuendet zu werden', 'verdient es angezuendet zu werden', 'verdienen es angezuendet zu werden', 'hoffe sein flugzeug stuerzt ab',
    'hoffe ihr flugzeug stuerzt ab', 'hoffentlich stuerzt sein flugzeug ab', 'ein messerstich und ruhe ist', 'ein messerstich und ruhe', 'werden dich * plattmachen',
    'wir machen dich platt', 'ich mach dich platt', 'du bist der naechste auf der liste', 'bist du der naechste auf der liste', 'kommen wir mit eisenstangen', 'kommen wir mit baseballschlaegern',
    'besuchen wir dich * mach dich bereit', 'ghoert verhaue', 'ghoert verhaue aber richtig', 'gehoert verhauen', 'ein schuss und das problem ist geloest',
    'ein schuss und ruhe ist', 'nichts dagegen wenn ihm jemand eine kugel', 'nichts dagegen wenn ihr jemand eine kugel'], BEAT, DE),
  // Not "dann gibts Ärger": said of landlords and fines.
  ...each(['rechnet jemand mit dir ab', 'was mit verraetern passiert', 'was mit verraetern geschieht'], INTIMIDATE, { ...DE, veiled: true }),
  // Not "tu vas payer cher", "pay dearly for", "surveiller tes arrières", "I wouldn't go out alone": said of prices, roads and storms.
  ...each(['ta famille ne sera pas toujours en securite', 'on t a a l oeil'], INTIMIDATE, { ...FR, veiled: true }),
  ...each(['la tua famiglia non sara sempre al sicuro'], INTIMIDATE, { ...IT, veiled: true }),
  ...each(['your family won t always be safe'], INTIMIDATE, { ...EN, veiled: true }),
];

/**
 * Session 25 (own probes of newsroom threats): a visit "not for coffee", five minutes alone with someone, an assassin
 * who would do the world a service, a death celebrated, and "nobody would cry if" followed by a harm (the harm is
 * part of the row: "Niemand würde weinen, wenn er zurücktritt" is politics).
 */
const SESSION25_THREATS: Row[] = [
  ...each(['besuch abstatten aber nicht zum', 'besuch abstatten und zwar nicht zum', 'aber nicht zum kaffee', 'aber nicht zum kaffeetrinken', 'aber nicht zum plaudern',
    'fuenf minuten mit dem allein', 'fuenf minuten allein mit', 'fuenf minuten mit ihm allein', 'zehn minuten mit dem allein', 'zehn minuten allein mit'], INTIMIDATE, { ...DE, veiled: true }),
  ...frames(['ein attentaeter', 'ein attentaeter *', 'ein scharfschuetze', 'ein scharfschuetze *', 'eine kugel', 'ein gezielter schuss'],
    ['wuerde der welt einen dienst erweisen', 'wuerde der menschheit einen dienst erweisen', 'waere ein segen fuer', 'waere ein segen', 'wuerde viele probleme loesen'], BEAT, DE),
  ...frames(['wird ihn jemand erwischen', 'wird ihn * erwischen', 'wenn er stirbt', 'wenn der stirbt', 'wenn sie stirbt', 'wenn es ihn erwischt', 'wenn es den erwischt'],
    ['und ich werde feiern', 'werde ich feiern', 'feiere ich', 'knallen bei mir die korken', 'knallen die korken', 'trinke ich champagner'], INTIMIDATE, DE),
  ...frames(['niemand wuerde weinen wenn', 'keiner wuerde weinen wenn', 'keine traene vergiessen wenn', 'keine traene nachweinen wenn', 'niemand wuerde ihm nachweinen wenn'],
    ['* etwas zustoesst', '* etwas zustossen wuerde', '* flugzeug abstuerzt', '* flugzeug abstuerzen wuerde', 'er stirbt', 'er sterben wuerde', 'er tot umfaellt', '* einen unfall'], INTIMIDATE, DE),
  ...frames(['nobody would cry if', 'no one would cry if', 'i wouldn t cry if', 'wouldn t shed a tear if', 'would not shed a tear if', 'nobody would shed a tear if'],
    ['* plane went down', '* plane * went down', '* plane crashed', '* plane * crashed', 'he died', 'she died', 'he dropped dead', 'something happened to him', 'something happened to her', '* had an accident', 'someone shot him'], INTIMIDATE, EN),
  ...frames(['nessuno piangerebbe se', 'non piangerei se', 'non verserei una lacrima se', 'nessuno verserebbe una lacrima se'],
    ['* aereo cadesse', '* aereo precipitasse', 'morisse', 'gli succedesse qualcosa', 'le succedesse qualcosa', 'avesse un incidente'], INTIMIDATE, IT),
  // A thrashing deserved, only a bullet left, choking wished, a god asked to take someone, a slow death wished.
  ...each(['verdient eine tracht pruegel', 'verdienen eine tracht pruegel', 'eine tracht pruegel verdient', 'gehoert eine tracht pruegel', 'verdient e tracht pruegel',
    'soll an * ersticken', 'soll doch an * ersticken', 'sollen an * ersticken', 'sollen doch an * ersticken', 'wenn es einen gott gibt holt er'], INTIMIDATE, DE),
  ...each(['hilft nur noch eine kugel', 'hilft nur eine kugel', 'hilft nur noch e chugle'], BEAT, DE),
  ...each(['je lui casse la gueule', 'on lui casse la gueule', 'je leur casse la gueule', 'a coups de baton', 'a coups de batte'], BEAT, FR),
  // A second round: caught at night, a punch on the nose, short work made of people, the head off.
  // Caught alone or at night, not at the station for dinner ("Wenn wir ihn am Bahnhof erwischen, gehen wir essen").
  ...each(cross(['wenn wir ihn', 'wenn wir dich', 'wenn wir euch', 'wenn wir den'], ['nachts erwischen', 'allein erwischen', 'alleine erwischen', 'im dunkeln erwischen']), INTIMIDATE, DE),
  ...each(['wird schon sehen was er davon hat',
    'gibt es auf die nase', 'gibts auf die nase', 'gibt es eins auf die nase', 'gibts eins auf die nase', 'gits uf d nase', 'gits eis uf d nase',
    'mit solchen leuten * kurzen prozess', 'mit solchen leuten kurzen prozess', 'mit denen * kurzen prozess', 'mit denen kurzen prozess',
    'mit ihm * kurzen prozess', 'mit dem * kurzen prozess', 'nur eine loesung kopf ab', 'kopf ab'], INTIMIDATE, DE),
  ...frames(['wuensche *', 'wuensche ich *', 'wuensche ihm', 'wuensche ihr', 'wuensche ihnen', 'wuensche dir'], ['einen langsamen und qualvollen tod', 'einen qualvollen tod', 'einen langsamen tod'], BEAT, DE),
];

export const INTIMIDATION_ROWS: readonly Row[] = [...DE_INTIMIDATION, ...FR_INTIMIDATION, ...IT_INTIMIDATION, ...EN_INTIMIDATION, ...MORE_INTIMIDATION, ...HOSPITAL, ...SESSION23_THREATS, ...SESSION24_THREATS, ...SESSION25_THREATS];

/** Harmless look-alikes of the rows above: picking someone up, a bullet point, the rope in sport. */
export const INTIMIDATION_ALLOW: readonly string[] = [
  // Reports of a shooting: "der Polizist hat ihm eine Kugel ins Bein verpasst", "…, der ihm eine Kugel verpasst hatte".
  ...['ihm', 'ihr', 'dem', 'em', 'ihne', 'denen'].flatMap((d) => ['hat', 'hatte', 'haben', 'hatten', 'het', 'wurde'].flatMap((aux) => [`${aux} ${d} eine kugel verpasst`, `${aux} ${d} * eine kugel verpasst`, `${d} eine kugel verpasst ${aux}`, `${aux} ${d} e chugle verpasst`])),
  'ti vengo a prendere alla', 'ti vengo a prendere in', 'ti vengo a prendere all', 'ti vengo a prendere a', 'ti vengo a prendere io alla',
  'vi vengo a prendere alla', 'vi vengo a prendere in', 'vi vengo a prendere all', 'ti vengo a prendere dopo', 'ti vengo a prendere domani',
  'ti vengo a prendere stasera', 'ti vengo a prendere con',
  // Picking someone up at a time: "ti vengo a prendere sotto casa alle otto", "I'm coming for you at six".
  ...cross(['ti vengo a prendere', 'vi vengo a prendere', 'ti veniamo a prendere'], ['* alle', '* * alle', 'verso le', '* verso le', 'in macchina', 'dopo il lavoro']),
  ...cross(['i m coming for you', 'i am coming for you', 'we re coming for you'], ['at', 'around', 'after work', 'in the car', 'tomorrow at', 'tonight at']),
  // A lift or a check-up: "ich bring dich morgen ins Spital zur Kontrolle", "I'll put him in the hospital car park".
  'ins spital zur', 'ins spital fuer', 'ins spital zum', 'ins krankenhaus zur', 'ins krankenhaus zum', 'in the hospital car park', 'to the hospital for', 'a l hopital pour', 'all ospedale per', 'bullet point', 'bullet points', 'get the rope tow', 'sei morto dal ridere',
  'sei morto di fame', 'je vais te retrouver a', 'je vais te retrouver au', 'je vais te retrouver devant', 'je te retrouverai a', 'je te retrouverai au',
  'on va te retrouver a', 'on te retrouvera a', 'on te retrouvera au', 'je vais vous retrouver a', 'je vais vous retrouver au', 'on va vous retrouver a',
  'ich werde dich finden und umarmen', 'wir kriegen dich schon gesund', 'wir kriegen euch schon satt', 'die gehoeren eingesperrt und therapiert',
  'you ll regret it if you miss', 'you will regret it if you miss', 'you ll regret not', 'you will regret not', 'tu vas regretter de ne pas',
  'te ne pentirai se non', 'je viendrai te chercher a', 'je viendrai te chercher au', 'on viendra te chercher a', 'on viendra te chercher au', 'on va venir te chercher a', 'on va venir te chercher au', 'veniamo a prenderti alla', 'veniamo a prenderti in', 'veniamo a prenderti all', 'i m going to find you a', 'i m gonna find you a', 'i m going to find you the', 'i m gonna find you the', 'hang her coat', 'hang him up', 'wir kommen dich holen am', 'wir kommen dich holen beim', 'wir kommen dich holen um', 'wir kommen dich holen in', 'wir kommen dich holen nach', 'he should hang the', 'she should hang the', 'they should hang the', 'he should hang up', 'she should hang up', 'they should hang up', 'he should hang out', 'she should hang out', 'they should hang out', 'they should hang out with', 'he should hang on', 'she should hang on', 'they should hang on', 'he should hang in there', 'she should hang in there', 'they should hang in there', 'hang him out to dry', 'hang her out to dry', 'should hang for a while', 'should hang for a few', 'should hang for an hour', 'should hang for hours', 'crepi il lupo', 'che crepi il lupo', 'crepi lupo', 'doit mourir un jour', 'doivent mourir un jour', 'devons tous mourir', 'il faut les eliminer au', 'faut les eliminer au', 'il faut les eliminer des', 'eliminer au premier tour', 'va mourir de rire', 'bombarder de questions', 'bombarder de messages', 'bombarder de mails',
];
