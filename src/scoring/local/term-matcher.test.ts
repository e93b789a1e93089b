import { compileTerms } from './term-matcher';

function matched(text: string, found: { begin: number; end: number }[]): string[] {
  return found.map((m) => text.slice(m.begin, m.end));
}

describe('compileTerms', () => {
  const matcher = compileTerms([
    { term: 'idiot', compound: 'both' },
    { term: 'drecksack', compound: 'head' },
    { term: 'fett raketenmann' },
    { term: 'polier * fresse' },
    { term: 'con', language: 'fr', inflect: ['s'] },
    { term: 'stronz', inflect: ['o', 'a', 'i', 'e'] },
    { term: 'sau', inflect: false },
    { term: 'idiotensicher', action: 'allow' },
    { term: 'fett gedruckt', action: 'allow' },
    { term: 'fett' },
  ]);

  it.each([
    ['Du Vollidiot!', ['Vollidiot']],
    ['Diese Idioten!', ['Idioten']],
    ['Die Idiotin', ['Idiotin']],
    ['Idiotenpartei', ['Idiotenpartei']],
    ['V0ll1d10t', ['V0ll1d10t']],
    ['I d i o t', ['I d i o t']],
    ['IDIOOOOT', ['IDIOOOOT']],
    ['Du Drecksäcke', []],
    ['Du Drecksack', ['Drecksack']],
    ['den fetten Raketenmann', ['fetten Raketenmann', 'fetten']],
    ['Ich polier dir die Fresse', ['polier dir die Fresse']],
    ['Sei uno stronzo, stronzi tutti', ['stronzo', 'stronzi']],
    ['Du Sau', ['Sau']],
    ['Ich bin sauer', []],
    ['Idiotidiot und Idiotidiot', ['Idiotidiot', 'Idiotidiot']],
  ])('When the text is %j, then it matches %j', (text, expected) => {
    expect(matched(text, matcher.match(text))).toEqual(expected);
  });

  it('When an allow phrase covers a match, then the match is dropped', () => {
    expect(matcher.match('Das ist idiotensicher und fett gedruckt.')).toEqual([]);
  });

  it('When a term is limited to a language, then it only matches in that language (or unknown)', () => {
    const text = 'Quel con, vraiment';
    expect(matched(text, matcher.match(text, 'fr'))).toEqual(['con']);
    expect(matcher.match(text, 'it')).toEqual([]);
    expect(matched(text, matcher.match(text))).toEqual(['con']);
  });

  it('When a multi-word term spans two sentences, then it does not match', () => {
    expect(matcher.match('Er ist fett. Raketenmann ist ein Lied.').map((m) => m.term)).toEqual(['fett']);
  });

  it('When many phrases share their first word, then each matches on its own second word, gap or ending', () => {
    const phrases = compileTerms([
      { term: 'sind ratten' },
      { term: 'sind alle ratten' },
      { term: 'sind * parasiten' },
      { term: 'sind nur ratten', inflect: false },
      { term: 'ich werde dich * umbringen' },
      { term: 'ich werde euch * umbringen' },
      { term: 'ich will dich sehen' },
      { term: 'vollpfosten', compound: 'head' },
    ]);
    const found = (text: string): string[] => matched(text, phrases.match(text));
    expect(found('Die sind Ratten.')).toEqual(['sind Ratten']);
    expect(found('Die sind alle Ratten.')).toEqual(['sind alle Ratten']);
    expect(found('Die sind doch nur Parasiten.')).toEqual(['sind doch nur Parasiten']);
    expect(found('Die sind nur Ratten.')).toEqual(['sind nur Ratten']);
    expect(found('Die sind nur Rattens.')).toEqual([]);
    expect(found('Ich werde dich eines Tages umbringen.')).toEqual(['Ich werde dich eines Tages umbringen']);
    expect(found('Ich werde euch umbringen.')).toEqual(['Ich werde euch umbringen']);
    expect(found('Ich werde dich. Umbringen.')).toEqual([]);
    expect(found('Ich will dich sehen, du Riesenvollpfoooosten')).toEqual(['Ich will dich sehen', 'Riesenvollpfoooosten']);
  });

  it('When a frame is crossed with a table of verbs, then every verb matches after the gap, each once, with the shortest gap', () => {
    const verbs = ['erschiessen', 'erstechen', 'erwuergen', 'ermorden', 'erhaengen', 'ertraenken', 'erschlagen', 'umbringen', 'toeten', 'vergiften'];
    const frames = compileTerms([
      ...verbs.map((verb) => ({ term: `sollte man * ${verb}`, id: `call:${verb}` })),
      ...verbs.map((verb) => ({ term: `sollte man * * ${verb}`, id: `call2:${verb}` })),
      { term: 'sollte man sie * erschiessen', id: 'call:sie', language: 'de' as const },
    ]);
    for (const verb of verbs) {
      const text = `Den sollte man endlich ${verb}.`;
      expect(frames.match(text).map((m) => [m.id, text.slice(m.begin, m.end)])).toEqual([
        [`call2:${verb}`, `sollte man endlich ${verb}`],
        [`call:${verb}`, `sollte man endlich ${verb}`],
      ]);
    }
    // "man * erschiessen" fits with a gap of three or of two after "sie": both ids, each at its own shortest gap.
    const text = 'Sie sollte man sie alle heute erschiessen';
    expect(frames.match(text, 'de').map((m) => [m.id, text.slice(m.begin, m.end)])).toEqual([
      ['call2:erschiessen', 'sollte man sie alle heute erschiessen'],
      ['call:erschiessen', 'sollte man sie alle heute erschiessen'],
      ['call:sie', 'sollte man sie alle heute erschiessen'],
    ]);
    expect(frames.match(text, 'fr').map((m) => m.id)).toEqual(['call2:erschiessen', 'call:erschiessen']);
    expect(frames.match('Den sollte man nicht einfach so mal eben ganz schnell erschiessen')).toEqual([]);
    expect(frames.match('Den sollte man. Erschiessen')).toEqual([]);
  });

  it('When a matcher holds many terms, then one word of another script or digits is still matched and skipped safely', () => {
    const mixed = compileTerms([{ term: 'trottel', compound: 'head' }, { term: 'ĳssel' }, { term: 'déjà vu' }]);
    expect(matched('Obertrottel ĳssel deja vu 2018', mixed.match('Obertrottel ĳssel deja vu 2018'))).toEqual(['Obertrottel', 'ĳssel', 'deja vu']);
  });

  it('When matches are returned, then they carry the term id, token range and payload', () => {
    const typed = compileTerms([{ term: 'Trottel', id: 'blocked:trottel', compound: 'head', data: { action: 'hold' } }]);
    const [m] = typed.match('So ein Obertrottel');
    expect(m).toEqual({ begin: 7, end: 18, term: 'Trottel', id: 'blocked:trottel', tokenStart: 2, tokenEnd: 3, data: { action: 'hold' } });
  });

  it('When a term has a long gap ("**"), then it skips up to eight words inside the clause, and up to three across a comma', () => {
    const calls = compileTerms([{ term: 'man sollte ** erschiessen' }]);
    expect(calls.match('Man sollte diesen korrupten Typen aus der Gemeinde endlich erschiessen.').map((m) => m.term)).toEqual(['man sollte ** erschiessen']);
    expect(calls.match('Man sollte, ehrlich, erschiessen.').map((m) => m.term)).toEqual(['man sollte ** erschiessen']);
    expect(calls.match('Man sollte diese Leute, die andere erschiessen wollen, einsperren.')).toEqual([]);
    expect(calls.match('Man sollte eins zwei drei vier fünf sechs sieben acht neun erschiessen.')).toEqual([]);
  });
});
