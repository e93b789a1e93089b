/**
 * The lexicon pipeline for one comment: exact matches (term-matcher.ts), the grammar of insults said in a sentence
 * (insult-predicates.ts), misspelt and split words (fuzzy-terms.ts), then each match read in context and combined by
 * noisy-or, then aimed threats (threat-escalation.ts) and the threat safety net (lexicon-threat-net.ts). The context
 * rules live beside it: context-rules.ts (what discounts one hit), negation.ts, speech-cues.ts (counter-speech,
 * fiction, reported speech, the reader addressed), group-mentions.ts (rows that count only about a group) and
 * things-and-animals.ts (words said of things, animals or the writer).
 */
import { ATTRIBUTES, type Attribute, type Language, type Span } from '../../domain';
import { LEXICON, type LexiconCategory, type LexiconPayload, type LexiconWeights } from './lexicon-data';
import { compileFuzzyTerms, compileSplitWords, type FuzzyTerms, type SplitWords } from './fuzzy-terms';
import { findPredicates, type PredicateFindings } from './insult-predicates';
import { findQualityComparisons } from './quality-comparisons';
import { deniesProhibition } from './negation';
import { compileTerms, type AllowedRange, type TermDefinition, type TermMatch, type TermMatcher } from './term-matcher';
import { REFUSALS } from './lexicon-group-frames';
import { reportedSpeechTokens, reportedMainClauseTokens } from './speech-context';
import type { NormalizedText, Token } from './text-normalizer';
import { findThreatNet } from './lexicon-threat-net';
import { sortStable } from './stable-sort';
import { findPromisedEnd } from './lexicon-threat-ends';
import { type LexiconHit, isExclamation, applyContext } from './context-rules';
import { GROUP_PRONOUNS, GROUP_PRONOUNS_INTL, groupOnlyInWhoever, inWhoeverClause, verdictOnAct, actSubjectSentence, ownWish, otherSubject, withoutSentence, actClauseInSentence, nonGroupSubject, NO_SENTENCES, refusalSentences } from './group-mentions';
import { shameAtPerson, CUES, cueSentences } from './speech-cues';
import { KITCHEN_HOMONYMS, maskFarmAnimals, thingSubject, thingNear, slurHomonym, afterCopula, FARM_ANIMALS, STAGE_CHARACTERS, onStage } from './things-and-animals';
import { VEILED_THREAT, namesTheWriter, cueAtAddress, escalatedThreat } from './threat-escalation';

export { NEGATIONS } from './negation';
export type { HitContext, LexiconHit } from './context-rules';

/** What the lexicon says about one comment. */
export interface LexiconResult {
  scores: Record<Attribute, number>;
  spans: Span[];
  hits: LexiconHit[];
  /** Whether a group (women, refugees, …) is named anywhere in the comment. */
  identityMentioned: boolean;
  /** Where groups are named: the first token of each group name (for cues that must stand next to one). */
  groupTokens?: number[];
  /** The token after each group name of {@link groupTokens}, in the same order. */
  groupEnds?: number[];
  /**
   * Tokens the model should not read as evidence: innocent phrases ("fett gedruckt") and insults that are only
   * mentioned (quoted, reported, negated, counter-speech). `undefined` when there are none.
   */
  maskedTokens: Uint8Array | undefined;
  /**
   * {@link reportedSpeechTokens} of the comment when the lexicon needed them, `null` when it did not look: the
   * feature hasher asks the same question and reuses the answer.
   */
  reportedSpeech: Uint8Array | undefined | null;
}

/** Scores a comment from the curated lexicon with context rules (quotes, reported speech, negation, counter-speech). */
export interface LexiconScorer {
  score(text: NormalizedText, language: Language): LexiconResult;
  /** Whether the lexicon holds a term or starts a phrase with this word read whole (normal form). */
  knows(word: string, language: Language): boolean;
}

const MIN_SPAN_SCORE = 0.05;

/** Adjectives English intensifies with "dead" ("dead wrong", "dead serious", "dead set on"). */
const DEAD_INTENSIFIED: ReadonlySet<string> = new Set(['wrong', 'right', 'serious', 'set', 'certain', 'sure', 'tired', 'beat', 'last', 'straight', 'honest', 'broke', 'boring', 'easy', 'simple']);

/** Relative pronouns and the writer as an object after them: "die mir", "wer mir", "die uns". */
const RELATIVE_DE: ReadonlySet<string> = new Set(['die', 'der', 'wer', 'welche', 'welcher', 'denen']);
const WRITER_OBJECT_DE: ReadonlySet<string> = new Set(['mir', 'mich', 'uns']);

/** Whether a cue stands right after a relative pronoun and the writer as its object ("…, die mir widersprechen"). */
function contradictsWriter(tokens: readonly Token[], start: number): boolean {
  return WRITER_OBJECT_DE.has(tokens[start - 1]?.norm ?? '') && RELATIVE_DE.has(tokens[start - 2]?.norm ?? '');
}

/** Whether the match ending before `end` ends in "dead" and an intensified adjective follows. */
function deadIntensifier(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return tokens[end - 1]?.norm === 'dead' && next !== undefined && next.sentence === (tokens[end - 1] as Token).sentence && DEAD_INTENSIFIED.has(next.norm);
}

/** Second-person possessives before a counter-speech cue: the reader's views named ("deine Vorurteile", "tes préjugés"). */
const YOUR: ReadonlySet<string> = new Set(['deine', 'deinen', 'deiner', 'deinem', 'eure', 'euren', 'eurer', 'ihre', 'tes', 'ton', 'ta', 'vos', 'votre', 'tuoi', 'tue', 'tuo', 'tua', 'vostri', 'vostre', 'your']);

/**
 * Lexicon categories whose single-word terms are also found misspelt (see fuzzy-terms.ts); group names too
 * ("Flüchtlnige", "Auslädner"), so that a misspelt group still makes the sentence about a group.
 */
const FUZZY_CATEGORIES: ReadonlySet<LexiconCategory> = new Set(['insult', 'slur', 'body', 'threat', 'identity']);

const isGroupName = (t: TermDefinition<LexiconPayload>): boolean => t.data?.category === 'identity';
/** Group names, and German words that weigh only when a group is named ("hasse", "verachte", "widerlich"). */
const weighsWithGroup = (t: TermDefinition<LexiconPayload>): boolean =>
  t.language === 'de' && t.data !== undefined && (t.data.category === 'identity' || (t.data.group !== undefined && !hasWeight(t.data.weights)));

/** The shipped lexicon's insults, slurs and threats, for misspelt matches. */
export function shippedFuzzyTerms(): FuzzyTerms<LexiconPayload> {
  return compileFuzzyTerms(
    LEXICON.filter((t) => t.data !== undefined && FUZZY_CATEGORIES.has(t.data.category)),
    {
      anySlipWhenShort: isGroupName,
      earlySwap: weighsWithGroup,
    },
  );
}

/**
 * Lexicon matches read per comment. Real comments have a handful (at most 11 in the 37,123 comments of our data
 * sets); past it, more of the same words add nothing a moderator needs to see.
 */
const MAX_MATCHES = 128;

/** Whether a letter is masked by asterisks between letters ("Id*ot", "Fr**se"). */
function maskedLetters(text: string): boolean {
  return text.includes('*') && /\p{L}\*{1,3}\p{L}/u.test(text);
}

/** Words that address the group named after them ("ihr Italiener", "vous les Suisses", "you people"). */
const GROUP_ADDRESS: ReadonlySet<string> = new Set(['ihr', 'euch', 'vous', 'voi', 'you']);

/**
 * scoreRows' strongest weights of the current group of overlapping hits and the noisy-or over the groups so far, by
 * attribute index; reused from comment to comment (scoring is synchronous).
 */
const groupBuffer = new Float64Array(ATTRIBUTES.length);
const noisyOrBuffer = new Float64Array(ATTRIBUTES.length);

/** Tokens the misspelling and split-word finders skip, for the comment at hand (see scoreRows). */
let coveredBuffer = new Uint8Array(256);

/**
 * Builds the lexicon scorer. Without arguments it uses the shipped lexicon and finds its insults misspelt too;
 * pass a matcher (and optionally fuzzy terms) to use other term data (tests, moderator lists).
 */
export function createLexiconScorer(matcher?: TermMatcher<LexiconPayload>, fuzzy?: FuzzyTerms<LexiconPayload>): LexiconScorer {
  const exact = matcher ?? compileTerms(LEXICON);
  const misspelt = fuzzy ?? (matcher === undefined ? shippedFuzzyTerms() : undefined);
  const splitWords: SplitWords<LexiconPayload> | undefined =
    matcher === undefined ? compileSplitWords(LEXICON.filter((t) => t.data !== undefined && FUZZY_CATEGORIES.has(t.data.category)), exact, { anySlipWhenShort: (t) => isGroupName(t) || weighsWithGroup(t) }) : undefined;
  const scoreRows = (text: NormalizedText, language: Language): LexiconResult => {
      const tokens = text.tokens;
      const found = exact.matchWithAllowed(text, language);
      let { allowed } = found;
      // A comment's first MAX_MATCHES matches are read in context, the rest dropped: several context rules look at
      // every other match or the whole run of them, and 20 KB of one swear word repeated took 180 ms.
      let matches = found.matches.length > MAX_MATCHES ? found.matches.slice(0, MAX_MATCHES) : found.matches;
      // German criticism of a thing only takes back lexicon matches (the grammar reports no German insults): without
      // an insult or swear word found, there is nothing for it to do, and most comments are spared the reading.
      // … unless a letter is masked with an asterisk ("Du Id*ot"), which only the grammar's masked words read.
      const said = language === 'de' && !found.matches.some(isRetractable) && !maskedLetters(text.text) ? NO_FINDINGS : findPredicates(text.text, tokens, language, selfDroppableSentences(found.matches, tokens));
      if (said.matches.length > 0 || said.allowed.length > 0) {
        // Criticism of a thing ("cette décision est stupide") and speaking of oneself: the words inside are no evidence.
        // Inside a negated predicate ("il n'est pas idiot") the words count through the predicate, negated.
        const within = (m: TermMatch<LexiconPayload>, ranges: readonly AllowedRange[]): boolean => ranges.some((a) => m.tokenStart >= a.tokenStart && m.tokenEnd <= a.tokenEnd);
        // Threats, slurs and, in a sentence that names a group, words that weigh more about it ("parassiti") stay.
        const groupNamed = new Set<number>();
        for (const m of matches) if (m.data?.category === 'identity') groupNamed.add((tokens[m.tokenStart] as Token).sentence);
        const droppable = (m: TermMatch<LexiconPayload>): boolean => mayDrop(m, groupNamed.has((tokens[m.tokenStart] as Token).sentence));
        // Said of oneself, a severe insult goes too ("sono stato una testa di cazzo"); threats and slurs stay.
        const selfRanges = said.allowed.filter((a) => a.self === true);
        const ofSelf = (m: TermMatch<LexiconPayload>): boolean => selfRanges.length > 0 && within(m, selfRanges) && selfDroppable(m);
        const inside = (m: TermMatch<LexiconPayload>): boolean => (within(m, said.allowed) && droppable(m)) || ofSelf(m);
        // The lexicon's own innocent phrases ("una brutta bestia", "this tool") hold for these matches too.
        const own = said.matches.filter((m) => !inside(m) && !within(m, found.allowed));
        matches = sortStable([...matches.filter((m) => !inside(m) && !(within(m, said.negated) && droppable(m))), ...own], byPosition);
        // A range said of oneself masks only the insults dropped inside it.
        const selfDropped = selfRanges.length === 0 ? [] : found.matches.filter((m) => within(m, selfRanges) && inside(m)).map((m) => ({ tokenStart: m.tokenStart, tokenEnd: m.tokenEnd }));
        allowed = [...allowed, ...said.allowed.filter((a) => a.self !== true), ...selfDropped];
      }
      if (misspelt !== undefined) {
        // One buffer for every comment, grown as needed: the finders read only its first tokens.length entries.
        if (coveredBuffer.length < tokens.length) coveredBuffer = new Uint8Array(Math.max(tokens.length, 2 * coveredBuffer.length));
        const covered = coveredBuffer.fill(0, 0, tokens.length);
        // A frame that needs a group leaves its gap open: the group may stand there misspelt ("Ich kann Jduen nicht
        // ausstehen" is "kann * nicht ausstehen" around a group name with two letters swapped).
        for (const m of matches) {
          if (m.data?.group !== undefined && !hasWeight(m.data.weights) && m.tokenEnd - m.tokenStart > 2) {
            covered[m.tokenStart] = 1;
            covered[m.tokenEnd - 1] = 1;
          } else covered.fill(1, m.tokenStart, m.tokenEnd);
        }
        for (const range of allowed) covered.fill(1, range.tokenStart, range.tokenEnd);
        const slips = misspelt.find(tokens, covered, language);
        if (slips.length > 0) matches = sortStable([...matches, ...slips], byPosition);
        if (splitWords !== undefined) {
          for (const m of slips) covered.fill(1, m.tokenStart, m.tokenEnd);
          const joined = splitWords.find(text, covered, language);
          if (joined.length > 0) matches = sortStable([...matches, ...joined], byPosition);
          // "Der Bundesrat hat die Ausstrahlung einer nassen Socke": a frame of open words, read where nothing else was.
          for (const m of joined) covered.fill(1, m.tokenStart, m.tokenEnd);
          const compared = findQualityComparisons(tokens, covered, language);
          if (compared.length > 0) matches = sortStable([...matches, ...compared], byPosition);
        }
      }
      // An insult word inside a longer swear phrase is part of the swear ("Huere Siech!", "Huere Chaib, …"): a person is
      // insulted only through the phrase's aimed rows ("du huere Siech"), which are insults of their own.
      if (matches.some((m) => m.data?.category === 'profanity' && m.tokenEnd - m.tokenStart > 1)) {
        const swears = matches.filter((m) => m.data?.category === 'profanity' && m.tokenEnd - m.tokenStart > 1);
        const inSwear = (m: TermMatch<LexiconPayload>): boolean => swears.some((p) => p.tokenStart <= m.tokenStart && p.tokenEnd >= m.tokenEnd && p.tokenEnd - p.tokenStart > m.tokenEnd - m.tokenStart);
        matches = matches.filter((m) => m.data?.category !== 'insult' || !mayDrop(m, false) || !inSwear(m));
      }
      // "You're dead wrong on this": "dead" as an intensifier before an adjective ends no threat.
      if (language === 'en' && matches.some((m) => m.data?.category === 'threat' && deadIntensifier(tokens, m.tokenEnd))) {
        matches = matches.filter((m) => !(m.data?.category === 'threat' && deadIntensifier(tokens, m.tokenEnd)));
      }
      if (matches.length > 1) matches = withoutSpellingTwins(matches);
      const refusals = language === 'de' || language === 'other' ? refusalSentences(text, matches) : NO_SENTENCES;
      if (matches.some((m) => REFUSALS.has(m.term))) {
        matches = matches.filter((m) => !REFUSALS.has(m.term) || refusals.has((tokens[m.tokenStart] as Token).sentence));
      }
      const scores = emptyScores();
      const result: LexiconResult = { scores, spans: [], hits: [], identityMentioned: false, maskedTokens: undefined, reportedSpeech: null };
      const mask = (from: number, to: number): void => {
        result.maskedTokens ??= new Uint8Array(tokens.length);
        result.maskedTokens.fill(1, from, to);
      };
      for (const range of allowed) mask(range.tokenStart, range.tokenEnd);
      if (language === 'de' || language === 'other') {
        maskFarmAnimals(tokens, mask);
      }
      if (matches.length === 0) return result;
      // Sentences that name a group outside quotation marks: a group named only inside a quotation («Schwule sind
      // krank») is not what the writer's own words ("… haben hier nichts verloren") are about.
      const identitySentences = new Set<number>();
      // Sentences whose quotation names a group: hate quoted there («Schwule sind krank») is a mention of hate about
      // a group, which counts as quoted evidence (and keeps the model at its mentioned-only share), not as nothing.
      const quotedIdentitySentences = new Set<number>();
      let evidence = false;
      for (const m of matches) {
        if (m.data?.category === 'identity') {
          result.identityMentioned = true;
          (result.groupTokens ??= []).push(m.tokenStart);
          (result.groupEnds ??= []).push(m.tokenEnd);
          const first = tokens[m.tokenStart] as Token;
          if (!first.quoted) identitySentences.add(first.sentence);
          else quotedIdentitySentences.add(first.sentence);
        } else if (m.data !== undefined) evidence = true;
      }
      // Only group names ("Frauen", "Flüchtlinge"): nothing to weigh, and no need for the context cues.
      if (!evidence) return result;
      const german = language === 'de' || language === 'other';
      // A pronoun in the sentence after one that names a group refers to it ("Ich kenne viele Muslime. Ich hasse sie.",
      // "… disabled people who will never contribute anything? They're a burden, nothing more.").
      // Sentences where "das" before or after "sind" is the group of the sentence before ("Ich kenne Juden. Das sind …").
      let pronounDas: Set<number> | undefined;
      if (identitySentences.size > 0) {
        // Asked once per sentence, not per token: sentences only grow along the tokens, so the one before is complete.
        let sentence = -1;
        let afterGroup = false;
        for (let k = 0; k < tokens.length; k++) {
          const token = tokens[k] as Token;
          if (token.sentence !== sentence) {
            sentence = token.sentence;
            afterGroup = identitySentences.has(sentence - 1);
          }
          if (!afterGroup || token.quoted) continue;
          // "Das sind doch keine richtigen Menschen": "das" before the plural copula is the people just named.
          // "Für mich sind das keine echten Menschen": the same after the copula.
          const pronoun = german ? GROUP_PRONOUNS.has(token) || (token.norm === 'das' && (tokens[k + 1]?.norm === 'sind' || tokens[k - 1]?.norm === 'sind')) : GROUP_PRONOUNS_INTL.has(token.norm);
          if (pronoun) {
            identitySentences.add(sentence);
            if (token.norm === 'das') (pronounDas ??= new Set()).add(sentence);
          }
        }
        for (const s of refusals) if (identitySentences.has(s - 1)) identitySentences.add(s);
      }
      // Counter-speech cues with where they are: a cue that is part of the hit itself ("Transmenschen sollte man
      // nicht ernst nehmen": "sollte man nicht" and "nicht ernst nehmen") says nothing about it.
      // `yours`: the cue names the reader's own views ("nimm deine Verschwörungstheorien mit"): no counter-speech for an
      // insult or swear word said to the reader beside it ("Verpiss dich, und nimm deine Verschwörungstheorien mit").
      const counterCues: { sentence: number; start: number; end: number; yours: boolean }[] = [];
      const callOutSentences = new Set<number>();
      const fictionSentences = new Set<number>();
      const sportSentences = new Set<number>();
      let callOuts: { start: number; end: number }[] | undefined;
      for (const cue of CUES.match(text)) {
        const sentence = (tokens[cue.tokenStart] as Token).sentence;
        if (cue.data === 'counter' || cue.data === 'shame') {
          // "… should not be illegal": a negated prohibition wants the act allowed, no counter-speech.
          if (!german && cue.data === 'counter' && deniesProhibition(tokens, cue.tokenEnd - 1)) continue;
          // "Frauen, die mir widersprechen, bekommen eine aufs Maul": a clause that describes who contradicts the writer.
          if (german && contradictsWriter(tokens, cue.tokenStart)) continue;
          if (cue.data === 'counter' || !shameAtPerson(tokens, cue.tokenStart)) counterCues.push({ sentence, start: cue.tokenStart, end: cue.tokenEnd, yours: YOUR.has(tokens[cue.tokenStart - 1]?.norm ?? '') });
        } else if (cue.data === 'fiction') fictionSentences.add(sentence);
        else if (cue.data === 'sport') sportSentences.add(sentence);
        else if (!(german && predicateOfNamed(text, cue.tokenStart, matches))) {
          callOutSentences.add(sentence);
          (callOuts ??= []).push({ start: cue.tokenStart, end: cue.tokenEnd });
        }
      }
      const { address: addressSentences, reporting: reportingSentences, speech: speechSentences, farm: farmSentences, kitchen: kitchenSentences, reportingClauses } = cueSentences(text, language);

      // Overlapping matches ("Vollidiot" and "idiot") are one piece of evidence: keep the strongest weight per
      // attribute within a group, and combine separate groups as independent evidence (noisy-or).
      // Both by attribute index, in ATTRIBUTES order: objects read with a changing attribute name made each read a
      // megamorphic lookup, four dozen per hit.
      let groupEnd = -1;
      const group = groupBuffer.fill(0);
      const noisyOr = noisyOrBuffer.fill(0);
      const flush = (): void => {
        for (let k = 0; k < ATTRIBUTES.length; k++) noisyOr[k] = 1 - (1 - (noisyOr[k] as number)) * (1 - (group[k] as number));
        group.fill(0);
      };
      // What someone else said ("Er sagt, Muslime sind alle kriminell. Das ist falsch."): the clause after a verb of
      // saying and a condemned quotation, which the model does not read either. Only for the rows that weigh
      // nothing alone (contempt and group frames); insults and threats keep the reporting-verb rule.
      // A swear word is aimed at no one when nothing else in the comment insults or threatens. A group named elsewhere
      // does not aim a swear word that is a clause of its own ("Scheisse, die Mieten steigen, und das trifft Schweizer
      // wie Migranten"); "Scheiss Ausländer" is no exclamation and stays aimed, and so is one said to a group ("Verdammt
      // nochmal, ihr Italiener").
      let aimed = (result.groupTokens ?? []).some((t) => GROUP_ADDRESS.has(tokens[t - 1]?.norm ?? ''));
      let profane: Uint8Array | undefined;
      for (const m of matches) {
        if (m.data?.category === 'profanity') (profane ??= new Uint8Array(tokens.length)).fill(1, m.tokenStart, m.tokenEnd);
        else if (m.data !== undefined && m.data.category !== 'identity' && hasWeight(m.data.weights)) aimed = true;
      }
      let reportedMain: Uint8Array | undefined | null = null;
      for (const m of matches) {
        const payload = m.data;
        if (payload === undefined || payload.category === 'identity') continue;
        const denied = said.negated.length > 0 && said.negated.some((r) => r.tokenStart === m.tokenStart && r.tokenEnd === m.tokenEnd) && said.matches.includes(m);
        let inReport = false;
        let aboutSpeech = false;
        if (!hasWeight(payload.weights)) {
          // "Es ist kriminell, wie Flüchtlinge behandelt werden", "Ist das gefährlich für Frauen?": no group is the subject.
          // "Ich kenne Juden. Das sind hinterhältige Betrüger": there "das" is the people just named, not a thing.
          const dasIsGroup = pronounDas !== undefined && pronounDas.has((tokens[m.tokenStart] as Token).sentence) && (tokens[m.tokenStart - 1]?.norm === 'das' || tokens[m.tokenStart + 1]?.norm === 'das');
          if (!dasIsGroup && nonGroupSubject(tokens, m.tokenStart, m.term)) continue;
          // "Viele Flüchtlinge möchten irgendwann zurück in ihre Heimat": the group's own wish, not a demand.
          if (german && ownWish(tokens, m)) continue;
          // "Wer Frauen als minderwertig hinstellt, hat hier nichts verloren": the main clause is said of whoever the
          // "wer" clause describes; the group named only inside that clause is not its subject.
          if (german && groupOnlyInWhoever(text, m.tokenStart, result.groupTokens)) continue;
          if (result.reportedSpeech === null) result.reportedSpeech = reportedSpeechTokens(text);
          inReport = result.reportedSpeech !== undefined && result.reportedSpeech[m.tokenStart] === 1;
          aboutSpeech = speechSentences.has((tokens[m.tokenStart] as Token).sentence) || (german && (inWhoeverClause(text, m.tokenStart, m.tokenEnd) || verdictOnAct(text, m.tokenStart) || actClauseInSentence(tokens, m.tokenStart) || actSubjectSentence(tokens, m.tokenStart, result.groupTokens)));
        } else if (german && !(tokens[m.tokenStart] as Token).quoted) {
          // "Mein Onkel meinte, Politiker sind alle Idioten": the clause after a main clause's verb of saying is someone
          // else's words, in the indicative too (the subjunctive "seien" is a reporting cue of its own).
          if (reportedMain === null) reportedMain = reportedMainClauseTokens(text);
          inReport = reportedMain !== undefined && reportedMain[m.tokenStart] === 1;
        }
        const sentence = (tokens[m.tokenStart] as Token).sentence;
        const countered = counterCues.some((c) => c.sentence === sentence && (c.end <= m.tokenStart || c.start >= m.tokenEnd) && !(c.yours && hasWeight(payload.weights)));
        const untargeted = profane !== undefined && payload.category === 'profanity' && !aimed && !addressSentences.has(sentence) && isExclamation(text, m.tokenStart, m.tokenEnd, profane);
        const inClause = reportingClauses.length > 0 && reportingClauses.some((r) => m.tokenStart >= r.tokenStart && m.tokenStart < r.tokenEnd);
        // "Auf dem Hof gibt es zwei Esel", "Die Sau hat zwölf Ferkel geworfen": the animal itself, said to no one.
        // "Abschaum bildet sich beim Kochen der Suppe": the foam, not a person.
        const homonym = (farmSentences.has(sentence) && FARM_ANIMALS.has(m.term)) || (kitchenSentences.has(sentence) && KITCHEN_HOMONYMS.has(m.term));
        // "Im Museum ist ein Kasperle ausgestellt": a character of the stage (onStage reads the copula itself).
        const staged = STAGE_CHARACTERS.has(m.term) && onStage(tokens, m.tokenStart);
        const animal = (((homonym && !afterCopula(tokens, m.tokenStart)) || staged) && !addressSentences.has(sentence) && payload.category === 'insult') || (german && mayDrop(m, identitySentences.has(sentence)) && thingSubject(text, m.tokenStart)) || slurHomonym(tokens, m);
        // "Die Taliban sind Barbaren, die Frauen wie Sklavinnen behandeln": the predicate's subject is named and is no
        // group; the group named later in the sentence is not what the predicate is said of.
        const groups = german && payload.group !== undefined && identitySentences.has(sentence) && otherSubject(text, m.tokenStart, m.tokenEnd, result.groupTokens) ? withoutSentence(identitySentences, sentence) : identitySentences;
        // "This racist idiot should resign", "ce conseiller raciste et débile", "il est un racist et nazi": the call-out
        // word is one more name the writer calls the same person, not a verdict on what someone said.
        const callOutHere = callOuts !== undefined && !german && callOutSentences.has(sentence) && callOuts.some((c) => besideHit(tokens, c, m)) ? withoutSentence(callOutSentences, sentence) : callOutSentences;
        const hit = applyContext(m, payload, tokens, { callOutSentences: callOutHere, identitySentences: groups, quotedIdentitySentences, addressSentences, reportingSentences, fictionSentences, sportSentences }, language, text, inReport || inClause, aboutSpeech || countered, denied, untargeted, animal);
        // A row that only counts about a group ("ausrotten", "Ratten") and found none is no evidence at all; said of a thing
        // ("Ich kann diesen Song nicht mehr ausstehen", "ein nutzloser Haufen Schrott") the model does not read it either.
        if (!hasWeight(hit.weights)) {
          if (german && thingNear(tokens, m.tokenStart, m.tokenEnd)) mask(m.tokenStart, m.tokenEnd);
          continue;
        }
        result.hits.push(hit);
        if (hit.contexts.length > 0) mask(m.tokenStart, m.tokenEnd);
        if (m.tokenStart >= groupEnd) flush();
        groupEnd = Math.max(groupEnd, m.tokenEnd);
        for (let k = 0; k < ATTRIBUTES.length; k++) {
          const a = ATTRIBUTES[k] as Attribute;
          const w = hit.weights[a] ?? 0;
          if (w > (group[k] as number)) group[k] = w;
          if (w >= MIN_SPAN_SCORE) result.spans.push({ begin: hit.begin, end: hit.end, attribute: a, score: w, rule: hit.rule });
        }
      }
      flush();
      for (let k = 0; k < ATTRIBUTES.length; k++) scores[ATTRIBUTES[k] as Attribute] = noisyOr[k] as number;
      scores.THREAT = Math.max(scores.THREAT, escalatedThreat(result.hits, () => namesTheWriter(tokens)));
      if (scores.THREAT < VEILED_THREAT && cueAtAddress(result.hits, tokens)) scores.THREAT = VEILED_THREAT;
      return result;
  };
  return {
    score(text: NormalizedText, language: Language): LexiconResult {
      const result = scoreRows(text, language);
      if (result.scores.THREAT < NET_SURE_THREAT) threatNet(text, language, result);
      return result;
    },
    knows: (word, language) => exact.knows(word, language),
  };
}

/**
 * THREAT of the safety net (lexicon-threat-net.ts): a hold, below the fixed frames' reject. The net adds no hit, so
 * the model's lexicon features, and what it learnt from them, stay as they were; it only raises THREAT and explains.
 */
const NET_THREAT = 0.55;
/**
 * THREAT of a sure net match (a killing or a harm to the body aimed at a pronoun with a hope or a call, or knowing
 * where someone lives): at the reject threshold, like the fixed frames' threats to beat (threat(0.92)).
 */
const NET_SURE_THREAT = 0.92;

/** Said to the journalist or to a politician by title, a promised end is intimidation, as a veiled row is. */
function endAsNet(text: NormalizedText, language: Language, aimed: () => boolean): ReturnType<typeof findThreatNet> {
  const end = findPromisedEnd(text, language);
  return end === undefined ? undefined : { ...end, sure: end.sure === true || aimed() };
}

/** Raises THREAT to a hold when the net finds violence joined with a target or a wish and no context discounts it. */
function threatNet(text: NormalizedText, language: Language, result: LexiconResult): void {
  // A promised end without a word of violence ("Ihre Tage sind gezählt", "you won't be laughing for much longer") holds
  // as the net does (lexicon-threat-ends.ts).
  const found = findThreatNet(text, language, result.maskedTokens) ?? endAsNet(text, language, () => namesTheWriter(text.tokens));
  if (found === undefined) return;
  const tokens = text.tokens;
  const first = tokens[found.tokenStart] as Token;
  const last = tokens[found.tokenEnd - 1] as Token;
  const level = found.sure ? NET_SURE_THREAT : NET_THREAT;
  if (result.scores.THREAT >= level) return;
  const payload: LexiconPayload = { category: 'threat', weights: { THREAT: level, TOXICITY: found.sure ? level * 0.9 : level } };
  // The net's own words (the cue and the harm) are its instrument, not a thing it is about ("ich hoffe, du kriegst
  // Krebs"); a negation between them still counts ("spero che tu non abbia un incidente").
  // A promised end holds its own negation ("tu ne vas pas rire longtemps"): all its words are the term.
  const term = found.id.startsWith('end:') ? tokens.slice(found.tokenStart, found.tokenEnd).map((t) => t.norm).join(' ') : `${first.norm} ${last.norm}`;
  const m: TermMatch<LexiconPayload> = { begin: first.begin, end: last.end, term, id: found.id, tokenStart: found.tokenStart, tokenEnd: found.tokenEnd, data: payload };
  const counter = new Set<number>();
  const callOutSentences = new Set<number>();
  const fictionSentences = new Set<number>();
  const sportSentences = new Set<number>();
  for (const cue of CUES.match(text)) {
    const sentence = (tokens[cue.tokenStart] as Token).sentence;
    if (cue.data === 'counter' || cue.data === 'shame') {
      if (!(language !== 'de' && language !== 'other' && cue.data === 'counter' && deniesProhibition(tokens, cue.tokenEnd - 1))) counter.add(sentence);
    } else if (cue.data === 'fiction') fictionSentences.add(sentence);
    else if (cue.data === 'sport') sportSentences.add(sentence);
    else callOutSentences.add(sentence);
  }
  const { address: addressSentences, reporting: reportingSentences } = cueSentences(text, language);
  const none = new Set<number>();
  const hit = applyContext(m, payload, tokens, { callOutSentences, identitySentences: none, quotedIdentitySentences: none, addressSentences, reportingSentences, fictionSentences, sportSentences }, language, text, false, counter.has(first.sentence));
  if (hit.contexts.length > 0) return;
  result.scores.THREAT = Math.max(result.scores.THREAT, level);
  result.spans.push({ begin: hit.begin, end: hit.end, attribute: 'THREAT', score: level, rule: `lexicon:${found.id}${found.sure ? ':sure' : ''}` });
}

/**
 * Whether any attribute weighs more than nothing. Each attribute by name: a loop over ATTRIBUTES read the weights,
 * objects of many shapes, with a changing key, a megamorphic keyed lookup each, for a question asked of every match.
 */
function hasWeight(weights: LexiconWeights): boolean {
  return (
    (weights.TOXICITY ?? 0) > 0 ||
    (weights.SEVERE_TOXICITY ?? 0) > 0 ||
    (weights.INSULT ?? 0) > 0 ||
    (weights.PROFANITY ?? 0) > 0 ||
    (weights.THREAT ?? 0) > 0 ||
    (weights.IDENTITY_ATTACK ?? 0) > 0
  );
}

function emptyScores(): Record<Attribute, number> {
  return { TOXICITY: 0, SEVERE_TOXICITY: 0, INSULT: 0, PROFANITY: 0, THREAT: 0, IDENTITY_ATTACK: 0 };
}

/**
 * An insult, swear word or body insult without threat or severity (and, when its sentence names a group, without
 * weight about groups): one that criticism of a thing or a negated predicate may drop.
 */
function mayDrop(m: TermMatch<LexiconPayload>, groupNamed: boolean): boolean {
  const d = m.data;
  if (d === undefined) return true;
  if (d.category !== 'insult' && d.category !== 'body' && d.category !== 'profanity') return false;
  if (d.group !== undefined && groupNamed) return false;
  return (d.weights.SEVERE_TOXICITY ?? 0) === 0 && (d.weights.THREAT ?? 0) === 0 && (d.weights.IDENTITY_ATTACK ?? 0) === 0;
}

/**
 * Insults and swear words said of oneself, severe ones too; not threats nor words that attack a group, nor rows that
 * weigh only through a group ("Io non ho alcun rispetto per i musulmani": the writer's contempt, said in the first
 * person).
 */
function selfDroppable(m: TermMatch<LexiconPayload>): boolean {
  const d = m.data;
  if (d === undefined) return true;
  if (d.category !== 'insult' && d.category !== 'body' && d.category !== 'profanity') return false;
  if (d.group !== undefined) return false;
  return (d.weights.THREAT ?? 0) === 0 && (d.weights.IDENTITY_ATTACK ?? 0) === 0;
}

/** The sentences of the matches a range said of oneself may drop (see selfDroppable). */
function selfDroppableSentences(matches: readonly TermMatch<LexiconPayload>[], tokens: readonly Token[]): Set<number> {
  const sentences = new Set<number>();
  for (const m of matches) if (selfDroppable(m)) sentences.add((tokens[m.tokenStart] as Token).sentence);
  return sentences;
}

/** German copulas before a word of call-out said of someone ("Jugos sind alle sexistisch"). */
const CALL_OUT_COPULAS: ReadonlySet<string> = new Set(['ist', 'sind', 'isch', 'sei', 'seien', 'bist', 'bisch', 'seid', 'war', 'waren']);
/** How far a copula may stand before the call-out word, and the people named before the copula ("sind doch alle"). */
const CALL_OUT_PREDICATE_WINDOW = 3;

/**
 * Whether the call-out word at `k` is the predicate of people the writer names with a lexicon word ("Jugos sind alle
 * sexistisch", "Diese Schmarotzer sind rassistisch"): an accusation in the writer's own words, not counter-speech
 * about what someone said ("Das ist rassistisch").
 */
function predicateOfNamed(text: NormalizedText, k: number, matches: readonly TermMatch<LexiconPayload>[]): boolean {
  const tokens = text.tokens;
  const sentence = (tokens[k] as Token).sentence;
  for (let c = k - 1; c >= 0 && c >= k - CALL_OUT_PREDICATE_WINDOW; c--) {
    if ((tokens[c] as Token).sentence !== sentence) return false;
    if (!CALL_OUT_COPULAS.has((tokens[c] as Token).norm)) continue;
    return matches.some((m) => m.data !== undefined && m.data.category !== 'profanity' && m.tokenEnd <= c && c - m.tokenEnd <= 1 && (tokens[m.tokenStart] as Token).sentence === sentence);
  }
  return false;
}

/** Words that join a list of names ("raciste et débile", "racist and stupid", "razzista e idiota"). */
const LIST_JOINERS: ReadonlySet<string> = new Set(['et', 'and', 'e', 'ou', 'or', 'o', 'tres', 'very', 'molto', 'so', 'si']);

/** Whether the call-out word at `c` is inside the match or next to it, with at most two list words between. */
function besideHit(tokens: readonly Token[], c: { start: number; end: number }, m: TermMatch<LexiconPayload>): boolean {
  if (c.start >= m.tokenStart && c.end <= m.tokenEnd) return true;
  const [from, to] = c.end <= m.tokenStart ? [c.end, m.tokenStart] : m.tokenEnd <= c.start ? [m.tokenEnd, c.start] : [0, -1];
  if (to < from || to - from > 2) return false;
  for (let k = from; k < to; k++) if (!LIST_JOINERS.has((tokens[k] as Token).norm)) return false;
  return true;
}

const NO_FINDINGS: PredicateFindings = { matches: [], allowed: [], negated: [] };

/** A match that criticism of a thing may take back: an insult, swear word or body insult. */
function isRetractable(m: TermMatch<LexiconPayload>): boolean {
  const c = m.data?.category;
  return c === 'insult' || c === 'profanity' || c === 'body';
}

const skeletonCache = new Map<string, string>();

/** A term with its doubled letters written once ("man sollte * erschiessen" → "man solte * erschiesen"). */
function skeleton(term: string): string {
  let out = skeletonCache.get(term);
  if (out === undefined) {
    out = term.replace(/(.)\1+/g, '$1');
    skeletonCache.set(term, out);
  }
  return out;
}

/**
 * A misspelt row ("man solte … aufhängen", "hoffentlich vereckt") also matches the word spelt right: the matcher
 * reads a doubled letter as a stretched one. Over the same words, the two rows are one piece of evidence and one hit
 * (the stronger on THREAT), not two: more hits would weigh more in the model's lexicon features.
 */
function withoutSpellingTwins(matches: readonly TermMatch<LexiconPayload>[]): TermMatch<LexiconPayload>[] {
  const kept: TermMatch<LexiconPayload>[] = [];
  for (const m of matches) {
    let twin = -1;
    for (let j = kept.length - 1; j >= 0 && twin < 0; j--) {
      const other = kept[j] as TermMatch<LexiconPayload>;
      if (other.tokenStart !== m.tokenStart) break;
      if (other.tokenEnd === m.tokenEnd && other.term !== m.term && other.data?.category === m.data?.category && skeleton(other.term) === skeleton(m.term)) twin = j;
    }
    if (twin < 0) kept.push(m);
    else if ((m.data?.weights.THREAT ?? 0) > ((kept[twin] as TermMatch<LexiconPayload>).data?.weights.THREAT ?? 0)) kept[twin] = m;
  }
  return kept.length === matches.length ? [...matches] : kept;
}

/** Matches in order of position, longer first on ties, then by id (deterministic). */
function byPosition(a: TermMatch<LexiconPayload>, b: TermMatch<LexiconPayload>): number {
  return a.begin - b.begin || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
