import type { Language } from '../../domain';
import { createLexiconScorer } from './lexicon-scorer';
import { LocalScorer } from './local-scorer';
import { normalizeText } from './text-normalizer';
import { reject, hold, lex, heldOn, routedStatusOf } from '../../../test/support/lexicon-scores';

describe('lexicon: threats, death wishes and calls to kill reach reject level', () => {
  it.each<[Language, string]>([
    ['de', 'Der gehört erschossen.'],
    ['de', 'Die gehören alle erschossen!'],
    ['de', 'Man sollte sie an die Wand stellen.'],
    ['de', 'Die sollte man alle aufhängen.'],
    ['de', 'Aufknüpfen sollte man die.'],
    ['de', 'Ich knall dich ab.'],
    ['de', 'Ich bring dich um.'],
    ['de', 'Ab ins Gas mit denen.'],
    ['de', 'Sollen sie doch verrecken.'],
    ['de', 'Die sollen alle krepieren.'],
    ['de', 'Sollen die doch alle krepieren, samt ihrem Garten.'],
    ['de', 'Hoffentlich stirbt er bald.'],
    ['de', 'Ich polier dir die Fresse.'],
    ['de', 'Ich reiss dir den Kopf ab.'],
    ['de', 'Die Flüchtlinge muss man ausrotten.'],
    // Swiss German and Austrian.
    ['de', 'Dä ghört verschosse.'],
    ['de', 'Gang go verrecke!'],
    ['de', 'Söll doch verreckä.'],
    ['de', 'I bring di um.'],
    ['de', 'I schlah di z’tod.'],
    ['de', 'Ich vertätsch di!'],
    ['de', 'Eis uf d’Schnurre, das bruchts.'],
    ['de', 'I daschlog di.'],
    ['fr', 'Je vais te tuer.'],
    ['fr', 'On devrait les pendre tous.'],
    ['fr', 'Il faut les fusiller.'],
    ['fr', 'Crève!'],
    ['fr', 'Qu’ils crèvent tous.'],
    ['fr', 'À mort les traîtres!'],
    ['it', 'Ti ammazzo.'],
    ['it', 'Ti spacco la faccia.'],
    ['it', 'Crepa, bastardo!'],
    ['it', 'Devono morire tutti.'],
    ['it', 'Vanno fucilati.'],
    ['it', 'Bisognerebbe impiccarli.'],
    ['en', 'I will kill you.'],
    ['en', 'He should be shot.'],
    ['en', 'They should all be hanged.'],
    ['en', 'I hope you die.'],
    ['en', 'Kill them all.'],
    ['en', 'Gas them.'],
  ])('When the %s comment is %j, then THREAT reaches its reject threshold', (language, text) => {
    expect(lex(text, language).THREAT).toBeGreaterThanOrEqual(reject('THREAT'));
  });

  it.each<[Language, string]>([
    ['de', 'Die gehören alle erschossen!'],
    ['de', 'Hoffentlich stirbt er bald.'],
    ['fr', 'Qu’ils crèvent tous.'],
    ['it', 'Devono morire tutti.'],
    ['en', 'I hope you die.'],
  ])('When the %s comment %j calls to kill or wishes death, then SEVERE_TOXICITY reaches its reject threshold too', (language, text) => {
    expect(lex(text, language).SEVERE_TOXICITY).toBeGreaterThanOrEqual(reject('SEVERE_TOXICITY'));
  });
});

describe('lexicon: dehumanising a group reaches reject level', () => {
  it.each<[Language, string]>([
    ['de', 'Flüchtlinge sind Ungeziefer.'],
    ['de', 'Das sind Parasiten, diese Asylanten.'],
    ['de', 'Die Ausländer sind Viehzeug.'],
    ['de', 'Kakerlaken, alle diese Migranten.'],
    ['de', 'Die Muslime sind Ratten.'],
    ['fr', 'Les migrants sont de la vermine.'],
    ['fr', 'Ces cafards de musulmans.'],
    ['it', 'Gli immigrati sono feccia.'],
    ['it', 'I migranti sono parassiti.'],
    ['en', 'Immigrants are vermin.'],
    ['en', 'Muslims are cockroaches.'],
  ])('When the %s comment is %j, then IDENTITY_ATTACK reaches its reject threshold', (language, text) => {
    expect(lex(text, language).IDENTITY_ATTACK).toBeGreaterThanOrEqual(reject('IDENTITY_ATTACK'));
  });

  it.each<[Language, string]>([
    ['de', 'Dieses Pack gehört weg.'],
    ['de', 'Abschaum wie du gehört weggesperrt.'],
    ['fr', 'Ce sont des sous-hommes.'],
    ['it', 'Sono subumani.'],
    ['en', 'Scum like you.'],
  ])('When the %s comment %j dehumanises without naming a group, then SEVERE_TOXICITY reaches its reject threshold', (language, text) => {
    expect(lex(text, language).SEVERE_TOXICITY).toBeGreaterThanOrEqual(reject('SEVERE_TOXICITY'));
  });
});

describe('lexicon: negated, quoted, reported and counter-speech threats stay below hold', () => {
  it.each<[Language, string]>([
    ['de', 'Niemand sollte erschossen werden.'],
    ['de', 'Er sollte nicht erschossen werden.'],
    ['de', 'Hoffentlich stirbt er nicht.'],
    ['de', 'Ich bring dich nicht um.'],
    ['de', 'Wer Flüchtlinge als Ungeziefer bezeichnet, hat nichts verstanden.'],
    ['de', 'Flüchtlinge als Ungeziefer zu bezeichnen ist menschenverachtend.'],
    ['de', '„Die gehören erschossen“, schrieb ein User.'],
    ['de', 'Er drohte, ihn umzubringen.'],
    ['fr', 'Personne ne mérite de mourir.'],
    ['fr', 'Traiter les migrants de vermine est inacceptable.'],
    ['it', 'Chiamare i migranti parassiti è inaccettabile.'],
    ['en', 'No one should be shot.'],
    ['en', 'Calling immigrants vermin is dehumanizing.'],
  ])('When the %s comment is %j, then no lexicon score reaches hold', (language, text) => {
    expect(heldOn(text, language)).toEqual([]);
  });
});

describe('lexicon: literal animals, pests and idioms stay below hold', () => {
  it.each<[Language, string]>([
    ['de', 'Wir haben Ratten im Keller.'],
    ['de', 'Kakerlaken in der Küche sind eklig.'],
    ['de', 'Parasiten im Darm sind gefährlich.'],
    ['de', 'Die Flüchtlinge leben mit Ratten und Kakerlaken in der Unterkunft.'],
    ['de', 'Im Keller sind Ratten.'],
    ['de', 'Korruption muss man ausrotten.'],
    ['de', 'Ich habe gehört, dass er erschossen wurde.'],
    ['de', 'Man sollte die Bilder aufhängen.'],
    ['de', 'Die Affen im Zoo.'],
    ['de', 'Die Schweine im Stall.'],
    ['de', 'Die Kuh steht auf der Weide.'],
    ['de', 'Fettes Fleisch ist ungesund.'],
    ['de', 'Das ist fett gedruckt.'],
    ['de', 'Schwein gehabt!'],
    ['de', 'Das war saugut.'],
    ['de', 'Unter aller Sau.'],
    ['fr', 'Il y a des rats dans la cave.'],
    ['fr', 'Je crève de faim.'],
    ['fr', 'J’ai le cafard.'],
    ['it', 'Ci sono topi in cantina.'],
    ['it', 'C’è una crepa nel muro.'],
    ['it', 'Dobbiamo ammazzare la partita.'],
    ['en', 'We have rats in the basement.'],
    ['en', 'Cockroaches in the kitchen.'],
    ['en', 'Smoking will kill you.'],
    ['en', 'Pro tip: kill the heat before you add the cream, or the sauce will split.'],
    ['en', 'We had to kill the whole production line at 3am after a sensor failure.'],
    ['en', 'Kill the power to the house before you touch the wiring.'],
    // Session 19: exhausted, crime statistics, crops, a try, a dish.
    ['fr', 'Je suis complètement crevé après cette semaine.'],
    ['fr', 'On est trop crevés, bonne nuit.'],
    ['en', 'The murder rate in Switzerland is very low.'],
    ['en', 'Farmers here grow rape seed and wheat.'],
    ['en', 'Let me take a stab at answering your question.'],
    ['en', 'We had jerk chicken at the street food festival.'],
    ['it', 'Stasera a cena c’è il bollito misto della nonna.'],
    ['en', 'It was pure dumb luck that nobody was hurt.'],
    ['fr', 'Le vent cingle les visages sur le quai.'],
    ['it', 'Ho trovato un verme nella mela.'],
    ['de', 'Die Zicke hat heute zwei Zicklein geworfen.'],
    ['de', 'Bei der Hitze krepieren die Tomaten im Garten.'],
    ['fr', 'Les travaux sur la route du lac vont durer jusqu’en mars, prévoyez des détours.'],
    ['fr', 'Faut-il vraiment abattre les platanes de l’avenue pour élargir la route?'],
    ['en', 'The Nati must learn to kill games earlier, we nearly blew a 2-0 lead.'],
    ['de', 'Den Knoblauch mit der flachen Messerseite zerquetschen, dann die Zwiebeln köpfen und alles fein hacken.'],
    ['de', 'Wir mussten im Garten die dürren Äste abhacken.'],
    ['de', 'Er schnitt eine Fratze, und alle Kinder lachten.'],
    ['de', 'Im Museum in Auschwitz sieht man die Gaskammer.'],
  ])('When the %s comment is %j, then no lexicon score reaches hold', (language, text) => {
    expect(heldOn(text, language)).toEqual([]);
  });
});

describe('lexicon: insults per language and dialect', () => {
  it.each<[Language, string]>([
    // Swiss German dialect: dropped final -n, -e ("Vollpfoste"), ch for k ("Hohlchopf").
    ['de', 'Dä Typ isch en Vollpfoste.'],
    ['de', 'Du bisch en Tubel.'],
    ['de', 'Du Lappi!'],
    ['de', 'So en Hohlchopf.'],
    ['de', 'Du Huerebueb.'],
    ['de', 'Du bisch so en Gigu.'],
    ['de', 'De isch doch bireweich.'],
    ['de', 'Du Schafseckel.'],
    // Swiss "no" is "noch", not a negation.
    ['de', 'Du bisch no en Tubel.'],
    // Austrian.
    ['de', 'Du Oaschloch.'],
    ['de', 'So a Koffer.'],
    ['de', 'Du Wappler.'],
    ['de', 'Du Fetzenschädel.'],
    ['de', 'Er ist ein Gscherter.'],
    // Implicit.
    ['de', 'Du hast den IQ eines Toastbrots.'],
    ['de', 'Der hat ein Hirn wie ein Spatz.'],
    ['de', 'Du hast nicht alle Tassen im Schrank.'],
    ['de', 'Zu dumm zum Geradeauslaufen.'],
    ['de', 'Geistiger Tiefflieger!'],
    ['de', 'Du Fettsack.'],
    ['fr', 'T’as pas de cerveau.'],
    ['fr', 'T’as le QI d’une huître.'],
    ['fr', 'Espèce de connard.'],
    ['fr', 'Quel bouffon.'],
    ['fr', 'Sale taborniau.'],
    ['fr', 'Va te faire foutre.'],
    ['fr', 'Gros lard.'],
    ['it', 'Hai il cervello di una gallina.'],
    ['it', 'Sei un pirla.'],
    ['it', 'Testa di cazzo.'],
    ['it', 'Sei una capra.'],
    ['it', 'Che pezzo di merda.'],
    ['en', 'You have the IQ of a potato.'],
    ['en', 'You only have one brain cell.'],
    ['en', 'You absolute halfwit.'],
    ['en', 'What a tosser.'],
    ['en', 'Go fuck yourself.'],
  ])('When the %s comment is %j, then INSULT reaches hold', (language, text) => {
    expect(lex(text, language).INSULT).toBeGreaterThanOrEqual(hold('INSULT'));
  });

  it('When a Swiss insult names an animal or thing, then only the form aimed at a person counts', () => {
    expect(lex('Du Koffer!', 'de').INSULT).toBeGreaterThanOrEqual(hold('INSULT'));
    expect(lex('Ich packe den Koffer.', 'de').INSULT).toBeLessThan(hold('INSULT'));
  });

  it.each(['Siehst du Affen im Zoo?', 'Isst du Schwein?', 'Hast du Hunde?', 'Das Pack Zigaretten kostet neun Franken.', 'Kaufst du Made in China?'])(
    'When "du" or an article only precedes an animal or thing (%j), then it is no insult',
    (text) => {
      expect(heldOn(text, 'de')).toEqual([]);
    },
  );
});

describe('routing with the shipped model (config/policy.json)', () => {
  const status = routedStatusOf(() => LocalScorer.loadSync());

  it.each<[Language, string]>([
    ['de', 'Die gehören alle erschossen!'],
    ['de', 'Flüchtlinge sind Ungeziefer.'],
    ['de', 'Gang go verrecke!'],
    ['fr', 'Qu’ils crèvent tous.'],
    ['fr', 'Les migrants sont de la vermine.'],
    ['it', 'Vanno fucilati.'],
    ['it', 'I migranti sono parassiti.'],
    ['en', 'They should all be hanged.'],
    ['en', 'Immigrants are vermin.'],
  ])('When the %s comment is %j, then it is rejected', (language, text) => {
    expect(status(text, language)).toBe('rejected');
  });

  it.each<[Language, string]>([
    ['de', 'Dä Typ isch en Vollpfoste.'],
    ['de', 'Du hast den IQ eines Toastbrots.'],
  ])('When the %s comment is %j, then it is held for a person', (language, text) => {
    expect(status(text, language)).toBe('held');
  });

  it.each<[Language, string]>([
    ['de', 'Niemand sollte erschossen werden.'],
    ['de', 'Wer Flüchtlinge als Ungeziefer bezeichnet, hat nichts verstanden.'],
    ['de', 'Wir haben Ratten im Keller.'],
    ['de', 'Korruption muss man ausrotten.'],
    ['fr', 'Il y a des rats dans la cave.'],
    ['it', 'Ci sono topi in cantina.'],
    ['en', 'No one should be shot.'],
  ])('When the %s comment is %j, then it is not rejected', (language, text) => {
    expect(status(text, language)).not.toBe('rejected');
  });
});

describe('contempt for a group (lexicon-contempt)', () => {
  const lexicon = createLexiconScorer();
  const identityAttack = (text: string, language: 'de' | 'fr' | 'it' | 'en' = 'de'): number => lexicon.score(normalizeText(text), language).scores.IDENTITY_ATTACK;

  it.each([
    ['de', 'Ich hasse Muslime.'],
    ['de', 'Flüchtlinge sind einfach widerlich.'],
    ['de', 'Frauen sind nutzlos.'],
    ['fr', 'Les réfugiés me dégoûtent.'],
    ['it', 'Gli immigrati sono una piaga.'],
    ['en', 'Gays are disgusting.'],
  ] as const)('When a sentence names a group with contempt (%s: %s), then it is held as an identity attack, not rejected', (language, text) => {
    const score = identityAttack(text, language);
    expect(score).toBeGreaterThanOrEqual(0.5);
    expect(score).toBeLessThan(0.9);
  });

  it.each([
    ['de', 'Ich hasse dieses Wetter.'],
    ['de', 'Das Essen war widerlich.'],
    ['de', 'Wer Ausländer hasst, hat nichts verstanden.'],
    ['de', 'Niemand sollte Flüchtlinge hassen.'],
    ['en', 'I hate Mondays.'],
  ] as const)('When contempt has no group or is negated or condemned (%s: %s), then it stays below hold', (language, text) => {
    expect(identityAttack(text, language)).toBeLessThan(0.5);
  });
});

describe('threat net: chopping off a head with a call (session 19)', () => {
  it('When someone calls for a head to be chopped off, then THREAT holds; wood and branches chopped do not', () => {
    expect(lex('Dem Kerl sollte man den Kopf abhacken.', 'de').THREAT).toBeGreaterThanOrEqual(hold('THREAT'));
    expect(lex('Ich habe das Holz für den Winter abgehackt.', 'de').THREAT).toBeLessThan(hold('THREAT'));
  });
});
