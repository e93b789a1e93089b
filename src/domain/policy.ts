import type { Attribute } from './attribute';
import type { Language } from './language';

/** Hold and reject thresholds of one attribute: a score at or above `reject` rejects, at or above `hold` holds. */
export interface Threshold {
  hold: number;
  reject: number;
}
export type Thresholds = Partial<Record<Attribute, Threshold>>;

/** Per-attribute thresholds, with optional per-language overrides. */
export interface Policy {
  defaults: Thresholds;
  languages: Partial<Record<Language, Thresholds>>;
}
