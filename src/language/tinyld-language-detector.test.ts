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
});
