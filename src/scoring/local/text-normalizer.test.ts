import { normalizeText, normalizeWord } from './text-normalizer';

describe('normalizeWord', () => {
  it.each([
    ['Vollidiot', 'vollidiot'],
    ['V0ll1d10t', 'vollidiot'],
    ['Ärschloch', 'aerschloch'],
    ['Scheiße', 'scheisse'],
    ['crétin', 'cretin'],
    ['Schl@mpe', 'schlampe'],
    ['2018', '2018'],
    ['Idi\u200Bot', 'idiot'],
    ['Voll\u00ADidiot', 'vollidiot'],
    // Expressive lengthening: three or more of a letter count twice, a two-letter unit repeated counts twice.
    ['Jaaaaaaa', 'jaa'],
    ['Schwiiiiiiz', 'schwiiz'],
    ['Hahahahahaha', 'haha'],
    ['Tooooör', 'tooer'],
    ['Ananas', 'ananas'],
    ['1000000', '1000000'],
  ])('When the word is %j, then it normalises to %j', (raw, norm) => {
    expect(normalizeWord(raw)).toBe(norm);
  });
});

describe('normalizeText', () => {
  it('When a word is lengthened for effect, then its token reads as the plain lengthened form, the offsets as written', () => {
    const text = 'Jaaaaaaaa, hahahahaha!';
    const { tokens } = normalizeText(text);
    expect(tokens.map((t) => t.norm)).toEqual(['jaa', 'haha']);
    expect(tokens.map((t) => text.slice(t.begin, t.end))).toEqual(['Jaaaaaaaa', 'hahahahaha']);
  });

  it('When text has accents and emoji, then every token slices back to its original characters', () => {
    const text = '😀 Grüß Gott, Herr Müller! «Élysée» l’idiot';
    const { tokens } = normalizeText(text);
    expect(tokens.map((t) => text.slice(t.begin, t.end))).toEqual(['Grüß', 'Gott', 'Herr', 'Müller', 'Élysée', 'l', 'idiot']);
    expect(tokens.map((t) => t.norm)).toEqual(['gruess', 'gott', 'herr', 'mueller', 'elysee', 'l', 'idiot']);
  });

  it('When a zero-width space hides inside a word, then the word stays one token', () => {
    const text = 'Du Idi\u200Bot';
    const { tokens } = normalizeText(text);
    expect(tokens.map((t) => [t.norm, text.slice(t.begin, t.end)])).toEqual([
      ['du', 'Du'],
      ['idiot', 'Idi\u200Bot'],
    ]);
  });

  it('When letters are spaced out, then they become one token spanning them', () => {
    const text = 'Du bist ein I d i o t und ein A.r.s.c.h';
    const { tokens } = normalizeText(text);
    const idiot = tokens.find((t) => t.norm === 'idiot');
    const arsch = tokens.find((t) => t.norm === 'arsch');
    expect(idiot && text.slice(idiot.begin, idiot.end)).toBe('I d i o t');
    expect(arsch && text.slice(arsch.begin, arsch.end)).toBe('A.r.s.c.h');
  });

  it('When spaced-out words are parted by a wider space, or an article by another separator, then they stay apart', () => {
    expect(normalizeText("t'es qu'un p a u v r e  c o n").tokens.map((t) => t.norm)).toEqual(['t', 'es', 'qu', 'un', 'pauvre', 'con']);
    expect(normalizeText('This MP is a c-u-n-t').tokens.map((t) => t.norm)).toEqual(['this', 'mp', 'is', 'a', 'cunt']);
  });

  it('When leetspeak symbols stand together inside a word, then the word is read whole', () => {
    expect(normalizeText('two a$$holes, sh!t').tokens.map((t) => t.norm)).toEqual(['two', 'assholes', 'shit']);
  });

  it('When a phrase is quoted, then its tokens are marked quoted and the rest not', () => {
    const { tokens } = normalizeText("Trump nannte Kim 'Little Rocket Man' und „Dotard“.");
    expect(tokens.filter((t) => t.quoted).map((t) => t.norm)).toEqual(['little', 'rocket', 'man', 'dotard']);
  });

  it('When a quotation mark never closes, then nothing is marked quoted', () => {
    const { tokens } = normalizeText('Er sagte "du Idiot und ging');
    expect(tokens.some((t) => t.quoted)).toBe(false);
  });

  it('When text has sentences, mentions and links, then tokens carry sentence indices and kinds', () => {
    const { tokens } = normalizeText('@spdde Hallo. Siehe https://example.org/x?y=1 jetzt!');
    expect(tokens.map((t) => [t.norm, t.kind, t.sentence])).toEqual([
      ['@user', 'mention', 0],
      ['hallo', 'word', 0],
      ['siehe', 'word', 1],
      ['<url>', 'url', 1],
      ['jetzt', 'word', 1],
    ]);
  });

  it('When the same words come again in any case, then they get the same forms, kinds and ids as the first time', () => {
    const text = 'Flüchtlinge FLÜCHTLINGE 2018 V0ll1d10t Idiot IDIOT idiot';
    const first = normalizeText(text).tokens;
    const again = normalizeText(text).tokens;
    expect(again).toEqual(first);
    expect(first.map((t) => [t.norm, t.kind])).toEqual([
      ['fluechtlinge', 'word'],
      ['fluechtlinge', 'word'],
      ['2018', 'number'],
      ['vollidiot', 'word'],
      ['idiot', 'word'],
      ['idiot', 'word'],
      ['idiot', 'word'],
    ]);
    expect(new Set(first.slice(4).map((t) => t.id)).size).toBe(1);
    expect(first[0]?.id).toBe(first[1]?.id);
  });
});
