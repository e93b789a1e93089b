import type { Language } from '../../domain';
import { cueSentences } from './speech-cues';
import { normalizeText } from './text-normalizer';

const reporting = (text: string, language: Language): number[] => [...cueSentences(normalizeText(text), language).reporting].sort();

describe('speech cues: a threat noun sworn to with a promise reports nothing', () => {
  it.each<[Language, string]>([
    ['de', 'Wenn ich dich sehe, schlag ich dir die Zähne ein. Das ist ein Versprechen, keine Drohung.'],
    ['de', 'Ich bring dich um, das ist keine Drohung, das ist ein Versprechen.'],
    ['fr', 'Je vais te buter, ce n’est pas une menace, c’est une promesse.'],
    ['it', 'Ti ammazzo, e non è una minaccia, è una promessa.'],
    ['en', "I will kill you, that's not a threat, it's a promise."],
  ])('When the %s comment is %j, then no sentence is reported speech', (language, text) => {
    expect(reporting(text, language)).toEqual([]);
  });

  it.each<[Language, string]>([
    ['de', 'Er sprach eine Drohung gegen den Richter aus.'],
    ['fr', 'Le ministre a reçu une menace de mort.'],
    ['en', 'The minister called the letter a threat to kill him.'],
  ])('When the %s comment is %j, then its sentence is reported speech', (language, text) => {
    expect(reporting(text, language)).toEqual([0]);
  });
});
