import type { Language } from '../../domain';
import { createLexiconScorer } from './lexicon-scorer';
import { netSkeleton } from './lexicon-threat-net';
import { normalizeText } from './text-normalizer';
import { lex } from '../../../test/support/lexicon-scores';

const threat = (text: string, language: Language): number => lex(text, language).THREAT;

describe('threat safety net: violence joined with a target or a wish holds, reports and idioms do not', () => {

  it.each<[Language, string]>([
    ['de', 'Eines Tages chunnt öpper und macht di kalt, Journi.'],
    ['de', 'De Redaktor ghöört abgschosse, so öppis z schriibe.'],
    ['de', 'Ich hoffe, dass den Typen bald jemand absticht.'],
    ['fr', 'Il mériterait qu’on le tabasse jusqu’à ce qu’il ne bouge plus.'],
    ['it', 'Spero che qualcuno gli faccia la pelle presto.'],
    ['en', 'Someone ought to shoot the whole government.'],
    // Stabbing and strangling in French and Italian, shooting at a judge in German.
    ['it', 'Qualcuno ti accoltellerà.'],
    ['it', 'Ti strangoleranno nel sonno.'],
    ['fr', "On t'étranglera dans ton sommeil."],
    ['fr', "Quelqu'un va te poignarder."],
    ['de', 'Jemand sollte auf diesen Richter schiessen.'],
    // Torture, beheading, slaughter, bleeding, burying (session 17's words).
    ['en', 'Someone should torture that judge until he begs.'],
    ['en', 'These traitors deserve to bleed.'],
    ['de', 'Man sollte ihn öffentlich foltern.'],
    ['fr', "Il faudrait le torturer jusqu'à ce qu'il avoue."],
    ['it', 'Qualcuno dovrebbe torturarlo.'],
    // Breaking someone's bones, teeth or face (session 21): the verb next to a body part, in either order.
    ['de', 'Sag mir das ins Gesicht, dann schlag ich dir die Zähne aus.'],
    ['fr', "Le gardien, on va l'attendre au bus et lui fracasser les mains."],
    ['fr', 'Mes locataires qui font grève vont se faire casser les doigts par mes gars.'],
    ['it', 'Il portiere lo aspettiamo al parcheggio e gli spacchiamo le gambe, anzi gli rompo io le costole.'],
    ['en', 'the councillor deserves to get his head kicked in, honestly'],
    ['it', 'Ti annego nel lago come un gatto.'],
    ['en', 'ill unalive you if i see you at the station again'],
    // A blade thrust at a person's pronoun.
    ['fr', 'Le municipal, je lui plante un couteau sans hésiter.'],
    ['de', 'Ich ramm dir das Sackmesser in den Bauch.'],
    // The writer's own deed keeps its threat whatever a relative clause reports ("haben").
    ['de', 'Die Naturschützer, die mir die Netze zerschnitten haben, sollen wissen: Den Nächsten, den ich erwische, ertränke ich eigenhändig.'],
    ['fr', "Viens une fois à Molenbeek me dire ça, je te démolis la tronche."],
  ])('When the %s comment is %j, then THREAT reaches a hold', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.5);
  });

  it.each<[Language, string]>([
    ['de', '1945 wurden in dieser Stadt Hunderte erschossen, daran sollte man erinnern.'],
    // One's own bones, reflexive verbs and idioms of the body.
    ['en', "I'll break my neck on these icy stairs one day."],
    ['en', 'Break a leg tonight at the premiere!'],
    ['fr', 'Tu vas te casser les dents sur ce dossier, comme ton prédécesseur.'],
    ['fr', 'Tu me casses les pieds avec tes histoires.'],
    ['de', 'Ich habe mir beim Skifahren das Bein gebrochen.'],
    ['de', 'Das musst du dir aus dem Kopf schlagen.'],
    ['it', 'Mi rompi le palle con questa storia.'],
    ['de', 'Die Polizei hat den Täter gestellt, ich hätte ihn erschossen.'],
    ['it', 'Stasera annego i dispiaceri in una birra.'],
    ['en', 'The character was unalived in season two, what a shame.'],
    // A blade in the kitchen.
    ['it', 'Bisogna piantare il coltello nella carne per vedere se è cotta.'],
    ['de', 'Der Koch jagt das Messer durch den Fisch.'],
    ['fr', 'Il faut planter le couteau au milieu du gâteau et tourner doucement.'],
    ['de', 'Ich habe gestern im Film gesehen, wie einer erschossen wurde.'],
    ['fr', "Les nations puissantes ont voulu dominer le monde. Toutes se sont cassé les dents."],
    ['de', 'Die Kinder bringen mich noch um den Verstand.'],
    ['de', 'Transfeindlichkeit tötet, wir müssen handeln.'],
    ['de', 'Das Thema ist erledigt, Herr Redaktor, danke für die Antwort.'],
    ['fr', 'Le chasseur a abattu un sanglier.'],
    ['it', 'Ammazza che bello questo articolo, complimenti.'],
    ['en', 'You are absolutely killing it with these reports, keep going.'],
    ['en', 'The government should kill this bill before it does more damage.'],
    ['de', 'Der Stürmer sollte endlich aufs Tor schiessen.'],
    ['de', 'Wir sollten Fotos schiessen, bevor es dunkel wird.'],
    ['it', 'Il ladro è stato accoltellato ieri sera in centro, dice la polizia.'],
    ['en', 'The report describes how prisoners were tortured in the 1970s.'],
    ['fr', "Il est mort hier à l'hôpital, paix à son âme."],
    ['de', 'Die Köpfe hinter dem Projekt sind junge Leute aus Bern.'],
  ])('When the %s comment is %j, then the net stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });

  it.each<[Language, string]>([
    ['de', 'Ich hoffe, der Journi kriegt Krebs und leidet lange.'],
    ['de', 'Dem Gemeinderat sollte man sämtliche Knochen brechen.'],
    ['de', 'Dem Präsidenten gehört der Kopf ab.'],
    ['fr', 'Si je te vois au marché, je t’ouvre le crâne.'],
    ['it', 'Darei fuoco a quel consigliere, gli darei fuoco io.'],
    ['en', 'I hope he crashes into a wall on the way to parliament.'],
    ['de', 'Das sind keine Menschen, das sind Tiere, die man einschläfern sollte.'],
    ['fr', 'Ce ne sont pas des humains, ce sont des bêtes à abattre.'],
  ])('When the %s comment aims a harm at a person with a hope or a call, then THREAT reaches a reject', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.9);
  });

  it.each<[Language, string]>([
    ['de', 'Wir wissen genau, in welcher Strasse Ihre Familie wohnt.'],
    ['fr', 'Nous savons où travaille ta femme.'],
    ['it', 'Sappiamo dove parcheggi la macchina ogni sera.'],
    ['en', 'We know where your children go to school.'],
  ])('When the %s comment says the writer knows where someone lives or works, then THREAT reaches a hold', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.5);
  });

  it.each<[Language, string]>([
    ['de', 'Ich hoffe, du besiegst den Krebs, wir denken an dich.'],
    ['de', 'Er sollte mal zum Arzt wegen seinem Krebs.'],
    ['de', 'Du bringst mich noch um mit deinen Wortspielen.'],
    ['de', 'Ich weiss nicht, wo du wohnst, aber bei uns regnet es.'],
    ['it', 'Spero che tu non abbia un incidente con quella moto.'],
    ['en', 'I hope he survives the crash.'],
    ['en', 'Someone should teach these ministers a lesson at the ballot box.'],
    ['de', 'Die Leute sollen ihren Abfall richtig entsorgen.'],
    ['en', 'People should poison the rats in the barn, not the cats.'],
  ])('When the %s comment wishes someone well, names the writer or is negated, then the net stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });

  it.each<[Language, string]>([
    ['de', 'Hoffentlich fährt den Typen mal ein Lastwagen über den Haufen.'],
    ['de', 'Hoffentlich landet die Ständerätin mal unter einem Tram.'],
    ['fr', 'J’espère qu’un camion l’écrasera un de ces jours.'],
    ['it', 'Spero che finisca sotto un camion, quel buffone.'],
    ['en', 'I hope a truck hits him on his way to the office.'],
  ])('When the %s comment wishes someone under a vehicle, then THREAT reaches a reject', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.9);
  });

  it.each<[Language, string]>([
    ['de', 'Hoffentlich fährt der Bus bald wieder nach Fahrplan.'],
    ['de', 'Hoffentlich erwischt sie noch einen Zug nach Chur.'],
    ['de', 'Hoffentlich gerät kein Kind mehr unter einen Lastwagen an dieser Kreuzung.'],
    ['fr', 'J’espère qu’un bus passera bientôt par notre village.'],
    ['en', 'Hopefully a bus will run over the new bridge next year.'],
  ])('When the %s comment hopes for a vehicle but wishes no one harm, then the net stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });

  it.each<[Language, string]>([
    ['de', 'Dä Gmeindrat ghört so verschlage, dass er nüme cha laufe.'],
    ['de', 'Me sött ene allne d Chnoche breche.'],
    ['fr', 'Il faudrait leur casser la gueule, à ces juges.'],
    ['it', 'Bisognerebbe ammazzarli, questi politici.'],
    ['it', 'Un giorno qualcuno ti farà fuori, giornalista.'],
    ['en', 'Somebody should break that reporter’s legs.'],
    ['en', 'Somone shoud shoot him already.'],
  ])('When the %s comment calls for beating or killing in dialect, idiom or with typos, then THREAT reaches a reject', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.9);
  });

  it.each<[Language, string]>([
    ['de', 'Da hat es mir glatt die Sprache verschlagen.'],
    ['fr', 'Ce projet va se casser la gueule, c’est certain.'],
    ['fr', 'Tu vas te casser les dents sur ce dossier.'],
    ['it', 'Il Lugano li farà fuori in semifinale.'],
    ['en', 'Skiers should know they can break their legs off-piste.'],
    ['en', 'Someone will shoot you an email with the details.'],
  ])('When the %s comment uses a word of beating as an idiom, then the net stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });

  it.each<[Language, string]>([
    ['de', 'Hoffentlich kracht er mal mit dem Auto gegen eine Mauer.'],
    ['fr', 'J’espère qu’elle se prendra un platane en rentrant.'],
    ['it', 'Spero che si schianti contro un albero.'],
    ['en', 'I hope she slams her car into a wall.'],
    ['de', 'Dem sött me d Chnoche bräche, däm Schwätzer.'],
    ['it', 'Impicchiamoli tutti, questi ladri.'],
    ['de', 'Wir wissen, wo du dein Velo abstellst.'],
  ])('When the %s comment wishes a crash, breaks bones in dialect or calls with a fused pronoun, then THREAT reaches a hold', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.5);
  });

  it.each<[Language, string]>([
    ['de', 'Hoffentlich knallt der Korken an die Wand, wie jedes Jahr.'],
    ['it', 'Speriamo che finisca presto il cantiere contro il muro.'],
    ['en', 'I hope the ball crashes into the wall and bounces back.'],
    ['it', 'Questi quadri sono belli, appendiamoli tutti in salotto.'],
    ['de', 'Er ist gestürzt und hat sich die Beine gebrochen, gute Besserung.'],
  ])('When the %s comment crashes things or hangs pictures, then the net stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });

  it('When a dialect word doubles its vowels, then it is read with them written once', () => {
    expect(netSkeleton('ghoeoert')).toBe('ghoert');
    expect(netSkeleton('schriibe')).toBe('schribe');
  });

  it.each<[Language, string]>([
    ['it', 'So che auto guidi e dove la lasci di notte.'],
    ['en', 'Time to clean the country of this scum for good.'],
    ['it', 'Ripuliamo la città da questa feccia.'],
    ['de', 'Es bräuchte nur einen, der dem Kerl eine Kugel verpasst.'],
    ['de', 'Dann schlag ich dich windelweich.'],
  ])('When the %s comment is %j (whereabouts, cleansing, someone wanted, the writer at the reader), then THREAT reaches a hold', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.5);
  });

  it.each<[Language, string]>([
    ['it', 'So che auto guidi, me lo hai detto tu.'],
    ['en', 'Volunteers will clean the lake of plastic filth on Saturday.'],
    ['de', 'Im Film gibt es einen, der dem Helden eine Kugel verpasst.'],
    ['de', 'Es braucht einen, der dem Kerl die Meinung sagt.'],
    ['en', "I'll break my neck on those stairs one day."],
  ])('When the %s comment is %j, then the net stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });
});

describe('violence told in the past or done by others is reported, not threatened (narratesViolence)', () => {
  const lexicon = createLexiconScorer();

  it.each<[Language, string]>([
    ['de', 'Putin lässt seine Gegner umbringen, das weiss jeder.'],
    ['de', '1942 wurden in Auschwitz tausende Menschen vergast.'],
    ['fr', 'Staline a fait massacrer des millions de gens.'],
    ['it', 'Putin fa uccidere i suoi oppositori, lo sanno tutti.'],
    ['en', 'Russian troops killed hundreds of civilians in Bucha.'],
    ['en', 'Navalny was murdered in that prison camp, let us be honest.'],
    ['en', 'Switzerland absolutely murdered Germany in the shootout.'],
    // What weapons do is told: "every day" is a habit, not "one day".
    ['en', 'Russian bombs kill civilians every single day.'],
    ['de', 'Russische Bomben töten jeden Tag Zivilisten in der Ukraine.'],
    // What a regime does, told in the present as a habit: German "werden" is no future here.
    ['de', 'In Nordkorea werden Kritiker erschossen oder verschwinden in Lagern.'],
    ['de', 'In Russland wird jeder umgebracht, der Putin kritisiert.'],
    ['de', 'Täglich werden in Gaza Kinder getötet, das muss aufhören.'],
    ['fr', 'En Corée du Nord, on fusille les gens pour une blague.'],
  ])('When the %s comment is %j, then THREAT stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });

  it.each<[Language, string]>([
    // A wish, regret that it failed, the good old days, a plan, the reader named: still threats.
    ['de', 'Schade, dass ihn der Attentäter verfehlt hat.'],
    ['de', 'Solche Volksverräter hat man früher aufgehängt, und das zu Recht.'],
    ['de', 'Schade, dass den noch keiner erschossen hat, Herr Redaktor.'],
    ['fr', 'À mort les traîtres, qu’ils crèvent tous.'],
    ['it', 'Ho davvero intenzione di ammazzare quel politico.'],
    ['en', 'What if we just killed all of them?'],
    ['en', 'These politicians need to be eliminated, every last one of them.'],
  ])('When the %s comment is %j, then its word of violence is not read as a report', (language, text) => {
    const hits = lexicon.score(normalizeText(text), language).hits.filter((h) => h.category === 'threat');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.filter((h) => h.contexts.includes('reported'))).toEqual([]);
  });

  it.each<[Language, string]>([
    // The future of "werden" with no place or habit, or a wish with one, stays a threat.
    ['de', 'Die werden alle erschossen, wartet nur.'],
    ['de', 'Solche Leute werden bei uns bald aufgehängt.'],
    ['de', 'Putin sollte man in Russland öffentlich aufhängen.'],
  ])('When the %s comment is %j, then THREAT reaches a hold', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.5);
  });
});

describe('threat safety net: someone thrown into water, off a bridge or out of a window', () => {
  it.each<[Language, string]>([
    ['fr', 'On va le jeter au fond du lac.'],
    ['fr', 'On devrait les jeter à la mer.'],
    ['de', 'Man sollte ihn mit einem Stein um den Hals in den See werfen.'],
    ['de', 'Wir werfen dich gleich aus dem Fenster.'],
    ['it', 'Lo butteremo nel lago.'],
    ['it', 'Bisognerebbe buttarlo giù dal ponte.'],
    ['en', 'Someone should throw her off a bridge.'],
  ])('When the %s comment is %j, then THREAT reaches a hold', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.5);
  });

  it.each<[Language, string]>([
    // Things, looks and parties are thrown; "ins kalte Wasser werfen" and "jeter à l'eau" let someone learn.
    ['de', 'Die Kinder werfen Steine in den See.'],
    ['de', 'Wir sollten einen Blick aus dem Fenster werfen.'],
    ['de', 'Man sollte ihn ins kalte Wasser werfen, dann lernt er es.'],
    ['fr', "Il faut le jeter à l'eau, il apprendra vite."],
    ['fr', 'Ma machine à café m’a encore lâché, si elle recommence je la jette par la fenêtre.'],
    ['fr', 'Il a jeté son téléphone dans le lac par colère.'],
    ['it', 'Lo butteremo nel cestino.'],
    ['en', 'We should throw a party by the lake.'],
    ['de', 'Man sollte die alten Velos nicht in den See werfen.'],
  ])('When the %s comment is %j, then THREAT stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });
});

describe('verbs of killing said of animals, crops and idioms (session 20 homonym audit)', () => {
  it.each<[Language, string]>([
    ['fr', 'La grêle a suffi à massacrer les vignes de Lavaux en dix minutes.'],
    ['fr', 'Le loup peut égorger plusieurs chevreuils en une seule nuit.'],
    ['fr', 'On vient d’emménager à Renens et on va pendre la crémaillère samedi.'],
    ['fr', 'Les négociations salariales continuent de buter sur la question de la retraite.'],
    ['it', 'Una gelata tardiva può uccidere i germogli in una sola notte.'],
    ['it', 'Se in ufficio morite di caldo come noi, chiedete un ventilatore.'],
    ['en', 'A late frost can kill the vines in a single night.'],
  ])('When the %s comment is %j, then THREAT stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });
});

describe('"not a threat, a promise" swears to the threat, it does not report one', () => {
  it.each<[Language, string]>([
    ['it', 'Se ti trovo ti ammazzo, e non è una minaccia, è una promessa.'],
    ['fr', 'Je vais te buter, ce n’est pas une menace, c’est une promesse.'],
    ['de', 'Ich bring dich um, das ist keine Drohung, das ist ein Versprechen.'],
    ['en', "I will kill you, that's not a threat, it's a promise."],
  ])('When the %s comment is %j, then THREAT reaches a hold', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.5);
  });

  it.each<[Language, string]>([
    ['de', 'Er drohte, ihn umzubringen, und hielt sein Versprechen nicht.'],
    ['en', 'The minister called the letter a threat to kill him.'],
  ])('When the %s comment is %j, then the threat is still reported', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });
});
