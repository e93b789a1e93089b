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

describe('speech cues: an act of speech named as the subject of a verdict is reported', () => {
  it.each<[Language, string]>([
    ['en', 'Wishing death on refugees is disgusting, whatever your views.'],
    ['fr', "Souhaiter la mort à des réfugiés, c'est ignoble."],
    ['it', 'Augurare la morte ai profughi è vergognoso.'],
    ['de', 'Flüchtlingen den Tod zu wünschen ist widerlich.'],
  ])('When the %s comment is %j, then its sentence is reported speech', (language, text) => {
    expect(reporting(text, language)).toEqual([0]);
  });

  it.each<[Language, string]>([
    // No verdict on the act, or the act not its subject.
    ['en', 'Wishing you a merry Christmas and a happy new year.'],
    ['en', 'Refugees are disgusting, I wish them death.'],
    ['de', 'Ich hoffe, dir den Tod zu wünschen ist bald nicht mehr nötig.'],
  ])('When the %s comment is %j, then no sentence is reported speech', (language, text) => {
    expect(reporting(text, language)).toEqual([]);
  });
});

describe('speech cues: a question about who wrote something quotes no one', () => {
  it.each<[Language, string]>([
    ['fr', 'Quel imbécile a écrit ce torchon ?'],
    ['it', 'Quale idiota ha scritto questa porcheria?'],
    ['en', 'Which moron wrote this headline?'],
    ['en', 'What idiot said that?'],
  ])('When the %s comment is %j, then no sentence is reported speech', (language, text) => {
    expect(reporting(text, language)).toEqual([]);
  });

  it.each<[Language, string]>([
    ['en', 'The mayor said that migrants are parasites.'],
    ['en', 'Which minister said that migrants are parasites?'],
  ])('When the %s comment is %j, then its sentence is reported speech', (language, text) => {
    expect(reporting(text, language)).toEqual([0]);
  });
});
