import type { LanguageDetector } from '../../language/language-detector';
import type { Phase } from './phase';

/** Uses the language the widget gave, else detects it: thresholds and word lists are per language. */
export function detectLanguagePhase(deps: { detector: LanguageDetector }): Phase {
  return {
    name: 'detect-language',
    run(state) {
      if (state.givenLanguage !== null) return { state: { language: state.givenLanguage, languageSource: 'given' } };
      return { state: { language: deps.detector.detect(state.text), languageSource: 'detected' } };
    },
  };
}
