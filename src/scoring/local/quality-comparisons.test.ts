import type { Language } from '../../domain';
import { routedStatusOf } from '../../../test/support/lexicon-scores';
import { LocalScorer } from './local-scorer';
import { findQualityComparisons } from './quality-comparisons';
import { normalizeText } from './text-normalizer';

const ids = (text: string, language: Language): string[] => {
  const tokens = normalizeText(text).tokens;
  return findQualityComparisons(tokens, new Uint8Array(tokens.length), language).map((m) => m.id);
};

describe('quality comparisons: "the charisma of a damp dishcloth"', () => {
  const status = routedStatusOf(() => LocalScorer.loadSync());

  it.each<[Language, string]>([
    // Written for this test, not taken from a case file.
    ['de', 'Unser Gemeindepräsident hat den Charme eines Kartoffelsacks.'],
    ['de', 'Diese Ministerin hat ungefähr so viel Rückgrat wie ein Waschlappen.'],
    ['fr', 'Ce député a l’esprit d’un tabouret.'],
    ['fr', 'Elle a autant de charisme qu’une biscotte.'],
    ['it', 'Il sindaco ha la personalità di un soprammobile.'],
    ['en', 'The minister has the personality of a wet sponge.'],
    ['en', 'He has less charisma than a doorknob.'],
  ])('When the %s comment is %j, then it is held as an insult', (language, text) => {
    expect(ids(text, language)).toEqual([`${language}:insult:quality-of-thing`]);
    expect(status(text, language)).not.toBe('approved');
  });

  it.each<[Language, string]>([
    // No dull thing, a thing with charm, a measure of a device, a literal warmth.
    ['de', 'Die Altstadt hat den Charme eines Dorfes.'],
    ['de', 'Das Restaurant hat den Charme eines alten Bauernschranks.'],
    ['fr', 'Il faut changer le sens d’une porte.'],
    ['fr', 'La classe énergétique d’un frigo compte beaucoup.'],
    ['it', 'Il fascino di un mobile antico è impagabile.'],
    ['en', 'The energy use of a fridge is lower than you think.'],
    ['en', 'The warmth of a radiator is nice in winter.'],
  ])('When the %s comment is %j, then nothing is found and it is approved', (language, text) => {
    expect(ids(text, language)).toEqual([]);
    expect(status(text, language)).toBe('approved');
  });
});
