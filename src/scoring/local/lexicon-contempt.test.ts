import type { Language } from '../../domain';
import { routedStatusOf } from '../../../test/support/lexicon-scores';
import { LocalScorer } from './local-scorer';

describe('group contempt in French, Italian and English: conspiracy, bombs, sickness, sent back', () => {
  const status = routedStatusOf(() => LocalScorer.loadSync());

  it.each<[Language, string]>([
    ['fr', 'Les juifs tirent les ficelles partout.'],
    ['fr', 'Les migrants sont des bombes à retardement.'],
    ['fr', "Les femmes n'ont rien à faire en politique."],
    ['it', 'Gli ebrei tirano i fili di tutto.'],
    ['it', 'I migranti sono bombe a orologeria.'],
    ['it', 'Le donne non dovrebbero fare politica.'],
    ['en', 'The Jews pull the strings everywhere.'],
    ['en', 'Migrants are ticking time bombs.'],
    ['en', 'Women have no business in politics.'],
    ['en', 'Send all these Africans back where they came from.'],
    ['fr', 'Les musulmans ne sont pas des terroristes, ce sont des barbares.'],
    ['en', 'Jews are rats in human form.'],
    ['fr', "Ces créatures d'Afrique, on ne devrait pas les appeler des humains."],
    // The writer's own belief is no report.
    ['en', 'I firmly believe that Muslims cannot be trusted.'],
    // A pronoun in the next sentence takes up the group (session 22: German only before).
    ['en', "Disabled people cost us a fortune. They're a burden, nothing more."],
    ['fr', 'Les migrants, c’est tous les mêmes, ils profitent du système.'],
    ['it', 'I profughi non ci devono stare qui.'],
    ['en', 'Refugees bring crime wherever they go.'],
  ])('When the %s comment is %j, then it is held', (language, text) => {
    expect(status(text, language)).not.toBe('approved');
  });

  it.each<[Language, string]>([
    ['en', 'Many refugees are sick people who need care after the journey.'],
    ['en', 'The climate crisis is a ticking time bomb for refugees.'],
    ['en', 'Stop calling migrants vermin, it is disgusting.'],
    ['en', 'Migrants who arrived last year were sent back where they came from by the court, a sad decision.'],
    ['fr', 'Le maire tire les ficelles dans cette commune, pas les réfugiés.'],
    ['it', 'Molti profughi sono malati e vanno curati.'],
    ['fr', 'Les musulmans ne sont pas des terroristes.'],
    ['it', 'I migranti non sono criminali, lo dicono i dati.'],
    ['en', 'Refugees are not criminals, the data is clear.'],
    // "crime" inside the words denied is no verdict on them ("It should not be a crime to …" is).
    ['en', 'Refugees do not bring crime, the data is clear.'],
    ['en', 'We have had Muslim families as neighbours for years, lovely people.'],
    ['fr', 'Les réfugiés ukrainiens sont arrivés en mars. Ils travaillent déjà à la boulangerie.'],
    // The same claims told back to be rejected.
    ['fr', "Arrête de prétendre que les juifs tirent les ficelles, c'est un vieux mythe antisémite."],
    ['fr', 'Quand tu écris que les femmes n’ont rien à faire en politique, tu montres ton ignorance.'],
    ['it', 'Smettila di dire che gli ebrei tirano i fili, è un vecchio mito antisemita.'],
    ['en', 'Saying migrants are ticking time bombs is pure racism.'],
    ['en', 'If you think women have no business in politics, you are living in the past.'],
  ])('When the %s comment is %j, then it is approved', (language, text) => {
    expect(status(text, language)).toBe('approved');
  });
});

describe('group attributes and implicit contempt in French, Italian and English (session 23)', () => {
  const status = routedStatusOf(() => LocalScorer.loadSync());

  it.each<[Language, string]>([
    ['en', 'Refugees are dirty.'],
    ['en', 'Why are Muslims always so lazy?'],
    ['fr', 'Les Roms sont tous voleurs.'],
    ['it', 'I musulmani sono pigri.'],
    ['it', 'Perché i rifugiati sono sempre così sporchi?'],
    ['en', 'I have no respect for gay people.'],
    ['fr', 'Je ne ferai jamais confiance aux juifs.'],
    ['it', 'Non mi siedo mai accanto ai neri sul tram.'],
    ['en', 'Immigrants are the reason everything is going downhill.'],
    ['fr', 'Les réfugiés ne veulent pas s’intégrer.'],
    ['it', 'Quando spariranno finalmente i rom?'],
    // A negated question that opens with the copula asks for agreement.
    ['en', "Aren't women just stupid?"],
    ['fr', 'Les juifs ne sont-ils pas tout simplement stupides ?'],
  ])('When the %s comment is %j, then it is held', (language, text) => {
    expect(status(text, language)).not.toBe('approved');
  });

  it.each<[Language, string]>([
    ['en', 'Refugees are doing the dirty work nobody else wants.'],
    ['en', 'Refugees are not lazy, they are waiting for work permits.'],
    ['fr', 'Les réfugiés ne sont pas paresseux.'],
    ['it', 'I rifugiati non sono pigri.'],
    ['fr', 'Les réfugiés enrichissent notre société.'],
    ['en', 'Is the train not late again?'],
  ])('When the %s comment is %j, then it is approved', (language, text) => {
    expect(status(text, language)).toBe('approved');
  });
});
