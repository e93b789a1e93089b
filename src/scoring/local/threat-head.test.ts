import type { Language } from '../../domain';
import { routedStatus, scorerWithoutThreatHead } from '../../../test/support/lexicon-scores';
import { LocalScorer } from './local-scorer';
import { OffenseModel } from './offense-model';
import { normalizeText } from './text-normalizer';
import { VEILED_THREAT } from './threat-escalation';

/**
 * The threat head: P(threat) over the shared features, for threats in wordings the word lists do not know. It holds
 * (THREAT at VEILED_THREAT, never a reject) and names the words that pushed it as THREAT spans.
 */
describe('threat head', () => {
  let full: LocalScorer;
  let rulesOnly: LocalScorer;
  beforeAll(() => {
    full = LocalScorer.loadSync();
    rulesOnly = scorerWithoutThreatHead();
  });

  it('When the shipped model is loaded, then it has a threat head whose threshold lies strictly between 0 and 1', () => {
    const head = full.offenseModel.threatHead;
    expect(head).toBeDefined();
    expect(head?.threshold).toBeGreaterThan(0);
    expect(head?.threshold).toBeLessThan(1);
  });

  // Veiled threats written for this test, in wordings no row of the word lists knows (checked: approved without the head).
  it.each<[Language, string]>([
    ['de', 'Irgendwann stehst du allein auf dem Parkplatz, und dann reden wir zwei.'],
    ['fr', 'Continue comme ça et tu verras ce qui arrivera à ta famille.'],
    ['fr', "Un jour quelqu'un va te faire payer tout ça, et personne ne viendra t'aider."],
    ['en', 'One of these days someone is going to wait for you outside your office.'],
  ])('When the %s threat %j reaches the head, then the comment the lists approve is held for THREAT, with the words behind it', (language, text) => {
    expect(routedStatus(rulesOnly, text, language)).toBe('approved');
    const result = full.scoreSync(text, language);
    expect(routedStatus(full, text, language)).toBe('held');
    expect(result.scores.THREAT).toBe(VEILED_THREAT);
    const spans = result.spans.filter((s) => s.rule === 'model:threat-logreg');
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(s.attribute).toBe('THREAT');
      expect(text.slice(s.begin, s.end)).toMatch(/^\p{L}{3,}$/u);
    }
  });

  it('When every comment reaches the threshold, then one of three words is still not held by the head and one of four is (the lists know the short threats)', () => {
    const model = full.offenseModel;
    const head = model.threatHead as NonNullable<typeof model.threatHead>;
    const always = new LocalScorer(new OffenseModel(model.version, model.hasher.options, model.heads, { ...head, threshold: 0 }));
    const short = always.scoreSync('We found you.', 'en');
    expect(short.spans.some((s) => s.rule === 'model:threat-logreg')).toBe(false);
    expect(short.scores.THREAT).toBe(0);
    const four = always.scoreSync('We know your car.', 'en');
    expect(four.spans.some((s) => s.rule === 'model:threat-logreg')).toBe(true);
    expect(four.scores.THREAT).toBe(VEILED_THREAT);
  });

  it('When a model has no threat head (files before session 18), then it scores as before and asks for no threat probability', () => {
    const text = 'Schreib nur weiter so, wir wissen, wann du Feierabend hast.';
    const result = rulesOnly.scoreSync(text, 'de');
    expect(rulesOnly.offenseModel.threatHead).toBeUndefined();
    expect(rulesOnly.offenseModel.threatProbability(normalizeText(text).tokens.length)).toBeUndefined();
    expect(result.spans.some((s) => s.rule === 'model:threat-logreg')).toBe(false);
    expect(result.scores.TOXICITY).toBe(full.scoreSync(text, 'de').scores.TOXICITY);
  });

  it('When the lists already hold a threat, then the head adds nothing to it (no spans of its own, THREAT as the lists say)', () => {
    const text = 'Ich bring dich um, du Verräter.';
    const withHead = full.scoreSync(text, 'de');
    const without = rulesOnly.scoreSync(text, 'de');
    expect(without.scores.THREAT).toBeGreaterThanOrEqual(VEILED_THREAT);
    expect(withHead.scores).toEqual(without.scores);
    expect(withHead.spans.some((s) => s.rule === 'model:threat-logreg')).toBe(false);
  });
});
