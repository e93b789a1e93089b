import type { Language } from '../../domain';
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
    'Wer das geschrieben hat, ist ein Vollidiot.',
    'Der Journalist, der diesen Artikel geschrieben hat, ist ein Idiot.',
  ])('When a relative clause ends in a verb of writing and the main clause follows ("%s"), then the main clause is the writer\'s', (text) => {
    expect(reported(text)).toBe(false);
    expect(score(text).scores.INSULT).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    'Wer behauptet, Ausländer seien Parasiten, hat nichts verstanden.',
    'Wer Juden als Ungeziefer bezeichnet, hat nichts aus der Geschichte gelernt.',
  ])('When what follows the verb is the claim, or the relative clause names someone ("%s"), then it stays reported', (text) => {
    expect(reported(text)).toBe(true);
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
  it.each([
    'Mein Onkel meinte, Politiker sind sowieso alle Idioten, aber ich sehe das anders.',
    'Die Nachbarin sagt, die Leute im neuen Block sind dumm wie Brot.',
  ])('When a main clause\'s verb of saying opens an indicative clause ("%s"), then the clause is reported', (text) => {
    expect(reported(text)).toBe(true);
    expect(score(text).scores.INSULT).toBeLessThan(0.5);
  });

  it.each([
    'Es ist mir egal, was die Leute sagen, Politiker sind Idioten.',
    'Ich meine, der Gemeinderat ist ein Haufen Idioten.',
    'Er meint, er sei schlau, dabei ist er ein Vollpfosten.',
  ])('When the verb of saying ends a subordinate clause, is the writer\'s, or the insult follows the reported clause ("%s"), then the insult counts', (text) => {
    expect(score(text).scores.INSULT).toBeGreaterThanOrEqual(0.5);
  });
  it.each(['Laber doch keinen Scheiss, du hast den Artikel nicht gelesen.', 'Die Mannschaft hat kein Arsch in der Hose.'])(
    'When "kein" counts a swear word\'s noun ("%s"), then the swear word is still said',
    (text) => {
      expect(score(text).hits.filter((h) => h.category === 'profanity').every((h) => !h.contexts.includes('negated'))).toBe(true);
    },
  );

  it.each(['Sie sind kein verdammter Haufen Versager.', 'Ich weiss, dass ich kein Arsch bin.'])('When "kein" with a swear word is a denied predicate ("%s"), then it stays negated', (text) => {
    expect(score(text).hits.filter((h) => h.category === 'profanity').every((h) => h.contexts.includes('negated'))).toBe(true);
  });
  it.each(['Warum verstehst du das nicht du Idiot', 'Das glaubst du doch selber nicht du Depp'])('When a name is called with "du" after a negated clause ("%s"), then the negation does not reach it', (text) => {
    expect(score(text).scores.INSULT).toBeGreaterThanOrEqual(0.5);
  });

  it.each(['Du bist kein Idiot, du hast einfach Pech gehabt.', 'Er ist doch kein Vollpfosten.'])('When "kein" denies the word itself ("%s"), then it stays negated', (text) => {
    expect(score(text).scores.INSULT).toBeLessThan(0.5);
  });
  it('When a verb of naming gives the name after "als", then only that name is reported, not the one named', () => {
    const own = score('Und dann beschimpfen diese Vollidioten die Polizei als Nazis.');
    expect(own.hits.some((h) => h.rule.includes('idiot') && !h.contexts.includes('reported'))).toBe(true);
    expect(reported('Juden und Christen werden dort als Schweine bezeichnet.')).toBe(true);
    expect(reported('Er hat den Gemeinderat als Haufen Idioten bezeichnet.')).toBe(true);
  });
  it.each(['Am Bahnhof lungern heute keine Schmarotzer mehr herum.', 'Kein Mann mag Tussen.'])('When "kein" names people in a clause without copula ("%s"), then the word is not denied', (text) => {
    expect(score(text).hits.filter((h) => h.category === 'insult').some((h) => !h.contexts.includes('negated'))).toBe(true);
  });

  it.each(['Die Gemeinderäte sind keine Idioten.', 'Das ist hier sicher kein Schmarotzer.', 'Man muss wirklich kein Idiot sein, um das zu verstehen.', 'Wenn man keine Tussi im Männerkörper ist, geht das.'])(
    'When "kein" makes a predicate ("%s"), then it is denied',
    (text) => {
      expect(score(text).hits.filter((h) => h.category === 'insult').every((h) => h.contexts.includes('negated'))).toBe(true);
    },
  );
  it.each(['Ich würde meine Wohnung nie an einen Neger vermieten.', 'Mit Kanaken will ich nichts zu tun haben.'])('When a negation denies what is done to people named by a slur ("%s"), then the slur still counts', (text) => {
    expect(score(text).hits.filter((h) => h.category === 'slur').some((h) => !h.contexts.includes('negated'))).toBe(true);
  });

  it.each(['Er ist kein Kanake, er ist hier geboren.', 'Man darf heute nicht mehr Zigeuner sagen, und das ist richtig so.'])('When a slur is denied as a predicate or a word to say ("%s"), then it stays negated', (text) => {
    expect(score(text).hits.filter((h) => h.category === 'slur').every((h) => h.contexts.includes('negated'))).toBe(true);
  });
  it('When a call-out word is the predicate of people the writer names ("Jugos sind alle sexistisch"), then it is no counter-speech; said of a comment it is', () => {
    expect(score('Jugos sind alle sexistisch.').hits.some((h) => h.category === 'slur' && !h.contexts.includes('counter'))).toBe(true);
    expect(score('Der Kommentar oben ist rassistisch, das Wort Kanake hat hier nichts verloren.').hits.every((h) => h.contexts.includes('counter'))).toBe(true);
  });
  it.each(['Man sollte niemanden als Zigeuner bezeichnen.', 'Ich habe niemanden einen Idioten genannt.'])('When "niemanden" or "niemandem" negates ("%s"), then the word is negated', (text) => {
    expect(score(text).hits.filter((h) => h.category !== 'identity').every((h) => h.contexts.includes('negated'))).toBe(true);
  });
  it.each(['Kim Jong Un hält Trump für einen Schwätzer.', 'Viele halten den Trainer für einen Versager, ich nicht.'])('When someone else holds someone "für" something ("%s"), then that judgement is reported', (text) => {
    expect(reported(text)).toBe(true);
  });

  it.each(['Ich halte ihn für einen Idioten.', 'Dieser Idiot hält sich für einen Experten.', 'Es gibt Gründe, ihn für einen Idioten zu halten.'])('When the judgement is the writer\'s or the insult stands before "für" ("%s"), then it counts', (text) => {
    expect(score(text).scores.INSULT).toBeGreaterThanOrEqual(0.5);
  });
  it.each([
    'Mein Grossvater meinte immer, Journalisten sind Schmierfinken.',
    'Die Nachbarin meint halt, die Leute vom Quartierverein sind Spinner.',
    'Wer sagt denn, dass alle Frauen dumm sind?',
  ])('When an adverb stands between the verb of saying and its comma, or "wer" asks who says it ("%s"), then the clause is reported', (text) => {
    expect(reported(text)).toBe(true);
  });

  it.each([
    'Der Idiot sagt jetzt, er habe nichts gewusst.',
    'Der Gemeinderat sagt immer, er spare, dabei ist er ein verlogener Idiot.',
    'Wer so etwas sagt, ist ein Idiot.',
  ])('When the insult stands before the verb or after the reported clause ("%s"), then it still counts', (text) => {
    expect(score(text).scores.INSULT).toBeGreaterThanOrEqual(0.5);
  });
  const threatNegated = (text: string) => score(text).hits.filter((h) => h.category === 'threat').every((h) => h.contexts.includes('negated'));
  it.each([
    'Kein Staat der Welt hat das Recht, Menschen als Strafe zu töten.',
    'Sie versuchen nicht, uns zu töten oder zu vertreiben.',
    'Es ist nicht in Ordnung, jemanden zu erschiessen, auch keinen Dieb.',
  ])('When a negated right, intention or verdict governs the zu-infinitive ("%s"), then the threat is negated', (text) => {
    expect(score(text).hits.some((h) => h.category === 'threat')).toBe(true);
    expect(threatNegated(text)).toBe(true);
  });

  it.each([
    'Ich habe keine Hemmungen, dich zu töten.',
    'Es wäre nicht schlecht, diese Verräter zu erschiessen.',
    'Wir lassen uns nicht einschüchtern, wir werden euch töten.',
  ])('When the negation affirms the act or stands in another clause ("%s"), then the threat counts', (text) => {
    expect(threatNegated(text)).toBe(false);
  });
  it('When "nicht" is joined to a noun by a hyphen ("Nicht-Wähler"), then it is a prefix and negates nothing; a real negation still does', () => {
    expect(score('Die Nicht-Wähler sind doch alles Idioten.').scores.INSULT).toBeGreaterThanOrEqual(0.5);
    expect(score('Die Nichtwähler sind nicht dumm.').hits.every((h) => h.contexts.includes('negated'))).toBe(true);
  });
  it.each([
    'Diese Politiker haben es verdient, als Landesverräter beschimpft zu werden.',
    'Solche Typen gehören als Vollidioten bezeichnet.',
  ])('When the writer wishes a passive of naming on someone ("%s"), then the name is the writer\'s', (text) => {
    expect(reported(text)).toBe(false);
    expect(score(text).scores.INSULT).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    'Niemand hat es verdient, als Hure beschimpft zu werden.',
    'Flüchtlinge sollten nicht als Schmarotzer bezeichnet werden.',
    'Er wurde im Tram als Kanake beschimpft.',
  ])('When the wish is negated or there is none ("%s"), then the name stays someone else\'s word', (text) => {
    expect(score(text).hits.filter((h) => h.category !== 'identity').every((h) => h.contexts.length > 0)).toBe(true);
  });
  it('When "kein" refuses people and an adjective of abuse describes them ("Wir brauchen keine linksversiffte Regierung"), then it counts; as a predicate it is denied', () => {
    expect(score('Wir brauchen keine linksversiffte Regierung in diesem Kanton.').hits.some((h) => h.contexts.length === 0)).toBe(true);
    expect(score('Er ist kein dummer Mensch, nur schlecht beraten.').hits.every((h) => h.contexts.includes('negated'))).toBe(true);
    expect(score('Das war kein dummer Vorschlag.').hits.every((h) => h.contexts.includes('negated'))).toBe(true);
  });
  it('When "nicht einmal ein …" sets the word as the lowest bar ("Das würde nicht mal ein Trottel glauben"), then it counts; after a copula it is denied', () => {
    expect(score('Das würde nicht mal ein Trottel glauben.').hits.some((h) => h.contexts.length === 0)).toBe(true);
    expect(score('Er ist nicht einmal ein Trottel, nur unerfahren.').hits.every((h) => h.contexts.includes('negated'))).toBe(true);
  });
  it('When a relative clause after "alle" carries the negation ("Erschiesst alle die nicht mitmachen"), then the threat counts; "Erschiesst ihn nicht" is negated', () => {
    expect(threatNegated('Erschiesst alle die nicht mitmachen.')).toBe(false);
    expect(threatNegated('Erschiesst ihn nicht, er ist unschuldig.')).toBe(true);
  });
  it.each([
    'Die linksversifften Medien tun alles um die Partei zu verunglimpfen.',
    'Diese Vollidioten beim Staatsfernsehen bieten alles auf, um die Opposition zu verunglimpfen.',
  ])('When an infinitive with "zu" names the act of abusing ("%s"), then only its clause is reported', (text) => {
    expect(score(text).hits.some((h) => h.contexts.length === 0)).toBe(true);
  });

  it('When the insult stands inside the infinitive clause ("…, Frauen als Schlampen zu bezeichnen"), then it stays discounted', () => {
    expect(score('Es ist nicht in Ordnung, Frauen als Schlampen zu bezeichnen.').hits.filter((h) => h.category !== 'identity').every((h) => h.contexts.length > 0)).toBe(true);
  });

  it.each(['Sind Frauen nicht einfach zu dumm für die Demokratie?', 'Ist der Trainer nicht ein Idiot?', 'Sind Muslime nicht alle Terroristen?'])(
    'When a question opens with the copula and puts "nicht" before the word ("%s"), then it asks for agreement and the word counts',
    (text) => {
      expect(score(text).hits.some((h) => h.category !== 'identity' && !h.contexts.includes('negated'))).toBe(true);
    },
  );
  it('When "nicht" stands in a statement or a question that does not open with the copula, then it still negates', () => {
    expect(score('Der Trainer ist nicht ein Idiot.').hits.every((h) => h.contexts.includes('negated'))).toBe(true);
    expect(score('Warum ist der Trainer nicht ein Idiot?').hits.every((h) => h.contexts.includes('negated'))).toBe(true);
  });
  it.each([
    'Es ist falsch zu sagen, dass Juden minderwertig sind.',
    'Es ist Unsinn, dass Frauen dumm sind.',
    'Wer sagt, dass Frauen dumm sind, hat keine Ahnung.',
    'Glauben Sie wirklich, dass Einwanderer keine guten Menschen sein können?',
  ])('When a claim about a group is called false, nonsense or doubted ("%s"), then no word of it counts in full', (text) => {
    expect(score(text).hits.filter((h) => h.category !== 'identity').every((h) => h.contexts.length > 0)).toBe(true);
  });
  it('When "sagt" follows anything but "wer" ("Jeder sagt es: Ausländer sind Abschaum"), then the claim is the writer\'s', () => {
    expect(score('Jeder sagt es: Ausländer sind Abschaum.').hits.some((h) => h.category !== 'identity' && h.contexts.length === 0)).toBe(true);
  });
  it('When a word of abuse is called to the reader after a counter-speech cue ("Glaubst du wirklich, dass …, du Idiot?"), then it counts', () => {
    expect(score('Glaubst du wirklich, dass das jemand liest, du Idiot?').hits.some((h) => h.contexts.length === 0)).toBe(true);
  });
  it.each(['Das stimmt nicht, diese Idioten im Bundesrat lügen.', 'Der Trainer hat nichts verstanden, so ein Idiot.', 'Das ist nicht in Ordnung, dieser Vollpfosten von Journalist.'])(
    'When a word of abuse is pointed at someone or exclaimed beside a counter-speech cue ("%s"), then it counts',
    (text) => {
      expect(score(text).hits.some((h) => h.contexts.length === 0)).toBe(true);
    },
  );
  it('When the word of abuse is what someone else is said to call a group ("Wer Flüchtlinge als Ungeziefer bezeichnet, hat nichts verstanden"), then it stays discounted', () => {
    expect(score('Wer Flüchtlinge als Ungeziefer bezeichnet, hat nichts verstanden.').hits.filter((h) => h.category !== 'identity').every((h) => h.contexts.length > 0)).toBe(true);
  });
});

describe('counter-speech cues beside a word of abuse pointed at someone (French, English, formal German)', () => {
  const lexicon = createLexiconScorer();
  it.each<[Language, string]>([
    ['fr', "C'est inacceptable, ce crétin de ministre ment encore."],
    ['en', "That's not ok, this idiot is lying again."],
    ['de', 'Das ist gelogen, Sie Lügner.'],
  ])('When the %s comment is %j, then the word counts', (language, text) => {
    expect(lexicon.score(normalizeText(text), language).hits.some((h) => h.contexts.length === 0)).toBe(true);
  });
  it('When "sie" is small, the pronoun of the third person ("…, dass sie Lügner genannt werden"), then the counter-speech cue still discounts the word', () => {
    expect(lexicon.score(normalizeText('Es ist nicht in Ordnung, dass sie Lügner genannt werden.'), 'de').hits.every((h) => h.contexts.includes('counter'))).toBe(true);
  });
});
