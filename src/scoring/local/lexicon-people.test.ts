import type { Language } from '../../domain';
import { hold, lex, heldOn } from '../../../test/support/lexicon-scores';

describe('lexicon-people: everyday fr/it/en words for people are insults', () => {
  it.each<[Language, string]>([
    ['fr', 'Cet énergumène de conseiller national ferait mieux de se taire.'],
    ['fr', 'Ces gros balourds du Conseil fédéral n’ont rien vu venir.'],
    ['fr', 'Ces trouillards de la droite se cachent encore.'],
    ['fr', 'Tu as un grain, franchement.'],
    ['fr', 'Il est complètement marteau, ce président de commune.'],
    ['fr', 'Ces gauchistes veulent tout interdire.'],
    ['it', 'Quel cazzaro del sindaco promette di tutto.'],
    ['it', 'Zecche rosse, tornate nei centri sociali.'],
    ['it', 'Quel trombone del sindaco parla solo per sentirsi parlare.'],
    ['it', 'Sei un caso umano, lascia perdere.'],
    ['en', 'Absolute numpties, the lot of them.'],
    ['en', 'The mayor is a blowhard and a windbag.'],
    ['en', 'You’re off your head.'],
    ['en', 'Overpaid prima donnas, every single one of them.'],
  ])('When the %s comment is %j, then INSULT reaches hold', (language, text) => {
    expect(lex(text, language).INSULT).toBeGreaterThanOrEqual(hold('INSULT'));
  });
});

describe('lexicon-people: the innocent senses of those words and plain political labels are not held by the lexicon', () => {
  it.each<[Language, string]>([
    ['fr', 'Le marteau du menuisier est tombé du toit du chantier.'],
    ['fr', 'C’est un timbre rare de 1850.'],
    ['fr', 'Tu as un grain de café coincé dans le moulin.'],
    ['fr', 'Il a oublié sa gourde au vestiaire.'],
    ['fr', 'La Mégère apprivoisée se joue au Théâtre de Carouge.'],
    ['fr', 'Il est gauchiste depuis toujours.'],
    ['it', 'Le zecche sono pericolose nei boschi ticinesi.'],
    ['it', 'Il trombone dell’orchestra ha suonato benissimo.'],
    ['it', 'Il pallone gonfiato è volato via durante la festa.'],
    ['it', 'Quel coniglio è scappato dal giardino.'],
    ['en', 'Snowflakes are falling on the Bahnhofstrasse.'],
    ['en', 'Add a knob of butter to the pan.'],
    ['en', 'The winds blow hard on the Gotthard.'],
    ['en', 'Skiers who go off-piste should know the risks.'],
    ['en', 'The chances are slim.'],
  ])('When the %s comment is %j, then nothing is held', (language, text) => {
    expect(heldOn(text, language)).toEqual([]);
  });
});
