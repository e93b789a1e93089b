import type { Attribute, Language } from '../../domain';
import type { CompoundMode } from './term-matcher';

/** Attribute weights of a lexicon entry: the probability the entry alone carries for each attribute. */
export type LexiconWeights = Partial<Record<Attribute, number>>;

/** Options of a lexicon row; see {@link TermDefinition} and {@link LexiconPayload.group}. */
export interface RowOptions {
  language?: Language;
  compound?: CompoundMode;
  inflect?: boolean | readonly string[];
  /** Weights when the same sentence names a group. */
  group?: LexiconWeights;
  /**
   * A negation shortly after the term also negates it: German puts "nicht" after the verb ("Ich hasse
   * Ausländer nicht", "Ich hasse keine Ausländer").
   */
  negationAfter?: boolean;
  /**
   * A veiled threat that is harmless alone ("un accident est vite arrivé", "deine Zeit wird kommen"): a threat only
   * when aimed (a promise, an insult, the journalist named); see the escalation in threat-escalation.ts.
   */
  veiled?: boolean;
}

/** One lexicon entry: the term as written, its weights, options. */
export type Row = [term: string, weights: LexiconWeights, options?: RowOptions];

// Shorthands keep the tables readable; the numbers are hand-set priors. Reject thresholds in config/policy.json:
// THREAT 0.9, SEVERE_TOXICITY 0.85, IDENTITY_ATTACK 0.9, INSULT 0.95, TOXICITY 0.97; hold at 0.5.
export const insult = (p: number): LexiconWeights => ({ INSULT: p, TOXICITY: Math.min(0.95, p * 0.95) });
export const severe = (p: number): LexiconWeights => ({ INSULT: p, TOXICITY: p, SEVERE_TOXICITY: p * 0.8 });
export const profane = (p: number): LexiconWeights => ({ PROFANITY: p, TOXICITY: p * 0.35 });
export const threat = (p: number): LexiconWeights => ({ THREAT: p, TOXICITY: p * 0.9, SEVERE_TOXICITY: p * 0.7 });
export const slur = (p: number): LexiconWeights => ({ IDENTITY_ATTACK: p, INSULT: p * 0.9, TOXICITY: p, SEVERE_TOXICITY: p * 0.6 });
export const body = (p: number): LexiconWeights => ({ INSULT: p, TOXICITY: p * 0.85 });

/**
 * An unambiguous threat to kill or maim, a call to kill, or a death wish: THREAT and SEVERE_TOXICITY both reach
 * their reject thresholds from p ≈ 0.92 ("gehört erschossen", "je vais te tuer", "hope you die").
 */
export const kill = (p: number): LexiconWeights => ({ THREAT: p, TOXICITY: p, SEVERE_TOXICITY: Math.min(0.95, p - 0.06) });

/**
 * People called vermin, parasites, subhumans: severe enough to reject from p ≈ 0.9 (SEVERE_TOXICITY p − 0.03),
 * and an identity attack when the sentence names a group (see {@link GROUP_DEHUMANISED}).
 */
export const dehumanise = (p: number): LexiconWeights => ({ INSULT: p, TOXICITY: p, SEVERE_TOXICITY: p - 0.03 });

/** What a dehumanising word weighs when the sentence names a group ("Flüchtlinge … Ungeziefer"). */
export const GROUP_DEHUMANISED: LexiconWeights = { IDENTITY_ATTACK: 0.93, INSULT: 0.9, TOXICITY: 0.92, SEVERE_TOXICITY: 0.87 };

/** What a word of killing or eradication weighs when the sentence names a group ("die Muslime ausrotten"). */
export const GROUP_VIOLENCE: LexiconWeights = { THREAT: 0.93, IDENTITY_ATTACK: 0.93, TOXICITY: 0.93, SEVERE_TOXICITY: 0.87 };

/**
 * No weight of its own: the row only counts through its `group` weights. A hit with no weight is not reported at
 * all, so it does not feed the model's lexicon features either ("Korruption ausrotten", "Ratten im Keller").
 */
export const GROUP_ONLY: LexiconWeights = {};

/** A word that mostly matters about people: below hold alone, its `group` weights about a group. */
export const about = (p: number): LexiconWeights => ({ INSULT: p, TOXICITY: p * 0.9 });

export const HEAD: { compound: CompoundMode } = { compound: 'head' };
export const BOTH: { compound: CompoundMode } = { compound: 'both' };
export const DE = { language: 'de' } as const;
export const FR = { language: 'fr' } as const;
export const IT = { language: 'it' } as const;
export const EN = { language: 'en' } as const;
export const IT_NOUN = ['o', 'a', 'i', 'e'] as const;

/** Every combination "prefix * word" of the lists, as rows with the same weights and options. */
export function frames(prefixes: readonly string[], words: readonly string[], weights: LexiconWeights, options?: RowOptions): Row[] {
  const out: Row[] = [];
  for (const p of prefixes) for (const w of words) out.push([`${p} ${w}`, weights, options]);
  return out;
}

/** The same weights and options for each term. */
export function each(terms: readonly string[], weights: LexiconWeights, options?: RowOptions): Row[] {
  return terms.map((t): Row => [t, weights, options]);
}

/**
 * Italian nouns and adjectives from their masculine singular, words separated by spaces: -o → -o, -a, -i, -e
 * ("venduto" → venduta, venduti, vendute), -io → -io, -ia, -i, -ie ("vecchio" → vecchi), -one → -one, -ona, -oni
 * ("sbruffone" → sbruffona, sbruffoni); other words as they are.
 */
export function italianForms(spec: string): string[] {
  return spec
    .split(/\s+/)
    .filter((w) => w !== '')
    .flatMap((w) => {
      if (w.endsWith('io')) return [w, `${w.slice(0, -2)}ia`, w.slice(0, -1), `${w.slice(0, -2)}ie`];
      if (w.endsWith('one')) return [w, `${w.slice(0, -1)}a`, `${w.slice(0, -1)}i`];
      if (w.endsWith('o')) return ['o', 'a', 'i', 'e'].map((e) => w.slice(0, -1) + e);
      return [w];
    });
}

/** "vendu:e,s,es" → vendu, vendue, vendus, vendues: a base and its endings, words separated by spaces. */
export function expand(spec: string): string[] {
  const out: string[] = [];
  for (const item of spec.split(/\s+/)) {
    if (item === '') continue;
    const [base, endings] = item.split(':') as [string, string | undefined];
    out.push(base);
    if (endings !== undefined) for (const e of endings.split(',')) out.push(base + e);
  }
  return out;
}
