/**
 * What is said *about* a group without a slur (German): a negative attribute given to the whole group ("… sind alle
 * kriminell", "… sind faul"), implicit derogation ("… sind eine Last für die Gesellschaft", "… haben hier nichts zu
 * suchen", "… können nicht denken"), dislike ("Ich kann … nicht ausstehen", "… sind mir zuwider") and praise
 * denied ("… sind nicht intelligent", "Ich werde nie einen … respektieren").
 *
 * Like the words of contempt (lexicon-contempt.ts) these rows weigh nothing alone and count only when the same
 * sentence names a group ({@link GROUP_CONTEMPT}: held, never rejected on their own). Written as predicate frames
 * so that they carry to sentences not seen here: a copula with up to three words between it and the attribute
 * ("sind * kriminell": "sind alle kriminell", "sind von Natur aus kriminell"). A negation inside the gap or shortly
 * before the frame marks the hit as negated ("Muslime sind keine Terroristen", "Niemand sollte Schwule hassen"),
 * which counts as a mention only and also lowers the model (`mentionedOnlyFactor`). Frames that deny praise carry
 * the negation in the term itself ("nicht intelligent"), so only a second negation before them lifts them ("Es
 * stimmt nicht, dass Frauen nicht intelligent sind"). Normalised form (ä → ae, no ß).
 */
import { GROUP_CONTEMPT } from './lexicon-contempt';
import { DE, GROUP_DEHUMANISED, GROUP_ONLY, GROUP_VIOLENCE, frames, type Row, type RowOptions } from './lexicon-rows';

const ABOUT_GROUP: RowOptions = { ...DE, inflect: false, group: GROUP_CONTEMPT };
/** Adjective endings ("kriminell", "kriminelle", "krimineller" as in "nicht krimineller als …"). */
const ADJ: RowOptions = { ...ABOUT_GROUP, inflect: ['e', 'en', 'er', 'es'] };
/** Noun plurals ("Verbrecher", "Kriminelle(n)", "Terroristen"). */
const NOUN: RowOptions = { ...ABOUT_GROUP, inflect: ['e', 'n', 'en', 'innen'] };

/** With the subjunctive of reported claims ("…, Eritreer seien kriminell"), which then count as reported. */
const COPULAS = ['sind', 'ist', 'isch', 'seid', 'waren', 'bleiben', 'seien', 'sei', 'waeren'];
/** "sind * kriminell": the gap takes "alle", "doch alle", "von Natur aus", "halt einfach", and a negation ("keine"). */
const PREDICATE = COPULAS.map((c) => `${c} *`);
/** For words that are also said of situations ("ist gefährlich", "sind krank"): only a few words between. */
const NEAR = COPULAS.flatMap((c) => [c, `${c} alle`, `${c} alles`, `${c} doch`, `${c} doch alle`, `${c} einfach`, `${c} halt`, `${c} nur`, `${c} eine`, `${c} ein`, `${c} das`, `${c} alle eine`, `${c} nur eine`, `${c} nichts als`]);

/** Attributes that insult a group as a whole when it is their subject. */
const ATTRIBUTES = [
  'kriminell', 'faul', 'stinkfaul', 'arbeitsscheu', 'verlogen', 'hinterhaeltig', 'verschlagen', 'gewalttaetig', 'gewaltbereit',
  'rueckstaendig', 'unzivilisiert', 'kulturlos', 'primitiv', 'unfaehig', 'hysterisch', 'gierig', 'geldgierig', 'habgierig', 'raffgierig',
  'undankbar', 'unterentwickelt', 'unterbelichtet', 'triebgesteuert', 'verlaust', 'verseucht', 'stinkend', 'verdorben',
  'degeneriert', 'gestoert', 'psychisch gestoert', 'geisteskrank', 'abnormal', 'unnatuerlich', 'widernatuerlich',
  'unehrlich', 'betruegerisch', 'weniger intelligent', 'weniger klug', 'weniger wert', 'duemmer', 'minderbemittelt', 'unbrauchbar',
  'ungebildet', 'zu emotional', 'zu dumm', 'zu bloed', 'ueberfluessig', 'verrueckt', 'kaputt',
  // traits of character said of a whole group ("Viele Schwarze sind einfach prinzipienlos", "Albaner sind von Natur aus aggressiv")
  'prinzipienlos', 'unzuverlaessig', 'aggressiv', 'hinterlistig', 'diebisch', 'respektlos', 'unverschaemt', 'egoistisch', 'intolerant',
  'fanatisch', 'unhygienisch', 'feige', 'machtgierig', 'manipulativ', 'skrupellos', 'gewissenlos', 'heimtueckisch', 'weniger belastbar',
  'nicht belastbar', 'unberechenbar', 'integrationsunwillig', 'arbeitsfaul', 'sittenlos', 'triebhaft',
  // session 24
  'hasserfuellt', 'boesartig',
  // session 25 (the twin functional file)
  'unmoralisch', 'masslos', 'geizig',
];
const NEAR_ATTRIBUTES = ['krank', 'gefaehrlich', 'brutal', 'schmutzig', 'unsauber', 'laut', 'zu schwach', 'normal', 'intelligent', 'wertvoll', 'gleichwertig'];
/** Nouns that brand a group as criminals or burdens. */
const NOUNS = [
  'verbrecher', 'kriminelle', 'terrorist', 'vergewaltiger', 'luegner', 'dieb', 'betrueger', 'messerstecher', 'schmarotzer', 'sozialfall',
  'sozialfaelle', 'wirtschaftsfluechtling', 'problemfall', 'kostenfaktor', 'faulpelz', 'nichtsnutz', 'taugenichts', 'menschen zweiter klasse',
  // session 23
  'schlaeger', 'fehlentwicklung',
  // session 25
  'drogendealer', 'dealer', 'abzocker', 'sozialschmarotzer', 'kinderschaender',
];
/**
 * The writer's verdict on a group ("Ich persönlich halte trans Personen für Freaks"): nouns only, for the gap may take
 * "es" ("Ich halte es für verrückt, dass Frauen weniger verdienen"). "Freaks" only here: after a copula it is as often
 * denied ("Frauen sind keine Freaks") or a fan ("Das sind Computerfreaks").
 */
const HOLD_FOR = ['halte * fuer', 'halten * fuer', 'halte * fuer *', 'halten * fuer *'];
/** Burdens and dangers: "sind eine Last", "sind keine Gefahr" (the gap takes the article and a negation). */
const BURDENS = ['gefahr', 'bedrohung', 'last', 'belastung', 'plage'];
const NEAR_NOUNS = ['problem', 'abfall', 'muell', 'dreck'];
/** The last of all ("Meiner Meinung nach sind Juden das Letzte"): after the copula and up to three words. */
const LAST = ['das letzte', 'das allerletzte', 'der letzte dreck', 'der allerletzte dreck'];
/** Phrases of implicit derogation: the group as a burden, out of place, unable to think, to blame. */
const IMPLICIT = [
  'eine last fuer', 'nur eine last', 'eine belastung fuer', 'nur eine belastung', 'eine bedrohung fuer', 'eine gefahr fuer', 'nichts zu suchen',
  'nichts verloren', 'nix verlore', 'nuet verlore', 'nuet z sueche', 'nicht in unser land lassen', 'nicht in unser land reinlassen',
  'nicht ins land lassen', 'nicht in die schweiz lassen', 'gehoeren nicht in', 'nur probleme', 'nichts als probleme', 'nur aerger',
  'auf unsere kosten', 'auf kosten der steuerzahler', 'auf kosten von uns', 'uns auf der tasche', 'nehmen uns die arbeit weg',
  'nehmen uns die jobs weg', 'nehmen uns alles weg', 'naehmen uns die arbeit weg', 'naehmen uns die jobs weg', 'leisten nichts',
  'nichts leisten', 'koennten nicht denken', 'zerstoeren unsere', 'zerstoeren unser', 'nutzen uns aus', 'uns ausnutzen',
  'nutzen unser sozialsystem aus', 'sind keine richtigen', 'sind keine echten', 'ist kein richtiger', 'ist keine richtige', 'ist kein echter',
  'ist keine echte', 'gehoeren in die kueche', 'gehoeren an den herd', 'gehoert in die kueche', 'gehoert an den herd', 'zurueck an den herd',
  'zurueck in die kueche', 'koennen nicht denken', 'koennen nicht logisch denken', 'kann nicht denken', 'koennen nicht richtig denken',
  'koennen nicht autofahren', 'koennen nicht rechnen', 'haben kein hirn', 'hat kein hirn', 'haben keinen verstand', 'an allem schuld',
  'schuld an allem', 'kontrollieren die banken', 'kontrollieren die medien', 'kontrollieren die welt', 'regieren die welt', 'sollten * zuhause bleiben',
  'sollen * zuhause bleiben', 'sollen zurueck', 'sollten zurueck', 'zurueck wo sie herkommen', 'zurueck woher sie kommen',
  'zurueck in ihr land', 'zurueck in ihre heimat', 'zurueck nach afrika', 'zurueck in die wueste', 'ab in die heimat', 'braucht niemand',
  'braucht hier niemand', 'braucht kein mensch', 'brauchen wir nicht', 'brauchen wir hier nicht', 'braucht unser land nicht', 'will hier niemand',
  'will niemand haben', 'von kindern fernhalten', 'von unseren kindern fernhalten', 'den mund halten', 'das maul halten', 'die klappe halten',
  'taugen nicht', 'nicht zum fuehren', 'passen nicht zu uns', 'passen nicht in unsere', 'passen einfach nicht', 'nicht integrierbar',
  'wollen sich nicht integrieren', 'klauen alles', 'klauen nur', 'stehlen alles', 'nur zum klauen', 'vermehren sich', 'ueberfremdung',
  'ueberschwemmen', 'ueberrennen', 'sollte man nicht reinlassen', 'nicht reinlassen', 'sollte man einsperren', 'sollte man wegsperren',
  'muessen weg', 'muessen raus', 'sollen weg', 'sollten weg', 'weg mit', 'raus aus der schweiz', 'raus aus unserem land', 'abschieben',
  'sollte man abschieben', 'ausschaffen', 'rausschmeissen', 'rauswerfen', 'zu nichts zu gebrauchen', 'nicht zu gebrauchen', 'nichts im kopf',
  'nichts im hirn', 'kein gehirn', 'keinen verstand', 'wollen nicht arbeiten', 'arbeiten nie', 'wollen nur unser geld', 'wollen nur geld',
  'nur wegen dem geld', 'nur wegen des geldes', 'schaden unserem land', 'schaden der schweiz', 'ruinieren unser', 'ruinieren die schweiz',
  'verpesten', 'unterwandern', 'islamisierung', 'umvolkung', 'bevoelkerungsaustausch', 'grosser austausch', 'ersetzen uns', 'zocken uns ab',
  'klauen', 'stehlen', 'sollten keine kinder', 'sollten nicht waehlen', 'duerfen nicht waehlen', 'sollte man nicht waehlen lassen',
  'sollten nicht arbeiten', 'nicht gemacht fuer', 'nicht geschaffen fuer', 'gehoeren nicht an die', 'nicht an die macht',
  'nicht vereinbar', 'unvereinbar', 'in heime stecken', 'ins heim stecken', 'wegsperren', 'einsperren', 'wegschliessen', 'aussortieren',
  // kept like animals, not to be hired, better gone ("… gehören in einen Zoo", "Ich würde nie einen … einstellen",
  // "Unsere Gesellschaft wäre ohne … besser dran", "Wäre es nicht toll, wenn alle … verschwinden würden?")
  'in einen zoo', 'in den zoo', 'in kaefig', 'in kaefige', 'in kaefigen', 'nie * einstellen', 'niemals * einstellen',
  'in einen kaefig', 'in den kaefig', 'in ein gehege', 'ins gehege', 'auf die deponie', 'auf die muellhalde', 'mit dem sperrmuell',
  'zum sperrmuell', 'in den sperrmuell',
  // camps as a demand, not as history ("Die Juden wurden in Lager deportiert" reports)
  ...['in lager', 'ins lager', 'in ein lager', 'in lagern'].flatMap((camp) => [`${camp} stecken`, `${camp} sperren`, `${camp} einsperren`, `${camp} bringen`, `${camp} gehoeren`, `gehoeren ${camp}`, `gehoert ${camp}`, `gehoeren alle ${camp}`, `gehoeren * ${camp}`]),
  'keine * einstellen', 'keinen * einstellen', 'ohne * besser dran', 'ohne * besser', 'platzverschwendung', 'verschwinden wuerden',
  'verschwinden wuerde', 'alle verschwinden', 'endlich verschwinden', 'sollten verschwinden', 'muessen verschwinden',
  'sollten sich * verstecken', 'sollen sich * verstecken',
  // taking, costing, ruining ("… nehmen uns die Wohnungen weg", "… kosten uns nur Geld", "… sind der Untergang unserer Gesellschaft")
  'nehmen uns * weg', 'naehmen uns * weg', 'kosten uns nur', 'kosten nur geld', 'kosten nur', 'nur geld kosten', 'der untergang unserer',
  'der untergang der', 'der untergang des', 'den untergang', 'nur kriminalitaet', 'bringen kriminalitaet', 'bringen nur gewalt',
  'bringen gewalt', 'bringen krankheiten', 'bringen nur elend', 'weltherrschaft', 'gibt zu viele', 'gibt es zu viele', 'gibt viel zu viele',
  'es gibt zu viele', 'es gibt viel zu viele', 'haben zu viele', 'hat zu viele', 'zu viele von denen', 'zu viele von ihnen', 'geht nie zusammen', 'geht nicht zusammen',
  'passt nie zusammen', 'passt nicht zusammen', 'passen nicht zusammen', 'passen nie zusammen', 'passt * nicht zusammen', 'passen * nicht zusammen',
  'geht * nicht zusammen', 'passt * nie zusammen',
  // pulling the strings, ticking bombs ("Die Juden ziehen doch überall die Fäden", "Flüchtlinge sind tickende Zeitbomben")
  'ziehen * die faeden', 'ziehen die faeden', 'die faeden ziehen', 'ziehen im hintergrund die faeden', 'im hintergrund die faeden', 'strippenzieher', 'wo ihr platz ist', 'ihr platz ist in der kueche', 'ihr platz ist am herd', 'sind tickende zeitbomben', 'sind * tickende zeitbomben',
  'sind wandelnde zeitbomben',
  // women as property, rights taken away, life that does not count
  'schwache geschlecht', 'sollen gehorchen', 'muessen gehorchen', 'haben zu gehorchen', 'sollten gehorchen', 'eigentum der',
  'eigentum des mannes', 'eigentum ihrer', 'wahlrecht wegnehmen', 'stimmrecht wegnehmen', 'wahlrecht entziehen', 'stimmrecht entziehen',
  'rechte wegnehmen', 'rechte entziehen', 'wahlrecht nehmen', 'stimmrecht nehmen', 'nicht erst geboren', 'nicht geboren werden',
  'leben zaehlt nicht', 'leben zaehlen nicht', 'leben zaehlt nichts', 'leben von * zaehlt nicht', 'leben von * zaehlen nicht',
  'leben von * ist nichts wert', 'leben von * sind nichts wert', 'haben in * keinen platz', 'haben hier keinen platz',
  'haben bei uns keinen platz', 'haben keinen platz', 'lieber sterben als', 'wuerde ich sterben als', 'lieber tot als',
  'trau niemals', 'traue niemals', 'trau nie', 'traue nie', 'vertraue niemals', 'vertrau niemals', 'vertraue nie', 'vertrau nie',
  'nichts als muell', 'nichts als dreck', 'nur muell', 'nur dreck',
  // with a word or two more in the gap than the rows above allow
  'passt nicht zu uns', 'passt nicht in die schweiz', 'passt nicht in unsere', 'passen nicht in die schweiz', 'passen nicht hierher',
  'passt nicht hierher', 'fernhalten', 'sollten * zu hause bleiben', 'sollen * zu hause bleiben', 'sollte niemals * sein duerfen', 'sollten niemals * sein duerfen', 'sollte nie * sein duerfen',
  'sollten nie * sein duerfen', 'sollte nicht * sein duerfen', 'sollten nicht * sein duerfen', 'denken nur ans geld', 'denken nur an geld',
  'nicht gemacht', 'nicht geeignet fuer', 'koennen * nicht denken',
  'koennen * nicht logisch denken', 'kann * nicht denken', 'kann * nicht logisch denken', 'koennen sich nicht beherrschen', 'koennen sich * nicht beherrschen',
  'modeerscheinung', 'nur eine phase', 'ist eine krankheit', 'eine psychische stoerung', 'eine psychische krankheit', 'eine geisteskrankheit', 'erst ins land lassen', 'nicht * ins land lassen', 'nicht * in die schweiz lassen',
  'nicht * reinlassen', 'niemals * als * akzeptieren', 'nie * als * akzeptieren',
  // not as a neighbour, too much power, taking over, once one always one ("Einen Juden will ich nicht als Nachbarn",
  // "Die Jude händ z viel Macht", "… und sie übernehmen alles", "Ein Jude bleibt ein Jude")
  'nicht als nachbarn', 'nicht als nachbar', 'nie als nachbarn', 'niemals als nachbarn', 'nid als nachbere', 'noed als nachbere',
  'nicht als nachbere', 'nid als nochber', 'noed als nochber', 'zu viel macht', 'z viel macht', 'zuviel macht', 'zu viel einfluss',
  'zu viel macht und', 'uebernehmen alles', 'uebernehmen hier alles', 'uebernehmen bald alles', 'fremde im eigenen land',
  'die fremden im eigenen land', 'sind wir hier die fremden', 'sind wir die fremden', 'bleibt ein jude', 'bleibt ein muslim',
  'bleibt ein auslaender', 'bleibt ein zigeuner', 'bleibt ein asylant', 'bleibt en jud', 'bleibt en uslaender',
  // back to the stove, no seat at the table, watched as suspects, here to cash in ("Frauen sollen wieder hinter
  // den Herd", "Mit Muslimen setze ich mich nie an einen Tisch", "… gehören alle überwacht", "… arbeiten nie")
  'hinter den herd', 'hinder de herd', 'zum kinderkriegen da', 'nur zum kinderkriegen', 'nie an einen tisch', 'nicht an einen tisch',
  'niemals an einen tisch', 'nie an den gleichen tisch', 'gehoeren * ueberwacht', 'gehoeren * kontrolliert', 'gehoert * ueberwacht',
  'gehoert * kontrolliert', 'ghoere * ueberwacht', 'nur zum abkassieren', 'um abzukassieren', 'arbeiten nie',
  // in the blood, in the genes: what a group is said to be by birth ("Muslime wird man nie integrieren können, das liegt
  // denen im Blut"), and integration denied for good
  'liegt denen im blut', 'liegt ihnen im blut', 'liegt im blut', 'im blut liegt', 'in den genen', 'in ihren genen', 'genetisch bedingt',
  'nie integrieren', 'niemals integrieren', 'nicht integrieren koennen', 'kann man nicht integrieren', 'lassen sich nicht integrieren',
  // Session 23: trouble wherever a group is, the group blamed for everything, a seat beside them refused, a group that
  // "never learns" ("Wo Muslime sind, gibt es immer Probleme", "… sind der Grund, warum alles den Bach runtergeht",
  // "Ich setze mich im Bus nie neben Schwarze", "Die lernen das nie, die sind eben so")
  'gibt es immer probleme', 'gibt es immer aerger', 'gibt es nur probleme', 'gibt es nur aerger', 'gits immer probleme',
  'den bach runter', 'den bach runtergeht', 'den bach runtergehen', 'den bach hinunter', 'an allem schuld', 'schuld an allem', 'setze mich nie neben', 'setze mich * nie neben', 'setz mich nie neben',
  'setz mich * nie neben', 'wuerde mich nie neben', 'wuerde mich * nie neben', 'lernen das nie', 'lernen es nie', 'die sind eben so',
  'die sind halt so', 'sind nun mal so', 'sind halt einfach so',
  'auftauchen gibt es aerger', 'auftauchen gibt es probleme', 'sind gibt es aerger', 'sind gibt es probleme', 'sind immer das problem',
  'wollen sich nicht anpassen', 'wollen sich gar nicht anpassen', 'wollen sich * nicht anpassen', 'passen sich nie an',
  'wollen sich nicht integrieren', 'wollen sich gar nicht integrieren', 'wollen sich * nicht integrieren',
  // asked what is wrong with a group ("Was ist eigentlich falsch mit Schwulen?")
  'was ist falsch mit', 'was ist * falsch mit', 'was stimmt nicht mit', 'was stimmt * nicht mit',
  // From session 23's twin functional file: kept among ourselves, told to be silent, left when they get on, theft and
  // falling house prices, a clinic, whose interests, the root of all evil, asked what for, how to use a toilet, how much
  // longer to put up with them, nothing but crime, the world controlled, driven out.
  'lieber unter uns', 'wollen wir keine', 'wir wollen keine', 'sollen * schweigen', 'sollen schweigen', 'sollten schweigen', 'steige ich aus',
  'kasse nachzaehlen', 'fallen die hauspreise', 'sinken die hauspreise', 'gehoeren in eine klinik', 'gehoeren in die klinik', 'gehoeren in therapie',
  // Session 24 (own probes): a mistake of nature, spat upon ("Schwule sind ein Fehler der Natur", "Ich spucke auf Muslime").
  'fehler der natur', 'irrtum der natur', 'unfall der natur', 'spucke auf', 'spuck auf', 'spucken auf',
  'wessen interessen', 'grund fuer alles uebel', 'nicht mal richtig denken', 'wozu braucht', 'wozu brauchen wir', 'toilette benutzt', 'toilette benutzen',
  'noch gefallen lassen', 'ausser kriminalitaet', 'die welt kontrollieren', 'kontrollieren die welt', 'die medien kontrollieren', 'kontrollieren die medien',
  'werde * vertreiben', 'werden * vertreiben', 'werde ich * austreiben', 'werde * austreiben',
  // Session 25 (the twin functional file): a plague, the misfortune of the world, stinking, fed for nothing, thrown out,
  // locked away ("Diese Leute sind die Pest", "… dass Juden das Unglück der Welt sind", "die stinken nach Geld",
  // "Wozu soll man … durchfüttern?", "Wann schmeissen wir … endlich raus?", "Frauen gehören weggesperrt").
  'sind die pest', 'sind wie die pest', 'sind eine pest', 'sind die seuche', 'sind eine seuche', 'das unglueck der welt', 'unser unglueck',
  'stinken nach', 'stinken alle', 'stinken doch', 'durchfuettern', 'durchgefuettert', 'schmeissen * raus', 'schmeissen * endlich raus',
  'schmeissen wir * raus', 'werfen * endlich raus', 'jagen * davon', 'jagen * zum teufel',
  ...['weggesperrt', 'eingesperrt', 'weggeschlossen', 'rausgeworfen', 'rausgeschmissen'].flatMap((p) => [`gehoeren ${p}`, `gehoeren * ${p}`, `gehoert ${p}`, `${p} gehoeren`, `${p} gehoert`]),
  'keine echten menschen', 'keine richtigen menschen', 'bringen uns nichts gutes', 'bringen nichts gutes', 'bringen uns nur schlechtes',
  // Session 25 (own template probes): all was well until the group came, the country better without it, its trade to be
  // stopped ("Unser Dorf war schön, bis die Roma kamen", "Ohne Muslime wäre die Schweiz ein besseres Land", "Man sollte
  // den Juden das Handwerk legen").
  ...['schoen', 'gut', 'friedlich', 'sicher', 'ruhig', 'sauber', 'besser', 'alles gut', 'alles besser', 'alles in ordnung'].flatMap((w) =>
    ['kamen', 'kommen', 'gekommen sind', 'auftauchten', 'aufgetaucht sind', 'einzogen', 'eingezogen sind', 'hergezogen sind', 'zuzogen'].map((came) => `${w} bis die * ${came}`)),
  'ohne ** besseres land', 'ohne ** ein besserer ort', 'ohne ** besser dran', 'ohne ** viel besser', 'das handwerk legen',
  'bleibt immer ein problem', 'bleiben immer ein problem', 'bleibt ein problem', 'bleiben ein problem', 'niemand will * als nachbarn',
  'keiner will * als nachbarn', 'niemand will * als nachbar', 'keiner will * als nachbar', 'der untergang dieses', 'der untergang unseres',
];
/** Dislike and disgust said of a group (the verbs of hate and the adjectives of disgust are in lexicon-contempt.ts). */
const EMOTION = [
  'graut vor', 'graust vor', 'graut es vor', 'graust es vor', 'zuwider', 'zum kotzen', 'kotzen mich', 'ekel vor', 'ekelt es vor',
  'ekelt mich vor', 'ekelt mir vor', 'verachtung fuer', 'nur verachtung', 'abscheu vor', 'mag keine', 'mag keinen', 'mag kei',
  'kann * nicht leiden', 'koennen * nicht leiden', 'kann * nicht ausstehen', 'halte * nicht aus', 'ertrage * nicht', 'ertrage keine',
  'schnauze voll von', 'nase voll von', 'habe genug von', 'nerven mich',
  'angeekelt', 'angewidert', 'habe * hass auf', 'hab * hass auf', 'habe so viel hass', 'empfinde * hass', 'nur hass fuer', 'nichts als hass',
  'habe es * satt', 'hab es * satt', 'hege * hass', 'hege * verachtung',
  // the feeling right after the verb ("Frauen, die …, machen mich rasend"; the rows below leave a word between)
  ...['machen mich', 'macht mich'].flatMap((v) => ['wuetend', 'rasend', 'aggressiv', 'zornig', 'krank'].map((f) => `${v} ${f}`)),
  'stinken mir', 'chan * nid schmoecke', 'cha * nid uusstah', 'kann * nicht ab', 'nicht ertragen', 'macht mich krank',
  'wird schlecht', 'wird uebel', 'wird mir uebel', 'wird mir schlecht', 'wird mir speiuebel', 'wird es mir uebel', 'wird es mir schlecht', 'mag * nicht', 'mag * einfach nicht', 'nicht mehr sehen', 'will keine', 'will keinen',
  'will nichts mit', 'nichts zu tun haben', 'nicht in meiner naehe', 'nicht neben mir', 'meide', 'ekle mich', 'ekelt mich',
  // the verb first, its object after ("Mich ekeln Transmenschen an"), and "es" before a clause about the group ("Es ekelt
  // mich, wenn ich zwei Schwule sehe": not "Es ekelt mich, wie hier über Muslime geschrieben wird")
  'machen mich * wuetend', 'macht mich * wuetend', 'machen mich * krank', 'machen mich * aggressiv', 'macht mich * aggressiv', 'machen mich * rasend',
  'macht mich * rasend', 'machen mich * zornig', 'macht mich * zornig', 'mached mi * haessig', 'macht mi * haessig', 'gehen mir * auf die nerven', 'geht mir * auf die nerven',
  'gehen mir * auf den sack', 'mich ekeln', 'mich ekelt', 'mich widern', 'mich widert', 'mich kotzen', 'mich kotzt', 'mir grausts vor', 'mir graut vor',
  'es ekelt mich wenn', 'es ekelt mich an wenn', 'es widert mich an wenn', 'es graust mir wenn', 'es graut mir wenn',
  // tired of, angered by, feeling only loathing for a group ("Ich bin es so leid, überall … zu sehen", "Wenn ich … sehe,
  // werde ich wütend", "Für … empfinde ich nichts als Abscheu", "… gehen mir auf den Geist")
  'bin es leid', 'bin es * leid', 'bin * es leid', 'habe es satt', 'hab es satt', 'habe * es satt', 'ha s gnueg', 'han es gnueg',
  ...frames(['werde ich', 'werde ich *', 'werd ich', 'wird mir', 'wird mir *', 'wirde', 'wird i'], ['wuetend', 'aggressiv', 'rasend', 'zornig', 'haessig', 'hassig'], GROUP_ONLY).map((r) => r[0]),
  ...frames(['empfinde', 'empfinde *', 'fuehle *', 'nichts als', 'habe * nichts als', 'habe nur', 'hab nur', 'spuere nur'], ['abscheu', 'verachtung', 'ekel', 'widerwillen'], GROUP_ONLY).map((r) => r[0]),
  'gehen mir * auf den geist', 'geht mir * auf den geist', 'gehen mir auf den geist', 'geht mir auf den geist', 'regen mich * auf', 'regt mich * auf',
  'regen mich auf', 'regt mich auf', 'gaehnd mir uf de geist', 'gaend mir uf de sack',
  // with a word between ('Nichts widert mich mehr an als …', 'Mich ekeln vor allem … an')
  'widert mich * an', 'widern mich * an', 'ekelt mich * an', 'ekeln mich * an', 'kotzt mich * an', 'kotzen mich * an',
  'mein hass auf', 'meinen hass auf', 'galle hoch',
  // Session 24: "es" before the group as a pronoun ("Zwei Lesben trainieren hier. Es ekelt mich, ihnen zuzusehen"); not
  // "Es ekelt mich, wie …" (see above)
  ...frames(['es ekelt mich', 'es widert mich an', 'es graust mir', 'es graut mir', 'es ekelt mich an'], ['ihnen', 'sie', 'denen'], GROUP_ONLY).map((r) => r[0]),
];
/** Praise denied: the negation is part of the term. */
const DENIED = [
  'nicht intelligent', 'nicht wertvoll', 'nichts wert', 'nicht gleichwertig', 'nicht gleich viel wert', 'nicht genauso viel wert',
  'nicht willkommen', 'nicht erwuenscht', 'unerwuenscht', 'nicht menschlich', 'keine menschen wie', 'kein teil unserer', 'nicht teil unserer',
  'kein teil der gesellschaft', 'gehoeren nicht dazu', 'verdienen keinen respekt', 'keinen respekt verdient', 'verdient keinen respekt',
  'nicht die gleichen rechte', 'nicht dieselben rechte', 'keine gleichen rechte', 'nie * respektieren', 'niemals * respektieren',
  'nie * akzeptieren', 'niemals * akzeptieren', 'nie * gleichwertig', 'niemals * gleichwertig', 'nie so klug', 'nie so intelligent',
  'nie so schlau', 'nie * so schlau', 'nie * so klug', 'nie * so intelligent', 'uns * nicht gleichgestellt', 'uns nicht gleichgestellt',
  'sollte niemandem wichtig', 'sollten niemandem wichtig', 'sollte uns egal sein', 'sollten uns egal sein',
  'es nicht wert geschuetzt', 'es nicht wert gerettet', 'es nicht wert zu leben',
  ...['keine *', 'kein *', 'keiner *'].flatMap((none) => ['kann jemals', 'wird jemals', 'kann je', 'wird je'].map((ever) => `${none} ${ever} ein wertvolles`)),
  'nie * wertvolles mitglied',
  'niemals * wertvolles mitglied', 'menschenrechte * nicht gelten', 'keine menschenrechte', 'sollten fuer * nicht gelten',
  'nie * zur schweiz gehoeren', 'nie zu uns gehoeren', 'gehoeren nicht zu', 'keine bereicherung', 'nie vertrauen', 'niemals vertrauen',
  'nie trauen', 'nicht zu trauen', 'nicht ernst nehmen', 'nicht in unsere gesellschaft',
  'verdienen kein mitgefuehl', 'verdienen kein mitleid', 'verdienen keine hilfe', 'verdienen keinen schutz', 'verdienen keine rechte',
  'verdienen kein asyl', 'verdienen keine unterstuetzung', 'verdienen nichts', 'respektiere keine', 'respektiere keinen', 'respektiere * nicht',
  // Session 22: never an enrichment. ("keinen Respekt vor" was left out: the respect may be denied to someone else in a
  // sentence that also names a group, "Die Fans hatten keinen Respekt vor dem Schiri, und die Flüchtlinge …".)
  'nie eine bereicherung', 'niemals eine bereicherung', 'nie * eine bereicherung',
  // Session 23: goodness and worth denied ("Juden sind keine guten Menschen", "Ausländer sind kein Gewinn für unser Land",
  // "Muslime tragen nichts zur Gesellschaft bei"), and respect refused in the first person ("Ich habe keinen Respekt vor
  // Muslimen"; not "Die Fans hatten keinen Respekt vor dem Schiri").
  'keine guten menschen', 'keine guten leute', 'keine anstaendigen menschen', 'sind kein gewinn', 'sind * kein gewinn',
  'tragen nichts * bei', 'tragen nichts bei', 'habe keinen respekt vor', 'hab keinen respekt vor', 'habe null respekt vor',
  'hab null respekt vor', 'habe keinerlei respekt vor',
  // "Roma sind alles andere als ehrlich", "Eritreer haben keinerlei Anstand", "Es gibt keinen Muslim, der wirklich friedlich ist"
  ...['ehrlich', 'friedlich', 'intelligent', 'klug', 'zivilisiert', 'anstaendig', 'fleissig', 'vertrauenswuerdig', 'harmlos', 'normal', 'gebildet', 'sauber'].map((a) => `alles andere als ${a}`),
  'keinerlei anstand', 'keinen anstand', 'kein anstand', 'keine ahnung von anstand', 'keine manieren', 'keinerlei manieren', 'kein benehmen',
  'keine moral', 'keinerlei moral', 'kein gewissen', 'keinen funken anstand',
  // not belonging here, rights and help not deserved, in the word order of a clause with "dass" ("…, dass Schwule hier nicht
  // hingehören", "…, dass Frauen keine Rechte verdienen")
  'hier nicht hingehoeren', 'nicht hierher gehoeren', 'gehoeren nicht hierher', 'gehoeren hier nicht hin', 'keine rechte verdienen',
  'kein mitgefuehl verdienen', 'keinen schutz verdienen', 'keine hilfe verdienen', 'kein asyl verdienen', 'keinen respekt verdienen',
  'gibt keinen * der wirklich', 'gibt keine * die wirklich', 'gibt keinen einzigen * der',
];
const DENIED_NEAR = ['nicht klug', 'nicht schlau', 'nicht faehig', 'nicht normal', 'nicht vertrauenswuerdig', 'nicht zivilisiert',
  // session 25
  'nicht friedlich', 'nicht fleissig', 'nicht ehrlich', 'nicht anstaendig', 'nicht gebildet'];
/**
 * Equal worth and the right to live denied, help refused ("Flüchtlinge sind uns nicht ebenbürtig", "Diese Ausländer
 * haben kein Recht zu leben", "Kein Migrant kann je ein wertvolles Mitglied der Gesellschaft sein", "Ich würde keinen
 * Finger rühren, um einen Schwulen zu retten"): the negation is part of the term, as in {@link DENIED}.
 */
const DENIED_WORTH = [
  'nicht ebenbuertig', 'nie ebenbuertig', 'niemals ebenbuertig', 'kein recht zu leben', 'kein recht auf leben',
  'kein recht zu existieren', 'kein lebensrecht', 'kein recht zu atmen', 'verdienen nicht zu leben', 'verdienen es nicht zu leben',
  'verdient nicht zu leben', 'verdient es nicht zu leben', 'kein wertvolles mitglied', 'nie ein wertvolles', 'niemals ein wertvolles',
  'keinen finger ruehren', 'keinen finger krumm', 'nie einen finger', 'niemals einen finger',
];
/**
 * A group ranked below an animal, vermin or dirt ("Mein Hund ist gescheiter als jeder Eritreer", "Das Leben einer Fliege
 * ist mehr wert als das eines Juden", "Ein Asylant ist nicht mehr wert als ein streunender Hund"): the animal and the
 * comparison, in either order; only with a group named in the sentence ("Mein Hund ist gescheiter als ich" says nothing).
 */
const BEASTS = [
  'hund', 'hunde', 'hunden', 'katze', 'katzen', 'affe', 'affen', 'ratte', 'ratten', 'fliege', 'fliegen', 'insekt', 'insekten', 'kakerlake',
  'kakerlaken', 'schwein', 'schweine', 'esel', 'ziege', 'tier', 'tiere', 'wurm', 'hamster', 'goldfisch', 'huhn', 'kuh', 'stein', 'dreck', 'muell',
  'hundes', 'tieres', 'insekts', 'insektes', 'schweins', 'affens', 'wurms',
];
const RANKED_ABOVE = [
  'klueger als', 'gescheiter als', 'gschiider als', 'intelligenter als', 'schlauer als', 'wertvoller als', 'mehr wert als', 'wichtiger als',
  'zivilisierter als', 'nuetzlicher als', 'sauberer als', 'ehrlicher als', 'zaehlt mehr als', 'zaehlen mehr als', 'mehr verstand als',
  'mehr hirn als', 'mehr anstand als', 'mehr recht',
];
const RANKED_BELOW = ['nicht mehr als', 'nichts anderes als', 'nichts weiter als', 'nicht mehr wert als', 'weniger wert als', 'duemmer als', 'bloeder als', 'tuemmer als', 'weniger intelligent als', 'nicht klueger als', 'nicht besser als', 'schlimmer als', 'dreckiger als'];
const BEAST_RANK: Row[] = [
  ...frames(BEASTS.map((b) => `${b} *`), RANKED_ABOVE, GROUP_ONLY, ABOUT_GROUP),
  ...frames(RANKED_BELOW, BEASTS, GROUP_ONLY, ABOUT_GROUP),
  ...frames(RANKED_BELOW.map((r) => `${r} *`), BEASTS, GROUP_ONLY, ABOUT_GROUP),
  ...frames(['kein unterschied zwischen', 'keinen unterschied zwischen', 'kei unterschied zwuesche'], BEASTS.map((b) => `* ${b}`), GROUP_ONLY, ABOUT_GROUP),
];
/**
 * A country wished rid of a group, or left to one group only ("Am besten gäbe es gar keine Muslime mehr", "Es sollte
 * nur noch Weisse geben", "Warum werden wir die Juden nicht endlich los?"): only with a group named.
 */
const RID_OF = [
  'keine * mehr gaebe', 'keine * mehr geben', 'keine * mehr gibt', 'kei * meh gaeb', 'nur noch * geben', 'nur noch * gaebe', 'sollte nur * geben',
  'endlich los', 'ein fuer alle mal los', 'verschwinden * endlich', 'verschwinden endlich', 'werden * los', 'loswerden', 'los werden', 'endlich loswerden',
  // asked with a negation that asks for it ("Warum werden wir die Juden nicht endlich los?")
  'nicht endlich * los', 'nicht * endlich los', 'nicht endlich los', 'nicht ein fuer alle mal los',
  // too emotional or too weak for a job, put after the job ("Frauen sind stark, aber für Führungsjobs zu emotional")
  'gehoeren * ausgeschafft', 'gehoert * ausgeschafft', 'gehoeren ausgeschafft', 'gehoert ausgeschafft', 'ghoered * usgschafft',
  'ghoered usgschafft', 'gehoeren * abgeschoben', 'gehoeren abgeschoben', 'gehoert abgeschoben',
  // liked least of all, tested on like animals, the country ruined by them ("Es gibt nichts, was ich weniger mag als einen
  // Albaner", "Neue Medikamente sollte man an Flüchtlingen testen", "Noch mehr Frauen in der Regierung und das Land ist ruiniert")
  'wie die made im speck', 'wie d made im speck', 'wie maden im speck',
  'weniger mag als', 'mag ich weniger als', 'weniger ausstehen kann als', 'versuchskaninchen', 'statt an tieren', 'anstatt an tieren', 'land ist ruiniert',
  'schweiz ist ruiniert', 'ruiniert unser', 'ruinieren das land', 'ruiniert das land',
  // no place in a civilised country ("Für … ist in einem zivilisierten Land kein Platz")
  ...['in einem zivilisierten land', 'in einem zivilisierten land *', 'in einem zivilisierten land * *', 'in einem zivilisierten land * * *']
    .flatMap((where) => ['keinen platz', 'kein platz', 'nichts verloren', 'nichts zu suchen'].map((none) => `${where} ${none}`)),
  // a person's group as the explanation ("Der Präsident ist ein Jude, das erklärt alles")
  'das erklaert alles', 'das erklaert einiges', 'das erklaert vieles', 'erklaert alles', 'das sagt alles', 'sagt doch alles', 'das sagt doch alles',
  'spricht baende', 'spricht fuer sich', 'sprechen fuer sich', 'sprechen baende',
  // the rhetorical question ("Wer will schon einen Juden als Nachbarn?")
  'wer will schon', 'wer moechte schon', 'wer wott scho', 'wer will denn schon', 'wer braucht schon',
  'das sind zu viele', 'das sind * zu viele', 'das sind viel zu viele',
  'fuer * zu emotional', 'zu emotional fuer', 'zu emotional um', 'fuer * zu schwach', 'zu schwach fuer', 'fuer * nicht geeignet',
];

/** Vermin, beasts and diseases said of a group ("… sind nichts als Zecken"); the older rows are in lexicon-threats.ts. */
const DEHUMANISED = [
  'zecke', 'laus', 'laeuse', 'made', 'wurm', 'wuermer', 'heuschrecke', 'barbar', 'bestie', 'unmensch', 'monster', 'primat', 'gorilla',
  'unkraut', 'virus', 'krankheit', 'geschwuer', 'krebsgeschwuer', 'tumor', 'schmeissfliege', 'tier', 'tiere', 'vieh', 'viecher', 'untermensch',
  'abschaum', 'ungeziefer', 'parasit', 'ratte', 'kakerlake', 'affe', 'schwein', 'hund', 'gebaermaschine', 'brutmaschine', 'sexobjekt', 'lustobjekt',
  'zuchtvieh', 'gesindel', 'pack', 'geschmeiss', 'brut',
];

/**
 * What the frames say against a group, for group-praise.ts to recognise it denied ("Schwule sind nicht krank",
 * "Flüchtlinge sind keine Verbrecher"): the attributes, nouns and vermin, uninflected.
 */
export const DENIABLE: readonly string[] = [
  ...ATTRIBUTES, ...NEAR_ATTRIBUTES.filter((a) => !['normal', 'intelligent', 'wertvoll', 'gleichwertig'].includes(a)), ...NOUNS, ...BURDENS,
  ...NEAR_NOUNS, ...DEHUMANISED, 'minderwertig', 'widerlich', 'ekelhaft', 'abartig', 'pervers', 'dumm', 'schuld',
];

/**
 * A refusal that is a whole sentence, answering a question that puts someone of a group in a role ("Eine Frau als
 * Chefin? Nie im Leben.", "Ein Schwuler als Trainer? Niemals."). The scorer keeps these rows only there: alone, or
 * after any other sentence, "niemals" says nothing.
 */
export const REFUSALS: ReadonlySet<string> = new Set([
  'niemals', 'nie', 'nie im leben', 'niemals im leben', 'nie und nimmer', 'sicher nicht', 'ganz sicher nicht', 'bestimmt nicht',
  'auf keinen fall', 'kommt nicht in frage', 'kommt nicht infrage', 'nur ueber meine leiche', 'never', 'nie im laebe', 'sicher nid',
  'sicher noed', 'niemols', 'nie und nimmer im leben', 'gott bewahre', 'um gottes willen', 'no way', 'nein danke',
]);

/**
 * A community's houses (mosques, synagogues, asylum centres): demolished or burnt down is hostility to the people who
 * use them and is held ("Diese Moschee gehört abgerissen"); arson is rejected as a threat ("Die Synagoge sollte man
 * anzünden"). Closing them only when all are meant ("Alle Moscheen gehören geschlossen"): one mosque closed by the
 * authorities is a legitimate demand ("Die Moschee in Winterthur gehört geschlossen"). "Die Moschee wird abgerissen" reports.
 */
const HOUSES = ['moschee', 'moscheen', 'synagoge', 'synagogen', 'minarett', 'minarette', 'asylheim', 'asylheime', 'asylunterkunft', 'asylunterkuenfte', 'fluechtlingsheim', 'fluechtlingsheime', 'durchgangszentrum', 'durchgangszentren'];
/** Houses of worship only: an asylum centre is torn down and rebuilt in every other planning report. */
const WORSHIP = ['moschee', 'moscheen', 'synagoge', 'synagogen', 'minarett', 'minarette'];
const DEMOLISHED = ['gehoert abgerissen', 'gehoeren abgerissen', 'gehoeren alle abgerissen', 'sollte man abreissen', 'sollte man alle abreissen', 'dem erdboden gleichmachen'];
const CLOSED_ALL = ['jede moschee', 'alle moscheen', 'jede synagoge', 'alle synagogen'].flatMap((h) => ['geschlossen', 'dichtgemacht', 'verboten', 'gehoert geschlossen', 'gehoert dichtgemacht', 'gehoert verboten', 'gehoeren geschlossen', 'gehoeren dichtgemacht', 'gehoeren verboten'].map((c) => `${h} * ${c}`));
const BURNT = ['anzuenden', 'abfackeln', 'abgefackelt', 'niederbrennen', 'niedergebrannt', 'in brand stecken', 'abbrennen'];
const HOUSE_ROWS: Row[] = [
  ...frames(WORSHIP.map((h) => `${h} *`), DEMOLISHED, GROUP_CONTEMPT, { ...DE, inflect: false }),
  ...frames(HOUSES.map((h) => `${h} *`), BURNT, { THREAT: 0.9, IDENTITY_ATTACK: 0.9, TOXICITY: 0.9 }, { ...DE, inflect: false }),
  ...frames(['moscheen *', 'synagogen *'], ['alle geschlossen', 'alle dichtgemacht', 'brutstaetten'], GROUP_CONTEMPT, { ...DE, inflect: false }),
  ...CLOSED_ALL.map((term): Row => [term, GROUP_CONTEMPT, { ...DE, inflect: false }]),
  ...frames(['moschee *', 'synagoge *'], ['brutstaette'], GROUP_CONTEMPT, { ...DE, inflect: false }),
];

/**
 * Groups that breed like rabbits: the group named with the verb, since "vermehren sich wie die Kaninchen" alone is an
 * allowed idiom about animals (lexicon-threats.ts) and an allowed phrase hides every row inside it.
 */
const BREEDING = frames(
  ['muslime', 'moslems', 'fluechtlinge', 'auslaender', 'migranten', 'asylanten', 'asylbewerber', 'afrikaner', 'araber', 'tuerken', 'juden', 'roma', 'zigeuner', 'schwarzen', 'neger', 'kanaken', 'albaner', 'kosovaren', 'eritreer', 'afghanen', 'syrer'],
  ['vermehren sich', 'vermehred sich'],
  GROUP_ONLY,
  { ...ABOUT_GROUP, group: GROUP_DEHUMANISED },
);

/**
 * A world or a country without the group, the group named right after ("Der Gedanke an eine Welt ohne Muslime macht mich
 * so glücklich"; not "eine Welt ohne Polizeigewalt gegen Schwarze", "unsere Welt ohne Diversität").
 */
const WITHOUT_GROUP = frames(
  ['welt ohne', 'schweiz ohne', 'land ohne', 'europa ohne', 'gesellschaft ohne', 'quartier ohne'],
  ['muslime', 'moslems', 'fluechtlinge', 'auslaender', 'migranten', 'asylanten', 'asylbewerber', 'afrikaner', 'araber', 'tuerken', 'juden', 'roma', 'zigeuner', 'schwarze', 'neger', 'kanaken', 'albaner', 'kosovaren', 'eritreer', 'afghanen', 'syrer', 'schwule', 'lesben', 'transmenschen', 'behinderte', 'frauen', 'einwanderer', 'homosexuelle', 'bisexuelle', 'transsexuelle'],
  GROUP_ONLY,
  ABOUT_GROUP,
);

/**
 * Someone of a group refused as a colleague, tenant, boss or neighbour ("Ich würde nie einen Türken in meiner Firma
 * anstellen", "Ich werde niemals eine Muslimin als Chefin akzeptieren", "Einem Muslim würde ich nie eine Wohnung
 * vermieten"): "nie" and a verb of accepting or admitting, as a word class, with up to six words between (two gaps).
 * Only with a group named; "nie akzeptieren, dass Muslime beleidigt werden" has no article after "nie" in the
 * verb-second rows, and the verb-last rows need the auxiliary and "ich" ("… würde ich nie … vermieten").
 */
const NEVER = ['nie', 'niemals', 'nimmer', 'nie im leben', 'nie meh', 'niemols'];
const ACCEPT_VERBS = [
  'akzeptieren', 'dulden', 'tolerieren', 'einstellen', 'anstellen', 'vermieten', 'reinlassen', 'hereinlassen', 'aufnehmen', 'respektieren',
  'anvertrauen', 'zulassen', 'ernst nehmen', 'als nachbarn haben', 'als chef haben', 'als chefin haben', 'aastelle', 'ihstelle', 'akzeptiere',
];
const ARTICLES_AFTER_NEVER = ['einen', 'eine', 'einem', 'einer', 'ein', 'en', 'e', 'solche', 'solchen', 'so einen', 'so eine', 'diese', 'diesen'];
/**
 * Things one would never do with or be done by someone of a group ("Ich würde nie mit einem Schwarzen zusammenarbeiten",
 * "Von einem Türken würde ich mich nie operieren lassen"): the same "nie" with a preposition, or "ich mich nie", and a
 * verb of living, working or being served together. Only with a group named.
 */
const TOGETHER_VERBS = [
  'zusammenarbeiten', 'zusammenleben', 'zusammen arbeiten', 'zusammen wohnen', 'befreundet sein', 'ausgehen', 'tanzen', 'essen', 'an einem tisch sitzen',
  'operieren lassen', 'behandeln lassen', 'untersuchen lassen', 'beraten lassen', 'unterrichten lassen', 'pflegen lassen', 'bedienen lassen',
  'frisieren lassen', 'regieren lassen', 'vertreten lassen', 'schaffe', 'zaeme schaffe',
];
const WITH_SOMEONE = ['mit einem', 'mit einer', 'mit', 'neben einem', 'neben einer', 'von einem', 'von einer', 'mit so einem', 'mit so einer', 'mit eme', 'mit ere'];
const REFUSED_TOGETHER: Row[] = [
  ...frames(NEVER.flatMap((n) => WITH_SOMEONE.map((w) => `${n} ${w} * *`)), TOGETHER_VERBS, GROUP_ONLY, ABOUT_GROUP),
  ...frames(['ich mich', 'ich mir', 'i mi', 'mich'].flatMap((p) => NEVER.map((n) => `${p} ${n} *`)), TOGETHER_VERBS, GROUP_ONLY, ABOUT_GROUP),
];
const REFUSED: Row[] = [
  ...frames(NEVER.flatMap((n) => ARTICLES_AFTER_NEVER.map((a) => `${n} ${a} * *`)), ACCEPT_VERBS, GROUP_ONLY, ABOUT_GROUP),
  ...frames(['wuerde ich', 'werde ich', 'wuerd ich', 'wuerdi', 'wuerdich', 'tat ich', 'taet ich'].flatMap((v) => NEVER.map((n) => `${v} ${n} *`)), ACCEPT_VERBS, GROUP_ONLY, ABOUT_GROUP),
  // in a role, then refused ("Ein Schwuler als Lehrer meiner Kinder kommt für mich nie in Frage")
  ...frames(['als * kommt *'], ['nie in frage', 'niemals in frage', 'nicht in frage', 'nie infrage', 'nicht infrage', 'nid in frag', 'noed in frag', 'nie in frag'], GROUP_ONLY, ABOUT_GROUP),
];
/**
 * Rights to be taken from a group ("Man sollte den Frauen das Stimmrecht wieder abnehmen", "Den Schwulen sollte man
 * das Adoptionsrecht wegnehmen"): a right and a verb of taking away in the infinitive, up to three words between; a
 * report in the past ("Die Taliban haben den Frauen das Recht auf Bildung genommen") has the participle.
 */
const RIGHTS = ['rechte', 'stimmrecht', 'wahlrecht', 'adoptionsrecht', 'buergerrecht', 'aufenthaltsrecht', 'niederlassungsrecht', 'buergerrechte', 'menschenrechte', 'heiratsrecht', 'stimm und wahlrecht'];
const TAKE_AWAY = ['wegnehmen', 'abnehmen', 'entziehen', 'aberkennen', 'abspenstig machen', 'streichen', 'wegneh', 'ewegneh', 'abspreche', 'absprechen'];
const RIGHTS_TAKEN = frames(RIGHTS.map((r) => `${r} *`), TAKE_AWAY, GROUP_ONLY, ABOUT_GROUP);
/**
 * Idleness and petty crime as what a group does all day ("…, dass die Schwarzen dort den ganzen Tag nur herumhängen
 * und dealen", "die sind nur am Profitiere"): "nur" or "den ganzen Tag" before a verb of idling, begging or dealing.
 * Only with a group named ("Die Jugendlichen hängen am Bahnhof nur herum" says nothing about a group).
 */
const IDLING = [
  'herumhaengen', 'rumhaengen', 'herumlungern', 'rumlungern', 'rumlungere', 'umehaenge', 'dealen', 'deale', 'betteln', 'bettle', 'klauen',
  'saufen', 'faulenzen', 'schmarotzen', 'abkassieren', 'abzocken', 'am profitiere', 'am profitieren', 'am abkassiere', 'am schmarotze',
];
const IDLE = [
  ...frames(['nur', 'nur noch', 'den ganzen tag', 'de ganz tag', 'immer nur', 'nume', 'nur am', 'nume am'], IDLING, GROUP_ONLY, ABOUT_GROUP),
  // the verb split ("… hängen dort den ganzen Tag nur herum")
  ...frames(['haengen', 'haengen * *', 'lungern', 'lungern * *', 'hanged', 'hanged * *'], ['nur herum', 'nur rum', 'nume ume', 'nur noch herum'], GROUP_ONLY, ABOUT_GROUP),
];
/** Verb-last and dialect forms of rows above ("…, die gar nicht arbeiten wollen", "die passed eifach nöd zu üs"). */
/**
 * Trouble a group is said to bring ("Muslime bringen nur Unruhe in unsere Dörfer", "… verursachen nichts als Chaos"): a
 * verb of bringing or causing, "nur" or "nichts als", and a noun of trouble, as word classes. Only with a group named.
 */
const TROUBLE = ['unruhe', 'aerger', 'probleme', 'chaos', 'streit', 'unfrieden', 'elend', 'dreck', 'laerm', 'unglueck', 'kriminalitaet', 'gewalt', 'terror', 'krankheiten', 'unsicherheit', 'angst', 'zoff', 'puff', 'saech'];
const TROUBLE_ROWS = frames(['bringen nur', 'bringen * nur', 'bringt nur', 'bringen nichts als', 'verursachen nur', 'verursachen nichts als', 'stiften nur', 'machen nur', 'machen nichts als', 'bringed nume', 'mached nume', 'verbreiten nur'], TROUBLE, GROUP_ONLY, ABOUT_GROUP);
/**
 * A trans woman said to remain a man ("Eine Transfrau bleibt immer ein Mann", "Transfrauen sind und bleiben Männer"):
 * the trans group as the subject ("Mein Vater, ein Flüchtling, ist und bleibt ein Mann mit Prinzipien" says nothing). Back to the kitchen with the verb of staying ("Frauen sollten lieber in der Küche bleiben").
 */
const REMAINS = [
  ...frames(
    ['transfrau', 'transfrauen', 'trans frau', 'trans frauen', 'transmenschen', 'transpersonen', 'transperson'].flatMap((t) => ['bleibt', 'bleibt *', 'bleiben', 'bleiben *', 'sind und bleiben', 'ist und bleibt', 'sind *', 'ist *', 'blibt'].map((v) => `${t} ${v}`)),
    ['ein mann', 'maenner', 'ein kerl', 'kerle', 'en maa', 'verkleidete maenner', 'ein verkleideter mann'],
    GROUP_ONLY,
    ABOUT_GROUP,
  ),
  ...['in der kueche bleiben', 'am herd bleiben', 'in die kueche zurueck', 'an den herd zurueck', 'in der kueche sein', 'in die kueche gehoeren', 'id chuchi', 'in d chuchi', 'i d chuchi']
    .map((term): Row => [term, GROUP_ONLY, ABOUT_GROUP]),
];
/**
 * Less pay or fewer rights demanded for a group ("Ausländer sollten weniger Lohn bekommen als Schweizer"), and skills
 * denied with the verb apart ("Frauen können nicht Auto fahren"). Only with a group named; "Frauen verdienen weniger"
 * states a fact and has no modal.
 */
const LESS_FOR = frames(['sollten *', 'sollen *', 'sollte *', 'muessten *', 'soettet *', 'soelled *'], ['weniger lohn', 'weniger verdienen', 'weniger rechte', 'weniger rente', 'weniger geld', 'weniger sozialhilfe', 'tiefere loehne', 'keinen lohn'], GROUP_ONLY, ABOUT_GROUP);
const CANNOT = frames(['koennen nicht', 'koennen kein', 'koennen einfach nicht', 'koennen halt nicht', 'choennd nid', 'choennd noed', 'choennd kei', 'kann nicht', 'kann kein'], ['auto fahren', 'einparken', 'logisch denken', 'autofahre', 'parkiere'], GROUP_ONLY, ABOUT_GROUP);
const VERB_LAST = [
  'kann man nicht integrieren', 'kann man nie integrieren', 'lassen sich nicht integrieren', 'lassen sich nie integrieren', 'nie ein echter',
  'nie eine echte', 'niemals ein echter', 'niemals eine echte', 'sind * schuld an', 'an allen * schuld', 'sollte man boykottieren', 'muss man boykottieren',
  'uns * wegnehmen', 'uns * wegnaehmen', 'uns * wegnehmen wollen', 'eus * wegneh', 'ues * wegneh',
  'nicht arbeiten wollen', 'nie arbeiten wollen', 'nicht arbeiten wollten', 'nicht arbeiten will', 'nid schaffe wend', 'noed schaffe wend',
  'nuet schaffe', 'wend nuet schaffe', 'waend nuet schaffe', 'nicht kompatibel', 'nie kompatibel', 'inkompatibel', 'nicht zu vereinbaren',
  'wo sie hingehoeren', 'wo die hingehoeren', 'wo sie hin gehoeren', 'wo si haeregheered', 'wo si anegheered', 'nuet z tue ha',
  'nuet z tue', 'nuet mit dene z tue', 'nid z tue ha', 'passed * noed zu ues', 'passed * nid zu ues', 'passed * nid zu eus',
  'passe * noed zu ues', 'passed noed zu ues', 'passed nid zu ues', 'passed nid zu eus', 'passe noed zu ues',
];

/** None of a group to be left alive ("Wir dürfen keinen Muslim am Leben lassen"): a call to kill them, with a group named. */
const NONE_ALIVE = frames(['keinen', 'keinen *', 'keine', 'keine *', 'keinen von ihnen', 'keinen einzigen', 'keinen einzigen *', 'niemanden von ihnen'], ['am leben lassen', 'am leben gelassen werden', 'ueberleben lassen'], GROUP_ONLY, { ...ABOUT_GROUP, group: GROUP_VIOLENCE });

export const GROUP_FRAME_ROWS: readonly Row[] = [
  ...NONE_ALIVE,
  ...WITHOUT_GROUP,
  ...REFUSED,
  ...REFUSED_TOGETHER,
  ...RIGHTS_TAKEN,
  ...IDLE,
  ...TROUBLE_ROWS,
  ...REMAINS,
  ...LESS_FOR,
  ...CANNOT,
  ...VERB_LAST.map((term): Row => [term, GROUP_ONLY, ABOUT_GROUP]),
  ...HOUSE_ROWS,
  ...BREEDING,
  ...[...REFUSALS].map((term): Row => [term, GROUP_ONLY, ABOUT_GROUP]),
  ...frames(PREDICATE, DEHUMANISED, GROUP_ONLY, { ...NOUN, group: GROUP_DEHUMANISED }),
  ...frames(['wie', 'wie die', 'wie wilde', 'benehmen sich wie', 'leben wie', 'hausen wie'], ['tiere', 'vieh', 'ratten', 'ungeziefer', 'parasiten', 'affen', 'schweine', 'barbaren', 'bestien'], GROUP_ONLY, { ...ABOUT_GROUP, group: GROUP_DEHUMANISED }),
  ...frames(PREDICATE, ATTRIBUTES, GROUP_ONLY, ADJ),
  ...frames(NEAR, NEAR_ATTRIBUTES.filter((a) => !['normal', 'intelligent', 'wertvoll', 'gleichwertig'].includes(a)), GROUP_ONLY, ADJ),
  ...frames(PREDICATE, NOUNS, GROUP_ONLY, NOUN),
  ...frames(HOLD_FOR, [...NOUNS, 'freak', 'freaks'], GROUP_ONLY, NOUN),
  ...frames(PREDICATE, BURDENS, GROUP_ONLY, NOUN),
  ...frames(NEAR, NEAR_NOUNS, GROUP_ONLY, NOUN),
  ...frames(['alle', 'allesamt', 'alles', 'nur', 'lauter', 'nichts als', 'potenzielle', 'potenzieller', 'geborene', 'geborener'], ['verbrecher', 'kriminelle', 'terrorist', 'vergewaltiger', 'schmarotzer', 'luegner'], GROUP_ONLY, NOUN),
  ...IMPLICIT.map((term): Row => [term, GROUP_ONLY, ABOUT_GROUP]),
  ...EMOTION.map((term): Row => [term, GROUP_ONLY, ABOUT_GROUP]),
  ...DENIED.map((term): Row => [term, GROUP_ONLY, ABOUT_GROUP]),
  ...frames(COPULAS, DENIED_NEAR, GROUP_ONLY, ABOUT_GROUP),
  ...frames(PREDICATE, LAST, GROUP_ONLY, ABOUT_GROUP),
  ...DENIED_WORTH.map((term): Row => [term, GROUP_ONLY, ABOUT_GROUP]),
  ...RID_OF.map((term): Row => [term, GROUP_ONLY, ABOUT_GROUP]),
  ...BEAST_RANK,
  // The verb last in a "dass" clause ("Ich finde, dass trans Menschen krank sind", "Ist doch klar, dass … Ratten sind").
  ...[...ATTRIBUTES, 'krank', 'gefaehrlich', 'schmutzig', 'minderwertig', 'widerlich', 'ekelhaft', 'abartig', 'pervers'].map((a): Row => [`dass * ${a} sind`, GROUP_ONLY, ADJ]),
  // … and in any other clause with the verb last ("solange Frauen weniger belastbar sind", "weil Eritreer halt kriminell
  // seien", "…, denn diese Afrikaner sind sowieso nur kriminell"): the attribute right before the verb.
  ...ATTRIBUTES.flatMap((a): Row[] => [[`${a} sind`, GROUP_ONLY, ABOUT_GROUP], [`${a} seien`, GROUP_ONLY, ABOUT_GROUP], [`${a} waeren`, GROUP_ONLY, ABOUT_GROUP]]),
  ...NOUNS.map((n): Row => [`dass * ${n} sind`, GROUP_ONLY, NOUN]),
];

/**
 * Copulas whose subject may be "es"/"das" rather than a group ("Es ist kriminell, wie … behandelt werden"), and verbs
 * whose object may be "es" ("Ich hasse es, wenn Muslime beleidigt werden", "Ich mag es nicht, wenn …").
 */
export const FRAME_COPULAS: ReadonlySet<string> = new Set([...COPULAS, 'hasse', 'hassen', 'mag', 'verachte', 'verabscheue', 'kann']);
/** Subjects that are no group: a frame right after them, or with them right after its verb, says nothing about one. */
export const NON_GROUP_SUBJECTS: ReadonlySet<string> = new Set(['es', 'das', 'dies', 'was', 'wie', 'des']);

/** Homonyms of insults and slurs: "Asien" is "asi" + "en"; the Kanak people of New Caledonia. */
export const GROUP_FRAME_ALLOW: readonly string[] = [
  // The claim denied ("Frauen gehören nicht in die Küche, sondern …"), not a group sent away.
  'gehoeren nicht in die kueche', 'gehoert nicht in die kueche', 'gehoeren nicht an den herd', 'gehoert nicht an den herd',
  // Camps and cages denied ("Flüchtlinge gehören nicht in Lager, sondern in Wohnungen"): the writer objects to the camp.
  ...['gehoeren nicht', 'gehoert nicht'].flatMap((g) => ['in lager', 'ins lager', 'in ein lager', 'in kaefige', 'in einen kaefig', 'ins gefaengnis', 'in heime', 'ins heim', 'in den zoo'].map((place) => `${g} ${place}`)),
  // A family name ("Herr Neger", "Familie Neger"), and a slur named as a word ("Schwuchtel ist ein Schimpfwort").
  'herr neger', 'herrn neger', 'frau neger', 'familie neger',
  ...['schwuchtel', 'neger', 'zigeuner', 'kanake', 'kanaken', 'tunte', 'kuemmeltuerke', 'judensau', 'schwule sau', 'mohr', 'spast', 'spasti', 'mongo',
    'krueppel', 'behindi', 'schlampe', 'hurensohn', 'bastard', 'fotze', 'missgeburt', 'tussi', 'kanacke'].flatMap((slur) =>
    ['ist ein schimpfwort', 'ist ** schimpfwort', 'ist ** beleidigung', 'ist ein wort', 'ist ein rassistisches wort', 'ist ein beleidigendes wort',
      'ist eine beleidigung', 'ist kein wort', 'sagt man nicht', 'ist ein * wort'].map((is) => `${slur} ${is}`),
  ),
  // Someone else's contempt named ("Deine offensichtliche Verachtung für Frauen muss aufhören").
  ...['deine', 'eure', 'seine', 'ihre', 'diese', 'die offene', 'die offensichtliche', 'deine offene', 'deine offensichtliche', 'eure offene', 'seine offene'].map((p) => `${p} verachtung fuer`),
  // Tired of a fact, said in the clause after ("Ich bin es leid, dass Frauen immer noch weniger verdienen"): the clause
  // carries its own frames. Not "… zu hören, dass …": tired of hearing praise ("…, dass schwarze Leben wichtig sind") is
  // GAHD's hate, tired of hearing slurs counter-speech, and the words do not tell them apart.
  ...['', 'so ', 'echt ', 'wirklich ', 'langsam ', 'so was von '].flatMap((a) => [`bin es ${a}leid`, `habe es ${a}satt`, `hab es ${a}satt`].flatMap((f) => ['dass', 'wie', 'wenn'].map((c) => `${f} ${c}`))),
  // Refusing to accept a fact about a group, not the group ("Ich werde nie akzeptieren, dass Muslime beleidigt werden").
  ...NEVER.flatMap((n) => ['akzeptieren', 'tolerieren', 'dulden', 'zulassen', 'hinnehmen', 'respektieren'].flatMap((v) => ['dass', 'wenn', 'wie', 'dass man', 'dass hier'].map((c) => `${n} ${v} ${c}`))),
  // "schwarz" of colour and of idioms, not people ("schwarze Zahlen schreiben", "die schwarzen Schafe", "schwarzer Humor").
  ...['zahlen', 'schafe', 'schaf', 'liste', 'peter', 'humor', 'loch', 'brett', 'markt', 'kasse', 'tag', 'serie', 'null', 'wolken', 'katze', 'gold', 'tee', 'kaffee', 'pfeffer', 'witz', 'witze', 'magie', 'box', 'block']
    .flatMap((noun) => ['schwarze', 'schwarzen', 'schwarzer', 'schwarzes'].map((adj) => `${adj} ${noun}`)),
  // A subset defined by crime, not the group ("Kriminelle Ausländer sollen ausgeschafft werden", the 2010 initiative's
  // words): sending them away is a policy. Slurs and vermin words beside it keep their own weight.
  ...['kriminelle', 'kriminellen', 'krimineller', 'straffaellige', 'straffaelligen', 'straffaelliger', 'verurteilte', 'verurteilten']
    .flatMap((k) => ['auslaender', 'auslaendern', 'asylbewerber', 'asylbewerbern', 'asylsuchende', 'asylsuchenden', 'migranten', 'fluechtlinge', 'fluechtlingen'].map((g) => `${k} ${g}`)),
  'asien', 'asiens', 'in asien', 'kanaken in neukaledonien', 'kanaken neukaledoniens', 'kanaken von neukaledonien', 'volk der kanaken',
];

/**
 * More names for groups (identity rows: no weight, they mark the sentence as about a group): singular forms after
 * an article or "jede(r)", spelt-apart and adjective forms, groups the older list lacks.
 */
export const GROUP_NAME_ROWS: readonly Row[] = [
  ...[
    'eine frau', 'einer frau', 'jede frau', 'keine frau', 'ein jude', 'einen juden', 'einem juden', 'ein schwuler', 'einen schwulen',
    'einem schwulen', 'ein muslim', 'einen muslim', 'einem muslim', 'eine muslimin', 'ein auslaender', 'einen auslaender', 'jeder auslaender',
    'ein schwarzer', 'einen schwarzen', 'ein fluechtling', 'einen fluechtling', 'jeder fluechtling', 'ein migrant', 'einen migranten',
    'transperson', 'transpersonen', 'trans personen', 'trans person', 'trans menschen', 'trans frauen', 'trans frau', 'trans maenner',
    'transmaenner', 'transgender', 'menschen mit behinderung', 'menschen mit behinderungen', 'rollstuhlfahrer', 'tamilen', 'afghanen',
    'somalier', 'nigerianer', 'marokkaner', 'tunesier', 'algerier', 'nordafrikanern', 'juedinnen', 'musliminnen', 'schwarzen', 'queers',
    'homos', 'heteros', 'bisexuelle', 'intersexuelle', 'asylbewerbern', 'auslaendern', 'fluechtlingen', 'gefluechteten', 'zugewanderte',
    'zugewanderten', 'sans papiers', 'papierlose', 'kopftuchtraegerin', 'kopftuchtraegerinnen', 'kopftuchfrauen', 'kopftuchmaedchen', 'auslander', 'fluchtling', 'fluchtlinge', 'turken', 'judin',
    // Religions, origins and gender identities the lists above lacked (the lexicon missed "Ich hoffe, dass
    // Transsexuelle … ausgeschlossen werden" as being about a group).
    'transsexuelle', 'transsexuellen', 'transsexueller', 'buddhisten', 'sikhs', 'aleviten', 'jesiden', 'jenischen', 'fahrende', 'fahrenden',
    'asiaten', 'asiatinnen', 'chinesen', 'chinesinnen', 'inder', 'pakistaner', 'vietnamesen', 'philippiner', 'filipinos', 'thailaender', 'japaner',
    'koreaner', 'latinos', 'mexikaner', 'brasilianer', 'rumaenen', 'portugiesen', 'italiener', 'kroaten', 'bosnier',
  ].map((term): Row => [term, {}, { ...DE, inflect: false }]),
  ...['schwul', 'lesbisch', 'homosexuell', 'queer', 'bisexuell', 'muslimisch', 'juedisch', 'behindert', 'gehoerlos'].map(
    (term): Row => [term, {}, { ...DE, inflect: ['e', 'en', 'er', 'es', 'em'] }],
  ),
  // Only the inflected forms ("die Blinden", "blinde Menschen"): bare "blind" is mostly said of a referee or a bias.
  ...['blinde', 'blinden', 'blinder', 'blindes', 'blindem'].map((term): Row => [term, {}, { ...DE, inflect: false }]),
];
