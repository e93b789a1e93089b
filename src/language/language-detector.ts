import type { Language } from '../domain';

/** Tells which of our languages a comment is written in, when the widget did not say. */
export interface LanguageDetector {
  detect(text: string): Language;
}
