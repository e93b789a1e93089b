import type { Language } from '../../domain';
import { createLexiconScorer } from './lexicon-scorer';
import { netSkeleton } from './lexicon-threat-net';
import { normalizeText } from './text-normalizer';

describe('threat safety net: violence joined with a target or a wish holds, reports and idioms do not', () => {
  const lexicon = createLexiconScorer();
  const threat = (text: string, language: Language): number => lexicon.score(normalizeText(text), language).scores.THREAT;

  it.each<[Language, string]>([
    ['de', 'Eines Tages chunnt öpper und macht di kalt, Journi.'],
    ['de', 'De Redaktor ghöört abgschosse, so öppis z schriibe.'],
    ['de', 'Ich hoffe, dass den Typen bald jemand absticht.'],
    ['fr', 'Il mériterait qu’on le tabasse jusqu’à ce qu’il ne bouge plus.'],
    ['it', 'Spero che qualcuno gli faccia la pelle presto.'],
    ['en', 'Someone ought to shoot the whole government.'],
  ])('When the %s comment is %j, then THREAT reaches a hold', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.5);
  });

  it.each<[Language, string]>([
    ['de', '1945 wurden in dieser Stadt Hunderte erschossen, daran sollte man erinnern.'],
    ['de', 'Die Kinder bringen mich noch um den Verstand.'],
    ['de', 'Transfeindlichkeit tötet, wir müssen handeln.'],
    ['de', 'Das Thema ist erledigt, Herr Redaktor, danke für die Antwort.'],
    ['fr', 'Le chasseur a abattu un sanglier.'],
    ['it', 'Ammazza che bello questo articolo, complimenti.'],
    ['en', 'You are absolutely killing it with these reports, keep going.'],
    ['en', 'The government should kill this bill before it does more damage.'],
  ])('When the %s comment is %j, then the net stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });

  it('When a dialect word doubles its vowels, then it is read with them written once', () => {
    expect(netSkeleton('ghoeoert')).toBe('ghoert');
    expect(netSkeleton('schriibe')).toBe('schribe');
  });
});
