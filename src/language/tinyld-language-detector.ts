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
const DIALECT_AND_GREETINGS: Readonly<Record<Ours, readonly string[]>> = {
  de: [
    'isch', 'nöd', 'nid', 'chli', 'chlii', 'huere', 'gopfertammi', 'gopferdammi', 'gopfridstutz', 'grüezi', 'grüessech',
    'mitenand', 'gsi', 'gseit', 'hend', 'händ', 'hät', 'öppis', 'öpper', 'gliich', 'glich', 'bisch', 'söll', 'chunnt',
    'chasch', 'cha', 'gaht', 'goht', 'hüt', 'morn', 'gester', 'gschnurr', 'tubel', 'tschumpel', 'seich', 'chaib',
    'siech', 'lööli', 'löli', 'glünggi', 'gäll', 'odr', 'kei', 'ahnig', 'vielmal', 'nein', 'danke', 'bitte', 'hallo',
    'vollidiot', 'idioten', 'scheisse', 'scheiss',
    // Dialect verbs, articles and particles that threats and insults are written with ("Dä ghört a d Wand",
    // "Me sött di ufhänke", "I schlah di z tod"): tinyld reads such lines as Italian or French.
    'dä', 'ghört', 'ghöört', 'ghöred', 'sött', 'söt', 'sötti', 'sötte', 'schlah', 'bisch', 'hesch', 'het', 'hets', 'wotsch',
    'wott', 'muesch', 'mues', 'weisch', 'lueg', 'luege', 'gseh', 'gsehsch', 'nüt', 'nüüt', 'nüme', 'nümm', 'jetz', 'scho',
    'guet', 'gspilt', 'ghalte', 'üs', 'eus', 'öis', 'euse', 'eusi', 'öise', 'öisi', 'dänk', 'gits', 'git', 'gäge', 'uf',
    'ufhänke', 'verschlah', 'chugle', 'schriibe', 'schriiber', 'schriiberling', 'sauhund', 'dreckig', 'dreckige',
    'dreckiger', 'dreckiges', 'raus', 'stich', 'mach', 'chnall', 'alli', 'egal', 'dini', 'sini', 'holt',
  ],
  // Short insults and retorts, too short for n-grams ("Dégage, sale troll.", "Well done, Einstein.").
  fr: [
    'merci', 'bonjour', 'salut', 'oui', 'connard', 'putain', 'merde', 'dégage', 'dégagez', 'tais', 'taisez', 'crétin', 'crétins',
    'imbécile', 'imbéciles', 'abruti', 'abrutis', 'débile', 'débiles', 'connasse', 'bouffon', 'bouffons', 'guignol', 'guignols',
    'génie', 'gauchiste', 'gauchistes', 'facho', 'fachos', 'minable', 'minables', 'taré', 'tarés', 'tocard', 'tocards', 'nul', 'nuls',
    'pauvre', 'pauv', 'petit', 'naze', 'bécasse', 'allez', 'toi',
    // Everyday one- and two-word reactions ("Enfin !", "Article intéressant.").
    'enfin', 'ouf', 'waouh', 'intéressant', 'intéressante', 'mauvaise', 'superbe', 'rétablissement', 'mdr',
  ],
  it: [
    'grazie', 'ciao', 'buongiorno', 'stronzo', 'cazzo', 'vaffanculo', 'coglione', 'coglioni', 'cretino', 'cretini', 'scemo', 'scemi',
    'zitto', 'zitta', 'zitti', 'buffone', 'buffoni', 'pagliaccio', 'pagliacci', 'taci', 'vattene', 'genio', 'idiota', 'pirla',
    'interessante', 'riposa', 'forza', 'peccato', 'speriamo', 'evviva', 'bellissimo', 'bellissima', 'vittoria', 'brava', 'bravi',
  ],
  en: [
    'thanks', 'hello', 'fuck', 'shit', 'moron', 'morons', 'loser', 'losers', 'stupid', 'dumb', 'shut', 'well', 'done', 'nice', 'stfu',
    // Short statements ("I hate immigrants.", "Typical … behaviour.") that n-grams read as French.
    'hate', 'hates', 'detest', 'typical', 'behaviour', 'behavior', 'belong', 'belongs', 'numpty', 'dimwit',
    'agree', 'disagree', 'congrats', 'sad', 'news', 'true', 'unbelievable', 'brilliant', 'beautiful', 'interesting', 'finally',
  ],
};

/**
 * The commonest function words of each language, left out where another of the four (or a close neighbour)
 * writes the same word: `die`/`was`/`will`/`man` (German and English), `la`/`il`/`non`/`ma` (French and Italian),
 * `de` (French and Swiss German), `come` (Italian and English), `le`/`alle` (Italian and French or German),
 * `des`/`du` (French and German), `ai` (Italian and French `j'ai`). Most comments carry several, so they settle the
 * language without n-gram statistics, which cost more than scoring the comment (CPU profile of the worker).
 */
const FUNCTION_WORDS: Readonly<Record<Ours, readonly string[]>> = {
  de: [
    'aber', 'nicht', 'ist', 'und', 'der', 'das', 'ich', 'sind', 'die', 'den', 'dem', 'ein', 'eine', 'einen',
    'einem', 'einer', 'zu', 'mit', 'auf', 'für', 'von', 'sich', 'auch', 'wie', 'wenn', 'noch', 'nur', 'schon', 'doch',
    'werden', 'wird', 'wurde', 'haben', 'hatte', 'kann', 'muss', 'wir', 'uns', 'mir', 'mich', 'dich', 'über', 'oder',
    'weil', 'dass', 'diese', 'dieser', 'dieses', 'keine', 'nichts', 'immer', 'mehr', 'sehr', 'jetzt', 'hier', 'sie',
    'ihr', 'ihre', 'euch', 'gibt', 'sein', 'seine', 'nach', 'bei', 'aus', 'vom', 'zum', 'zur', 'beim', 'gegen',
  ],
  fr: [
    'est', 'les', 'une', 'pas', 'je', 'vous', 'et', 'que', 'qui', 'dans', 'pour', 'ce', 'cette',
    'sont', 'avec', 'nous', 'elle', 'mais', 'au', 'aux', 'ces', 'sur', 'tout', 'très', 'être', 'avoir', 'été', 'ont',
    'leur', 'même', 'comme', 'rien', 'faire', 'fait', 'peut', 'bien', 'aussi', 'quand', 'ils', 'elles',
    'cet', 'votre', 'notre', 'toujours', 'encore', 'déjà', 'parce', 'tous', 'avez', 'sommes',
  ],
  it: [
    'sono', 'della', 'questo', 'questa', 'perché', 'che', 'di', 'delle', 'degli', 'dei', 'del', 'dello', 'questi',
    'quello', 'quella', 'anche', 'gli', 'nel', 'nella', 'alla', 'più', 'è', 'hanno', 'essere', 'stato',
    'tutti', 'tutto', 'sempre', 'molto', 'loro', 'solo', 'ancora', 'dalla', 'sulla', 'cosa', 'fatto', 'può', 'siamo',
    'siete', 'abbiamo', 'avete', 'nostro', 'vostro', 'uno', 'dal', 'sul', 'agli', 'allo',
  ],
  en: [
    'the', 'and', 'you', 'are', 'this', 'that', 'what', 'of', 'to', 'with', 'it', 'for', 'have', 'they', 'she', 'not',
    'were', 'their', 'them', 'there', 'would', 'should', 'could', 'just', 'about', 'from', 'which', 'who', 'been',
    'has', 'had', 'does', 'don', 'doesn', 'isn', 'because', 'these', 'those', 'your', 'is', 'be', 'we', 'our', 'my',
    'all', 'people', 'can', 'how', 'why', 'when', 'than', 'then', 'very', 'really',
  ],
};

const MARKER_WORDS: ReadonlyMap<string, Ours> = (() => {
  const map = new Map<string, Ours>();
  for (const table of [DIALECT_AND_GREETINGS, FUNCTION_WORDS]) {
    for (const [lang, words] of Object.entries(table) as [Ours, readonly string[]][]) {
      for (const word of words) {
        const other = map.get(word);
        if (other !== undefined && other !== lang) throw new Error(`marker word ${word} is listed for ${other} and ${lang}`);
        map.set(word, lang);
      }
    }
  }
  return map;
})();

/** Dialect words, greetings and insults: unlike function words, no language we do not moderate writes them. */
const STRONG_MARKERS: ReadonlySet<string> = new Set(Object.values(DIALECT_AND_GREETINGS).flat());

const UMLAUT = /[äöü]/;

const WORD_PATTERN = /[\p{L}\p{M}]+/gu;
const SHORT_TEXT_WORDS = 6;

function isOurs(lang: string | undefined): lang is Ours {
  return lang === 'de' || lang === 'fr' || lang === 'it' || lang === 'en';
}

/** Counts marker words per language; answers only when one language has more votes than any other. */
function detectByMarkers(text: string): { lang: Ours; votes: number; second: number; words: number; strong: boolean } | undefined {
  const votes: Record<Ours, number> = { de: 0, fr: 0, it: 0, en: 0 };
  const strong: Record<Ours, boolean> = { de: false, fr: false, it: false, en: false };
  let words = 0;
  for (const m of text.toLowerCase().matchAll(WORD_PATTERN)) {
    words++;
    const lang = MARKER_WORDS.get(m[0]);
    if (lang !== undefined) {
      votes[lang]++;
      if (STRONG_MARKERS.has(m[0])) strong[lang] = true;
    } else if (UMLAUT.test(m[0])) {
      // French, Italian and English write no umlauts but in names ("Zürich"): one vote, never decisive alone
      // against another language's function words, but it settles short dialect lines ("I ha dini Adrässe").
      votes.de++;
    }
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
  return { lang: best, votes: bestVotes, second, words, strong: strong[best] };
}

/** Options for {@link createLanguageDetector}. */
export interface LanguageDetectorOptions {
  /**
   * When the unrestricted detector prefers a language we do not moderate, the best of de/fr/it/en is still taken
   * if its confidence reaches this fraction of the winner's (close neighbours such as Norwegian for Swiss German).
   */
  neighbourRatio?: number;
  /** The n-gram statistics (tinyld's `detectAll`); tests count its calls. */
  ngrams?: typeof detectAll;
}

/**
 * Language detection for reader comments: tinyld (CommonJS, typed, works under jest/@swc without ESM transforms)
 * plus a small list of dialect marker words so that Swiss German counts as German.
 */
export function createLanguageDetector(options: LanguageDetectorOptions = {}): LanguageDetector {
  const neighbourRatio = options.neighbourRatio ?? 0.6;
  const ngrams = options.ngrams ?? detectAll;
  return {
    detect(text: string): Language {
      const markers = detectByMarkers(text);
      // Two or more dialect/function-word votes, at least twice any other language's, beat n-gram statistics,
      // which are weak on short, dialectal text (and slower than scoring the comment).
      if (markers !== undefined && markers.votes >= 2 && markers.votes >= 2 * markers.second) return markers.lang;
      // In a very short comment one marker word ("Tu es un connard.") beats n-grams, which have too little to go on.
      if (markers !== undefined && markers.words <= SHORT_TEXT_WORDS) return markers.lang;
      const top = ngrams(text)[0];
      if (top !== undefined && isOurs(top.lang)) return top.lang;
      if (top === undefined && markers !== undefined) return markers.lang;
      // Statistics that see a language we do not moderate (Norwegian or Dutch for Swiss German) lose to a dialect
      // word, a greeting or an insult, which those languages do not write; not to function words ("is", "de").
      if (markers?.strong === true) return markers.lang;
      const restricted = ngrams(text, { only: [...OURS] })[0];
      if (restricted === undefined || !isOurs(restricted.lang)) return 'other';
      if (top === undefined || restricted.accuracy >= neighbourRatio * top.accuracy) return restricted.lang;
      return 'other';
    },
  };
}
