import type { Language } from '../../domain';
import { reject, hold, lex, heldOn, routedStatusOf } from '../../../test/support/lexicon-scores';
import { LocalScorer } from './local-scorer';

describe('lexicon: conditional and future threats, curses and calls to kill outside the phrase frames reach reject level', () => {
  it.each<[Language, string]>([
    ['de', 'Wenn ich den erwische, dann gnade ihm Gott.'],
    ['de', 'Der soll mir mal im Dunkeln begegnen.'],
    ['de', 'Dem würde ich am liebsten eine reinhauen.'],
    ['de', 'Einer sollte ihm eine Kugel verpassen.'],
    ['de', 'Der gehört weggesperrt und erschossen.'],
    ['de', 'Den sollte man aufhängen.'],
    ['de', 'Hoffentlich erwischt es ihn.'],
    ['de', 'Möge er elendig verrecken.'],
    ['de', 'Soll an seinem Geld ersticken.'],
    ['de', 'Dä ghört abgschosse.'],
    ['de', 'Dem sött me eis ufs Dach geh.'],
    ['de', 'Wenn i de verwütsch!'],
    ['fr', 'Je vais te retrouver.'],
    ['fr', 'Je vais te faire la peau.'],
    ['fr', 'Qu’on le pende!'],
    ['fr', 'Je lui souhaite de crever.'],
    ['fr', 'Il faudrait l’abattre.'],
    ['it', 'Ti vengo a prendere.'],
    ['it', 'Ti auguro di morire.'],
    ['it', 'Andrebbe sparato.'],
    ['it', 'Ti rompo le gambe.'],
    ['en', 'Someone should take him out.'],
    ['en', 'I know where you work.'],
    ['en', 'I hope he chokes on it.'],
    ['en', 'He needs a bullet between his eyes.'],
    ['en', 'Your days are numbered.'],
    ['en', 'I will hunt you down.'],
    ['de', 'Den würde ich am liebsten erwürgen.'],
    ['de', 'Schade, dass er überlebt hat.'],
    ['fr', 'Dommage qu’il ait survécu.'],
    ['it', 'Peccato che sia sopravvissuto.'],
    ['en', 'Too bad he survived.'],
    ['en', 'He should hang for this.'],
  ])('When the %s comment is %j, then THREAT reaches its reject threshold', (language, text) => {
    expect(lex(text, language).THREAT).toBeGreaterThanOrEqual(reject('THREAT'));
  });

  it.each<[Language, string]>([
    ['de', 'Das wirst du noch bereuen.'],
    ['fr', 'Tu vas le regretter.'],
    ['fr', 'Tu vas me le payer.'],
    ['it', 'Te ne pentirai.'],
    ['en', 'You’ll regret it.'],
  ])('When the %s comment %j intimidates vaguely, then THREAT holds', (language, text) => {
    expect(lex(text, language).THREAT).toBeGreaterThanOrEqual(hold('THREAT'));
  });

  it.each<[Language, string]>([
    ['de', 'Die Flüchtlinge, die Boote versenken!'],
    ['fr', 'Il faut les éliminer, ces migrants.'],
    ['it', 'Affondiamo i barconi dei migranti.'],
    ['en', 'Nuke them, those Muslims.'],
  ])('When the %s comment %j calls for violence against a group, then THREAT and IDENTITY_ATTACK reach reject level', (language, text) => {
    const s = lex(text, language);
    expect(s.THREAT).toBeGreaterThanOrEqual(reject('THREAT'));
    expect(s.IDENTITY_ATTACK).toBeGreaterThanOrEqual(reject('IDENTITY_ATTACK'));
  });
});

describe('lexicon: negated, reported and quoted intimidation stays below hold', () => {
  it.each<[Language, string]>([
    ['de', 'Ich würde ihm nie eine reinhauen.'],
    ['de', 'Hoffentlich erwischt es ihn nicht.'],
    ['de', 'Niemand soll an seinem Geld ersticken.'],
    ['de', 'Er drohte: Wenn ich den erwische!'],
    ['fr', 'Il m’a menacé: je sais où tu vis.'],
    ['fr', 'Tu ne vas pas le regretter.'],
    ['it', 'Non ti vengo a prendere.'],
    ['en', 'He said "I know where you work".'],
    ['en', 'You won’t regret it.'],
    ['en', 'Nobody should take him out.'],
  ])('When the %s comment is %j, then no lexicon score reaches hold', (language, text) => {
    expect(heldOn(text, language)).toEqual([]);
  });
});

describe('lexicon: harmless look-alikes of the new threats and idioms stay below hold', () => {
  it.each<[Language, string]>([
    ['de', 'Die Schraube ist locker.'],
    ['de', 'Bei meinem Velo ist eine Schraube locker.'],
    ['de', 'Wenn ich den Zug erwische, komme ich pünktlich.'],
    ['de', 'Wir kriegen dich schon wieder gesund.'],
    ['de', 'Den Müll sollte man verbrennen.'],
    ['de', 'Die Geräte sollte man ausschalten.'],
    ['de', 'Sie hat einen IQ von 140.'],
    ['de', 'Das Hirn eines Kindes entwickelt sich schnell.'],
    ['de', 'Er ist peinlich berührt.'],
    ['de', 'Der Film war eine Lachnummer.'],
    ['de', 'So dumm wie es klingt, es funktioniert.'],
    ['fr', 'Ferme la porte.'],
    ['fr', 'Je vais te retrouver à la gare.'],
    ['fr', 'Il faut les éliminer au premier tour.'],
    ['fr', 'Cette patate est délicieuse.'],
    ['fr', 'Tout le monde doit mourir un jour.'],
    ['it', 'Ti vengo a prendere alla stazione.'],
    ['it', 'In bocca al lupo! Crepi il lupo!'],
    ['it', 'È una specie di animale raro.'],
    ['it', 'Il cancro è una brutta bestia.'],
    ['en', 'I’ll find you the link.'],
    ['en', 'Kids go back to school next week.'],
    ['en', 'This tool is great.'],
    ['en', 'These fatty acids are healthy.'],
    ['en', 'The brain of a mouse is small.'],
    ['en', 'Shut it down.'],
    ['en', 'The clown at the circus was funny.'],
    ['en', 'April fool.'],
    ['it', 'Il progetto è fallito.'],
    ['en', 'He should hang the picture higher.'],
    ['en', 'They should hang out more.'],
    ['en', 'I’m going to find you a job.'],
    ['fr', 'Je viendrai te chercher à la gare.'],
  ])('When the %s comment is %j, then no lexicon score reaches hold', (language, text) => {
    expect(heldOn(text, language)).toEqual([]);
  });
});

describe('lexicon: more insults, insults of public figures and implicit insults hold', () => {
  it.each<[Language, string]>([
    ['de', 'Bei dir ist eine Schraube locker.'],
    ['de', 'Der hat den Schuss nicht gehört.'],
    ['de', 'Bei dir ist Hopfen und Malz verloren.'],
    ['de', 'Du bist geistig umnachtet.'],
    ['de', 'Dieser Knallcharge.'],
    ['de', 'Du Vollpfeife.'],
    ['de', 'Bisch gstört?'],
    ['fr', 'T’as un pois chiche dans la tête.'],
    ['fr', 'Ce guignol de ministre.'],
    ['fr', 'Ce clown ne sait rien.'],
    ['fr', 'T’es vraiment nul.'],
    ['fr', 'Espèce de cornichon.'],
    ['fr', 'Il lui manque une case.'],
    ['fr', 'Tu n’es qu’un raté.'],
    ['it', 'Quel pagliaccio.'],
    ['it', 'Questo buffone.'],
    ['it', 'Non capisci un tubo.'],
    ['it', 'Sei una nullità.'],
    ['it', 'Gli manca qualche rotella.'],
    ['it', 'Sei un pistola.'],
    ['en', 'You absolute muppet.'],
    ['en', 'This clown has no idea.'],
    ['en', 'A few sandwiches short of a picnic.'],
    ['en', 'He has the brain of a pea.'],
    ['en', 'You’re a joke.'],
    ['en', 'Oxygen thief.'],
    // A person noun alone is lifted to hold by the address.
    ['en', 'You’re a clown.'],
    ['en', 'The president is a clown.'],
    ['it', 'Sei un pagliaccio.'],
    ['fr', 'T’es un clown.'],
    ['de', 'Du bist so peinlich.'],
  ])('When the %s comment is %j, then INSULT holds', (language, text) => {
    expect(lex(text, language).INSULT).toBeGreaterThanOrEqual(hold('INSULT'));
  });

  it.each<[Language, string]>([
    ['de', 'Bei dir ist eine Schraube locker.'],
    ['fr', 'T’as un pois chiche dans la tête.'],
    ['it', 'Non capisci un tubo.'],
    ['en', 'A few sandwiches short of a picnic.'],
  ])('When the %s comment %j insults without a swear word, then INSULT stays below reject', (language, text) => {
    expect(lex(text, language).INSULT).toBeLessThan(reject('INSULT'));
  });
});

describe('lexicon: having the reader address is a veiled threat, not a threat to kill', () => {
  it.each<[Language, string]>([
    ['de', 'Ich habe deine Adresse nicht mehr, schick sie mir bitte nochmal.'],
    ['fr', "On a ton adresse, on t'envoie l'invitation demain."],
    ['it', 'Abbiamo il tuo indirizzo vecchio, mandaci quello nuovo.'],
    ['en', "I have your address, I'll post the book tomorrow."],
  ])('When the comment is %s %j, then it stays below reject (a person decides)', (language, text) => {
    expect(lex(text, language).THREAT).toBeLessThan(reject('THREAT'));
  });

  it.each<[Language, string]>([
    ['de', 'Wir haben deine Adresse, du Dreckskerl. Pass auf.'],
    ['en', 'We have your address, scumbag. Watch yourself.'],
  ])('When the comment is %s %j, aimed with an insult, then it reaches reject', (language, text) => {
    expect(lex(text, language).THREAT).toBeGreaterThanOrEqual(reject('THREAT'));
  });
});

describe('lexicon: threats found in session 23 (probes of our own and the twin file of threats-23-check)', () => {
  const status = routedStatusOf(() => LocalScorer.loadSync());

  // Regret promised for what the reader wrote, a wall for a firing squad.
  it.each<[Language, string]>([
    ['fr', "Tu vas regretter d'avoir écrit ça."],
    ['it', 'Te ne pentirai di aver scritto questo.'],
    ['de', 'Du wirst noch bereuen, dass du das geschrieben hast.'],
    ['en', "You'll regret writing this."],
    ['fr', 'Il faudrait coller ce type contre un mur.'],
    ['en', 'Someone should put this guy against a wall.'],
  ])('When the %s comment is %j, then it is not approved', (language, text) => {
    expect(status(text, language)).not.toBe('approved');
  });
  it.each<[Language, string]>([
    ['fr', 'Il doit y avoir des conséquences pour avoir dit que vous vouliez frapper un homo.'],
    ['fr', "Il s'est excusé d'avoir traité son collègue d'idiot."],
  ])('When the %s comment %j reports what was said, then it is approved', (language, text) => {
    expect(status(text, language)).toBe('approved');
  });

  // Warnings given as advice, someone dealt with personally, the gallows awaited.
  it.each<[Language, string]>([
    ['de', 'Leute wie du sollten besser nicht allein im Dunkeln herumlaufen.'],
    ['it', 'Gente come te farebbe meglio a non uscire da sola la sera.'],
    ['fr', 'Je vais m’occuper personnellement de ce journaliste.'],
    ['it', 'Mi occuperò personalmente di quel giornalista.'],
    ['de', 'Ich freue mich auf den Tag, an dem der Putin am Galgen hängt.'],
    ['en', "I can't wait for the day that dictator hangs."],
    ['de', 'Den schnapp ich mir nach dem Match.'],
  ])('When the %s comment is %j, then it is not approved', (language, text) => {
    expect(status(text, language)).not.toBe('approved');
  });
  it.each<[Language, string]>([
    ['fr', "Je vais m'occuper personnellement de ton dossier, ne t'inquiète pas."],
    ['de', 'Man sollte Ausländer besser nicht hassen.'],
    ['de', 'Den Ball schnapp ich mir beim nächsten Einwurf.'],
  ])('When the %s comment is %j, then it is approved', (language, text) => {
    expect(status(text, language)).toBe('approved');
  });

  // From the twin file of threats-23-check.
  it.each<[Language, string]>([
    ['fr', 'Les musulmans du quartier, il faut les sortir de leurs mosquées à coups de barre de fer.'],
    ['fr', 'Chaque Russe qui vit ici devrait recevoir une balle.'],
    ['it', 'Il sindaco? Da prendere a bastonate davanti al municipio.'],
    ['en', 'Could someone please give this genius a good kicking?'],
    ['de', 'Ich gebe dir gleich einen Schlag ins Gesicht.'],
    ['fr', 'Belle maison à Pully. Le bois, ça brûle vite en été, non ?'],
    ['en', 'The mayor should check under his car before he drives to work.'],
    ['it', 'Ai russi con i loro yacht conviene andarsene finché sono ancora interi.'],
  ])('When the %s comment is %j, then it is not approved', (language, text) => {
    expect(status(text, language)).not.toBe('approved');
  });
  it.each<[Language, string]>([
    ['fr', 'En été, il fait chaud à Lausanne.'],
    ['de', 'Diese Politik ist ein Schlag ins Gesicht der Steuerzahler.'],
    ['fr', 'Le bois sec brûle vite dans la cheminée.'],
    ['en', 'Check under the car for oil leaks before the trip.'],
  ])('When the %s comment is %j, then it is approved', (language, text) => {
    expect(status(text, language)).toBe('approved');
  });
});

describe('lexicon: threats found in session 25 (probes of our own)', () => {
  const status = routedStatusOf(() => LocalScorer.loadSync());

  it.each<[Language, string]>([
    ['de', 'Man sollte dem Netanyahu mal einen Besuch abstatten, aber nicht zum Kaffee.'],
    ['de', 'Gebt mir fünf Minuten mit dem allein in einem Raum.'],
    ['de', 'Früher oder später wird ihn jemand erwischen, und ich werde feiern.'],
    ['de', 'Ich würde keine Träne vergiessen, wenn dem Kim etwas zustösst.'],
    ['de', 'Wer so etwas sagt, verdient eine Tracht Prügel.'],
    ['de', 'Der soll doch an seinem eigenen Gift ersticken.'],
    ['en', 'Nobody would cry if his plane went down.'],
    ['it', 'Nessuno piangerebbe se il suo aereo cadesse.'],
    ['de', 'Der wird schon sehen, was er davon hat, wenn wir ihn nachts erwischen.'],
    ['de', 'Wenn der nochmal so etwas sagt, gibt es auf die Nase.'],
    ['de', 'Mit solchen Leuten macht man kurzen Prozess.'],
  ])('When the %s comment is %j, then it is held or rejected', (language, text) => {
    expect(status(text, language)).not.toBe('approved');
  });
  it.each<[Language, string]>([
    ['de', 'Ein Attentäter mit guter Zielgenauigkeit würde der Welt einen Dienst erweisen.'],
    ['de', 'Da hilft nur noch eine Kugel, sonst lernt der das nie.'],
    ['de', 'Dem Putin wünsche ich einen langsamen und qualvollen Tod.'],
    ['fr', 'Si je le croise, je lui casse la gueule.'],
  ])('When the %s comment is %j, then it is rejected', (language, text) => {
    expect(status(text, language)).toBe('rejected');
  });
  it.each<[Language, string]>([
    ['de', 'Niemand würde weinen, wenn er zurücktritt.'],
    ['de', 'Der Bundesrat wird China im Herbst einen Besuch abstatten.'],
    ['en', 'Nobody would cry if he resigned tomorrow.'],
    ['de', 'Wenn wir den Cup gewinnen, werde ich feiern.'],
    ['de', 'Wenn wir ihn am Bahnhof erwischen, gehen wir zusammen essen.'],
    ['de', 'Mit dem Antrag der SP hat der Rat kurzen Prozess gemacht.'],
  ])('When the %s comment is %j, then it is approved', (language, text) => {
    expect(status(text, language)).toBe('approved');
  });
});
