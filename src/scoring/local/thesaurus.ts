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

/** Inflection endings also accepted after a listed word. */
const ENDINGS = ['ern', 'en', 'er', 'es', 'em', 'n', 'e', 's'];
/** Shorter inflected forms are too often other words ("aas" + "en"). */
const MIN_INFLECTED_LENGTH = 5;

export class Thesaurus {
  private readonly words: Map<string, readonly number[]>;

  constructor(file: ThesaurusFile) {
    if (file.format !== 'openthesaurus-de-derived') throw new Error(`unknown thesaurus format ${String(file.format)}`);
    // Inflected forms are spelled out once at load, so that a look-up is one hash probe (the hot path).
    this.words = new Map();
    for (const [word, entry] of Object.entries(file.words)) {
      for (const ending of ENDINGS) {
        const form = word + ending;
        if (form.length >= MIN_INFLECTED_LENGTH && !(form in file.words)) this.words.set(form, entry);
      }
    }
    for (const [word, entry] of Object.entries(file.words)) this.words.set(word, entry);
  }

  /** [register bits, set ids…] of a normalised word or its inflected form; undefined when unknown. */
  lookup(norm: string): readonly number[] | undefined {
    return this.words.get(norm);
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
