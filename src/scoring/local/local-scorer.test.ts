import type { Language } from '../../domain';
import type { ScoreResult } from '../scorer';
import { LocalScorer } from './local-scorer';
import { WORDS } from './word-table';
import { TRAINING_CONFIG } from '../../../scripts/training/training-config';

describe('LocalScorer (shipped model)', () => {
  let scorer: LocalScorer;
  beforeAll(async () => {
    scorer = await LocalScorer.load();
  });

  const HOLD = 0.5;
  const score = (text: string, language: Language = 'de'): ScoreResult => scorer.scoreSync(text, language);
  const worst = (r: ScoreResult): number => Math.max(r.scores.INSULT ?? 0, r.scores.TOXICITY ?? 0);

  it('When the word table starts afresh between two comments, then every per-word cache forgets and scores stay the same', () => {
    const texts: [string, Language][] = [
      ['Du Vollidiot, Flüchtlinge sind Menschen wie du und ich! «Schwule sind krank» schrieb er, das ist Hetze.', 'de'],
      ['T\'es un connard, va te faire foutre', 'fr'],
      ['You are a complete idiot and I will find you', 'en'],
    ];
    const before = texts.map(([text, language]) => score(text, language));
    const generation = WORDS.generation;
    // Fill the table with words no comment has, so that the next comment starts a new generation of ids.
    for (let i = WORDS.size; i <= 200_000; i++) WORDS.idOf(`zz${i.toString(36)}`);
    const after = texts.map(([text, language]) => score(text, language));
    expect(WORDS.generation).toBe(generation + 1);
    expect(after).toEqual(before);
  });

  it('When the body-shaming seed comment is scored, then INSULT is at least hold and the span is the nickname', () => {
    const text = 'Kim Jong-un ist der begehrteste. Nicht nur Trump, nun auch Putin liebt den fetten Raketenmann.';
    const r = score(text);
    expect(r.scores.INSULT).toBeGreaterThanOrEqual(HOLD);
    const insultSpans = r.spans.filter((s) => s.attribute === 'INSULT').map((s) => text.slice(s.begin, s.end));
    expect(insultSpans).toContain('fetten Raketenmann');
  });

  it.each([
    'Schweiz hat auch keine Freunde mehr.',
    'Putin ist ein Diktator.',
    "Trump nannte Kim 'Little Rocket Man'.",
    'Das Wort ist fett gedruckt.',
    'Die Bedienung ist idiotensicher.',
    'Dumm gelaufen.',
    'Du bist kein Idiot.',
  ])('When the comment is %j, then no score reaches hold', (text) => {
    expect(worst(score(text))).toBeLessThan(HOLD);
  });

  it.each([
    ['Alle Muslime sindTerroristen.', 'de', 'sind'],
    ['Ichverachte trans Personen.', 'de', 'verachte'],
    ['Türkenraus aus der Schweiz!', 'de', 'raus'],
    ['These womendisgust me so much.', 'en', 'disgust'],
    ['Deathto all immigrants.', 'en', 'Death'],
  ] as const)('When words are run together in %j, then it is scored as if spaced, and a span slices the original text at %j', (text, language, part) => {
    const r = score(text, language);
    expect(worst(r)).toBeGreaterThanOrEqual(HOLD);
    expect(r.spans.some((s) => s.rule.startsWith('lexicon:') && text.slice(s.begin, s.end).startsWith(part))).toBe(true);
  });

  describe('German statements about a group that only the model finds against it (groupStatementFrom)', () => {
    const text = 'Menschen mit Behinderung bremsen doch jedes Team nur aus.';
    const groupSpans = (r: ScoreResult): string[] => r.spans.filter((s) => s.rule === 'model:group-statement').map((s) => text.slice(s.begin, s.end));

    it('When the model scores a plain statement about a named group above the bar, then IDENTITY_ATTACK holds and the span names the group', async () => {
      const r = score(text);
      expect(r.scores.TOXICITY ?? 0).toBeLessThan(0.46);
      expect(r.scores.IDENTITY_ATTACK).toBeGreaterThanOrEqual(HOLD);
      expect(groupSpans(r)).toEqual(['Menschen mit Behinderung']);
      const off = await LocalScorer.load(undefined, { combination: { groupStatementFrom: 1 } });
      expect(off.scoreSync(text, 'de').scores.IDENTITY_ATTACK ?? 0).toBeLessThan(HOLD);
    });

    it.each([
      ['a negation anywhere', 'Menschen mit Behinderung bremsen doch kein Team nur aus.'],
      ['a quotation', '«Menschen mit Behinderung bremsen doch jedes Team nur aus», las ich gestern.'],
    ])('When the statement has %s, then the rule does not hold it', (_why, other) => {
      expect(score(other).spans.some((s) => s.rule === 'model:group-statement')).toBe(false);
    });

    it('When the comment is French, then the rule is not asked', () => {
      expect(score('Les handicapés ralentissent toujours toute équipe.', 'fr').spans.some((s) => s.rule === 'model:group-statement')).toBe(false);
    });
  });

  it('When a group is run together with its verb ("Behindertesind wertlos"), then the split reading counts the group, which the hit alone does not', () => {
    // "wertlos" is a hit either way; only the split frees the group it is said of.
    const glued = score('Behindertesind wertlos, bloss Ballast.');
    const noGroup = score('Blumentöpfesind wertlos, bloss Ballast.');
    expect(glued.scores.IDENTITY_ATTACK ?? 0).toBeGreaterThanOrEqual(0.5);
    expect(noGroup.scores.IDENTITY_ATTACK ?? 0).toBeLessThan(0.5);
  });

  it.each([
    ['Die AfDler und die GroKo streiten über die Todesstrafe.', 'de'],
    ['Die LehrerInnen sind auf YouTube und FaceTime.', 'de'],
    ['Killing time in the waiting room, I hate Mondays.', 'en'],
  ] as const)('When %j has capitals inside words or listed first words that make nothing worse, then nothing is split and it is scored as before', (text, language) => {
    expect(worst(score(text, language))).toBeLessThan(HOLD);
  });

  it.each([
    ['Du Vollidiot', 'Vollidiot'],
    ['Du V0ll1d10t', 'V0ll1d10t'],
    ['Du bist ein I d i o t', 'I d i o t'],
    ['So ein Drecksack', 'Drecksack'],
    ['Du bisch en huere Tubel', 'Tubel'],
    ['Sei uno stronzo', 'stronzo'],
  ])('When the comment is %j, then INSULT is high and a span slices back to %j', (text, word) => {
    const r = score(text, text.startsWith('Sei') ? 'it' : 'de');
    expect(r.scores.INSULT).toBeGreaterThanOrEqual(0.8);
    expect(r.spans.filter((s) => s.attribute === 'INSULT').map((s) => text.slice(s.begin, s.end))).toContain(word);
  });

  it('When someone is threatened, then THREAT is high with the phrase as span', () => {
    const text = 'Ich polier dir die Fresse';
    const r = score(text);
    expect(r.scores.THREAT).toBeGreaterThanOrEqual(0.8);
    // The phrase, or the whole first-person threat ("Ich polier dir die Fresse", a frame of lexicon-threat-frames.ts).
    const span = r.spans.find((s) => s.attribute === 'THREAT' && s.rule.startsWith('lexicon:'));
    expect(span?.end).toBe(25);
    expect(span?.begin).toBeLessThanOrEqual(4);
  });

  it('When a result is returned, then it names the scorer, model and all attributes in 0..1', async () => {
    const r = await scorer.score({ text: 'Merci vielmal für de Artikel', language: 'de' });
    expect(r).toMatchObject({ scorer: 'local', model: TRAINING_CONFIG.version, language: 'de' });
    expect(Object.keys(r.scores).sort()).toEqual(['IDENTITY_ATTACK', 'INSULT', 'PROFANITY', 'SEVERE_TOXICITY', 'THREAT', 'TOXICITY']);
    for (const v of Object.values(r.scores)) expect(v).toBeGreaterThanOrEqual(0);
    for (const v of Object.values(r.scores)) expect(v).toBeLessThanOrEqual(1);
  });

  it('When the input is hostile (huge single word, lone surrogates, control characters), then it still scores in range', () => {
    const inputs = ['idiot'.repeat(20000), 'a '.repeat(20000), '\ud800\udc00\ud800 x \udfff', '\u0000\u0007\u202e Trottel', ''];
    for (const text of inputs) {
      const r = score(text);
      for (const v of Object.values(r.scores)) expect(v).toBeGreaterThanOrEqual(0);
      for (const s of r.spans) expect(s.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('When the model path does not exist, then load fails instead of scoring without a model', async () => {
    await expect(LocalScorer.load('/nonexistent/model.json')).rejects.toThrow();
  });

  it('When the request is already aborted, then score fails with a timeout', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(scorer.score({ text: 'x', language: 'de', signal: controller.signal })).rejects.toMatchObject({ kind: 'timeout' });
  });
});

describe('how the model and the lexicon combine (model probability given)', () => {
  let scorer: LocalScorer;
  beforeAll(async () => {
    scorer = await LocalScorer.load();
  });
  const sure = 0.99;

  it.each<[Language, string]>([
    ['de', 'Der Schiri ist eine Pfeife.'],
    ['de', 'Du bist ein Vollidiot.'],
    ['en', 'You are a complete idiot.'],
  ])('When the model is sure of the plain %s insult %j, then it lifts no score into the reject bands', (language, text) => {
    const r = scorer.scoreWithModelProbability(text, language, sure);
    expect(r.scores.TOXICITY).toBeCloseTo(0.94, 4);
    expect(r.scores.INSULT).toBeLessThanOrEqual(0.94);
  });

  it('When the lexicon finds a threat, then the model may lift TOXICITY past its ceiling', () => {
    const r = scorer.scoreWithModelProbability('Ich hätte den Schiri erwürgen können, so eine Pfeife.', 'de', sure);
    expect(r.scores.THREAT).toBeGreaterThan(0);
    expect(r.scores.TOXICITY).toBeGreaterThan(0.97);
  });

  it('When the lexicon finds a veiled threat aimed at no one, then the model counts at three quarters', () => {
    const text = 'Wenn du allein heimgehst, nimm den Weg über die Brücke, der ist beleuchtet.';
    const r = scorer.scoreWithModelProbability(text, 'de', 0.6);
    // No lexicon TOXICITY here: the score is the model's share alone.
    expect(r.scores.TOXICITY).toBeCloseTo(0.45, 4);
    const plain = scorer.scoreWithModelProbability('Nimm den Weg über die Brücke, der ist beleuchtet.', 'de', 0.6);
    expect(plain.scores.TOXICITY).toBeCloseTo(0.6, 4);
  });
});
