import type { Language } from '../../domain';
import type { LexiconPayload } from './lexicon-data';
import { insult } from './lexicon-rows';
import type { TermMatch } from './term-matcher';
import type { Token } from './text-normalizer';
import { WordSet } from './word-table';

/**
 * Implicit insults built as "the <quality> of <a dull thing>": "Der Bundesrat hat die Ausstrahlung einer nassen Socke",
 * "Ce conseiller fédéral a le charisme d'une endive bouillie", "Hai l'eleganza di un trattore", "You have the charm of
 * a parking ticket", "so viel Sachverstand wie ein Gartenzwerg", "autant de colonne vertébrale qu'une méduse".
 *
 * A quality people are praised for (charisma, charm, wit, depth, backbone), then a comparison ("eines", "wie ein",
 * "d'un", "qu'un", "di un", "of a", "as a", "than a") and, up to two words later, a thing or creature proverbial for
 * having none of it (a sock, a fridge, a potato, a jellyfish). The words are new in each comment, the frame is not:
 * the lists hold the frame's parts, not sentences. "Die Altstadt hat den Charme eines Dorfes" names no dull thing.
 * Held, never rejected on its own ({@link WEIGHTS}, like the implicit insults of lexicon-implicit.ts).
 */
const WEIGHTS = insult(0.7);
/** How many words may stand between the comparison and the thing ("einer nassen Socke", "a damp dishcloth"). */
const MAX_BETWEEN = 2;
/** How far after the quality the comparison may start ("die Entschlusskraft eines …", "le niveau intellectuel d'une …"). */
const MAX_QUALITY_GAP = 3;
/**
 * German compounds that end in one of these are the thing ("Gartenzwerg", "Kartoffelsack", "Spülschwamm"); not "Tisch",
 * "Schrank", "Stein" or "Brot", whose compounds have charm ("der Charme eines Bauernschranks", "eines Sandsteins").
 */
const DE_HEADS: readonly string[] = ['zwerg', 'sack', 'schwamm', 'lappen', 'socke', 'kartoffel', 'besen', 'eimer', 'kuebel', 'karton', 'tuete', 'klotz', 'pflanze'];
/** German genitive endings after a thing ("eines Kühlschranks", "eines Holzklotzes"). */
const DE_GENITIVE = /(es|s)$/;

interface Frame {
  qualities: ReadonlySet<string>;
  /** Comparisons as word sequences ("wie", "ein"): the last word is the article. */
  markers: readonly (readonly string[])[];
  things: ReadonlySet<string>;
  /** German: compounds that end in these count as the thing, and a genitive ending is dropped. */
  heads?: readonly string[];
}

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);
const pairs = (heads: string, articles: string): string[][] => words(heads).flatMap((h) => words(articles).map((a) => [h, a]));

const FRAMES: Partial<Record<Language, Frame>> = {
  de: {
    qualities: new Set(words(
      'ausstrahlung charme charisma esprit witz intelligenz iq verstand sachverstand tiefgang eleganz humor empathie fingerspitzengefuehl feingefuehl ' +
        'rueckgrat durchsetzungsvermoegen entschlusskraft fuehrungsstaerke persoenlichkeit bildung niveau intellekt hirn gehirn ueberzeugungskraft ' +
        'temperament kreativitaet fantasie phantasie sexappeal sachkenntnis weitsicht scharfsinn urteilsvermoegen',
    )),
    markers: [...words('eines einer').map((a) => [a]), ...pairs('wie von', 'ein eine einem einer en e'), ['vom']],
    things: new Set(words(
      'socke kuehlschrank toastbrot kartoffel ziegelstein backstein brett klappstuhl buegeleisen staubsauger waschlappen lappen schwamm ' +
        'gartenzwerg topfpflanze zimmerpflanze kaktus gurke ruebe salatkopf kohlkopf knaeckebrot zwieback pantoffel hausschuh teebeutel qualle ' +
        'amoebe regenwurm schnecke goldfisch toaster parkuhr strafzettel leitplanke laternenpfahl pflasterstein holzklotz klotz tapete blumentopf ' +
        'aschenbecher sack eimer kuebel besen fussabtreter tuerknauf tuete karton kohlrabi',
    )),
    heads: DE_HEADS,
  },
  fr: {
    qualities: new Set(words(
      'charisme charme esprit intelligence qi profondeur elegance humour empathie colonne courage personnalite culture niveau intellect cerveau ' +
        'finesse sensibilite dynamisme imagination creativite vivacite autorite prestance envergure orientation vision',
    )),
    markers: pairs('d qu de que', 'un une'),
    things: new Set(words(
      'chaussette frigo refrigerateur biscotte patate endive navet chou courgette pierre caillou brique planche chaise tabouret armoire fer ' +
        'aspirateur serpilliere eponge torchon nain cactus huitre moule meduse amibe limace escargot grille grillepain parcmetre lampadaire ' +
        'pave buche yaourt porte pantoufle poireau concombre serviette balai seau carton poubelle bidet mouche',
    )),
  },
  it: {
    qualities: new Set(words(
      'carisma fascino spirito intelligenza qi profondita eleganza umorismo simpatia empatia spina coraggio personalita cultura cervello finezza ' +
        'pensiero sensibilita dinamismo fantasia creativita vivacita autorevolezza grinta verve acume senso visione',
    )),
    markers: [...pairs('di come quanto d', 'un una uno'), ['del'], ['della'], ['dello']],
    things: new Set(words(
      'calzino frigorifero frigo patata zucchina rapa cavolo sasso mattone sedia sgabello ferro aspirapolvere straccio spugna nano cactus ' +
        'ostrica cozza medusa ameba lumaca tostapane parchimetro lampione ciabatta pantofola soprammobile pozzanghera scopa secchio piastrella ' +
        'porro cetriolo zerbino cartone bidone pesce',
    )),
  },
  en: {
    qualities: new Set(words(
      'charisma charm wit intelligence iq depth elegance humour humor empathy backbone spine courage personality brains finesse sensitivity ' +
        'dynamism imagination creativity spark authority presence appeal integrity insight judgement judgment vision sense',
    )),
    markers: pairs('of as than like', 'a an'),
    things: new Set(words(
      'sock fridge refrigerator toast potato turnip cabbage rock stone brick plank chair stool wardrobe iron vacuum dishcloth rag sponge towel ' +
        'gnome houseplant cactus oyster jellyfish amoeba slug snail goldfish toaster ticket lamppost cobblestone log wallpaper bucket broom ' +
        'slipper teabag puddle doorknob doormat bag lettuce cardboard cucumber spoon bin',
    )),
  },
};

/**
 * Every language's qualities in one word set: a set per language would add a column to the shared word table for
 * each, which every other word set pays for (the table's rows get wider); a hit is checked against its language.
 */
const ANY_QUALITY = new WordSet(new Set(Object.values(FRAMES).flatMap((f) => [...f.qualities])));

function isThing(frame: Frame, norm: string): boolean {
  if (frame.things.has(norm)) return true;
  if (frame.heads === undefined) return false;
  // German: "eines Kühlschranks", "einer nassen Socke", "Gartenzwergs", "wie ein Kartoffelsack".
  const bare = DE_GENITIVE.test(norm) ? norm.replace(DE_GENITIVE, '') : norm;
  if (frame.things.has(bare) || frame.things.has(norm.slice(0, -1))) return true;
  return frame.heads.some((h) => (norm.endsWith(h) || bare.endsWith(h)) && norm.length > h.length);
}

/** The comparison starting at token `k`: the index after its article, or -1. */
function markerAt(frame: Frame, tokens: readonly Token[], k: number): number {
  for (const m of frame.markers) {
    let ok = k + m.length <= tokens.length;
    for (let j = 0; ok && j < m.length; j++) ok = (tokens[k + j] as Token).norm === m[j] && (tokens[k + j] as Token).sentence === (tokens[k] as Token).sentence;
    if (ok) return k + m.length;
  }
  return -1;
}

/**
 * Finds "the <quality> of <a dull thing>" in tokens not yet covered by a match or an allowed phrase; the match spans
 * the quality to the thing.
 */
export function findQualityComparisons(tokens: readonly Token[], covered: Uint8Array, language: Language): TermMatch<LexiconPayload>[] {
  const frame = FRAMES[language === 'other' ? 'de' : language];
  if (frame === undefined) return [];
  let out: TermMatch<LexiconPayload>[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const quality = tokens[i] as Token;
    if (covered[i] === 1 || quality.quoted || !ANY_QUALITY.has(quality) || !frame.qualities.has(quality.norm)) continue;
    for (let k = i + 1; k <= i + MAX_QUALITY_GAP && k < tokens.length; k++) {
      if ((tokens[k] as Token).sentence !== quality.sentence) break;
      const after = markerAt(frame, tokens, k);
      if (after < 0) continue;
      let thing = -1;
      for (let t = after; t <= after + MAX_BETWEEN && t < tokens.length && thing < 0; t++) {
        if ((tokens[t] as Token).sentence !== quality.sentence) break;
        if (isThing(frame, (tokens[t] as Token).norm)) thing = t;
      }
      if (thing < 0 || covered[thing] === 1) break;
      const last = tokens[thing] as Token;
      (out ??= []).push({
        begin: quality.begin, end: last.end, term: `${quality.norm} … ${last.norm}`, id: `${language}:insult:quality-of-thing`,
        tokenStart: i, tokenEnd: thing + 1, data: { category: 'insult', weights: WEIGHTS },
      });
      i = thing;
      break;
    }
  }
  return out ?? [];
}
