import { compileFuzzyTerms, compileSplitWords } from './fuzzy-terms';
import { shippedFuzzyTerms } from './lexicon-scorer';
import { lexSpans } from '../../../test/support/lexicon-scores';
import { compileTerms, type TermDefinition } from './term-matcher';
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
    // Terms of eight letters and more: from the second letter on (HateCheck's slips fall anywhere).
    expect(found('Das ist Asbchaum')).toEqual(['fuzzy:abschaum']);
    expect(found('Das ist Aschaum')).toEqual(['fuzzy:abschaum']);
    expect(found('Du Vlolidiot')).toEqual(['fuzzy:vollidiot']);
  });

  it('When a word only looks like a term, then nothing is found', () => {
    // A replaced letter is never tried; nor are slips in the first letter, in the first three of a shorter term, or a
    // dropped last letter.
    expect(found('Die Schweiz')).toEqual([]);
    expect(found('Ovllidiot')).toEqual([]);
    expect(found("T'es un cnonard", 'fr')).toEqual([]);
    expect(found('Abschaum', 'fr')).toEqual([]);
    expect(found('Vollidio')).toEqual([]);
  });
});

describe('compileFuzzyTerms with six-letter terms', () => {
  const short = compileFuzzyTerms(
    [
      { term: 'muslim', id: 'muslim', data: 'identity' },
      { term: 'schwul', id: 'schwul', data: 'identity' },
      { term: 'zecken', id: 'zecken', data: 'insult' },
    ],
    { anySlipWhenShort: (t) => t.data === 'identity' },
  );
  const shortFound = (text: string): string[] => {
    const { tokens } = normalizeText(text);
    return short.find(tokens, new Uint8Array(tokens.length), 'de').map((m) => m.id);
  };
  it('When a six-letter group name is misspelt, then it is found; an insult of six letters only swapped', () => {
    expect(shortFound('Musilme')).toEqual(['fuzzy:muslim']);
    expect(shortFound('Musime')).toEqual(['fuzzy:muslim']);
    expect(shortFound('Musslime')).toEqual(['fuzzy:muslim']);
    expect(shortFound('Schwlue')).toEqual(['fuzzy:schwul']);
    expect(shortFound('Zeckne')).toEqual(['fuzzy:zecken']);
    expect(shortFound('Zeckn')).toEqual([]);
  });
  it('When a common word is a slip from a short group name, then it is not found', () => {
    expect(shortFound('Schule')).toEqual([]);
    expect(shortFound('Schwüle')).toEqual([]);
  });
});

describe('the shipped split-word finder and ordinary phrases', () => {
  const joinedIn = (text: string, language: 'de' | 'fr' | 'en'): string[] => lexSpans(text, language).filter((s) => s.rule.includes(':joined:')).map((s) => s.rule);

  it.each<['de' | 'fr' | 'en', string]>([
    ['en', 'Some regions still have a low life expectancy because of poor healthcare.'],
    ['en', 'That cyclist took a wet back road home in the rain.'],
    ['en', 'You can rent cheap skates at the rink in Davos.'],
    ['de', 'Wir mussten am Flughafen vier Stunden tot schlagen.'],
  ])('When the %s comment %j has an ordinary two-word phrase, then nothing is joined', (language, text) => {
    expect(joinedIn(text, language)).toEqual([]);
  });

  it('When an insult is split or written as two words, then it is still joined', () => {
    expect(joinedIn('Das ist Ab schaum.', 'de')).not.toEqual([]);
    expect(joinedIn('What a total dirt bag he is.', 'en')).not.toEqual([]);
  });
});

describe('compileSplitWords', () => {
  const terms: TermDefinition<string>[] = [
    { term: 'abschaum', id: 'abschaum', data: 'insult' },
    { term: 'untermensch', id: 'untermensch', data: 'slur' },
    { term: 'minderwertig', id: 'minderwertig', data: 'insult' },
  ];
  const split = compileSplitWords(terms, compileTerms(terms));
  const joined = (text: string): string[] => {
    const normalized = normalizeText(text);
    return split.find(normalized, new Uint8Array(normalized.tokens.length), 'de').map((m) => m.id);
  };
  it('When a short group name is split, then it is joined only where group names may be short', () => {
    const groups: TermDefinition<string>[] = [{ term: 'muslim', id: 'muslim', data: 'identity' }];
    const find = (options: Parameters<typeof compileSplitWords<string>>[2]): string[] => {
      const normalized = normalizeText('Ich hasse Mus lime.');
      return compileSplitWords(groups, compileTerms(groups), options).find(normalized, new Uint8Array(normalized.tokens.length), 'de').map((m) => m.id);
    };
    expect(find({ anySlipWhenShort: (t) => t.data === 'identity' })).toEqual(['joined:muslim']);
    expect(find({})).toEqual([]);
  });

  it('When a lexicon word is split by a space, then the two halves are found as one', () => {
    expect(joined('Die sind Ab schaum')).toEqual(['joined:abschaum']);
    expect(joined('Die sind minder wertig')).toEqual(['joined:minderwertig']);
    expect(joined('Das sind Unter menschen')).toEqual(['joined:untermensch']);
  });
  it('When a word that stands alone comes before the rest, then nothing is joined', () => {
    expect(joined('Er ist gern unter Menschen')).toEqual([]);
    expect(joined('Die Unter suchung dauert')).toEqual([]);
  });
});

describe('the shipped misspelling finder and real words', () => {
  const shipped = shippedFuzzyTerms();
  const misread = (text: string, language: 'de' | 'fr' | 'it'): string[] => {
    const { tokens } = normalizeText(text);
    // Group names misspelt ("Fluchtlinge") weigh nothing alone; the rest would hold a comment.
    return shipped.find(tokens, new Uint8Array(tokens.length), language).map((m) => m.id).filter((id) => !id.includes(':identity:'));
  };

  it.each<['de' | 'fr' | 'it', string]>([
    ['de', 'Viele Flüchtlinge stehen am Bahnhof und warten auf den Zug.'],
    ['de', 'Unser Hund hat sich die Pfoten im Schnee verletzt.'],
    ['de', 'Die Gemeinde will neues Bauland erschliessen.'],
    ['de', 'Der Schleier ist in der Schweiz kein grosses Thema.'],
    ['de', 'Wir vergassen fast, dass heute Abstimmung ist.'],
    ['de', 'Wir mussten die Möbel verrücken.'],
    ['fr', 'C’est le meilleur médecin que je connaisse.'],
    ['de', 'Die Euphorie ist schnell verflogen.'],
    ['it', 'Le richieste dei genitori sono state ignorate dal municipio.'],
    ['fr', 'On a dormi dans une yourte pendant les vacances.'],
    ['fr', 'Le chemin était boueux après la pluie.'],
    // Session 24's slips from the second letter on: the dictionaries' words they would misread.
    ['fr', 'Certains élus ont voté contre, et les banques aussi.'],
    ['de', 'Der Binder der Zeitung hat die Fans umringen sehen.'],
    ['de', 'Die Nachtruhe war gestörte, die Medikamente unverträglich.'],
  ])('When the %s comment %j uses a real word one slip from a term, then no misspelt term is found', (language, text) => {
    expect(misread(text, language)).toEqual([]);
  });

  it('When a term is really misspelt, then it is still found', () => {
    expect(misread('Die stehlne doch alle', 'de').length + misread('Du Vollidoit', 'de').length).toBeGreaterThan(0);
    expect(misread('Quelle conasse', 'fr').length + misread('Quelle connase', 'fr').length).toBeGreaterThan(0);
  });
});
