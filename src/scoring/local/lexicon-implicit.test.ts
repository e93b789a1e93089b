import type { Language } from '../../domain';
import { routedStatusOf } from '../../../test/support/lexicon-scores';
import { LocalScorer } from './local-scorer';

describe('implicit insults: thinking as the weak point, stock jokes about wits', () => {
  const status = routedStatusOf(() => LocalScorer.loadSync());

  it.each<[Language, string]>([
    ['de', 'Denken ist offenbar nicht deine Stärke.'],
    ['fr', "Réfléchir, ce n'est visiblement pas ton fort."],
    ['it', 'Pensare non è proprio il tuo forte.'],
    ['en', "Thinking clearly isn't your strong suit, is it?"],
    ['de', 'Bei dir hat die Evolution wohl eine Pause gemacht.'],
    ['de', 'Der Redaktor hat sein Diplom wohl im Lotto gewonnen.'],
    ['en', 'The author must have got his degree from a cereal box.'],
    ['it', 'Il giornalista ha preso la laurea al supermercato.'],
    ['de', 'Mit deinem Hirn könnte man nicht mal ein Velo betreiben.'],
    ['fr', 'Avec ton cerveau, on ne ferait même pas marcher une calculatrice.'],
    ['de', 'Man merkt, dass bei Ihnen im Oberstübchen nicht viel los ist.'],
    ['de', 'Bei dir ist wirklich Hopfen und Malz verloren.'],
    ['de', 'Du hast echt den Knall nicht gehört.'],
    ['de', 'Lass das Denken lieber den Pferden, die haben grössere Köpfe.'],
    ['de', 'Dir hat man als Kind wohl zu oft auf den Kopf gehauen.'],
    ['de', 'Mit dir zu diskutieren ist wie Schach spielen mit einer Taube.'],
    ['de', 'Der Kommentator gehört in die Klapse.'],
    ['fr', 'On dirait que tu as appris à lire hier.'],
    ['fr', "Quand on t'a distribué les neurones, t'étais aux toilettes."],
    ['it', 'Non sa nemmeno contare fino a dieci, questo assessore.'],
    ['it', 'Quando hanno distribuito il cervello tu eri in bagno.'],
    ['en', "This councillor can't even count to ten."],
    ['en', 'Go back to playing with your crayons, the adults are talking.'],
    // A letter masked with an asterisk, in German too.
    ['de', 'Du Id*ot.'],
    ['de', 'Du bist ein Hurens*hn.'],
    ['en', 'F*ck you.'],
    ['it', 'Questo deputato è utile come un ombrello bucato.'],
    ['it', 'Parla tanto ma non ha niente in testa.'],
    ['en', "He talks a lot but there's nothing between his ears."],
    ['de', 'Trump ist ein orangener Clown.'],
    ['de', 'Der Moderator ist ein arroganter Schnösel.'],
    ['de', 'Der Gemeindepräsident ist ein Filzokrat und Vetternwirt.'],
    ['it', "Sei l'esempio vivente che l'evoluzione può andare all'indietro."],
    ['it', "Ogni volta che apri bocca perdi un'occasione per stare zitto."],
    ['it', 'Sei più inutile di un ombrello in un sottomarino.'],
    ['en', 'You type like a drunk toddler.'],
    ['en', 'Go crawl back under your rock.'],
    ['de', 'Ich würde ja mit Ihnen diskutieren, aber ich kämpfe nicht gegen Unbewaffnete.'],
    ['fr', "Ton commentaire m'a coûté deux neurones."],
    ['en', "I'd argue with you, but I don't fight unarmed people."],
    ['en', 'Who taught you to write, a monkey?'],
    ['en', 'Did you even finish primary school?'],
    // No one asking or caring does not negate the insult said of what was not asked for.
    ['en', 'Nobody asked for your braindead opinion.'],
    ['it', 'Nessuno ha chiesto la tua opinione da idiota.'],
    ['de', 'Niemand interessiert sich für dein dummes Geschwätz.'],
  ])('When the %s comment is %j, then it is held', (language, text) => {
    expect(status(text, language)).not.toBe('approved');
  });

  it.each<[Language, string]>([
    ['de', 'Denken ist nicht meine Stärke am Montagmorgen, gebe ich zu.'],
    ['de', 'Bäume, die Sauerstoff produzieren, sind wichtig fürs Klima.'],
    ['de', 'Mein Diplom habe ich nicht im Lotto gewonnen, sondern hart erarbeitet.'],
    ['fr', 'Réfléchir avant de voter, c’est toujours une bonne idée.'],
    ['en', 'Clear thinking is not always easy when you are tired.'],
    ['de', 'Bei diesem Projekt ist Hopfen und Malz verloren, die Kosten explodieren.'],
    ['de', 'Meine Tochter ist als Kind einmal vom Velo auf den Kopf gefallen, zum Glück ohne Folgen.'],
    ['de', 'Die Inflation ist das beste Argument gegen diese Steuererhöhung.'],
    ['de', 'Hast du den Knall gestern Nacht gehört? Da ist ein Transformator explodiert.'],
    ['fr', 'Mon fils a appris à lire hier soir son premier livre tout seul!'],
    ['en', 'The adults are talking about the budget tonight at the town hall.'],
    ['en', 'When they handed out brains at the anatomy lab, students were shocked.'],
    ['de', 'Die Erwachsenen reden, die Kinder spielen, so ist das an jedem Familienfest.'],
    ['it', 'Questo governo non capisce niente di politica sanitaria.'],
    ['de', 'Liebe Leser*innen, danke für die vielen Zuschriften.'],
    ['it', 'Non ho niente in testa oggi, scusate.'],
    ['fr', "Je n'ai rien dans la tête ce matin, trop fatigué."],
    ['en', 'Nobody is stupid for asking questions.'],
    ['de', 'Niemand ist ein Idiot, nur weil er anders denkt.'],
    ['de', 'Der Zirkus Knie ist ein grosser Zirkus, der Clown war lustig.'],
    ['de', 'Die Figur im Kasperlitheater ist ein lustiger Kasper.'],
    ['en', 'The vaccine is living proof that science works.'],
    ['de', 'Die Schweiz ist der lebende Beweis, dass direkte Demokratie funktioniert.'],
  ])('When the %s comment is %j, then it is approved', (language, text) => {
    expect(status(text, language)).toBe('approved');
  });
});

describe('implicit insults: stock idioms of stupidity (session 20 inventory)', () => {
  const status = routedStatusOf(() => LocalScorer.loadSync());

  it.each<[Language, string]>([
    ['de', 'Beim Gemeinderat brennt zwar Licht, aber es ist niemand zu Hause.'],
    ['de', 'Der Typ hat ein Brett vor dem Kopf.'],
    ['fr', 'Chez ce ministre, il y a de la lumière mais personne à la maison.'],
    ['it', 'Quell’assessore non ha sale in zucca.'],
    ['it', 'Non sa fare la O col bicchiere, il nostro sindaco.'],
    ['en', 'The minister has clearly lost his marbles.'],
    ['en', 'This council couldn’t organise a piss-up in a brewery.'],
  ])('When the %s comment is %j, then it is not approved', (language, text) => {
    expect(status(text, language)).not.toBe('approved');
  });

  it.each<[Language, string]>([
    // The literal senses, and oneself.
    ['de', 'Das Licht brannte die ganze Nacht, aber niemand war zu Hause, die Nachbarn riefen die Polizei.'],
    ['de', 'Das Haus hat nach dem Sturm einen Dachschaden.'],
    ['fr', 'L’ascenseur ne monte pas jusqu’au dernier étage depuis des semaines.'],
    ['en', "I'm no rocket scientist, but this plan won't work."],
  ])('When the %s comment is %j, then it is approved', (language, text) => {
    expect(status(text, language)).toBe('approved');
  });
});

describe('implicit insults from probes of our own (session 23)', () => {
  const status = routedStatusOf(() => LocalScorer.loadSync());
  it.each<[Language, string]>([
    ['fr', 'Franchement, il faut être sacrément limité pour écrire un truc pareil.'],
    ['de', 'Man muss schon ziemlich beschränkt sein, um so etwas zu schreiben.'],
    ['en', 'You have to be seriously dim to write something like this.'],
    ['it', 'Bisogna essere davvero limitati per scrivere una cosa del genere.'],
    ['de', 'Dein Kommentar stinkt vor Dummheit.'],
    ['en', 'Your arguments are as empty as your head.'],
    ['fr', 'Ta mère aurait dû avaler.'],
    ['it', 'Ogni volta che apri bocca il QI della stanza si abbassa.'],
    ['de', 'Was für eine Herde Schafe, diese Wähler.'],
  ])('When the %s comment is %j, then it is held', (language, text) => {
    expect(status(text, language)).not.toBe('approved');
  });
  it.each<[Language, string]>([
    ['de', 'Man muss nicht dumm sein, um das zu verstehen.'],
    ['fr', 'Il ne faut pas être bête pour comprendre ça.'],
    ['en', 'The fridge is as empty as the shop shelves.'],
    ['de', 'Auf der Weide steht eine Herde Schafe.'],
    ['en', 'Nobody is an idiot here.'],
  ])('When the %s comment is %j, then it is approved', (language, text) => {
    expect(status(text, language)).toBe('approved');
  });
});
