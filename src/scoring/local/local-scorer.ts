import fs from 'node:fs';
import { ATTRIBUTES, type Attribute, type AttributeScores, type Language, type Span } from '../../domain';
import { type Scorer, type ScoreRequest, type ScoreResult } from '../scorer';
import { ScorerError } from '../scorer';
import { createLexiconScorer, type LexiconResult, type LexiconScorer } from './lexicon-scorer';
import { speaksForGroup } from './group-praise';
import { createJoinedWords, type JoinedWords } from './joined-words';
import { defaultModelPath } from './model-path';
import { NEGATIONS } from './negation';
import { reportedSpeechTokens } from './speech-context';
import { CUES } from './speech-cues';
import { OffenseModel, type OffenseModelFile } from './offense-model';
import { VEILED_THREAT } from './threat-escalation';
import { normalizeText, type NormalizedText, type Token } from './text-normalizer';
import { WordSet } from './word-table';
import { sortStable } from './stable-sort';

/** How the model's P(offensive) feeds each attribute; the lexicon supplies the rest. */
export interface CombinationOptions {
  /** Share of P(offensive) that counts as INSULT (GermEval's OFFENSE also covers abuse and profanity). */
  insultShare: number;
  /** Share of P(offensive) that counts as IDENTITY_ATTACK when a group is named. */
  identityShare: number;
  /** Factor on P(offensive) when every lexicon hit is quoted, reported, negated or counter-speech. */
  mentionedOnlyFactor: number;
  /**
   * Factor on P(offensive) when the comment speaks for a group and holds nothing against anyone
   * ({@link speaksForGroup}): the model learnt from tweets in which "… sind …" about a group was mostly abuse.
   */
  speaksForGroupFactor: number;
  /**
   * Factor on P(offensive) for a French, Italian or English opinion in which the lexicon finds nothing against anyone
   * and no group is named ("Je trouve ça plutôt juste", "Penso che lei abbia torto"). HateCheck en / MHC fr / MHC it
   * development macro-F move by at most 0.15 with it. Looked for only from {@link explainFrom} up, where it may change
   * a decision: most comments are not read for it at all.
   */
  plainOpinionFactor: number;
  /**
   * Factor on P(offensive) when the lexicon's only cue is a veiled threat that stays unaimed ("Wenn du allein
   * heimgehst, nimm den Weg über die Brücke"): the model learnt the cue's words from threats, the lexicon has read
   * them in context and found no one they are aimed at.
   */
  unaimedVeiledFactor: number;
  /**
   * German P(offensive) from which a plain statement about a named group is held through IDENTITY_ATTACK (1 = never):
   * see {@link LocalScorer}'s groupStatementHolds. Below the German TOXICITY hold (0.46): the model puts many hateful
   * statements about groups with no word of the lists at 0.40–0.46 ("Menschen mit Behinderung bremsen doch jedes
   * Team nur aus").
   */
  groupStatementFrom: number;
  /** Minimum P(offensive) before the model explains itself with token spans. */
  explainFrom: number;
  /**
   * Highest score the model may lift an attribute to when the lexicon finds no threat, nothing severe and no attack on
   * a group. Above it only the lexicon's own certainty counts, so the policy's reject bands (0.97 TOXICITY, 0.95
   * INSULT) are reached by threats, dehumanisation and hate, and a plain insult the model is sure of is held for a
   * person ("Der Schiri ist eine Pfeife").
   */
  modelCeiling: number;
}

const DEFAULT_COMBINATION: CombinationOptions = { insultShare: 0.85, identityShare: 0.8, mentionedOnlyFactor: 0.4, speaksForGroupFactor: 0.5, plainOpinionFactor: 0.6, unaimedVeiledFactor: 0.75, groupStatementFrom: 0.4, explainFrom: 0.3, modelCeiling: 0.94 };

/** IDENTITY_ATTACK of a group statement the model alone holds (the policy's default hold; never a reject). */
const GROUP_STATEMENT_HOLD = 0.5;
const MAX_MODEL_SPANS = 3;

/** Whether the lexicon's only cues are veiled threats it found aimed at no one (see threat-escalation.ts). */
function unaimedVeiled(lexicon: LexiconResult): boolean {
  return lexicon.scores.THREAT < VEILED_THREAT && lexicon.hits.some((h) => h.veiled === true) && lexicon.hits.every((h) => h.veiled === true || h.contexts.length > 0);
}
/**
 * Verbs of opinion in French, Italian and English ("je pense que", "je trouve ça", "penso che", "I think"). The
 * model learnt them from HateCheck templates, where opinions were mostly hateful, and held plain disagreement ("Je
 * pense que vous avez tort", "Penso che lei abbia torto"). Not "vous", "lei": hateful templates address groups so.
 */
const OPINION_VERBS = new WordSet(new Set('pense penses pensez trouve trouves trouvez crois croyez penso pensi pensa credo credi crede trovo trovi trova think thinks believe find guess feel avis parere opinione opinion semble sembra seems'.split(' ')));

/**
 * A French, Italian or English comment that gives an opinion and in which the lexicon finds nothing against anyone
 * and names no group: the model's word for it is discounted ({@link CombinationOptions.plainOpinionFactor}).
 */
function plainOpinion(normalized: NormalizedText, lexicon: LexiconResult, language: Language): boolean {
  if ((language !== 'fr' && language !== 'it' && language !== 'en') || lexicon.hits.length > 0 || lexicon.identityMentioned) return false;
  for (const t of normalized.tokens) if (t.kind === 'word' && OPINION_VERBS.has(t)) return true;
  return false;
}
/** Spans in order of position, longer first on ties, then by attribute name (deterministic). */
function bySpanPosition(a: Span, b: Span): number {
  return a.begin - b.begin || b.end - a.end || (a.attribute < b.attribute ? -1 : a.attribute > b.attribute ? 1 : 0);
}

/** How much more the lexicon must find in a comment with its joined words split ({@link LocalScorer}'s read). */
const SPLIT_GAIN = 0.1;

/**
 * Whether the lexicon finds more in a comment with its joined words split than in the comment as written: some
 * attribute at least {@link SPLIT_GAIN} higher, with a hit or a group named on one of the split words ("Behindertesind
 * wertlos": the group the split frees is what makes "wertlos" weigh more).
 */
function findsMore(split: LexiconResult, splitTokens: readonly Token[], whole: LexiconResult, splitWords: readonly { begin: number; end: number }[]): boolean {
  if (!ATTRIBUTES.some((a) => split.scores[a] >= whole.scores[a] + SPLIT_GAIN)) return false;
  const onSplitWord = (begin: number, end: number): boolean => splitWords.some((w) => begin < w.end && end > w.begin);
  if (split.hits.some((h) => onSplitWord(h.begin, h.end))) return true;
  return (split.groupTokens ?? []).some((t) => {
    const token = splitTokens[t] as Token;
    return onSplitWord(token.begin, token.end);
  });
}

/** Fewest words in a comment for the threat head to hold it ({@link LocalScorer}'s threatHeadHolds). */
const MIN_THREAT_HEAD_WORDS = 4;

/** A token must move the margin this much to be shown as a reason (function words rarely do). */
const MIN_TOKEN_MARGIN = 0.15;

/** Options for {@link LocalScorer.load}. */
export interface LocalScorerOptions {
  combination?: Partial<CombinationOptions>;
}

/**
 * The offline scorer: a curated lexicon with context rules (quotes, reported speech, negation, counter-speech)
 * plus a hashed character/word n-gram logistic regression trained on GermEval 2018 and (Multilingual) HateCheck.
 * Scoring is synchronous and allocation-light; {@link score} only wraps {@link scoreSync}.
 */
export class LocalScorer implements Scorer {
  readonly name = 'local';
  readonly model: string;
  private readonly combination: CombinationOptions;
  private readonly joinedWords: JoinedWords;

  constructor(
    /** The learned part, exposed for evaluation scripts. */
    readonly offenseModel: OffenseModel,
    private readonly lexicon: LexiconScorer = createLexiconScorer(),
    options: LocalScorerOptions = {},
  ) {
    this.model = offenseModel.version;
    this.combination = { ...DEFAULT_COMBINATION, ...options.combination };
    this.joinedWords = createJoinedWords({ knows: (word, language) => lexicon.knows(word, language) });
  }

  /**
   * Loads the shipped model (`models/local-scorer-v1.json` above this file) or the file at `modelPath`.
   * Throws when the file is missing or malformed: the service must not run with a silently weaker scorer.
   */
  static async load(modelPath?: string, options: LocalScorerOptions = {}): Promise<LocalScorer> {
    const file = modelPath ?? defaultModelPath();
    const json = await fs.promises.readFile(file, 'utf8');
    return new LocalScorer(OffenseModel.fromFile(JSON.parse(json) as OffenseModelFile), createLexiconScorer(), options);
  }

  /** Synchronous variant of {@link load}, for scripts and benchmarks. */
  static loadSync(modelPath?: string, options: LocalScorerOptions = {}): LocalScorer {
    const json = fs.readFileSync(modelPath ?? defaultModelPath(), 'utf8');
    return new LocalScorer(OffenseModel.fromFile(JSON.parse(json) as OffenseModelFile), createLexiconScorer(), options);
  }

  async score(request: ScoreRequest): Promise<ScoreResult> {
    if (request.signal?.aborted) throw new ScorerError(this.name, 'timeout', 'aborted before scoring');
    return this.scoreSync(request.text, request.language);
  }

  scoreSync(text: string, language: Language): ScoreResult {
    let normalized = normalizeText(text);
    let lexicon = this.lexicon.score(normalized, language);
    const split = this.splitReading(normalized, lexicon, language);
    if (split !== undefined) ({ normalized, lexicon } = split);
    const raw = this.offenseModel.predict(normalized, lexicon, language);
    return this.combineWith(normalized, lexicon, raw, language);
  }

  /**
   * What {@link scoreSync} answers when the model says `raw`: training uses it to put held-out probabilities
   * through the same combination with the lexicon that the service applies. The threat head is not asked here (no
   * features are dotted), so the German hold that training proposes does not count its holds.
   */
  scoreWithModelProbability(text: string, language: Language, raw: number): ScoreResult {
    let normalized = normalizeText(text);
    let lexicon = this.lexicon.score(normalized, language);
    const split = this.splitReading(normalized, lexicon, language);
    if (split !== undefined) ({ normalized, lexicon } = split);
    return this.combineWith(normalized, lexicon, raw, language, false);
  }

  /**
   * The comment with its words run together split (joined-words.ts), and what the lexicon finds there, when it finds
   * more that way on a split word (the model then reads the split words too); `undefined` otherwise, nearly always.
   */
  private splitReading(normalized: NormalizedText, lexicon: LexiconResult, language: Language): { normalized: NormalizedText; lexicon: LexiconResult } | undefined {
    const split = this.joinedWords.split(normalized, language);
    if (split === undefined) return undefined;
    const splitLexicon = this.lexicon.score(split.normalized, language);
    return findsMore(splitLexicon, split.normalized.tokens, lexicon, split.splitWords) ? { normalized: split.normalized, lexicon: splitLexicon } : undefined;
  }

  private combineWith(normalized: NormalizedText, lexicon: LexiconResult, raw: number, language: Language, explain = true): ScoreResult {
    const mentionedOnly = lexicon.hits.length > 0 && lexicon.hits.every((h) => h.contexts.length > 0);
    const p = mentionedOnly
      ? raw * this.combination.mentionedOnlyFactor
      : unaimedVeiled(lexicon)
        ? raw * this.combination.unaimedVeiledFactor
      : raw >= this.combination.explainFrom && plainOpinion(normalized, lexicon, language)
        ? raw * this.combination.plainOpinionFactor
      : speaksForGroup(normalized, lexicon, language)
        ? raw * this.combination.speaksForGroupFactor
        : raw;
    const scores = this.combine(p, lexicon);
    const groupStatement = p === raw && this.groupStatementHolds(normalized, lexicon, raw, language);
    if (groupStatement) scores.IDENTITY_ATTACK = Math.max(scores.IDENTITY_ATTACK ?? 0, GROUP_STATEMENT_HOLD);
    const spans = [...lexicon.spans];
    if (explain && p >= this.combination.explainFrom) spans.push(...this.modelSpans(normalized.tokens, p, lexicon));
    // The group the statement is about, as the reason for the hold.
    if (explain && groupStatement) {
      const ends = lexicon.groupEnds ?? [];
      (lexicon.groupTokens ?? []).forEach((t, k) => {
        const first = normalized.tokens[t] as Token;
        const last = normalized.tokens[(ends[k] ?? t + 1) - 1] as Token;
        spans.push({ begin: first.begin, end: last.end, attribute: 'IDENTITY_ATTACK', score: GROUP_STATEMENT_HOLD, rule: 'model:group-statement' });
      });
    }
    if (explain && !mentionedOnly && (scores.THREAT ?? 0) < VEILED_THREAT) this.threatHeadHolds(normalized, scores, spans);
    sortStable(spans, bySpanPosition);
    return { scorer: this.name, model: this.model, language, scores, spans };
  }

  private combine(p: number, lexicon: LexiconResult): AttributeScores {
    const lex = lexicon.scores;
    const { insultShare, identityShare } = this.combination;
    // The lexicon's score and the model's share combine as independent evidence, but for a plain insult the model
    // lifts no score past its ceiling: a lexicon score already above it stays as it is.
    const ceiling = lex.THREAT > 0 || lex.SEVERE_TOXICITY >= 0.5 || lex.IDENTITY_ATTACK >= 0.5 ? 1 : this.combination.modelCeiling;
    const or = (a: number, b: number): number => Math.max(a, Math.min(1 - (1 - a) * (1 - b), ceiling));
    const scores: Record<Attribute, number> = {
      TOXICITY: or(lex.TOXICITY, p),
      SEVERE_TOXICITY: or(lex.SEVERE_TOXICITY, p * p * 0.3),
      INSULT: or(lex.INSULT, p * insultShare),
      PROFANITY: lex.PROFANITY,
      THREAT: lex.THREAT,
      IDENTITY_ATTACK: or(lex.IDENTITY_ATTACK, lexicon.identityMentioned ? p * identityShare : 0),
    };
    const out: AttributeScores = {};
    for (const a of ATTRIBUTES) out[a] = Math.round(scores[a] * 10000) / 10000;
    return out;
  }

  /**
   * A German statement about a named group that the model scores from {@link CombinationOptions.groupStatementFrom}
   * and nothing softens: the lexicon's hits (if any) are all the writer's own (none quoted, negated, reported or
   * counter-speech), no word is quoted, and no negation stands anywhere in the comment ("In meinem Herzen gibt es
   * keinen Hass auf euch Flüchtlinge"). The model's word was not discounted either (the caller asks only then: no
   * praise for the group, no plain opinion). Holds, never rejects.
   */
  private groupStatementHolds(normalized: NormalizedText, lexicon: LexiconResult, raw: number, language: Language): boolean {
    if ((language !== 'de' && language !== 'other') || !lexicon.identityMentioned || raw < this.combination.groupStatementFrom) return false;
    if (lexicon.hits.some((h) => h.contexts.length > 0)) return false;
    if (normalized.tokens.some((t) => t.quoted || NEGATIONS.has(t.norm))) return false;
    // Someone else's claim ("Ich habe gelesen, dass Schwule krank seien"), and counter-speech cues ("So ein Unsinn").
    const reported = lexicon.reportedSpeech === null ? reportedSpeechTokens(normalized) : lexicon.reportedSpeech;
    if (reported !== undefined && (lexicon.groupTokens ?? []).some((t) => reported[t] === 1)) return false;
    return !CUES.match(normalized).some((cue) => cue.data === 'counter' || cue.data === 'shame');
  }

  /**
   * Threats in wordings the word lists do not know: when the threat head's P(threat) reaches its threshold, THREAT
   * rises to {@link VEILED_THREAT} (held, never rejected: the policy rejects only what the lists are sure of), with
   * the words that pushed the head most as its spans. Not asked when every lexicon hit is quoted, reported, negated
   * or counter-speech, nor when the lists already hold for THREAT.
   */
  private threatHeadHolds(normalized: NormalizedText, scores: AttributeScores, spans: Span[]): void {
    const head = this.offenseModel.threatHead;
    const tokens = normalized.tokens;
    const pThreat = this.offenseModel.threatProbability(tokens.length);
    if (head === undefined || pThreat === undefined || pThreat < head.threshold) return;
    // In a comment of three words or fewer the probability is mostly the bias and the length ("Schad.", "Luege mer
    // mal.", "On verra bien."): the lists know the short threats ("Stirb!", "Du bist tot").
    let words = 0;
    for (const t of tokens) if (t.kind === 'word') words++;
    if (words < MIN_THREAT_HEAD_WORDS) return;
    const eligible = (t: number): boolean => {
      const token = tokens[t] as Token;
      return token.kind === 'word' && token.norm.length >= 3;
    };
    // A hold names its words.
    const reasons = this.offenseModel.topThreatContributions(tokens.length, MAX_MODEL_SPANS, MIN_TOKEN_MARGIN, eligible);
    if (reasons.length === 0) return;
    scores.THREAT = VEILED_THREAT;
    for (const c of reasons) {
      const token = tokens[c.token] as Token;
      spans.push({ begin: token.begin, end: token.end, attribute: 'THREAT', score: VEILED_THREAT, rule: 'model:threat-logreg' });
    }
  }

  /** The words that pushed the model most (and the lexicon did not already explain), as TOXICITY spans. */
  private modelSpans(tokens: readonly Token[], p: number, lexicon: LexiconResult): Span[] {
    const eligible = (t: number): boolean => {
      const token = tokens[t] as Token;
      if (token.kind !== 'word' || token.norm.length < 3) return false;
      return !lexicon.hits.some((h) => h.begin <= token.begin && h.end >= token.end);
    };
    const score = Math.round(p * 10000) / 10000;
    return this.offenseModel.topTokenContributions(tokens.length, MAX_MODEL_SPANS, MIN_TOKEN_MARGIN, eligible).map((c) => {
      const token = tokens[c.token] as Token;
      return { begin: token.begin, end: token.end, attribute: 'TOXICITY', score, rule: 'model:ngram-logreg' };
    });
  }
}
