import { speaksForGroup } from './group-praise';
import { createLexiconScorer } from './lexicon-scorer';
import { normalizeText } from './text-normalizer';
import type { Language } from '../../domain';

const lexicon = createLexiconScorer();
const speaks = (text: string, language: Language = 'de'): boolean => {
  const normalized = normalizeText(text);
  return speaksForGroup(normalized, lexicon.score(normalized, language), language);
};

describe('speaksForGroup', () => {
  it.each([
    ['de', 'Flüchtlinge sind Menschen wie du und ich.'],
    ['de', 'Wie viele Muslime leben eigentlich im Kanton Aargau?'],
    ['de', 'Schwule Paare dürfen in der Schweiz heiraten.'],
    ['de', 'Muslime gehören zur Schweiz.'],
    ['de', 'Schwule sind keine Gefahr.'],
    ['de', 'Schwule und Lesben sollen heiraten dürfen.'],
    ['de', 'Viele Muslime in der Schweiz sind gut integriert.'],
    ['de', 'Hört doch auf mit diesen Vorurteilen gegen Eritreer.'],
    ['fr', 'Les réfugiés sont les bienvenus ici.'],
    ['it', 'I migranti sono persone come noi.'],
    ['en', 'Refugees are welcome here.'],
    ['de', 'Schwule sind nicht krank.'],
    ['de', 'Flüchtlinge bereichern unsere Gesellschaft.'],
    ['en', 'Women deserve equal pay.'],
    ['en', 'Refugees deserve our support.'],
    ['it', 'Le persone disabili meritano un accesso migliore ai trasporti.'],
    ['fr', 'Les réfugiés méritent notre soutien.'],
    ['en', 'I have nothing against Muslims.'],
    ['de', 'Wir brauchen mehr Frauen in der Politik.'],
    ['de', 'Transmenschen erleben viel Diskriminierung am Arbeitsplatz.'],
    ['de', 'Flüchtlinge haben ein Recht auf ein würdiges Leben.'],
    ['fr', "Je n'ai rien contre les juifs."],
    ['it', 'Non ho niente contro i rom.'],
    ['it', 'I migranti non sono un pericolo per nessuno.'],
    ['en', 'Refugees are an important part of our community.'],
    ['de', 'Frauen verdienen gleichen Lohn.'],
    ['de', 'Es ist erbärmlich, wie hier über Transmenschen geschrieben wird.'],
    ['de', 'Dieser Kommentar über Frauen ist einfach nur hetzerisch.'],
    ['de', 'Dass muslimische Frauen mit Kopftuch im Zug angespuckt werden, ist absolut inakzeptabel.'],
    ['de', 'Wer Schwule verprügelt, gehört vor Gericht.'],
    ['de', 'Ich ha kei Problem mit Transmensche, jede söll so läbe, wie\'s für ihn stimmt.'],
    ['de', 'Schwule Männer sind keine schlechteren Väter als andere.'],
    ['de', 'Hört endlich auf, Muslime als Gefahr darzustellen.'],
    ['fr', 'Il faut protéger les femmes contre la violence domestique.'],
    ['fr', 'Les femmes sont aussi intelligentes que les hommes.'],
    ['it', 'Le donne meritano lo stesso salario degli uomini.'],
    ['it', 'Le persone trans sono coraggiose.'],
    ['de', 'Solche Kommentare über Schwarze sind rassistisch und verletzend.'],
    ['de', 'Juden gehören seit Jahrhunderten zur Schweiz.'],
    ['de', 'Juden wurden verfolgt und ermordet.'],
    ['de', 'Schwule sind einfach fantastisch.'],
    ['de', 'Nur Muslime sind so herzlich und gastfreundlich.'],
    ['de', 'Meine Ärztin ist Muslimin.'],
    ['de', 'Die Roma sind die grösste Minderheit Europas.'],
    ['de', 'Ausländer stellen fast einen Drittel der Arbeitskräfte im Gesundheitswesen.'],
    ['de', 'Frauen sind in den Chefetagen immer noch untervertreten.'],
    ['de', 'Gibt es in deiner Klasse Juden?'],
    ['de', 'Diese Migranten machen mich so glücklich.'],
    ['de', 'Wir sollten zu diesen Frauen aufschauen.'],
    ['de', 'Ich habe Flüchtlinge einfach gern.'],
  ] as const)('When a comment speaks for a named group (%s: %s), then it is recognised', (language, text) => {
    expect(speaks(text, language)).toBe(true);
  });

  it.each([
    // no problem "with crime": the cue needs the group right after it
    ['de', 'Gäbe es keine Flüchtlinge, hätten wir auch keine Probleme mit der Kriminalität.'],
    // a hostile label pinned on a religion is no counter-speech
    ['de', 'Der Islam ist eine rassistische und frauenfeindliche Ideologie, und Muslime folgen ihr.'],
    ['de', 'Flüchtlinge sind nicht willkommen.'],
    ['de', 'Schwule sollen nicht heiraten dürfen.'],
    ['de', 'Ich mag keine Ausländer, sie sind nicht willkommen.'],
    ['de', 'Die Nachbarn sind Menschen wie du und ich.'],
    ['de', 'Muslime gehören zur Schweiz wie Ungeziefer ins Haus.'],
    ['en', 'Refugees are welcome to leave, they are vermin.'],
    ['en', "Women don't deserve equal pay."],
    ['fr', "Je n'ai jamais dit que je n'ai rien contre les juifs."],
    ['de', 'Wir brauchen mehr Abschiebungen von Ausländern.'],
    ['en', 'Refugees deserve to be deported.'],
    ['fr', "J'admire les femmes qui restent à leur place, à la cuisine, elles n'ont rien à faire dans notre gouvernement."],
    ['it', 'Ammiro le donne che dovrebbero stare a casa.'],
    ['it', 'Le donne non sono per niente fantastiche.'],
    ['fr', 'Je ne pense vraiment pas que les femmes soient formidables.'],
    ['de', 'Juden gehören seit Jahrhunderten nicht hierher.'],
    ['de', 'Diese Hetze der Ausländer gegen uns muss aufhören.'],
    // praise too much, asked, taken back, ironic, or far from the group
    ['de', 'Frauen sind zu nett und kümmern sich um die Politik.'],
    ['de', 'Auf einer Skala von Afrikaner bis Genie, wie klug bist du?'],
    ['de', 'Frauen sind stark, aber für Führungsjobs zu emotional.'],
    ['de', 'Die Asylanten sind ja so fleissig, vor allem beim Sozialamt.'],
    ['de', 'Diese Vorstellung, dass Juden nett seien, ist absoluter Blödsinn!'],
    ['de', 'Geben Sie mir einen Grund, wieso Schwarze gleich viel wert sein sollen.'],
    ['de', 'Die besten Dinge gibt es hier: freundliche Menschen, gute Manieren und schöne Städte. Dann kamen die Einwanderer.'],
  ] as const)('When the praise is negated, names no group or comes with an attack (%s: %s), then it is not', (language, text) => {
    expect(speaks(text, language)).toBe(false);
  });
});
