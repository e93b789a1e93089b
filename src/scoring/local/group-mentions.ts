/**
 * Rules for rows that count only when a group is named: pronouns that take up a group, a subject that is no group
 * ("Es ist kriminell, wie …", "Die Taliban sind …"), verdicts on speech or on acts done to a group ("Gewalt gegen
 * Juden ist widerlich"), the group's own wish ("möchten zurück in ihre Heimat") and refusals of a group in a role
 * ("Eine Frau als Chefin? Niemals.").
 */
import type { LexiconPayload } from './lexicon-data';
import type { TermMatch } from './term-matcher';
import { FRAME_COPULAS, NON_GROUP_SUBJECTS, REFUSALS } from './lexicon-group-frames';
import type { NormalizedText, Token } from './text-normalizer';
import { WordSet } from './word-table';
import { wordBefore, termWords, clauseBreak, clauseEndFrom, COPULAS_DE, isNoun, sentenceStart } from './clause-helpers';

/** Pronouns that take up a group named in the sentence before (German; "sie", "die", "diese", "solche"). */
export const GROUP_PRONOUNS = new WordSet(new Set(['sie', 'ihnen', 'die', 'diese', 'diesen', 'denen', 'solche', 'solchen', 'dene', 'di']));
/**
 * The same in French, Italian and English ("Les handicapés coûtent cher. Ils n'apportent rien.", "They're a burden.").
 * A plain set, not a WordSet: it is read only in the sentence after one that names a group, and every WordSet widens
 * the shared word table.
 */
export const GROUP_PRONOUNS_INTL: ReadonlySet<string> = new Set(['ils', 'elles', 'eux', 'loro', 'they', 'them']);

/**
 * Nouns for what people say or write, and words that condemn it. In a sentence about a group they make a word of
 * contempt a verdict on the speech, not on the group ("Deine Aussage über trans Personen ist widerlich", "Die
 * Kommentare über Flüchtlinge hier sind ekelhaft", "Dass Muslime hier nichts verloren hätten, ist rassistisch");
 * only the rows that weigh nothing alone are affected, never insults or threats.
 */
export const SPEECH_NOUNS = new WordSet(new Set([
  'kommentar', 'kommentare', 'kommentaren', 'kommentars', 'hasskommentar', 'hasskommentare', 'aussage', 'aussagen', 'satz', 'saetze',
  'spruch', 'sprueche', 'spruechen', 'aeusserung', 'aeusserungen', 'beitrag', 'beitraege', 'post', 'posts', 'tweet', 'tweets', 'hetze',
  'hassrede', 'beleidigung', 'beleidigungen', 'worte', 'bemerkung', 'bemerkungen', 'parole', 'parolen', 'hetzer', 'hetzerei', 'gerede',
  'herziehen', 'herzieht', 'beschimpfungen', 'pauschalisierungen', 'pauschalisierung',
  // and words that condemn what was said ("…, das ist eine Schande", "Wer so redet, ist ein Rassist")
  'schande', 'schaemen', 'schaemt', 'schaeme', 'schaem', 'rassistisch', 'rassistische', 'rassistischer', 'rassismus', 'rassist', 'rassisten',
  'sexistisch', 'sexismus', 'homophob', 'homophobe', 'homophobie', 'transfeindlich', 'transfeindliche', 'antisemitisch', 'antisemitische',
  'antisemitismus', 'hetze', 'hetzt', 'hetzen', 'diskriminierend', 'diskriminierung', 'menschenverachtend', 'inakzeptabel', 'unakzeptabel',
  'unsinn', 'quatsch', 'bloedsinn', 'luege', 'luegen', 'gelogen', 'vorurteil', 'vorurteile', 'beschaemend', 'verurteile', 'verurteilen',
  'widerspreche', 'widersprochen',
  // myths and prejudice as the subject ("diese Verschwörungsmythen sind gefährlich"), and running a group down
  'verschwoerungsmythen', 'verschwoerungsmythos', 'verschwoerungstheorie', 'verschwoerungstheorien', 'mythen', 'klischee', 'klischees',
  'vorurteilen', 'hergezogen', 'herziehen',
]));

/**
 * Whether the match ends a German clause opened by "Wer" and a main clause follows it ("Wer Schwule hasst, hat ein
 * Problem mit sich selbst", "Wer Ausländer verachtet, hat nichts verstanden"): it describes whoever feels or says so,
 * and what follows judges them, not the group. Only for the rows that weigh nothing alone.
 */
export function inWhoeverClause(text: NormalizedText, start: number, end: number): boolean {
  const tokens = text.tokens;
  const last = tokens[end - 1] as Token;
  const next = tokens[end];
  // The verb closes the clause, and the sentence goes on.
  if (next === undefined || next.sentence !== last.sentence || !clauseBreak(text, end - 1, end)) return false;
  for (let k = start; k >= 0; k--) {
    const token = tokens[k] as Token;
    const prev = tokens[k - 1];
    if (prev === undefined || prev.sentence !== token.sentence || clauseBreak(text, k - 1, k)) return token.norm === 'wer';
  }
  return false;
}

/**
 * Acts done to a group, as the subject of a verdict ("Gewalt gegen Juden ist widerlich", "Der Angriff auf die Muslime
 * in Christchurch war abscheulich", "Die Hetze gegen Flüchtlinge ist ekelhaft").
 */
const ACT_NOUNS = new WordSet(new Set([
  'gewalt', 'angriff', 'angriffe', 'anschlag', 'anschlaege', 'attentat', 'attentate', 'brandanschlag', 'hetze', 'hetzjagd', 'hass', 'diskriminierung',
  'ausgrenzung', 'verfolgung', 'mord', 'morde', 'ermordung', 'behandlung', 'umgang', 'anfeindungen', 'anfeindung', 'beleidigungen', 'schmierereien',
  'rassismus', 'antisemitismus', 'homophobie', 'sexismus', 'transfeindlichkeit', 'pogrom', 'pogrome', 'vertreibung', 'mobbing', 'belaestigung',
  'belaestigungen', 'ueberfall', 'ueberfaelle', 'verunglimpfung', 'drohungen', 'schikane', 'schikanen', 'polizeigewalt', 'ausbeutung', 'unterdrueckung',
  'benachteiligung', 'verhalten', 'vorgehen', 'holocaust', 'deportation', 'deportationen',
]));
/** Words that open a clause about what someone did or said, which then is the subject ("Wie hier über … geredet wird, ist ekelhaft"). */
const ACT_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['wie', 'dass', 'was']);
const ACT_VERBS: ReadonlySet<string> = new Set([
  'reden', 'redet', 'geredet', 'schreiben', 'schreibt', 'geschrieben', 'sprechen', 'spricht', 'gesprochen', 'hetzen', 'hetzt', 'gehetzt', 'herziehen',
  'hergezogen', 'behandelt', 'behandeln', 'umgehen', 'umgeht', 'umgegangen', 'beleidigt', 'beschimpft', 'angegriffen', 'diskriminiert', 'ausgegrenzt',
  'verfolgt', 'verspottet', 'bedroht', 'angepoebelt', 'gemobbt', 'abgeschoben', 'ausgeschafft', 'verunglimpft', 'herabgewuerdigt', 'ausgebeutet',
  'bezeichnet', 'bezeichnen', 'nennt', 'nennen', 'genannt', 'abgestempelt', 'abstempelt',
]);
/** "Dass man … als krank bezeichnet, macht mich wütend": a verb of feeling with the writer as object judges like a copula. */
const FEELING_VERBS: ReadonlySet<string> = new Set(['macht', 'machen']);
const FEELING_OBJECTS: ReadonlySet<string> = new Set(['mich', 'uns']);
const ACT_DETERMINERS: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'diese', 'dieser', 'dieses', 'solche', 'solcher', 'jede', 'jeder', 'jegliche', 'jeglicher', 'eure', 'deine', 'ihre', 'seine']);

/**
 * Whether a row that counts only about a group is the predicate of a verdict on an act ({@link ACT_NOUNS} opening the
 * clause of its copula: "Gewalt gegen Juden ist widerlich") or on a clause put first ("Wie manche über Flüchtlinge
 * reden, ist ekelhaft"): it judges what was done, not the group.
 */
export function verdictOnAct(text: NormalizedText, start: number): boolean {
  const tokens = text.tokens;
  const sentence = (tokens[start] as Token).sentence;
  let copula = -1;
  for (let k = start; k >= 0 && k >= start - 2; k--) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence) return false;
    if (COPULAS_DE.has(token.norm) || (FEELING_VERBS.has(token.norm) && FEELING_OBJECTS.has(tokens[k + 1]?.norm ?? ''))) {
      copula = k;
      break;
    }
    if (k < start && clauseBreak(text, k, k + 1)) return false;
  }
  if (copula < 1) return false;
  let first = copula;
  while (first > 0 && (tokens[first - 1] as Token).sentence === sentence && !clauseBreak(text, first - 1, first)) first--;
  if (first === copula) {
    // The copula opens its clause: the clause before it is the subject ("Wie …, ist ekelhaft").
    let open = copula - 1;
    while (open > 0 && (tokens[open - 1] as Token).sentence === sentence) open--;
    // … and says what was done to or said about the group ("Wie … behandelt werden", "Dass … beschimpft werden"), not
    // what the group does ("Dass Schwule sich küssen, ist ekelhaft").
    if (!ACT_CLAUSE_OPENERS.has((tokens[open] as Token).norm)) return false;
    for (let k = open + 1; k < copula; k++) if (ACT_VERBS.has((tokens[k] as Token).norm)) return true;
    return false;
  }
  const head = ACT_DETERMINERS.has((tokens[first] as Token).norm) ? first + 1 : first;
  return head < copula && ACT_NOUNS.has(tokens[head] as Token);
}

/** Prepositions that tie an act to the group it is done to ("Hass auf …", "Gewalt gegen …", "Gewalt an …"). */
const ACT_PREPOSITIONS: ReadonlySet<string> = new Set(['auf', 'gegen', 'gegenueber', 'an', 'von', 'ueber']);

/**
 * Whether the sentence of a row that counts only about a group opens with an act done to the group as its subject
 * ("Hass auf Muslime hat in einem zivilisierten Land nichts verloren", "Die Hetze gegen Flüchtlinge muss weg") and
 * names a group nowhere else before the row: the row is said of the act, not of the group. A determiner or an
 * adjective may stand between the preposition and the group ("Gewalt gegen die jüdischen Nachbarn").
 */
export function actSubjectSentence(tokens: readonly Token[], start: number, groupTokens: readonly number[] | undefined): boolean {
  if (groupTokens === undefined) return false;
  const sentence = (tokens[start] as Token).sentence;
  const first = sentenceStart(tokens, start);
  const head = ACT_DETERMINERS.has((tokens[first] as Token).norm) ? first + 1 : first;
  if (head + 2 > start || !ACT_NOUNS.has(tokens[head] as Token) || !ACT_PREPOSITIONS.has((tokens[head + 1] as Token).norm)) return false;
  let named = false;
  for (const g of groupTokens) {
    if ((tokens[g] as Token).sentence !== sentence || g >= start) continue;
    if (g < head + 2 || g > head + 4) return false;
    named = true;
  }
  return named;
}

/** Verbs of wishing and being able: before "zurück …" they make the return the group's own wish. */
const WISH_VERBS: ReadonlySet<string> = new Set(['moechte', 'moechten', 'will', 'wollen', 'wuerde', 'wuerden', 'hoffen', 'hofft', 'traeumen', 'traeumt', 'sehnen', 'sehnt', 'koennen', 'kann', 'duerfen', 'darf', 'konnten', 'durften', 'wollten', 'moechtet', 'gerne', 'gern', 'wend', 'wetted', 'moechted', 'choennd', 'doerfed']);
const WISH_WINDOW = 3;

/** Whether a row of sending back ("zurück in ihre Heimat") follows a verb of wishing in its clause ({@link WISH_VERBS}). */
export function ownWish(tokens: readonly Token[], m: TermMatch<LexiconPayload>): boolean {
  if (!m.term.startsWith('zurueck')) return false;
  return wordBefore(tokens, m.tokenStart, WISH_VERBS, WISH_WINDOW);
}

/** Words that may stand for a group as the subject before a copula ("Die sind …", "Alle sind …", "Solche sind …"). */
const GROUP_SUBJECT_WORDS: ReadonlySet<string> = new Set(['die', 'diese', 'sie', 'alle', 'viele', 'manche', 'einige', 'solche', 'das', 'es', 'wir', 'ihr', 'meisten', 'jene', 'di', 'dene', 'beide', 'leute', 'menschen', 'wieso', 'warum', 'weshalb', 'wie', 'was', 'wer']);

/**
 * Whether a German predicate row that starts with a copula ("sind * barbar") has a subject right before it that is a
 * noun naming no group ("Die Taliban sind Barbaren, die Frauen …"), and no group is named before it in its clause.
 */
export function otherSubject(text: NormalizedText, start: number, end: number, groupTokens: readonly number[] | undefined): boolean {
  const tokens = text.tokens;
  const copula = tokens[start] as Token;
  if (!COPULAS_DE.has(copula.norm) || start === 0) return false;
  const subject = tokens[start - 1] as Token;
  if (subject.sentence !== copula.sentence || clauseBreak(text, start - 1, start) || GROUP_SUBJECT_WORDS.has(subject.norm) || !isNoun(text, start - 1)) return false;
  let clause = start - 1;
  while (clause > 0 && (tokens[clause - 1] as Token).sentence === copula.sentence && !clauseBreak(text, clause - 1, clause)) clause--;
  // A group inside the frame is its subject put after the verb ("Wieso sind Frauen immer so hysterisch?").
  // The group named only before the clause may still be its subject ("… Roma …, der bessere Begriff ist Abschaum"): only a
  // group named after the predicate is left out.
  const groups = groupTokens ?? [];
  return !groups.some((g) => g < end && (tokens[g] as Token).sentence === copula.sentence) && groups.some((g) => g >= end && (tokens[g] as Token).sentence === copula.sentence);
}

export function withoutSentence(sentences: ReadonlySet<number>, sentence: number): Set<number> {
  const out = new Set(sentences);
  out.delete(sentence);
  return out;
}

/**
 * Whether the sentence of a feeling about a group has a clause that says what is done to the group ("Ich habe es satt,
 * wie Flüchtlinge hier behandelt werden", "Wenn ich sehe, wie Muslime beschimpft werden, werde ich wütend"): "wie" or
 * "dass" and a verb of harm or talk ({@link ACT_VERBS}) after it. The feeling is about the act.
 */
export function actClauseInSentence(tokens: readonly Token[], start: number): boolean {
  const sentence = (tokens[start] as Token).sentence;
  let k = start;
  while (k > 0 && (tokens[k - 1] as Token).sentence === sentence) k--;
  let opened = false;
  for (; k < tokens.length && (tokens[k] as Token).sentence === sentence; k++) {
    const norm = (tokens[k] as Token).norm;
    if (ACT_CLAUSE_OPENERS.has(norm)) opened = true;
    else if (opened && ACT_VERBS.has(norm)) return true;
  }
  return false;
}

/** Singular copulas: "das ist widerlich" is said of a thing; "das sind …" may take up a group. */
const SINGULAR_COPULAS: ReadonlySet<string> = new Set(['ist', 'isch', 'war', 'waere']);
const FIND: ReadonlySet<string> = new Set(['finde', 'findet', 'fand', 'find', 'finds']);

/**
 * Whether a row that counts only about a group has a subject that is no group: "es"/"das" ("Es ist kriminell, wie
 * …", "Ich finde es widerlich, wie hier über Muslime hergezogen wird", "Das ist widerlich") or speech ("Diese
 * Verschwörungsmythen sind gefährlich").
 */
export function nonGroupSubject(tokens: readonly Token[], start: number, term: string): boolean {
  const first = tokens[start] as Token;
  const prev = tokens[start - 1];
  if (FRAME_COPULAS.has(first.norm)) {
    // "sind das Letzte": the "das" after the copula is the predicate's own article, not its subject ("Ist das gefährlich?" asks).
    const next = tokens[start + 1]?.norm ?? '';
    const words = termWords(term);
    return NON_GROUP_SUBJECTS.has(prev?.norm ?? '') || (NON_GROUP_SUBJECTS.has(next) && !(words.has(next) && (words.has('letzte') || words.has('allerletzte')))) || (prev !== undefined && prev.sentence === first.sentence && SPEECH_NOUNS.has(prev));
  }
  if (prev === undefined || prev.sentence !== first.sentence) return false;
  const before = tokens[start - 2];
  // "Es gibt keinen Muslim, der …": "es gibt" names what there is, the group after it.
  if (prev.norm === 'es') return first.norm !== 'gibt';
  if (before === undefined || before.sentence !== first.sentence) return false;
  if (SINGULAR_COPULAS.has(prev.norm) && (before.norm === 'es' || before.norm === 'das' || before.norm === 'dies')) return true;
  return FIND.has(before.norm) && (prev.norm === 'das' || prev.norm === 'dies');
}

export const NO_SENTENCES: ReadonlySet<number> = new Set();
const ROLE_WORDS = new WordSet(new Set(['als', 'zum', 'zur']));

/**
 * Sentences that are only a refusal ({@link REFUSALS}: "Niemals.", "Nie im Leben.") answering a question right before
 * them that names a group in a role ("Eine Frau als Chefin?", "Ein Muslim als Lehrer meiner Kinder?").
 */
export function refusalSentences(text: NormalizedText, matches: readonly TermMatch<LexiconPayload>[]): ReadonlySet<number> {
  const tokens = text.tokens;
  let out: Set<number> | undefined;
  for (const m of matches) {
    if (!REFUSALS.has(m.term) || m.tokenStart === 0) continue;
    const first = tokens[m.tokenStart] as Token;
    const s = first.sentence;
    const before = tokens[m.tokenStart - 1] as Token;
    const after = tokens[m.tokenEnd];
    if (before.sentence !== s - 1 || (after !== undefined && after.sentence === s) || first.quoted) continue;
    if (!text.text.slice(before.end, first.begin).includes('?')) continue;
    let role = false;
    let group = false;
    for (let k = m.tokenStart - 1; k >= 0 && (tokens[k] as Token).sentence === s - 1; k--) if (ROLE_WORDS.has(tokens[k] as Token)) role = true;
    for (const g of matches) if (g.data?.category === 'identity' && (tokens[g.tokenStart] as Token).sentence === s - 1) group = true;
    if (role && group) (out ??= new Set()).add(s);
  }
  return out ?? NO_SENTENCES;
}

/**
 * Whether the token at `k` stands in the main clause of a sentence that opens with a "wer" clause ("Wer …, hat …"),
 * every group named in that sentence stands inside the "wer" clause, and no pronoun takes it up before `k`.
 */
export function groupOnlyInWhoever(text: NormalizedText, k: number, groupTokens: readonly number[] | undefined): boolean {
  const tokens = text.tokens;
  const start = sentenceStart(tokens, k);
  if ((tokens[start] as Token).norm !== 'wer') return false;
  const sentence = (tokens[k] as Token).sentence;
  const whoEnd = clauseEndFrom(text, start + 1, sentence);
  if (whoEnd >= k) return false;
  // "Wer Muslime kennt, weiss: die haben hier nichts verloren": a pronoun in the main clause takes the group up again.
  for (let p = whoEnd; p < k; p++) if (GROUP_PRONOUNS.has(tokens[p] as Token)) return false;
  return (groupTokens ?? []).every((g) => (tokens[g] as Token).sentence !== sentence || g < whoEnd);
}
