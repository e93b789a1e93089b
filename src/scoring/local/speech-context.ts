import type { NormalizedText, Token } from './text-normalizer';
import { WordSet } from './word-table';
import { concessiveBefore, endsInQuestion } from './clause-helpers';

/**
 * Words outside a quotation that show it is reported or condemned rather than said: reporting verbs ("sagt",
 * "schrieb", "called") and names for hateful speech ("Hetze", "rassistisch"). Normalised forms.
 */
const REPORT_OR_CONDEMN = new WordSet(new Set([
  // German
  'sagt', 'sagte', 'sagten', 'sagen', 'gesagt', 'schreibt', 'schrieb', 'schreiben', 'geschrieben', 'nennt', 'nannte', 'genannt',
  'bezeichnet', 'bezeichnete', 'behauptet', 'behauptete', 'meint', 'meinte', 'twittert', 'twitterte', 'postet', 'postete', 'zitiert',
  'zitat', 'ruft', 'rief', 'bruellt', 'bruellte', 'hetze', 'hetzt', 'rassistisch', 'rassismus', 'rassist', 'sexistisch', 'homophob',
  'antisemitisch', 'menschenverachtend', 'inakzeptabel', 'unakzeptabel', 'beleidigend', 'beleidigung', 'hassrede', 'hasskommentar',
  'widerlich', 'ekelhaft', 'abscheulich', 'unertraeglich', 'daneben', 'schaemen', 'schaemt', 'schaeme', 'schande', 'hetzer', 'hetzerisch',
  'rassisten', 'sexisten', 'diskriminierend', 'diskriminierung', 'verurteile', 'verurteilen', 'satz', 'saetze', 'aussage', 'aussagen',
  'spruch', 'sprueche', 'parole', 'parolen', 'plakat', 'stand', 'luege', 'vorurteil', 'vorurteile', 'verschwoerungsmythen', 'bekaempfen',
  'widerspreche', 'falsch', 'homophob', 'transfeindlich', 'antisemitisch', 'antisemitismus', 'homophobie',
  // English
  'says', 'said', 'say', 'wrote', 'writes', 'called', 'calls', 'claims', 'claimed', 'tweeted', 'shouted', 'racist', 'sexist', 'hateful',
  'unacceptable', 'offensive', 'bigoted', 'homophobic', 'disgusting', 'shameful', 'disgraceful', 'condemn', 'ashamed',
  // French
  'dit', 'disent', 'ecrit', 'ecrivent', 'traite', 'traitent', 'raciste', 'sexiste', 'haineux', 'haine', 'inacceptable', 'insultant',
  'homophobe', 'honteux', 'honteuse', 'scandaleux', 'inadmissible', 'condamne', 'degoutant',
  // Italian
  'dice', 'dicono', 'detto', 'scrive', 'scritto', 'chiama', 'chiamato', 'razzista', 'sessista', 'odio', 'inaccettabile', 'offensivo',
  'omofobo', 'vergognoso', 'vergognosa', 'vergogna', 'schifoso', 'condanno', 'inammissibile',
]));

/**
 * Participles of saying, only with the auxiliary after them ("als du gesagt hast, Schwule wie ich seien erbärmlich"):
 * "Ehrlich gesagt, …", "Wie gesagt, …" open the writer's own words.
 */
const PARTICIPLES_SAID = ['gesagt', 'geschrieben', 'gepostet', 'getwittert', 'gemeint'];
const PARTICIPLE_SET = new Set(PARTICIPLES_SAID);
const AUXILIARIES = new Set(['hast', 'hat', 'habt', 'haben', 'hatte', 'hattest', 'hatten', 'habe']);
/** Verbs that introduce someone else's words: "X schreibt, …", "X sagt, dass …", "he said …". */
const SAYS = new WordSet(new Set([
  'sagt', 'sagte', 'sagen', 'sagten', 'schreibt', 'schrieb', 'schreiben', 'schrieben', 'behauptet', 'behauptete', 'behaupten', 'meint',
  'meinte', 'meinen', 'twittert', 'twitterte', 'postet', 'postete', 'fordert', 'forderte', 'ruft', 'rief', 'sagst', 'schreibst',
  'behauptest', 'meinst', 'heisst', 'hiess', 'steht', 'stand', 'glaubt', 'denkt', 'behauptete', 'rufen', 'riefen', 'says', 'said', 'writes', 'wrote',
  'claims', 'claimed', 'tweets', 'tweeted', 'dit', 'disent', 'ecrit', 'ecrivent', 'pretend', 'pretendent', 'affirme', 'dice', 'dicono',
  'scrive', 'scrivono', 'afferma', 'sostiene',
  // German reading what others wrote ("Ich habe gelesen, dass Schwule krank seien. So ein Unsinn!"); not hearing:
  // "gehört" is also "belongs".
  'gelesen', 'lese', 'liest', 'las',
  // the reader's saying and believing in French, Italian and English ("Quand tu écris que …", "Se pensi che …", "If you think …")
  // (those that are also the writer's own, "je crois", "I believe", only after "tu"/"vous"/"you": {@link READER_ONLY})
  'ecris', 'ecrivez', 'penses', 'pensez', 'crois', 'croyez', 'pretends', 'pretendez', 'scrivi', 'pensi', 'credi', 'dici', 'think', 'believe', 'claim',
  ...PARTICIPLES_SAID,
]));
const CLAUSE_END = /[,;:!?.\n]/;
const READER_EN_VERBS: ReadonlySet<string> = new Set(['think', 'believe', 'claim']);
/** Verbs of saying that are the reader's only after "tu", "vous", "you" ("je crois que …", "I believe that …" are the writer's own). */
const READER_ONLY: ReadonlySet<string> = new Set(['ecris', 'crois', 'pretends', 'think', 'believe', 'claim']);
const READER_PRONOUNS: ReadonlySet<string> = new Set(['tu', 'vous', 'you', 't']);

/**
 * Tokens the learned model should not read as the writer's own words:
 * - a quotation in a comment that reports or condemns it ("Wer schreibt «Flüchtlinge sind Ungeziefer»,
 *   verbreitet Hetze.");
 * - the clause after a verb of saying, opened by a comma, a colon or "dass/that/que/che" ("Wenn jemand
 *   schreibt, Frauen gehören an den Herd, …"), up to the next comma or the end of the sentence.
 * `undefined` when there are none.
 */
export function reportedSpeechTokens(text: NormalizedText): Uint8Array | undefined {
  const tokens = text.tokens;
  let mask: Uint8Array | undefined;
  let quoted = false;
  for (const token of tokens) quoted ||= token.quoted;
  if (quoted) {
    let cue = false;
    for (const token of tokens) cue ||= !token.quoted && REPORT_OR_CONDEMN.has(token);
    if (cue) {
      mask = new Uint8Array(tokens.length);
      tokens.forEach((token, i) => {
        if (token.quoted) (mask as Uint8Array)[i] = 1;
      });
    }
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const verb = tokens[i] as Token;
    if (!SAYS.has(verb)) continue;
    if (READER_ONLY.has(verb.norm) && !READER_PRONOUNS.has(tokens[i - 1]?.norm ?? '')) continue;
    const next = tokens[i + 1] as Token;
    if (next.sentence !== verb.sentence) continue;
    if (PARTICIPLE_SET.has(verb.norm) && !AUXILIARIES.has(next.norm)) continue;
    // "X sagt, …", "X sagt, dass …", and "Es heisst, …" / "Da heisst es, …" with the pronoun before the comma.
    let start = i + 1;
    const after = tokens[i + 2];
    if ((PRONOUNS_AFTER_VERB.has(next.norm) || particleAfterSaying(tokens, i)) && after !== undefined && after.sentence === verb.sentence && /[,:]/.test(text.text.slice(next.end, after.begin))) start = i + 2;
    // English drops "that" after the reader's verb ("If you think women have no business in politics, …").
    const readerEn = READER_EN_VERBS.has(verb.norm) && tokens[i - 1]?.norm === 'you';
    const opened = start > i + 1 || /[,:]/.test(text.text.slice(verb.end, next.begin)) || REPORTED_CLAUSE_OPENERS.has(next.norm) || readerEn;
    if (!opened) continue;
    // "Ich kann sagen, dass …", "… muss ich es sagen: …": the writer's own words, unless negated ("Ich sage nicht, dass …").
    if (firstPersonSaying(text, i)) continue;
    // "Wer so etwas schreibt, hat kein Hirn": what follows is the main clause, about the writer.
    if (whoeverSaysThis(text, i) >= 0) continue;
    // "Egal was die Medien behaupten, Flüchtlinge sind …": the clause after a concessive one is the writer's.
    if (concessiveBefore(tokens, i)) continue;
    mask = maskClause(text, start, verb.sentence, mask);
  }
  return mask;
}

/** Finite German verbs of saying in the third person: a main clause's verb, second after its subject ("Mein Onkel meinte, …"). */
const SAYS_MAIN_DE: ReadonlySet<string> = new Set(['sagt', 'sagte', 'sagten', 'meint', 'meinte', 'meinten', 'schreibt', 'schrieb', 'schrieben', 'behauptet', 'behauptete', 'behaupteten', 'twitterte', 'postete']);
/** Words that open a subordinate clause, whose verb of saying ends it: "Es ist mir egal, was die Leute sagen, …". */
const SUBORDINATORS_DE: ReadonlySet<string> = new Set(['was', 'wie', 'wer', 'wenn', 'weil', 'ob', 'als', 'dass', 'da', 'wo', 'womit', 'worauf', 'nachdem', 'obwohl', 'seit', 'bevor', 'damit']);
/** Relative pronouns: they open a subordinate clause after a comma ("…, die Männer beim Sex sagen können"). */
const RELATIVES_DE: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'denen', 'deren', 'dessen', 'welche', 'welcher', 'welches']);
/** Adverbs and particles between a verb of saying and its comma ("meinte immer, …", "sagt halt, …", "sagt denn, dass …"). */
const PARTICLES_AFTER_SAYING_DE: ReadonlySet<string> = new Set([
  'immer', 'halt', 'eben', 'ja', 'doch', 'denn', 'eigentlich', 'jeweils', 'stets', 'oft', 'oefters', 'schon', 'auch', 'mal', 'einmal', 'damals',
  'danach', 'darauf', 'daraufhin', 'gestern', 'heute', 'jetzt', 'nun', 'noch', 'dazu', 'zuerst', 'neulich', 'kuerzlich', 'wieder', 'sogar', 'gern',
  'gerne', 'dauernd', 'staendig', 'wohl', 'jewils', 'geschter', 'huet', 'hoet', 'au', 'scho', 'emol', 'mol', 'aber', 'ernsthaft',
]);
const PARTICLES_SPAN = 2;

/** A particle after a finite verb of saying that is not the first word of its sentence ("Er sagte halt, …"; not "Sagt mal, …"). */
function particleAfterSaying(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i] as Token;
  return i > 0 && (tokens[i - 1] as Token).sentence === verb.sentence && SAYS_MAIN_DE.has(verb.norm) && PARTICLES_AFTER_SAYING_DE.has(tokens[i + 1]?.norm ?? '');
}

/** How far into its main clause the verb may stand: after a subject of a few words ("Die Nachbarin von gegenüber sagt, …"). */
const MAIN_VERB_POSITION = 5;

/**
 * German: the clause after a finite verb of saying in a main clause, opened by a comma, a colon or "dass" ("Mein Onkel
 * meinte, Politiker sind alle Idioten, aber …"), up to the next comma: someone else's words in the indicative too.
 * Narrower than {@link reportedSpeechTokens}, whose wider reading is for rows that weigh nothing alone: not a verb that
 * ends a subordinate clause ("Egal, was die Leute sagen, Schwarze sind …"), not an infinitive ("Wollen Sie mir damit
 * sagen, dass …"), not the writer's own saying, not quotations. `undefined` when there is none.
 */
export function reportedMainClauseTokens(text: NormalizedText): Uint8Array | undefined {
  const tokens = text.tokens;
  let mask: Uint8Array | undefined;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const verb = tokens[i] as Token;
    if (!SAYS.has(verb) || !SAYS_MAIN_DE.has(verb.norm)) continue;
    // "Mein Grossvater meinte immer, …", "Die Nachbarin meint halt, …", "Wer sagt denn, dass …?": an adverb or a particle
    // may stand between the verb and its comma.
    const start = clauseAfterVerb(text, i, PARTICLES_SPAN, isParticleAfterSaying);
    if (start < 0) continue;
    let open = i;
    while (open > 0 && (tokens[open - 1] as Token).sentence === verb.sentence && !CLAUSE_END.test(text.text.slice((tokens[open - 1] as Token).end, (tokens[open] as Token).begin))) open--;
    if (open === i || i - open > MAIN_VERB_POSITION) continue;
    const opener = (tokens[open] as Token).norm;
    const sentenceOpens = open === 0 || (tokens[open - 1] as Token).sentence !== verb.sentence;
    // "Wer sagt denn, dass alle Frauen dumm sind?": "wer" right before the verb asks who says it, a question that
    // rejects the claim; "Wer so etwas sagt, …" ends its clause with the verb.
    const asksWho = opener === 'wer' && open === i - 1 && endsInQuestion(text, i);
    // "Es muss Konsequenzen haben, wenn jemand sagt, er würde …": a clause of someone unnamed saying, after a main
    // clause that condemns it, reports what follows; at the sentence's start it is the writer's main clause that follows
    // ("Egal, was die Leute sagen, …", "Wenn jemand sagt, …, dann …"), and after praise it is endorsed ("Ich finde es
    // gut, wenn jemand sagt, …").
    const someoneSays = !sentenceOpens && SOMEONE_DE.has((tokens[open + 1] as Token).norm) && open + 2 === i && condemnedBefore(tokens, open);
    if ((SUBORDINATORS_DE.has(opener) && !asksWho && !someoneSays) || (!sentenceOpens && RELATIVES_DE.has(opener))) continue;
    if (firstPersonSaying(text, i) || whoeverSaysThis(text, i) >= 0) continue;
    mask = maskClause(text, start, verb.sentence, mask);
  }
  return readerClaimTokens(text, mask);
}

/** Someone unnamed as the one who says it ("wenn jemand sagt, …", "dass einer schreibt, …"). */
const SOMEONE_DE: ReadonlySet<string> = new Set(['jemand', 'einer', 'man', 'oepper', 'eine']);

/** Verdicts on an act: vile, shameful, a crime (speech-cues.ts, and the clause before someone's saying here). */
export const CONDEMNING: ReadonlySet<string> = new Set([
  'disgusting', 'vile', 'despicable', 'shameful', 'sick', 'unacceptable', 'criminal', 'crime', 'illegal', 'cowardly', 'pathetic', 'wrong',
  'ignoble', 'honteux', 'honte', 'inacceptable', 'degueulasse', 'criminel', 'delit', 'scandaleux', 'lache', 'minable', 'abject', 'inadmissible',
  'vergognoso', 'vergogna', 'schifoso', 'inaccettabile', 'reato', 'criminale', 'vigliacco', 'ignobile', 'squallido',
  'widerlich', 'strafbar', 'straftat', 'verwerflich', 'schande', 'abscheulich', 'inakzeptabel', 'feige', 'erbaermlich', 'unertraeglich', 'daneben',
  'konsequenzen', 'angezeigt', 'anzeige', 'verboten',
]);

/** Whether a verdict ({@link CONDEMNING}) stands in the sentence before token `open`. */
function condemnedBefore(tokens: readonly Token[], open: number): boolean {
  const sentence = (tokens[open] as Token).sentence;
  for (let j = open - 1; j >= 0 && (tokens[j] as Token).sentence === sentence; j--) if (CONDEMNING.has((tokens[j] as Token).norm)) return true;
  return false;
}

const isParticleAfterSaying = (norm: string): boolean => PARTICLES_AFTER_SAYING_DE.has(norm);
const isReaderOrParticle = (norm: string): boolean => READER_DE.has(norm) || PARTICLES_AFTER_SAYING_DE.has(norm) || norm === 'wirklich';

/**
 * Where the clause that the verb of saying at `i` opens starts: after at most `span` words that `between` accepts in the
 * same clause ("meinte immer, …", "Glaubst du wirklich, …"), then a comma, a colon or an opener ("dass"); −1 when no
 * such clause follows in the verb's sentence.
 */
function clauseAfterVerb(text: NormalizedText, i: number, span: number, between: (norm: string) => boolean): number {
  const tokens = text.tokens;
  const verb = tokens[i] as Token;
  let last = i;
  for (; last - i < span; last++) {
    const after = tokens[last + 1];
    if (after === undefined || after.sentence !== verb.sentence || !between(after.norm) || CLAUSE_END.test(text.text.slice((tokens[last] as Token).end, after.begin))) break;
  }
  const next = tokens[last + 1];
  if (next === undefined || next.sentence !== verb.sentence) return -1;
  if (REPORTED_CLAUSE_OPENERS.has(next.norm)) return last + 2;
  return /[,:]/.test(text.text.slice((tokens[last] as Token).end, next.begin)) ? last + 1 : -1;
}

/** The reader's saying or believing, told back to them ("Wenn du sagst, dass …", "Glaubst du wirklich, …"). */
const READER_SAYS_DE: ReadonlySet<string> = new Set(['sagst', 'behauptest', 'meinst', 'glaubst', 'denkst', 'findest', 'schreibst', 'postest', 'forderst']);
const READER_DE: ReadonlySet<string> = new Set(['du', 'ihr']);
/** Infinitives of claiming after a negated modal ("Du kannst doch nicht ernsthaft glauben, dass …", "Man kann nicht behaupten, …"). */
const CLAIM_INFINITIVES_DE: ReadonlySet<string> = new Set(['glauben', 'behaupten', 'sagen', 'denken', 'meinen']);
const NEGATED_MODAL_SPAN = 4;

/**
 * German: the clause after the reader's verb of saying or believing ("Wenn du sagst, dass du Muslime hasst, zeigt das
 * nur …", "Du glaubst, alle Schwarzen seien dumm? Falsch.") and after a claim denied with a modal ("Du kannst doch nicht
 * ernsthaft glauben, dass alle Schwarzen dumm sind"): words told back to be rejected, not the writer's own. Marked in
 * `mask` (made when needed), up to the next comma.
 */
function readerClaimTokens(text: NormalizedText, mask: Uint8Array | undefined): Uint8Array | undefined {
  const tokens = text.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const verb = tokens[i] as Token;
    const readerSays = READER_SAYS_DE.has(verb.norm) && (READER_DE.has(tokens[i - 1]?.norm ?? '') || READER_DE.has(tokens[i + 1]?.norm ?? ''));
    if (!readerSays && !(CLAIM_INFINITIVES_DE.has(verb.norm) && negatedModalBefore(tokens, i))) continue;
    // The clause opens after the verb (or after an inverted "du" and an adverb: "Glaubst du wirklich, …").
    const start = clauseAfterVerb(text, i, PARTICLES_SPAN + 1, isReaderOrParticle);
    if (start < 0) continue;
    mask = maskClause(text, start, verb.sentence, mask);
  }
  return mask;
}

/** Whether a modal and a negation stand shortly before the infinitive in its clause ("kannst doch nicht ernsthaft glauben"). */
function negatedModalBefore(tokens: readonly Token[], i: number): boolean {
  let modal = false;
  let negated = false;
  for (let j = i - 1; j >= 0 && j >= i - NEGATED_MODAL_SPAN; j--) {
    const token = tokens[j] as Token;
    if (token.sentence !== (tokens[i] as Token).sentence) break;
    modal ||= READER_MODALS.has(token.norm) || (GENERIC_MODALS.has(token.norm) && (tokens[j + 1]?.norm === 'man' || tokens[j - 1]?.norm === 'man'));
    negated ||= NOT.has(token.norm);
  }
  return modal && negated;
}
/**
 * The reader's modals ("Du kannst doch nicht glauben, …"), and "man kann/darf" ("Man kann nicht behaupten, …"); not the
 * writer's "Ich kann nicht glauben, dass …", which is astonishment, not denial.
 */
const READER_MODALS: ReadonlySet<string> = new Set(['kannst', 'koennt', 'darfst', 'duerft', 'willst', 'wirst']);
const GENERIC_MODALS: ReadonlySet<string> = new Set(['kann', 'darf']);

/**
 * Marks the reported clause from `start` in `mask`: the tokens of `sentence` up to the next clause end ({@link
 * CLAUSE_END}). The mask is made when its first token is marked.
 */
function maskClause(text: NormalizedText, start: number, sentence: number, mask: Uint8Array | undefined): Uint8Array | undefined {
  const tokens = text.tokens;
  for (let k = start; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence) break;
    if (k > start && CLAUSE_END.test(text.text.slice((tokens[k - 1] as Token).end, token.begin))) break;
    mask ??= new Uint8Array(tokens.length);
    mask[k] = 1;
  }
  return mask;
}

/**
 * Verbs of saying with the writer for subject: "ich sage", "sage ich", and the infinitive after a modal ("… und kann
 * sagen, dass …", "muss ich es sagen: …", "man muss es sagen: …"); not after a verb of hearing ("Ich höre Leute
 * sagen, …": no modal).
 */
const OWN_SAYING_FINITE = new Set(['sage', 'saeg', 'saege', 'behaupte', 'schreibe']);
const OWN_SAYING_INFINITIVE = new Set(['sagen', 'saege', 'behaupten', 'schreiben']);
const WRITER = new Set(['ich', 'i']);
const MODALS = new Set(['kann', 'muss', 'darf', 'will', 'moechte', 'muesste', 'koennte', 'mues', 'cha', 'chan', 'wott', 'sollte', 'wuerde']);
const NOT = new Set(['nicht', 'nie', 'niemals', 'nid', 'noed', 'kein', 'keine']);
/** How far back in its clause "ich" may stand before the verb ("Ich war lange in der Pflege tätig und kann sagen, …"). */
const OWN_SAYING_WINDOW = 12;

/** Whether the verb of saying at `k` has the writer for subject in its clause, without a negation. */
function firstPersonSaying(text: NormalizedText, k: number): boolean {
  const tokens = text.tokens;
  const verb = tokens[k] as Token;
  const finite = OWN_SAYING_FINITE.has(verb.norm);
  if (!finite && !OWN_SAYING_INFINITIVE.has(verb.norm)) return false;
  if (finite && WRITER.has(tokens[k + 1]?.norm ?? '') && (tokens[k + 1] as Token).sentence === verb.sentence) return !NOT.has(tokens[k + 2]?.norm ?? '');
  let writer = false;
  let modal = finite;
  for (let j = k - 1; j >= 0 && j >= k - OWN_SAYING_WINDOW; j--) {
    const token = tokens[j] as Token;
    if (token.sentence !== verb.sentence || CLAUSE_END.test(text.text.slice(token.end, (tokens[j + 1] as Token).begin))) break;
    if (NOT.has(token.norm)) return false;
    // "Man muss es sagen: …", "Das muss man mal sagen: …": the generic "man" with a modal speaks for the writer too.
    writer ||= WRITER.has(token.norm) || (!finite && token.norm === 'man');
    if (j >= k - 3) modal ||= MODALS.has(token.norm);
    if (finite && j === k - 1) return WRITER.has(token.norm);
  }
  return writer && modal;
}

const REPORTED_CLAUSE_OPENERS = new Set(['dass', 'that', 'que', 'qu', 'che']);
const PRONOUNS_AFTER_VERB = new Set(['es', 'man', 'er', 'sie', 'immer', 'hast', 'hat', 'habt', 'haben', 'hatte', 'hattest', 'hatten', 'habe']);

/** German words that open a clause about whoever says something: "Wer …", "…, der …", Swiss "…, wo …". */
const WHOEVER = new Set(['wer', 'der', 'die', 'welche', 'welcher', 'wo']);
/** What was said, named inside that clause: "so etwas", "das", "sowas", "so einen Mist", Swiss "so öppis". */
const THIS_SAID = new Set(['das', 'dies', 'so', 'sowas', 'etwas', 'solche', 'solches', 'solchen', 'sone', 'soen', 'oeppis', 'dergleichen', 'des', 'sowat']);
const WHOEVER_SPAN = 8;

/**
 * Where the clause starts when the verb at `k` ends a German clause about whoever says or writes something that the
 * clause itself names ("Wer so etwas schreibt, …", "Jeder, der das behauptet, …", "Wer sowas postet, …"), else −1.
 * What follows such a clause is the main clause, about the writer ("…, hat kein Hirn"), not what was said; "Wer
 * schreibt, Flüchtlinge seien …, gehört angezeigt" names nothing in its clause, so what follows it is reported.
 */
export function whoeverSaysThis(text: NormalizedText, k: number): number {
  const tokens = text.tokens;
  const verb = tokens[k] as Token;
  const next = tokens[k + 1];
  // The verb ends its clause (verb-final: a subordinate clause).
  if (next !== undefined && next.sentence === verb.sentence && !CLAUSE_END.test(text.text.slice(verb.end, next.begin))) return -1;
  let named = false;
  for (let s = k - 1; s >= 0 && s >= k - WHOEVER_SPAN; s--) {
    const token = tokens[s] as Token;
    if (token.sentence !== verb.sentence) return -1;
    const prev = tokens[s - 1];
    const opens = prev === undefined || prev.sentence !== token.sentence || CLAUSE_END.test(text.text.slice(prev.end, token.begin));
    if (opens) return named && WHOEVER.has(token.norm) && (token.norm === 'wer' || (prev !== undefined && prev.sentence === token.sentence)) ? s : -1;
    named ||= THIS_SAID.has(token.norm);
  }
  return -1;
}
