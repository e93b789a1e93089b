import { detectLanguagePhase } from './detect-language';
import { initialState } from './phase';

const state = (givenLanguage: 'de' | null) => initialState({ text: 'Bonjour à tous', givenLanguage, now: new Date(), createdAt: new Date(), finalAttempt: false });

describe('detect-language phase', () => {
  const detected: string[] = [];
  const phase = detectLanguagePhase({ detector: { detect: (text) => (detected.push(text), 'fr') } });

  it('When the widget gave a language, then it is used as given and nothing is detected', async () => {
    detected.length = 0;
    expect(await phase.run(state('de'))).toEqual({ state: { language: 'de', languageSource: 'given' } });
    expect(detected).toEqual([]);
  });

  it('When no language was given, then it is detected from the text', async () => {
    expect(await phase.run(state(null))).toEqual({ state: { language: 'fr', languageSource: 'detected' } });
  });
});
