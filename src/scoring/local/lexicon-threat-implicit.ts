/**
 * Threats without a verb of killing in the frames of lexicon-threat-frames.ts, and the cues that decide a veiled one:
 *
 * - knowing where someone's children go to school or where they park ("ich weiss, in welche Schule deine Tochter
 *   geht", "I know where you park your car");
 * - promised bad ends ("du kommst nicht lebend raus", "tu vas finir au fond du lac", "non arriverai a Natale",
 *   "you won't see Christmas", "on aura ta peau") and "if I catch you …" with words between;
 * - death wishes in other grammar: a disease or a crash wished on someone ("ich wünsche ihm Krebs", "hope his plane
 *   goes down", "spero che gli venga un infarto"), regret that an attack missed, "möge er … ersticken";
 * - calls to beat ("me sött en verschlah", "prenderli a bastonate") and to kill with a weapon or a rope;
 * - vermin words with words of pest control ("Ungeziefer … vertilgen", "Viecher … ausmerzen").
 *
 * {@link THREAT_CUES} weigh too little to hold anything alone ("das verspreche ich dir", "je te le jure", "parola
 * mia", "mark my words"): they only count as the second cue that makes a veiled threat clear (see the escalation in
 * threat-escalation.ts). Harmless look-alikes ("Du wirst es bereuen, wenn du diese Serie nicht schaust", "ti aspettiamo
 * sotto casa alle otto", "ich bring dich um vor Lachen") are in {@link THREAT_IMPLICIT_ALLOW}.
 * Terms are in normalised form (ä → ae, no accents, apostrophes as spaces).
 */
import { DE, EN, FR, GROUP_VIOLENCE, IT, each, frames, kill, threat, type LexiconWeights, type Row } from './lexicon-rows';

const KILL = kill(0.93);
const BEAT = threat(0.92);
/** Clear enough to hold, not to reject alone: a second cue decides. */
const VEILED = threat(0.75);
/**
 * A commitment or a time and place that aims a threat; nothing alone (THREAT below the hold threshold). No TOXICITY:
 * that is how the lexicon scorer tells a cue from a threat.
 */
const CUE: LexiconWeights = { THREAT: 0.35 };
/** Pest control: literal about rats and lice, a call to kill about people; rejected about a group. */
const PEST_CONTROL: LexiconWeights = { THREAT: 0.3, TOXICITY: 0.3 };
const G_VIOLENCE = { group: GROUP_VIOLENCE } as const;
const cross = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`));
const gap = (heads: readonly string[]): string[] => heads.map((h) => `${h} *`);

// ---------------------------------------------------------------------------------------------------------------
// German (Standard, Swiss spelling, Swiss German dialect)
// ---------------------------------------------------------------------------------------------------------------

const DE_FAMILY = ['kinder', 'kind', 'tochter', 'sohn', 'frau', 'familie', 'eltern', 'mutter', 'chind', 'goofe'];
const DE_YOUR = ['deine', 'dein', 'dini', 'eure', 'euer'];
/** Calls with a modal: "man sollte", "me sött" (the frames file's heads, without "gehört"). */
const DE_CALL = ['soet me', 'me soet', 'soet mer', 'mer soett', 'sollte man', 'man sollte', 'muesste man', 'man muesste', 'muss man', 'man muss', 'sollte jemand', 'jemand sollte', 'sollte einer', 'einer sollte',
  'soett me', 'sett me', 'sott me', 'me soett', 'me sett', 'me sott', 'mues me', 'me mues', 'oepper soett', 'ich werde', 'ich will', 'i wird', 'i will', 'i wott', 'mir wend'];
/** Beating someone up, infinitives (Standard and dialect). */
const DE_BEAT_INF = ['z tod pruegle', 'z tod schlah', 'zu tode pruegeln', 'tot pruegeln', 'totpruegle', 'verschlah', 'verschlaa', 'verschlagen', 'verpruegle', 'verpruegeln', 'zaemeschlah', 'zemeschlah', 'zusammenschlagen', 'zusammenpruegeln',
  'verhaue', 'vermoeble', 'vermoebeln', 'vertaetsche', 'verchlopfe', 'verdresche', 'verdreschen', 'krankenhausreif schlagen', 'spitalreif schlah'];
const DE_HOPE = ['hoffentlich', 'hoffentli', 'hofentlich', 'hoffe', 'hoff', 'hoffe dass', 'hoffen wir dass'];
const DE_WISH = ['wuensche', 'wuensch', 'wuenschen', 'wuenscht', 'goenne', 'gonn'];
const DE_DATIVE = ['ihm', 'ihr', 'dir', 'euch', 'ihnen', 'em', 'ere', 'dene', 'diesem', 'dieser', 'dem', 'der', 'denen', 'allen', 'jedem'];
const DE_DISEASE = ['krebs', 'aids', 'ebola', 'einen herzinfarkt', 'en herzinfarkt', 'einen hirnschlag', 'einen schlaganfall', 'die pest', 'einen toedlichen unfall',
  'qualvollen tod', 'langsamen tod', 'grausamen tod', 'elenden tod', 'schmerzhaften tod', 'baldigen tod', 'langsamen und qualvollen tod', 'qualvollen und langsamen tod'];
const DE_AIRCRAFT = ['flieger', 'flugzeug', 'heli', 'helikopter', 'jet', 'privatjet', 'regierungsflieger'];
/** Words for people that nothing but people are called ("Untermenschen", "Gesindel") and vermin said of them. */
const DE_VERMIN_PEOPLE = ['untermenschen', 'schmarotzer', 'abschaum', 'gesindel', 'geschmeiss', 'kreaturen', 'brut', 'pack'];
const DE_VERMIN = ['ungeziefer', 'ungziefer', 'parasiten', 'viecher', 'kakerlaken', 'ratten', 'schmeissfliegen', 'heuschrecken', 'zecken', 'laeuse'];
const DE_PEST_VERBS = ['ausmerzen', 'ausmerze', 'vertilgen', 'vertilgt', 'ausraeuchern', 'ausraeuchere', 'zerquetschen', 'zertreten', 'einschlaefern', 'entsorgen', 'entsorgt',
  'loswerden', 'beseitigen', 'wegputzen', 'ausrotten', 'vernichten', 'vergasen', 'plattmachen', 'totschlagen', 'zertrampeln'];

const DE_IMPLICIT: Row[] = [
  // "Wenn ich dich einmal alleine erwische": the object and the verb apart. Words between make it vaguer ("wenn ich
  // dich am Bahnhof erwische, trinken wir einen Kaffee"): held, decided by a second cue.
  ...frames(['wenn ich', 'wenn i', 'falls ich', 'sobald ich', 'wenn wir', 'wenn mir'], cross(['dich', 'di', 'ihn', 'en', 'euch', 'eu'], ['* erwische', '* verwuetsch', '* erwuetsch', '* in die finger kriege', '* i d finger ueberchume']), VEILED, { ...DE, inflect: false }),
  ...frames(['wenn ich', 'wenn i', 'falls ich'], cross(['den', 'dae', 'de', 'die'], ['* in die finger kriege', '* i d finger ueberchume']), VEILED, { ...DE, inflect: false }),
  ...frames(['wenn i', 'wenn mir'], ['dae * verwuetsch', 'dae * erwuetsch'], VEILED, { ...DE, inflect: false }),
  // A visit with friends ("Dem Richter würde ich gern mal einen Besuch abstatten, mit ein paar Freunden"), rope kept ready
  // ("Für Leute wie dich haben wir Stricke").
  ...frames(
    cross(['dir', 'euch', 'ihm', 'dem', 'diesem', 'dieser', 'denen', 'dene'], ['*', '* *']).map((p) => `${p} einen besuch`),
    cross(['abstatten', 'abstatte'], ['mit ein paar freunden', 'mit ein paar kollegen', 'mit paar kollegen', 'mit ein paar jungs', 'mit es paar kollege', 'mit ein paar leuten']),
    VEILED,
    { ...DE, inflect: false },
  ),
  ...frames(['fuer leute wie dich', 'fuer leute wie euch', 'fuer leute wie die', 'fuer solche', 'fuer dich', 'fuer euch', 'fuer so eine', 'fuer so einen', 'fuer verraeter', 'fuer sone'],
    ['haben wir stricke', 'haben wir einen strick', 'hend mir stricke', 'gibt es stricke', 'gibt es einen strick', 'gits e strick'], KILL, { ...DE, inflect: false }),
  // Veiled threats from a fifth set of our own (10 of 20 approved): someone behind the reader, "du wirst schon sehen, was du
  // davon hast", the light going out in the newsroom "and not only the light", patience running out, people who
  // "disappear", a reckoning once in power. Held alone; an insult or a second cue aims them.
  ...each(['aufpassen wer hinter dir laeuft', 'aufpassen wer * hinter dir laeuft', 'pass auf wer hinter dir laeuft', 'pass auf wer nachts hinter dir', 'wirst schon sehen was du davon hast',
    'wirst * sehen was du davon hast', 'froh sein dass wir noch geduld haben', 'merk dir meinen namen wir sehen uns', 'leute wie du verschwinden', 'solche wie du verschwinden',
    'an der macht sind dann rechnen wir ab'], VEILED, DE),
  ...each(['in die hand nehmen mit waffen', 'mit waffen in die hand nehmen', 'ueberlebt den naechsten winter nicht', 'ueberlebst den naechsten winter nicht', 'ueberlebst den winter nicht',
    'dann haengen sie alle', 'dann haengen die alle', 'dann baumeln sie alle', 'denn hanged si alli'], KILL, DE),
  // Knowing where someone's family is: "Ich weiss, in welche Schule deine Tochter geht".
  ...frames(['weiss wo', 'wissen wo', 'weiss in welche', 'wissen in welche', 'weiss welche', 'wissen welche', 'wuesse wo', 'wuessed wo', 'weiss i welchi', 'weiss wann', 'wissen wann'],
    cross(DE_YOUR.map((y) => `* ${y}`), DE_FAMILY), kill(0.92), { ...DE, inflect: false }),
  ...frames(['ich weiss wo du', 'wir wissen wo du', 'man weiss wo du', 'ich weiss wann du', 'wir wissen wann du', 'i weiss wo du', 'mir wuessed wo du', 'me weiss wo du'],
    ['arbeitest', 'parkierst', 'parkst', 'joggst', 'einkaufst', 'schlaefst', 'schaffsch', 'parkiersch', '* parkierst', '* parkst', '* joggst', 'heimgehst', '* heimgehst', 'dis auto parkiersch'], kill(0.92), { ...DE, inflect: false }),
  // Promised ends: "du kommst da nicht lebend raus", "mit dir rechnen wir noch ab".
  ...frames(['du kommst', 'kommst du', 'ihr kommt', 'kommt ihr', 'du chunsch', 'chunsch du'], ['* nicht lebend', 'nicht lebend', '* nid lebig', 'nid lebig', '* nicht mehr lebend', 'nicht mehr lebend'], KILL, { ...DE, inflect: false }),
  ...each(['mit dir rechnen wir * ab', 'mit dir rechne ich * ab', 'mit euch rechnen wir * ab', 'mit dir rechnen wir ab', 'mit dir wird * abgerechnet', 'mit euch wird * abgerechnet',
    'mit dir rechned mir * ab', 'mit dir rechne i * ab', 'wir rechnen * mit dir ab', 'ich rechne * mit dir ab'], threat(0.9), DE),
  ...frames(['dreh ich', 'drehe ich', 'ich dreh', 'ich drehe', 'i draeh', 'draeh i', 'wir drehen'], ['* hals um'], BEAT, { ...DE, inflect: false }),
  ...frames(['bringi', 'bringed mer', 'bringemer'], ['um', 'di um', 'en um', 'eu um', 'dich um', 'si um'], KILL, { ...DE, inflect: false }),
  ...frames(['i', 'ich', 'mir'], cross(['chloepf', 'chlopf', 'klopf'], cross(['dir', 'der', 'em', 'ere', 'eu', 'dene'], ['eis', 'eini', '* eis', '* eini'])), BEAT, { ...DE, inflect: false }),
  ...frames(['du kriegst', 'kriegst du', 'du bekommst', 'du chunsch', 'ihr kriegt'], ['* was du verdienst', 'was du verdienst', '* was du verdiensch', '* was ihr verdient'], VEILED, { ...DE, inflect: false }),
  ...frames(['du wirst es', 'du wirst das', 'ihr werdet es', 'das wirst du', 'das werdet ihr', 'du wirsch es', 'das wirsch'], ['* bereuen', '* bereue', '* buessen', '* buesse', 'teuer bezahlen', 'bitter bezahlen'], VEILED, { ...DE, inflect: false, veiled: true }),
  // Death wishes: a disease, a crash, a failed attack; "möge er … ersticken", "soll er doch an … krepieren".
  ...frames(cross(DE_WISH.slice(0, 3), DE_DATIVE), DE_DISEASE.map((d) => (d === 'krebs' ? d : `* ${d}`)), KILL, { ...DE, inflect: false }),
  ...frames(DE_HOPE, DE_AIRCRAFT.flatMap((a) => [`stuerzt * ${a} * * ab`, `* ${a} * abstuerzt`]), KILL, { ...DE, inflect: false }),
  ...frames(DE_HOPE, ['verunglueckt er', 'verunglueckt sie', 'verunfallt er', 'verunfallt sie', 'verunfallt dae', 'verunglueckt der', 'trifft ihn der blitz', 'erwischt ihn * bus'], KILL, { ...DE, inflect: false }),
  ...frames(['schade dass', 'schade das', 'schad dass', 'leider hat'], ['ihn * verfehlt', 'sie * verfehlt', 'attentaeter * verfehlt', 'kugel * verfehlt', 'er ueberlebt hat', 'sie ueberlebt hat', 'er * ueberlebt hat', 'ihn * nicht erwischt', 'ihn * nicht getroffen'], KILL, { ...DE, inflect: false }),
  ...frames(['moege er', 'moege sie', 'moegen sie', 'moege der', 'moege die', 'moegen die', 'moege dieser', 'moege diese', 'moegen diese', 'moeg er', 'moeged si'],
    ['* verrecke', '* krepiere', '* ersticke', '* an * ersticke', '* abkratze', '* * verrecke'], KILL, { ...DE, inflect: ['n'] }),
  ...frames(['soll er', 'soll sie', 'sollen sie', 'soll der', 'soll die', 'sollen die', 'sollst du', 'soell er', 'soelled si', 'soll dieser'],
    ['* an * krepieren', '* an * verrecken', '* an * ersticken', '* an * erstecke', '* an * verrecke'], KILL, { ...DE, inflect: false }),
  // Calls: beating ("me sött en verschlah"), killing with a rope or a weapon, the boats, "wer nicht geht, wird halt erschlagen".
  ...frames(gap(DE_CALL), DE_BEAT_INF, BEAT, { ...DE, inflect: false }),
  ...frames(['schlagt', 'schlaget', 'schlaged', 'pruegelt', 'knueppelt', 'schloend'], ['sie tot', 'die tot', 'ihn tot', '* tot', 'sie * tot', '* zu tode', '* z tod', 'si z tod'], KILL, { ...DE, inflect: false }),
  ...each(['strick und * baum', 'strick und * laterne', 'seil und * baum', 'an den naechsten baum mit', 'an die naechste laterne mit', 'an den naechsten baum haengen',
    'an die naechste laterne haengen', 'a de naechschte baum', 'a di naechscht laterne'], KILL, DE),
  ...frames(['mit dem sturmgewehr', 'mit dem gewehr', 'mit der knarre', 'mit der kalaschnikow', 'mit dem maschinengewehr', 'mit der pumpgun', 'mit em sturmgwehr', 'mit em gwehr',
    'mit ere knarre', 'mit der flinte', 'mit dem flammenwerfer', 'mit der axt', 'mit dem baseballschlaeger'],
  ['* vorbeigehen', '* vorbeigeht', '* vorbeischauen', '* vorbeischaut', 'vorbeigehen', 'vorbeigeht', 'aufraeumen', '* aufraeumen', 'aufraeume', '* aufraeume', '* aufraeumt', 'aufraeumt'], KILL, { ...DE, inflect: false }),
  ...frames(['wird halt', 'wird einfach', 'werden halt', 'werden einfach', 'wird eben', 'wird dann halt', 'werden dann halt', 'wird de halt', 'wird halt eifach'],
    ['erschossen', 'erschlagen', 'totgeschlagen', 'aufgehaengt', 'abgeknallt', 'erhaengt', 'vergast', 'abgestochen', 'umgebracht', 'erschosse', 'totgschlage', 'ufghaenkt'], KILL, { ...DE, inflect: false }),
  ...each(['boot versenken', 'schiff versenken', 'schlauchboot versenken', 'schlauchboote versenken', 'boot versaenke', 'boote versaenke', 'ins meer werfen', 'ins meer treiben',
    'ins meer zurueckwerfen', 'absaufen lassen', 'ersaufen lassen', 'versaufe laa', 'mit knueppeln', 'mit baseballschlaegern', 'loswerden egal wie', 'egal wie loswerden', 'mit allen mitteln loswerden'],
  { THREAT: 0.45, TOXICITY: 0.45 }, { ...DE, ...G_VIOLENCE }),
  // Vermin and pest control in one breath ("Solche Viecher muss man ausmerzen", "Ungeziefer wird vertilgt").
  ...frames(DE_VERMIN_PEOPLE, DE_PEST_VERBS.map((v) => `* ${v}`), KILL, { ...DE, inflect: false }),
  ...frames(DE_VERMIN, DE_PEST_VERBS.map((v) => `* ${v}`), PEST_CONTROL, { ...DE, ...G_VIOLENCE, inflect: false }),
  ...frames(DE_PEST_VERBS.filter((v) => !v.endsWith('t')), [...DE_VERMIN, ...DE_VERMIN_PEOPLE].map((n) => `* ${n}`), PEST_CONTROL, { ...DE, ...G_VIOLENCE, inflect: false }),
  ...each(['derattisieren', 'desinfizieren mit feuer'], PEST_CONTROL, { ...DE, ...G_VIOLENCE }),
];

// ---------------------------------------------------------------------------------------------------------------
// French
// ---------------------------------------------------------------------------------------------------------------

const FR_FAMILY = ['tes enfants', 'ta fille', 'ton fils', 'ta femme', 'ton mari', 'ta famille', 'tes parents', 'tes gosses', 'ta mere'];

const FR_IMPLICIT: Row[] = [
  ...frames(['on sait ou', 'je sais ou', 'nous savons ou', 'on sait dans quelle ecole', 'je sais dans quelle ecole', 'on connait l ecole de', 'on sait quand'],
    FR_FAMILY.map((f) => `* ${f}`), kill(0.92), { ...FR, inflect: false }),
  ...frames(['on sait ou tu', 'je sais ou tu', 'nous savons ou tu', 'on sait quand tu', 'je sais quand tu'], ['travailles', 'gares', 'dors', 'fais tes courses', 'cours', 'rentres', 'gares ta voiture', 'fais ton jogging'], kill(0.92), { ...FR, inflect: false }),
  // "faire la peau" to the reader, or called for (not "Le chat va lui faire la peau, à cette souris")
  ...frames(['va te', 'vais te', 'vont te', 'allons te', 'va vous', 'vont vous', 'faudrait lui', 'faut lui', 'faudrait leur', 'faut leur'], ['faire la peau'], KILL, { ...FR, inflect: false }),
  ...each(['on aura ta peau', 'j aurai ta peau', 'on aura sa peau', 'on aura leur peau', 'nous aurons ta peau', 'ils auront ta peau', 'je finirai par avoir ta peau'], kill(0.92), FR),
  ...frames(['si je te croise', 'si je te vois', 'si je te chope', 'si je te trouve', 'si on te croise', 'si on te chope', 'si on te trouve', 'si je te recroise'],
    ['t es mort', 'tu es mort', 't es un homme mort', '* t es mort', '* tu es mort', 't es fini', '* t es fini'], kill(0.92), { ...FR, inflect: false }),
  ...frames(['tu vas finir', 'tu finiras', 'vous allez finir', 'vous finirez', 'il va finir', 'tu vas terminer'],
    ['au fond du lac', 'au fond du leman', 'au fond du rhone', 'au fond de l eau', 'dans le lac', 'dans le rhone', 'dans un sac', 'dans un fosse', 'dans le coffre', 'entre quatre planches',
      'les pieds devant', 'en morceaux', 'a la morgue', 'sous terre', 'dans un fauteuil roulant'], KILL, { ...FR, inflect: false }),
  // a house to burn with someone inside ("J'espère que ta maison va brûler avec toi dedans")
  ...frames(['bruler', 'brule', 'bruleras', 'flamber', 'cramer', 'crame'], ['avec toi dedans', 'avec vous dedans', 'avec lui dedans', 'avec eux dedans', 'avec toi a l interieur'], KILL, { ...FR, inflect: false }),
  ...each(['passer un sale quart d heure', 'passeras un sale quart d heure', 'passerez un sale quart d heure'], VEILED, FR),
  ...each(['des pierres aux pieds', 'du beton aux pieds', 'les pieds dans le beton', 'pierres attachees aux pieds'], threat(0.6), FR),
  ...each(['tu ne perds rien pour attendre', 'vous ne perdez rien pour attendre', 'tu me le paieras', 'tu me le payeras', 'vous me le paierez', 'tu le paieras cher', 'tu vas le payer cher',
    'tu vas payer pour ce que', 'on va te retrouver', 'on te retrouvera', 'on va te trouver', 'on te trouvera', 'je vais te retrouver', 'je te retrouverai', 'on finira par te trouver',
    'on t attend a la sortie', 'on t attendra a la sortie', 'on t attend devant chez toi', 'on t attend en bas de chez toi', 'on t attendra devant chez toi', 'on t attend chez toi',
    'tes jours sont comptes', 'vos jours sont comptes', 'ce qui pourrait t arriver', 'ce qui peut t arriver', 'ce qui va t arriver'], threat(0.85), FR),
  ...each(['ton heure va venir', 'ton heure viendra', 'ton tour va venir', 'on va venir te chercher', 'on viendra te chercher', 'que dieu te maudisse'], threat(0.7), { ...FR, veiled: true }),
  ...each(['balle dans la tete', 'balle dans la nuque', 'balle entre les deux yeux', 'balle dans le crane'], threat(0.7), FR),
  ...frames(['merite', 'meritent', 'meriterait', 'meriteraient', 'merites'], ['une balle', 'une balle dans', 'qu on lui tire dessus', 'qu on leur tire dessus'], KILL, { ...FR, inflect: false }),
  // Death wishes: suffering, a disease, a crash, dying like a dog.
  ...each(['souffrir avant de mourir', 'souffrir avant de crever', 'souffre avant de mourir', 'souffre avant de crever', 'souffrir longtemps avant de', 'espere qu il va souffrir',
    'espere qu il souffre', 'espere qu elle souffre', 'espere qu ils souffrent', 'espere qu il souffrira', 'espere que tu vas souffrir', 'espere que tu souffres', 'espere qu il va * souffrir',
    'espere qu elle va * souffrir', 'espere qu ils vont * souffrir'], KILL, FR),
  ...frames(['espere qu il', 'espere qu elle', 'espere qu ils', 'espere que tu', 'pourvu qu il', 'pourvu qu elle', 'pourvu qu ils', 'souhaite qu il', 'souhaite qu elle', 'vivement qu il'],
    ['attrape un cancer', 'chope un cancer', 'attrape le cancer', 'fasse un infarctus', 'fasse une crise cardiaque', 'se fasse ecraser', 'se fasse renverser', 'se fasse tuer', 'se fasse buter',
      'se fasse lyncher', 'se fasse violer', 'se fasse descendre'], KILL, { ...FR, inflect: false }),
  ...frames(['que tu', 'qu il', 'qu elle', 'qu ils', 'tu vas', 'il va'], cross(['creves', 'creve', 'meures', 'meure', 'finisses', 'finisse', 'crevent', 'meurent', 'crever', 'mourir', 'finir'],
    ['* comme un chien', '* comme un rat', '* comme des chiens', '* comme des rats']), KILL, { ...FR, inflect: false }),
  ...frames(['espere que son', 'pourvu que son', 'que son', 'espere que leur'], ['avion s ecrase', 'avion * s ecrase', 'helico s ecrase', 'jet s ecrase'], KILL, { ...FR, inflect: false }),
  ...frames(['espere qu il', 'espere qu elle', 'espere qu ils', 'pourvu qu il', 'pourvu qu elle', 'souhaite qu il', 'vivement qu il'], ['aura un accident', 'ait un accident', 'aura un grave accident', 'ait un grave accident',
    'aura un accident mortel', 'ait un accident mortel', 'se tue en voiture', 'se tue dans un accident', 'meure dans un accident'], KILL, { ...FR, inflect: false }),
  ...frames(['espere qu il', 'espere qu elle', 'espere qu ils', 'espere que tu', 'espere que vous', 'pourvu qu il', 'pourvu qu ils'], ['crevera', 'creveront', 'creveras', 'mourra', 'mourront', 'mourras', '* crevera', '* creveront', '* mourra', '* mourront'], KILL, { ...FR, inflect: false }),
  ...frames(['dommage que personne ne l ait', 'dommage que personne ne les ait', 'dommage que personne l ait', 'dommage que personne ne l a', 'dommage que personne ne les a', 'dommage que personne l a'],
    ['bute', 'encore bute', 'tue', 'encore tue', 'abattu', 'encore abattu', 'descendu', 'encore descendu', 'flingue', 'encore flingue', 'pendu', 'encore pendu'], KILL, { ...FR, inflect: false }),
  ...frames(['dommage qu il', 'dommage qu elle', 'dommage qu ils', 'dommage que le tireur', 'dommage que l assassin'], ['ait survecu', 'aient survecu', 'l ait rate', 'l aient rate', 'ait rate', 'l ait manque', 'soit encore en vie'], KILL, { ...FR, inflect: false }),
];

// ---------------------------------------------------------------------------------------------------------------
// Italian
// ---------------------------------------------------------------------------------------------------------------

const IT_FAMILY = ['i tuoi figli', 'tua figlia', 'tuo figlio', 'tua moglie', 'tuo marito', 'la tua famiglia', 'i tuoi genitori', 'tua madre'];
const IT_CALL = ['bisogna', 'bisognerebbe', 'si dovrebbe', 'si devono', 'dovremmo', 'dobbiamo', 'qualcuno dovrebbe', 'vorrei', 'voglio', 'basterebbe', 'sarebbe ora di', 'andrebbero', 'andrebbe', 'vanno'];

const IT_IMPLICIT: Row[] = [
  ...frames(['sappiamo dove', 'so dove', 'sappiamo in quale scuola', 'so in quale scuola', 'sappiamo quando', 'so quando', 'conosco la scuola di', 'conosciamo la scuola di'],
    IT_FAMILY.map((f) => `* ${f}`), kill(0.92), { ...IT, inflect: false }),
  ...frames(['sappiamo dove', 'so dove', 'sappiamo quando', 'so quando'], ['lavori', 'parcheggi', 'dormi', 'fai la spesa', 'vai a correre', 'torni a casa', 'esci di casa'], kill(0.92), { ...IT, inflect: false }),
  ...each(['prima o poi ti becchiamo', 'prima o poi ti becco', 'prima o poi ti troviamo', 'prima o poi ti prendiamo', 'ti becchiamo da solo', 'ti becco da solo', 'ti becchiamo da sola',
    'ti troveremo', 'ti trovero', 'vi troveremo', 'hai i giorni contati', 'avete i giorni contati', 'te la faremo pagare', 've la faremo pagare', 'gliela faremo pagare', 'cosa ti puo succedere',
    'cosa ti potrebbe succedere', 'cosa potrebbe succederti', 'ti conviene guardarti le spalle'], threat(0.85), IT),
  ...each(['te la faremo pagare cara', 'te la faro pagare cara', 've la faremo pagare cara', 'la pagherai cara', 'la pagherete cara'], threat(0.9), IT),
  ...frames(['non arriverai', 'non arriverete', 'non vedrai', 'non vedrete', 'non passerai'], ['a natale', 'a domani', 'a pasqua', 'vivo a', 'il natale', 'il prossimo natale', 'la prossima estate', 'l inverno', 'vivo'], KILL, { ...IT, inflect: false }),
  ...frames(['finirai', 'finirete', 'finira'], ['in fondo al lago', 'sotto terra', 'al cimitero', 'in una cassa', 'in un fosso', 'con le scarpe di cemento', 'in sedia a rotelle'], KILL, { ...IT, inflect: false }),
  ...each(['un colpo in testa', 'colpo alla nuca', 'una pallottola in testa', 'un proiettile in testa', 'scarpe di cemento', 'cemento ai piedi'], threat(0.7), IT),
  // Death wishes: an illness or a crash wished on someone; regret that someone survived.
  ...frames(['spero che', 'speriamo che', 'mi auguro che', 'magari', 'che'], cross(['gli', 'le', 'ti', 'vi'], ['venga un infarto', 'venga un ictus', 'venga un cancro', 'venga un tumore', 'prenda un infarto',
    'venisse un infarto', 'venisse un cancro', 'venga un colpo secco']), KILL, { ...IT, inflect: false }),
  ...frames(['spero che', 'speriamo che', 'mi auguro che', 'spero proprio che'], ['crepa', 'muore', 'crepano', 'muoiono', 'crepi presto', 'muoia presto', 'crepa presto', 'muore presto', 'schiatti', 'schiatta'], KILL, { ...IT, inflect: false }),
  ...frames(['spero che', 'speriamo che', 'mi auguro che'], ['abbia un incidente', 'faccia un incidente', 'abbia un brutto incidente', 'faccia un brutto incidente', 'muoia in un incidente', 'resti secco'], KILL, { ...IT, inflect: false }),
  ...frames(['spero che', 'speriamo che', 'mi auguro che'], ['il suo aereo cada', 'il suo aereo precipiti', 'il suo elicottero precipiti', 'lo investa un', 'la investa un', 'lo investano', 'lo mettano sotto'], KILL, { ...IT, inflect: false }),
  ...frames(['peccato che', 'peccato'], ['sia sopravvissuto', 'sia sopravvissuta', 'siano sopravvissuti', 'l abbiano mancato', 'l abbiano mancata', 'l attentatore abbia mancato', 'sia ancora vivo'], KILL, { ...IT, inflect: false }),
  // Calls to beat or to sink the boats with the people on them.
  ...frames(IT_CALL, ['prenderli a bastonate', 'prenderlo a bastonate', 'prenderla a bastonate', 'prenderli a sprangate', 'prenderli a calci', 'prenderli a pugni', 'pestarli', 'pestarlo',
    'massacrarli di botte', 'gonfiarli di botte', 'riempirli di botte', 'bastonarli', 'bastonarlo', 'manganellarli', 'presi a bastonate', 'presi a sprangate', 'pestati a sangue'], BEAT, { ...IT, inflect: false }),
  // Session 24: driven out with blows ("Gli ebrei? Bisognerebbe cacciarli a forza di botte, come una volta": held only
  // by the threat head, which a retraining let go).
  ...frames(IT_CALL, ['* a forza di botte', '* a suon di botte', '* a suon di legnate', '* a manganellate', '* a sprangate', '* a bastonate', 'cacciarli a calci', 'cacciati a calci',
    'prenderli a botte', 'prenderlo a botte', 'prenderla a botte', 'presi a botte'], BEAT, { ...IT, inflect: false }),
  ...frames(['affondare', 'affondiamo', 'affondate', 'affonderei', 'bombardare', 'bombardiamo', 'silurare'], ['i barconi con tutti', '* con tutti dentro', '* con tutti a bordo', 'i gommoni con tutti'], KILL, { ...IT, inflect: false }),
  // Culled like animals: literal about wolves ("i lupi vanno abbattuti"), a call to kill about people.
  ...frames(['andrebbero', 'vanno', 'andrebbe', 'devono essere', 'dovrebbero essere', 'meritano di essere'], ['abbattuti', 'abbattute', 'abbattuto', 'abbattuta', 'soppressi', 'soppresso'], { THREAT: 0.45, TOXICITY: 0.45 }, { ...IT, ...G_VIOLENCE, inflect: false }),
  ...each(['va derattizzata', 'vanno derattizzati', 'derattizzare il paese', 'disinfestare il paese', 'derattizzare l italia', 'derattizzare la svizzera', 'schiacciarli come', 'schiacciati come'], { THREAT: 0.45, TOXICITY: 0.45 }, { ...IT, ...G_VIOLENCE }),
];

// ---------------------------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------------------------

const EN_FAMILY = ['your kids', 'your children', 'your daughter', 'your son', 'your wife', 'your husband', 'your family', 'your parents', 'your mother'];
const EN_WISHERS = ['may he', 'may she', 'may they', 'may you', 'hope he', 'hope she', 'hope they', 'hope you', 'pray he', 'pray she', 'pray they', 'wish he', 'wish she'];

const EN_IMPLICIT: Row[] = [
  ...frames(['know where', 'know which school', 'know when'], EN_FAMILY.map((f) => `* ${f}`), kill(0.92), { ...EN, inflect: false }),
  ...frames(['i know where you', 'we know where you', 'i know when you', 'we know when you', 'i know what time you', 'we know what time you'],
    ['park', 'work', 'sleep', 'jog', 'shop', 'walk home', 'get home', 'drop', 'pick up', 'go running', 'leave work'], kill(0.92), { ...EN, inflect: false }),
  ...each(['won t see christmas', 'won t see another', 'won t see next', 'will not see christmas', 'won t make it home', 'won t live through', 'you ll end up in the river', 'you ll end up in a ditch',
    'you ll end up in a wheelchair', 'end up in a box', 'like you end up in a ditch', 'like you end up in the river', 'like you end up dead',
    'like you end up in a body bag', 'like you end up in a box'], KILL, EN),
  ...each(['see what happens to you', 'what could happen to you', 'what might happen to you', 'dealt with permanently', 'dealt with for good', 'taken care of permanently',
    'you ll pay for this', 'you will pay for this', 'you ll pay for what', 'you will pay for what'], threat(0.8), EN),
  ...frames(['keep'], ['* and see what happens', 'it up and see what happens', 'talking and see what happens'], threat(0.8), { ...EN, inflect: false }),
  ...frames(EN_WISHERS, ['never wakes up', 'never wake up', 'suffer', 'suffers', 'die alone', 'dies alone', 'die in agony', 'dies in agony', 'gets hit by a', 'get hit by a', 'gets run over',
    'get run over', 'rot in hell', 'rots in hell', 'burn in hell', 'burns in hell', 'has a heart attack', 'have a heart attack'], KILL, { ...EN, inflect: false }),
  ...frames(EN_WISHERS, ['choke on', 'chokes on'], threat(0.75), { ...EN, inflect: false }),
  ...frames(EN_WISHERS, ['has an accident', 'have an accident', 'has a fatal accident', 'gets into an accident', 'dies in an accident', 'dies in a crash', 'die in a crash', 'crashes his car', 'gets hit by a car'], KILL, { ...EN, inflect: false }),
  ...frames(['hope', 'pray', 'wish'], cross(['his', 'her', 'their', 'your'], ['plane goes down', 'plane crashes', 'plane * crashes', 'jet crashes', 'helicopter crashes', 'plane falls', 'plane * goes down']), KILL, { ...EN, inflect: false }),
  ...frames(['shame he', 'shame she', 'pity he', 'pity she', 'too bad he', 'too bad she', 'shame they', 'too bad they', 'pity the shooter', 'shame the shooter', 'too bad the shooter'],
    ['survived', 'missed', 'is still alive', 'didn t die', 'did not die'], KILL, { ...EN, inflect: false }),
];

/** Second cues: a promise, an oath, a warning, a time or place. Alone nothing; with a veiled threat, a threat. */
export const THREAT_CUES: readonly Row[] = [
  ...each(['das verspreche ich dir', 'das verspreche ich euch', 'das versprech ich dir', 'verlass dich drauf', 'verlass dich darauf', 'das schwoere ich dir', 'ich schwoere', 'i schwoere',
    'i schwoer', 'das isch es verspreche', 'das ist ein versprechen', 'merk dir das', 'denk mal darueber nach', 'denk darueber nach', 'denk mal drueber nach', 'wir vergessen nichts',
    'wir vergessen nicht', 'mir vergaessed nuet', 'und zwar bald', 'pass bloss auf', 'pass nur auf', 'pass ja auf', 'pass bloss uf', 'pass nume uf', 'fertig lustig', 'schluss mit lustig',
    'dann knallts', 'denn chloepfts', 'dann chloepfts', 'denn tuets weh', 'dann tut es weh', 'niemand wird dir helfen', 'keine polizei', 'wenn du abends heimgehst', 'wart nur', 'warte nur', 'nicht viel uebrig', 'nichts mehr uebrig', 'nichts uebrig', 'nuet meh uebrig'], CUE, DE),
  ...each(['je te le promets', 'je te le jure', 'je vous le promets', 'tu m entends', 'tu m as compris', 'retiens bien ca', 'on n oublie rien', 'on oublie rien', 'on n oublie pas', 'crois moi',
    'personne ne pourra t aider', 'personne ne pourra te sauver', 'personne ne pourra te proteger', 'personne ne viendra t aider', 'tu verras', 'quand tu rentres le soir',
    'ce qu ils meritent', 'ce qu il merite', 'ce qu elle merite', 'fais gaffe', 'faites gaffe', 'a la sortie de la redaction'], CUE, FR),
  ...each(['te lo garantisco', 'te lo prometto', 'te lo giuro', 'parola mia', 'ricordatelo', 'non dimentichiamo', 'poi vediamo', 'e poi vediamo', 'poi vedremo', 'vediamo se fai ancora',
    'vediamo se ridi ancora', 'quando esci la sera', 'stai attento', 'state attenti', 'quello che si meritano', 'quello che si merita', 'cio che si meritano', 'se lo meritano',
    'nessuno ti potra aiutare', 'nessuno ti potra salvare'], CUE, IT),
  ...each(['i promise you that', 'i promise you', 'mark my words', 'you ve been warned', 'you have been warned', 'consider yourself warned', 'we don t forget', 'we never forget',
    'i swear to god', 'sooner than you think', 'never wake up', 'never wakes up', 'no one will be able to help you', 'nobody can save you', 'when you walk home at night', 'what they deserve'], CUE, EN),
];

/**
 * "Früher hätte man so einen erschossen": a wish dressed as history. The subjunctive always is one; the indicative
 * ("früher hat man Deserteure erschossen") only with a pronoun or "solche" as the object.
 */
const DE_KILLED_PAST = ['erschossen', 'aufgehaengt', 'gehaengt', 'an die wand gestellt', 'vergast', 'erschlagen', 'gelyncht', 'gesteinigt', 'hingerichtet', 'gekoepft',
  'verschosse', 'ufghaenkt', 'a d wand gstellt', 'erschosse', 'totgschlage'];
const FR_KILLED_PAST = ['fusille', 'fusilles', 'pendu', 'pendus', 'guillotine', 'guillotines', 'lynche', 'lynches', 'execute', 'executes', 'abattu', 'abattus', 'tue', 'tues'];
const EN_KILLED_PAST = ['hanged', 'hung', 'shot', 'lynched', 'strung up', 'executed', 'beheaded', 'stoned'];
const PAST_WISHES: Row[] = [
  ...frames(['frueher haette man', 'frueher haett me', 'frueher haetten wir', 'haette man frueher', 'haett me frueher', 'frueecher haett me', 'frueener haett me', 'zu anderen zeiten haette man', 'frueher haette man solche'],
    DE_KILLED_PAST.map((p) => `* ${p}`), KILL, { ...DE, inflect: false }),
  ...frames(cross(['frueher haette man', 'frueher haett me'], ['so einen wie dich', 'so eine wie dich', 'leute wie dich', 'solche wie dich', 'solche', 'settigi']), DE_KILLED_PAST.map((p) => `* ${p}`), KILL, { ...DE, inflect: false }),
  ...frames(cross(['so einen', 'so eine', 'leute wie dich', 'settigi'], ['hat man frueher', 'het me frueher', 'hat man damals']), DE_KILLED_PAST.map((p) => `* ${p}`), KILL, { ...DE, inflect: false }),
  ...frames(['solche', 'settigi'], cross(['* hat man frueher', '* het me frueher'], DE_KILLED_PAST), KILL, { ...DE, inflect: false }),
  ...frames(['autrefois on les aurait', 'autrefois on l aurait', 'a une autre epoque on l aurait', 'a une autre epoque on les aurait', 'dans le temps on l aurait', 'dans le temps on les aurait',
    'avant on les aurait', 'avant on l aurait', 'jadis on l aurait', 'jadis on les aurait'], FR_KILLED_PAST.map((p) => `* ${p}`), KILL, { ...FR, inflect: false }),
  ...frames(['una volta li avrebbero', 'una volta lo avrebbero', 'una volta l avrebbero', 'un tempo li avrebbero', 'un tempo lo avrebbero', 'una volta li avremmo', 'un tempo l avrebbero'],
    ['fucilat', 'impiccat', 'giustiziat', 'linciat', 'ammazzat', 'messi al muro', 'messo al muro'], KILL, { ...IT, inflect: ['o', 'a', 'i', 'e', 'i tutti', 'o subito'] }),
  ...frames(['in the old days they d have', 'back in the day they d have', 'in the old days they would have', 'back in the day they would have', 'in the old days we d have',
    'years ago they d have', 'in better times they d have', 'in the old days he d have been', 'back in the day he d have been', 'in the old days he would have been', 'back in the day he would have been'],
  EN_KILLED_PAST.map((p) => `* ${p}`), KILL, { ...EN, inflect: false }),
  // Mutilation as punishment: "Dem Dieb sollte man die Hände abhacken".
  ...frames(gap(DE_CALL.slice(0, 20)), ['haende abhacken', 'hand abhacken', 'zunge abschneiden', 'eier abschneiden', 'augen ausstechen', 'haend abhacke'], BEAT, { ...DE, inflect: false }),
  ...frames(['faudrait lui', 'faut lui', 'faudrait leur', 'faut leur', 'devrait lui', 'devrait leur', 'faudrait couper', 'faut couper'], ['couper les mains', 'couper la main', 'couper la langue', 'couper les couilles', 'arracher les yeux', 'les mains', 'la main'], BEAT, { ...FR, inflect: false }),
  ...frames(['bisognerebbe', 'bisogna', 'andrebbero', 'dovrebbero', 'vorrei', 'si dovrebbe', 'dovremmo'], ['tagliargli le mani', 'tagliargli la lingua', 'tagliare le mani', 'tagliargli le palle', 'cavargli gli occhi', 'tagliarle le mani', 'tagliate le mani'], BEAT, { ...IT, inflect: false }),
  ...frames(['should', 'need to', 'ought to', 'let s', 'must'], ['cut off their hands', 'cut their hands off', 'cut his hands off', 'cut off his hands', 'cut out his tongue', 'gouge his eyes out', 'cut his balls off', 'cut off her hands'], BEAT, { ...EN, inflect: false }),
  // Camps: "die gehören alle ins KZ".
  ...each(['ins kz mit', 'ab ins kz', 'gehoeren * ins kz', 'gehoert * ins kz', 'ghoered * is kz', 'ghoert * is kz', 'gehoeren ins kz', 'gehoert ins kz', 'gehoeren * ins arbeitslager', 'ins arbeitslager mit'], KILL, DE),
  // "Ti vengo a cercare": held alone (also a colleague's coffee), with a cue a threat.
  ...each(['ti vengo a cercare', 'vengo a cercarti', 'veniamo a cercarti', 'ti veniamo a cercare'], VEILED, IT),
  ...each(['sono guai', 'saranno guai', 'sono cavoli tuoi', 'stanne certo'], CUE, IT),
];

/**
 * Making someone disappear, hunting the reader, dancing on a grave, paying for it all: held alone (magic tricks,
 * police hunts, dead dictators), a threat or death wish with a second cue ("niemand wird dich vermissen", an insult).
 */
const VANISHING: Row[] = [
  ...frames(['dich', 'di', 'euch', 'eu', 'ihn', 'en'], cross(['lassen wir', 'lass ich', 'lasse ich', 'loend mir', 'lah i', 'la i'], ['verschwinden', 'verschwinde', '* verschwinden']), threat(0.85), { ...DE, inflect: false }),
  ...frames(['wir lassen', 'ich lasse', 'ich lass', 'mir loend', 'i lah', 'wir werden', 'ich werde'], cross(['dich', 'di', 'euch', 'eu'], ['verschwinden', '* verschwinden', 'verschwinden lassen', '* verschwinden lassen']), threat(0.85), { ...DE, inflect: false }),
  ...frames(['on va te', 'je vais te', 'on va vous', 'je vais vous', 'nous allons te', 'on te fera', 'je te ferai'], ['faire disparaitre', 'disparaitre'], threat(0.85), { ...FR, inflect: false }),
  ...frames(['ti', 'vi'], ['faccio sparire', 'facciamo sparire', 'faro sparire', 'faremo sparire'], threat(0.85), { ...IT, inflect: false }),
  ...each(['i ll make you disappear', 'i will make you disappear', 'we ll make you disappear', 'we will make you disappear', 'gonna make you disappear', 'going to make you disappear'], threat(0.85), EN),
  ...each(['wir werden euch jagen', 'wir werden dich jagen', 'wir werden euch * jagen', 'wir werden dich * jagen', 'mir wered eu jage', 'mir wered di jage', 'wir jagen euch', 'wir jagen dich',
    'werden wir jagen', 'werden wir euch jagen', 'ihr * fuer alles bezahlt', 'ihr fuer alles bezahlen werdet', 'werdet fuer alles bezahlen', 'wirst fuer alles bezahlen',
    'ihr werdet dafuer bezahlen', 'du wirst dafuer bezahlen'], VEILED, { ...DE, veiled: true }),
  ...each(['gehoert eine kugel', 'gehoert e chugle', 'ghoert e chugle', 'verdient eine kugel', 'verdient e chugle', 'gehoert ne kugel', 'gehoert eine kugel in den kopf'], KILL, DE),
  ...frames(['tu vas', 'vous allez', 'tu vas bientot', 'tu risques de'], ['prendre une balle', 'te prendre une balle', 'prendre une balle perdue', 'prendre du plomb'], threat(0.85), { ...FR, inflect: false }),
  ...each(['see him swing', 'see her swing', 'see them swing', 'see him hang', 'see them hang', 'see her hang', 'watch him hang', 'watch him swing', 'watch them hang', 'watch them swing'], KILL, EN),
  ...frames(['exterminate', 'eradicate', 'wipe out', 'get rid of', 'stamp out', 'squash', 'crush', 'gas'], ['the vermin', 'these vermin', 'this vermin', 'the rats', 'these rats', 'those rats', 'the cockroaches',
    'these cockroaches', 'the parasites', 'these parasites', 'the roaches', 'these roaches'], PEST_CONTROL, { ...EN, ...G_VIOLENCE, inflect: false }),
  ...each(['better watch his back', 'better watch her back', 'better watch your back', 'better watch their backs', 'd better watch out', 'better watch yourself'], VEILED, { ...EN, veiled: true }),
  // Dancing on a grave: a death wish about the living, a cheer about the dead; decided by a second cue.
  ...each(['auf seinem grab tanzen', 'auf ihrem grab tanzen', 'auf deinem grab tanzen', 'auf eurem grab tanzen', 'auf ihren graebern tanzen', 'uf sim grab tanze', 'uf dim grab tanze',
    'auf seinem grab tanze', 'auf deinem grab tanze'], VEILED, DE),
  ...each(['danserai sur sa tombe', 'danserai sur ta tombe', 'danser sur sa tombe', 'danser sur ta tombe', 'danserons sur sa tombe', 'danserons sur ta tombe', 'danserons sur leur tombe'], VEILED, FR),
  ...each(['ballero sulla sua tomba', 'ballero sulla tua tomba', 'ballare sulla sua tomba', 'balleremo sulla sua tomba', 'balleremo sulla tua tomba', 'ballero sulla tomba'], VEILED, IT),
  ...each(['dance on his grave', 'dance on her grave', 'dance on your grave', 'dance on their graves', 'dancing on his grave', 'dancing on your grave', 'piss on his grave', 'piss on your grave', 'spit on his grave'], VEILED, EN),
  ...frames(['wenn', 'sobald', 'wenn dann'], ['* stirbt', '* krepiert', '* verreckt', '* abkratzt'], CUE, { ...DE, inflect: false }),
  ...each(['niemand wird dich vermissen', 'niemand wird dich suchen', 'kein hahn wird nach dir kraehen', 'der tag wird kommen', 'am tag seines todes', 'wenn er stirbt', 'wenn er endlich stirbt'], CUE, DE),
  ...each(['personne ne te cherchera', 'personne ne te regrettera', 'le jour viendra', 'le jour de sa mort', 'le jour ou il crevera', 'quand il crevera'], CUE, FR),
  ...each(['nessuno se ne accorgera', 'nessuno ti cerchera', 'nessuno ti rimpiangera', 'il giorno arrivera', 'il giorno della sua morte', 'quando crepa', 'quando muore'], CUE, IT),
  ...each(['nobody will miss you', 'no one will miss you', 'nobody will look for you', 'the day will come', 'the day he dies', 'when he dies', 'we know where he', 'we know where she', 'i know where he', 'i know where she'], CUE, EN),
];

/** Waiting at someone's door: held alone, a threat with a weapon or another cue. */
const WAITING: Row[] = [
  ...each(['warte vor deinem haus', 'warten vor deinem haus', 'warte vor deiner tuer', 'warten vor deiner tuer', 'wart vor dim huus', 'warte vor dim huus'], VEILED, { ...DE, veiled: true }),
  ...each(['je t attends devant chez toi', 'on t attend devant ta porte'], VEILED, { ...FR, veiled: true }),
  ...each(['ti aspetto sotto casa tua', 'ti aspetto davanti a casa'], VEILED, { ...IT, veiled: true }),
  ...each(['i ll be waiting outside your house', 'waiting outside your house', 'waiting outside your door'], VEILED, { ...EN, veiled: true }),
  // A weapon in the same breath is the second cue.
  ...each(['mit einem messer', 'mit em messer', 'mit einer pistole', 'mit ere pistole', 'mit dem messer'], CUE, DE),
  ...each(['avec un couteau', 'avec un flingue', 'avec une arme'], CUE, FR),
  ...each(['con un coltello', 'con una pistola', 'con il coltello'], CUE, IT),
  ...each(['with a knife', 'with a gun', 'with my gun'], CUE, EN),
];

/**
 * Veiled threats that are harmless alone: an accident that "happens quickly", a time or a day that "will come", being
 * watched or on a list. Approved alone (road-safety advice, encouragement), rejected when aimed: a cue ("denken Sie
 * daran", "pensez-y", "stai attento"), a second threat, an insult at the reader or the journalist named (see the
 * escalation in threat-escalation.ts). No TOXICITY: alone they are no evidence of anything.
 */
const VAGUE: LexiconWeights = { THREAT: 0.4 };
const AIMED_BY_CUE: Row[] = [
  ...each(['ein unfall ist schnell passiert', 'ein unfall ist schnell geschehen', 'ein unfall passiert schnell', 'ein unfall passiert schneller als', 'ein unfall ist * schnell passiert',
    'ein unglueck ist schnell passiert', 'ein unglueck passiert schnell', 'unfaelle passieren schnell', 'en unfall isch schnell passiert', 'en unfall passiert schnell', 'es unglueck isch schnell passiert',
    'deine zeit wird kommen', 'deine zeit kommt noch', 'dein tag wird kommen', 'dein tag kommt noch', 'ihre zeit wird kommen', 'ihr tag wird kommen', 'dini ziit chunnt', 'dini zyt chunnt',
    'dini ziit wird cho', 'din tag chunnt', 'eure zeit wird kommen', 'euer tag wird kommen', 'nicht dass dir etwas zustoesst', 'nicht dass dir was zustoesst', 'nicht dass ihnen etwas zustoesst',
    'nicht dass dir etwas passiert', 'nicht dass ihnen etwas passiert', 'nicht dass dir was passiert', 'waere schade wenn dir', 'waere schade wenn ihnen', 'waer schad wenn dir', 'wir behalten dich im auge',
    'wir behalten sie im auge', 'wir haben dich im visier', 'wir haben sie im visier', 'du stehst auf der liste', 'du stehst auf unserer liste', 'sie stehen auf unserer liste',
    'wir merken uns deinen namen', 'wir merken uns ihren namen', 'wir kriegen sie noch', 'wir sehen uns noch',
    // A visit at home: a threat with a cue ("… und dann bist du dran") or to the journalist.
    'ich komme zu dir nach hause', 'wir kommen zu dir nach hause', 'ich komme bei dir vorbei', 'wir kommen bei dir vorbei', 'wir besuchen dich zu hause', 'ich besuche dich zu hause',
    'wir statten dir einen besuch ab', 'wir statten ihnen einen besuch ab', 'i chume bi dir verbi', 'mir choemed bi dir verbi', 'mir choemed zu dir hei', 'i chume zu dir hei',
    'wir besuchen sie zu hause', 'wir kommen zu ihnen nach hause',
    // Out alone at night: advice, or a threat to the journalist.
    'nachts nicht mehr allein', 'nachts nicht allein unterwegs', 'wenn sie nachts allein', 'wenn du nachts allein', 'nachts allein nach hause', 'znacht elei hei', 'znacht nuem elei',
    'abends nicht mehr allein', 'nicht mehr allein aus dem haus'], VAGUE, { ...DE, veiled: true }),
  ...each(['sonst passiert was', 'sonst passiert etwas', 'sonst passiert dir was', 'sonst passiert dir etwas', 'suscht passiert oeppis', 'suscht passiert dir oeppis', 'sonst knallts',
    'sonst gibts tote', 'sonst gibt es tote', 'sonst setzt es was', 'suscht chlepfts', 'sonst kracht es', 'sonst rummst es'], VEILED, { ...DE, veiled: true }),
  ...each(['un accident c est vite arrive', 'un accident c est si vite arrive', 'un accident ca arrive vite', 'un accident ca arrive si vite', 'un malheur c est vite arrive',
    'c est vite arrive un accident', 'les accidents ca arrive', 'un accident est vite arrive', 'un accident est si vite arrive', 'un accident arrive vite', 'un accident arrive si vite', 'un accident est vite survenu', 'les accidents arrivent vite',
    'un malheur est vite arrive', 'un malheur arrive vite', 'un malheur est si vite arrive', 'ton jour viendra', 'votre heure viendra', 'votre jour viendra', 'ton heure va sonner', 'ton heure sonnera',
    'ce serait dommage qu il t arrive', 'ce serait dommage qu il vous arrive', 'dommage s il t arrivait', 'on te surveille', 'on vous surveille', 'on t a a l oeil', 'on vous a a l oeil',
    'on garde un oeil sur toi', 'ton nom est sur la liste', 'ton nom est sur notre liste', 'on se reverra', 'on va passer chez toi', 'je vais passer chez toi', 'on passera te voir',
    'on va te rendre visite', 'on va vous rendre visite', 'je vais te rendre visite', 'on va s occuper de toi', 'on va s occuper de vous', 'je vais m occuper de toi', 'je vais m occuper de ton cas',
    'on va s occuper de ton cas', 'on s occupera de toi', 'on s occupera de ton cas', 'je m occuperai de toi', 'prends garde a toi', 'prenez garde a vous', 'tu ne le sais pas encore'], VAGUE, { ...FR, veiled: true }),
  ...each(['un incidente capita in fretta', 'un incidente capita facilmente', 'un incidente e presto fatto', 'un incidente capita a tutti', 'gli incidenti capitano', 'un incidente puo sempre capitare',
    'la tua ora arrivera', 'la tua ora verra', 'la tua ora e vicina', 'il tuo giorno arrivera', 'il tuo momento arrivera', 'arrivera il tuo turno', 'verra il tuo turno', 'ti teniamo d occhio',
    'ti stiamo osservando', 'ti teniamo sotto controllo', 'sei sulla lista', 'sei sulla nostra lista', 'sarebbe un peccato se ti', 'non vorrei che ti succedesse', 'ci rivedremo',
    'passo a trovarti', 'passiamo a trovarti', 'veniamo a trovarti', 'ti faremo una visita', 'ti faccio una visita', 'ci occuperemo di te', 'mi occupero di te', 'ti sistemiamo noi',
    'ti sistemeremo'], VAGUE, { ...IT, veiled: true }),
  ...each(['accidents happen * to people who', 'accidents happen * to those who', 'accidents happen * to journalists', 'accidents happen * to reporters', 'accidents happen * to people like',
    'an accident could happen to you', 'an accident can happen to you', 'accidents can happen to you', 'your time will come', 'your day will come', 'your time is coming', 'your day is coming',
    'your hour will come', 'we re watching you', 'we are watching you', 'we ll be watching you', 'you re on the list', 'you are on the list', 'you re on our list', 'you are on our list',
    'would be a shame if something happened to you', 'be a shame if anything happened to you', 'we ll meet again', 'we will meet again', 'i ll pay you a visit',
    'we ll pay you a visit', 'we will pay you a visit', 'i will pay you a visit', 'i ll find you', 'we ll find you', 'i will find you', 'we will find you', 'we ll get you', 'we will get you',
    'we re going to get you'], VAGUE, { ...EN, veiled: true }),
  // Being caught or fetched, being watched from behind, alone in the dark: advice or banter alone, a threat with a cue
  // ("Wart nur, bis wir dich erwischen", "Der Tag wird kommen, an dem wir euch Verräter holen", "watch your back when you walk home").
  ...each(['bis wir dich erwischen', 'bis ich dich erwische', 'wenn wir dich erwischen', 'bis mir di verwuetsched', 'bis i di verwuetsch', 'wir holen euch', 'wir holen dich',
    'wir euch * holen', 'wir dich * holen', 'mir holed di', 'mir holed eu', 'allein im dunkeln', 'im dunkeln heim', 'elei im dunkle'], VAGUE, { ...DE, veiled: true }),
  ...each(['regarder derriere toi', 'regarde derriere toi', 'regardez derriere vous', 'surveille tes arrieres', 'surveillez vos arrieres'], VAGUE, { ...FR, veiled: true }),
  ...each(['guardati le spalle', 'guardati alle spalle', 'guardatevi le spalle', 'se ti becco', 'se ti prendo', 'se vi becco'], VAGUE, { ...IT, veiled: true }),
  ...each(['watch your back', 'better watch your back', 'look over your shoulder'], VAGUE, { ...EN, veiled: true }),
  ...each(['ti sistemo io', 'ti sistemo', 'vi sistemo'], CUE, IT),
  // Out alone: "Pass auf, wenn du mal allein unterwegs bist" holds; with a cue ("fais gaffe", "stai attento") or aimed at
  // the journalist or a politician, a threat.
  ...frames(['pass auf', 'pass uf', 'passen sie auf', 'pass gut auf', 'pass lieber auf', 'pass besser auf'], ['wenn du * allein unterwegs', 'wenn sie * allein unterwegs', 'wenn du * elei unterwegs',
    'wenn du allein unterwegs', 'wenn sie allein unterwegs', 'wenn du elei unterwegs'], VEILED, { ...DE, veiled: true, inflect: false }),
  ...each(['allein unterwegs bist', 'allein unterwegs sind', 'elei unterwegs bisch', 'allein unterwegs bisch'], VAGUE, { ...DE, veiled: true }),
  ...each(['rentres seul', 'rentres seule', 'rentrez seul', 'rentrez seule', 'seul le soir', 'seule le soir', 'seul la nuit', 'seule la nuit'], VAGUE, { ...FR, veiled: true }),
  ...each(['torni a casa da solo', 'torni a casa da sola', 'da solo la sera', 'da sola la sera', 'da solo di notte', 'da sola di notte'], VAGUE, { ...IT, veiled: true }),
  // "Dir sollte man mal zeigen, was passiert": a lesson promised to a person, a threat unless it is taught something.
  ...frames(['dir sollte man', 'euch sollte man', 'ihm sollte man', 'ihr sollte man', 'dem sollte man', 'der sollte man', 'denen sollte man', 'dir muesste man', 'euch muesste man',
    'ihm muesste man', 'dem muesste man', 'denen muesste man', 'dir soett me', 'dem soett me', 'em soett me', 'eu soett me', 'dir sett me', 'dem sett me', 'dene soett me'],
  ['mal zeigen was passiert', 'zeigen was passiert', 'einmal zeigen was passiert', 'mal zeige was passiert', 'emal zeige was passiert', 'zeige was passiert', 'mal zeigen wo der hammer haengt',
    'mal zeigen was sache ist', 'emal zeige was passiert'], VEILED, { ...DE, veiled: true, inflect: false }),
  ...each(['on va bien s occuper de vous', 'on va bien s occuper de toi', 'on va bientot s occuper de vous', 'on va bientot s occuper de toi'], VAGUE, { ...FR, veiled: true }),
  ...each(['walk home tonight', 'when you walk home', 'when you leave the office', 'when you go home tonight'], CUE, EN),
  // What aims them: advice to think it over, talking too much.
  ...each(['denken sie daran', 'denken sie dran', 'denk daran', 'denk dran', 'denkt daran', 'denk dra', 'dank dra', 'denk mal drueber nach', 'nur so als tipp', 'nur als tipp', 'nume so als tipp',
    'die zu viel schreiben', 'die zu viel reden', 'die zuviel schreiben', 'die zuviel reden', 'wer zu viel schreibt', 'wer zu viel redet', 'wo z vill schriibed', 'ueberleg dir gut', 'ueberlegen sie sich gut',
    'pass auf was du schreibst', 'passen sie auf was sie schreiben', 'pass uf was du schriibsch', 'dann bist du dran', 'denn bisch du dra', 'dann bisch dra', 'denn bisch dra',
    'dann sind sie dran', 'dann ist schluss', 'denn isch fertig'], CUE, DE),
  ...each(['pensez y', 'penses y', 'pense y', 'reflechis bien', 'reflechissez bien', 'je dis ca je dis rien', 'a bon entendeur', 'qui parlent trop', 'qui ecrivent trop', 'qui parle trop',
    'fais attention a ce que tu ecris', 'faites attention a ce que vous ecrivez', 'fais attention a toi', 'faites attention a vous'], CUE, FR),
  ...each(['pensaci', 'pensaci bene', 'ripensaci', 'a buon intenditor', 'che parlano troppo', 'che scrivono troppo', 'chi parla troppo', 'attento a quello che scrivi', 'attenta a quello che scrivi', 'stai attenta'], CUE, IT),
  ...each(['think about it', 'think it over', 'just saying', 'who talk too much', 'who write too much', 'who talks too much', 'careful what you write', 'watch what you write'], CUE, EN),
];

/**
 * Promised ends without a verb of killing, in all four languages:
 * - the laughing will stop ("Dir wird das Lachen noch vergehen", "Tu ne vas plus rigoler longtemps", "Non riderai
 *   ancora per molto"): held alone, a threat with a cue ("verlass dich drauf");
 * - someone at the door ("Irgendwann steht einer vor deiner Tür"): held;
 * - a house burning with the person inside ("Que ta maison brûle avec toi dedans"): a death wish;
 * - "Wenn ich dä erwütsch …" (the object a pronoun right before the verb: "wenn ich den Bus erwische" is not one) and
 *   its ends as cues ("isch er tot", "ist er dran").
 */
const VAGUE_END: LexiconWeights = { THREAT: 0.4 };
const PROMISED_ENDS: Row[] = [
  // "Bei dieser Prämienrechnung wird dir das Lachen noch vergehen" is an idiom: only with a cue.
  ...each(['dir wird das lachen * vergehen', 'euch wird das lachen * vergehen', 'ihnen wird das lachen * vergehen', 'das lachen wird dir * vergehen', 'das lachen wird euch * vergehen',
    'das lachen wird ihnen * vergehen', 'dir vergeht das lachen noch', 'euch vergeht das lachen noch', 'dir vergaht s lache no', 'dir vergaht das lache no'], VAGUE_END, { ...DE, inflect: false, veiled: true }),
  ...each(['du wirst nicht mehr lange lachen', 'ihr werdet nicht mehr lange lachen',
    'sie werden nicht mehr lange lachen', 'du lachst nicht mehr lange', 'lach nur solange du noch kannst', 'lach solange du noch kannst', 'lacht solange ihr noch koennt',
    'du wirsch nuem lang lache', 'du lachsch nuem lang', 'lach nume solang du no chasch'], VEILED, { ...DE, inflect: false, veiled: true }),
  ...each(['tu ne vas plus rigoler longtemps', 'tu ne vas pas rigoler longtemps', 'vous n allez plus rigoler longtemps', 'vous n allez pas rigoler longtemps', 'tu ne rigoleras plus longtemps',
    'vous ne rigolerez plus longtemps', 'tu ne riras plus longtemps', 'vous ne rirez plus longtemps', 'tu ne vas plus rire longtemps', 'vous n allez plus rire longtemps',
    'ris tant que tu peux encore', 'rigole tant que tu peux encore'], VEILED, { ...FR, inflect: false, veiled: true }),
  ...each(['non riderai ancora per molto', 'non riderai per molto', 'non riderete ancora per molto', 'non riderete per molto', 'non ridera ancora per molto', 'non ridera per molto',
    'ridi finche puoi', 'ridete finche potete', 'la pagherete', 'la pagherai', 'me la pagherete', 'ce la pagherete', 'ce la pagherai'], VEILED, { ...IT, inflect: false, veiled: true }),
  ...frames(['steht einer', 'steht eines tages einer', 'stoht oepper', 'staht oepper', 'stoht eine', 'staht eine', 'stehen wir', 'stoend mir', 'staend mir'],
    ['vor deiner tuer', 'vor deiner haustuer', 'vor dinere tuer', 'vor dinere huustuer', 'vor ihrer tuer', 'vor ihrer haustuer', 'vor eurer tuer', 'vor eurer haustuer'], VEILED, { ...DE, inflect: false, veiled: true }),
  ...frames(['brennt', 'abbrennt', 'brenne', 'abbrenne', 'abfackelt', 'brennen', 'abbrennen'], ['mit dir drin', 'mit euch drin', 'mit ihm drin', 'mit ihnen drin', 'mit dir dinne', 'mit em dinne'], KILL, { ...DE, inflect: false }),
  ...frames(['brule', 'brulent', 'brulera', 'flambe', 'crame', 'explose', 'saute'], ['avec toi dedans', 'avec vous dedans', 'avec lui dedans', 'avec elle dedans', 'avec eux dedans'], KILL, { ...FR, inflect: false }),
  ...frames(['bruci', 'brucia', 'bruciasse', 'esploda', 'salti', 'crolli'], ['con te dentro', 'con voi dentro', 'con lui dentro', 'con loro dentro', 'con lei dentro'], KILL, { ...IT, inflect: false }),
  ...frames(['wenn ich', 'wenn i', 'falls ich', 'sobald ich', 'wenn mir', 'wenn wir'], ['dae erwuetsch', 'dae verwuetsch', 'dae erwische', 'den erwische', 'de verwuetsch', 'die erwische', 'die verwuetsch',
    'dae * erwuetsch', 'dae * verwuetsch'], VEILED, { ...DE, inflect: false }),
  // "Hoffentlich trifft ihn der Schlag" is in lexicon-intimidation.ts; the reader and other pronouns, with words between.
  ...frames(['hoffentlich', 'hoffentli', 'hoffe', 'hoff', 'ich hoffe', 'i hoff'], cross(['dich', 'di', 'euch', 'eu', 'den', 'dae', 'en', 'ihn'], ['trifft * der schlag', 'trifft der schlag', 'trifft * de schlag', 'trifft de schlag']),
    KILL, { ...DE, inflect: false }),
];

/**
 * Alone and on the way home: advice alone ("Wenn du allein heimgehst, nimm ein Taxi"), a threat with a warning ("Fais
 * attention à toi quand tu rentreras seul ce soir").
 */
const ALONE_AT_NIGHT: Row[] = [
  ...each(['wenn du allein heimgehst', 'wenn du alleine heimgehst', 'wenn du allein nach hause gehst', 'wenn du alleine nach hause gehst', 'wenn du allei heigohsch', 'wenn du elei heigoesch',
    'wenn du allein bist', 'wenn du alleine bist'], VAGUE_END, { ...DE, inflect: false, veiled: true }),
  ...each(['quand tu rentreras seul', 'quand tu rentres seul', 'quand tu rentreras seule', 'quand tu rentres seule', 'quand tu seras seul', 'quand tu seras seule', 'quand vous rentrerez seul',
    'quand vous rentrerez seule', 'quand vous serez seul', 'quand vous serez seule'], VAGUE_END, { ...FR, inflect: false, veiled: true }),
  ...each(['quando torni a casa da solo', 'quando torni a casa da sola', 'quando tornerai a casa da solo', 'quando tornerai a casa da sola', 'quando sarai solo', 'quando sarai sola',
    'quando sei da solo', 'quando sei da sola'], VAGUE_END, { ...IT, inflect: false, veiled: true }),
  ...each(['when you walk home alone', 'when you re alone', 'when you are alone', 'when you get home alone', 'when you re on your own'], VAGUE_END, { ...EN, inflect: false, veiled: true }),
  // "Someone will kill you" ("will kill you" alone is allowed: "smoking will kill you"): held, as it may be a warning.
  ...frames(['someone', 'somebody', 'some day someone', 'one day someone', 'sooner or later someone'], ['will kill you', 'll kill you', 'is going to kill you', 's going to kill you', 'is gonna kill you',
    's gonna kill you', 'will kill him', 'will kill her', 'will kill them'], VEILED, { ...EN, inflect: false, veiled: true }),
  // Calls without a verb: "An den nächsten Laternenpfahl mit denen", "Al muro, tutti quanti", "put him in the ground".
  ...frames(['an den naechsten', 'an die naechste', 'an den', 'an die', 'a de naechschte', 'a di naechscht'], cross(['laternenpfahl', 'laternenmast', 'laterne', 'baum', 'galgen', 'kandelaber', 'boum'],
    ['mit denen', 'mit ihnen', 'mit dem', 'mit ihm', 'mit euch', 'mit dene', 'mit ene', 'mit em', 'mit dae']), KILL, { ...DE, inflect: false }),
  ...each(['al muro tutti', 'al muro * tutti quanti', 'tutti quanti al muro', 'al muro questi', 'al muro quei', 'mettiamoli al muro', 'metteteli al muro'], KILL, { ...IT, inflect: false }),
  ...frames(cross(['put', 'putting'], ['him', 'her', 'them', 'you', 'that journalist', 'that reporter', 'that politician', 'that guy', 'this guy', 'these people', 'those people']),
    ['in the ground', 'six feet under', 'in a box', 'in a body bag'], KILL, { ...EN, inflect: false }),
  // "You'll see what happens": held when said to the reader in so many words.
  ...each(['du wirsch gseh was passiert', 'du wirsch scho gseh was passiert', 'ihr werdet sehen was passiert', 'ihr werdet schon sehen was passiert', 'ihr werded gseh was passiert',
    'du wirst sehen was passiert', 'du wirst * sehen was passiert', 'du wirsch * gseh was passiert', 'sie werden * sehen was passiert'], VEILED, { ...DE, inflect: false, veiled: true }),
  ...each(['tu verras ce qui va se passer', 'tu vas voir ce qui va se passer', 'tu verras ce qui va t arriver', 'tu vas voir ce qui va t arriver', 'vous verrez ce qui va se passer',
    'tu vas comprendre ta douleur', 'vous allez comprendre votre douleur'], VEILED, { ...FR, inflect: false, veiled: true }),
  // A failed attack regretted: "Schade, dass der Anschlag auf ihn nicht geklappt hat", "dommage que l'attentat ait échoué".
  ...frames(['schade dass', 'schad dass', 'schad het', 'leider hat'], ['** anschlag ** nicht geklappt', '** anschlag ** gescheitert', '** anschlag ** misslungen', '** attentat ** nicht geklappt', '** attentat ** gescheitert', '** attentat ** misslungen', '** schuetze ** verfehlt', '** schuss ** daneben'], KILL, { ...DE, inflect: false }),
  ...frames(['dommage que', 'dommage qu', 'quel dommage que'], ['** attentat ** echoue', '** attentat ** rate', '** attentat ** pas reussi', '** tireur ** rate', '** balle ** rate'], KILL, { ...FR, inflect: false }),
  ...frames(['peccato che', 'peccato l'], ['** attentato ** fallito', '** attentato ** andato a vuoto', '** attentato ** non sia riuscito', '** cecchino ** mancato', '** proiettile ** mancato'], KILL, { ...IT, inflect: false }),
  ...frames(['shame the', 'shame that', 'pity the', 'pity that', 'too bad the', 'shame they'], ['** attack ** failed', '** assassination ** failed', '** shooter ** missed', '** bullet ** missed', '** assassin ** missed', '** attempt ** failed'], KILL, { ...EN, inflect: false }),
  // Session 20: an aircraft wished down ("Möge sein Privatjet abstürzen", "Si seulement son hélico pouvait s'écraser",
  // "Che il suo elicottero precipiti": the Italian subjunctive is the wish, with whose aircraft it is: "Nessuno vuole
  // che un aereo precipiti" is none), and waiting for the day someone is hit.
  ...frames(['moege sein', 'moege ihr', 'moege der', 'moege dem'], DE_AIRCRAFT.flatMap((a) => [`${a} * abstuerzen`, `${a} ** abstuerzen`]), KILL, { ...DE, inflect: false }),
  ...frames(['si seulement son', 'si seulement sa', 'si seulement leur', 'si seulement l'], ['avion pouvait s ecraser', 'helico pouvait s ecraser', 'helicoptere pouvait s ecraser', 'jet pouvait s ecraser',
    'avion s ecrasait', 'helico s ecrasait', 'helicoptere s ecrasait', 'jet s ecrasait'], KILL, { ...FR, inflect: false }),
  ...frames(['suo', 'sua', 'loro', 'del ministro', 'del presidente', 'quel'], cross(['elicottero', 'aereo', 'jet', 'aereo privato', 'elicottero privato'], ['precipiti', 'si schianti', 'precipitasse', 'si schiantasse', '* precipiti', '* si schianti']), KILL, { ...IT, inflect: false }),
  ...frames(['can t wait for the day', 'cannot wait for the day', 'can t wait till', 'can t wait until', 'looking forward to the day'], ['** gets hit by', '** gets run over', '** dies', '** drops dead', '** croaks'], KILL, { ...EN, inflect: false }),
  // Session 20: an accident, an illness or an avalanche regretted for sparing someone ("Peccato che l'incidente non
  // l'abbia ammazzato", "Shame the heart attack didn't finish him off", "Wish the avalanche had taken him").
  ...frames(['schade dass', 'schade das', 'schad dass'], cross(['** unfall', '** herzinfarkt', '** lawine', '** krankheit', '** krebs', '** absturz', '** virus'],
    ['** nicht umgebracht', '** nicht erwischt', '** nicht dahingerafft', '** nicht erledigt']), KILL, { ...DE, inflect: false }),
  ...frames(['dommage que', 'dommage qu', 'quel dommage que'], cross(['** accident', '** crise cardiaque', '** avalanche', '** maladie', '** cancer', '** crash', '** virus'],
    ['ne l ait pas tue', 'ne l ait pas tuee', 'ne l ait pas emporte', 'ne l ait pas emportee', 'ne l ait pas acheve', 'ne l a pas tue', 'ne l a pas emporte', 'ne les ait pas tues']),
  KILL, { ...FR, inflect: false }),
  ...frames(['peccato che', 'peccato l'], cross(['** incidente', '** infarto', '** valanga', '** malattia', '** cancro', '** virus', '** schianto'],
    ['non l abbia ammazzato', 'non l abbia ammazzata', 'non l abbia ucciso', 'non l abbia uccisa', 'non l abbia portato via', 'non l abbia fatto fuori', 'non l ha ammazzato',
      'non l ha ucciso', 'non lo abbia ammazzato', 'non lo abbia ucciso', 'non l abbia stroncato']), KILL, { ...IT, inflect: false }),
  ...frames(['shame the', 'shame that', 'pity the', 'pity that', 'too bad the', 'wish the', 'shame his', 'shame her'], cross(['** accident', '** heart attack', '** avalanche', '** crash', '** cancer', '** illness', '** virus', '** stroke'],
    cross(['didn t kill', 'didn t finish', 'didn t take', 'didn t get', 'didn t do', 'had taken', 'had killed', 'had got', 'did not kill'], ['him', 'her', 'them'])
      .concat(['didn t finish him off', 'didn t finish her off', 'didn t finish them off', 'didn t take him out', 'didn t do him in'])),
  KILL, { ...EN, inflect: false }),
  // Blood promised, a bullet too good for someone: "Blut wird fliessen", "Eine Kugel ist zu schade für den".
  // Flowing now is a report, a slaughter or a boxing match ("Bei der Schlachtung fliesst Blut"): only the future, or
  // the present after a condition ("Wenn die Initiative angenommen wird, fliesst Blut", "sonst fliesst Blut").
  ...each(['blut wird fliessen', 'wird blut fliessen', 'es fliesst blut', 'wird fliesst blut', 'dann fliesst blut', 'sonst fliesst blut', 'bluet wird fliesse',
    'eine kugel ist zu schade', 'kugel waer zu schad', 'e chugle isch z schad'], VEILED, { ...DE, inflect: false }),
  ...each(['le sang va couler', 'le sang coulera', 'du sang va couler', 'une balle serait trop belle', 'une balle c est trop bien pour'], VEILED, { ...FR, inflect: false }),
  ...each(['scorrera il sangue', 'il sangue scorrera', 'correra sangue', 'una pallottola e sprecata', 'un proiettile e sprecato'], VEILED, { ...IT, inflect: false }),
  ...each(['blood will flow', 'blood will run', 'blood will be spilled', 'blood will be shed', 'blood on the streets', 'a bullet is too good for', 'bullet is too good for him'], VEILED, { ...EN, inflect: false }),
  ...each(['vedrai cosa succede', 'vedrai cosa ti succede', 'vedrai cosa ti succedera', 'vedrai cosa succedera', 'vedrete cosa succede', 'vedrete cosa vi succede'], VEILED, { ...IT, inflect: false, veiled: true }),
  // "Tu verras ce qui t'attend à l'examen": only with a second cue ("crois-moi").
  ...each(['tu verras ce qui t attend', 'vous verrez ce qui vous attend', 'tu vas voir ce qui t attend', 'vous allez voir ce qui vous attend'], VAGUE_END, { ...FR, inflect: false, veiled: true }),
  ...each(['what s coming for you', 'what is coming for you', 'what s coming to you', 'you ll get what s coming'], VEILED, { ...EN, inflect: false, veiled: true }),
  // "I hope he crashes his car and never wakes up": the never is the wish, not its negation.
  ...frames(EN_WISHERS, ['* and never wakes up', '* and never wake up', '* and never comes back', '* and never come back'], KILL, { ...EN, inflect: false }),
];

/** Ends that aim a promised one ("Wenn ich dä erwütsch, isch er tot"); nothing alone ("ohne Strom ist er tot"). */
const END_CUES: Row[] = [
  ...each(['isch er tot', 'ist er tot', 'bisch tot', 'bist du tot', 'bist tot', 'isch er faellig', 'ist er faellig', 'bist du faellig', 'bisch faellig', 'ist er dran', 'isch er dra'], CUE, DE),
];

export const THREAT_IMPLICIT_ROWS: readonly Row[] = [...WAITING, ...PAST_WISHES, ...VANISHING, ...DE_IMPLICIT, ...FR_IMPLICIT, ...IT_IMPLICIT, ...EN_IMPLICIT, ...AIMED_BY_CUE, ...PROMISED_ENDS, ...END_CUES, ...ALONE_AT_NIGHT];

/** Harmless look-alikes of the veiled threats here and in lexicon-intimidation.ts (each contains the match it masks). */
export const THREAT_IMPLICIT_ALLOW: readonly string[] = [
  // A lift: "Wir holen euch am Bahnhof ab".
  'wir holen euch ab', 'wir holen dich ab', 'wir holen euch * ab', 'wir holen dich * ab', 'wir euch * abholen', 'wir dich * abholen', 'mir holed di ab', 'mir holed di * ab',
  // A trip without accident, a source found, a child watched: "I hope he has an accident-free trip", "I'll find you a link".
  ...cross(['hope he has an accident', 'hope she has an accident', 'hope you have an accident', 'hope they have an accident'], ['free']),
  ...cross(['i ll find you', 'i will find you', 'we ll find you', 'we will find you'], ['a', 'an', 'the', 'some', 'one', 'something', 'someone', 'more', 'another', 'it', 'them', 'that', 'this', 'in', 'at', 'there']),
  ...cross(['we re watching you', 'we are watching you', 'we ll be watching you'], ['grow', 'play', 'on', 'perform', 'win', 'shine', 'with pride']),
  ...cross(['on se reverra', 'ci rivedremo', 'wir sehen uns noch', 'we ll meet again', 'we will meet again'], ['a', 'au', 'alla', 'al', 'am', 'an', 'bei', 'beim', 'im', 'at', 'in', 'on', 'soon', 'bientot', 'presto', 'demain', 'domani', 'morgen']),
  ...cross(['on va s occuper de toi', 'on s occupera de toi', 'ci occuperemo di te'], ['a l hopital', 'ne t inquiete pas', 'non preoccuparti', 'all ospedale']),
  ...cross(['ich komme bei dir vorbei', 'wir kommen bei dir vorbei', 'i chume bi dir verbi', 'mir choemed bi dir verbi'], ['dann schauen', 'dann trinken', 'und bringe', 'zum', 'fuer', 'mit', 'am', 'um', 'morgen', 'heute']),
  // Advice: you will regret not doing something good ("Du wirst es bereuen, wenn du diese Serie nicht schaust").
  ...cross(['du wirst es bereuen', 'du wirst es * bereuen', 'das wirst du bereuen', 'ihr werdet es bereuen', 'du wirsch es bereue'], ['wenn du * nicht', 'wenn du * nid', 'wenn ihr * nicht', 'falls du * nicht', 'wenn du nicht', 'wenn du * kein', 'wenn du * keine', 'wenn du * keinen']),
  ...cross(['tu vas le regretter', 'vous allez le regretter', 'tu le regretteras', 'tu vas regretter'], ['si tu ne', 'si tu n', 'si vous ne', 'si vous n', 'de ne pas', 'si tu rates', 'si vous ratez']),
  ...cross(['you ll regret it', 'you will regret it', 'you re going to regret it'], ['if you don t', 'if you miss', 'if you do not', 'if you skip', 'if you never']),
  ...cross(['te ne pentirai', 've ne pentirete'], ['se non', 'se ti perdi', 'se vi perdete']),
  // Meeting up and taking turns.
  ...cross(['ti aspettiamo sotto casa', 'ti aspetto sotto casa', 'vi aspettiamo sotto casa'], ['alle', 'per', 'domani', 'stasera', 'con la macchina']),
  ...cross(['bald bist du dran', 'du bist dran', 'du bist als naechstes dran', 'bald bisch dra', 'du bisch dra', 'du bisch de naechscht'], ['mit', 'beim', 'zum', 'am']),
  // Feelings: "ich bring dich um vor Lachen".
  ...cross(['ich bring', 'ich bringe', 'i bring', 'bring ich', 'bringe ich'], cross(['dich', 'di', 'euch', 'eu', 'ihn', 'en'], ['um vor lachen', 'um vor lache', 'um vor freude', 'um vor langeweile', 'noch um vor lachen'])),
  // Nobody deserves death: "Ich wünsche niemandem den Tod".
  ...cross(['wuensche', 'wuensch', 'wuenschen', 'wuenscht'], ['niemandem den tod', 'niemandem * den tod', 'keinem den tod', 'keinem menschen den tod', 'niemerem de tod', 'niemandem einen * tod']),
  // Reports of shootings and the games that are killed.
  ...['balle dans la tete', 'balle dans la nuque', 'balle dans le crane'].flatMap((b) => [`d une ${b}`, `par une ${b}`]),
  ...['un colpo in testa', 'una pallottola in testa', 'un proiettile in testa'].flatMap((b) => [`con ${b}`, `da ${b}`]),
  ...cross(['ammazzato', 'ucciso', 'ammazza', 'ammazzare'], ['la partita', 'il match', 'il campionato', 'la gara', 'la noia']),
  ...cross(['a tue', 'tue', 'tuer'], ['le match', 'le suspense', 'la partie']),
  ...cross(['see him swing', 'see her swing', 'watch him swing'], ['a', 'the', 'his', 'her', 'at']),
  ...cross(['ti faccio sparire', 'vi faccio sparire'], ['le rughe', 'la fame', 'il mal di testa', 'la noia', 'i dubbi']),
  ...cross(['ti vengo a cercare', 'vengo a cercarti'], ['in ufficio', 'alla stazione', 'all aeroporto', 'a scuola', 'al lavoro', 'dopo', 'alle', 'domani', 'per']),
];
