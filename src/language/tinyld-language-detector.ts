import { detectAll } from 'tinyld';
import type { Language } from '../domain';
import type { LanguageDetector } from './language-detector';

const OURS = ['de', 'fr', 'it', 'en'] as const;
type Ours = (typeof OURS)[number];

/**
 * Words that settle the language on their own for text too short or too dialectal for n-gram statistics.
 * Swiss German is written phonetically and tinyld often reads it as Norwegian, Dutch or Romanian; these
 * dialect function words (and a few greetings) do not occur in the neighbouring standard languages.
 * Keep entries lowercase and unambiguous across de/fr/it/en.
 */
const MARKER_WORDS: ReadonlyMap<string, Ours> = new Map<string, Ours>([
  ...[
    'isch', 'nöd', 'nid', 'chli', 'chlii', 'huere', 'gopfertammi', 'gopferdammi', 'gopfridstutz', 'grüezi', 'grüessech',
    'mitenand', 'gsi', 'gseit', 'hend', 'händ', 'hät', 'öppis', 'öpper', 'gliich', 'glich', 'bisch', 'söll', 'chunnt',
    'chasch', 'cha', 'gaht', 'goht', 'hüt', 'morn', 'gester', 'gschnurr', 'tubel', 'tschumpel', 'seich', 'chaib',
    'siech', 'lööli', 'löli', 'glünggi', 'gäll', 'odr', 'aber', 'nicht', 'ist', 'und', 'der', 'das', 'ich',
    'sind', 'vielmal', 'kei', 'ahnig', 'nein', 'danke', 'bitte', 'hallo', 'vollidiot', 'idioten', 'scheisse', 'scheiss',
  ].map((w): [string, Ours] => [w, 'de']),
  ...['merci', 'bonjour', 'salut', 'oui', 'est', 'les', 'une', 'pas', 'je', 'vous', 'connard', 'putain', 'merde'].map(
    (w): [string, Ours] => [w, 'fr'],
  ),
  ...['grazie', 'ciao', 'buongiorno', 'sono', 'della', 'questo', 'questa', 'perché', 'stronzo', 'cazzo', 'vaffanculo'].map(
    (w): [string, Ours] => [w, 'it'],
  ),
  ...['the', 'and', 'you', 'thanks', 'hello', 'are', 'this', 'that', 'what', 'fuck', 'shit'].map(
    (w): [string, Ours] => [w, 'en'],
  ),
]);

const WORD_PATTERN = /[\p{L}\p{M}]+/gu;
const SHORT_TEXT_WORDS = 6;

function isOurs(lang: string | undefined): lang is Ours {
  return lang === 'de' || lang === 'fr' || lang === 'it' || lang === 'en';
}

/** Counts marker words per language; answers only when one language has more votes than any other. */
function detectByMarkers(text: string): { lang: Ours; votes: number; words: number } | undefined {
  const votes: Record<Ours, number> = { de: 0, fr: 0, it: 0, en: 0 };
  let words = 0;
  for (const m of text.toLowerCase().matchAll(WORD_PATTERN)) {
    words++;
    const lang = MARKER_WORDS.get(m[0]);
    if (lang !== undefined) votes[lang]++;
  }
  let best: Ours | undefined;
  let bestVotes = 0;
  let second = 0;
  for (const lang of OURS) {
    if (votes[lang] > bestVotes) {
      second = bestVotes;
      best = lang;
      bestVotes = votes[lang];
    } else if (votes[lang] > second) {
      second = votes[lang];
    }
  }
  if (best === undefined || bestVotes <= second || words === 0) return undefined;
  return { lang: best, votes: bestVotes, words };
}

/** Options for {@link createLanguageDetector}. */
export interface LanguageDetectorOptions {
  /**
   * When the unrestricted detector prefers a language we do not moderate, the best of de/fr/it/en is still taken
   * if its confidence reaches this fraction of the winner's (close neighbours such as Norwegian for Swiss German).
   */
  neighbourRatio?: number;
}

/**
 * Language detection for reader comments: tinyld (CommonJS, typed, works under jest/@swc without ESM transforms)
 * plus a small list of dialect marker words so that Swiss German counts as German.
 */
export function createLanguageDetector(options: LanguageDetectorOptions = {}): LanguageDetector {
  const neighbourRatio = options.neighbourRatio ?? 0.6;
  return {
    detect(text: string): Language {
      const markers = detectByMarkers(text);
      // Two or more dialect/function-word votes beat n-gram statistics, which are weak on short, dialectal text.
      if (markers !== undefined && markers.votes >= 2) return markers.lang;
      // In a very short comment one marker word ("Tu es un connard.") beats n-grams, which have too little to go on.
      if (markers !== undefined && markers.words <= SHORT_TEXT_WORDS) return markers.lang;
      const top = detectAll(text)[0];
      if (top !== undefined && isOurs(top.lang)) return top.lang;
      if (top === undefined && markers !== undefined) return markers.lang;
      const restricted = detectAll(text, { only: [...OURS] })[0];
      if (restricted === undefined || !isOurs(restricted.lang)) return 'other';
      if (top === undefined || restricted.accuracy >= neighbourRatio * top.accuracy) return restricted.lang;
      return 'other';
    },
  };
}
