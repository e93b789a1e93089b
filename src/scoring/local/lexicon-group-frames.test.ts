import type { AttributeScores, Language } from '../../domain';
import { createLexiconScorer, type LexiconResult } from './lexicon-scorer';
import { LocalScorer } from './local-scorer';
import { normalizeText } from './text-normalizer';

const lexicon = createLexiconScorer();
const lex = (text: string): LexiconResult => lexicon.score(normalizeText(text), 'de');
/** Rule ids of the hits without the `lexicon:de:insult:` prefix, with their contexts ("sind * kriminell+negated"). */
const rules = (text: string): string[] => lex(text).hits.map((h) => h.rule.replace(/^lexicon:(fuzzy:)?de:insult:/, ''));

describe('German group frames (lexicon)', () => {
  it.each([
    ['Muslime sind alle kriminell.', 'sind * kriminell'],
    ['Asylbewerber sind von Natur aus faul.', 'sind * faul'],
    ['Transpersonen sind eine Belastung für die Gesellschaft.', 'sind * belastung'],
    ['Frauen sind nicht intelligent.', 'nicht intelligent'],
    ['Ich kann Muslime nicht leiden.', 'kann * nicht leiden'],
    ['Menschen mit Behinderung haben hier nichts verloren.', 'nichts verloren'],
    ['Roma sind nichts als Zecken.', 'sind * zecke'],
    // The counter-speech cue "sollte man nicht" is part of the frame here, not a comment on it.
    ['Transmenschen sollte man nicht ernst nehmen.', 'nicht ernst nehmen'],
    ['Mich ekeln Transmenschen an.', 'mich ekeln'],
    ['Meiner Meinung nach sind Juden das Letzte.', 'sind * das letzte'],
    ['Ich finde, dass trans Menschen krank sind.', 'dass * krank sind'],
    ['Migranten nehmen uns die Wohnungen weg.', 'nehmen uns * weg'],
    ['Flüchtlinge verdienen kein Mitgefühl.', 'verdienen kein mitgefuehl'],
    ['Es gibt zu viele Ausländer in diesem Land.', 'es gibt zu viele'],
    ['Mit Muslimen setze ich mich nie an einen Tisch.', 'nie an einen tisch'],
    ['Die Ausländer gehören alle überwacht.', 'gehoeren * ueberwacht'],
    ['Mein Hund ist gescheiter als jeder Eritreer.', 'hund * gescheiter als'],
    ['Muslime wird man nie integrieren können, das liegt denen im Blut.', 'liegt denen im blut'],
    ['Kriminalität liegt Ausländern in den Genen.', 'in den genen'],
    ['Frauen können nun mal nicht logisch denken.', 'koennen * nicht logisch denken'],
    ['Schwarze können sich halt nicht beherrschen.', 'koennen sich * nicht beherrschen'],
    ['Ausländer sind nie eine Bereicherung.', 'nie eine bereicherung'],
    // Session 23: goodness denied, respect refused, trouble wherever they are, blamed, shunned, never learning.
    ['Juden sind keine guten Menschen.', 'keine guten menschen'],
    ['Ich habe keinen Respekt vor Muslimen.', 'habe keinen respekt vor'],
    ['Ausländer sind kein Gewinn für unser Land.', 'sind kein gewinn'],
    ['Flüchtlinge tragen nichts zur Gesellschaft bei.', 'tragen nichts * bei'],
    ['Wo Muslime sind, gibt es immer Probleme.', 'gibt es immer probleme'],
    ['Überall, wo Flüchtlinge auftauchen, gibt es Ärger.', 'auftauchen gibt es aerger'],
    ['Die Ausländer sind der Grund, warum alles den Bach runtergeht.', 'den bach runtergeht'],
    ['Ich setze mich im Bus nie neben Schwarze.', 'setze mich * nie neben'],
    ['Schwule lernen das nie, die sind eben so.', 'lernen das nie'],
    ['Muslime wollen sich gar nicht anpassen.', 'wollen sich gar nicht anpassen'],
    ['Was ist eigentlich falsch mit Schwulen?', 'was ist * falsch mit'],
    ['Wann verschwinden die Roma endlich?', 'verschwinden * endlich'],
    ['Für mich sind Schwule einfach eine psychische Störung auf zwei Beinen.', 'eine psychische stoerung'],
    // The group misspelt inside the frame's gap.
    ['Ich kann Jduen nicht ausstehen.', 'kann * nicht ausstehen'],
    ['Ein Asylant ist auch nicht mehr wert als ein streunender Hund.', 'nicht mehr wert als * hund'],
    ['Flüchtlinge sind uns nicht ebenbürtig.', 'nicht ebenbuertig'],
    ['Diese Ausländer haben kein Recht zu leben.', 'kein recht zu leben'],
    ['Am besten wäre es, wenn es gar keine Muslime mehr gäbe.', 'keine * mehr gaebe'],
    ['Wer will schon einen Juden als Nachbarn?', 'wer will schon'],
    ['Viele Schwarze sind einfach prinzipienlos und unzuverlässig.', 'sind * prinzipienlos'],
    ['Ich finde, solange Frauen so unzuverlässig sind, braucht es keine Quote.', 'unzuverlaessig sind'],
    ['Der Gedanke an eine Welt ohne Muslime macht mich glücklich.', 'welt ohne muslime'],
    ['Ich hsase Muslime.', 'hasse'],
    ['Ich würde nie einen Türken in meiner Firma anstellen.', 'nie einen * * anstellen'],
    ['Einem Muslim würde ich nie eine Wohnung vermieten.', 'wuerde ich nie * vermieten'],
    ['Ein Schwuler als Lehrer meiner Kinder kommt für mich nie in Frage.', 'als * kommt * nie in frage'],
    ['Den Schwulen sollte man das Adoptionsrecht sofort wieder wegnehmen.', 'adoptionsrecht * wegnehmen'],
    ['Die Schwarzen hängen dort den ganzen Tag nur herum und dealen.', 'haengen * * nur herum'],
    ['…, dass die Schwarzen dort den ganzen Tag nur herumhängen und dealen.', 'nur herumhaengen'],
    ['Muslime bringen nur Unruhe in unsere Dörfer.', 'bringen nur unruhe'],
    ['Ehrlich gesagt ekeln mich Transfrauen einfach an.', 'ekeln mich'],
    ['Ich war lange in der Pflege und kann sagen, dass Ausländerinnen nur Ärger machen.', 'nur aerger'],
    ['Wieso sind Frauen immer so hysterisch?', 'sind * hysterisch'],
    // Session 24: "es gibt" names the group after it; a pronoun for a group named in the sentence before; the writer's
    // verdict with "halten für".
    ['Es gibt keinen Muslim, der wirklich friedlich ist.', 'gibt keinen * der wirklich'],
    ['Im Fitnessstudio trainieren zwei Lesben. Es ekelt mich, ihnen zuzusehen.', 'es ekelt mich ihnen'],
    ['Mein Cousin arbeitet mit Behinderten. Das sind doch keine richtigen Menschen.', 'keine richtigen menschen'],
    ['Ich persönlich halte trans Personen für Freaks.', 'halte * fuer * freaks'],
    ['Schwule sind ein Fehler der Natur.', 'fehler der natur'],
    ['Ich spucke auf Muslime.', 'spucke auf'],
    ['Wenn ich Flüchtlinge sehe, wird mir übel.', 'wird mir uebel'],
    // A question that asks the reader to agree or suggests denies nothing.
    ['Findet ihr nicht auch, dass Frauen wertlos sind?', 'wertlos'],
    ['Warum hassen wir Ausländer nicht einfach alle?', 'hassen'],
    // Groups the older lists lacked: religions, origins, gender identities.
    ['Transsexuelle bringen nur Unruhe in unsere Schulen.', 'bringen nur unruhe'],
    ['Die Aleviten sind doch alle kriminell.', 'sind * kriminell'],
    ['Asiaten machen hier nur Ärger.', 'nur aerger'],
    // Implicit derogation: ranked below animals, kept in cages, thrown away, liked least, no place here.
    ['Jedes Tier hat mehr Verstand als diese Muslime.', 'tier * mehr verstand als'],
    ['Für mich sind Schwarze nicht mehr als Tiere.', 'nicht mehr als tiere'],
    ['Das Leben eines Insekts zählt mehr als das Leben einer Transfrau.', 'insekts * zaehlt mehr als'],
    ['Die Flüchtlinge gehören doch alle in einen Käfig.', 'in einen kaefig'],
    ['Die Roma kann man gleich mit dem Sperrmüll abholen lassen.', 'mit dem sperrmuell'],
    ['Nichts auf der Welt mag ich weniger als Ausländer.', 'mag ich weniger als'],
    ['Muslime haben in einem zivilisierten Land wie der Schweiz keinen Platz.', 'in einem zivilisierten land * * * keinen platz'],
    ['Die Asylanten gehören alle ins Lager.', 'gehoeren alle ins lager'],
    // Worth, rights and ability denied; a call to leave none alive; disgust.
    ['Das Leben von Muslimen ist es nicht wert, geschützt zu werden.', 'es nicht wert geschuetzt'],
    ['Keine Frau kann jemals ein wertvolles Mitglied der Gesellschaft sein.', 'keine * kann jemals ein wertvolles'],
    ['Menschenrechte sollten für Juden natürlich nicht gelten.', 'sollten fuer * nicht gelten'],
    ['Flüchtlinge werden nie so schlau sein wie andere Menschen.', 'nie * so schlau'],
    ['Schwule sind uns ganz klar nicht gleichgestellt.', 'uns * nicht gleichgestellt'],
    ['Wir dürfen keinen Muslim am Leben lassen.', 'keinen * am leben lassen'],
    ['Angewidert von all den Schwulen hier.', 'angewidert'],
    ['Die Juden ziehen doch überall die Fäden.', 'ziehen * die faeden'],
    ['Muslime und Demokratie, das passt einfach nicht zusammen.', 'passt * nicht zusammen'],
    ['Flüchtlinge sind tickende Zeitbomben.', 'sind tickende zeitbomben'],
    ['Ich habe so viel Hass auf euch Muslime.', 'habe * hass auf'],
    ['Ich habe es so satt, Leute wie euch Flüchtlinge um mich zu haben.', 'habe es * satt'],
    ['Muslime sind das Allerletzte.', 'sind * das allerletzte'],
    ['Frauen machen mich rasend.', 'machen mich rasend'],
    // Session 25: more attributes and nouns, a plague, locked away, fed, thrown out, worth denied.
    ['Homosexuelle sind von Grund auf unmoralisch.', 'sind * unmoralisch'],
    ['Roma sind alle Diebe.', 'sind * dieb'],
    ['Muslime beten jetzt auch in unserer Schule. Diese Leute sind die Pest.', 'sind die pest'],
    ['Frauen gehören weggesperrt.', 'gehoeren weggesperrt'],
    ['Wozu soll man Menschen mit Behinderung eigentlich durchfüttern?', 'durchfuettern'],
    ['Wann schmeissen wir die Geflüchteten endlich raus?', 'schmeissen * endlich raus'],
    ['Roma sind nicht fleissig.', 'sind nicht fleissig'],
    ['Kennst du Trans-Menschen? Für mich sind das keine echten Menschen.', 'keine echten menschen'],
    // "das" before or after "sind" in the sentence after a group is named is the group, not a thing.
    ['Ich kenne Juden. Das sind hinterhältige Betrüger.', 'sind * betrueger'],
    ['Kennst du Flüchtlinge? Für mich sind das Verbrecher.', 'sind * verbrecher'],
    // Own template probes: all was well until they came, better without them, their trade stopped, no one wants them as
    // neighbours ("seien wir ehrlich" is a hortative, not a reported claim), no morals.
    ['Unser Dorf war schön, bis die Roma kamen.', 'schoen bis die * kamen'],
    ['Ohne Muslime wäre die Schweiz ein besseres Land.', 'ohne ** besseres land'],
    ['Man sollte den Juden das Handwerk legen.', 'das handwerk legen'],
    ['Niemand will Flüchtlinge als Nachbarn, seien wir ehrlich.', 'niemand will * als nachbarn'],
    ['Schwule haben keine Moral und keinen Anstand.', 'keine moral'],
    ['Ist es nicht offensichtlich, dass Schwule hier nicht hingehören?', 'hier nicht hingehoeren'],
    ['Ich bin der Meinung, dass Flüchtlinge keine Rechte verdienen.', 'keine rechte verdienen'],
    // "egal was sie behaupten" concedes: the claim is the writer's, not a report.
    ['Muslime sind nicht friedlich, egal was sie behaupten.', 'sind nicht friedlich'],
    ['Egal was die Medien behaupten, Flüchtlinge sind Verbrecher.', 'sind * verbrecher'],
  ])('When a sentence says "%s" of a named group, then the frame is an unmitigated hit', (text, rule) => {
    expect(rules(text)).toContain(rule);
    const result = lex(text);
    expect(result.identityMentioned).toBe(true);
    expect(result.scores.IDENTITY_ATTACK).toBeGreaterThanOrEqual(0.5);
  });

  it('When a frame matches, then its span covers the predicate ("sind alle kriminell")', () => {
    const text = 'Muslime sind alle kriminell.';
    const spans = lex(text).spans.filter((s) => s.attribute === 'IDENTITY_ATTACK').map((s) => text.slice(s.begin, s.end));
    expect(spans).toContain('sind alle kriminell');
  });

  it.each([
    ['Kriminell sind nur die Schlepper.'],
    ['Es ist kriminell, wie Flüchtlinge behandelt werden.'],
    ['Ist das gefährlich für Frauen?'],
    ['Die Brücke ist eine Gefahr für Velofahrer.'],
    ['Mein Hund ist gescheiter als ich, das gebe ich zu.'],
    ['Die Gemeinde will das alte Schulhaus endlich loswerden.'],
    ['Unsere Welt ohne Diversität wäre langweilig.'],
    ['Des Hases Fell ist weich.'],
    ['Die Medien berichten täglich darüber.'],
    ['Ich werde nie akzeptieren, dass Muslime in diesem Land beleidigt werden.'],
    ['Viele Flüchtlinge möchten irgendwann zurück in ihre Heimat.'],
    ['Die Taliban sind Barbaren, die Frauen wie Sklavinnen behandeln.'],
    // A subset defined by crime is no group.
    ['Kriminelle Ausländer sollen ausgeschafft werden, das hat das Volk so entschieden.'],
    // Camps as history, not as a demand.
    ['Die Juden wurden im Zweiten Weltkrieg in Lager deportiert.'],
  ])('When no group is the subject ("%s"), then the frame weighs nothing', (text) => {
    expect(lex(text).scores.IDENTITY_ATTACK).toBe(0);
  });

  it.each([
    ['Migranten sind keine Kriminellen.', 'negated'],
    ['Ausländer sind nicht krimineller als Schweizer.', 'negated'],
    ['Ich hasse Ausländer nicht.', 'negated'],
    ['Ich hasse keine Flüchtlinge.', 'negated'],
    ['Er sagt, Eritreer sind faul. Das ist falsch.', 'reported'],
    ['Es heisst immer, Tamilen seien kriminell.', 'reported'],
    ['Die Kommentare über Juden hier sind widerlich.', 'counter'],
    ['Dass Muslime hier nichts verloren hätten, ist rassistisch.', 'counter'],
    ['«Lesben sind abartig», schrieb jemand.', 'quoted'],
    ['So etwas sollte man nicht sagen: Muslime sind kriminell.', 'counter'],
    ['Gewalt gegen Juden ist widerlich.', 'counter'],
    ['Wie in der Schweiz mit Asylsuchenden umgegangen wird, ist widerlich.', 'counter'],
    // The reader's claim told back, a claim denied with a modal.
    ['Wenn du sagst, dass du Muslime hasst, zeigt das nur, wie verblendet du bist.', 'reported'],
    ['Du kannst doch nicht ernsthaft glauben, dass alle Schwarzen dumm sind.', 'reported'],
    ['Man kann nicht behaupten, dass alle Muslime dumm sind.', 'reported'],
    // The act done to the group opens the sentence as its subject.
    ['Hass auf Muslime hat in einem zivilisierten Land nichts verloren.', 'counter'],
    ['Die Hetze gegen Flüchtlinge hat hier nichts zu suchen.', 'counter'],
  ])('When the frame is negated, reported, quoted or a verdict on speech ("%s"), then it counts as %s only', (text, context) => {
    const result = lex(text);
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits) expect(hit.contexts).toContain(context);
    expect(result.scores.IDENTITY_ATTACK).toBeLessThan(0.5);
  });

  it('When the writer cannot believe something ("Ich kann nicht glauben, dass …"), then it is astonishment, not a claim denied', () => {
    expect(lex('Ich kann nicht glauben, dass Muslime so dumm sind.').hits.some((h) => h.contexts.length === 0)).toBe(true);
  });

  it('When a pronoun takes up a group named in the sentence before, then contempt in its sentence is about the group', () => {
    expect(lex('In meinem Quartier wohnen viele Muslime. Ich hasse sie.').scores.IDENTITY_ATTACK).toBeGreaterThanOrEqual(0.5);
    expect(lex('Ich hasse sie.').scores.IDENTITY_ATTACK).toBe(0);
    expect(lex('Muslime wohnen hier. Es regnet. Ich hasse sie.').scores.IDENTITY_ATTACK).toBe(0);
  });

  it('When the verb of hate has no negation after it, then it is not negated', () => {
    expect(rules('Ich hasse Ausländer.')).toEqual(['hasse']);
  });

  it('When a comment names Asia or the Kanak people, then no insult or slur is found ("asi" + "en", "Kanake")', () => {
    expect(lex('Die Mongolei liegt in Asien.').hits).toEqual([]);
    expect(lex('Die Kanaken in Neukaledonien stimmten über die Unabhängigkeit ab.').hits).toEqual([]);
    expect(lex('Du Asi!').hits.length).toBeGreaterThan(0);
  });

  it.each<[Language, string]>([
    ['de', 'Die Aleviten im Quartier feiern heute ihr Fest.'],
    ['de', 'Viele Transsexuelle erleben Gewalt.'],
    ['fr', 'Les Kurdes de Genève manifestent samedi.'],
    ['it', 'I cinesi di Prato lavorano molto.'],
    ['en', 'The Sikhs in Zurich opened a new temple.'],
  ])('When a %s comment names a religion, an origin or a gender identity (%j), then it is about a group', (language, text) => {
    expect(lexicon.score(normalizeText(text), language).identityMentioned).toBe(true);
  });

  it('When a group name is misspelt by one slip, then the sentence is still about a group; "Schwüle" is no group', () => {
    expect(lex('Flüchtlnige sind Parasiten.').identityMentioned).toBe(true);
    expect(lex('Die Schwüle ist unerträglich.').identityMentioned).toBe(false);
  });
});

describe('German group statements (shipped model and lexicon)', () => {
  let scorer: LocalScorer;
  beforeAll(async () => {
    scorer = await LocalScorer.load();
  });
  const HOLD = 0.5;
  const worst = (scores: AttributeScores): number => Math.max(...Object.values(scores));
  const score = (text: string): AttributeScores => scorer.scoreSync(text, 'de').scores;

  it.each([
    'Transpersonen sind eine Belastung für die Gesellschaft.',
    'Wer Muslime kennt, weiss: die haben hier nichts verloren.',
    'Ich kann Muslime nicht leiden.',
    'Asylbewerber sind von Natur aus faul.',
    'Schwarze sind nicht gleichwertig.',
  ])('When a group is derogated without a slur ("%s"), then the comment is held', (text) => {
    expect(score(text).IDENTITY_ATTACK).toBeGreaterThanOrEqual(HOLD);
  });

  it.each([
    'Migranten sind keine Kriminellen.',
    'Ich hasse keine Flüchtlinge.',
    'Er sagt, Eritreer sind faul. Das ist falsch.',
    'Die Kommentare über Juden hier sind widerlich.',
    'Ich bin lesbisch und stolz darauf.',
    // Session 25: the main clause after "Wer …, …" is said of whoever it describes, not of the group named inside it.
    'Wer Frauen als minderwertig hinstellt, hat in einer modernen Gesellschaft nichts verloren.',
  ])('When hate is negated, reported or condemned, or a member speaks ("%s"), then nothing reaches hold', (text) => {
    expect(worst(score(text))).toBeLessThan(HOLD);
  });

  it.each([
    ['Wer Schwule hasst, hat ein Problem mit sich selbst.', 'hasst+counter'],
    ['Ich glaube nicht, dass Flüchtlinge krimineller sind als Schweizer.', 'dass * kriminell sind+negated'],
    // Asked why others hate: a question, not hate.
    ['Warum hassen so viele Leute Schwule?', 'hassen+question'],
  ])('When the frame describes whoever holds it or a denied opinion ("%s"), then it is only mentioned', (text, rule) => {
    expect(rules(text)).toContain(rule);
    expect(lex(text).hits.every((h) => h.contexts.length > 0)).toBe(true);
  });

  it('When a claim about women is denied ("gehören nicht in die Küche, sondern …"), then no frame is hit', () => {
    expect(lex('Frauen gehören nicht in die Küche, sondern überall hin.').hits).toEqual([]);
  });

  it('When camps or cages are denied ("gehören nicht in Lager, sondern in Wohnungen"), then no frame is hit', () => {
    expect(lex('Flüchtlinge gehören nicht in Lager, sondern in Wohnungen.').scores.IDENTITY_ATTACK).toBe(0);
    // … while the same frame without the denial still counts
    expect(lex('Flüchtlinge gehören in Lager.').scores.IDENTITY_ATTACK).toBeGreaterThanOrEqual(0.5);
  });
});

describe('German group frames: refusals, houses of worship, slurs named as words', () => {
  it.each([
    ['Eine Frau als Chefin? Nie im Leben.', 'nie im leben'],
    ['Ein Schwuler als Trainer der Junioren? Niemals.', 'niemals'],
    ['Diese Moschee gehört abgerissen.', 'moschee * gehoert abgerissen'],
    ['Einen Juden will ich nicht als Nachbarn.', 'nicht als nachbarn'],
  ])('When "%s", then the rule hits', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
  it.each([
    'Eine Frau als Chefin? Warum nicht.',
    'Würden Muslime das je tun? Niemals.',
    'Ich war niemals in Bern.',
    'Die Moschee an der Strasse wird abgerissen, die Gemeinde baut ein neues Zentrum.',
    'Die Gemeinde will das Asylheim abreissen und neu bauen.',
    'Unser Nachbar Herr Neger hat den Garten gestaltet.',
    'Schwuchtel ist ein Wort, das ich nie mehr hören will.',
    'Ein Spast ist in der Jugendsprache leider ein häufiges Schimpfwort.',
  ])('When "%s", then nothing hits', (text) => {
    expect(lex(text).hits).toEqual([]);
  });
});

describe('German slurs and a swear word before a group (session 23)', () => {
  const lexicon2 = createLexiconScorer();
  const slurs = (text: string): string[] => lexicon2.score(normalizeText(text), 'de').hits.filter((h) => h.category === 'slur' && h.contexts.length === 0).map((h) => h.rule);
  it.each(['Diese beschissenen Flüchtlinge kriegen alles geschenkt.', 'Kümmeltürken gibt es hier genug.', 'Die Musels bauen schon wieder.', 'Ich bin froh, ich bin kein Dönerfresser #dreckstürken'])(
    'When the comment is %j, then a slur counts',
    (text) => {
      expect(slurs(text).length).toBeGreaterThan(0);
    },
  );
  it.each(['Transen sind widerlich.', 'Ich will keine Trannys auf unserem WC.'])('When the comment is %j, then a slur counts (session 25)', (text) => {
    expect(slurs(text).length).toBeGreaterThan(0);
  });
  it.each([
    'Dieses scheiss Drecksleben.',
    'Er ist kein Kanake.',
    'Die verdammte Hitze.',
    // Session 25: reclaimed by those it names.
    'Wir Kanaken haben dieses Land mit aufgebaut.',
    'Als alte Schwuchtel sag ich dir: Der CSD war der beste.',
    'Mein Nonno kam als Saisonnier aus Apulien, und heute sage ich mit Stolz: Ich bin ein Tschingg.',
  ])('When the comment is %j, then no slur counts', (text) => {
    expect(slurs(text)).toEqual([]);
  });
});
