import { detectAll } from 'tinyld';
import { createLanguageDetector } from './tinyld-language-detector';

describe('createLanguageDetector', () => {
  const detector = createLanguageDetector();

  it.each([
    ['Der Bundesrat hat heute die neue Verordnung zur Energiepolitik vorgestellt.', 'de'],
    ['Schweiz hat auch keine Freunde mehr.', 'de'],
    ['Das isch huere guet, nöd?', 'de'],
    ['Du bisch en Tubel', 'de'],
    ['Isch mir gliich', 'de'],
    ['Gopfertammi, was söll das?', 'de'],
    ['Grüezi mitenand', 'de'],
    ['Merci vielmal, isch super gsi', 'de'],
    ['Merci beaucoup pour cet article, c’est très intéressant.', 'fr'],
    ['Die Strasse ist gross und die Busse sind heiss.', 'de'],
    ['Le Conseil fédéral a présenté aujourd’hui sa nouvelle stratégie énergétique.', 'fr'],
    ['Je ne suis pas d’accord avec cet article.', 'fr'],
    ['Il governo ha presentato oggi la nuova strategia energetica.', 'it'],
    ['Non sono d’accordo con questo articolo.', 'it'],
    ['The government presented its new energy strategy today.', 'en'],
    ['I do not agree with this article at all.', 'en'],
    // Very short insults: n-grams alone read these as Italian; one marker word settles it.
    ['Tu es un connard.', 'fr'],
    ['Sei uno stronzo.', 'it'],
    // Swiss German threats and short retorts that n-grams read as Italian, French or Norwegian.
    ['Dä ghört a d Wand gstellt.', 'de'],
    ['Me sött di ufhänke.', 'de'],
    ['Huere guet gspilt vo de Nati, bravo!', 'de'],
    ['Pauvre naze, va.', 'fr'],
    ['I hate immigrants.', 'en'],
    // An umlaut votes German: French, Italian and English write them only in names.
    ['Mir findet di, egal wo du di versteckisch', 'de'],
    ['I ha dini Adrässe', 'de'],
    ['Enfin !', 'fr'],
    ['Riposa in pace.', 'it'],
    ['Sad news.', 'en'],
    // Words two languages share count for neither: English `die`, French `j'ai` (not Italian `ai`).
    ['Muslims should all die, they are the worst.', 'en'],
    ["J'ai lu cet article hier soir.", 'fr'],
    ['Ma la Svizzera non è un paese perfetto.', 'it'],
  ] as const)('When the comment is %j, then it is %s', (text, language) => {
    expect(detector.detect(text)).toBe(language);
  });

  it.each([
    ['Hola, ¿cómo estás? Me gusta mucho este artículo.'],
    ['Olá, tudo bem com você? Eu não concordo.'],
    ['Dit is een Nederlandse zin over de politiek van vandaag.'],
    [''],
    ['😂😂😂'],
  ])('When the comment is in no language we moderate (%j), then it is other', (text) => {
    expect(detector.detect(text)).toBe('other');
  });

  describe('When a comment carries several function words of one language', () => {
    const counted = (): { detector: ReturnType<typeof createLanguageDetector>; calls: () => number } => {
      let calls = 0;
      const ngrams: typeof detectAll = (...args) => {
        calls += 1;
        return detectAll(...args);
      };
      return { detector: createLanguageDetector({ ngrams }), calls: () => calls };
    };

    it.each([
      ['Der Bundesrat hat heute die neue Verordnung zur Energiepolitik vorgestellt, aber das reicht nicht.', 'de'],
      ['Je ne suis pas d’accord avec cette analyse, mais merci pour l’article.', 'fr'],
      ['Articolo interessante, speriamo che il Consiglio federale ascolti finalmente i cantoni della frontiera.', 'it'],
      ['What an idiotic take. The author clearly has no clue what he is talking about.', 'en'],
    ] as const)('then %j is %s without n-gram statistics (they cost more than scoring it)', (text, language) => {
      const { detector: counting, calls } = counted();
      expect(counting.detect(text)).toBe(language);
      expect(calls()).toBe(0);
    });

    it('then two languages with close counts still go to n-gram statistics', () => {
      const { detector: counting, calls } = counted();
      counting.detect('The Bundesrat und der Nationalrat have decided the new rules');
      expect(calls()).toBeGreaterThan(0);
    });
  });
});
