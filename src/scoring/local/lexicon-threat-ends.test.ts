import type { Language } from '../../domain';
import { lex, lexSpans } from '../../../test/support/lexicon-scores';

const threat = (text: string, language: Language): number => lex(text, language).THREAT;

describe('promised ends without a word of violence: time left, laughing not for long, a warning on the way home, fate', () => {

  it.each<[Language, string]>([
    ['de', 'Gnüsset d Täg, wo euch no bliibed, ihr Verräter.'],
    ['de', 'Deine Tage sind gezählt, das weisst du hoffentlich.'],
    ['fr', 'Savoure bien le temps qui te reste, mon vieux.'],
    ['it', 'Goditi i giorni che ti restano.'],
    ['en', 'Your days are numbered, pal.'],
    ['en', "You won't be smiling for much longer."],
    ['it', 'Stai attenta quando torni a casa da sola stasera.'],
    ['de', 'Irgendwann erwischt es dich auch, dann lacht keiner mehr.'],
  ])('When the %s comment is %j, then THREAT reaches a hold', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.5);
  });

  it.each<[Language, string]>([
    ['de', 'Hoffentlich erwischt es den Hetzer bald.'],
    ['de', 'Ihre Tage sind gezählt, Herr Nationalrat.'],
  ])('When the %s comment is %j, then THREAT reaches a reject', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.9);
  });

  it.each<[Language, string]>([
    ['de', 'Geniess die Zeit, die dir bis zu den Ferien noch bleibt.'],
    ['de', 'Deine Tage als Goalie sind gezählt, der Junge ist besser.'],
    ['fr', 'Profite du temps qu’il te reste avant la retraite.'],
    ['it', 'Stai attento quando torni a casa, la strada è ghiacciata.'],
    ['en', 'Enjoy the time you have left before the exams start.'],
    ['en', "The visitors won't be laughing for much longer if they keep defending like that."],
    ['de', 'Die Grippe erwischt es dich auch, wenn du dich nicht impfst.'],
    ['de', 'Hoffentlich erwischt es dich nicht auch noch.'],
    ['de', 'Pass auf dich auf, wenn du heute allein heimgehst.'],
  ])('When the %s comment is %j, then THREAT stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });
});

describe('threat net: an illness wished with a hope, not named in advice or a kind wish', () => {

  it.each<[Language, string]>([
    ['de', 'Ich wünsche dir eine lange, qualvolle Krankheit.'],
    ['fr', 'J’espère qu’une sale maladie t’emportera.'],
    ['it', 'Spero che una brutta malattia ti porti via.'],
  ])('When the %s comment is %j, then THREAT reaches a reject', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.9);
  });

  it.each<[Language, string]>([
    ['de', 'Sie müssen es als eine chronische Krankheit betrachten.'],
    ['fr', 'J’espère que la maladie te laissera tranquille.'],
    ['it', 'Spero che la malattia ti dia tregua.'],
    ['en', 'I hope the illness spares you this winter.'],
  ])('When the %s comment is %j, then THREAT stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });
});

describe('ends without the reader: nobody mourns a death, a shame if something happened, pitchforks, found anywhere', () => {

  it.each<[Language, string]>([
    ['de', 'Kei Mensch würd brieggä, wenn dä morn tot umgheit.'],
    ['fr', 'Personne ne le pleurera le jour où il crèvera.'],
    ['en', 'No one would shed a tear if she died tomorrow.'],
    ['de', 'Hübsche Familie. Wäre doch schade, wenn ihr etwas zustösst.'],
    ['en', 'Lovely kids. Shame if something happened to them.'],
    ['it', 'È ora di prendere i forconi e andare a Berna.'],
    ['de', 'Mir finded eu, egal wo ihr eu versteckt.'],
    ['en', "We'll find you, no matter where you hide."],
    // The weapons of a street fight brought along.
    ['de', 'Samstagabend gehen wir zum Asylzentrum und mischen die auf. Bringt Schlagstöcke mit.'],
    ['it', 'Ragazzi, domenica tutti al campo nomadi, portate le spranghe.'],
    ['fr', 'Jeudi tout le monde devant le centre, amenez des battes.'],
  ])('When the %s comment is %j, then THREAT reaches a hold', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.5);
  });

  it.each<[Language, string]>([
    ['de', 'Niemand würde weinen, wenn der Dorfladen stirbt.'],
    ['fr', 'Ce serait dommage qu’il arrive quelque chose au vieux pont.'],
    ['en', 'Nobody will miss the old stadium when it is demolished.'],
    ['fr', 'Les paysans ont sorti les fourches pour rentrer le foin.'],
    ['de', 'Egal wo du den Schlüssel versteckst, wir finden ihn.'],
    ['en', "You'll find it wherever you shop."],
    ['en', 'Bring your golf clubs, the course opens on Saturday.'],
    ['it', 'Per la festa portate le mazze da golf e i bastoni da trekking.'],
    ['de', 'Dann holt den Knüppel aus dem Sack, wie im Märchen.'],
  ])('When the %s comment is %j, then THREAT stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });
});

describe('ends: made to regret it, the address held, caught yet', () => {

  it.each<[Language, string]>([
    ['de', 'I sorg derfür, dass du das bereusch.'],
    ['en', "We'll make you regret every single word."],
    ['de', 'Mir händ dini Adrässe, vergiss das nid.'],
    ['de', 'Di verwütsche mir scho no.'],
  ])('When the %s comment is %j, then THREAT reaches a hold', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.5);
  });

  it.each<[Language, string]>([
    ['en', "I'll make sure you never regret voting for this."],
    ['de', 'Wir erwischen dich hoffentlich noch am Bahnhof, bevor der Zug fährt.'],
    ['en', "We'll get you a coffee yet, don't worry."],
  ])('When the %s comment is %j, then THREAT stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });
});

describe('ends: lying in wait after work, going to get them one by one', () => {

  it.each<[Language, string]>([
    ['fr', 'Je t’attendrai à la sortie du bureau ce soir.'],
    ['en', "I'll be waiting for you outside your office."],
    ['it', 'Andremo a prenderli uno per uno, quei traditori.'],
  ])('When the %s comment is %j, then THREAT reaches a hold', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.5);
  });

  it.each<[Language, string]>([
    ['en', "I'll be waiting for you after work at the pub, first round is on me."],
    ['de', 'Wir holen die Kinder einen nach dem anderen bei der Schule ab.'],
    ['it', 'Li ho contati uno per uno, i voti erano giusti.'],
  ])('When the %s comment is %j, then THREAT stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });

describe('ends: nobody mourns a fall or a run-over, a pity about the reader\'s things', () => {

  it.each<[Language, string]>([
    ['de', 'Es wäre wirklich kein Verlust, wenn der mal von der Brücke fällt.'],
    ['de', 'Wenn dä under es Tram chunnt, wär das kei Verlust.'],
    ['en', 'If he fell off the pier tonight, nobody would miss him.'],
    ['it', 'Nessuno piangerebbe se quel tizio finisse sotto un tram.'],
    ['fr', 'Ce serait dommage qu’il arrive quelque chose à ton magasin.'],
    ['en', 'Shame if your shop burned down one of these nights.'],
  ])('When the %s comment is %j, then THREAT reaches a hold', (language, text) => {
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.5);
  });

  it.each<[Language, string]>([
    ['fr', 'Personne ne pleurera si cette réforme tombe à l’eau.'],
    ['de', 'Niemand würde weinen, wenn die Regierung stürzt.'],
    ['de', 'Es wäre kein Verlust, wenn der alte Kiosk abbrennt.'],
    ['de', 'Schade, wenn deinem Auto etwas passiert, schliess es immer ab.'],
    ['it', 'Che peccato, tuo nonno è morto troppo presto.'],
  ])('When the %s comment is %j, then THREAT stays below a hold', (language, text) => {
    expect(threat(text, language)).toBeLessThan(0.5);
  });
});

describe('a cue at the reader\'s address', () => {

  it('When a cue ("denk drüber nach") comes with the reader\'s address, then THREAT holds; the address or the cue alone does not', () => {
    expect(threat('Deine Adresse kennen wir übrigens. Denk mal drüber nach.', 'de')).toBeGreaterThanOrEqual(0.5);
    expect(threat('Deine Adresse steht im Telefonbuch, schreib doch direkt der Gemeinde.', 'de')).toBeLessThan(0.5);
    expect(threat('Denk mal drüber nach, deine Kinder werden es dir danken.', 'de')).toBeLessThan(0.5);
  });
});
});

describe('ends: a death celebrated in advance', () => {
  const celebrated = (text: string, language: Language): boolean => lexSpans(text, language).some((s) => s.attribute === 'THREAT' && s.rule.endsWith(':celebrated'));

  it.each<[Language, string]>([
    ['de', 'Wenn der eines Tages tot umfällt, trinke ich eine Flasche Champagner.'],
    ['fr', 'Quand il claquera, on fera la fête jusqu’au matin.'],
    ['it', 'Se muore domani faccio una festa in piazza.'],
    ['it', 'Quando morirà quel ministro stappo il prosecco migliore.'],
    ['en', 'When that bloke croaks I am opening the champagne.'],
  ])('When the %s comment is %j, then the celebrated death holds', (language, text) => {
    expect(celebrated(text, language)).toBe(true);
    expect(threat(text, language)).toBeGreaterThanOrEqual(0.5);
  });

  it.each<[Language, string]>([
    ['de', 'Als der Diktator starb, feierten die Leute auf den Strassen.'],
    ['de', 'Wenn die Demokratie stirbt, feiern die Autokraten.'],
    ['de', 'Wenn er stirbt, werde ich sicher nicht feiern, auch wenn ich ihn nie mochte.'],
    ['fr', 'Quand la reine est morte, les gens ont fait la fête dans les rues.'],
    ['fr', 'Je ne ferai pas la fête le jour où il meurt, ce serait indigne.'],
    ['it', 'Quando muore un artista, festeggiamo la sua vita con la sua musica.'],
    ['en', "I won't celebrate when he dies, nobody deserves that."],
    ['en', 'When Thatcher died some people threw parties, which I found tasteless.'],
  ])('When the %s comment is %j, then no celebrated death is read', (language, text) => {
    expect(celebrated(text, language)).toBe(false);
  });
});
