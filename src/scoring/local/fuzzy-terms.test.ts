import { compileFuzzyTerms } from './fuzzy-terms';
import { normalizeText } from './text-normalizer';

const fuzzy = compileFuzzyTerms([
  { term: 'vollidiot', id: 'vollidiot' },
  { term: 'abschaum', id: 'abschaum', language: 'de' },
  { term: 'connard', id: 'connard', language: 'fr' },
  { term: 'schwein', id: 'schwein' },
]);
const found = (text: string, language: 'de' | 'fr' = 'de'): string[] => {
  const { tokens } = normalizeText(text);
  return fuzzy.find(tokens, new Uint8Array(tokens.length), language).map((m) => m.id);
};

describe('compileFuzzyTerms', () => {
  it('When a term has two letters swapped, one dropped or one added, then it is found', () => {
    expect(found('Du Vollidoit')).toEqual(['fuzzy:vollidiot']);
    expect(found('Ihr Vollidoiten')).toEqual(['fuzzy:vollidiot']);
    expect(found('Das ist Abschuam')).toEqual(['fuzzy:abschaum']);
    expect(found('Das ist Abschaum')).toEqual([]);
    expect(found('Das ist Abschaaum')).toEqual(['fuzzy:abschaum']);
    expect(found("T'es un conard", 'fr')).toEqual(['fuzzy:connard']);
    expect(found('Vollidxiot')).toEqual(['fuzzy:vollidiot']);
  });

  it('When a word only looks like a term, then nothing is found', () => {
    // A replaced letter is never tried; nor are slips in the first three letters or a dropped last letter.
    expect(found('Die Schweiz')).toEqual([]);
    expect(found('Vlolidiot')).toEqual([]);
    expect(found('Abschaum', 'fr')).toEqual([]);
    expect(found('Vollidio')).toEqual([]);
  });
});
