import type { Language } from '../../domain';
import type { TermDefinition, TermMatch } from './term-matcher';
import { normalizeWord, type Token } from './text-normalizer';
import { WordCache, WordFlags } from './word-table';

/**
 * Misspelt insults and slurs ("Vollidoit", "Abschuam", "Arschlch", "conard"): a word that is a lexicon term with
 * two neighbouring letters swapped, one letter dropped (not the last: "Versage" is not "Versager") or one letter
 * added, from the fourth letter on. A letter replaced by another is not tried: "Schweiz" is one letter from
 * "Schwein". Only single-word terms of at least {@link MIN_TERM_LENGTH} letters, in words of at least
 * {@link MIN_WORD_LENGTH}, and an inflection ending is allowed after the term ("Vollidoiten"). The slips were
 * checked against every word of the data sets for words they would misread.
 */
const MIN_TERM_LENGTH = 7;
const MIN_WORD_LENGTH = 6;
/** Slips in the first letters make other words too often ("erachtet" → "verachtet", "prendre" → "pendre"). */
const FIRST_EDITABLE = 3;
/**
 * Terms one slip from common words ("Schwein" → "Schein"; "Geschmeiss" → "geschmissen"; "krepieren" → "kreieren"), and
 * group names ("Schwüle" → "Schwule").
 */
const NOT_FUZZY = new Set(['schwein', 'geschmeiss', 'krepieren', 'tschusch', 'schwule', 'schwuler', 'schwulen', 'christen', 'christin']);
const ENDINGS = ['', 'e', 'en', 'n', 's', 'er', 'in', 'innen', 'i', 'a', 'o'];

interface Candidate<T> {
  term: TermDefinition<T>;
  norm: string;
}

/** Every string one deletion away from `s`, with `s` itself. */
function deletions(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/** Whether `word` is `term` with two neighbouring letters swapped, one inner letter dropped, or one letter added. */
function oneSlipAway(word: string, term: string): boolean {
  if (word === term) return false;
  if (word.length === term.length) {
    let i = 0;
    while (i < word.length && word[i] === term[i]) i++;
    return i >= FIRST_EDITABLE && i + 1 < word.length && word[i] === term[i + 1] && word[i + 1] === term[i] && word.slice(i + 2) === term.slice(i + 2);
  }
  if (word.length === term.length - 1) {
    for (let i = FIRST_EDITABLE; i < term.length - 1; i++) if (term.slice(0, i) + term.slice(i + 1) === word) return true;
    return false;
  }
  if (word.length === term.length + 1) {
    // Not at the end: a letter after the term reads as an inflection ("Abstecher" is not "absteche" + r).
    for (let i = FIRST_EDITABLE; i < word.length - 1; i++) if (word.slice(0, i) + word.slice(i + 1) === term) return true;
  }
  return false;
}

/** Finds misspelt single-word terms among the words no exact match covers. */
export interface FuzzyTerms<T> {
  find(tokens: readonly Token[], covered: Uint8Array, language: Language): TermMatch<T>[];
}

export function compileFuzzyTerms<T>(terms: readonly TermDefinition<T>[]): FuzzyTerms<T> {
  // Symmetric deletions: a word and a term one slip apart share a string within one deletion of each.
  const index = new Map<string, Candidate<T>[]>();
  for (const term of terms) {
    if (term.action === 'allow' || /[\s*]/.test(term.term)) continue;
    const norm = normalizeWord(term.term);
    if (norm.length < MIN_TERM_LENGTH || !/^[a-z]+$/.test(norm) || NOT_FUZZY.has(norm)) continue;
    for (const key of deletions(norm)) {
      const list = index.get(key);
      if (list === undefined) index.set(key, [{ term, norm }]);
      else if (!list.some((c) => c.norm === norm && c.term.language === term.language)) list.push({ term, norm });
    }
  }
  const cache = new WordCache<Candidate<T>[]>();
  /** 1 when a word is one slip from no term (nearly every word), 2 when it has candidates in {@link cache}. */
  const hasCandidates = new WordFlags();
  const none: Candidate<T>[] = [];
  const lookup = (word: string, id: number): Candidate<T>[] => {
    const known = hasCandidates.get(id);
    if (known === 1) return none;
    let found = known === 2 ? cache.get(id) : undefined;
    if (found !== undefined) return found;
    found = [];
    for (const ending of ENDINGS) {
      if (!word.endsWith(ending)) continue;
      const stem = word.slice(0, word.length - ending.length);
      if (stem.length < MIN_WORD_LENGTH - 1) continue;
      for (const key of deletions(stem)) {
        for (const candidate of index.get(key) ?? []) {
          if (!found.includes(candidate) && oneSlipAway(stem, candidate.norm)) found.push(candidate);
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
        if (token.kind !== 'word' || covered[i] === 1 || token.norm.length < MIN_WORD_LENGTH) continue;
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
