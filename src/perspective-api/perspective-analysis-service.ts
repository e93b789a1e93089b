import type { Policy, Attribute, AttributeScores, Language, Span } from '../domain';
import { ValidationError } from '../errors/app-errors';
import type { LanguageDetector } from '../language/language-detector';
import { thresholdsFor } from '../moderation/policy';
import type { ScoreResult } from '../scoring/scorer';
import type { WordListHit } from '../word-lists/word-list-matcher';
import type { FeedbackStore } from './feedback-store';

/** Perspective's limit on `comment.text`, in UTF-8 bytes. */
export const PERSPECTIVE_TEXT_MAX_BYTES = 20_480;

/** A blocked term scores as Perspective's most certain answers do: TOXICITY and SEVERE_TOXICITY at 0.99. */
export const BLOCKED_TERM_SCORE = 0.99;
const BLOCKED_ATTRIBUTES: readonly Attribute[] = ['TOXICITY', 'SEVERE_TOXICITY'];

/** The scorer the API runs in-process: synchronous, so an answer never waits on a queue. */
export interface SyncScorer {
  scoreSync(text: string, language: Language): ScoreResult;
}

/** Word lists as the analyze path needs them (the moderators' lists, cached and refreshed from Redis). */
export interface WordListMatcher {
  match(text: string, language: Language): Promise<WordListHit[]>;
}

/** A language the client named: the tag as sent, and the language we moderate it as. */
export interface RequestedLanguage {
  tag: string;
  language: Language;
}

export interface AnalyzeInput {
  text: string;
  /** Attribute → optional threshold below which the attribute is left out. Keys are checked here. */
  requestedAttributes: Record<string, { scoreThreshold?: number | undefined }>;
  languages: RequestedLanguage[];
  spanAnnotations: boolean;
  clientToken?: string | undefined;
}

export interface PerspectiveScore {
  value: number;
  type: 'PROBABILITY';
}

export interface AnalyzeOutput {
  attributeScores: Partial<Record<Attribute, { summaryScore: PerspectiveScore; spanScores?: { begin: number; end: number; score: PerspectiveScore }[] }>>;
  languages: string[];
  detectedLanguages: string[];
  clientToken?: string;
}

export interface SuggestScoreInput {
  text: string | undefined;
  /** Attribute → the moderator's verdict (0 acceptable … 1 not). Any attribute name is kept, as Perspective does. */
  scores: Record<string, number>;
  languages: RequestedLanguage[];
  communityId?: string | undefined;
  clientToken?: string | undefined;
  /** Name of the API key that sent it. */
  client: string;
}

const OURS: readonly Language[] = ['de', 'fr', 'it', 'en'];

function probability(value: number): PerspectiveScore {
  return { value, type: 'PROBABILITY' };
}

/**
 * Perspective's `comments:analyze` and `comments:suggestscore`, answered by the local scorer and the moderators'
 * word lists in the API process. Analyze stores nothing; suggestscore keeps the feedback for calibration.
 */
export class PerspectiveAnalysisService {
  constructor(
    private readonly deps: {
      scorer: SyncScorer;
      detector: LanguageDetector;
      wordLists: WordListMatcher;
      policy: Policy;
      feedback: FeedbackStore;
      now: () => Date;
      /** Keep suggestscore's comment text (FEEDBACK_STORE_TEXT). */
      storeFeedbackText: boolean;
    },
  ) {}

  async analyze(input: AnalyzeInput): Promise<AnalyzeOutput> {
    checkText(input.text);
    const attributes = Object.keys(input.requestedAttributes);
    if (attributes.length === 0) throw new ValidationError('Missing requested_attributes');
    for (const name of attributes) {
      if (!isAttribute(name)) throw new ValidationError(`Unknown requested attribute: ${name}`);
    }
    const detected = this.deps.detector.detect(input.text);
    const language = this.languageOf(input.languages, attributes as Attribute[], detected);

    const result = this.deps.scorer.scoreSync(input.text, language);
    const scores: AttributeScores = { ...result.scores };
    const spans: Span[] = [...result.spans];
    this.applyWordLists(await this.deps.wordLists.match(input.text, language), language, scores, spans);

    const attributeScores: AnalyzeOutput['attributeScores'] = {};
    for (const attribute of attributes as Attribute[]) {
      const value = scores[attribute] ?? 0;
      const threshold = input.requestedAttributes[attribute]?.scoreThreshold;
      // As Perspective does: an attribute scoring below the client's threshold is left out.
      if (threshold !== undefined && value < threshold) continue;
      const entry: NonNullable<AnalyzeOutput['attributeScores'][Attribute]> = { summaryScore: probability(value) };
      if (input.spanAnnotations) entry.spanScores = spanScores(input.text, attribute, value, spans);
      attributeScores[attribute] = entry;
    }
    const output: AnalyzeOutput = {
      attributeScores,
      languages: input.languages.length > 0 ? input.languages.map((l) => l.tag) : language === 'other' ? [] : [language],
      detectedLanguages: detected === 'other' ? [] : [detected],
    };
    if (input.clientToken !== undefined) output.clientToken = input.clientToken;
    return output;
  }

  async suggestScore(input: SuggestScoreInput): Promise<{ clientToken?: string; detectedLanguages: string[] }> {
    if (input.text !== undefined) checkText(input.text);
    if (Object.keys(input.scores).length === 0) throw new ValidationError('attribute_scores must not be empty');
    const detected = input.text === undefined ? 'other' : this.deps.detector.detect(input.text);
    await this.deps.feedback.add({
      at: this.deps.now().toISOString(),
      client: input.client,
      scores: input.scores,
      languages: input.languages.map((l) => l.tag),
      detectedLanguage: detected,
      ...(input.communityId === undefined ? {} : { communityId: input.communityId }),
      ...(input.clientToken === undefined ? {} : { clientToken: input.clientToken }),
      ...(this.deps.storeFeedbackText && input.text !== undefined ? { text: input.text } : {}),
    });
    return { ...(input.clientToken === undefined ? {} : { clientToken: input.clientToken }), detectedLanguages: detected === 'other' ? [] : [detected] };
  }

  /** The first language the client named, which must be one we score; else the detected one. */
  private languageOf(requested: RequestedLanguage[], attributes: Attribute[], detected: Language): Language {
    if (requested.length === 0) return detected;
    const unsupported = requested.find((l) => !OURS.includes(l.language));
    if (unsupported !== undefined) {
      const attribute = attributes[0] ?? 'TOXICITY';
      throw new ValidationError(`Attribute ${attribute} does not support request languages: ${requested.map((l) => l.tag).join(',')}`, {
        errorType: 'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE',
        languageNotSupportedByAttributeError: { requestedLanguages: requested.map((l) => l.tag), attribute },
      });
    }
    return (requested[0] as RequestedLanguage).language;
  }

  /** Blocked terms score as certain; watched ones at least at the policy's hold threshold for TOXICITY. */
  private applyWordLists(hits: WordListHit[], language: Language, scores: AttributeScores, spans: Span[]): void {
    if (hits.length === 0) return;
    const hold = thresholdsFor(this.deps.policy, language).TOXICITY?.hold ?? 0.5;
    for (const hit of hits) {
      const attributes = hit.list === 'blocked' ? BLOCKED_ATTRIBUTES : (['TOXICITY'] as const);
      const floor = hit.list === 'blocked' ? BLOCKED_TERM_SCORE : hold;
      for (const attribute of attributes) {
        scores[attribute] = Math.max(scores[attribute] ?? 0, floor);
        spans.push({ begin: hit.begin, end: hit.end, attribute, score: floor, rule: `word_list:${hit.list}` });
      }
    }
  }
}

function isAttribute(name: string): name is Attribute {
  return name === 'TOXICITY' || name === 'SEVERE_TOXICITY' || name === 'INSULT' || name === 'PROFANITY' || name === 'THREAT' || name === 'IDENTITY_ATTACK';
}

/** Perspective's checks and wording: non-empty, at most 20,480 UTF-8 bytes (bytes, not characters). */
function checkText(text: string): void {
  if (text.trim().length === 0) throw new ValidationError('Comment must be non-empty.', { errorType: 'COMMENT_EMPTY' });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > PERSPECTIVE_TEXT_MAX_BYTES) {
    throw new ValidationError(`Comment text was too many bytes. Value (${bytes}) exceeded limit (${PERSPECTIVE_TEXT_MAX_BYTES}).`, { errorType: 'COMMENT_TOO_LONG' });
  }
}

/**
 * The spans that explain an attribute (UTF-16 offsets, end exclusive), each with its score; when nothing in the
 * text stands out, one span over the whole text with the summary score, as Perspective always gives at least one.
 */
function spanScores(text: string, attribute: Attribute, summary: number, spans: readonly Span[]): { begin: number; end: number; score: PerspectiveScore }[] {
  // One entry per stretch of text (the lexicon and the model may both name it), with the higher score.
  const byRange = new Map<string, { begin: number; end: number; score: PerspectiveScore }>();
  for (const span of spans) {
    if (span.attribute !== attribute || span.begin < 0 || span.end > text.length || span.end <= span.begin) continue;
    const range = `${span.begin}:${span.end}`;
    const seen = byRange.get(range);
    if (seen === undefined || seen.score.value < span.score) byRange.set(range, { begin: span.begin, end: span.end, score: probability(Math.round(span.score * 10_000) / 10_000) });
  }
  const out = [...byRange.values()];
  if (out.length === 0) out.push({ begin: 0, end: text.length, score: probability(summary) });
  return out.sort((a, b) => a.begin - b.begin || a.end - b.end);
}
