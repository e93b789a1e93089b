import { createLexiconScorer } from './lexicon-scorer';
import { normalizeText } from './text-normalizer';

/** German context rules read by clause structure (own words vs. reported, negation scope); one file so that branches merge. */
describe('German context rules (clause structure)', () => {
  const lexicon = createLexiconScorer();
  const score = (text: string) => lexicon.score(normalizeText(text), 'de');
  const reported = (text: string) => score(text).hits.filter((h) => h.category !== 'identity').some((h) => h.contexts.includes('reported'));

  it.each([
    'Hat dem Depperten aus Bern eigentlich schon mal jemand gesagt, dass seine Vorlage nichts taugt?',
    'Der Schwachkopf vom Steueramt schrieb mir heute wieder einen Brief.',
  ])('When the insult stands before a verb of saying in its clause ("%s"), then it is the writer\'s, not reported', (text) => {
    expect(reported(text)).toBe(false);
    expect(score(text).scores.INSULT).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    'Er sagte, der Schiedsrichter sei ein Trottel.',
    'Der Trainer sei ein Idiot, sagte der Spieler nach dem Match.',
    'Die Zeitung nannte ihn damals einen Idioten.',
  ])('When the insult follows the verb of saying or stands in a clause before it ("%s"), then it stays reported', (text) => {
    expect(reported(text)).toBe(true);
  });

  it('When a participle of saying has no auxiliary ("Verdammt gut geschrieben"), then it reports nothing and praises', () => {
    expect(score('Verdammt gut geschrieben, danke für die Recherche.').scores.INSULT).toBeLessThan(0.5);
  });
});
