import type { Attribute } from '../../src/domain';

/**
 * The fakes' deterministic "model": a small word list. A sentence scores, per attribute, the highest score
 * of its words (or BASELINE_SCORE); the comment scores the highest of its sentences. Tests can assert
 * exact numbers.
 */
export const BASELINE_SCORE = 0.02;

export const FAKE_LEXICON: Readonly<Record<string, Partial<Record<Attribute, number>>>> = {
  // insults (de, fr, it, en)
  vollidiot: { TOXICITY: 0.92, INSULT: 0.93, SEVERE_TOXICITY: 0.3, PROFANITY: 0.4 },
  idiot: { TOXICITY: 0.85, INSULT: 0.88, PROFANITY: 0.3 },
  trottel: { TOXICITY: 0.8, INSULT: 0.84 },
  imbécile: { TOXICITY: 0.82, INSULT: 0.86 },
  cretino: { TOXICITY: 0.81, INSULT: 0.85 },
  // profanity
  scheisse: { TOXICITY: 0.75, PROFANITY: 0.9 },
  merde: { TOXICITY: 0.74, PROFANITY: 0.89 },
  shit: { TOXICITY: 0.76, PROFANITY: 0.91 },
  // threats
  umbringen: { TOXICITY: 0.7, THREAT: 0.9, SEVERE_TOXICITY: 0.6 },
  kill: { TOXICITY: 0.72, THREAT: 0.91, SEVERE_TOXICITY: 0.62 },
  // identity attacks
  gesindel: { TOXICITY: 0.78, IDENTITY_ATTACK: 0.8, INSULT: 0.6 },
  vermin: { TOXICITY: 0.79, IDENTITY_ATTACK: 0.82, INSULT: 0.6 },
};

/** A sentence with its UTF-16 offsets (end exclusive). */
export interface FakeSentence {
  begin: number;
  end: number;
  scores: Record<Attribute, number>;
}

const ALL: Attribute[] = ['TOXICITY', 'SEVERE_TOXICITY', 'INSULT', 'PROFANITY', 'THREAT', 'IDENTITY_ATTACK'];

/** Splits after `.`, `!`, `?` (and their runs) and scores each sentence from the word list. */
export function scoreSentences(text: string): FakeSentence[] {
  const sentences: FakeSentence[] = [];
  const boundary = /[.!?]+(\s+|$)/g;
  let begin = 0;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    sentences.push({ begin, end, scores: scoreWords(text.slice(begin, end)) });
    begin = end;
    if (match[0].length === 0) boundary.lastIndex += 1;
  }
  if (begin < text.length) sentences.push({ begin, end: text.length, scores: scoreWords(text.slice(begin)) });
  return sentences;
}

function scoreWords(sentence: string): Record<Attribute, number> {
  const scores = Object.fromEntries(ALL.map((a) => [a, BASELINE_SCORE])) as Record<Attribute, number>;
  for (const word of sentence.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const entry = FAKE_LEXICON[word];
    if (entry === undefined) continue;
    for (const attribute of ALL) scores[attribute] = Math.max(scores[attribute], entry[attribute] ?? 0);
  }
  return scores;
}

/** Whole-comment scores: the maximum over sentences. */
export function scoreText(text: string): Record<Attribute, number> {
  const total = Object.fromEntries(ALL.map((a) => [a, BASELINE_SCORE])) as Record<Attribute, number>;
  for (const sentence of scoreSentences(text)) {
    for (const attribute of ALL) total[attribute] = Math.max(total[attribute], sentence.scores[attribute]);
  }
  return total;
}

const STOPWORDS: Record<string, string[]> = {
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'du', 'bist', 'ich', 'sie', 'mit'],
  fr: ['le', 'la', 'les', 'et', 'est', 'un', 'une', 'pas', 'tu', 'es', 'je', 'vous', 'avec'],
  it: ['il', 'lo', 'gli', 'e', 'è', 'un', 'una', 'non', 'sei', 'io', 'che', 'con', 'per'],
  en: ['the', 'and', 'is', 'a', 'an', 'not', 'you', 'are', 'i', 'with', 'this', 'that', 'of'],
  es: ['el', 'los', 'y', 'es', 'una', 'no', 'eres', 'yo', 'que', 'con', 'para', 'del'],
};

/** Like the real service, detection fails on short or unrecognisable text (fewer than two stopword hits). */
export function detectLanguage(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: { language: string; hits: number } | undefined;
  for (const [language, stopwords] of Object.entries(STOPWORDS)) {
    const hits = words.filter((w) => stopwords.includes(w)).length;
    if (hits >= 2 && (best === undefined || hits > best.hits)) best = { language, hits };
  }
  return best?.language;
}
