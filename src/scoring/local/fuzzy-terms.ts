import type { Language } from '../../domain';
import type { TermDefinition, TermMatch, TermMatcher } from './term-matcher';
import { collapseElongation, normalizeWord, type NormalizedText, type Token } from './text-normalizer';
import { WordBytes, WordCache, WordPairFlags, WordSet, WORDS } from './word-table';

/**
 * Misspelt insults and slurs ("Vollidoit", "Abschuam", "Arschlch", "conard"): a word that is a lexicon term with
 * two neighbouring letters swapped, one letter dropped (not the last: "Versage" is not "Versager") or one letter
 * added, from the fourth letter on. A letter replaced by another is not tried: "Schweiz" is one letter from
 * "Schwein". Only single-word terms of at least {@link MIN_TERM_LENGTH} letters, in words of at least
 * {@link MIN_WORD_LENGTH}, and an inflection ending is allowed after the term ("Vollidoiten"). The slips were
 * checked against every word of the data sets for words they would misread.
 */
const MIN_TERM_LENGTH = 7;
/**
 * Shorter terms of {@link SHORT_TERM_LENGTH} letters ("muslim", "asylan…", "schwul…") are found with two neighbouring
 * letters swapped ("Musilme", "Schwlue"); group names also with a letter dropped or added ("Musime", "Musslime"), as
 * a group name alone weighs nothing.
 */
const SHORT_TERM_LENGTH = 6;
const MIN_WORD_LENGTH = 6;
/** Slips in the first letters make other words too often ("erachtet" → "verachtet", "prendre" → "pendre"). */
const FIRST_EDITABLE = 3;
/**
 * Terms of this many letters, and group names of {@link SHORT_TERM_LENGTH}, are found with a slip from the second
 * letter on ("Asbchaum", "Aschaum", "Fruen", "Trnsmenschen"): HateCheck's swapped and dropped letters fall anywhere, and
 * a long word misreads little (the collisions with the system dictionaries are in {@link REAL_WORDS}).
 */
const EARLY_EDIT_LENGTH = 8;
/**
 * Terms a dropped or added letter away from common words ("Schwein" → "Schein"; "Geschmeiss" → "geschmissen";
 * "krepieren" → "kreieren"), and group names ("Schwüle" → "Schwule", "Schule" → "schwul", "Serbien" → "Serben"):
 * these are only found with two letters swapped ("Schwlue").
 */
const SWAP_ONLY = new Set(['schwein', 'geschmeiss', 'krepieren', 'tschusch', 'schwul', 'serben', 'tschetschene']);
/** Not even swapped: "Schwüle" is "schwuel" + e, "schwule" with two letters swapped. */
const NOT_FUZZY = new Set(['schwule', 'schwuler', 'schwulen', 'christen', 'christin']);
const ENDINGS = ['', 'e', 'en', 'n', 's', 'er', 'in', 'innen', 'i', 'a', 'o'];

interface Candidate<T> {
  term: TermDefinition<T>;
  norm: string;
  /** Only a swap of two neighbouring letters (a short term that is no group name). */
  swapOnly: boolean;
  /** Two neighbouring letters swapped anywhere ("Mulsime", "Jduen", "hsase"), see {@link FuzzyOptions}. */
  earlySwap: boolean;
  /** The first letter where a slip may fall ({@link EARLY_EDIT_LENGTH}). */
  firstEditable: number;
}

/** Which short terms may also be found with a letter dropped or added (group names). */
export interface FuzzyOptions<T> {
  anySlipWhenShort?: (term: TermDefinition<T>) => boolean;
  /**
   * Terms also found with two neighbouring letters swapped anywhere in the word, and from
   * {@link EARLY_SWAP_LENGTH} letters ("Mulsime", "Jduen", "Ich hsase …"): group names and the words that count only
   * when a group is named, where a slip early in the word misreads little because the row needs the group as well.
   */
  earlySwap?: (term: TermDefinition<T>) => boolean;
}

/** Real words that are a swap of a term ("des Hases"). */
const NOT_SWAPPED = new Set(['hases', 'ratet', 'quere']);
/**
 * Real words one slip from a term, never read as misspelt (session 19: found by running the finder over the words of
 * our data sets, a German word list with common verb endings and the system dictionaries of the four languages, used
 * only for that check; each was one that would weigh in an ordinary sentence):
 * "Die Flüchtlinge stehen am Bahnhof" (stehlen), "Unser Hund hat sich die Pfoten verletzt" (Pfosten), "Die Gemeinde will
 * Bauland erschliessen" (erschiessen), "Der Schleier ist kein Thema" (Schleimer), "Wir vergassen es fast" (Swiss
 * spelling of "vergaßen": vergasen), "le meilleur médecin que je connaisse" (connasse), "eine verglaste Fassade"
 * (vergase), "tomates concassées" (conasse), "une yourte" (a slur), "sono state create" (crepate), "le richieste
 * ignorate" (ignorante), "sturare il lavandino" (stuprare), doors, crossing a road, leasing, moving furniture.
 */
const REAL_WORDS = new Set([
  'stehen', 'stehe', 'pfoten', 'erschliessen', 'erschliesse', 'schleier', 'schleiern', 'vergassen', 'tueren', 'queren', 'verpachten', 'verpachte',
  'verruecken', 'verruecke', 'hasten', 'halbschuh', 'halbschuhe', 'schwaerze', 'schwaerzen', 'kroatien', 'rumaenien', 'israels', 'russten', 'tuerkte',
  'tuerkten', 'verlachte', 'verlachten', 'verlachtet', 'vermachte', 'vermachten', 'vermachtet', 'erschliessens', 'schleiers', 'stehens', 'verrueckens',
  'verpachtet', 'verpachtete', 'verpachteten', 'verpachteter', 'verpachtens', 'abstehe', 'abstehen', 'abstehende', 'abstehenden', 'schaetzer',
  'schaetzerin', 'schaetzern', 'schaetzers', 'verdachte', 'verdachten', 'verdrecke', 'verdrecken', 'verflogen', 'verflogene', 'verflogenen', 'verflogener',
  'vergasst', 'verglase', 'verglasen', 'verglast', 'verglaste', 'verglasten', 'verglaster',
  'connaisse', 'connaisses', 'connaissent', 'assole', 'assolee', 'assoles', 'azimuts', 'boueux', 'bouffions', 'braque', 'braquee', 'braques', 'chineurs',
  'chineuse', 'chineuses', 'chipeurs', 'chipeuse', 'chipeuses', 'concasse', 'concassee', 'concasses', 'concassees', 'creatine', 'imposture', 'impostures',
  'lobotomie', 'radies', 'yourte', 'yourtes',
  'bollii', 'bollisti', 'create', 'ignorate', 'ignorati', 'ignorata', 'ignorato', 'impicciare', 'impiccia', 'impicci', 'parlai', 'pensai', 'pensarci',
  'ripensai', 'ritardante', 'ritardanti', 'ritardaste', 'ritardasti', 'sparpagli', 'sparpaglia', 'sparpaglio', 'sturare', 'sturato',
  'fiber', 'fibers', 'insets', 'inspects', 'leftwards', 'mooches', 'scrounges', 'whacks', 'whines',
  // Session 24: the words of the same dictionaries that slips from the second letter on (EARLY_EDIT_LENGTH) misread.
  'binden', 'bindens', 'binder', 'binderin', 'binderinnen', 'bindern', 'binders', 'bonieren', 'lebens', 'weberin', 'weberinnen', 'webern', 'webers',
  'geschissen', 'geschissene', 'geschissenen', 'geschissener', 'gestoerte', 'gestoerten', 'gestoertes', 'seinige', 'seinigen', 'seiniges', 'umringen',
  'unvertraeglich', 'unvertraegliche', 'unvertraeglichen', 'unvertraeglicher',
  'banques', 'certains', 'colportes', 'coquillons', 'havissons', 'hissons', 'lapiderons', 'mirant', 'rousses', 'ruasses', 'souffrirai', 'souffrirais',
  'manaccia', 'mirante', 'pignone', 'saccone', 'sacconi', 'scroccato', 'tyrannies', 'wingers',
]);
/** Shortest term and word for an early swap ("hasse" → "hsase"; "Jude" → "Jdue" is too short to tell from typos). */
const EARLY_SWAP_LENGTH = 5;

/** Whether `word` is `term` with two neighbouring letters swapped anywhere ("ahsse", "hsase", "hases" for "hasse"). */
function swappedEarly(word: string, term: string): boolean {
  if (word.length !== term.length || word === term || NOT_SWAPPED.has(word)) return false;
  let i = 0;
  while (i < word.length && word[i] === term[i]) i++;
  return i + 1 < word.length && word[i] === term[i + 1] && word[i + 1] === term[i] && word.slice(i + 2) === term.slice(i + 2);
}

/** Every string one deletion away from `s`, with `s` itself. */
function deletions(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/**
 * Whether `word` is `term` with two neighbouring letters swapped, one inner letter dropped, or one letter added, from
 * letter `firstEditable` on.
 */
function oneSlipAway(word: string, term: string, swapOnly = false, firstEditable = FIRST_EDITABLE): boolean {
  if (word === term) return false;
  if (swapOnly && word.length !== term.length) return false;
  if (word.length === term.length) {
    let i = 0;
    while (i < word.length && word[i] === term[i]) i++;
    return i >= firstEditable && i + 1 < word.length && word[i] === term[i + 1] && word[i + 1] === term[i] && word.slice(i + 2) === term.slice(i + 2);
  }
  if (word.length === term.length - 1) {
    for (let i = firstEditable; i < term.length - 1; i++) if (term.slice(0, i) + term.slice(i + 1) === word) return true;
    return false;
  }
  if (word.length === term.length + 1) {
    // Not at the end: a letter after the term reads as an inflection ("Abstecher" is not "absteche" + r).
    for (let i = firstEditable; i < word.length - 1; i++) if (word.slice(0, i) + word.slice(i + 1) === term) return true;
  }
  return false;
}

/** Finds misspelt single-word terms among the words no exact match covers. */
export interface FuzzyTerms<T> {
  find(tokens: readonly Token[], covered: Uint8Array, language: Language): TermMatch<T>[];
}

export function compileFuzzyTerms<T>(terms: readonly TermDefinition<T>[], options: FuzzyOptions<T> = {}): FuzzyTerms<T> {
  // Symmetric deletions: a word and a term one slip apart share a string within one deletion of each.
  const index = new Map<string, Candidate<T>[]>();
  for (const term of terms) {
    if (term.action === 'allow' || /[\s*]/.test(term.term)) continue;
    const norm = normalizeWord(term.term);
    const earlySwap = options.earlySwap?.(term) === true && !NOT_FUZZY.has(norm);
    if (norm.length < (earlySwap ? EARLY_SWAP_LENGTH : SHORT_TERM_LENGTH) || !/^[a-z]+$/.test(norm) || NOT_FUZZY.has(norm)) continue;
    const group = options.anySlipWhenShort?.(term) === true;
    const swapOnly = SWAP_ONLY.has(norm) || norm.length < SHORT_TERM_LENGTH || (norm.length < MIN_TERM_LENGTH && !group);
    const firstEditable = norm.length >= EARLY_EDIT_LENGTH || (group && norm.length >= SHORT_TERM_LENGTH) ? 1 : FIRST_EDITABLE;
    for (const key of deletions(norm)) {
      const list = index.get(key);
      if (list === undefined) index.set(key, [{ term, norm, swapOnly, earlySwap, firstEditable }]);
      else if (!list.some((c) => c.norm === norm && c.term.language === term.language)) list.push({ term, norm, swapOnly, earlySwap, firstEditable });
    }
  }
  const cache = new WordCache<Candidate<T>[]>();
  /** 1 when a word is one slip from no term (nearly every word), 2 when it has candidates in {@link cache}. */
  const hasCandidates = new WordBytes();
  const none: Candidate<T>[] = [];
  const lookup = (word: string, id: number): Candidate<T>[] => {
    const known = hasCandidates.get(id);
    if (known === 1) return none;
    let found = known === 2 ? cache.get(id) : undefined;
    if (found !== undefined) return found;
    if (REAL_WORDS.has(word)) {
      hasCandidates.set(id, 1);
      return none;
    }
    found = [];
    for (const ending of ENDINGS) {
      if (!word.endsWith(ending)) continue;
      const stem = word.slice(0, word.length - ending.length);
      if (stem.length < EARLY_SWAP_LENGTH) continue;
      // Words shorter than MIN_WORD_LENGTH are read for early swaps only ("lesen" is no "Lesben" with a letter dropped).
      const short = word.length < MIN_WORD_LENGTH || stem.length < MIN_WORD_LENGTH - 1;
      for (const key of deletions(stem)) {
        for (const candidate of index.get(key) ?? []) {
          if (found.includes(candidate)) continue;
          const slip = !short && candidate.norm.length >= SHORT_TERM_LENGTH && oneSlipAway(stem, candidate.norm, candidate.swapOnly, candidate.firstEditable);
          // A short term swapped only as the whole word: "Medien" is no "meide" + n.
          const early = candidate.earlySwap && (ending === '' || candidate.norm.length >= SHORT_TERM_LENGTH) && swappedEarly(stem, candidate.norm);
          if (slip || early) found.push(candidate);
        }
      }
      if (found.length > 0) break;
    }
    if (found.length === 0) {
      hasCandidates.set(id, 1);
      return none;
    }
    cache.set(id, found);
    hasCandidates.set(id, 2);
    return found;
  };
  return {
    find(tokens, covered, language) {
      const out: TermMatch<T>[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i] as Token;
        if (token.kind !== 'word' || covered[i] === 1 || token.norm.length < EARLY_SWAP_LENGTH) continue;
        for (const { term } of lookup(token.norm, token.id)) {
          if (term.language !== undefined && language !== 'other' && term.language !== language) continue;
          out.push({ begin: token.begin, end: token.end, term: term.term, id: `fuzzy:${term.id ?? term.term}`, tokenStart: i, tokenEnd: i + 1, data: term.data });
          break;
        }
      }
      return out;
    },
  };
}

/** Finds words split by a space among the words no match covers. */
export interface SplitWords<T> {
  find(text: NormalizedText, covered: Uint8Array, language: Language): TermMatch<T>[];
}

/** Shortest part of a word split apart that is tried ("Ab schaum", "Asy lanten"): "ab", "asy". */
const MIN_SPLIT_PART = 2;

/**
 * Words split by a space ("minder wertig", "Ab schaum", "Schwuch tel", "Flücht linge"): two neighbouring words,
 * one space between them, are read as one when the first is the start of a single-word term of at least
 * {@link MIN_TERM_LENGTH} letters and the two joined are that term (with its endings and compounds) by the exact
 * matcher. The term must begin in the first word and go on into the second, so that "Schweizer Affen" is not one
 * word; "Unter suchung" joins to no term.
 */
/**
 * Words that stand alone before the rest of a term ("unter Menschen", "aus Ländern", "du Dummkopf"): joined only when
 * written with a capital inside a sentence, as a noun's first half is ("Juden sind Unter menschen").
 */
const FREE_STANDING = new WordSet(new Set(['du', 'aus', 'unter', 'blind', 'nichts', 'mit', 'von', 'vor', 'bei', 'zu', 'um', 'in', 'an', 'auf', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'er', 'sie', 'es', 'wir', 'ihr', 'so', 'ab', 'un', 'con', 'the']));

/**
 * Ordinary two-word phrases that join to a term, never joined (session 19: found by splitting every term into two words
 * of the system dictionaries and keeping the pairs a comment would use): "a low life expectancy" (lowlife), "a wet back
 * road" (a slur), "cheap skates at the rink", "mosquitoes and other blood suckers", "vier Stunden tot schlagen".
 */
const PHRASES: ReadonlySet<string> = new Set([
  // Not the two-word spellings that are insults as often as not ("a total dirt bag", "you air head").
  'low life', 'wet back', 'cheap skate', 'cheap skates', 'blood sucker', 'blood suckers', 'crack pot', 'crack pots', 'simple ton', 'tot schlagen',
  'tot geschlagen', 'journal eux',
]);

/** The value of a pair of words that joins to no term, in {@link compileSplitWords}' word-pair flags. */
const NOTHING_JOINED = 1;

/** Group names are joined from this many letters ("Mus lime", "Les ben"): a group name alone weighs nothing. */
const MIN_SPLIT_GROUP_LENGTH = 5;

export function compileSplitWords<T>(terms: readonly TermDefinition<T>[], matcher: TermMatcher<T>, options: FuzzyOptions<T> = {}): SplitWords<T> {
  // Asked of nearly every token: a WordSet answers from the token's id, without a string-keyed lookup.
  const startWords = new Set<string>();
  const allowed = new Set<string>();
  for (const term of terms) {
    if (term.action === 'allow' || /[\s*]/.test(term.term)) continue;
    const norm = normalizeWord(term.term);
    if (norm.length < (options.anySlipWhenShort?.(term) === true ? MIN_SPLIT_GROUP_LENGTH : MIN_TERM_LENGTH) || !/^[a-z]+$/.test(norm)) continue;
    allowed.add(term.id ?? norm);
    for (let k = MIN_SPLIT_PART; k <= norm.length - MIN_SPLIT_PART; k++) startWords.add(norm.slice(0, k));
  }
  const starts = new WordSet(startWords);
  /**
   * The matcher's answer for a joined pair, per language and interned word: the term matcher reads a one-word text by
   * its word alone, and the same pairs ("Flücht linge") come back comment after comment.
   */
  const joinedMatches = new Map<Language, WordCache<readonly TermMatch<T>[]>>();
  const matchJoined = (joined: string, quoted: boolean, language: Language): readonly TermMatch<T>[] => {
    const id = WORDS.idOf(joined);
    let cache = joinedMatches.get(language);
    if (cache === undefined) joinedMatches.set(language, (cache = new WordCache<readonly TermMatch<T>[]>()));
    const known = cache.get(id);
    if (known !== undefined) return known;
    const one: NormalizedText = { text: joined, tokens: [{ norm: joined, begin: 0, end: joined.length, kind: 'word', quoted, sentence: 0, id }] };
    const found = matcher.match(one, language);
    cache.set(id, found);
    return found;
  };
  /**
   * Pairs of words that join to nothing, per language ({@link NOTHING_JOINED}): nearly all of them ("die Leute"),
   * answered without joining the two strings and interning the result.
   */
  const joinedNothing = new Map<Language, WordPairFlags>();
  const findInText = (text: NormalizedText, covered: Uint8Array, language: Language): TermMatch<T>[] => {
    const out: TermMatch<T>[] = [];
    const tokens = text.tokens;
    let nothing = joinedNothing.get(language);
    if (nothing === undefined) joinedNothing.set(language, (nothing = new WordPairFlags()));
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i] as Token;
      if (a.kind !== 'word' || covered[i] === 1 || !starts.has(a)) continue;
      const b = tokens[i + 1] as Token;
      if (b.kind !== 'word' || b.sentence !== a.sentence || b.begin !== a.end + 1 || text.text.charCodeAt(a.end) !== 32) continue;
      if (FREE_STANDING.has(a)) {
        const before = tokens[i - 1];
        const code = text.text.charCodeAt(a.begin);
        if (before === undefined || before.sentence !== a.sentence || code < 65 || code > 90) continue;
      }
      if (nothing.get(a.id, b.id) === NOTHING_JOINED) continue;
      // Normalised like a written word: interned raw, "Schiff fahrt" would make "Schifffahrt" read as written.
      const joined = collapseElongation(a.norm + b.norm);
      let joinedTerm = false;
      for (const m of matchJoined(joined, a.quoted, language)) {
        const norm = normalizeWord(m.term);
        if (!allowed.has(m.id) || !norm.startsWith(a.norm) || norm.length <= a.norm.length) continue;
        if (PHRASES.has(`${a.norm} ${b.norm}`)) break;
        out.push({ begin: a.begin, end: b.end, term: m.term, id: `joined:${m.id}`, tokenStart: i, tokenEnd: i + 2, data: m.data });
        joinedTerm = true;
        break;
      }
      if (!joinedTerm) nothing.set(a.id, b.id, NOTHING_JOINED);
    }
    return out;
  };
  return { find: findInText };
}
