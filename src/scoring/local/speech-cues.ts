/**
 * Sentence cues read once per comment: counter-speech, shame, call-outs and fiction (one matcher, {@link CUES}), and
 * reported speech (verbs of saying and whom they report: "X nannte Y einen Idioten", "Wer so etwas schreibt, …", but
 * not the writer's own verdict or a name called to the reader after it), with the sentences that address the reader.
 */
import type { Language } from '../../domain';
import { compileTerms, type AllowedRange } from './term-matcher';
import { CONDEMNING, whoeverSaysThis } from './speech-context';
import type { NormalizedText, Token } from './text-normalizer';
import { WordBytes, WordSet } from './word-table';
import { ADDRESS, wordBefore, clauseBreak, clauseEndFrom, concessiveBefore, sentenceStart, sentenceEnd, startsUpper, COPULAS_DE } from './clause-helpers';
import { SPEECH_NOUNS } from './group-mentions';
import { FARM, KITCHEN } from './things-and-animals';

/** German verbs of portraying someone as something ("als minderwertig hinstellen"): reporting cues and verbs of naming both. */
const PORTRAYING_DE: readonly string[] = ['hinstellt', 'hinstellen', 'hinstellte', 'darstellt', 'abstempelt', 'abstempeln'];

const REPORTING = new WordSet(new Set([
  'nannte', 'nennt', 'nannten', 'bezeichnete', 'bezeichnet', 'bezeichneten', 'bezeichnen', 'beschimpfte', 'beschimpft', 'beschimpfen',
  'schimpfte', 'sagte', 'twitterte', 'schrieb', 'zitiert', 'zitierte', 'verunglimpft', 'verunglimpfen', 'betitelt', 'betiteln', 'skandierten',
  'skandiert', 'drohte', 'drohten', 'droht', 'gedroht', 'angedroht', 'drohung', 'gesagt', 'schreibt', 'schrieb', 'geschrieben', 'behauptet',
  'behaupten', 'behauptete',
  // "Wer Frauen als minderwertig hinstellt, …": portraying as, a naming too
  ...PORTRAYING_DE,
  // "Wer sagt, dass Frauen dumm sind, hat keine Ahnung": only right after "wer" ({@link cueSentences}); "Jeder sagt es:
  // Ausländer sind Abschaum" agrees, "Er sagt immer, was er denkt, der Idiot" calls him so.
  'sagt',
  // the reader's calling names, told back ("Du nennst Flüchtlinge …"); not "nennen"/"genannt", which the writer's own
  // wish and the victim's report share ("…, sie eine Schlampe zu nennen", "Warum werde ich … genannt")
  'nennst', 'nanntest', 'bezeichnest', 'beschimpfst',
  // German reported speech in the subjunctive ("…, dass Roma dreckig seien").
  'seien',
  'called', 'calls', 'calling', 'named', 'said', 'says', 'wrote', 'tweeted', 'labelled',
  'labeled', 'labelling', 'chanted', 'threatened', 'traite', 'traitait', 'traiter', 'traitent', 'qualifie', 'qualifier', 'appele', 'menace',
  'menaces', 'menacait', 'ecrivent', 'ecrit', 'threatening', 'threatens', 'threat',
  'chiamato', 'chiamava', 'chiamare', 'definito', 'definire', 'insultato', 'minacciato', 'minacciava', 'minaccia', 'scrivono', 'scritto',
  // German "jemanden für … halten" (see HOLDS_DE).
  'haelt', 'hielt', 'halten', 'hielten',
  // The infinitive of calling names ("d'appeler les gens des …", "You can't call refugees …"); English "call" only after
  // a negation or "to" ({@link CALL_INFINITIVE}): "I call them what they are" is the writer's own.
  'appeler', 'call',
  // French and Italian verbs of saying in the third person ("Le conseiller a dit que …", "ha detto che …"); not after
  // a first-person auxiliary ({@link FIRST_PERSON_AUX}: "je l'ai dit", "l'ho detto" is the writer's own claim).
  'dit', 'disait', 'affirme', 'affirmait', 'declare', 'detto', 'dice', 'dicono', 'diceva', 'afferma', 'dichiarato', 'sostiene', 'sostengono',
  // Threatening and treating as an act named ("Menacer de tuer …, c'est la prison", "un politico che tratta i migranti come …").
  'menacer', 'minacciare', 'tratta', 'trattano', 'trattare', 'treats', 'treating',
  // Words sprayed on a wall ("Someone sprayed 'Hang the traitors' on the fence"). Not "saying": "Just saying." and
  // "Where is the mistake in saying that …" make the writer's own claim.
  'sprayed', 'gesprayt', 'gespruht', 'gesprueht', 'tague', 'tagge',
  // Someone's comparison told ("the comment comparing Black people to apes"). Not German "verglich": one GermEval
  // development tweet worse.
  'comparing', 'compared', 'compares',
]));
/** Talk about language itself ("so etwas sagt man nicht", "stop calling …"): the insult is mentioned, not used. */
const COUNTER_CUES: readonly string[] = [
    'nicht ok', 'nicht okay', 'nicht in ordnung', 'inakzeptabel', 'unakzeptabel', 'geht gar nicht', 'sollte man nicht', 'darf man nicht',
    'sagt man nicht', 'beleidigend', 'beleidigung', 'unacceptable', 'not ok', 'not okay', 'stop calling', 'stop saying', 'shouldn t',
    'should not', 'offensive', 'hurtful', 'inacceptable', 'pas acceptable', 'blessant', 'insultant', 'inaccettabile', 'offensivo',
    'offensiva', 'nichts verstanden', 'menschenverachtend', 'entmenschlich', 'gewaltaufruf', 'aufruf zur gewalt', 'aufrufe zur gewalt',
    'hassrede', 'hasskommentar', 'volksverhetzung', 'strafbar', 'dehumanizing', 'dehumanising', 'hate speech', 'incitement',
    'deshumanisant', 'discours de haine', 'appel au meurtre', 'appels au meurtre', 'disumanizzante', 'discorso d odio', 'incitamento',
    // Asking for the writer of a threat to be reported or ashamed: "Wer schreibt, … gehört angezeigt."
    'gehoert angezeigt', 'gehoeren angezeigt', 'sollte man anzeigen', 'anzeige erstatten', 'ghoert azeigt', 'porter plainte',
    'should be reported', 'essere denunciato', 'essere denunciati', 'va denunciato',
    // German: rejecting a claim about a group, reporting it, naming it as a prejudice.
    // (Words that also come with real threats, "anzeigen", "bekämpfen", "Rassismus", are left out.)
    'stimmt nicht', 'stimmt einfach nicht', 'eine luege', 'ist gelogen',
    // a claim about a group called false or nonsense ("Es ist falsch zu sagen, dass …", "Es ist Unsinn, dass …"): not
    // "Das ist Unsinn" alone, which goes with a name called to the reader as often ("Das ist Unsinn, du Idiot")
    'falsch zu sagen', 'falsch zu behaupten', 'unsinn zu behaupten', 'unsinn zu sagen', 'ist unsinn dass', 'ist falsch dass',
    'ist quatsch dass', 'ist bloedsinn dass', 'ist schwachsinn dass', 'ist gelogen dass', 'nicht wahr dass',
    // the claim doubted ("Glauben Sie wirklich, dass Einwanderer keine guten Menschen sein können?")
    'glauben sie wirklich dass', 'glaubst du wirklich dass', 'glaubt ihr wirklich dass', 'glaubt wirklich jemand dass', 'glaubt jemand wirklich dass',
    'vorurteil', 'vorurteile', 'klischee', 'klischees',
    'verschwoerungsmythen', 'verschwoerungsmythos', 'verschwoerungstheorie', 'verschwoerungstheorien', 'angezeigt', 'gemeldet',
    'widersprochen', 'widerspreche', 'homophob', 'transfeindlich', 'antisemitisch', 'frauenfeindlich', 'beschaemend',
    // A slur reclaimed by those it names ("Der Rapper nennt sich selbst stolz Kanake und holt sich das Wort zurück").
    'nennt sich selbst', 'nennen sich selbst', 'bezeichnet sich selbst', 'bezeichnen sich selbst', 'selbstbezeichnung', 'eigenbezeichnung',
    'wort zurueck', 'begriff zurueck', 'zurueckerobert', 'zurueckerobern', 'zurueckgeholt',
    // French, Italian and English: a claim about a group named as racism or a myth, or the reader told to stop making it.
    'c est du racisme', 'c est raciste', 'du racisme pur', 'mythe antisemite', 'vieux mythe', 'arrete de pretendre', 'arretez de pretendre', 'tu montres ton ignorance', 'e puro razzismo', 'e razzismo', 'mito antisemita', 'vecchio mito', 'smettila di dire', 'smettetela di dire',
    'vive nel medioevo', 'est un mythe', 'e un mito', 'is a myth', 'is just a myth', 'is pure racism', 'is racism', 'is racist', 'antisemitic myth', 'old myth', 'stop claiming', 'you re living in the past', 'living in the past',
];
/**
 * Telling someone to be ashamed: counter-speech when said of whoever spoke ("Wer so etwas schreibt, sollte sich
 * schämen", "Ceux qui écrivent ça devraient avoir honte"), but a reproach that goes with the insult when said to or
 * of the person insulted ("Espèce de raclure, tu devrais avoir honte", "… est un escroc, il devrait avoir honte"):
 * see {@link SHAME_SUBJECTS}.
 */
const SHAME_CUES: readonly string[] = [
  'sollten sich schaemen', 'sollte sich schaemen', 'avoir honte', 'devraient avoir honte', 'devrait avoir honte', 'should be ashamed',
  'dovrebbero vergognarsi', 'dovrebbe vergognarsi',
];
/**
 * Personal pronouns as the subject of a shame cue (up to {@link SHAME_SUBJECT_WINDOW} words before it): the person
 * addressed or just named, not someone described by what they said ("ceux qui …", "wer …", "chi …").
 */
const SHAME_SUBJECTS = new Set(['tu', 't', 'vous', 'il', 'elle', 'ils', 'elles', 'you', 'he', 'she', 'they', 'du', 'ihr', 'er', 'lui', 'voi']);
const SHAME_SUBJECT_WINDOW = 3;

/**
 * Games, films and the pitch: killing there is play ("In dem Spiel muss man alle Zombies erschiessen", "on va les tuer
 * ce soir au stade", "stasera li ammazziamo sul campo").
 */
const FICTION_CUES: readonly string[] = [
  'zombie', 'zombies', 'monster', 'monstres', 'mostri', 'videospiel', 'computerspiel', 'im spiel', 'in dem spiel', 'in diesem spiel', 'im game',
  'videogame', 'video game', 'in the game', 'in this game', 'dans ce jeu', 'dans le jeu', 'jeu video', 'nel gioco', 'in questo gioco', 'videogioco',
  'im film', 'in dem film', 'im krimi', 'im roman', 'in the movie', 'in the film', 'in the book', 'dans le film', 'dans le roman', 'nel film',
  'nel romanzo', 'fortnite', 'minecraft', 'call of duty',
];
/**
 * The pitch and the stadium: killing there is play too, unless the threat is aimed at the reader ("Domenica allo
 * stadio ti aspetto fuori e ti faccio a pezzi", "I schlah dr dä Grind ii, wenn i di im Stadion gseh"; context-rules.ts).
 */
const SPORT_CUES: readonly string[] = [
  'auf dem platz', 'uf em platz', 'im stadion', 'au stade', 'sur le terrain', 'on the pitch', 'on the field', 'on the court', 'sul campo',
  'allo stadio', 'in campo',
];
/** Whether a shame cue starting at token `k` has a personal pronoun for subject ("tu devrais avoir honte"). */
export function shameAtPerson(tokens: readonly Token[], k: number): boolean {
  return wordBefore(tokens, k, SHAME_SUBJECTS, SHAME_SUBJECT_WINDOW);
}

/**
 * Calling out bigotry ("rassistisch", "racist"): counter-speech when it describes what someone said, but part of
 * the insult when aimed at the reader ("du rassistisches Arschloch"), so it only counts without 2nd-person address.
 */
const CALL_OUT_CUES: readonly string[] = ['rassistisch', 'sexistisch', 'racist', 'sexist', 'bigoted', 'hateful', 'raciste', 'sexiste', 'razzista', 'sessista'];
/**
 * Call-out nouns read without inflection: the noun "Hetze" names what someone said ("Das ist Hetze gegen Muslime"),
 * but the verb "hetzen" is what the writer accuses others of while calling them names ("Die Lügenpresse und Merkels
 * Vasallen hetzen weiter gegen Trump", found among the GermEval training tweets the scorer damped).
 */
const CALL_OUT_NOUNS: readonly string[] = ['hetze'];

/** Both cue lists in one matcher: one pass over the comment instead of two. */
export const CUES = compileTerms<'counter' | 'shame' | 'callOut' | 'fiction' | 'sport'>([
  ...COUNTER_CUES.map((term) => ({ term, data: 'counter' as const })),
  ...SHAME_CUES.map((term) => ({ term, data: 'shame' as const })),
  ...FICTION_CUES.map((term) => ({ term, data: 'fiction' as const, inflect: false })),
  ...SPORT_CUES.map((term) => ({ term, data: 'sport' as const, inflect: false })),
  ...CALL_OUT_CUES.map((term) => ({ term, data: 'callOut' as const })),
  ...CALL_OUT_NOUNS.map((term) => ({ term, data: 'callOut' as const, inflect: false })),
]);

/**
 * "Whoever wrote this is an idiot", "chi ha scritto", "il giornalista che ha scritto questo articolo": the writer is
 * the target, not a speaker being reported ("che ha scritto che …" stays reported: a "that" follows the verb).
 */
const RELATIVE: ReadonlySet<string> = new Set(['whoever', 'who', 'qui', 'chi', 'che']);
/** Auxiliaries between a relative pronoun and a verb of saying: "le génie qui a écrit ça", "the genius who has written this". */
const COPULAS_EN: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);
const RELATIVE_AUX: ReadonlySet<string> = new Set(['a', 'ont', 'avait', 'avaient', 'has', 'have', 'had', 'ha', 'hanno', 'aveva']);
const GIVE: ReadonlySet<string> = new Set(['dare', 'dargli', 'darle', 'dandogli', 'dandole', 'dando', 'diede', 'diedero', 'dava', 'davano', 'dato', 'dati', 'datogli']);
const CALLED_AS: ReadonlySet<string> = new Set(['del', 'dell', 'della']);
/** Infinitives and gerunds of saying that open a sentence ("Dire che …", "Affirmer que …", "Saying that …"). */
const SAYING = new WordSet(new Set(['dire', 'affermare', 'sostenere', 'scrivere', 'affirmer', 'pretendre', 'ecrire', 'saying', 'claiming', 'writing']));
const THAT: ReadonlySet<string> = new Set(['che', 'que', 'qu', 'that']);
const WRITTEN: ReadonlySet<string> = new Set(['ecrit', 'ecrite', 'ecrits', 'scritto', 'scritta', 'scritti', 'written']);
/**
 * After a participle of writing: its agent ("écrit par un débile", "scritto da un ignorante") or how it was written
 * ("écrit avec les pieds", "scritto coi piedi", "written like a child"): the writer is described, not quoted.
 */
const AGENT_AFTER: ReadonlySet<string> = new Set(['par', 'da', 'dal', 'dalla', 'dai', 'by', 'avec', 'comme', 'con', 'coi', 'col', 'come', 'with', 'like']);

/** Verbs of calling someone names, which are also verbs of phoning and shouting ("when the lobby calls"). */
const CALLING: ReadonlySet<string> = new Set(['called', 'calls', 'calling', 'chiama', 'chiamava', 'appele', 'call', 'appeler']);
/** Words before an English "call" that make it an infinitive or imperative ("can't call", "don't call", "to call", "never call"). */
const CALL_INFINITIVE: ReadonlySet<string> = new Set(['t', 'not', 'to', 'never', 'cannot', 'stop']);
/** French and Italian verbs of saying that report only what follows them (see {@link cueSentences}). */
const SAYS_THIRD: ReadonlySet<string> = new Set(['dit', 'disait', 'affirme', 'affirmait', 'declare', 'detto', 'dice', 'dicono', 'diceva', 'afferma', 'dichiarato', 'sostiene', 'sostengono']);
/** First-person auxiliaries before a verb of saying: the writer says it ("je l'ai dit", "l'ho detto", "nous avons dit"). */
const FIRST_PERSON_AUX: ReadonlySet<string> = new Set(['ai', 'avons', 'ho', 'abbiamo']);
/**
 * Verbs that report only their own clause (see {@link cueSentences}): the infinitive of calling names and of
 * threatening, and treating someone as something ("… that treats women like human garbage, …").
 */
const CALL_INFINITIVES: ReadonlySet<string> = new Set(['call', 'appeler', 'menacer', 'minacciare', 'tratta', 'trattano', 'trattare', 'treats', 'treating']);

const NO_RANGES: readonly AllowedRange[] = [];

/** The word sets {@link cueSentences} asks about every token, as bits: one cached read per token instead of seven. */
/** The nouns of a threat among the reporting cues, and the promise that makes one the writer's ({@link promiseNear}). */
const THREAT_NOUNS: ReadonlySet<string> = new Set(['drohung', 'menace', 'minaccia', 'threat']);
const PROMISES: ReadonlySet<string> = new Set(['versprechen', 'verspreche', 'promesse', 'promessa', 'promise']);
/** How far from the threat noun its promise may stand ("…, keine Drohung, sondern ein Versprechen"). */
const PROMISE_WINDOW = 7;

function promiseNear(tokens: readonly Token[], k: number): boolean {
  // Either order: "keine Drohung, sondern ein Versprechen", "Das ist ein Versprechen, keine Drohung".
  for (let j = Math.max(0, k - PROMISE_WINDOW); j < tokens.length && j <= k + PROMISE_WINDOW; j++) if (PROMISES.has((tokens[j] as Token).norm)) return true;
  return false;
}

const CUE_ADDRESS = 1;
const CUE_REPORTING = 2;
const CUE_SAYING = 4;
const CUE_GIVE = 8;
const CUE_SPEECH = 16;
const CUE_FARM = 32;
const CUE_KITCHEN = 64;
/** Set on every cached answer, as 0 means "not yet known" to {@link WordBytes}. */
const CUE_KNOWN = 128;
const CUE_BITS = new WordBytes();

function cueBitsOf(token: Token): number {
  const known = CUE_BITS.get(token.id);
  if (known !== 0) return known;
  let bits = CUE_KNOWN;
  if (ADDRESS.has(token)) bits |= CUE_ADDRESS;
  if (REPORTING.has(token)) bits |= CUE_REPORTING;
  if (SAYING.has(token)) bits |= CUE_SAYING;
  if (GIVE.has(token.norm)) bits |= CUE_GIVE;
  if (SPEECH_NOUNS.has(token)) bits |= CUE_SPEECH;
  if (FARM.has(token)) bits |= CUE_FARM;
  if (KITCHEN.has(token)) bits |= CUE_KITCHEN;
  CUE_BITS.set(token.id, bits);
  return bits;
}

/**
 * Sentences that address the reader and sentences that report speech; one pass per comment, not one per hit.
 * `reportingClauses`: German clauses about whoever says something ("Wer so etwas schreibt, …"), where the verb
 * reports only within its clause ("Wer andere als Idioten beschimpft, …"), not in the main clause after it.
 */
export function cueSentences(text: NormalizedText, language: Language): { address: Set<number>; reporting: Set<number>; speech: Set<number>; farm: Set<number>; kitchen: Set<number>; reportingClauses: readonly AllowedRange[] } {
  const tokens = text.tokens;
  let reportingClauses: AllowedRange[] | undefined;
  const address = new Set<number>();
  const farm = new Set<number>();
  const kitchen = new Set<number>();
  const reporting = new Set<number>();
  const speech = new Set<number>();
  // Sentences whose speaker is named before a verb of saying ({@link namedSpeaker}): reported only after the verb.
  const spoken = new Set<number>();
  // French "du" is "of the", not the German "du".
  const french = language === 'fr';
  const german = language === 'de' || language === 'other';
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const cues = cueBitsOf(token);
    if (cues === CUE_KNOWN) continue;
    if ((cues & CUE_ADDRESS) !== 0 && !(french && token.norm === 'du')) address.add(token.sentence);
    if ((cues & CUE_REPORTING) !== 0) {
      // "un article écrit par un débile", "scritto da un ignorante", "écrit avec les pieds": the writer is named, not quoted.
      const byAgent = WRITTEN.has(token.norm) && AGENT_AFTER.has(tokens[k + 1]?.norm ?? '');
      // "so-called leaders": a sneer, not reported speech.
      const soCalled = (token.norm === 'called' && tokens[k - 1]?.norm === 'so') || (token.norm === 'call' && !CALL_INFINITIVE.has(tokens[k - 1]?.norm ?? '')) || (SAYS_THIRD.has(token.norm) && (FIRST_PERSON_AUX.has(tokens[k - 1]?.norm ?? '') || FIRST_PERSON_AUX.has(tokens[k - 2]?.norm ?? '')));
      // "le génie qui a écrit ce titre", "whoever wrote this": the writer is described, not quoted.
      // Not "le journaliste qui a écrit que Berset est un clown": what follows "que"/"that" is reported.
      // "Whoever wrote that is stupid": "that" right before a copula is the verb's object, not a clause opener.
      // "What idiot said that?": "that" at the end of its clause is the object too.
      const thatEnds = tokens[k + 1]?.norm === 'that' && (k + 2 >= tokens.length || (tokens[k + 2] as Token).sentence !== (tokens[k + 1] as Token).sentence || clauseBreak(text, k + 1, k + 2));
      const thatClause = THAT.has(tokens[k + 1]?.norm ?? '') && !(tokens[k + 1]?.norm === 'that' && COPULAS_EN.has(tokens[k + 2]?.norm ?? '')) && !thatEnds;
      const relative = german === false && !thatClause && (RELATIVE.has(tokens[k - 1]?.norm ?? '') || (RELATIVE_AUX.has(tokens[k - 1]?.norm ?? '') && RELATIVE.has(tokens[k - 2]?.norm ?? '')) || askedWriter(text, k));
      // "relis ce que tu as écrit", "rileggi quello che hai scritto", "read what you wrote": the words are the object,
      // named and not quoted; nothing after the verb is reported.
      const object = german === false && whatWasSaid(tokens, k);
      // "Ich würde die Grünen als Geschwür bezeichnen", "kann man getrost als Gehirnfurz bezeichnen": the writer's own verdict.
      // "Diese Politiker haben es verdient, als Landesverräter beschimpft zu werden", "Solche Typen gehören als Vollidioten
      // bezeichnet": a passive of naming that the writer wishes on them names them so in the writer's words.
      const own = german && (ownJudgement(text, k) || wishedNaming(text, k));
      // "Ehrlich gesagt, …", "Offen gesagt …", "Wie gesagt …": an aside that opens the writer's own words.
      const aside = german && ASIDE_PARTICIPLES.has(token.norm) && ASIDE_ADVERBS.has(tokens[k - 1]?.norm ?? '') && (tokens[k - 1] as Token).sentence === token.sentence;
      // "… folding the minute the lobby calls.": calling someone names needs someone after the verb; at the end of its
      // clause the verb is a phone call or a shout, and what came before is the writer's.
      const ring = CALLING.has(token.norm) && (k + 1 >= tokens.length || (tokens[k + 1] as Token).sentence !== token.sentence || clauseBreak(text, k, k + 1));
      // "…, diesen Artikel geschrieben zu haben": having written something is an act, its object named before it.
      // "Tu vas regretter d'avoir écrit ça", "Te ne pentirai di aver scritto questo": the perfect infinitive too, with
      // "this" for its object ("… pour avoir dit que vous vouliez …", "d'avoir traité X d'idiot" report what was said).
      // "Du wirst noch bereuen, dass du das geschrieben hast": the reader's own act, named with the reader's auxiliary.
      const act = (german && tokens[k + 1]?.norm === 'zu' && tokens[k + 2]?.norm === 'haben') || (german && PARTICIPLES_DE.has(token.norm) && READER_AUX_DE.has(tokens[k + 1]?.norm ?? '')) || (!german && PERFECT_INFINITIVES.has(tokens[k - 1]?.norm ?? '') && NAMED_AS_THIS.has(tokens[k + 1]?.norm ?? ''));
      // "Kim Jong Un hält Trump für einen Schwätzer", "Die Partei hält uns für dumm": only what follows "für" is someone else's
      // judgement; the writer's own ("Ich halte ihn für einen Idioten") and the verb without "für" report nothing.
      // "…, Trump für ein Arschloch zu halten": an infinitive with "zu" has no one else for subject.
      const holds = german && HOLDS_DE.has(token.norm);
      if (holds) {
        const judged = heldFor(text, k);
        if (judged !== undefined) (reportingClauses ??= []).push(judged);
      }
      // "Ich bring dich um, das ist keine Drohung, das ist ein Versprechen", "non è una minaccia, è una promessa", "that's
      // not a threat, it's a promise": the writer's own threat, sworn to, not a threat reported.
      const sworn = THREAT_NOUNS.has(token.norm) && promiseNear(tokens, k);
      const saysNotWho = token.norm === 'sagt' && tokens[k - 1]?.norm !== 'wer';
      // "Muslime sind nicht friedlich, egal was sie behaupten": whatever they say, the sentence is the writer's claim.
      const whatever = german && concessiveBefore(tokens, k);
      // "…, seien wir ehrlich": the hortative of "sein", not the subjunctive of a report.
      const hortative = token.norm === 'seien' && tokens[k + 1]?.norm === 'wir';
      // A later cue of the same report ("…, die Bauern seien schuld") is inside the range already reported.
      if (!saysNotWho && !whatever && !hortative && !byAgent && !soCalled && !relative && !object && !own && !aside && !act && !ring && !holds && !sworn && !spoken.has(token.sentence)) {
        // "Wer das geschrieben hat, ist ein Vollidiot", "Der Journalist, der diesen Artikel geschrieben hat, ist …": German
        // puts the verb last in the relative clause; only that clause is someone else's ("Wer Juden als Ungeziefer
        // bezeichnet, …"), the main clause after it is the writer's.
        const described = german ? describedWriterDe(text, k) : -1;
        const whoever = described >= 0 ? described : german ? whoeverSaysThis(text, k) : -1;
        // "Wenn Fettbacke behauptet, …", "Der Vollpfosten sagt …": the speaker is called names; what they say is reported.
        const speaker = whoever < 0 && german && namedSpeaker(text, k);
        if (whoever >= 0) (reportingClauses ??= []).push({ tokenStart: whoever, tokenEnd: k + 1 });
        else if (speaker) {
          (reportingClauses ??= []).push({ tokenStart: k, tokenEnd: sentenceEnd(tokens, k) });
          spoken.add(token.sentence);
        }
        else if (german && NAMING_DE.has(token.norm) && nameAfterAls(text, k) !== undefined) {
          // "… und beschimpfen unsere Weicheier als Nazis", "Juden werden als Schweine bezeichnet": only the name after "als"
          // is someone else's word; the rest of the sentence, the one named included, is the writer's.
          (reportingClauses ??= []).push(nameAfterAls(text, k) as AllowedRange);
          spoken.add(token.sentence);
        }
        else if (german && SAYING_DE.has(token.norm) && clauseStart(text, k) < k && (!PARTICIPLES_DE.has(token.norm) || auxiliaryIn(tokens, clauseStart(text, k), k))) {
          // "Hat dem Depperten … jemand gesagt, dass …", "Der Schwachkopf vom Steueramt schrieb mir …": words before a verb
          // of saying in its own clause name the speaker or the one spoken to, and are the writer's; what follows the
          // verb, and a clause put before it ("Ein Idiot sei er, sagte sie"), is reported.
          const own = clauseStart(text, k);
          const first = sentenceStart(tokens, k);
          if (own > first) (reportingClauses ??= []).push({ tokenStart: first, tokenEnd: own });
          (reportingClauses ??= []).push({ tokenStart: k, tokenEnd: sentenceEnd(tokens, k) });
          spoken.add(token.sentence);
        }
        else if (SAYS_THIRD.has(token.norm)) {
          // "Un type qui …, il me dit que …": what comes before the verb is the writer's, what follows it in its clause
          // is reported ("il dit « changeons de sujet », negro t'es plus …": not what the writer adds after the comma).
          (reportingClauses ??= []).push({ tokenStart: k, tokenEnd: clauseEndFrom(text, k + 2, token.sentence) });
        }
        else if (CALL_INFINITIVES.has(token.norm)) {
          // "You can't call refugees vermin, …", "Il faut arrêter d'appeler les gens des …": the names are this clause's
          // object; a name called to the reader after it ("Don't call me again, idiot") and what came before are not.
          (reportingClauses ??= []).push({ tokenStart: k, tokenEnd: clauseEndFrom(text, k + 1, token.sentence) });
        }
        else if (german && tokens[k - 1]?.norm === 'zu' && (tokens[k - 1] as Token).sentence === token.sentence) {
          // "…, um die AFD zu verunglimpfen", "…, Frauen als Schlampen zu bezeichnen": the infinitive with "zu" names an act
          // whose object stands in its own clause; the rest of the sentence is the writer's.
          (reportingClauses ??= []).push({ tokenStart: infinitiveStart(text, k), tokenEnd: k + 1 });
        }
        else if (!german && describedSpeaker(text, k)) {
          // "Smith, a lazy hack, wrote this again": the speaker is called names; what they say is reported.
          (reportingClauses ??= []).push({ tokenStart: k, tokenEnd: sentenceEnd(tokens, k) });
          spoken.add(token.sentence);
        }
        else {
          // "Avant de traiter les autres d'ignorants, …, pauvre crétin": the name called to the reader after the report is not reported.
          const cut = german ? -1 : vocativeAfter(text, k);
          if (cut >= 0) (reportingClauses ??= []).push({ tokenStart: sentenceStart(tokens, k), tokenEnd: cut });
          else reporting.add(token.sentence);
        }
      }
    }
    // "Dire che i migranti sono parassiti è vergognoso", "Dire que …", "Saying that …": a claim held up to judge it.
    if ((cues & CUE_SAYING) !== 0 && THAT.has(tokens[k + 1]?.norm ?? '') && (k === 0 || (tokens[k - 1] as Token).sentence !== token.sentence) && !verdictDenied(tokens, k)) reporting.add(token.sentence);
    // Italian "dare dell'idiota a qualcuno" is calling someone an idiot.
    if (language === 'it' && (cues & CUE_GIVE) !== 0 && CALLED_AS.has(tokens[k + 1]?.norm ?? '')) {
      const cut = vocativeAfter(text, k);
      if (cut >= 0) (reportingClauses ??= []).push({ tokenStart: sentenceStart(tokens, k), tokenEnd: cut });
      else reporting.add(token.sentence);
    }
    if ((cues & CUE_SPEECH) !== 0) speech.add(token.sentence);
    if ((cues & CUE_FARM) !== 0) farm.add(token.sentence);
    if (german && (cues & CUE_KITCHEN) !== 0) kitchen.add(token.sentence);
  }
  condemnedActs(tokens, language, reporting);
  return { address, reporting, speech, farm, kitchen, reportingClauses: reportingClauses ?? NO_RANGES };
}

/**
 * Acts of speech named as the subject of a verdict: "Wishing death on refugees is disgusting", "Souhaiter la mort à
 * des réfugiés, c'est ignoble", "Augurare la morte ai profughi è vergognoso", "Flüchtlingen den Tod zu wünschen ist
 * widerlich". The wish, threat or name inside is the act condemned, the verdict is said of the act: the sentence is
 * reported speech. French, Italian and English: the act opens the sentence as a gerund or an infinitive; German: a
 * zu-infinitive of the act right before a copula. The verdict must be there too ({@link CONDEMNING}).
 */
function condemnedActs(tokens: readonly Token[], language: Language, reporting: Set<number>): void {
  const german = language === 'de' || language === 'other';
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const opens = k === 0 || (tokens[k - 1] as Token).sentence !== token.sentence;
    const act = german
      ? (token.norm === 'zu' || token.norm === 'z') && ACTS_DE.has(tokens[k + 1]?.norm ?? '') && COPULAS_DE.has(tokens[k + 2]?.norm ?? '')
      : opens && ACT_OPENERS.has(token.norm);
    if (!act || reporting.has(token.sentence)) continue;
    for (let j = k + 1; j < tokens.length && (tokens[j] as Token).sentence === token.sentence; j++) {
      if (CONDEMNING.has((tokens[j] as Token).norm) && !verdictNegatedAt(tokens, j)) {
        reporting.add(token.sentence);
        break;
      }
    }
  }
}
/** Negations right before a verdict, which then endorses the act ("… is not wrong", "n'est pas honteux", "ist nicht falsch"). */
const VERDICT_NEGATIONS: ReadonlySet<string> = new Set(['not', 'nt', 'never', 'nicht', 'nie', 'kein', 'keine', 'pas', 'jamais', 'non', 'mai']);

/**
 * "Saying that gay people deserve to die is not wrong, it's the truth": a verdict of {@link CONDEMNING} denied in the
 * sentence of the act at `k` endorses what is said, it does not hold it up to judge.
 */
function verdictDenied(tokens: readonly Token[], k: number): boolean {
  const sentence = (tokens[k] as Token).sentence;
  for (let j = k + 1; j < tokens.length && (tokens[j] as Token).sentence === sentence; j++) {
    if (CONDEMNING.has((tokens[j] as Token).norm) && verdictNegatedAt(tokens, j)) return true;
  }
  return false;
}

/** Whether one of {@link VERDICT_NEGATIONS} stands one or two words before the verdict at `j`. */
function verdictNegatedAt(tokens: readonly Token[], j: number): boolean {
  return VERDICT_NEGATIONS.has(tokens[j - 1]?.norm ?? '') || VERDICT_NEGATIONS.has(tokens[j - 2]?.norm ?? '');
}

/** Gerunds and infinitives of wishing harm, threatening and calling names that open a sentence. */
const ACT_OPENERS: ReadonlySet<string> = new Set(['wishing', 'threatening', 'calling', 'souhaiter', 'menacer', 'traiter', 'appeler', 'augurare', 'minacciare',
  'chiamare', 'insultare',
  // Saying and comparing, condemned in the same sentence ("Saying trans people are 'mentally ill' is wrong", "Comparing
  // refugees to rats is disgusting"); "Just saying." opens nothing and names no verdict.
  'saying', 'claiming', 'comparing', 'dire', 'affirmer', 'pretendre', 'comparer', 'affermare', 'sostenere', 'paragonare']);
/** German infinitives of the same acts after "zu" ("den Tod zu wünschen", "mit dem Tod zu drohen", "… als Ratten zu bezeichnen"). */
const ACTS_DE: ReadonlySet<string> = new Set(['wuenschen', 'wuensche', 'drohen', 'droe', 'bezeichnen', 'nennen', 'beschimpfen']);

/**
 * The reader as subject, and the reader's auxiliaries, between "ce que" / "quello che" / "what" and a verb of saying
 * ("ce que tu as écrit", "quello che hai scritto"): only the reader's own words. "Quello che ha scritto il giornalista"
 * may go on to report them.
 */
const SAID_FILLERS: ReadonlySet<string> = new Set(['tu', 't', 'vous', 'as', 'avez', 'avais', 'aviez', 'hai', 'avete', 'avevi', 'you', 'have', 'just',
  // "Quand on voit ce qu'il écrit, …", "what he writes": a subject pronoun before the verb, the words still its object
  // (an auxiliary of the third person stays out: "quello che ha scritto il giornalista" may report).
  'il', 'elle', 'ils', 'elles', 'lui', 'lei', 'loro', 'he', 'she', 'they', 'u']);
/** English nouns for words, the object of a verb of saying in a relative clause without "that" ("every word you wrote"). */
const WORDS_SAID: ReadonlySet<string> = new Set(['word', 'words', 'thing', 'things', 'everything', 'anything', 'lie', 'lies', 'nonsense', 'rubbish', 'garbage', 'crap', 'article', 'comment', 'comments', 'post', 'tweet', 'line']);
const WHAT_PRONOUNS: ReadonlySet<string> = new Set(['ce', 'quello', 'quel', 'cio', 'tout', 'tutto']);
const WHAT_THAT: ReadonlySet<string> = new Set(['que', 'qu', 'che']);

/** Interrogatives that open a question about who wrote something: "Quel imbécile a écrit ce torchon ?". */
const WHICH: ReadonlySet<string> = new Set(['quel', 'quelle', 'quels', 'quelles', 'quale', 'quali', 'which', 'what']);

/**
 * "Quel imbécile a écrit ce torchon ?", "Quale idiota ha scritto questa porcheria?", "Which moron wrote this?": the
 * question names the writer by what the asker calls him, it quotes no one. An interrogative opens the clause at most
 * three words before the verb of saying (after an auxiliary).
 */
function askedWriter(text: NormalizedText, k: number): boolean {
  const tokens = text.tokens;
  const verb = RELATIVE_AUX.has(tokens[k - 1]?.norm ?? '') ? k - 1 : k;
  for (let p = verb - 1; p >= 0 && p >= verb - 3; p--) {
    if ((tokens[p] as Token).sentence !== (tokens[k] as Token).sentence || clauseBreak(text, p, p + 1)) return false;
    if (WHICH.has((tokens[p] as Token).norm)) return p === 0 || (tokens[p - 1] as Token).sentence !== (tokens[p] as Token).sentence || clauseBreak(text, p - 1, p);
  }
  return false;
}

/**
 * Whether the verb of saying at `k` has "ce que" / "quello che" / "what" or a noun for words ("every word you wrote")
 * for its object ("relis ce que tu as écrit").
 */
function whatWasSaid(tokens: readonly Token[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && p >= k - 3 && SAID_FILLERS.has((tokens[p] as Token).norm)) p--;
  // At least the reader's pronoun or auxiliary: "ce que dit le ministre" reports the minister.
  if (p < 0 || p === k - 1 || (tokens[p] as Token).sentence !== (tokens[k] as Token).sentence) return false;
  const w = (tokens[p] as Token).norm;
  // "what you wrote"; "every word u wrote", "the article you wrote": the words are the verb's object, named before it.
  if (w === 'what' || WORDS_SAID.has(w)) return true;
  return WHAT_THAT.has(w) && p > 0 && WHAT_PRONOUNS.has((tokens[p - 1] as Token).norm);
}

/** Participles of saying that an adverb makes an aside ("ehrlich gesagt", "offen gesagt", "wie gesagt"), not a report. */
const ASIDE_PARTICIPLES: ReadonlySet<string> = new Set(['gesagt', 'gseit', 'gsait']);
const ASIDE_ADVERBS: ReadonlySet<string> = new Set(['ehrlich', 'offen', 'wie', 'kurz', 'gelinde', 'anders', 'ganz', 'salopp', 'grob', 'nebenbei', 'einfach', 'ehrli', 'ehrlech', 'ufrichtig', 'aufrichtig', 'vorneweg', 'deutlich', 'klar']);

/** The writer as the one who names: "ich", or "man" with a modal ("kann man getrost als … bezeichnen"). */
const OWN_SPEAKER: ReadonlySet<string> = new Set(['ich', 'i']);
const IMPERSONAL = 'man';
const MODALS_DE: ReadonlySet<string> = new Set(['kann', 'koennte', 'muss', 'muesste', 'darf', 'duerfte', 'sollte', 'soll', 'chan', 'cha', 'mues']);
/** Passive and perfect auxiliaries: "ich wurde als Versager bezeichnet" reports what was said to the writer. */
const PASSIVE_DE: ReadonlySet<string> = new Set(['wurde', 'wurden', 'werde', 'wird', 'worden', 'bin', 'sind', 'wordn']);
const OWN_VERBS: ReadonlySet<string> = new Set(['bezeichnen', 'bezeichne', 'nennen', 'nenne', 'betiteln', 'betitle', 'behaupten', 'behaupte', 'sagen', 'sage']);
/** How far back in its clause the subject of a verb of naming may be ("Ich würde diese Regierung als Haufen Versager bezeichnen"). */
const OWN_WINDOW = 10;

/**
 * Whether the verb of naming or saying at `k` has the writer for subject, in the same clause: "Ich würde die Grünen als
 * Geschwür bezeichnen", "Alles andere kann man getrost als Gehirnfurz bezeichnen" (GermEval training tweets the scorer
 * read as reports). Not when the writer is named so by others ("Ich wurde als Versager beschimpft").
 */
function ownJudgement(text: NormalizedText, k: number): boolean {
  const tokens = text.tokens;
  // An infinitive after a modal or the first person ("würde … bezeichnen", "ich bezeichne"): not a past report
  // ("Ich habe gehört, wie er sie so nannte").
  if (!OWN_VERBS.has((tokens[k] as Token).norm)) return false;
  const sentence = (tokens[k] as Token).sentence;
  let own = false;
  let modal = false;
  let impersonal = false;
  for (let j = k - 1; j >= 0 && j >= k - OWN_WINDOW; j--) {
    const token = tokens[j] as Token;
    if (token.sentence !== sentence || clauseBreak(text, j, j + 1)) break;
    if (PASSIVE_DE.has(token.norm)) return false;
    own ||= OWN_SPEAKER.has(token.norm);
    impersonal ||= token.norm === IMPERSONAL;
    modal ||= MODALS_DE.has(token.norm);
  }
  return own || (impersonal && modal);
}

/** Finite verbs of saying whose subject may come right before them ("Der Vollpfosten behauptet, …"). */
const SAYS_DE: ReadonlySet<string> = new Set(['sagt', 'sagte', 'behauptet', 'behauptete', 'schreibt', 'schrieb', 'twitterte', 'nennt', 'nannte']);
/** What may open the subject before a verb of saying: an article, a demonstrative, a conjunction. */
const SPEAKER_OPENERS: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dieser', 'diese', 'dieses', 'dr', 'de', 'wenn', 'dass', 'weil', 'ob', 'und', 'aber', 'jetzt', 'nun', 'da']);

/**
 * Whether the finite verb of saying at `k` follows its subject, a capitalised word in its clause ("Wenn Fettbacke
 * behauptet, …", "Der Vollpfosten sagt, …"): the speaker is named by the writer, only what follows is reported.
 * Not "Er wurde als Idiot bezeichnet" (a participle) nor "…, den die Zeitung einen Idioten nannte" (an object).
 */
function namedSpeaker(text: NormalizedText, k: number): boolean {
  const tokens = text.tokens;
  if (!SAYS_DE.has((tokens[k] as Token).norm) || k < 1) return false;
  const subject = tokens[k - 1] as Token;
  if (subject.sentence !== (tokens[k] as Token).sentence || clauseBreak(text, k - 1, k) || subject.quoted) return false;
  if (!startsUpper(text.text, subject)) return false;
  const before = tokens[k - 2];
  return before === undefined || before.sentence !== subject.sentence || clauseBreak(text, k - 2, k - 1) || SPEAKER_OPENERS.has(before.norm);
}

/**
 * German verbs of saying (not of naming: "… als Idioten bezeichnet" names before the verb), whose reported words
 * follow them or stand in a clause before theirs.
 */
const SAYING_DE: ReadonlySet<string> = new Set(['sagte', 'sagten', 'gesagt', 'schrieb', 'schreibt', 'geschrieben', 'twitterte', 'behauptet', 'behauptete', 'behaupten']);

/** German verbs of calling someone a name, which may give the name after "als" ("als Idioten bezeichnet"). */
const NAMING_DE: ReadonlySet<string> = new Set([
  'bezeichnete', 'bezeichnet', 'bezeichneten', 'bezeichnen', 'beschimpfte', 'beschimpft', 'beschimpfen', 'verunglimpft', 'verunglimpfen',
  'betitelt', 'betiteln', 'nannte', 'nennt', 'nannten', ...PORTRAYING_DE,
]);
/** How far from the verb of naming its "als" may stand, within the clause. */
const ALS_WINDOW = 6;

/**
 * The name given by the verb of naming at `k`: from "als" to the verb ("als Schweine und Affen bezeichnet") or, with
 * the verb first, to the end of its clause ("beschimpfen … als Nazis"); `undefined` without "als" in its clause.
 */
function nameAfterAls(text: NormalizedText, k: number): AllowedRange | undefined {
  const tokens = text.tokens;
  const sentence = (tokens[k] as Token).sentence;
  for (let j = k - 1; j >= 0 && j >= k - ALS_WINDOW; j--) {
    if ((tokens[j] as Token).sentence !== sentence || clauseBreak(text, j, j + 1)) break;
    if ((tokens[j] as Token).norm === 'als') return { tokenStart: j, tokenEnd: k };
  }
  for (let j = k + 1; j < tokens.length && j <= k + ALS_WINDOW; j++) {
    if ((tokens[j] as Token).sentence !== sentence || clauseBreak(text, j - 1, j)) break;
    if ((tokens[j] as Token).norm !== 'als') continue;
    return { tokenStart: j, tokenEnd: clauseEndFrom(text, j + 1, sentence) };
  }
  return undefined;
}

/** Participles of naming that a wish may govern as a passive ("als … beschimpft zu werden", "als … bezeichnet werden"). */
const NAMING_PARTICIPLES_DE: ReadonlySet<string> = new Set(['bezeichnet', 'beschimpft', 'verunglimpft', 'betitelt', 'genannt', 'tituliert']);
/** Desert and demand that the writer voices ("verdient es", "gehören", "sollten"); not "soll" (hearsay) nor "muss" (endured). */
const WISH_DE: ReadonlySet<string> = new Set(['verdient', 'verdienen', 'verdiente', 'verdienten', 'gehoert', 'gehoeren', 'gehoerte', 'gehoerten', 'sollte', 'sollten', 'sott', 'sotted']);
const NEGATION_DE: ReadonlySet<string> = new Set(['nicht', 'nie', 'niemals', 'kein', 'keine', 'keiner', 'keinen', 'keinem', 'keines', 'niemand', 'niemanden', 'niemandem', 'nid', 'noed', 'ke', 'kei', 'keini']);
/** How far back the wish may govern the passive of naming, across one comma ("… haben es verdient, immer wieder als … beschimpft zu werden"). */
const WISH_WINDOW = 14;

/**
 * Whether the participle of naming at `k` is a passive the writer wishes on someone, without a negation: "… haben es
 * verdient, als Landesverräter beschimpft zu werden", "Solche Typen gehören als Vollidioten bezeichnet", "Die sollten als
 * Betrüger bezeichnet werden". Not "Niemand hat es verdient, als … beschimpft zu werden", not "Juden werden als … bezeichnet".
 */
function wishedNaming(text: NormalizedText, k: number): boolean {
  const tokens = text.tokens;
  const token = tokens[k] as Token;
  if (!NAMING_PARTICIPLES_DE.has(token.norm)) return false;
  const next = tokens[k + 1];
  const ends = next === undefined || next.sentence !== token.sentence || clauseBreak(text, k, k + 1);
  if (!ends && !(next.norm === 'werden' || (next.norm === 'zu' && tokens[k + 2]?.norm === 'werden'))) return false;
  let breaks = 0;
  let wish = false;
  for (let j = k - 1; j >= 0 && j >= k - WISH_WINDOW; j--) {
    const before = tokens[j] as Token;
    if (before.sentence !== token.sentence || (clauseBreak(text, j, j + 1) && ++breaks > 1)) break;
    if (NEGATION_DE.has(before.norm)) return false;
    wish ||= WISH_DE.has(before.norm);
  }
  return wish;
}

/** French and Italian infinitives of "have" before a participle of saying: having said or written it is an act ("d'avoir écrit"). */
const PERFECT_INFINITIVES: ReadonlySet<string> = new Set(['avoir', 'aver', 'avere']);
/** The reader's auxiliaries after a German participle of saying ("… geschrieben hast"). */
const READER_AUX_DE: ReadonlySet<string> = new Set(['hast', 'habt']);
/** What was said, named as "this" after the perfect infinitive. */
const NAMED_AS_THIS: ReadonlySet<string> = new Set(['ca', 'cela', 'ceci', 'questo', 'quello', 'cio', 'questa', 'quella']);

/** German "halten … für" in the third person: someone's judgement of someone ("hält Trump für einen Schwätzer"). */
const HOLDS_DE: ReadonlySet<string> = new Set(['haelt', 'hielt', 'halten', 'hielten']);
/** The writer, or people with the writer, as subject of "halten … für": their own judgement. */
const WRITER_SUBJECTS_DE: ReadonlySet<string> = new Set(['ich', 'i', 'wir', 'mir', 'man']);

/**
 * What the judgement after "für" covers for "halten" at `k`: from "für" to the verb (verb-final, "…, weil sie ihn für
 * dumm halten") or to the end of the clause; `undefined` without "für", or with the writer for subject.
 */
function heldFor(text: NormalizedText, k: number): AllowedRange | undefined {
  const tokens = text.tokens;
  if (tokens[k - 1]?.norm === 'zu') return undefined;
  const from = clauseStart(text, k);
  let to = k + 1;
  while (to < tokens.length && (tokens[to] as Token).sentence === (tokens[k] as Token).sentence && !clauseBreak(text, to - 1, to)) to++;
  let fuer = -1;
  for (let j = from; j < to; j++) {
    const norm = (tokens[j] as Token).norm;
    if (WRITER_SUBJECTS_DE.has(norm)) return undefined;
    if (norm === 'fuer' && fuer < 0) fuer = j;
  }
  if (fuer < 0) return undefined;
  return { tokenStart: fuer, tokenEnd: fuer < k ? k : to };
}

/** Participles among them, a verb of saying only with an auxiliary in their clause ("Verdammt gut geschrieben" praises). */
const PARTICIPLES_DE: ReadonlySet<string> = new Set(['gesagt', 'geschrieben']);
const AUXILIARIES_DE: ReadonlySet<string> = new Set(['hat', 'hast', 'habe', 'haben', 'habt', 'hatte', 'hatten', 'hattest', 'wurde', 'wurden', 'wird', 'ist']);
function auxiliaryIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (AUXILIARIES_DE.has((tokens[j] as Token).norm)) return true;
  return false;
}

/** German pronouns that open a relative clause (after a comma; "wer" and "was" anywhere). */
const RELATIVE_DE: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'welcher', 'welche', 'welches', 'welchen']);
const WHO_DE: ReadonlySet<string> = new Set(['wer', 'was']);
const WRITING_DE: ReadonlySet<string> = new Set(['geschrieben', 'schreibt', 'schrieb', 'verfasst', 'verfasste', 'gesagt', 'sagt', 'sagte', 'gepostet', 'postet', 'publiziert', 'veroeffentlicht']);
/** A finite verb that opens the main clause after a fronted or embedded relative clause ("…, ist ein Idiot"). */
const FINITE_DE: ReadonlySet<string> = new Set([
  'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'gehoert', 'gehoeren', 'sollte', 'sollten', 'soll', 'sollen', 'muss', 'muessen',
  'kann', 'koennen', 'wird', 'werden', 'bleibt', 'bleiben', 'verdient', 'verdienen', 'darf', 'duerfen', 'haette', 'waere', 'wuerde',
]);

/**
 * Where the relative clause starts when the German verb of saying at `k` ends one that describes its subject ("Wer das geschrieben
 * hat, ist ein Vollidiot", "Der Journalist, der diesen Artikel geschrieben hat, ist ein Idiot"): the clause opens with
 * "wer" or, after a comma, a relative pronoun; only auxiliaries follow the verb; and the next clause opens with a
 * finite verb, so it is the main clause, not what was said ("Wer behauptet, Ausländer seien kriminell, …" reports).
 * -1 otherwise.
 */
function describedWriterDe(text: NormalizedText, k: number): number {
  const tokens = text.tokens;
  // Verbs of writing and saying only; naming verbs keep the whole sentence ("Wer Juden beschimpft, hat …": counter-speech).
  if (!WRITING_DE.has((tokens[k] as Token).norm)) return -1;
  const start = clauseStart(text, k);
  const opener = (tokens[start] as Token).norm;
  if (!(WHO_DE.has(opener) || (RELATIVE_DE.has(opener) && start > sentenceStart(tokens, k)))) return -1;
  const sentence = (tokens[k] as Token).sentence;
  let j = k + 1;
  while (j < tokens.length && (tokens[j] as Token).sentence === sentence && AUXILIARIES_DE.has((tokens[j] as Token).norm) && !clauseBreak(text, j - 1, j)) j++;
  const next = tokens[j];
  return next !== undefined && next.sentence === sentence && clauseBreak(text, j - 1, j) && FINITE_DE.has(next.norm) ? start : -1;
}

/** The first token of the clause of token `k` (after the last comma, colon or other clause punctuation before it). */
function clauseStart(text: NormalizedText, k: number): number {
  const tokens = text.tokens;
  const sentence = (tokens[k] as Token).sentence;
  let j = k;
  while (j > 0 && (tokens[j - 1] as Token).sentence === sentence && !clauseBreak(text, j - 1, j)) j--;
  return j;
}

/** Words that open a German infinitive clause without a comma before them ("… aufbieten um die AFD zu verunglimpfen"). */
const INFINITIVE_OPENERS_DE: ReadonlySet<string> = new Set(['um', 'ohne', 'statt', 'anstatt', 'anstelle']);

/** Where the infinitive clause of the verb at `k` starts: after a comma, or at "um", "ohne", "statt" within it. */
function infinitiveStart(text: NormalizedText, k: number): number {
  const start = clauseStart(text, k);
  for (let j = k - 1; j > start; j--) if (INFINITIVE_OPENERS_DE.has((text.tokens[j] as Token).norm)) return j;
  return start;
}

/** Articles that open a description of someone in apposition ("Smith, a lazy hack, …", "Dupont, un parfait incapable, …"). */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', 'l', 'uno', 'una', 'il', 'lo']);
/** Auxiliaries and adverbs between an apposition and the verb of saying ("…, a encore écrit", "…, has again said"). */
const BEFORE_SAYING: ReadonlySet<string> = new Set([
  'a', 'ont', 'avait', 'has', 'have', 'had', 'ha', 'hanno', 'aveva', 'encore', 'again', 'still', 'ancora', 'gia', 'deja', 'already',
  'just', 'toujours', 'sempre', 'always', 'once', 'di', 'nuovo', 'also', 'aussi', 'anche',
]);
/** Most words of an apposition between its commas. */
const MAX_APPOSITION_WORDS = 5;

/**
 * French, Italian and English: whether the verb of saying at `k` has its subject described in apposition just
 * before it ("Smith, a lazy hack, wrote this again", "Dupont, un parfait incapable, a encore écrit ça"): the
 * description is the writer's own words about the speaker, and only what follows the verb is reported.
 */
function describedSpeaker(text: NormalizedText, k: number): boolean {
  const tokens = text.tokens;
  const sentence = (tokens[k] as Token).sentence;
  let end = k - 1;
  while (end >= 0 && k - end <= 3 && BEFORE_SAYING.has((tokens[end] as Token).norm) && !clauseBreak(text, end, end + 1)) end--;
  // `end` is the apposition's last word, a comma after it.
  if (end < 1 || (tokens[end] as Token).sentence !== sentence || !clauseBreak(text, end, end + 1)) return false;
  let open = end;
  while (open > 0 && end - open < MAX_APPOSITION_WORDS && !clauseBreak(text, open - 1, open)) open--;
  const head = tokens[open - 1];
  if (open === 0 || head === undefined || head.sentence !== sentence || !clauseBreak(text, open - 1, open)) return false;
  return APPOSITION_OPENERS.has((tokens[open] as Token).norm) && !(tokens[open] as Token).quoted;
}

/** Words that open a name called to the reader ("…, pauvre crétin", "…, povero cretino", "…, espèce d'andouille"). */
const VOCATIVE_OPENERS: ReadonlySet<string> = new Set(['pauvre', 'pauvres', 'pauv', 'pov', 'espece', 'sale', 'sales', 'bougre', 'povero', 'povera', 'poveri', 'povere', 'brutto', 'brutta', 'brutti', 'razza', 'pezzo']);

/**
 * Where a later clause of the sentence of the verb at `k` opens with a name called to the reader ("Avant de traiter
 * les autres d'ignorants, regarde ton niveau, pauvre crétin"), else −1: the report ends before it.
 */
function vocativeAfter(text: NormalizedText, k: number): number {
  const tokens = text.tokens;
  const sentence = (tokens[k] as Token).sentence;
  for (let p = k + 2; p < tokens.length && (tokens[p] as Token).sentence === sentence; p++) {
    if (VOCATIVE_OPENERS.has((tokens[p] as Token).norm) && clauseBreak(text, p - 1, p)) return p;
  }
  return -1;
}
