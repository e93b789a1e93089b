import fs from 'node:fs';
import path from 'node:path';
import { defaultModelPath } from './model-path';

/** Register labels of OpenThesaurus, as bits. */
export const REGISTER = { derb: 1, vulg: 2, abwertend: 4, ugs: 8 } as const;
export type RegisterLabel = keyof typeof REGISTER;

/**
 * The word list derived from OpenThesaurus (LGPL, shipped as its own file with its own licence): for each
 * German word of a synonym set that holds coarse, vulgar or pejorative words, its register bits and the sets it
 * belongs to. An unseen insult ("Knalltüte") shares a set with ones the model has learnt ("Idiot").
 */
export interface ThesaurusFile {
  format: 'openthesaurus-de-derived';
  licence: string;
  source: string;
  /** Normalised word → [register bits, synonym-set ids…]. */
  words: Record<string, number[]>;
}

/** File name beside the model, relative to the repository root. */
export const THESAURUS_FILE = 'models/openthesaurus-de/register-synsets.json';

/** Inflection endings tried, longest first, when a word is not in the list as written. */
const ENDINGS = ['ern', 'en', 'er', 'es', 'em', 'n', 'e', 's'];

export class Thesaurus {
  private readonly words: Map<string, readonly number[]>;

  constructor(file: ThesaurusFile) {
    if (file.format !== 'openthesaurus-de-derived') throw new Error(`unknown thesaurus format ${String(file.format)}`);
    this.words = new Map(Object.entries(file.words));
  }

  /** [register bits, set ids…] of a normalised word or its uninflected form; undefined when unknown. */
  lookup(norm: string): readonly number[] | undefined {
    const hit = this.words.get(norm);
    if (hit !== undefined || norm.length < 5) return hit;
    for (const ending of ENDINGS) {
      if (norm.endsWith(ending)) {
        const base = this.words.get(norm.slice(0, -ending.length));
        if (base !== undefined) return base;
      }
    }
    return undefined;
  }

  get size(): number {
    return this.words.size;
  }
}

let shipped: Thesaurus | undefined;

/** The shipped list (loaded once per process). */
export function shippedThesaurus(): Thesaurus {
  if (shipped === undefined) {
    const modelFile = defaultModelPath();
    const file = path.join(path.dirname(path.dirname(modelFile)), THESAURUS_FILE);
    shipped = new Thesaurus(JSON.parse(fs.readFileSync(file, 'utf8')) as ThesaurusFile);
  }
  return shipped;
}
